#include "executiontext.h"

#include "common/tones.h"

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
        return runningTone;
    case ExecutionStatus::OnHold:
    case ExecutionStatus::FinishedWithErrors:
        return warningTone;
    case ExecutionStatus::Succeeded:
        return successTone;
    case ExecutionStatus::Failed:
        return errorTone;
    case ExecutionStatus::Interrupted:
        return neutralTone;
    }
    return {};
}

QColor moduleStateColor(ModuleRunState state)
{
    switch (state) {
    case ModuleRunState::Pending:
        return neutralTone;
    case ModuleRunState::Running:
        return runningTone;
    case ModuleRunState::Succeeded:
        return successTone;
    case ModuleRunState::Failed:
        return errorTone;
    case ModuleRunState::Skipped:
        return warningTone;
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
