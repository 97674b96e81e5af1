#include "jsonsupport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonParseError>

#include <cctype>
#include <cstring>

namespace osc::jsonsupport {

TextPosition positionAt(const QByteArray &text, qsizetype offset)
{
    offset = qBound<qsizetype>(0, offset, text.size());
    TextPosition position;
    for (qsizetype i = 0; i < offset; ++i) {
        const auto byte = static_cast<unsigned char>(text.at(i));
        if (byte == '\n') {
            ++position.line;
            position.column = 1;
        } else if ((byte & 0xC0) != 0x80) {
            // UTF-8 continuation bytes do not start a character.
            ++position.column;
        }
    }
    return position;
}

QString pointerChild(const QString &pointer, const QString &key)
{
    QString escaped = key;
    escaped.replace(u'~', QStringLiteral("~0")).replace(u'/', QStringLiteral("~1"));
    return pointer + u'/' + escaped;
}

QString pointerChild(const QString &pointer, qsizetype index)
{
    return pointer + u'/' + QString::number(index);
}

Locator::Locator(const QByteArray &text) : m_text(text)
{
    if (m_text.startsWith("\xEF\xBB\xBF"))
        m_pos = 3;
    skipSpace();
    parseValue(QString());
}

void Locator::skipSpace()
{
    while (m_pos < m_text.size()) {
        const char c = m_text.at(m_pos);
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            break;
        ++m_pos;
    }
}

// The text was accepted by QJsonDocument, so this scanner only has to be right for
// well-formed input; it still never reads past the end on anything else.
void Locator::parseValue(const QString &pointer)
{
    if (m_pos >= m_text.size() || m_depth > 1024)
        return;
    m_values.insert(pointer, m_pos);
    const char c = m_text.at(m_pos);
    if (c == '{' || c == '[') {
        const bool isObject = c == '{';
        const char close = isObject ? '}' : ']';
        ++m_depth;
        ++m_pos;
        qsizetype index = 0;
        skipSpace();
        while (m_pos < m_text.size() && m_text.at(m_pos) != close) {
            QString child;
            if (isObject) {
                const qsizetype keyStart = m_pos;
                child = pointerChild(pointer, parseString());
                m_keys.insert(child, keyStart);
                skipSpace();
                if (m_pos < m_text.size() && m_text.at(m_pos) == ':')
                    ++m_pos;
                skipSpace();
            } else {
                child = pointerChild(pointer, index++);
            }
            const qsizetype before = m_pos;
            parseValue(child);
            skipSpace();
            if (m_pos < m_text.size() && m_text.at(m_pos) == ',') {
                ++m_pos;
                skipSpace();
            } else if (m_pos == before) {
                break; // malformed: stop rather than loop
            }
        }
        ++m_pos;
        --m_depth;
    } else if (c == '"') {
        parseString();
    } else {
        while (m_pos < m_text.size()) {
            const char d = m_text.at(m_pos);
            if (d == ',' || d == '}' || d == ']' || d == ' ' || d == '\t' || d == '\n' || d == '\r')
                break;
            ++m_pos;
        }
    }
}

QString Locator::parseString()
{
    if (m_pos >= m_text.size() || m_text.at(m_pos) != '"')
        return {};
    const qsizetype start = m_pos;
    ++m_pos;
    bool escaped = false;
    while (m_pos < m_text.size()) {
        const char c = m_text.at(m_pos++);
        if (escaped)
            escaped = false;
        else if (c == '\\')
            escaped = true;
        else if (c == '"')
            break;
    }
    // Let Qt decode the escapes: wrap the literal in an array.
    const QByteArray literal = '[' + m_text.mid(start, m_pos - start) + ']';
    return QJsonDocument::fromJson(literal).array().at(0).toString();
}

QString describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QCoreApplication::translate("osc::Json", "null");
    case QJsonValue::Bool:
        return value.toBool() ? QCoreApplication::translate("osc::Json", "true")
                              : QCoreApplication::translate("osc::Json", "false");
    case QJsonValue::Double:
        return QCoreApplication::translate("osc::Json", "the number %1").arg(value.toDouble());
    case QJsonValue::String: {
        QString text = value.toString();
        if (text.size() > 60)
            text = text.left(57) + QStringLiteral("...");
        return QCoreApplication::translate("osc::Json", "the string \"%1\"").arg(text);
    }
    case QJsonValue::Array:
        return QCoreApplication::translate("osc::Json", "an array");
    case QJsonValue::Object:
        return QCoreApplication::translate("osc::Json", "an object");
    case QJsonValue::Undefined:
        break;
    }
    return QCoreApplication::translate("osc::Json", "nothing");
}

