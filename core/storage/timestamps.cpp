#include "timestamps.h"

namespace osc {

QString toStoredTime(const QDateTime &time)
{
    const QDateTime utc = time.toUTC();
    const QDate date = utc.date();
    const QTime clock = utc.time();
    if (!date.isValid() || !clock.isValid() || date.year() < 0 || date.year() > 9999)
        return utc.toString(Qt::ISODateWithMs);
    QString text(24, Qt::Uninitialized);
    QChar *out = text.data();
    auto put = [&out](int value, int digits) {
        for (int i = digits - 1; i >= 0; --i) {
            out[i] = QChar(u'0' + value % 10);
            value /= 10;
        }
        out += digits;
    };
    auto sep = [&out](char16_t c) {
        *out++ = QChar(c);
    };
    put(date.year(), 4);
    sep(u'-');
    put(date.month(), 2);
    sep(u'-');
    put(date.day(), 2);
    sep(u'T');
    put(clock.hour(), 2);
    sep(u':');
    put(clock.minute(), 2);
    sep(u':');
    put(clock.second(), 2);
    sep(u'.');
    put(clock.msec(), 3);
    sep(u'Z');
    return text;
}

} // namespace osc
