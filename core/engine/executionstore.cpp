#include "executionstore.h"

#include "engine/executionmodulebatch.h"
#include "logs/logbatches.h"

#include "storage/database.h"
#include "storage/timestamps.h"

#include <QCoreApplication>
#include <QDebug>
#include <QSet>

namespace osc {

static QDateTime fromMsOrInvalid(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) : QDateTime();
}

// One batch of packed module records (executionmodulebatch.h), numbered after the
// execution's last.
static Result<void> appendBatch(Database &db, qint64 executionId, const QByteArray &packed)
{
    Result<Database::Outcome> appended = db.execKept(
        QStringLiteral("INSERT INTO execution_module_batches (execution_id, number, entries) "
                       "VALUES (?, (SELECT COALESCE(MAX(number), 0) + 1 FROM "
                       "execution_module_batches WHERE execution_id = ?), ?)"),
        {executionId, executionId, packed});
    if (!appended)
        return appended.error();
    return {};
}

Result<qint64> ExecutionStore::createInTransaction(ExecutionKind kind,
                                                   const PlatformVersion &platform,
                                                   const QString &startedBy, int workers,
                                                   qint64 previousId, qint64 operationId,
                                                   const QList<NewModule> &modules)
{
    Result<QSqlQuery> inserted = m_db.exec(
        QStringLiteral("INSERT INTO executions (kind, platform_version, started_by, started_at, "
                       "status, total, workers, previous_id, operation_id) VALUES (?, ?, ?, ?, "
                       "'running', ?, ?, ?, ?) RETURNING id"),
        {executionKindKey(kind), platform.toString(), startedBy, storedNow(), int(modules.size()),
         workers, previousId, operationId});
    if (!inserted)
        return inserted.error();
    inserted->next();
    const qint64 id = inserted->value(0).toLongLong();
    if (!modules.isEmpty()) {
        if (Result<void> planned = appendBatch(m_db, id, packPlannedModules(modules)); !planned)
            return planned.error();
    }
    return id;
}

Result<void> ExecutionStore::appendModulesInTransaction(qint64 executionId,
                                                        const QList<ModuleRecord> &records)
{
    if (records.isEmpty())
        return {};
    return appendBatch(m_db, executionId, packModuleRecords(records));
}

Result<void> ExecutionStore::attachInTransaction(qint64 executionId, qint64 operationId,
                                                 int workers)
{
    Result<QSqlQuery> attached
        = m_db.exec(QStringLiteral("UPDATE executions SET status = 'running', hold_requested = 0, "
                                   "operation_id = ?, workers = ?, running = 0 WHERE id = ?"),
                    {operationId, workers, executionId});
    if (!attached)
        return attached.error();
    Result<QList<ModuleRecord>> records = modules(executionId);
    if (!records)
        return records.error();
    QList<ModuleRecord> pendingAgain;
    for (ModuleRecord record : std::as_const(*records)) {
        if (record.update.state != ModuleRunState::Running)
            continue;
        record.update.state = ModuleRunState::Pending;
        record.update.worker.clear();
        record.update.startedMs = 0;
        record.versionId = 0;
        record.version = 0;
        pendingAgain << record;
    }
    return appendModulesInTransaction(executionId, pendingAgain);
}

