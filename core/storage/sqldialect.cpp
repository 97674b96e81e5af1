#include "sqldialect.h"

#include <QStringList>

namespace osc {

QString SqlDialect::autoIdColumn() const
{
    switch (m_engine) {
    case Engine::Sqlite:
        return QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT");
    case Engine::Postgres:
        return QStringLiteral("BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY");
    }
    Q_UNREACHABLE();
    return {};
}

QString SqlDialect::explicitIdClause() const
{
    switch (m_engine) {
    case Engine::Sqlite:
        return {};
    case Engine::Postgres:
        return QStringLiteral(" OVERRIDING SYSTEM VALUE");
    }
    Q_UNREACHABLE();
    return {};
}

QString SqlDialect::highestAutoId(const QString &table) const
{
    switch (m_engine) {
    case Engine::Sqlite:
        return QStringLiteral(
                   "SELECT COALESCE((SELECT seq FROM sqlite_sequence WHERE name = '%1'), 0)")
            .arg(table);
    case Engine::Postgres:
        return QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM %1").arg(table);
    }
    Q_UNREACHABLE();
    return {};
}

QString SqlDialect::keyOrderedTable() const
{
    switch (m_engine) {
    case Engine::Sqlite:
        return QStringLiteral(" WITHOUT ROWID");
    case Engine::Postgres:
        return {};
    }
    Q_UNREACHABLE();
    return {};
}

QString SqlDialect::bytesColumn() const
{
    switch (m_engine) {
    case Engine::Sqlite:
        return QStringLiteral("BLOB");
    case Engine::Postgres:
        return QStringLiteral("BYTEA");
    }
    Q_UNREACHABLE();
    return {};
}

QString SqlDialect::beginWrite() const
{
    switch (m_engine) {
    case Engine::Sqlite:
        return QStringLiteral("BEGIN IMMEDIATE");
    case Engine::Postgres:
        return QStringLiteral("BEGIN ISOLATION LEVEL SERIALIZABLE");
    }
    Q_UNREACHABLE();
    return {};
}

QStringList SqlDialect::connectionSetup() const
{
    switch (m_engine) {
    case Engine::Sqlite:
        // WAL lets readers (a GUI, another scctl) run while one process writes;
        // NORMAL synchronous is durable across process crashes in WAL mode. A 64 MB
        // page cache (SQLite's default: 2 MB) holds a 20,000-module environment's
        // tables; a checkpoint every 10,000 WAL pages (default: 1,000) copies a page the
        // modules preparation rewrites in each of its transactions once, not ten times
        // (see docs/benchmarks.md). Both are upper bounds, reached only under load.
        // Temporary storage in memory: a statement that writes many rows (compilations
        // go 32 to an INSERT) keeps the pages it may have to roll back in a statement
        // journal, which SQLite otherwise spills to a temporary file past 64 KB: 37,000
        // more writes in a 20,000-module preparation. Nothing durable is kept there.
        return {QStringLiteral("PRAGMA journal_mode = WAL"),
                QStringLiteral("PRAGMA synchronous = NORMAL"),
                QStringLiteral("PRAGMA foreign_keys = ON"),
                QStringLiteral("PRAGMA cache_size = -65536"),
                QStringLiteral("PRAGMA wal_autocheckpoint = 10000"),
                QStringLiteral("PRAGMA temp_store = MEMORY")};
    case Engine::Postgres:
        return {QStringLiteral("SET TIME ZONE 'UTC'")};
    }
    Q_UNREACHABLE();
    return {};
}

QString SqlDialect::upsert(const QString &table, const QStringList &columns,
                           const QStringList &keyColumns) const
{
    QStringList placeholders;
    QStringList updates;
    for (const QString &column : columns) {
        placeholders << QStringLiteral("?");
        if (!keyColumns.contains(column))
            updates << column + QStringLiteral(" = excluded.") + column;
    }
    QString sql
        = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (%4) ")
              .arg(table, columns.join(u", "), placeholders.join(u", "), keyColumns.join(u", "));
    sql += updates.isEmpty() ? QStringLiteral("DO NOTHING")
                             : QStringLiteral("DO UPDATE SET ") + updates.join(u", ");
    return sql;
}

QString SqlDialect::joinedText(const QString &expression, const QString &separator) const
{
    switch (m_engine) {
    case Engine::Sqlite:
        return QStringLiteral("group_concat(%1, '%2')").arg(expression, separator);
    case Engine::Postgres:
        return QStringLiteral("string_agg(%1, '%2')").arg(expression, separator);
    }
    Q_UNREACHABLE();
    return {};
}

QString SqlDialect::jsonTexts() const
{
    switch (m_engine) {
    case Engine::Sqlite:
        return QStringLiteral("json_each(?)");
    case Engine::Postgres:
        return QStringLiteral("json_array_elements_text(CAST(? AS json))");
    }
    Q_UNREACHABLE();
    return {};
}

QStringList SqlDialect::textIndexStatements(const QString &table, const QStringList &columns) const
{
    switch (m_engine) {
    case Engine::Sqlite: {
        // No insert trigger: tokenising costs far more than storing a row, so rows are
        // indexed later, in chunks, by whoever calls LogStore::indexText(); the meta
        // key "<index>_indexed" holds the highest id indexed so far. The delete
        // trigger removes only rows that were indexed: an FTS5 'delete' of a row the
        // index never saw would corrupt it.
        const QString index = table + QStringLiteral("_text");
        const QString list = columns.join(u", ");
        QStringList oldValues;
        for (const QString &column : columns)
            oldValues << QStringLiteral("old.") + column;
        return {
            QStringLiteral("CREATE VIRTUAL TABLE %1 USING fts5(%2, content='%3', "
                           "content_rowid='id', tokenize='unicode61 remove_diacritics 2')")
                .arg(index, list, table),
            QStringLiteral("CREATE TRIGGER %1_delete AFTER DELETE ON %2 WHEN old.id <= "
                           "coalesce((SELECT CAST(value AS INTEGER) FROM meta"
                           " WHERE key = '%1_indexed'), 0) BEGIN "
                           "INSERT INTO %1 (%1, rowid, %3) VALUES ('delete', old.id, %4); END")
                .arg(index, table, list, oldValues.join(u", ")),
        };
    }
    case Engine::Postgres:
        return {QStringLiteral("CREATE INDEX %1_text ON %1 USING gin (to_tsvector('simple', %2))")
                    .arg(table, columns.join(QStringLiteral(" || ' ' || ")))};
    }
    Q_UNREACHABLE();
    return {};
}

} // namespace osc
