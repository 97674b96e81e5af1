#include "executionstore.h"

#include "logs/logbatches.h"

#include "storage/database.h"
#include "storage/timestamps.h"

#include <QCoreApplication>
#include <QSet>

namespace osc {

static QDateTime fromMsOrInvalid(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) : QDateTime();
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
    for (const NewModule &module : modules) {
        if (Result<Database::Outcome> row = m_db.execKept(
                QStringLiteral("INSERT INTO execution_modules (execution_id, module, version_id, "
                               "version, state, compilation_id) VALUES (?, ?, ?, ?, 'pending', ?)"),
                {id, module.module, module.versionId, module.version, module.compilationId});
            !row)
            return row.error();
    }
    return id;
}

Result<void> ExecutionStore::attachInTransaction(qint64 executionId, qint64 operationId,
                                                 int workers)
{
    for (const auto &[sql, bindings] :
         {std::pair{QStringLiteral("UPDATE executions SET status = 'running', hold_requested = 0, "
                                   "operation_id = ?, workers = ?, running = 0 WHERE id = ?"),
                    QVariantList{operationId, workers, executionId}},
          std::pair{QStringLiteral("UPDATE execution_modules SET state = 'pending', worker = '', "
                                   "started_ms = 0 WHERE execution_id = ? AND state = 'running'"),
                    QVariantList{executionId}}}) {
        if (Result<QSqlQuery> done = m_db.exec(sql, bindings); !done)
            return done.error();
    }
    return {};
}

Result<void> ExecutionStore::updateModulesInTransaction(qint64 executionId, qint64 operationId,
                                                        const QList<ModuleUpdate> &updates)
{
    for (const ModuleUpdate &update : updates) {
        if (Result<Database::Outcome> done = m_db.execKept(
                QStringLiteral("UPDATE execution_modules SET state = ?, reason = ?, blocked_by = "
                               "?, worker = ?, started_ms = ?, ended_ms = ?, compilation_id = ?, "
                               "sequence = ?, operation_id = ? WHERE execution_id = ? AND module "
                               "= ?"),
                {moduleRunStateKey(update.state), update.reason, update.blockedBy, update.worker,
                 update.startedMs, update.endedMs, update.compilationId, update.sequence,
                 operationId, executionId, update.module});
            !done)
            return done.error();
    }
    return {};
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

static const QString moduleColumns = QStringLiteral(
    "SELECT module, version, state, reason, blocked_by, worker, started_ms, ended_ms, "
    "compilation_id, sequence FROM execution_modules WHERE execution_id = ?");

static ExecutionStore::ModuleUpdate readUpdate(const QSqlQuery &query)
{
    ExecutionStore::ModuleUpdate update;
    update.module = query.value(0).toString();
    update.state
        = moduleRunStateFromKey(query.value(2).toString()).value_or(ModuleRunState::Pending);
    update.reason = query.value(3).toString();
    update.blockedBy = query.value(4).toString();
    update.worker = query.value(5).toString();
    update.startedMs = query.value(6).toLongLong();
    update.endedMs = query.value(7).toLongLong();
    update.compilationId = query.value(8).toLongLong();
    update.sequence = query.value(9).toLongLong();
    return update;
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
    // A failed module's Error Log entry: the one the operation that recorded it wrote,
    // the newest one. Entries still in batches are newer than every row: the rows and
    // the batches are read in one snapshot, the batches only for the failed modules.
    ReadSnapshot snapshot(m_db);
    if (snapshot.error())
        return *snapshot.error();
    QHash<std::pair<qint64, QString>, qsizetype> failedAt; // (operation, module) -> index
    Result<QSqlQuery> query = m_db.exec(
        QStringLiteral(
            "SELECT em.module, em.version, em.state, em.reason, em.blocked_by, em.worker, "
            "em.started_ms, em.ended_ms, em.compilation_id, em.sequence, CASE WHEN em.state = "
            "'failed' AND em.operation_id <> 0 THEN (SELECT MAX(e.id) FROM error_log e WHERE "
            "e.operation_id = em.operation_id AND e.module = em.module) END, em.operation_id FROM "
            "execution_modules em WHERE em.execution_id = ? ORDER BY em.module"),
        {executionId});
    if (!query)
        return query.error();
    while (query->next()) {
        const ModuleUpdate update = readUpdate(*query);
        ExecutionModuleResult result;
        result.module = update.module;
        result.version = query->value(1).toInt();
        result.state = update.state;
        result.reason = update.reason;
        result.blockedBy = update.blockedBy;
        result.worker = update.worker;
        result.startedAt = fromMsOrInvalid(update.startedMs);
        result.endedAt = fromMsOrInvalid(update.endedMs);
        result.durationMs
            = update.endedMs > 0 && update.startedMs > 0 ? update.endedMs - update.startedMs : 0;
        result.compilationId = update.compilationId;
        result.errorId = query->value(10).toLongLong();
        if (result.state == ModuleRunState::Failed && query->value(11).toLongLong() != 0)
            failedAt.insert({query->value(11).toLongLong(), result.module}, detail.modules.size());
        detail.modules << result;
    }
    if (!failedAt.isEmpty()) {
        QSet<qsizetype> found;
        Result<void> read = LogBatches(m_db).visitErrors(0, 0, [&](ErrorLogEntry &entry) {
            const auto at = failedAt.constFind({entry.operationId, entry.module});
            if (at != failedAt.cend() && !found.contains(*at)) { // newest first: the first wins
                detail.modules[*at].errorId = entry.id;
                found.insert(*at);
            }
            return found.size() < failedAt.size();
        });
        if (!read)
            return read.error();
    }
    Result<QSqlQuery> references = m_db.exec(
        QStringLiteral("SELECT em.module, vp.producer_name FROM execution_modules em JOIN "
                       "version_producers vp ON vp.version_id = em.version_id WHERE "
                       "em.execution_id = ? ORDER BY em.module, vp.producer_name"),
        {executionId});
    if (!references)
        return references.error();
    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < detail.modules.size(); ++i)
        index.insert(detail.modules.at(i).module, i);
    while (references->next()) {
        if (const auto it = index.constFind(references->value(0).toString()); it != index.cend())
            detail.modules[*it].producers << references->value(1).toString();
    }
    return detail;
}

Result<ExecutionStore::Finished> ExecutionStore::finished(qint64 executionId)
{
    Result<QSqlQuery> query = m_db.exec(
        moduleColumns
            + QStringLiteral(" AND state IN ('succeeded', 'failed', 'skipped') ORDER BY sequence"),
        {executionId});
    if (!query)
        return query.error();
    Finished finished;
    while (query->next()) {
        const ModuleUpdate update = readUpdate(*query);
        if (update.state == ModuleRunState::Succeeded)
            finished.succeeded.insert(update.module, update.compilationId);
        else
            finished.failures.insert(update.module, update);
        if (update.state == ModuleRunState::Failed)
            finished.failed << update.module;
    }
    return finished;
}

} // namespace osc
