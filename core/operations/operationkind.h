#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace osc {

// The operations that lock modules (DESIGN §1). Their names appear in the LOCKED
// message word for word, as operators know them from the platform's Service Center.
enum class OperationKind {
    Publish, // "1-Click Publish"
    SolutionPublish, // "Solution publish"
    DeleteModule, // "Delete module"
    ConfigurationUpdate, // "Configuration update" (Apply Settings)
    ModulesUpgrade, // "Modules upgrade": the modules preparation, by Compiler Service
    ModulesDeployment, // "Modules deployment": Deploy All
};

QList<OperationKind> allOperationKinds();
// Stable key for storage, JSON and command-line filters: "publish", "solution-publish", …
QString operationKey(OperationKind kind);
std::optional<OperationKind> operationFromKey(const QString &key);
// The name used in messages and screens ("1-Click Publish", …).
QString operationName(OperationKind kind);

// The system user that starts the modules preparation.
QString compilerServiceUser();

// How an operation ended (operations.status).
enum class OperationStatus { Running, Succeeded, Failed, Refused, Interrupted };
QString operationStatusKey(OperationStatus status); // "running", "succeeded", …
std::optional<OperationStatus> operationStatusFromKey(const QString &key);

} // namespace osc
