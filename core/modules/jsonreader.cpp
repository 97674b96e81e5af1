#include "jsonreader.h"

namespace osc {

namespace {

constexpr qsizetype maxWordChars = 40;

bool isDigit(int byte)
{
    return byte >= '0' && byte <= '9';
}

int hexDigit(int byte)
{
    if (isDigit(byte))
        return byte - '0';
    if (byte >= 'a' && byte <= 'f')
        return byte - 'a' + 10;
    if (byte >= 'A' && byte <= 'F')
        return byte - 'A' + 10;
    return -1;
}

bool isWordByte(int byte)
{
    return (byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z') || isDigit(byte)
        || byte == '_';
}

bool isContinuation(qsizetype at, QByteArrayView data, uchar low = 0x80, uchar high = 0xBF)
{
    if (at >= data.size())
        return false;
    const auto byte = uchar(data[at]);
    return byte >= low && byte <= high;
}

// Decodes the UTF-8 sequence at `at` (RFC 3629: no overlong forms, no surrogates,
// nothing above U+10FFFF). Returns its length in bytes, or 0 if it is not valid.
int decodeUtf8(QByteArrayView data, qsizetype at, char32_t *codePoint)
{
    const auto lead = uchar(data[at]);
    if (lead < 0x80) {
        *codePoint = lead;
        return 1;
    }
    int length = 0;
    uchar low = 0x80;
    uchar high = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        if (lead == 0xE0)
            low = 0xA0;
        else if (lead == 0xED)
            high = 0x9F;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        if (lead == 0xF0)
            low = 0x90;
        else if (lead == 0xF4)
            high = 0x8F;
    } else {
        return 0;
    }
    if (!isContinuation(at + 1, data, low, high))
        return 0;
    for (int i = 2; i < length; ++i) {
        if (!isContinuation(at + i, data))
            return 0;
    }
    char32_t value = lead & (0xFF >> (length + 1));
    for (int i = 1; i < length; ++i)
        value = (value << 6) | (uchar(data[at + i]) & 0x3F);
    *codePoint = value;
    return length;
}

QString hex(uint value, int width)
{
    return QString::number(value, 16).toUpper().rightJustified(width, u'0');
}

QString codePointName(char32_t codePoint)
{
    return QStringLiteral("U+") + hex(codePoint, 4);
}

// Reads four hexadecimal digits at `at` without consuming them.
bool hex4At(QByteArrayView data, qsizetype at, char32_t *value)
{
    if (at + 4 > data.size())
        return false;
    *value = 0;
    for (qsizetype i = at; i < at + 4; ++i) {
        const int digit = hexDigit(uchar(data[i]));
        if (digit < 0)
            return false;
        *value = (*value << 4) | char32_t(digit);
    }
    return true;
}

void appendCodePoint(QString *out, char32_t codePoint)
{
    if (out)
        out->append(QStringView(QChar::fromUcs4(codePoint)));
}

// What is at `at`, for "found …": a word ('True'), a character ('}', 'é'), a code
// point for invisible characters (U+0000), or end of input. Invalid UTF-8 is
// reported by the caller.
QString describeCharacter(QByteArrayView data, qsizetype at)
{
    if (at >= data.size())
        return QStringLiteral("end of input");
    const auto byte = uchar(data[at]);
    if ((byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z')) {
        qsizetype end = at;
        while (end < data.size() && end - at < maxWordChars && isWordByte(uchar(data[end])))
            ++end;
        QString word = QString::fromLatin1(data.sliced(at, end - at));
        if (end < data.size() && isWordByte(uchar(data[end])))
            word += QChar(0x2026);
        return u'\'' + word + u'\'';
    }
    char32_t codePoint = 0;
    if (decodeUtf8(data, at, &codePoint) == 0 || !QChar::isPrint(codePoint) || codePoint == ' ')
        return codePointName(codePoint);
    return u'\'' + QStringView(QChar::fromUcs4(codePoint)).toString() + u'\'';
}

} // namespace

JsonReader::JsonReader(QByteArrayView data) : m_data(data)
{
    if (m_data.startsWith("\xEF\xBB\xBF"))
        m_offset = 3;
    m_root = here();
}

void JsonReader::seek(Cursor cursor)
{
    m_offset = cursor.offset;
    m_position = cursor.position;
}

void JsonReader::skipWhitespace()
{
    for (;;) {
        while (peek() == ' ')
            advance();
        const int byte = peek();
        if (byte == ' ' || byte == '\t') {
            advance();
        } else if (byte == '\n' || byte == '\r') {
            m_offset += (byte == '\r' && peek(1) == '\n') ? 2 : 1;
            ++m_position.line;
            m_position.column = 1;
        } else {
            return;
        }
    }
}

bool JsonReader::fail(Position position, const QString &expected, const QString &found)
{
    if (!m_error)
        m_error = Error{position, expected, found};
    return false;
}

bool JsonReader::failHere(const QString &expected)
{
    char32_t codePoint = 0;
    if (m_offset < m_data.size() && decodeUtf8(m_data, m_offset, &codePoint) == 0) {
        return fail(m_position, QStringLiteral("UTF-8 text"),
                    QStringLiteral("byte 0x") + hex(uchar(m_data[m_offset]), 2));
    }
    return fail(m_position, expected, describeCharacter(m_data, m_offset));
}

bool JsonReader::checkDocument(const QString &rootExpected)
{
    m_error.reset();
    m_depth = 0;
    seek(m_root);
    skipWhitespace();
    if (peek() < 0)
        return failHere(rootExpected);
    m_root = here();
    if (!scanValue())
        return false;
    skipWhitespace();
    if (peek() >= 0)
        return failHere(QStringLiteral("end of input"));
    return true;
}

bool JsonReader::scanValue()
{
    const int byte = peek();
    if (byte == '{' || byte == '[') {
        if (m_depth >= maxDepth) {
            return failHere(QStringLiteral("at most %1 nested arrays and objects").arg(maxDepth));
        }
        ++m_depth;
        const bool ok = byte == '{' ? scanObject(nullptr, nullptr) : scanArray(nullptr);
        --m_depth;
        return ok;
    }
    if (byte == '"')
        return scanString(nullptr);
    if (byte == '-' || isDigit(byte))
        return scanNumber();
    if ((byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z'))
        return scanWord();
    return failHere(QStringLiteral("a value"));
}

bool JsonReader::scanObject(const MemberFunction *function, Position *end)
{
    advance(); // '{'
    skipWhitespace();
    if (peek() == '}') {
        if (end)
            *end = m_position;
        advance();
        return true;
    }
    for (bool first = true;; first = false) {
        if (peek() != '"')
            return failHere(first ? QStringLiteral("a key string or '}'")
                                  : QStringLiteral("a key string"));
        const Position keyPosition = m_position;
        QString key;
        if (!scanString(function ? &key : nullptr))
            return false;
        skipWhitespace();
        if (peek() != ':')
            return failHere(QStringLiteral("':'"));
        advance();
        skipWhitespace();
        const Cursor value = here();
        if (!scanValue())
            return false;
        if (function) {
            const Cursor after = here();
            const int depth = m_depth;
            if (!(*function)(key, keyPosition, value))
                return false;
            seek(after);
            m_depth = depth;
        }
        skipWhitespace();
        if (peek() == '}') {
            if (end)
                *end = m_position;
            advance();
            return true;
        }
        if (peek() != ',')
            return failHere(QStringLiteral("',' or '}'"));
        advance();
        skipWhitespace();
    }
}

bool JsonReader::scanArray(const ItemFunction *function)
{
    advance(); // '['
    skipWhitespace();
    if (peek() == ']') {
        advance();
        return true;
    }
    for (;;) {
        const Cursor item = here();
        if (!scanValue())
            return false;
        if (function) {
            const Cursor after = here();
            const int depth = m_depth;
            if (!(*function)(item))
                return false;
            seek(after);
            m_depth = depth;
        }
        skipWhitespace();
        if (peek() == ']') {
            advance();
            return true;
        }
        if (peek() != ',')
            return failHere(QStringLiteral("',' or ']'"));
        advance();
        skipWhitespace();
    }
}

bool JsonReader::scanString(QString *out)
{
    advance(); // '"'
    for (;;) {
        const int byte = peek();
        if (byte < 0)
            return failHere(QStringLiteral("'\"' to close the string"));
        if (byte == '"') {
            advance();
            return true;
        }
        if (byte == '\\') {
            if (!scanEscape(out))
                return false;
            continue;
        }
        if (byte < 0x20)
            return failHere(QStringLiteral("'\"' or a character that is not a control character"));
        if (byte < 0x80) {
            // A run of plain ASCII, the common case, is copied at once.
            const qsizetype start = m_offset;
            for (int next = byte; next >= 0x20 && next < 0x80 && next != '"' && next != '\\';
                 next = peek()) {
                advance();
            }
            if (out)
                out->append(QLatin1String(m_data.sliced(start, m_offset - start)));
            continue;
        }
        char32_t codePoint = 0;
        const int length = decodeUtf8(m_data, m_offset, &codePoint);
        if (length == 0)
            return failHere(QStringLiteral("UTF-8 text"));
        appendCodePoint(out, codePoint);
        m_offset += length;
        ++m_position.column;
    }
}

bool JsonReader::scanEscape(QString *out)
{
    const Position escapePosition = m_position;
    advance(); // '\'
    const int byte = peek();
    char16_t simple = 0;
    switch (byte) {
    case '"':
    case '\\':
    case '/':
        simple = char16_t(byte);
        break;
    case 'b':
        simple = u'\b';
        break;
    case 'f':
        simple = u'\f';
        break;
    case 'n':
        simple = u'\n';
        break;
    case 'r':
        simple = u'\r';
        break;
    case 't':
        simple = u'\t';
        break;
    case 'u':
        break;
    default:
        return failHere(QStringLiteral("an escape character (\", \\, /, b, f, n, r, t or u)"));
    }
    advance();
    if (simple) {
        if (out)
            out->append(QChar(simple));
        return true;
    }

    char32_t unit = 0;
    if (!scanHex4(&unit))
        return false;
    const auto lone = [&](char32_t value) {
        return fail(escapePosition, QStringLiteral("a surrogate pair"),
                    QStringLiteral("lone surrogate \\u") + hex(value, 4));
    };
    if (unit >= 0xDC00 && unit <= 0xDFFF)
        return lone(unit);
    if (unit >= 0xD800 && unit <= 0xDBFF) {
        // A high surrogate must be followed at once by an escaped low surrogate.
        char32_t low = 0;
        if (peek() != '\\' || peek(1) != 'u' || !hex4At(m_data, m_offset + 2, &low) || low < 0xDC00
            || low > 0xDFFF)
            return lone(unit);
        for (int i = 0; i < 6; ++i)
            advance();
        unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
    }
    appendCodePoint(out, unit);
    return true;
}

bool JsonReader::scanHex4(char32_t *value)
{
    *value = 0;
    for (int i = 0; i < 4; ++i) {
        const int digit = hexDigit(peek());
        if (digit < 0)
            return failHere(QStringLiteral("a hexadecimal digit"));
        *value = (*value << 4) | char32_t(digit);
        advance();
    }
    return true;
}

bool JsonReader::scanNumber()
{
    const auto digits = [this] {
        if (!isDigit(peek()))
            return failHere(QStringLiteral("a digit"));
        while (isDigit(peek()))
            advance();
        return true;
    };
    if (peek() == '-')
        advance();
    if (peek() == '0')
        advance();
    else if (!digits())
        return false;
    if (peek() == '.') {
        advance();
        if (!digits())
            return false;
    }
    if (peek() == 'e' || peek() == 'E') {
        advance();
        if (peek() == '+' || peek() == '-')
            advance();
        if (!digits())
            return false;
    }
    return true;
}

bool JsonReader::scanWord()
{
    const Cursor start = here();
    while (isWordByte(peek()))
        advance();
    const QByteArrayView word = m_data.sliced(start.offset, m_offset - start.offset);
    if (word == "true" || word == "false" || word == "null")
        return true;
    seek(start);
    return failHere(QStringLiteral("a value"));
}

JsonReader::Type JsonReader::typeAt(Cursor value) const
{
    switch (value.offset < m_data.size() ? m_data[value.offset] : '\0') {
    case '{':
        return Type::Object;
    case '[':
        return Type::Array;
    case '"':
        return Type::String;
    case 't':
    case 'f':
        return Type::Boolean;
    case 'n':
        return Type::Null;
    default:
        return Type::Number;
    }
}

QString JsonReader::stringAt(Cursor value)
{
    QString text;
    if (typeAt(value) == Type::String) {
        seek(value);
        scanString(&text);
    }
    return text;
}

QByteArray JsonReader::numberAt(Cursor value)
{
    if (typeAt(value) != Type::Number)
        return {};
    seek(value);
    scanNumber();
    return m_data.sliced(value.offset, m_offset - value.offset).toByteArray();
}

bool JsonReader::booleanAt(Cursor value) const
{
    return value.offset < m_data.size() && m_data[value.offset] == 't';
}

bool JsonReader::forEachMember(Cursor object, const MemberFunction &function, Position *end)
{
    if (typeAt(object) != Type::Object)
        return false;
    seek(object);
    m_depth = 0;
    return scanObject(&function, end);
}

bool JsonReader::forEachItem(Cursor array, const ItemFunction &function)
{
    if (typeAt(array) != Type::Array)
        return false;
    seek(array);
    m_depth = 0;
    return scanArray(&function);
}

QString JsonReader::describe(Cursor value)
{
    switch (typeAt(value)) {
    case Type::Object:
        return QStringLiteral("an object");
    case Type::Array:
        return QStringLiteral("an array");
    case Type::String:
        return quote(stringAt(value));
    case Type::Number: {
        const QByteArray text = numberAt(value);
        if (text.size() > maxWordChars)
            return QString::fromLatin1(text.first(maxWordChars)) + QChar(0x2026);
        return QString::fromLatin1(text);
    }
    case Type::Boolean:
        return booleanAt(value) ? QStringLiteral("true") : QStringLiteral("false");
    case Type::Null:
        return QStringLiteral("null");
    }
    return {};
}

QString JsonReader::quote(QStringView text, qsizetype maxChars)
{
    QString result = QStringLiteral("\"");
    qsizetype chars = 0;
    qsizetype i = 0;
    for (; i < text.size() && chars < maxChars; ++chars) {
        const char32_t codePoint = text.at(i).isHighSurrogate() && i + 1 < text.size()
            ? QChar::surrogateToUcs4(text.at(i), text.at(i + 1))
            : text.at(i).unicode();
        i += codePoint > 0xFFFF ? 2 : 1;
        if (codePoint == '"' || codePoint == '\\')
            result += u'\\' + QChar(char16_t(codePoint));
        else if (codePoint < 0x20 || codePoint == 0x7F)
            result += QStringLiteral("\\u") + hex(codePoint, 4);
        else
            result += QStringView(QChar::fromUcs4(codePoint));
    }
    result += u'"';
    if (i < text.size()) {
        qsizetype total = 0;
        for (qsizetype j = 0; j < text.size(); ++j)
            total
                += text.at(j).isLowSurrogate() && j > 0 && text.at(j - 1).isHighSurrogate() ? 0 : 1;
        result.insert(result.size() - 1, QChar(0x2026));
        result += QStringLiteral(" (%1 characters)").arg(total);
    }
    return result;
}

} // namespace osc
