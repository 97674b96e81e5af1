#pragma once

#include "compiler/compiler.h"
#include "environment/deployer.h"
#include "environment/moduleregistry.h"
#include "storage/compilationinputs.h"

#include <QMap>

#include <functional>
#include <memory>

namespace osc {

class Operation;

// 1-Click Publish and Solution publish: compile module versions against their
// producers' current compilations for the environment's platform version, record
// the compilations, and deploy them atomically. Also redeploys a module's running
// compilation (Apply Settings). Every database write goes through the operation's
// fenced writes, so a holder that lost its lease changes nothing.
class Publisher
{
public:
    Publisher(Database &db, ModuleRegistry &registry, const DataFolder &folder,
              const Deployer &deployer, std::shared_ptr<const CompilerProfile> profile,
              const Compiler &compiler);

    // The platform version it compiles for, after an upgrade.
    void setProfile(std::shared_ptr<const CompilerProfile> profile)
    {
        m_profile = std::move(profile);
    }

    // Compiles every target, producers within the set before their consumers (which
    // compile against the new compilations); only when all compiled does it deploy
    // them, in the same order. A compile failure is recorded with every diagnostic
    // and leaves every running version untouched.
    Result<QList<PublishOutcome>> publish(const QList<PublishTarget> &targets, Operation &operation,
                                          const QString &user);

    // Deploys the module's running compilation again with `settings` overriding its
    // current settings; `storeSettings` runs inside the switch's transaction, so the
    // stored values and the running folder's settings.json change together.
    Result<void> redeployRunning(const QString &module, const QMap<QString, QString> &settings,
                                 const std::function<Result<void>()> &storeSettings,
                                 Operation &operation, const QString &user);

    // Finishes or discards deployments that a killed process left staged. Skips those
    // of operations still running in another process.
    Result<void> recoverStagedDeployments();

    // The module's effective settings (definition defaults overridden by applied
    // values), as deployed in settings.json.
    Result<QByteArray> settingsJson(const StoredVersion &version,
                                    const QMap<QString, QString> &overrides = {});

private:
    struct ProducerInput
    {
        CompilationInput compilation;
        ModuleInterface interface;
    };
    struct Compiled
    {
        StoredVersion version;
        qint64 compilationId = 0;
        QString folder;
        ModuleInterface interface;
        qint64 artifactBytes = 0;
        qint64 durationMs = 0;
    };

    Result<Compiled> compileOne(const StoredVersion &version, const ModuleDefinition &definition,
                                const QHash<QString, Compiled> &compiledInSet, Operation &operation,
                                const QString &user);
    Result<QHash<QString, ProducerInput>> resolveProducers(const ModuleDefinition &definition);
    Result<qint64> recordCompilation(const StoredVersion &version, const CompileResult &result,
                                     const QString &folder, const QDateTime &startedAt,
                                     qint64 durationMs, const QList<CompilationInput> &inputs,
                                     Operation &operation, const QString &user);
    Result<void> deploy(const StoredVersion &version, qint64 compilationId,
                        const QString &compilationDir, Operation &operation, const QString &user,
                        const QMap<QString, QString> &settings = {},
                        const std::function<Result<void>()> &inSwitch = {});

    Database &m_db;
    ModuleRegistry &m_registry;
    DataFolder m_folder;
    const Deployer &m_deployer;
    std::shared_ptr<const CompilerProfile> m_profile;
    const Compiler &m_compiler;
};

} // namespace osc
