#include "modulestatus.h"

#include <QCoreApplication>

namespace osc {

QList<ModuleStatus> allModuleStatuses()
{
    return {ModuleStatus::UpToDate, ModuleStatus::Outdated,       ModuleStatus::NotUpgraded,
            ModuleStatus::Prepared, ModuleStatus::NeverPublished, ModuleStatus::Broken};
}

QString statusKey(ModuleStatus status)
{
    switch (status) {
    case ModuleStatus::UpToDate:
        return QStringLiteral("up-to-date");
    case ModuleStatus::Outdated:
        return QStringLiteral("outdated");
    case ModuleStatus::NotUpgraded:
        return QStringLiteral("not-upgraded");
    case ModuleStatus::Prepared:
        return QStringLiteral("prepared");
    case ModuleStatus::NeverPublished:
        return QStringLiteral("never-published");
    case ModuleStatus::Broken:
        return QStringLiteral("broken");
    }
    Q_UNREACHABLE();
    return {};
}

QString reasonKey(NotUpgradedReason reason)
{
    switch (reason) {
    case NotUpgradedReason::None:
        return {};
    case NotUpgradedReason::Pending:
        return QStringLiteral("pending");
    case NotUpgradedReason::Failed:
        return QStringLiteral("failed");
    case NotUpgradedReason::Skipped:
        return QStringLiteral("skipped");
    case NotUpgradedReason::NotTriggered:
        return QStringLiteral("not-triggered");
    }
    Q_UNREACHABLE();
    return {};
}

QString statusDisplayName(ModuleStatus status)
{
    switch (status) {
    case ModuleStatus::UpToDate:
        return QCoreApplication::translate("ModuleStatus", "Up to date");
    case ModuleStatus::Outdated:
        return QCoreApplication::translate("ModuleStatus", "Outdated");
    case ModuleStatus::NotUpgraded:
        return QCoreApplication::translate("ModuleStatus", "Not upgraded");
    case ModuleStatus::Prepared:
        return QCoreApplication::translate("ModuleStatus", "Prepared");
    case ModuleStatus::NeverPublished:
        return QCoreApplication::translate("ModuleStatus", "Never published");
    case ModuleStatus::Broken:
        return QCoreApplication::translate("ModuleStatus", "Broken");
    }
    Q_UNREACHABLE();
    return {};
}

} // namespace osc

namespace osc {

DerivedStatus deriveStatus(const StatusFacts &facts)
{
    if (!facts.deployed)
        return {ModuleStatus::NeverPublished, NotUpgradedReason::None};
    if (facts.producerDeleted)
        return {ModuleStatus::Broken, NotUpgradedReason::None};
    if (facts.runningIsCurrentPlatform) {
        return {facts.producerChanged ? ModuleStatus::Outdated : ModuleStatus::UpToDate,
                NotUpgradedReason::None};
    }
    if (facts.preparedForCurrent)
        return {ModuleStatus::Prepared, NotUpgradedReason::None};
    if (facts.preparation != NotUpgradedReason::None)
        return {ModuleStatus::NotUpgraded, facts.preparation};
    return {ModuleStatus::NotUpgraded,
            facts.failedForCurrent ? NotUpgradedReason::Failed : NotUpgradedReason::NotTriggered};
}

} // namespace osc
