#pragma once

#include <QDateTime>
#include <QString>

namespace osc {

// Instants are stored as ISO 8601 UTC text with milliseconds ("2026-11-22T02:30:00.000Z"):
// portable across SQLite and PostgreSQL, and they sort as text. The same text as
// QDateTime::toString(Qt::ISODateWithMs) on the UTC time, written digit by digit: the
// engines format tens of thousands of instants a second, where Qt's formatting was a
// tenth of a preparation's database work.
QString toStoredTime(const QDateTime &time);

inline QString storedNow()
{
    return toStoredTime(QDateTime::currentDateTimeUtc());
}

inline QDateTime fromStoredTime(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    return time.isValid() ? time : QDateTime();
}

} // namespace osc
