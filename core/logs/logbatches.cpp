#include "logbatches.h"

#include "logs/logbatch.h"
#include "logs/logstore.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <functional>
#include <optional>
#include <type_traits>

namespace osc {

namespace {

// Rows are spread as multi-row INSERTs: QtSql's cost is per statement execution and
// per bound value, so one statement of 32 rows costs far less than 32 of one row.
constexpr int rowsPerInsert = 32;

struct BatchTable
{
    QString table; // the log's rows
    QStringList columns; // as bound by appendValues(), id first
    QString batches() const { return table + QStringLiteral("_batches"); }
    QString lastIdKey() const { return table + QStringLiteral("_last_id"); }
    QString textIndexedKey() const { return LogStore::textIndexMarkKey(table); }
};

const BatchTable errorBatches{
    QStringLiteral("error_log"),
    {QStringLiteral("id"), QStringLiteral("instant_ms"), QStringLiteral("module"),
     QStringLiteral("module_version"), QStringLiteral("operation_id"), QStringLiteral("operation"),
     QStringLiteral("step"), QStringLiteral("message"), QStringLiteral("detail"),
     QStringLiteral("server"), QStringLiteral("process_id"), QStringLiteral("thread"),
     QStringLiteral("platform_version")}};
const BatchTable generalBatches{QStringLiteral("general_log"),
                                {QStringLiteral("id"), QStringLiteral("instant_ms"),
                                 QStringLiteral("operation_id"), QStringLiteral("operation"),
                                 QStringLiteral("user_name"), QStringLiteral("module"),
                                 QStringLiteral("event"), QStringLiteral("message"),
                                 QStringLiteral("server"), QStringLiteral("process_id")}};

void appendValues(QVariantList &values, const ErrorLogEntry &e)
{
    values << e.id << e.instant.toMSecsSinceEpoch() << e.module << e.moduleVersion << e.operationId
           << e.operation << e.step << e.message << e.detail << e.server << e.processId << e.thread
           << e.platformVersion;
}

void appendValues(QVariantList &values, const GeneralLogEntry &e)
{
    values << e.id << e.instant.toMSecsSinceEpoch() << e.operationId << e.operation << e.user
           << e.module << e.event << e.message << e.server << e.processId;
}

QString insertSql(const Database &db, const BatchTable &log, int rows)
{
    const QString row
        = u'(' + QStringList(log.columns.size(), QStringLiteral("?")).join(u',') + u')';
    return QStringLiteral("INSERT INTO %1 (%2)%3 VALUES ")
               .arg(log.table, log.columns.join(u','), db.dialect().explicitIdClause())
        + QStringList(rows, row).join(u',');
}

template<typename Entry>
Result<void> insertRows(Database &db, const BatchTable &log, const std::vector<Entry> &rows)
{
    const QString many = insertSql(db, log, rowsPerInsert);
    const QString one = insertSql(db, log, 1);
    QVariantList values;
    size_t at = 0;
    while (at < rows.size()) {
        const bool full = rows.size() - at >= size_t(rowsPerInsert);
        const size_t count = full ? size_t(rowsPerInsert) : 1;
        values.clear();
        for (size_t i = at; i < at + count; ++i)
            appendValues(values, rows[i]);
        if (Result<Database::Outcome> done = db.execKept(full ? many : one, values); !done)
            return done.error();
        at += count;
    }
    return {};
}

Error damaged(const Database &db, const BatchTable &log, qint64 firstId)
{
    return makeError(ErrorCode::Environment,
                     QCoreApplication::translate("LogBatches",
                                                 "The batch of log entries from id %1 in table "
                                                 "%2 of %3 is damaged and cannot be read. "
                                                 "Restore the database from a backup.")
                         .arg(firstId)
                         .arg(log.batches(), db.filePath()));
}

template<typename Entry>
std::optional<std::vector<Entry>> unpack(const QByteArray &packed, qint64 firstId)
{
    if constexpr (std::is_same_v<Entry, ErrorLogEntry>)
        return unpackErrorBatch(packed, firstId);
    else
        return unpackGeneralBatch(packed, firstId);
}

// Stores `entries` as one batch, numbered after the highest id the log ever gave.
// Runs inside the caller's write transaction.
template<typename Entry>
Result<void> store(Database &db, const BatchTable &log, const std::vector<Entry> &entries)
{
    if (entries.empty())
        return {};
    // The highest id given so far: the meta key (ids given to batches), and for ids
    // given otherwise, the rows' highest id and, on SQLite, AUTOINCREMENT's sequence
    // (it remembers ids a purge or a delete removed); and the full-text index's mark
    // (an id at or below it would never be indexed, and its purge would corrupt the
    // index).
    QString sql = QStringLiteral("SELECT MAX(given) FROM (SELECT CAST(value AS BIGINT) AS given "
                                 "FROM meta WHERE key IN (?, ?) UNION ALL SELECT MAX(id) FROM %1")
                      .arg(log.table);
    if (db.dialect().engine() == SqlDialect::Engine::Sqlite) {
        sql += QStringLiteral(" UNION ALL SELECT seq FROM sqlite_sequence WHERE name = '%1'")
                   .arg(log.table);
    }
    Result<QVariant> highest
        = scalar(db, sql + QStringLiteral(") ids"), {log.lastIdKey(), log.textIndexedKey()});
    if (!highest)
        return highest.error();
    const qint64 firstId = highest->toLongLong() + 1;
    const qint64 lastId = firstId + qint64(entries.size()) - 1;
    Result<Database::Outcome> stored
        = db.execKept(QStringLiteral("INSERT INTO %1 (first_id, last_id, entries) VALUES (?, ?, ?)")
                          .arg(log.batches()),
                      {firstId, lastId, packLogBatch(entries)});
    if (!stored)
        return stored.error();
    return db.setMeta(log.lastIdKey(), QString::number(lastId));
}

template<typename Entry> Result<qint64> spreadOldest(Database &db, const BatchTable &log)
{
    qint64 moved = 0;
    Result<void> done = db.write([&]() -> Result<void> {
        Result<QSqlQuery> oldest
            = db.exec(QStringLiteral("SELECT first_id, entries FROM %1 ORDER BY first_id LIMIT 1")
                          .arg(log.batches()));
        if (!oldest)
            return oldest.error();
        if (!oldest->next())
            return {};
        const qint64 firstId = oldest->value(0).toLongLong();
        const std::optional<std::vector<Entry>> entries
            = unpack<Entry>(oldest->value(1).toByteArray(), firstId);
        oldest->finish();
        if (!entries)
            return damaged(db, log, firstId);
        if (Result<void> inserted = insertRows(db, log, *entries); !inserted)
            return inserted;
        Result<QSqlQuery> removed = db.exec(
            QStringLiteral("DELETE FROM %1 WHERE first_id = ?").arg(log.batches()), {firstId});
        if (!removed)
            return removed.error();
        moved = qint64(entries->size());
        return {};
    });
    if (!done)
        return done.error();
    return moved;
}

template<typename Entry>
Result<void> visit(Database &db, const BatchTable &log, qint64 afterId, qint64 beforeId,
                   const std::function<bool(Entry &)> &visitor)
{
    QString sql
        = QStringLiteral("SELECT first_id, entries FROM %1 WHERE last_id > ?").arg(log.batches());
    QVariantList bindings{afterId};
    if (beforeId > 0) {
        sql += QStringLiteral(" AND first_id < ?");
        bindings << beforeId;
    }
    Result<QSqlQuery> batches = db.exec(sql + QStringLiteral(" ORDER BY first_id DESC"), bindings);
    if (!batches)
        return batches.error();
    while (batches->next()) {
        const qint64 firstId = batches->value(0).toLongLong();
        std::optional<std::vector<Entry>> entries
            = unpack<Entry>(batches->value(1).toByteArray(), firstId);
        if (!entries)
            return damaged(db, log, firstId);
        for (auto it = entries->rbegin(); it != entries->rend(); ++it) {
            if (it->id > afterId && (beforeId <= 0 || it->id < beforeId) && !visitor(*it))
                return {};
        }
    }
    return {};
}

template<typename Entry>
Result<std::vector<Entry>> readAll(Database &db, const BatchTable &log, qint64 afterId,
                                   qint64 beforeId)
{
    std::vector<Entry> newestFirst;
    Result<void> read = visit<Entry>(db, log, afterId, beforeId, [&](Entry &entry) {
        newestFirst.push_back(std::move(entry));
        return true;
    });
    if (!read)
        return read.error();
    return newestFirst;
}

} // namespace

Result<void> LogBatches::append(const std::vector<ErrorLogEntry> &errors,
                                const std::vector<GeneralLogEntry> &general)
{
    if (errors.empty() && general.empty())
        return {};
    Result<void> stored = m_db.write([&]() -> Result<void> {
        if (Result<void> done = store(m_db, errorBatches, errors); !done)
            return done;
        return store(m_db, generalBatches, general);
    });
    if (stored)
        return stored;
    // The driver's text (database locked, disk full, read-only file) stays in the detail.
    const Error &cause = stored.error();
    return makeError(
        cause.code,
        QCoreApplication::translate("LogBatches", "Log entries could not be written to %1.")
            .arg(m_db.filePath()),
        cause.detail.isEmpty() ? cause.message : cause.detail);
}

Result<qint64> LogBatches::spread()
{
    // Each log on its own: a batch of one that cannot be spread does not hold up the other.
    Result<qint64> errors = spreadOldest<ErrorLogEntry>(m_db, errorBatches);
    Result<qint64> general = spreadOldest<GeneralLogEntry>(m_db, generalBatches);
    if (!errors)
        return errors;
    if (!general)
        return general;
    return *errors + *general;
}

Result<qint64> LogBatches::entryCount()
{
    Result<QVariant> count
        = scalar(m_db,
                 QStringLiteral("SELECT (SELECT COALESCE(SUM(last_id - first_id + 1), 0) FROM %1)"
                                " + (SELECT COALESCE(SUM(last_id - first_id + 1), 0) FROM %2)")
                     .arg(errorBatches.batches(), generalBatches.batches()));
    if (!count)
        return count.error();
    return count->toLongLong();
}

Result<std::pair<qint64, qint64>> LogBatches::idRange(LogKind kind)
{
    const BatchTable &log = kind == LogKind::Errors ? errorBatches : generalBatches;
    Result<QSqlQuery> range = m_db.exec(
        QStringLiteral("SELECT MIN(first_id), MAX(last_id) FROM %1").arg(log.batches()));
    if (!range)
        return range.error();
    if (!range->next())
        return std::pair<qint64, qint64>(0, 0);
    return std::pair<qint64, qint64>(range->value(0).toLongLong(), range->value(1).toLongLong());
}

Result<std::vector<ErrorLogEntry>> LogBatches::errors(qint64 afterId, qint64 beforeId)
{
    return readAll<ErrorLogEntry>(m_db, errorBatches, afterId, beforeId);
}

Result<void> LogBatches::visitErrors(qint64 afterId, qint64 beforeId,
                                     const std::function<bool(ErrorLogEntry &)> &visitor)
{
    return visit<ErrorLogEntry>(m_db, errorBatches, afterId, beforeId, visitor);
}

Result<std::vector<GeneralLogEntry>> LogBatches::general(qint64 afterId, qint64 beforeId)
{
    return readAll<GeneralLogEntry>(m_db, generalBatches, afterId, beforeId);
}

Result<void> LogBatches::visitGeneral(qint64 afterId, qint64 beforeId,
                                      const std::function<bool(GeneralLogEntry &)> &visitor)
{
    return visit<GeneralLogEntry>(m_db, generalBatches, afterId, beforeId, visitor);
}

} // namespace osc
