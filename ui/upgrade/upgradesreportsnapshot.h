#pragma once

#include "environment/environment.h"

#include <QList>
#include <QString>

#include <optional>

namespace osc {

// What the Upgrades page shows, read in one go by a worker: plain values, safe to
// hand to the GUI thread.
struct UpgradesReportSnapshot
{
    PlatformVersion platformVersion;
    bool modulesPreparation = false; // the current version has the modules preparation
    QList<ExecutionSummary> executions; // newest first
    // Deploy All's plan, or why it does not apply now: read when asked for or when an
    // execution changed (planRead says whether this snapshot has them).
    bool planRead = false;
    std::optional<DeploymentPlan> plan;
    std::optional<Error> planError;
    // Identifies the executions' state the plan was read for.
    QString fingerprint;

    // The newest Deploy All of the current platform version, if any.
    std::optional<ExecutionSummary> deployment() const;
    // The newest modules preparation of the current platform version, if any.
    std::optional<ExecutionSummary> preparation() const;
    // The newest step of either kind of the current platform version, if any.
    std::optional<ExecutionSummary> latestStep() const;
    // An upgrade step (of any kind) that runs in a live process, if any.
    std::optional<ExecutionSummary> runningStep() const;
};

// What the caller already knows, so that a poll reads only what changed.
struct UpgradesReportRequest
{
    QString planFingerprint; // the fingerprint of the caller's plan
    bool readPlan = false; // read the plan even when nothing changed
};

// Reads the snapshot in the calling thread. It first lists the locks, which releases
// those of dead processes whose lease expired: a step whose process died then shows
// no holder (holderPid 0) although its status is still Running.
Result<UpgradesReportSnapshot> readUpgradesReport(Environment &environment,
                                                  const UpgradesReportRequest &request);

} // namespace osc
