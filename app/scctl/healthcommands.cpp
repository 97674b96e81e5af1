#include "commands.h"
#include "output.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace osc::cli {

namespace {

QJsonValue timeOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(isoTime(time)) : QJsonValue(QJsonValue::Null);
}

QString seconds(qint64 ms)
{
    return QStringLiteral("%1 s").arg(ms / 1000);
}

// "1-Click Publish #12" and what a stale lease is.
QString leaseText(const LeaseAssessment &lease)
{
    switch (lease.state) {
    case LeaseState::Live:
        return QStringLiteral("live, renewed %1 ago").arg(seconds(lease.sinceRenewalMs));
    case LeaseState::NotRenewing:
        return QStringLiteral("STALE: not renewed for %1").arg(seconds(lease.sinceRenewalMs));
    case LeaseState::HolderGone:
        return QStringLiteral("STALE: holder process gone");
    case LeaseState::Expired:
        return QStringLiteral("STALE: expired %1 ago").arg(seconds(-lease.remainingMs));
    }
    return {};
}

QString stepName(ExecutionKind kind)
{
    return kind == ExecutionKind::Preparation ? QStringLiteral("Modules preparation")
                                              : QStringLiteral("Modules deployment");
}

QJsonObject toJson(const LeaseAssessment &lease)
{
    return QJsonObject{{QStringLiteral("leaseState"), leaseStateKey(lease.state)},
                       {QStringLiteral("stale"), lease.isStale()},
                       {QStringLiteral("heldMs"), lease.heldMs},
                       {QStringLiteral("sinceRenewalMs"), lease.sinceRenewalMs},
                       {QStringLiteral("leaseRemainingMs"), lease.remainingMs}};
}

QJsonObject toJson(const EnvironmentHealth &health)
{
    QJsonArray steps;
    for (const EngineStep &step : health.steps) {
        QJsonArray workers;
        for (const EngineWorker &worker : step.workers)
            workers.append(
                QJsonObject{{QStringLiteral("slot"), worker.slot},
                            {QStringLiteral("state"), workerActivityKey(worker.activity)},
                            {QStringLiteral("module"),
                             worker.module.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                     : QJsonValue(worker.module)},
                            {QStringLiteral("since"), timeOrNull(worker.since)}});
        QJsonObject object{
            {QStringLiteral("execution"), cli::toJson(step.execution)},
            {QStringLiteral("operationId"), step.operationId},
            {QStringLiteral("processRunning"), step.processRunning},
            {QStringLiteral("holderPid"), step.holderPid},
            {QStringLiteral("holderHost"), step.holderHost},
            {QStringLiteral("leaseExpires"),
             step.processRunning ? timeOrNull(step.leaseExpiresAt) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("workers"), workers}};
        if (step.processRunning) {
            const QJsonObject lease = toJson(step.lease);
            for (auto it = lease.begin(); it != lease.end(); ++it)
                object.insert(it.key(), it.value());
        }
        steps.append(object);
    }
    QJsonArray locks;
    for (const LockHealth &held : health.locks) {
        QJsonObject object = cli::toJson(held.lock);
        const QJsonObject lease = toJson(held.lease);
        for (auto it = lease.begin(); it != lease.end(); ++it)
            object.insert(it.key(), it.value());
        object.insert(QStringLiteral("acquiredAt"), timeOrNull(held.lock.acquiredAt));
        locks.append(object);
    }
    QJsonArray files;
    for (const LockedFile &file : health.lockedFiles) {
        QJsonArray holders;
        for (const FileHolder &holder : file.holders)
            holders.append(QJsonObject{{QStringLiteral("pid"), holder.pid},
                                       {QStringLiteral("process"), holder.processName},
                                       {QStringLiteral("lockKind"), holder.lockKind}});
        files.append(
            QJsonObject{{QStringLiteral("path"), file.path}, {QStringLiteral("holders"), holders}});
    }
    QJsonObject object{
        {QStringLiteral("readAt"), isoTime(health.readAt)},
        {QStringLiteral("leaseSeconds"), qint64(health.lease.count() / 1000)},
        {QStringLiteral("steps"), steps},
        {QStringLiteral("locks"), locks},
        {QStringLiteral("staleLocks"), health.staleLockCount()},
        {QStringLiteral("filesScanned"), health.filesScanned},
        {QStringLiteral("scannedFolders"), QJsonArray::fromStringList(health.scannedFolders)}};
    object.insert(QStringLiteral("lockedFiles"),
                  health.filesScanned ? QJsonValue(files) : QJsonValue(QJsonValue::Null));
    return object;
}