Result<void> ExecutionStore::updateModulesInTransaction(qint64 executionId, qint64 operationId,
                                                        const QList<ModuleUpdate> &updates)
{
    if (updates.isEmpty())
        return {};
    // A run whose lease expired, and whose execution another process then resumed, must
    // not add its results to the records of the run now going on.
    Result<Database::Outcome> owner = m_db.execKept(
        QStringLiteral("SELECT operation_id FROM executions WHERE id = ?"), {executionId});
    if (!owner)
        return owner.error();
    if (!owner->firstValue.isValid() || owner->firstValue.isNull())
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("ExecutionStore",
                                                     "Execution %1 does not exist: it was deleted "
                                                     "while it ran. Its module results were not "
                                                     "recorded.")
                             .arg(executionId));
    if (owner->firstValue.toLongLong() != operationId)
        return makeError(
            ErrorCode::Locked,
            QCoreApplication::translate(
                "ExecutionStore",
                "Execution %1 is no longer run by this operation: its lease expired while this "
                "process was not responding, and another process resumed the execution. The "
                "results of %n module(s) were not recorded; the other process runs them "
                "again.",
                nullptr, int(updates.size()))
                .arg(executionId),
            QStringLiteral("execution %1, operation %2, now run by operation %3")
                .arg(executionId)
                .arg(operationId)
                .arg(owner->firstValue.toLongLong()));
    QList<ModuleRecord> records;
    records.reserve(updates.size());
    for (const ModuleUpdate &update : updates)
        records << ModuleRecord{update, 0, 0, operationId};
    return appendModulesInTransaction(executionId, records);
}

Result<void> ExecutionStore::updateCountsInTransaction(qint64 executionId, qint64 operationId,
                                                       const ExecutionCounts &counts,
                                                       const QStringList &cycles)
{
    Result<Database::Outcome> done = m_db.execKept(
        QStringLiteral("UPDATE executions SET total = ?, succeeded = ?, failed = ?, skipped = ?, "
                       "running = ?, cycles = ? WHERE id = ? AND operation_id = ?"),
        {counts.total, counts.succeeded, counts.failed, counts.skipped, counts.running,
         cycles.join(u'\n'), executionId, operationId});
    if (!done)
        return done.error();
    return {};
}

Result<void> ExecutionStore::endInTransaction(qint64 executionId, qint64 operationId,
                                              ExecutionStatus status, const QString &message,
                                              const QString &detail)
{
    Result<QSqlQuery> done = m_db.exec(
        QStringLiteral("UPDATE executions SET status = ?, message = ?, detail = ?, ended_at = ?, "
                       "running = 0, hold_requested = 0 WHERE id = ? AND operation_id = ?"),
        {executionStatusKey(status), message, detail,
         status == ExecutionStatus::OnHold ? QString() : storedNow(), executionId, operationId});
    if (!done)
        return done.error();
    return {};
}

Result<bool> ExecutionStore::holdRequested(qint64 executionId)
{
    Result<Database::Outcome> flag = m_db.execKept(
        QStringLiteral("SELECT hold_requested FROM executions WHERE id = ?"), {executionId});
    if (!flag)
        return flag.error();
    return flag->firstValue.toInt() != 0;
}

Result<ExecutionSummary> ExecutionStore::requestHold(ExecutionKind kind)
{
    qint64 id = 0;
    Result<void> written = m_db.write([&]() -> Result<void> {
        Result<QSqlQuery> running = m_db.exec(
            QStringLiteral("SELECT e.id, COALESCE(o.status, '') FROM executions e LEFT JOIN "
                           "operations o ON o.id = e.operation_id WHERE e.kind = ? AND e.status = "
                           "'running' ORDER BY e.id DESC LIMIT 1"),
            {executionKindKey(kind)});
        if (!running)
            return running.error();
        if (!running->next()) {
            return makeError(ErrorCode::NotFound,
                             kind == ExecutionKind::Preparation
                                 ? QCoreApplication::translate(
                                     "ExecutionStore",
                                     "No modules preparation is running: there is nothing to "
                                     "put on hold.")
                                 : QCoreApplication::translate(
                                     "ExecutionStore",
                                     "No modules deployment is running: there is nothing to "
                                     "put on hold."));
        }
        id = running->value(0).toLongLong();
        const bool holderAlive = running->value(1).toString() == QLatin1String("running");
        // A run whose process died holds at once; a live one holds after its running
        // modules finish.
        Result<QSqlQuery> marked = m_db.exec(
            holderAlive ? QStringLiteral("UPDATE executions SET hold_requested = 1 WHERE id = ?")
                        : QStringLiteral("UPDATE executions SET status = 'on-hold', running = 0 "
                                         "WHERE id = ?"),
            {id});
        if (!marked)
            return marked.error();
        return {};
    });
    if (!written)
        return written.error();
    Result<std::optional<ExecutionSummary>> summary = find(id);
    if (!summary)
        return summary.error();
    return **summary;
}