static QString describeCharacterAt(const QByteArray &text, qsizetype offset)
{
    if (offset >= text.size())
        return QCoreApplication::translate("osc::Json", "the end of the text");
    const char c = text.at(offset);
    if (c == '\n' || c == '\r')
        return QCoreApplication::translate("osc::Json", "the end of the line");
    qsizetype end = offset + 1;
    while (end < text.size() && (static_cast<unsigned char>(text.at(end)) & 0xC0) == 0x80)
        ++end;
    return QStringLiteral("'%1'").arg(QString::fromUtf8(text.mid(offset, end - offset)));
}

namespace {

// A strict JSON syntax checker used only once Qt has rejected a text: Qt's error
// offsets land on, after, or past the offending token depending on the error, while
// operators need the exact line and column and what was expected there.
class SyntaxChecker
{
public:
    explicit SyntaxChecker(const QByteArray &text) : m_text(text) { }

    // True when an error was found; then offset() and expected() describe it.
    bool findError()
    {
        if (m_text.startsWith("\xEF\xBB\xBF"))
            m_pos = 3;
        if (!value())
            return true;
        skipSpace();
        if (m_pos >= m_text.size())
            return false;
        fail(QCoreApplication::translate("osc::Json", "the end of the text"));
        return true;
    }
    qsizetype offset() const { return m_errorOffset; }
    const QString &expected() const { return m_expected; }

private:
    bool fail(const QString &expected)
    {
        m_errorOffset = m_pos;
        m_expected = expected;
        return false;
    }
    char peek() const { return m_pos < m_text.size() ? m_text.at(m_pos) : '\0'; }
    bool atEnd() const { return m_pos >= m_text.size(); }
    void skipSpace()
    {
        while (!atEnd() && (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r'))
            ++m_pos;
    }

    bool value()
    {
        skipSpace();
        if (m_depth > 1024)
            return fail(QCoreApplication::translate("osc::Json", "less deeply nested values"));
        switch (peek()) {
        case '{':
            return container('}');
        case '[':
            return container(']');
        case '"':
            return string();
        case 't':
            return literal("true");
        case 'f':
            return literal("false");
        case 'n':
            return literal("null");
        default:
            if (peek() == '-' || (peek() >= '0' && peek() <= '9'))
                return number();
            return fail(QCoreApplication::translate(
                "osc::Json", "a JSON value (object, array, string, number, true, false or null)"));
        }
    }

    bool container(char close)
    {
        const bool isObject = close == '}';
        ++m_pos;
        ++m_depth;
        skipSpace();
        if (peek() == close) {
            ++m_pos;
            --m_depth;
            return true;
        }
        for (;;) {
            if (isObject) {
                skipSpace();
                if (peek() != '"')
                    return fail(
                        QCoreApplication::translate("osc::Json", "'\"' starting an object key"));
                if (!string())
                    return false;
                skipSpace();
                if (peek() != ':')
                    return fail(
                        QCoreApplication::translate("osc::Json", "':' after an object key"));
                ++m_pos;
            }
            if (!value())
                return false;
            skipSpace();
            if (peek() == ',') {
                ++m_pos;
                continue;
            }
            if (peek() == close) {
                ++m_pos;
                --m_depth;
                return true;
            }
            return fail(isObject ? QCoreApplication::translate("osc::Json",
                                                               "',' or '}' after an object member")
                                 : QCoreApplication::translate(
                                     "osc::Json", "',' or ']' after an array element"));
        }
    }

    bool string()
    {
        ++m_pos; // the opening quote
        while (!atEnd()) {
            const auto c = static_cast<unsigned char>(m_text.at(m_pos));
            if (c == '"') {
                ++m_pos;
                return true;
            }
            if (c < 0x20)
                return fail(QCoreApplication::translate(
                    "osc::Json", "'\"' closing the string (control characters must be escaped)"));
            if (c == '\\') {
                ++m_pos;
                const char e = peek();
                if (e == 'u') {
                    for (int i = 1; i <= 4; ++i) {
                        ++m_pos;
                        if (!isxdigit(static_cast<unsigned char>(peek())))
                            return fail(QCoreApplication::translate(
                                "osc::Json", "four hexadecimal digits after \\u"));
                    }
                } else if (!e || !strchr("\"\\/bfnrt", e)) {
                    return fail(
                        QCoreApplication::translate("osc::Json", "a valid escape sequence"));
                }
            }
            ++m_pos;
        }
        return fail(QCoreApplication::translate("osc::Json", "'\"' closing the string"));
    }

    bool number()
    {
        auto digits = [this] {
            const qsizetype start = m_pos;
            while (peek() >= '0' && peek() <= '9')
                ++m_pos;
            return m_pos > start;
        };
        if (peek() == '-')
            ++m_pos;
        if (peek() == '0')
            ++m_pos;
        else if (!digits())
            return fail(QCoreApplication::translate("osc::Json", "a digit"));
        if (peek() == '.') {
            ++m_pos;
            if (!digits())
                return fail(
                    QCoreApplication::translate("osc::Json", "a digit after the decimal point"));
        }
        if (peek() == 'e' || peek() == 'E') {
            ++m_pos;
            if (peek() == '+' || peek() == '-')
                ++m_pos;
            if (!digits())
                return fail(QCoreApplication::translate("osc::Json", "a digit in the exponent"));
        }
        return true;
    }

    bool literal(const char *word)
    {
        const qsizetype length = qsizetype(strlen(word));
        if (m_text.mid(m_pos, length) != word)
            return fail(QCoreApplication::translate(
                "osc::Json", "a JSON value (object, array, string, number, true, false or null)"));
        m_pos += length;
        return true;
    }

    const QByteArray &m_text;
    qsizetype m_pos = 0;
    int m_depth = 0;
    qsizetype m_errorOffset = 0;
    QString m_expected;
};

QString expectedFor(QJsonParseError::ParseError error)
{
    switch (error) {
    case QJsonParseError::IllegalUTF8String:
        return QCoreApplication::translate("osc::Json", "valid UTF-8 text");
    case QJsonParseError::DeepNesting:
        return QCoreApplication::translate("osc::Json", "less deeply nested values");
    case QJsonParseError::DocumentTooLarge:
        return QCoreApplication::translate("osc::Json", "a smaller document");
    default:
        return QCoreApplication::translate("osc::Json", "valid JSON");
    }
}

} // namespace

Error errorAt(const QString &source, const QByteArray &text, qsizetype offset,
              const QString &expected, const QString &found)
{
    const TextPosition position = positionAt(text, offset);
    return makeError(ErrorCode::BadInput,
                     QCoreApplication::translate("osc::Json", "%1:%2:%3: expected %4, found %5")
                         .arg(source, QString::number(position.line),
                              QString::number(position.column), expected, found));
}

Result<QJsonDocument> parse(const QByteArray &text, const QString &source)
{
    QJsonParseError parseError;
    QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        SyntaxChecker checker(text);
        if (checker.findError())
            return errorAt(source, text, checker.offset(), checker.expected(),
                           describeCharacterAt(text, checker.offset()));
        // Qt refused what the checker accepts (invalid UTF-8, size limits): trust Qt.
        const qsizetype offset = parseError.offset;
        return errorAt(source, text, offset, expectedFor(parseError.error),
                       describeCharacterAt(text, offset));
    }
    return document;
}

} // namespace osc::jsonsupport
