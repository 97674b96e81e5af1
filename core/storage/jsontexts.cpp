#include "jsontexts.h"

namespace osc {

static bool needsEscape(char16_t unit)
{
    return unit == u'"' || unit == u'\\' || unit < 0x20; // JSON escapes control characters
}

QString jsonTexts(const QStringList &texts)
{
    static constexpr char hex[] = "0123456789abcdef";
    qsizetype size = 2;
    for (const QString &text : texts)
        size += text.size() + 3;
    QString json;
    json.reserve(size); // enough unless a character needs escaping
    json += u'[';
    for (const QString &text : texts) {
        if (json.size() > 1)
            json += u',';
        json += u'"';
        // Runs of characters that need no escaping (usually the whole text) are
        // appended at once, not character by character.
        qsizetype runStart = 0;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const char16_t unit = text.at(i).unicode();
            if (!needsEscape(unit))
                continue;
            json += QStringView(text).sliced(runStart, i - runStart);
            runStart = i + 1;
            if (unit < 0x20) {
                json += QLatin1String("\\u00");
                json += QLatin1Char(hex[unit >> 4]);
                json += QLatin1Char(hex[unit & 0xf]);
            } else {
                json += u'\\';
                json += QChar(unit);
            }
        }
        json += QStringView(text).sliced(runStart);
        json += u'"';
    }
    json += u']';
    return json;
}

} // namespace osc