Result<bool> ExecutionStore::withdrawHold(qint64 executionId)
{
    bool withdrawn = false;
    Result<void> written = m_db.write([&]() -> Result<void> {
        Result<QSqlQuery> done = m_db.exec(
            QStringLiteral("UPDATE executions SET hold_requested = 0 WHERE id = ? AND status = "
                           "'running' AND hold_requested = 1"),
            {executionId});
        if (!done)
            return done.error();
        withdrawn = done->numRowsAffected() == 1;
        return {};
    });
    if (!written)
        return written.error();
    return withdrawn;
}

static const QString summaryColumns = QStringLiteral(
    "SELECT e.id, e.kind, e.platform_version, e.started_by, e.started_at, e.ended_at, e.status, "
    "e.total, e.succeeded, e.failed, e.skipped, e.running, e.workers, e.hold_requested, "
    "e.previous_id, e.message, e.cycles, COALESCE(o.holder_pid, 0), COALESCE(o.holder_host, ''), "
    "e.detail "
    "FROM executions e LEFT JOIN operations o ON o.id = e.operation_id AND o.status = 'running'");

Result<QList<ExecutionSummary>> ExecutionStore::select(const QString &where,
                                                       const QVariantList &bindings)
{
    Result<QSqlQuery> query = m_db.exec(
        summaryColumns + u' ' + where + QStringLiteral(" ORDER BY e.id DESC"), bindings);
    if (!query)
        return query.error();
    QList<ExecutionSummary> summaries;
    while (query->next()) {
        ExecutionSummary summary;
        summary.id = query->value(0).toLongLong();
        summary.kind
            = executionKindFromKey(query->value(1).toString()).value_or(ExecutionKind::Preparation);
        summary.platformVersion
            = PlatformVersion::parse(query->value(2).toString()).value_or(PlatformVersion{});
        summary.startedBy = query->value(3).toString();
        summary.startedAt = fromStoredTime(query->value(4).toString());
        summary.endedAt = fromStoredTime(query->value(5).toString());
        summary.status = executionStatusFromKey(query->value(6).toString())
                             .value_or(ExecutionStatus::Interrupted);
        summary.counts.total = query->value(7).toInt();
        summary.counts.succeeded = query->value(8).toInt();
        summary.counts.failed = query->value(9).toInt();
        summary.counts.skipped = query->value(10).toInt();
        summary.counts.running = query->value(11).toInt();
        summary.counts.pending = summary.counts.total - summary.counts.succeeded
            - summary.counts.failed - summary.counts.skipped;
        summary.workers = query->value(12).toInt();
        summary.holdRequested = query->value(13).toInt() != 0;
        summary.previousId = query->value(14).toLongLong();
        summary.message = query->value(15).toString();
        summary.cycles = query->value(16).toString().split(u'\n', Qt::SkipEmptyParts);
        summary.holderPid = query->value(17).toLongLong();
        summary.holderHost = query->value(18).toString();
        summary.detail = query->value(19).toString();
        summaries << summary;
    }
    return summaries;
}

Result<QList<ExecutionSummary>> ExecutionStore::list(std::optional<ExecutionKind> kind)
{
    if (kind)
        return select(QStringLiteral("WHERE e.kind = ?"), {executionKindKey(*kind)});
    return select(QString(), {});
}

Result<std::optional<ExecutionSummary>> ExecutionStore::find(qint64 executionId)
{
    Result<QList<ExecutionSummary>> found = select(QStringLiteral("WHERE e.id = ?"), {executionId});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<ExecutionSummary>();
    return std::optional<ExecutionSummary>(found->constFirst());
}

