#include "healthtext.h"

#include "common/formatting.h"

#include <QCoreApplication>

#include <algorithm>

namespace osc::healthtext {

namespace {
// The context of every string here, as lupdate sees it.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(EnvironmentHealth)
};
} // namespace

QString activityName(WorkerActivity activity)
{
    switch (activity) {
    case WorkerActivity::Busy:
        return Text::tr("Busy");
    case WorkerActivity::Idle:
        return Text::tr("Idle");
    case WorkerActivity::Holding:
        return Text::tr("Holding");
    case WorkerActivity::OnHold:
        return Text::tr("On hold");
    case WorkerActivity::Stopped:
        return Text::tr("Stopped");
    }
    return {};
}

QString stepName(const EngineStep &step)
{
    return (step.execution.kind == ExecutionKind::Preparation
                ? Text::tr("Modules preparation (execution %1)")
                : Text::tr("Modules deployment (execution %1)"))
        .arg(step.execution.id);
}

QString process(qint64 pid, const QString &host)
{
    return Text::tr("process %1 on %2").arg(pid).arg(host);
}

QString lease(const LeaseAssessment &lease)
{
    switch (lease.state) {
    case LeaseState::Live:
        return Text::tr("Live, renewed %1 ago").arg(format::duration(lease.sinceRenewalMs));
    case LeaseState::NotRenewing:
        return Text::tr("Stale: not renewed for %1").arg(format::duration(lease.sinceRenewalMs));
    case LeaseState::HolderGone:
        return Text::tr("Stale: holder process gone");
    case LeaseState::Expired:
        return Text::tr("Stale: expired %1 ago").arg(format::duration(-lease.remainingMs));
    }
    return {};
}

QString staleReason(const LeaseAssessment &lease)
{
    switch (lease.state) {
    case LeaseState::Live:
        return Text::tr("Its holder renewed the lease %1 ago: the operation is running.")
            .arg(format::duration(lease.sinceRenewalMs));
    case LeaseState::NotRenewing:
        return Text::tr(
                   "Its holder has not renewed the lease for %1 (it renews it every third of its "
                   "length): the process hangs, or is stopped or unreachable.")
            .arg(format::duration(lease.sinceRenewalMs));
    case LeaseState::HolderGone:
        return Text::tr(
            "The process that holds it no longer runs on this machine: it was killed or "
            "crashed.");
    case LeaseState::Expired:
        return Text::tr("Its lease expired %1 ago; the next operation would release it too.")
            .arg(format::duration(-lease.remainingMs));
    }
    return {};
}

QString holder(const FileHolder &holder)
{
    if (!holder.isKnown())
        return Text::tr("a process this user cannot identify (%1)").arg(holder.lockKind);
    return Text::tr("%1 (pid %2, %3)")
        .arg(holder.processName.isEmpty() ? Text::tr("unnamed process") : holder.processName)
        .arg(holder.pid)
        .arg(holder.lockKind);
}

QString stepSummary(const EngineStep &step)
{
    const int busy = int(
        std::count_if(step.workers.cbegin(), step.workers.cend(), [](const EngineWorker &worker) {
            return worker.activity == WorkerActivity::Busy;
        }));
    const int total = int(step.workers.size());
    if (step.execution.status == ExecutionStatus::OnHold)
        return Text::tr("%1 is on hold: no process runs it. Resume it from Factory > Upgrades.")
            .arg(stepName(step));
    if (!step.processRunning)
        return Text::tr(
                   "%1 stopped: %2 no longer holds its lease. Resume it from Factory > Upgrades.")
            .arg(stepName(step), process(step.holderPid, step.holderHost));
    if (step.lease.isStale())
        return Text::tr("%1 runs in %2, which does not respond: %3.")
            .arg(stepName(step), process(step.holderPid, step.holderHost),
                 lease(step.lease).toLower());
    // The plural follows the workers, not the busy ones: "1 of 1 workers" reads wrong.
    QString text
        = Text::tr("%1 runs in %2 (operation %3) with %n worker(s), %4 busy.", nullptr, total)
              .arg(stepName(step), process(step.holderPid, step.holderHost))
              .arg(step.operationId)
              .arg(busy);
    if (step.execution.holdRequested)
        text += u' ' + Text::tr("A hold was asked for: it finishes the modules being worked on.");
    return text;
}

} // namespace osc::healthtext
