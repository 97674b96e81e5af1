#pragma once

#include <QString>

namespace osc {

// The one place where SQL differs between SQLite (the embedded default) and
// PostgreSQL (the shared database, a later backend). Everything else in core
// writes portable SQL: TEXT timestamps in ISO 8601 UTC, INTEGER/BIGINT ids,
// no engine-specific functions.
class SqlDialect
{
public:
    enum class Engine { Sqlite, Postgres };

    explicit SqlDialect(Engine engine) : m_engine(engine) { }
    Engine engine() const { return m_engine; }

    // Column type of a surrogate primary key that the database numbers itself.
    QString autoIdColumn() const;
    // What an INSERT that gives autoIdColumn() its values itself puts between the
    // column list and VALUES (PostgreSQL: OVERRIDING SYSTEM VALUE; SQLite: nothing).
    QString explicitIdClause() const;
    // A query of one value: the highest id autoIdColumn() has given in `table`, rows
    // deleted since included, 0 before the first (SQLite: its sqlite_sequence row). An
    // insert that numbers its rows itself, in a write transaction, starts above it.
    // PostgreSQL: the highest id present, so the id of a deleted highest row could come
    // back; a backend for it must also move the identity sequence past ids given
    // explicitly. Neither is built: PostgreSQL is not a backend yet.
    QString highestAutoId(const QString &table) const;
    // What follows the column list of a CREATE TABLE whose rows are stored in their
    // primary key's order, with no separate row number (SQLite: WITHOUT ROWID;
    // PostgreSQL: nothing, its primary key is an index like any other).
    QString keyOrderedTable() const;
    // Column type of a byte string (SQLite: BLOB, PostgreSQL: BYTEA).
    QString bytesColumn() const;
    // Starts a write transaction that takes the write lock at once, so two writers
    // never both read and then fail to upgrade (SQLite: BEGIN IMMEDIATE).
    QString beginWrite() const;
    // Statements run once on every new connection (pragmas and session settings).
    QStringList connectionSetup() const;
    // "INSERT … ON CONFLICT (keys) DO UPDATE SET …": both engines accept this form.
    QString upsert(const QString &table, const QStringList &columns,
                   const QStringList &keyColumns) const;
    // An aggregate joining the text `expression` of a group's rows with `separator`
    // (SQLite: group_concat, PostgreSQL: string_agg); NULL for an empty group.
    QString joinedText(const QString &expression, const QString &separator) const;
    // A table of the texts of a jsonTexts() array bound at its one "?", one row a text
    // in the column `value` (SQLite: json_each, PostgreSQL: json_array_elements_text).
    QString jsonTexts() const;

    // A full-text index over `columns` of `table`, whose `id` only grows. Postgres: a
    // GIN index, current at once. SQLite: an external-content FTS5 table named
    // <table>_text, filled after the fact (the meta key "<table>_text_indexed" holds
    // the highest id indexed; rows above it are not in the index yet) and kept
    // consistent on delete by a trigger. Rows are never updated, only inserted and
    // deleted.
    QStringList textIndexStatements(const QString &table, const QStringList &columns) const;

private:
    Engine m_engine;
};

} // namespace osc