QString workerState(const EngineWorker &worker)
{
    switch (worker.activity) {
    case WorkerActivity::Busy:
        return QStringLiteral("busy");
    case WorkerActivity::Idle:
        return QStringLiteral("idle");
    case WorkerActivity::Holding:
        return QStringLiteral("holding");
    case WorkerActivity::OnHold:
        return QStringLiteral("on hold");
    case WorkerActivity::Stopped:
        return QStringLiteral("stopped");
    }
    return {};
}

QString toText(const EnvironmentHealth &health)
{
    QString text = QStringLiteral("Engine\n");
    if (health.steps.isEmpty())
        text += QStringLiteral(
            "  The engine is idle: no modules preparation or deployment is running.\n");
    for (const EngineStep &step : health.steps) {
        const int busy = int(std::count_if(
            step.workers.cbegin(), step.workers.cend(),
            [](const EngineWorker &worker) { return worker.activity == WorkerActivity::Busy; }));
        QString process;
        if (step.execution.status == ExecutionStatus::OnHold)
            process = QStringLiteral("on hold, no process runs it");
        else if (!step.processRunning)
            process = QStringLiteral("stopped: its process %1 on %2 no longer holds its lease; "
                                     "'scctl resume' continues it")
                          .arg(step.holderPid)
                          .arg(step.holderHost);
        else
            process = QStringLiteral("process %1 on %2, lease %3")
                          .arg(step.holderPid)
                          .arg(step.holderHost, leaseText(step.lease));
        text += QStringLiteral("  %1, execution %2 (%3), operation %4: %5; %6 of %7 workers busy\n")
                    .arg(stepName(step.execution.kind))
                    .arg(step.execution.id)
                    .arg(executionStatusKey(step.execution.status))
                    .arg(step.operationId)
                    .arg(process)
                    .arg(busy)
                    .arg(step.workers.size());
        text += QStringLiteral("  %1  %2  %3  %4\n")
                    .arg(QStringLiteral("WORKER"), -6)
                    .arg(QStringLiteral("STATE"), -8)
                    .arg(QStringLiteral("MODULE"), -32)
                    .arg(QStringLiteral("SINCE"));
        for (const EngineWorker &worker : step.workers)
            text += QStringLiteral("  %1  %2  %3  %4\n")
                        .arg(worker.slot, -6)
                        .arg(workerState(worker), -8)
                        .arg(worker.module.isEmpty() ? QStringLiteral("-") : worker.module, -32)
                        .arg(worker.since.isValid() ? isoTime(worker.since) : QStringLiteral("-"));
    }

    text += QStringLiteral("\nModule locks (lease %1 s)\n").arg(health.lease.count() / 1000);
    if (health.locks.isEmpty())
        text += QStringLiteral("  No module is locked.\n");
    else
        text += QStringLiteral("  %1  %2  %3  %4  %5  %6\n")
                    .arg(QStringLiteral("MODULE"), -24)
                    .arg(QStringLiteral("OPERATION"), -24)
                    .arg(QStringLiteral("USER"), -16)
                    .arg(QStringLiteral("HELD"), -8)
                    .arg(QStringLiteral("HOLDER"), -24)
                    .arg(QStringLiteral("LEASE"));
    for (const LockHealth &held : health.locks) {
        const ModuleLock &lock = held.lock;
        text += QStringLiteral("  %1  %2  %3  %4  %5  %6\n")
                    .arg(lock.module, -24)
                    .arg(operationName(lock.kind) + QStringLiteral(" #%1").arg(lock.operationId),
                         -24)
                    .arg(lock.user, -16)
                    .arg(seconds(held.lease.heldMs), -8)
                    .arg(QStringLiteral("%1 on %2").arg(lock.holderPid).arg(lock.holderHost), -24)
                    .arg(leaseText(held.lease));
    }
    if (const int stale = health.staleLockCount(); stale > 0)
        text += QStringLiteral("  %1: 'scctl locks --release MODULE' releases one.\n")
                    .arg(countOf(stale, QStringLiteral("stale lock"),
                                 QStringLiteral("stale locks")));

    text += QStringLiteral("\nFiles held in %1\n")
                .arg(health.scannedFolders.join(QStringLiteral(" and ")));
    if (!health.filesScanned)
        text += QStringLiteral("  Not scanned (--no-files).\n");
    else if (health.lockedFiles.isEmpty())
        text += QStringLiteral("  No other process holds a file there.\n");
    for (const LockedFile &file : health.lockedFiles) {
        QStringList holders;
        for (const FileHolder &holder : file.holders)
            holders << (holder.isKnown() ? QStringLiteral("process %1 (%2, %3)")
                                               .arg(holder.pid)
                                               .arg(holder.processName, holder.lockKind)
                                         : QStringLiteral("a process this user cannot identify "
                                                          "(%1)")
                                               .arg(holder.lockKind));
        text += QStringLiteral("  %1\n    held by %2\n")
                    .arg(file.path, holders.join(QStringLiteral(", ")));
    }
    return text;
}

} // namespace

