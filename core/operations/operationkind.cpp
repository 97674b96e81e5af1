#include "operationkind.h"

#include <QCoreApplication>

namespace osc {

QList<OperationKind> allOperationKinds()
{
    return {OperationKind::Publish,        OperationKind::SolutionPublish,
            OperationKind::DeleteModule,   OperationKind::ConfigurationUpdate,
            OperationKind::ModulesUpgrade, OperationKind::ModulesDeployment};
}

QString operationKey(OperationKind kind)
{
    switch (kind) {
    case OperationKind::Publish:
        return QStringLiteral("publish");
    case OperationKind::SolutionPublish:
        return QStringLiteral("solution-publish");
    case OperationKind::DeleteModule:
        return QStringLiteral("delete");
    case OperationKind::ConfigurationUpdate:
        return QStringLiteral("configuration-update");
    case OperationKind::ModulesUpgrade:
        return QStringLiteral("modules-upgrade");
    case OperationKind::ModulesDeployment:
        return QStringLiteral("modules-deployment");
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<OperationKind> operationFromKey(const QString &key)
{
    for (OperationKind kind : allOperationKinds()) {
        if (operationKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

QString operationName(OperationKind kind)
{
    switch (kind) {
    case OperationKind::Publish:
        return QCoreApplication::translate("Operations", "1-Click Publish");
    case OperationKind::SolutionPublish:
        return QCoreApplication::translate("Operations", "Solution publish");
    case OperationKind::DeleteModule:
        return QCoreApplication::translate("Operations", "Delete module");
    case OperationKind::ConfigurationUpdate:
        return QCoreApplication::translate("Operations", "Configuration update");
    case OperationKind::ModulesUpgrade:
        return QCoreApplication::translate("Operations", "Modules upgrade");
    case OperationKind::ModulesDeployment:
        return QCoreApplication::translate("Operations", "Modules deployment");
    }
    Q_UNREACHABLE();
    return {};
}

QString compilerServiceUser()
{
    return QStringLiteral("Compiler Service");
}

QString operationStatusKey(OperationStatus status)
{
    switch (status) {
    case OperationStatus::Running:
        return QStringLiteral("running");
    case OperationStatus::Succeeded:
        return QStringLiteral("succeeded");
    case OperationStatus::Failed:
        return QStringLiteral("failed");
    case OperationStatus::Refused:
        return QStringLiteral("refused");
    case OperationStatus::Interrupted:
        return QStringLiteral("interrupted");
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<OperationStatus> operationStatusFromKey(const QString &key)
{
    for (OperationStatus status :
         {OperationStatus::Running, OperationStatus::Succeeded, OperationStatus::Failed,
          OperationStatus::Refused, OperationStatus::Interrupted}) {
        if (operationStatusKey(status) == key)
            return status;
    }
    return std::nullopt;
}

} // namespace osc
