#include "upgradesreportsnapshot.h"

#include "compiler/compilerprofile.h"

namespace osc {

namespace {

std::optional<ExecutionSummary> newestOf(const QList<ExecutionSummary> &executions,
                                         const PlatformVersion &version,
                                         std::optional<ExecutionKind> kind)
{
    for (const ExecutionSummary &execution : executions) {
        if ((!kind || execution.kind == *kind) && execution.platformVersion == version)
            return execution;
    }
    return std::nullopt;
}

} // namespace

std::optional<ExecutionSummary> UpgradesReportSnapshot::deployment() const
{
    return newestOf(executions, platformVersion, ExecutionKind::Deployment);
}

std::optional<ExecutionSummary> UpgradesReportSnapshot::preparation() const
{
    return newestOf(executions, platformVersion, ExecutionKind::Preparation);
}

std::optional<ExecutionSummary> UpgradesReportSnapshot::latestStep() const
{
    return newestOf(executions, platformVersion, std::nullopt);
}

std::optional<ExecutionSummary> UpgradesReportSnapshot::runningStep() const
{
    for (const ExecutionSummary &execution : executions) {
        if (execution.runsInAProcess())
            return execution;
    }
    return std::nullopt;
}

Result<UpgradesReportSnapshot> readUpgradesReport(Environment &environment,
                                                  const UpgradesReportRequest &request)
{
    if (Result<QList<ModuleLock>> locks = environment.locks(); !locks)
        return locks.error();

    UpgradesReportSnapshot snapshot;
    Result<QList<ExecutionSummary>> executions = environment.executions();
    if (!executions)
        return executions.error();
    snapshot.executions = *executions;
    snapshot.platformVersion = environment.platformVersion();
    if (const std::shared_ptr<const CompilerProfile> profile
        = environment.profiles().find(snapshot.platformVersion))
        snapshot.modulesPreparation = profile->hasFeature(PlatformFeature::ModulesPreparation);

    // The plan changes when a step runs, ends or is held, and when the platform
    // changes; a publish changes it too, which the caller's periodic readPlan catches.
    QStringList parts{snapshot.platformVersion.toString()};
    for (const ExecutionSummary &execution : std::as_const(snapshot.executions)) {
        parts << QStringLiteral("%1:%2:%3:%4")
                     .arg(execution.id)
                     .arg(int(execution.status))
                     .arg(execution.counts.pending)
                     .arg(execution.holderPid);
    }
    snapshot.fingerprint = parts.join(u';');

    if (request.readPlan || request.planFingerprint != snapshot.fingerprint) {
        snapshot.planRead = true;
        Result<DeploymentPlan> plan = environment.deploymentPlan();
        if (plan)
            snapshot.plan = *plan;
        else
            snapshot.planError = plan.error();
    }
    return snapshot;
}

} // namespace osc