Result<std::optional<ExecutionSummary>> ExecutionStore::latest(ExecutionKind kind,
                                                               const PlatformVersion &platform)
{
    Result<QList<ExecutionSummary>> found
        = select(QStringLiteral("WHERE e.id = (SELECT MAX(id) FROM executions WHERE kind = ? AND "
                                "platform_version = ?)"),
                 {executionKindKey(kind), platform.toString()});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<ExecutionSummary>();
    return std::optional<ExecutionSummary>(found->constFirst());
}

Result<std::optional<ExecutionStore::Unfinished>>
ExecutionStore::unfinished(ExecutionKind kind, const PlatformVersion &platform)
{
    Result<QSqlQuery> query = m_db.exec(
        QStringLiteral("SELECT e.id, e.operation_id, COALESCE(o.status, ''), "
                       "COALESCE(o.lease_expires_ms, 0) FROM executions e LEFT JOIN operations o "
                       "ON o.id = e.operation_id WHERE e.kind = ? AND e.platform_version = ? AND "
                       "e.status IN ('running', 'on-hold') ORDER BY e.id DESC LIMIT 1"),
        {executionKindKey(kind), platform.toString()});
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<Unfinished>();
    Unfinished unfinished;
    unfinished.operationId = query->value(1).toLongLong();
    unfinished.holderRunning = query->value(2).toString() == QLatin1String("running");
    unfinished.leaseExpiresMs = query->value(3).toLongLong();
    Result<std::optional<ExecutionSummary>> summary = find(query->value(0).toLongLong());
    if (!summary)
        return summary.error();
    unfinished.summary = **summary;
    return std::optional<Unfinished>(unfinished);
}

Result<QList<ExecutionStore::ModuleRecord>> ExecutionStore::modules(qint64 executionId)
{
    return readModules(executionId, nullptr);
}

Result<QList<ExecutionStore::ModuleRecord>>
ExecutionStore::readModules(qint64 executionId, QList<Error> *damagedBatches)
{
    QList<ModuleRecord> records;
    QHash<QString, qsizetype> indexOf;
    auto record = [&](const ModuleRecord &next) {
        const auto it = indexOf.constFind(next.update.module);
        if (it == indexOf.cend()) {
            indexOf.insert(next.update.module, records.size());
            records << next;
            return;
        }
        ModuleRecord &known = records[*it];
        const qint64 versionId = known.versionId;
        const int version = known.version;
        known = next;
        if (next.versionId == 0) {
            known.versionId = versionId;
            known.version = version;
        }
    };
    // Executions recorded before schema 8: a row a module (later batches update them).
    Result<QSqlQuery> rows = m_db.exec(
        QStringLiteral("SELECT module, version_id, version, state, reason, blocked_by, worker, "
                       "started_ms, ended_ms, compilation_id, sequence, operation_id FROM "
                       "execution_modules WHERE execution_id = ?"),
        {executionId});
    if (!rows)
        return rows.error();
    while (rows->next()) {
        ModuleRecord row;
        ModuleUpdate &u = row.update;
        u.module = rows->value(0).toString();
        row.versionId = rows->value(1).toLongLong();
        row.version = rows->value(2).toInt();
        u.state
            = moduleRunStateFromKey(rows->value(3).toString()).value_or(ModuleRunState::Pending);
        u.reason = rows->value(4).toString();
        u.blockedBy = rows->value(5).toString();
        u.worker = rows->value(6).toString();
        u.startedMs = rows->value(7).toLongLong();
        u.endedMs = rows->value(8).toLongLong();
        u.compilationId = rows->value(9).toLongLong();
        u.sequence = rows->value(10).toLongLong();
        row.operationId = rows->value(11).toLongLong();
        record(row);
    }
    Result<QSqlQuery> batches = m_db.exec(
        QStringLiteral("SELECT number, entries FROM execution_module_batches WHERE execution_id = "
                       "? ORDER BY number"),
        {executionId});
    if (!batches)
        return batches.error();
    while (batches->next()) {
        const std::optional<QList<ModuleRecord>> batch
            = unpackModuleRecords(batches->value(1).toByteArray());
        if (!batch) {
            Error damaged = makeError(
                ErrorCode::Environment,
                QCoreApplication::translate(
                    "ExecutionStore",
                    "The module results of execution %1 (batch %2 in table "
                    "execution_module_batches of %3) are damaged and cannot be read. Restore "
                    "the database from a backup.")
                    .arg(executionId)
                    .arg(batches->value(0).toLongLong())
                    .arg(m_db.filePath()));
            if (!damagedBatches)
                return damaged;
            *damagedBatches << damaged;
            continue;
        }
        for (const ModuleRecord &next : *batch)
            record(next);
    }
    std::sort(records.begin(), records.end(), [](const ModuleRecord &a, const ModuleRecord &b) {
        return a.update.module < b.update.module;
    });
    return records;
}

