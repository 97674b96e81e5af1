#include "jsonrows.h"

namespace osc {

JsonRows JsonRows::column(const QStringList &values)
{
    JsonRows rows;
    for (const QString &value : values)
        rows.startRow() << value;
    return rows;
}

JsonRows &JsonRows::startRow()
{
    m_text += m_rows == 0 ? QLatin1String("[[") : QLatin1String("],[");
    ++m_rows;
    m_rowHasField = false;
    return *this;
}

void JsonRows::separateField()
{
    Q_ASSERT_X(m_rows > 0, "JsonRows", "startRow() comes before a row's fields");
    if (m_rowHasField)
        m_text += u',';
    m_rowHasField = true;
}

JsonRows &JsonRows::operator<<(qint64 value)
{
    separateField();
    m_text += QString::number(value);
    return *this;
}

JsonRows &JsonRows::operator<<(const QString &value)
{
    separateField();
    m_text.reserve(m_text.size() + value.size() + 2);
    m_text += u'"';
    for (const QChar c : value) {
        const char16_t unit = c.unicode();
        if (unit == u'"' || unit == u'\\') {
            m_text += u'\\';
            m_text += c;
        } else if (unit < 0x20) { // control characters must be escaped in JSON
            static constexpr char hex[] = "0123456789abcdef";
            m_text += QLatin1String("\\u00");
            m_text += QLatin1Char(hex[unit >> 4]);
            m_text += QLatin1Char(hex[unit & 0xf]);
        } else {
            m_text += c;
        }
    }
    m_text += u'"';
    return *this;
}

QString JsonRows::text() const
{
    return m_rows == 0 ? QStringLiteral("[]") : m_text + QLatin1String("]]");
}

} // namespace osc