int healthCommand(Context &context)
{
    const bool noFiles = takeFlag(context.args, QStringLiteral("--no-files"));
    if (!context.args.isEmpty())
        return usageError(context, unexpected(context.args));
    Result<std::unique_ptr<Environment>> environment = openEnvironment(context);
    if (!environment)
        return report(context, environment.error());
    HealthOptions options;
    options.scanFiles = !noFiles;
    Result<EnvironmentHealth> health = (*environment)->health(options);
    if (!health)
        return report(context, health.error());
    if (context.json)
        emitJson(toJson(*health));
    else
        out() << toText(*health) << Qt::flush;
    return ExitDone;
}

int releaseLockCommand(Context &context)
{
    bool missing = false;
    const std::optional<QString> module
        = takeOption(context.args, QStringLiteral("--release"), &missing);
    const bool force = takeFlag(context.args, QStringLiteral("--force"));
    const std::optional<QString> operationText
        = takeOption(context.args, QStringLiteral("--operation"), &missing);
    if (missing || !module || module->isEmpty())
        return usageError(context, QStringLiteral("--release needs a module name."));
    if (!context.args.isEmpty())
        return usageError(context, unexpected(context.args));
    qint64 expected = 0;
    if (operationText) {
        const std::optional<int> parsed = parsePositive(*operationText);
        if (!parsed)
            return usageError(context,
                              QStringLiteral("--operation takes an operation id (1, 2, "
                                             "…), not '%1'.")
                                  .arg(*operationText));
        expected = *parsed;
    }
    Result<std::unique_ptr<Environment>> environment = openEnvironment(context);
    if (!environment)
        return report(context, environment.error());
    Result<LockRelease> released
        = (*environment)->releaseLock(*module, context.user, force, expected);
    if (!released) {
        Error error = released.error();
        // Without --operation the only refusal of a locked module is a live lease.
        if (error.code == ErrorCode::Locked && !force && expected == 0)
            error.message += QStringLiteral(" Run again with --force to release it anyway.");
        return report(context, error);
    }
    const InterruptedOperation &operation = released->operation;
    if (context.json) {
        emitJson(QJsonObject{
            {QStringLiteral("released"),
             QJsonObject{
                 {QStringLiteral("module"), *module},
                 {QStringLiteral("operationId"), operation.operationId},
                 {QStringLiteral("operation"), operationName(operation.kind)},
                 {QStringLiteral("operationKey"), operationKey(operation.kind)},
                 {QStringLiteral("user"), operation.user},
                 {QStringLiteral("since"), timeOrNull(operation.startedAt)},
                 {QStringLiteral("holderPid"), operation.holderPid},
                 {QStringLiteral("holderHost"), operation.holderHost},
                 {QStringLiteral("leaseState"), leaseStateKey(released->lease.state)},
                 {QStringLiteral("forced"), !released->lease.isStale()},
                 {QStringLiteral("modules"), QJsonArray::fromStringList(released->releasedModules)},
                 {QStringLiteral("fence"), released->fence},
                 {QStringLiteral("releasedBy"), context.user},
                 {QStringLiteral("releasedAt"), isoTime(released->releasedAt)}}}});
        return ExitDone;
    }
    out() << QStringLiteral("Released the lock on '%1' (lease %2). The %3 #%4 started by %5 at "
                            "%6 (process %7 on %8) is interrupted; its locks on %9 are free, "
                            "and fencing token %10 refuses any later write of it.\n")
                 .arg(*module, leaseText(released->lease), operationName(operation.kind))
                 .arg(operation.operationId)
                 .arg(operation.user, isoTime(operation.startedAt))
                 .arg(operation.holderPid)
                 .arg(operation.holderHost,
                      heldModulesText(released->releasedModules, operation.wholeFactory))
                 .arg(released->fence)
          << Qt::flush;
    return ExitDone;
}

} // namespace osc::cli