// The newest Error Log entry each (operation, module) has among `wanted`: the entry
// the operation that recorded a module's failure wrote for it. Entries still in
// batches are newer than every row: the rows and the batches are read in one snapshot.
static Result<QHash<std::pair<qint64, QString>, qint64>>
newestErrors(Database &db, const QSet<std::pair<qint64, QString>> &wanted)
{
    QHash<std::pair<qint64, QString>, qint64> newest;
    if (wanted.isEmpty())
        return newest;
    ReadSnapshot snapshot(db);
    if (snapshot.error())
        return *snapshot.error();
    Result<void> read = LogBatches(db).visitErrors(0, 0, [&](ErrorLogEntry &entry) {
        const std::pair<qint64, QString> key{entry.operationId, entry.module};
        if (wanted.contains(key) && !newest.contains(key)) // newest first: the first wins
            newest.insert(key, entry.id);
        return newest.size() < wanted.size();
    });
    if (!read)
        return read.error();
    QSet<qint64> operations;
    for (const auto &[operation, module] : wanted)
        operations.insert(operation);
    for (qint64 operation : std::as_const(operations)) {
        Result<QSqlQuery> rows = db.exec(
            QStringLiteral("SELECT module, MAX(id) FROM error_log WHERE operation_id = ? GROUP BY "
                           "module"),
            {operation});
        if (!rows)
            return rows.error();
        while (rows->next()) {
            const std::pair<qint64, QString> key{operation, rows->value(0).toString()};
            if (wanted.contains(key) && !newest.contains(key))
                newest.insert(key, rows->value(1).toLongLong());
        }
    }
    return newest;
}

Result<ExecutionDetail> ExecutionStore::detail(qint64 executionId)
{
    Result<std::optional<ExecutionSummary>> summary = find(executionId);
    if (!summary)
        return summary.error();
    if (!summary->has_value()) {
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("ExecutionStore",
                                                     "There is no execution %1. 'scctl upgrades' "
                                                     "lists them.")
                             .arg(executionId));
    }
    ExecutionDetail detail;
    detail.summary = **summary;
    Result<QList<ModuleRecord>> records = modules(executionId);
    if (!records)
        return records.error();
    QSet<std::pair<qint64, QString>> failed; // (operation, module)
    for (const ModuleRecord &record : std::as_const(*records)) {
        const ModuleUpdate &update = record.update;
        ExecutionModuleResult result;
        result.module = update.module;
        result.version = record.version;
        result.state = update.state;
        result.reason = update.reason;
        result.blockedBy = update.blockedBy;
        result.worker = update.worker;
        result.startedAt = fromMsOrInvalid(update.startedMs);
        result.endedAt = fromMsOrInvalid(update.endedMs);
        result.durationMs
            = update.endedMs > 0 && update.startedMs > 0 ? update.endedMs - update.startedMs : 0;
        result.compilationId = update.compilationId;
        if (result.state == ModuleRunState::Failed && record.operationId != 0)
            failed.insert({record.operationId, result.module});
        detail.modules << result;
    }
    Result<QHash<std::pair<qint64, QString>, qint64>> errors = newestErrors(m_db, failed);
    if (!errors)
        return errors.error();
    for (qsizetype i = 0; i < detail.modules.size(); ++i) {
        detail.modules[i].errorId
            = errors->value({records->at(i).operationId, detail.modules.at(i).module});
    }
    // Each module's producers, by the version it has in the execution: by the
    // versions' key, a chunk of versions a statement.
    QHash<qint64, QList<qsizetype>> byVersion;
    for (qsizetype i = 0; i < records->size(); ++i)
        byVersion[records->at(i).versionId] << i;
    const QList<qint64> versions = byVersion.keys();
    constexpr qsizetype chunkSize = 500;
    for (qsizetype start = 0; start < versions.size(); start += chunkSize) {
        const QList<qint64> chunk = versions.mid(start, chunkSize);
        QVariantList bindings;
        for (qint64 version : chunk)
            bindings << version;
        Result<QSqlQuery> references = m_db.exec(
            QStringLiteral("SELECT version_id, producer_name FROM version_producers WHERE "
                           "version_id IN (%1) ORDER BY version_id, producer_name")
                .arg(placeholders(chunk.size())),
            bindings);
        if (!references)
            return references.error();
        while (references->next()) {
            for (qsizetype i : byVersion.value(references->value(0).toLongLong()))
                detail.modules[i].producers << references->value(1).toString();
        }
    }
    return detail;
}

