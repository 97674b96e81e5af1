#pragma once

#include <QString>

namespace osc {

// A module's status, in scctl's JSON vocabulary (CLI.md).
enum class ModuleStatus {
    UpToDate,      // running a compilation for the current platform version, producers unchanged
    Outdated,      // a producer was republished since this module was compiled
    NotUpgraded,   // running a compilation for an older platform version
    Prepared,      // compiled for the current platform version, not yet deployed
    NeverPublished // uploaded, never deployed
};

// Why a module is not upgraded (CLI.md `reason`).
enum class NotUpgradedReason { None, Pending, Failed, Skipped, NotTriggered };

QString statusKey(ModuleStatus status);             // "up-to-date", …
QString reasonKey(NotUpgradedReason reason);        // "pending", …; empty for None
QString statusDisplayName(ModuleStatus status);     // translated, for screens

} // namespace osc
