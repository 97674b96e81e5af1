#include "upgradesnapshot.h"

#include "compiler/compilerprofile.h"
#include "domain/messages.h"

#include <algorithm>

namespace osc {

Result<UpgradeSnapshot> readUpgradeSnapshot(Environment &environment,
                                            const SnapshotRequest &request)
{
    if (Result<QList<ModuleLock>> locks = environment.locks(); !locks)
        return locks.error();

    UpgradeSnapshot snapshot;
    snapshot.platformVersion = environment.platformVersion();
    const ProfileRegistry &profiles = environment.profiles();
    for (const PlatformVersion &version : profiles.versions()) {
        const std::shared_ptr<const CompilerProfile> profile = profiles.find(version);
        if (!profile)
            continue;
        const bool prepares = profile->hasFeature(PlatformFeature::ModulesPreparation);
        if (prepares && snapshot.firstWithPreparation.isNull())
            snapshot.firstWithPreparation = version;
        if (version == snapshot.platformVersion) {
            snapshot.requiredComponents = profile->systemComponentsVersion;
            snapshot.modulesPreparation = prepares;
            snapshot.progressive = profile->hasFeature(PlatformFeature::ProgressivePreparation);
        } else if (version > snapshot.platformVersion) {
            snapshot.targets << UpgradeTarget{version, profile->systemComponentsVersion, prepares};
        }
    }

    Result<QList<ExecutionSummary>> executions = environment.executions();
    if (!executions)
        return executions.error();
    for (const ExecutionSummary &execution : std::as_const(*executions)) {
        if (!snapshot.preparation && execution.kind == ExecutionKind::Preparation
            && execution.platformVersion == snapshot.platformVersion)
            snapshot.preparation = execution;
        if (!snapshot.runningStep && execution.runsInAProcess())
            snapshot.runningStep = execution;
    }

    Result<QString> components = environment.systemComponentsVersion();
    if (!components)
        return components.error();
    snapshot.installedComponents = *components;

    const std::optional<ExecutionSummary> &preparation = snapshot.preparation;
    if (preparation && preparation->status == ExecutionStatus::FinishedWithErrors
        && preparation->id != request.problemsKnownFor) {
        Result<ExecutionDetail> detail = environment.execution(preparation->id);
        if (!detail)
            return detail.error();
        QList<ExecutionModuleResult> problems;
        for (const ExecutionModuleResult &module : std::as_const(detail->modules)) {
            if (module.state == ModuleRunState::Failed || module.state == ModuleRunState::Skipped)
                problems << module;
        }
        std::stable_sort(problems.begin(), problems.end(),
                         [](const ExecutionModuleResult &a, const ExecutionModuleResult &b) {
                             return a.state == ModuleRunState::Failed
                                 && b.state != ModuleRunState::Failed;
                         });
        snapshot.problems = problems;
        snapshot.problemsOf = preparation->id;
    }

    return snapshot;
}

} // namespace osc
