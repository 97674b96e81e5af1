#include "environmenthealth.h"

#include "domain/messages.h"
#include "engine/executionstore.h"
#include "environment/datafolder.h"
#include "operations/holderprobe.h"
#include "storage/database.h"
#include "storage/timestamps.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>

#include <algorithm>

namespace osc {

QString workerActivityKey(WorkerActivity activity)
{
    switch (activity) {
    case WorkerActivity::Busy:
        return QStringLiteral("busy");
    case WorkerActivity::Idle:
        return QStringLiteral("idle");
    case WorkerActivity::Holding:
        return QStringLiteral("holding");
    case WorkerActivity::OnHold:
        return QStringLiteral("on-hold");
    case WorkerActivity::Stopped:
        return QStringLiteral("stopped");
    }
    return QStringLiteral("idle");
}

int EnvironmentHealth::staleLockCount() const
{
    return int(std::count_if(locks.cbegin(), locks.cend(),
                             [](const LockHealth &health) { return health.lease.isStale(); }));
}

GeneralLogEntry releaseLogEntry(const LockRelease &release, const QString &module,
                                const QString &user)
{
    const InterruptedOperation &operation = release.operation;
    const QString released = heldModulesText(release.releasedModules, operation.wholeFactory);
    GeneralLogEntry entry;
    entry.operationId = operation.operationId;
    entry.operation = operationKey(operation.kind);
    entry.user = user;
    entry.module = module;
    entry.event = QStringLiteral("released");
    entry.message
        = QCoreApplication::translate(
              "EnvironmentHealth",
              "%1 released the lock on '%2' module by hand (lease %3): the %4 started by %5 at "
              "%6 (process %7 on %8) was interrupted, its locks on %9 released, and fencing "
              "token %10 refuses its later writes.")
              .arg(user, module, leaseStateKey(release.lease.state), operationName(operation.kind),
                   operation.user, messages::formatTime(operation.startedAt))
              .arg(operation.holderPid)
              .arg(operation.holderHost, released)
              .arg(release.fence);
    return entry;
}

Result<EnvironmentHealth> HealthReader::read(const HealthOptions &options)
{
    EnvironmentHealth health;
    health.readAt = QDateTime::currentDateTimeUtc();
    health.lease = m_locks.lease();
    Result<QList<EngineStep>> steps = engineSteps(health.readAt);
    if (!steps)
        return steps.error();
    health.steps = std::move(steps.value());
    Result<QList<LockHealth>> held = locks(health.readAt);
    if (!held)
        return held.error();
    health.locks = std::move(held.value());
    health.scannedFolders = scannedFolders();
    if (options.scanFiles) {
        QElapsedTimer scan;
        scan.start();
        health.lockedFiles = findLockedFiles(health.scannedFolders, options.fileScope);
        health.filesScanned = true;
        health.fileScanMs = scan.elapsed();
    }
    return health;
}

QStringList HealthReader::scannedFolders() const
{
    return {m_folder.root() + QStringLiteral("/compilations"),
            m_folder.root() + QStringLiteral("/deployments")};
}

Result<QList<LockHealth>> HealthReader::locks(const QDateTime &now)
{
    Result<QList<ModuleLock>> held = m_locks.locks();
    if (!held)
        return held.error();
    QList<LockHealth> locks;
    locks.reserve(held->size());
    // A whole factory locked by one operation: its process is looked up once.
    QHash<QString, bool> gone;
    for (const ModuleLock &lock : std::as_const(*held)) {
        const QString holder = QString::number(lock.holderPid) + u'@' + lock.holderHost;
        auto known = gone.find(holder);
        if (known == gone.end())
            known = gone.insert(holder, holderIsGone(lock.holderPid, lock.holderHost));
        locks << LockHealth{lock, assessLease(lock, m_locks.lease(), now, *known)};
    }
    return locks;
}

Result<QList<EngineStep>> HealthReader::engineSteps(const QDateTime &now)
{
    Result<QSqlQuery> query = m_db.exec(QStringLiteral(
        "SELECT e.id, e.operation_id, COALESCE(o.status, ''), COALESCE(o.holder_pid, 0), "
        "COALESCE(o.holder_host, ''), COALESCE(o.lease_expires_ms, 0), "
        "COALESCE(o.started_at, ''), COALESCE(o.kind, ''), COALESCE(o.started_by, '') "
        "FROM executions e LEFT JOIN operations o ON o.id = e.operation_id "
        "WHERE e.status IN ('running', 'on-hold') ORDER BY e.id DESC"));
    if (!query)
        return query.error();
    struct Row
    {
        qint64 executionId = 0;
        ModuleLock operation; // the step's operation, as a lock reads it (no module)
        bool running = false;
    };
    QList<Row> rows;
    while (query->next()) {
        Row row;
        row.executionId = query->value(0).toLongLong();
        row.operation.operationId = query->value(1).toLongLong();
        row.running = query->value(2).toString() == QLatin1String("running");
        row.operation.holderPid = query->value(3).toLongLong();
        row.operation.holderHost = query->value(4).toString();
        row.operation.leaseExpiresAt
            = QDateTime::fromMSecsSinceEpoch(query->value(5).toLongLong(), Qt::UTC);
        row.operation.startedAt = fromStoredTime(query->value(6).toString());
        row.operation.acquiredAt = row.operation.startedAt;
        row.operation.kind
            = operationFromKey(query->value(7).toString()).value_or(OperationKind::ModulesUpgrade);
        row.operation.user = query->value(8).toString();
        rows << row;
    }
    query->finish();

    ExecutionStore store(m_db);
    QList<EngineStep> steps;
    for (const Row &row : std::as_const(rows)) {
        Result<std::optional<ExecutionSummary>> summary = store.find(row.executionId);
        if (!summary)
            return summary.error();
        if (!summary->has_value())
            continue; // ended between the two reads
        EngineStep step;
        step.execution = **summary;
        step.operationId = row.operation.operationId;
        step.processRunning = row.running;
        step.holderPid = row.operation.holderPid;
        step.holderHost = row.operation.holderHost;
        step.leaseExpiresAt = row.operation.leaseExpiresAt;
        if (row.running)
            step.lease = assessLease(row.operation, m_locks.lease(), now);

        Result<QList<ExecutionStore::ModuleRecord>> records = store.modules(row.executionId);
        if (!records)
            return records.error();
        QList<ExecutionStore::ModuleUpdate> running;
        for (const ExecutionStore::ModuleRecord &record : std::as_const(*records))
            if (record.update.state == ModuleRunState::Running)
                running << record.update;
        std::stable_sort(running.begin(), running.end(), [](const auto &a, const auto &b) {
            return a.startedMs < b.startedMs; // then by module, as read
        });
        QList<EngineWorker> busy;
        for (const ExecutionStore::ModuleUpdate &update : std::as_const(running)) {
            EngineWorker worker;
            worker.module = update.module;
            if (update.startedMs > 0)
                worker.since = QDateTime::fromMSecsSinceEpoch(update.startedMs, Qt::UTC);
            busy << worker;
        }

        const bool onHold = step.execution.status == ExecutionStatus::OnHold;
        const bool stopped = !onHold && (!row.running || step.lease.isStale());
        WorkerActivity busyActivity = WorkerActivity::Busy;
        WorkerActivity idleActivity = WorkerActivity::Idle;
        if (onHold) {
            busyActivity = idleActivity = WorkerActivity::OnHold;
        } else if (stopped) {
            busyActivity = idleActivity = WorkerActivity::Stopped;
        } else if (step.execution.holdRequested) {
            idleActivity = WorkerActivity::Holding;
        }
        // A cycle's modules run as one job: more running modules than workers is
        // possible, and each is shown.
        const int slotCount = std::max(step.execution.workers, int(busy.size()));
        for (int slot = 0; slot < slotCount; ++slot) {
            EngineWorker worker = slot < busy.size() ? busy.at(slot) : EngineWorker{};
            worker.slot = slot + 1;
            worker.activity = worker.module.isEmpty() ? idleActivity : busyActivity;
            step.workers << worker;
        }
        steps << step;
    }
    return steps;
}

} // namespace osc
