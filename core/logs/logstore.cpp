#include "logstore.h"

#include "storage/database.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace osc {

namespace {

const QString retentionKey = QStringLiteral("log_retention_weeks");

struct LogTable
{
    QString table;
    QString columns; // of alias e, in the order read back
};

const LogTable errorTable{QStringLiteral("error_log"),
                          QStringLiteral("e.id, e.instant_ms, e.module, e.module_version,"
                                         " e.operation_id, e.operation, e.step, e.message,"
                                         " e.detail, e.server, e.process_id, e.thread,"
                                         " e.platform_version")};
const LogTable generalTable{QStringLiteral("general_log"),
                            QStringLiteral("e.id, e.instant_ms, e.operation_id, e.operation,"
                                           " e.user_name, e.module, e.event, e.message,"
                                           " e.server, e.process_id")};

// FROM and WHERE of a query, with its bindings.
struct Filter
{
    QString from;
    QString where;
    QString orderKey;
    QVariantList bindings;
};

// With a text filter and no module or operation id, the full-text index drives the
// query: it yields matching ids in descending order (and applies the keyset bound
// itself), so a page reads only its own rows however common the words are. With a
// module or an operation id (a few hundred rows at most), their (column, id) index
// drives and each candidate is checked against the full-text index by rowid.
Filter makeFilter(const LogTable &log, const LogQuery &query)
{
    Filter filter;
    QStringList conditions;
    filter.from = log.table + QStringLiteral(" e");
    filter.orderKey = QStringLiteral("e.id");
    const QString text = query.text.trimmed();
    if (!text.isEmpty()) {
        const QString expression = textSearchExpression(text);
        const QString index = log.table + QStringLiteral("_text");
        if (expression.isEmpty()) {
            conditions << QStringLiteral("0");
        } else if (!query.module.isEmpty() || query.operationId != 0) {
            conditions << QStringLiteral("EXISTS (SELECT 1 FROM %1 t WHERE t.%1 MATCH ?"
                                         " AND t.rowid = e.id)")
                              .arg(index);
            filter.bindings << expression;
        } else {
            filter.from
                = index + QStringLiteral(" t CROSS JOIN ") + log.table + QStringLiteral(" e");
            conditions << QStringLiteral("t.%1 MATCH ?").arg(index)
                       << QStringLiteral("e.id = t.rowid");
            filter.bindings << expression;
            filter.orderKey = QStringLiteral("t.rowid");
        }
    }
    if (query.beforeId > 0) {
        conditions << filter.orderKey + QStringLiteral(" < ?");
        filter.bindings << query.beforeId;
    }
    if (query.since.isValid()) {
        conditions << QStringLiteral("e.instant_ms >= ?");
        filter.bindings << query.since.toMSecsSinceEpoch();
    }
    if (query.until.isValid()) {
        conditions << QStringLiteral("e.instant_ms < ?");
        filter.bindings << query.until.toMSecsSinceEpoch();
    }
    if (!query.module.isEmpty()) {
        conditions << QStringLiteral("e.module = ?");
        filter.bindings << query.module;
    }
    if (query.operationId != 0) {
        conditions << QStringLiteral("e.operation_id = ?");
        filter.bindings << query.operationId;
    }
    if (!query.operation.isEmpty()) {
        conditions << QStringLiteral("e.operation = ?");
        filter.bindings << query.operation;
    }
    if (!conditions.isEmpty())
        filter.where = QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    return filter;
}

Result<void> checkLimit(const LogQuery &query)
{
    if (query.limit >= 1 && query.limit <= LogStore::maxLimit)
        return {};
    return makeError(ErrorCode::BadInput,
                     QCoreApplication::translate("LogStore",
                                                 "A log page holds from 1 to %1 entries; %2 "
                                                 "were asked for.")
                         .arg(LogStore::maxLimit)
                         .arg(query.limit));
}

Result<QSqlQuery> selectPage(Database &db, const LogTable &log, const LogQuery &query)
{
    if (Result<void> valid = checkLimit(query); !valid)
        return valid.error();
    Filter filter = makeFilter(log, query);
    filter.bindings << query.limit;
    return db.exec(QStringLiteral("SELECT %1 FROM %2%3 ORDER BY %4 DESC LIMIT ?")
                       .arg(log.columns, filter.from, filter.where, filter.orderKey),
                   filter.bindings);
}

Result<qint64> count(Database &db, const LogTable &log, const LogQuery &query)
{
    const Filter filter = makeFilter(log, query);
    Result<QVariant> value
        = scalar(db, QStringLiteral("SELECT COUNT(*) FROM %1%2").arg(filter.from, filter.where),
                 filter.bindings);
    if (!value)
        return value.error();
    return value->toLongLong();
}

QDateTime instantOf(const QVariant &value)
{
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

Result<qint64> purgeTable(Database &db, const QString &table, qint64 cutoffMs)
{
    const QString sql = QStringLiteral("DELETE FROM %1 WHERE id IN (SELECT id FROM %1"
                                       " WHERE instant_ms < ? LIMIT %2)")
                            .arg(table)
                            .arg(LogStore::purgeBatchRows);
    qint64 total = 0;
    for (;;) {
        qint64 deleted = 0;
        Result<void> batch = db.write([&]() -> Result<void> {
            Result<QSqlQuery> done = db.exec(sql, {cutoffMs});
            if (!done)
                return done.error();
            deleted = done->numRowsAffected();
            return {};
        });
        if (!batch)
            return batch.error();
        total += deleted;
        if (deleted < LogStore::purgeBatchRows)
            return total;
    }
}

} // namespace

Result<QList<ErrorLogEntry>> LogStore::errors(const LogQuery &query)
{
    Result<QSqlQuery> rows = selectPage(m_db, errorTable, query);
    if (!rows)
        return rows.error();
    QList<ErrorLogEntry> entries;
    entries.reserve(query.limit);
    while (rows->next()) {
        ErrorLogEntry entry;
        entry.id = rows->value(0).toLongLong();
        entry.instant = instantOf(rows->value(1));
        entry.module = rows->value(2).toString();
        entry.moduleVersion = rows->value(3).toInt();
        entry.operationId = rows->value(4).toLongLong();
        entry.operation = rows->value(5).toString();
        entry.step = rows->value(6).toString();
        entry.message = rows->value(7).toString();
        entry.detail = rows->value(8).toString();
        entry.server = rows->value(9).toString();
        entry.processId = rows->value(10).toLongLong();
        entry.thread = rows->value(11).toString();
        entry.platformVersion = rows->value(12).toString();
        entries << entry;
    }
    return entries;
}

Result<QList<GeneralLogEntry>> LogStore::generalLog(const LogQuery &query)
{
    Result<QSqlQuery> rows = selectPage(m_db, generalTable, query);
    if (!rows)
        return rows.error();
    QList<GeneralLogEntry> entries;
    entries.reserve(query.limit);
    while (rows->next()) {
        GeneralLogEntry entry;
        entry.id = rows->value(0).toLongLong();
        entry.instant = instantOf(rows->value(1));
        entry.operationId = rows->value(2).toLongLong();
        entry.operation = rows->value(3).toString();
        entry.user = rows->value(4).toString();
        entry.module = rows->value(5).toString();
        entry.event = rows->value(6).toString();
        entry.message = rows->value(7).toString();
        entry.server = rows->value(8).toString();
        entry.processId = rows->value(9).toLongLong();
        entries << entry;
    }
    return entries;
}

Result<qint64> LogStore::countErrors(const LogQuery &query)
{
    return count(m_db, errorTable, query);
}

Result<qint64> LogStore::countGeneralLog(const LogQuery &query)
{
    return count(m_db, generalTable, query);
}

Result<PurgeReport> LogStore::purgeOlderThan(const QDateTime &cutoff)
{
    if (!cutoff.isValid()) {
        return makeError(
            ErrorCode::BadInput,
            QCoreApplication::translate("LogStore", "The log purge needs a valid cut-off time."));
    }
    PurgeReport report;
    report.cutoff = cutoff.toUTC();
    const qint64 cutoffMs = cutoff.toMSecsSinceEpoch();
    Result<qint64> errors = purgeTable(m_db, errorTable.table, cutoffMs);
    if (!errors)
        return errors.error();
    report.errorsDeleted = *errors;
    Result<qint64> general = purgeTable(m_db, generalTable.table, cutoffMs);
    if (!general)
        return general.error();
    report.generalDeleted = *general;
    return report;
}

Result<int> LogStore::retentionWeeks()
{
    Result<QString> stored = m_db.meta(retentionKey);
    if (!stored)
        return stored.error();
    if (stored->isEmpty())
        return defaultRetentionWeeks;
    bool ok = false;
    const int weeks = stored->toInt(&ok);
    if (!ok || weeks < minRetentionWeeks || weeks > maxRetentionWeeks) {
        return makeError(ErrorCode::Environment,
                         QCoreApplication::translate("LogStore",
                                                     "The log retention stored in %1 is "
                                                     "unreadable ('%2'). Set it again.")
                             .arg(m_db.filePath(), *stored));
    }
    return weeks;
}

Result<void> LogStore::setRetentionWeeks(int weeks)
{
    if (weeks < minRetentionWeeks || weeks > maxRetentionWeeks) {
        return makeError(ErrorCode::BadInput,
                         QCoreApplication::translate("LogStore",
                                                     "The log retention must be from %1 to %2 "
                                                     "weeks; %3 is not allowed.")
                             .arg(minRetentionWeeks)
                             .arg(maxRetentionWeeks)
                             .arg(weeks));
    }
    return m_db.write([&] { return m_db.setMeta(retentionKey, QString::number(weeks)); });
}

Result<PurgeReport> LogStore::applyRetention()
{
    return applyRetention(QDateTime::currentDateTimeUtc());
}

Result<PurgeReport> LogStore::applyRetention(const QDateTime &now)
{
    Result<int> weeks = retentionWeeks();
    if (!weeks)
        return weeks.error();
    return purgeOlderThan(now.addDays(-qint64(*weeks) * 7));
}

} // namespace osc
