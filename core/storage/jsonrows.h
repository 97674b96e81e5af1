#pragma once

#include <QString>
#include <QStringList>

namespace osc {

// Many rows bound as one text parameter: a JSON array of arrays, which a statement
// reads as a table through SqlDialect::jsonRows(), each field as value->>0,
// value->>1, … One statement with one bound value then writes, finds or deletes
// thousands of rows: binding their values one by one through Qt Sql costs more
// than the database's parsing them from one text (see docs/benchmarks.md).
//
//     JsonRows rows;
//     rows.startRow() << moduleName << versionId;
//     db.exec("INSERT INTO t (name, version) SELECT value->>0, CAST(value->>1 AS BIGINT) "
//             "FROM " + db.dialect().jsonRows(), {rows.text()});
class JsonRows
{
public:
    // One field a row.
    static JsonRows column(const QStringList &values);

    // Starts the next row; the fields written after it are its own.
    JsonRows &startRow();
    JsonRows &operator<<(qint64 value);
    JsonRows &operator<<(int value) { return *this << qint64(value); }
    // A null QString is written as "" (as Database binds it). SQLite reads a text only
    // up to a NUL character: a text holding one comes back cut there.
    JsonRows &operator<<(const QString &value);

    qsizetype rowCount() const { return m_rows; }
    bool isEmpty() const { return m_rows == 0; }
    // The JSON text to bind: "[]" when there is no row.
    QString text() const;

private:
    void separateField();

    QString m_text;
    qsizetype m_rows = 0;
    bool m_rowHasField = false;
};

} // namespace osc
