#pragma once

#include <QList>
#include <QString>

namespace osc {

// A module's status, in scctl's JSON vocabulary (CLI.md).
enum class ModuleStatus {
    UpToDate, // running a compilation for the current platform version, producers unchanged
    Outdated, // a producer was republished since this module was compiled
    NotUpgraded, // running a compilation for an older platform version
    Prepared, // compiled for the current platform version, not yet deployed
    NeverPublished, // uploaded, never deployed
    Broken, // a producer it references was deleted
};

// Every status, in the order screens and listings present them.
QList<ModuleStatus> allModuleStatuses();

// Why a module is not upgraded (CLI.md `reason`).
enum class NotUpgradedReason { None, Pending, Failed, Skipped, NotTriggered };

QString statusKey(ModuleStatus status); // "up-to-date", …
QString reasonKey(NotUpgradedReason reason); // "pending", …; empty for None
QString statusDisplayName(ModuleStatus status); // translated, for screens

} // namespace osc

namespace osc {

// The facts about a module that decide its status; gathered by the store.
struct StatusFacts
{
    bool deployed = false;
    bool runningIsCurrentPlatform = false; // the running compilation targets the current version
    bool producerChanged = false; // a producer's running compilation is not the one used
    bool preparedForCurrent = false; // a succeeded compilation for the current version exists
    bool failedForCurrent = false; // only failed compilations for the current version exist
    bool producerDeleted = false; // the running version references a deleted module
    // Where the latest modules preparation for the current version left the module
    // (Pending, Failed or Skipped); None when it prepared it or never included it.
    NotUpgradedReason preparation = NotUpgradedReason::None;
};

struct DerivedStatus
{
    ModuleStatus status = ModuleStatus::NeverPublished;
    NotUpgradedReason reason = NotUpgradedReason::None;
};

// The one rule that turns facts into a status (CLI.md vocabulary).
DerivedStatus deriveStatus(const StatusFacts &facts);

} // namespace osc
