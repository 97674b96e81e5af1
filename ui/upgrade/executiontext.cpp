#include "executiontext.h"

#include <QCoreApplication>

namespace osc::executiontext {

QString kindName(ExecutionKind kind)
{
    switch (kind) {
    case ExecutionKind::Preparation:
        return QCoreApplication::translate("ExecutionText", "Preparation");
    case ExecutionKind::Deployment:
        return QCoreApplication::translate("ExecutionText", "Deployment");
    }
    return {};
}

QString statusName(ExecutionStatus status)
{
    switch (status) {
    case ExecutionStatus::Running:
        return QCoreApplication::translate("ExecutionText", "Running");
    case ExecutionStatus::OnHold:
        return QCoreApplication::translate("ExecutionText", "On hold");
    case ExecutionStatus::Succeeded:
        return QCoreApplication::translate("ExecutionText", "Succeeded");
    case ExecutionStatus::FinishedWithErrors:
        return QCoreApplication::translate("ExecutionText", "Finished with errors");
    case ExecutionStatus::Failed:
        return QCoreApplication::translate("ExecutionText", "Failed");
    case ExecutionStatus::Interrupted:
        return QCoreApplication::translate("ExecutionText", "Interrupted");
    }
    return {};
}

QString moduleStateName(ExecutionKind kind, ModuleRunState state)
{
    const bool deployment = kind == ExecutionKind::Deployment;
    switch (state) {
    case ModuleRunState::Pending:
        return QCoreApplication::translate("ExecutionText", "Pending");
    case ModuleRunState::Running:
        return deployment ? QCoreApplication::translate("ExecutionText", "Deploying")
                          : QCoreApplication::translate("ExecutionText", "Compiling");
    case ModuleRunState::Succeeded:
        return deployment ? QCoreApplication::translate("ExecutionText", "Deployed")
                          : QCoreApplication::translate("ExecutionText", "Prepared");
    case ModuleRunState::Failed:
        return QCoreApplication::translate("ExecutionText", "Failed");
    case ModuleRunState::Skipped:
        return QCoreApplication::translate("ExecutionText", "Skipped");
    }
    return {};
}

QColor statusColor(ExecutionStatus status)
{
    switch (status) {
    case ExecutionStatus::Running:
        return QColor(0x15, 0x65, 0xc0);
    case ExecutionStatus::OnHold:
    case ExecutionStatus::FinishedWithErrors:
        return QColor(0xc7, 0x7c, 0x02);
    case ExecutionStatus::Succeeded:
        return QColor(0x2e, 0x7d, 0x32);
    case ExecutionStatus::Failed:
        return QColor(0xc6, 0x28, 0x28);
    case ExecutionStatus::Interrupted:
        return QColor(0x75, 0x75, 0x75);
    }
    return {};
}

QColor moduleStateColor(ModuleRunState state)
{
    switch (state) {
    case ModuleRunState::Pending:
        return QColor(0x75, 0x75, 0x75);
    case ModuleRunState::Running:
        return QColor(0x15, 0x65, 0xc0);
    case ModuleRunState::Succeeded:
        return QColor(0x2e, 0x7d, 0x32);
    case ModuleRunState::Failed:
        return QColor(0xc6, 0x28, 0x28);
    case ModuleRunState::Skipped:
        return QColor(0xc7, 0x7c, 0x02);
    }
    return {};
}

int moduleStateRank(ModuleRunState state)
{
    switch (state) {
    case ModuleRunState::Failed:
        return 0;
    case ModuleRunState::Skipped:
        return 1;
    case ModuleRunState::Running:
        return 2;
    case ModuleRunState::Pending:
        return 3;
    case ModuleRunState::Succeeded:
        return 4;
    }
    return 5;
}

} // namespace osc::executiontext
