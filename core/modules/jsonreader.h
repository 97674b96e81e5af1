#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <functional>
#include <optional>

namespace osc {

// A small JSON reader (RFC 8259, UTF-8) that knows where every value and key is,
// which QJsonDocument cannot tell. The module parser uses it in two steps:
// checkDocument() validates the whole text once, then the typed accessors read
// values in place, each starting from the Cursor of a value.
//
// Positions are 1-based; a column counts Unicode characters (code points), a tab
// counts one; "\n", "\r\n" and a lone "\r" end a line. A leading UTF-8 byte order
// mark is skipped and not counted. Nesting deeper than maxDepth arrays and objects
// is an error, so recursion is bounded. The reader does not copy the data: the
// byte array must outlive it.
class JsonReader
{
public:
    static constexpr int maxDepth = 64;

    struct Position
    {
        int line = 1;
        int column = 1;
    };

    // Where a value starts.
    struct Cursor
    {
        qsizetype offset = 0;
        Position position;
    };

    enum class Type { Null, Boolean, Number, String, Array, Object };

    // A syntax error: "expected <expected>, found <found>" at position.
    struct Error
    {
        Position position;
        QString expected;
        QString found;
    };

    using MemberFunction
        = std::function<bool(const QString &key, Position keyPosition, Cursor value)>;
    using ItemFunction = std::function<bool(Cursor item)>;

    explicit JsonReader(QByteArrayView data);

    // Checks that the data holds exactly one JSON value surrounded by whitespace.
    // `rootExpected` names what the value should be in the error for empty input.
    // On success root() is the value's cursor; on failure error() tells why.
    bool checkDocument(const QString &rootExpected);
    Cursor root() const { return m_root; }
    const std::optional<Error> &error() const { return m_error; }

    // Accessors for a checked document. Each reads the value at `value`, which must
    // be the cursor of a value of the right type (root() or one handed out below).
    Type typeAt(Cursor value) const;
    QString stringAt(Cursor value);
    QByteArray numberAt(Cursor value); // the number's text, exactly as written
    bool booleanAt(Cursor value) const;

    // Calls `function` for each member of the object at `object`, in document order,
    // until it returns false. `end` receives the position of the closing '}'.
    // Returns false if `function` stopped the walk. The function may use the reader.
    bool forEachMember(Cursor object, const MemberFunction &function, Position *end = nullptr);
    // Same for the items of the array at `array`.
    bool forEachItem(Cursor array, const ItemFunction &function);

    // What a message should say was found at `value`: "abc" (quoted and shortened),
    // 42, true, null, an object, an array.
    QString describe(Cursor value);

    // `text` quoted like a JSON string for a message; control characters, '"' and
    // '\' escaped; longer than maxChars: shortened with "…" and its length added.
    static QString quote(QStringView text, qsizetype maxChars = 60);

private:
    int peek(qsizetype ahead = 0) const
    {
        const qsizetype at = m_offset + ahead;
        return at < m_data.size() ? uchar(m_data.data()[at]) : -1;
    }
    Cursor here() const { return {m_offset, m_position}; }
    void seek(Cursor cursor);
    void advance() // over one ASCII byte that is not a line break
    {
        ++m_offset;
        ++m_position.column;
    }
    void skipWhitespace();
    bool fail(Position position, const QString &expected, const QString &found);
    bool failHere(const QString &expected); // describes the character at the current offset

    bool scanValue();
    bool scanObject(const MemberFunction *function, Position *end);
    bool scanArray(const ItemFunction *function);
    bool scanString(QString *out);
    bool scanEscape(QString *out);
    bool scanHex4(char32_t *value);
    bool scanNumber();
    bool scanWord();

    QByteArrayView m_data;
    qsizetype m_offset = 0;
    Position m_position;
    int m_depth = 0;
    Cursor m_root;
    std::optional<Error> m_error;
};

} // namespace osc
