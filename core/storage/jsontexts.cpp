#include "jsontexts.h"

namespace osc {

QString jsonTexts(const QStringList &texts)
{
    static constexpr char hex[] = "0123456789abcdef";
    QString json(u'[');
    for (const QString &text : texts) {
        if (json.size() > 1)
            json += u',';
        json += u'"';
        for (const QChar c : text) {
            const char16_t unit = c.unicode();
            if (unit == u'"' || unit == u'\\') {
                json += u'\\';
                json += c;
            } else if (unit < 0x20) { // control characters must be escaped in JSON
                json += QLatin1String("\\u00");
                json += QLatin1Char(hex[unit >> 4]);
                json += QLatin1Char(hex[unit & 0xf]);
            } else {
                json += c;
            }
        }
        json += u'"';
    }
    json += u']';
    return json;
}

} // namespace osc
