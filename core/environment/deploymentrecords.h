#pragma once

#include "domain/moduledefinition.h"
#include "environment/datafolder.h"
#include "util/result.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

namespace osc {

class Database;
class Deployer;

// The rules of recording a deployment, shared by 1-Click Publish (Publisher) and
// Deploy All (DeploymentEngine), so that both switch a module the same way:
// stage the folder, record it as `staged`, then in one transaction make it
// `running` while the running link is renamed (a crash in between is finished or
// discarded by recoverStaged()).
namespace deploymentrecords {

// The name of a new deployment folder of `compilationId` (unique: a retry never
// reuses a folder another process may still hold).
QString folderName(qint64 compilationId);

// The module's effective settings as deployed in settings.json: the definition's
// defaults, overridden by the applied values, overridden by `overrides`.
QByteArray settingsJson(const ModuleDefinition &definition, const QMap<QString, QString> &applied,
                        const QMap<QString, QString> &overrides = {});
// The applied settings of a module (module_settings).
Result<QMap<QString, QString>> appliedSettings(Database &db, qint64 moduleId);

// Inside a write transaction: records `folder` (absolute) as a staged deployment.
Result<qint64> recordStaged(Database &db, const DataFolder &dataFolder, qint64 moduleId,
                            qint64 compilationId, const QString &folder, const QString &user,
                            qint64 operationId);
// Inside a write transaction: the deployment becomes the running one, the previous
// one is retired. Returns the folders older than the previous deployment, to remove
// once the transaction commits (the previous one stays for a quick rollback).
Result<QStringList> markRunning(Database &db, const DataFolder &dataFolder, qint64 moduleId,
                                qint64 deploymentId);
// In its own transaction: a staged deployment that will never run.
Result<void> abandon(Database &db, qint64 deploymentId);
// Finishes or discards deployments that a killed process left staged: running when
// the module's running link points at the folder, abandoned (and removed) otherwise.
// Skips those of operations still running in another process.
Result<void> recoverStaged(Database &db, const DataFolder &dataFolder, const Deployer &deployer);

} // namespace deploymentrecords

} // namespace osc
