#pragma once

#include "compiler/compiler.h"
#include "environment/deployer.h"
#include "environment/moduleregistry.h"

#include <memory>

namespace osc {

// 1-Click Publish of one module version: compile it against its producers' current
// compilations for the environment's platform version, record the compilation, and
// deploy it atomically. A failed compile records the failure, returns every
// diagnostic, and leaves the running version untouched.
class Publisher
{
public:
    Publisher(Database &db, ModuleRegistry &registry, const DataFolder &folder,
              std::shared_ptr<const CompilerProfile> profile, const Compiler &compiler);

    Result<PublishOutcome> publish(const QString &module, int version, const QString &user);

    // Finishes or discards deployments a killed process left staged (see Deployer).
    Result<void> recoverStagedDeployments();

private:
    struct ProducerInput
    {
        qint64 compilationId = 0;
        ModuleInterface interface;
    };

    Result<QHash<QString, ProducerInput>> resolveProducers(const ModuleDefinition &definition);
    Result<qint64> recordCompilation(const StoredVersion &version, const CompileResult &result,
                                     const QString &folder, const QDateTime &startedAt,
                                     qint64 durationMs, const QList<qint64> &inputs,
                                     const QString &user);
    Result<void> deploy(const StoredVersion &version, qint64 compilationId,
                        const QString &compilationDir, const QString &user);
    Result<void> makeRunning(qint64 moduleId, qint64 deploymentId);

    Database &m_db;
    ModuleRegistry &m_registry;
    DataFolder m_folder;
    Deployer m_deployer;
    std::shared_ptr<const CompilerProfile> m_profile;
    const Compiler &m_compiler;
};

} // namespace osc