Result<ExecutionStore::Finished> ExecutionStore::finished(qint64 executionId)
{
    Result<QList<ModuleRecord>> records = modules(executionId);
    if (!records)
        return records.error();
    Finished finished;
    QList<ModuleUpdate> ended;
    for (const ModuleRecord &record : std::as_const(*records)) {
        finished.lastSequence = std::max(finished.lastSequence, record.update.sequence);
        const ModuleRunState state = record.update.state;
        if (state == ModuleRunState::Succeeded || state == ModuleRunState::Failed
            || state == ModuleRunState::Skipped)
            ended << record.update;
    }
    std::stable_sort(ended.begin(), ended.end(), [](const ModuleUpdate &a, const ModuleUpdate &b) {
        return a.sequence < b.sequence;
    });
    for (const ModuleUpdate &update : std::as_const(ended)) {
        if (update.state == ModuleRunState::Succeeded)
            finished.succeeded.insert(update.module, update.compilationId);
        else
            finished.failures.insert(update.module, update);
        if (update.state == ModuleRunState::Failed)
            finished.failed << update.module;
    }
    return finished;
}

Result<QHash<QString, ExecutionStore::PreparationMark>>
ExecutionStore::latestPreparationMarks(const PlatformVersion &platform, const QString &module)
{
    Result<QSqlQuery> executions = m_db.exec(
        QStringLiteral("SELECT id, status FROM executions WHERE kind = ? AND platform_version = "
                       "? ORDER BY id DESC"),
        {executionKindKey(ExecutionKind::Preparation), platform.toString()});
    if (!executions)
        return executions.error();
    QList<std::pair<qint64, bool>> newestFirst; // id, still going (running or on hold)
    while (executions->next()) {
        const std::optional<ExecutionStatus> status
            = executionStatusFromKey(executions->value(1).toString());
        newestFirst << std::pair{executions->value(0).toLongLong(), status && !isEnded(*status)};
    }
    QHash<QString, PreparationMark> marks;
    for (const auto &[id, going] : std::as_const(newestFirst)) {
        QList<Error> damaged; // the records of the batches that can be read still count
        Result<QList<ModuleRecord>> records = readModules(id, &damaged);
        if (!records)
            return records.error();
        for (const Error &error : std::as_const(damaged))
            qWarning().noquote() << error.fullText();
        for (const ModuleRecord &record : std::as_const(*records)) {
            if (marks.contains(record.update.module)
                || (!module.isNull() && record.update.module != module))
                continue;
            PreparationMark mark;
            const ModuleRunState state = record.update.state;
            if (going || (state != ModuleRunState::Pending && state != ModuleRunState::Running))
                mark.state = state;
            mark.blockedBy = record.update.blockedBy;
            marks.insert(record.update.module, mark);
        }
        if (!module.isNull() && !marks.isEmpty())
            break;
    }
    return marks;
}

} // namespace osc
