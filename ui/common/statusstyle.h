#pragma once

#include "domain/modulestatus.h"

#include <QColor>
#include <QIcon>

namespace osc {

// The colour cue of a module status, used next to its readable name (never instead
// of it): green up to date, amber outdated, red not upgraded, blue prepared, grey
// never published.
QColor statusColor(ModuleStatus status);
// A small filled dot in the status colour, for item views' DecorationRole.
QIcon statusIcon(ModuleStatus status);
// Sort rank: what needs the operator's attention first.
int statusRank(ModuleStatus status);

inline constexpr ModuleStatus moduleStatusesByAttention[] = {
    ModuleStatus::Broken,   ModuleStatus::NotUpgraded,    ModuleStatus::Outdated,
    ModuleStatus::Prepared, ModuleStatus::NeverPublished, ModuleStatus::UpToDate,
};

} // namespace osc
