#pragma once

#include <QDateTime>
#include <QString>

namespace osc {

// Instants are stored as ISO 8601 UTC text with milliseconds ("2026-11-22T02:30:00.000Z"):
// portable across SQLite and PostgreSQL, and they sort as text.
inline QString toStoredTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

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
