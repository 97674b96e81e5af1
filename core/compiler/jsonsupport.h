#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QHash>
#include <QJsonDocument>
#include <QJsonValue>
#include <QString>

// Private to core/compiler: reading the compiler's small JSON files (profiles,
// interfaces) with errors that say "<source>:<line>:<column>: expected X, found Y".
namespace osc::jsonsupport {

// 1-based line and column of a byte offset in UTF-8 text; the column counts characters.
struct TextPosition
{
    int line = 1;
    int column = 1;
};

TextPosition positionAt(const QByteArray &text, qsizetype offset);

// Where each value and each object key of a well-formed JSON text starts, by JSON
// pointer ("" is the root, "/apis/Http.Get" a member, "/features/0" an element).
// QJsonDocument drops positions; this recovers them for semantic errors.
class Locator
{
public:
    explicit Locator(const QByteArray &text);

    qsizetype valueOffset(const QString &pointer) const { return m_values.value(pointer, 0); }
    qsizetype keyOffset(const QString &pointer) const
    {
        return m_keys.value(pointer, valueOffset(pointer));
    }

private:
    void skipSpace();
    void parseValue(const QString &pointer);
    QString parseString();

    const QByteArray &m_text;
    qsizetype m_pos = 0;
    int m_depth = 0;
    QHash<QString, qsizetype> m_values;
    QHash<QString, qsizetype> m_keys;
};

QString pointerChild(const QString &pointer, const QString &key);
QString pointerChild(const QString &pointer, qsizetype index);

// "a string \"abc\"", "the number 12", "an array", "an object", "null", …
QString describe(const QJsonValue &value);

// Parses `text` into a document, or an ErrorCode::BadInput error located at the
// parse failure.
Result<QJsonDocument> parse(const QByteArray &text, const QString &source);

// A BadInput error "<source>:<line>:<column>: expected <expected>, found <found>".
Error errorAt(const QString &source, const QByteArray &text, qsizetype offset,
              const QString &expected, const QString &found);

} // namespace osc::jsonsupport
