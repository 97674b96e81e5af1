#pragma once

#include "engine/execution.h"

#include <QColor>
#include <QString>

// The readable names of an upgrade step's kinds, statuses and module states, shared by
// the Upgrades page, its report table and the execution details, so that each reads
// the same everywhere. Translated (context "ExecutionText").
namespace osc::executiontext {

QString kindName(ExecutionKind kind); // "Preparation", "Deployment"
QString statusName(ExecutionStatus status); // "Running", "On hold", "Finished with errors", …
// A module's state in a run of `kind`: Succeeded reads "Prepared" or "Deployed".
QString moduleStateName(ExecutionKind kind, ModuleRunState state);
// The colour cue of a status or a module state (next to its name, never instead).
QColor statusColor(ExecutionStatus status);
QColor moduleStateColor(ModuleRunState state);
// Sort rank of a module state: what needs attention first (failed, skipped, …).
int moduleStateRank(ModuleRunState state);

} // namespace osc::executiontext
