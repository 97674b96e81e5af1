#pragma once

#include "environment/environment.h"

#include <QList>
#include <QString>

#include <optional>

namespace osc {

// An installed platform version the environment can be upgraded to.
struct UpgradeTarget
{
    PlatformVersion version;
    QString systemComponents; // the version of its system components
    bool modulesPreparation = false; // an upgrade to it prepares the modules
};

// What the Platform Upgrade page shows, read in one go by a worker: plain values,
// safe to hand to the GUI thread.
struct UpgradeSnapshot
{
    PlatformVersion platformVersion;
    QString requiredComponents; // the system components of the current version
    bool modulesPreparation = false; // the current version has the modules preparation
    bool progressive = false; // … and it locks only the modules being prepared
    PlatformVersion firstWithPreparation; // the oldest installed version that has it
    QList<UpgradeTarget> targets; // installed versions newer than the current one, ascending
    // The newest modules preparation for the current version.
    std::optional<ExecutionSummary> preparation;
    // An upgrade step (of any kind or version) that runs in a live process.
    std::optional<ExecutionSummary> runningStep;

    std::optional<QString> installedComponents; // empty text: none installed
    // The failed and skipped modules (failed first) of `preparation` when it finished
    // with errors; read once for each execution: problemsOf says which one.
    QList<ExecutionModuleResult> problems;
    qint64 problemsOf = 0;
};

// What the caller already knows, so that a poll reads only what changed.
struct SnapshotRequest
{
    qint64 problemsKnownFor = 0; // the execution whose problems the caller has
};

// Reads the snapshot in the calling thread. It first lists the locks, which releases
// those of dead processes whose lease expired: a preparation whose process died then
// shows no holder (holderPid 0) although its status is still Running.
Result<UpgradeSnapshot> readUpgradeSnapshot(Environment &environment,
                                            const SnapshotRequest &request);

} // namespace osc
