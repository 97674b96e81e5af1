#include "publisher.h"

#include "environment/deploymentrecords.h"

#include "domain/messages.h"
#include "modules/moduleparser.h"
#include "operations/operation.h"
#include "storage/newcompilation.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace osc {

static QString uniqueSuffix()
{
    return QUuid::createUuid().toString(QUuid::Id128).left(12);
}

Publisher::Publisher(Database &db, ModuleRegistry &registry, const DataFolder &folder,
                     const Deployer &deployer, std::shared_ptr<const CompilerProfile> profile,
                     const Compiler &compiler)
    : m_db(db)
    , m_registry(registry)
    , m_folder(folder)
    , m_deployer(deployer)
    , m_profile(std::move(profile))
    , m_compiler(compiler)
{ }

// Orders the set so that a module comes after its producers within the set. Modules
// of a cycle keep their given order (their compile reports the missing producer).
static QList<int> producersFirst(const QList<ModuleDefinition> &definitions)
{
    QHash<QString, int> indexOf;
    for (int i = 0; i < definitions.size(); ++i)
        indexOf.insert(definitions.at(i).name, i);
    QList<int> order;
    QList<int> state(definitions.size(), 0); // 0 new, 1 visiting, 2 done
    std::function<void(int)> visit = [&](int i) {
        if (state[i] != 0)
            return;
        state[i] = 1;
        for (const QString &producer : definitions.at(i).producers()) {
            if (const auto it = indexOf.constFind(producer); it != indexOf.cend())
                visit(*it);
        }
        state[i] = 2;
        order << i;
    };
    for (int i = 0; i < definitions.size(); ++i)
        visit(i);
    return order;
}

Result<QList<PublishOutcome>> Publisher::publish(const QList<PublishTarget> &targets,
                                                 Operation &operation, const QString &user)
{
    QList<StoredVersion> versions;
    QList<ModuleDefinition> definitions;
    for (const PublishTarget &target : targets) {
        Result<StoredVersion> version = m_registry.version(target.module, target.version);
        if (!version)
            return version.error();
        Result<ModuleDefinition> definition = ModuleParser::parseFile(version->sourcePath);
        if (!definition)
            return definition.error();
        versions << *version;
        definitions << *definition;
    }

    QHash<QString, Compiled> compiled;
    QList<Compiled> inOrder;
    for (int i : producersFirst(definitions)) {
        Result<Compiled> one
            = compileOne(versions.at(i), definitions.at(i), compiled, operation, user);
        if (!one) {
            if (targets.size() == 1)
                return one.error();
            return makeError(one.error().code,
                             QCoreApplication::translate(
                                 "Publisher",
                                 "The Solution publish stopped: %1 No module of the solution was "
                                 "deployed.")
                                 .arg(one.error().message),
                             one.error().detail);
        }
        compiled.insert(one->version.module, *one);
        inOrder << *one;
    }

    QList<PublishOutcome> outcomes;
    for (const Compiled &one : std::as_const(inOrder)) {
        QElapsedTimer timer;
        timer.start();
        if (Result<void> deployed
            = deploy(one.version, one.compilationId, one.folder, operation, user);
            !deployed) {
            operation.recordError(ErrorRecord{one.version.module, one.version.number,
                                              QStringLiteral("deploy"), deployed.error()});
            if (!outcomes.isEmpty()) {
                QStringList done;
                for (const PublishOutcome &outcome : std::as_const(outcomes))
                    done << outcome.module;
                return makeError(deployed.error().code,
                                 QCoreApplication::translate(
                                     "Publisher",
                                     "%1 Already deployed by this Solution publish: %2. The "
                                     "other modules of the solution were not deployed.")
                                     .arg(deployed.error().message, done.join(u", ")),
                                 deployed.error().detail);
            }
            return deployed.error();
        }
        PublishOutcome outcome;
        outcome.module = one.version.module;
        outcome.version = one.version.number;
        outcome.compilationId = one.compilationId;
        outcome.durationMs = one.durationMs + timer.elapsed();
        outcome.artifactBytes = one.artifactBytes;
        outcomes << outcome;
    }
    return outcomes;
}

Result<Publisher::Compiled> Publisher::compileOne(const StoredVersion &version,
                                                  const ModuleDefinition &definition,
                                                  const QHash<QString, Compiled> &compiledInSet,
                                                  Operation &operation, const QString &user)
{
    const QString module = version.module;
    Result<QHash<QString, ProducerInput>> producers = resolveProducers(definition);
    if (!producers) {
        operation.recordError(
            ErrorRecord{module, version.number, QStringLiteral("compile"), producers.error()});
        return producers.error();
    }
    for (auto it = compiledInSet.cbegin(); it != compiledInSet.cend(); ++it) {
        if (definition.producers().contains(it.key()))
            producers->insert(
                it.key(),
                ProducerInput{CompilationInput{it->version.moduleId, it->compilationId},
                              it->interface});
    }

    CompileRequest request;
    request.definition = definition;
    request.moduleVersion = version.number;
    request.profile = m_profile;
    request.sourcePath = version.sourcePath;
    QList<CompilationInput> inputs;
    for (auto it = producers->cbegin(); it != producers->cend(); ++it) {
        request.producers.insert(it.key(), it->interface);
        inputs << it->compilation;
    }
    request.outputDir = m_folder.newCompilationFolder(
        module, version.number, m_profile->version.toString(), uniqueSuffix());
    QDir().mkpath(m_folder.compilationsOf(module));

    operation.step(module,
                   QCoreApplication::translate("Publisher",
                                               "Compiling '%1' version %2 for platform version %3.")
                       .arg(module)
                       .arg(version.number)
                       .arg(m_profile->version.toString()));
    const QDateTime startedAt = QDateTime::currentDateTimeUtc();
    QElapsedTimer compileTimer;
    compileTimer.start();
    const CompileResult result = m_compiler.compile(request);
    const qint64 compileMs = compileTimer.elapsed();
    if (!result.ioError.isEmpty()) {
        const Error error = makeError(
            ErrorCode::Failed,
            QCoreApplication::translate(
                "Publisher", "Publishing '%1' failed: the compiler could not write its output.")
                .arg(module),
            result.ioError);
        operation.recordError(
            ErrorRecord{module, version.number, QStringLiteral("compile"), error});
        return error;
    }

    Result<qint64> compilationId
        = recordCompilation(version, result, result.succeeded ? request.outputDir : QString(),
                            startedAt, compileMs, inputs, operation, user);
    if (!compilationId)
        return compilationId.error();

    if (!result.succeeded) {
        QStringList lines;
        for (const Diagnostic &diagnostic : result.diagnostics)
            lines << diagnostic.message;
        const Error error = makeError(
            ErrorCode::Failed,
            QCoreApplication::translate("Publisher",
                                        "Publishing '%1' version %2 failed: %n compilation "
                                        "error(s) for platform version %3. The running version "
                                        "is unchanged.",
                                        nullptr, int(lines.size()))
                .arg(module)
                .arg(version.number)
                .arg(m_profile->version.toString()),
            lines.join(u'\n'));
        operation.recordError(
            ErrorRecord{module, version.number, QStringLiteral("compile"), error});
        return error;
    }
    operation.step(module,
                   QCoreApplication::translate("Publisher", "Compiled '%1' version %2 in %3 ms.")
                       .arg(module)
                       .arg(version.number)
                       .arg(compileMs));
    return Compiled{version,
                    *compilationId,
                    request.outputDir,
                    ModuleInterface::fromDefinition(definition, m_profile->version),
                    result.artifactBytes,
                    compileMs};
}

Result<QHash<QString, Publisher::ProducerInput>>
Publisher::resolveProducers(const ModuleDefinition &definition)
{
    QHash<QString, ProducerInput> producers;
    for (const QString &producer : definition.producers()) {
        Result<std::optional<StoredVersion>> running = m_registry.runningVersion(producer);
        if (!running)
            return running.error();
        if (!running->has_value())
            continue; // never published: the compiler reports ProducerNotCompiled
        Result<std::optional<StoredCompilation>> compilation
            = m_registry.latestSucceededCompilation((*running)->id, m_profile->version);
        if (!compilation)
            return compilation.error();
        if (!compilation->has_value()) {
            // Deployed, but only for an older platform version: it must be prepared
            // (or republished) first.
            return makeError(ErrorCode::Failed, messages::producerNotPrepared(producer));
        }
        Result<ModuleInterface> interface = ModuleInterface::load((*compilation)->folder);
        if (!interface)
            return interface.error();
        producers.insert(
            producer,
            ProducerInput{CompilationInput{(*running)->moduleId, (*compilation)->id}, *interface});
    }
    return producers;
}

Result<qint64> Publisher::recordCompilation(const StoredVersion &version,
                                            const CompileResult &result, const QString &folder,
                                            const QDateTime &startedAt, qint64 durationMs,
                                            const QList<CompilationInput> &inputs,
                                            Operation &operation, const QString &user)
{
    QStringList diagnostics;
    for (const Diagnostic &diagnostic : result.diagnostics)
        diagnostics << diagnostic.message;
    qint64 id = 0;
    Result<void> written = operation.fencedWrite({version.module}, [&]() -> Result<void> {
        NewCompilation compilation;
        compilation.versionId = version.id;
        compilation.platformVersion = m_profile->version.toString();
        compilation.succeeded = result.succeeded;
        compilation.folder
            = folder.isEmpty() ? QString() : QDir(m_folder.root()).relativeFilePath(folder);
        compilation.manifestHash = result.manifestHash;
        compilation.artifactBytes = result.artifactBytes;
        compilation.diagnostics = diagnostics.join(u'\n');
        compilation.startedAt = startedAt;
        compilation.finishedAt = QDateTime::currentDateTimeUtc();
        compilation.durationMs = durationMs;
        compilation.startedBy = user;
        compilation.inputs = inputs;
        Result<qint64> inserted = insertCompilation(m_db, compilation);
        if (!inserted)
            return inserted.error();
        id = *inserted;
        return {};
    });
    if (!written) {
        if (!folder.isEmpty())
            QDir(folder).removeRecursively(); // nothing references it
        return written.error();
    }
    return id;
}

Result<QByteArray> Publisher::settingsJson(const StoredVersion &version,
                                           const QMap<QString, QString> &overrides)
{
    Result<ModuleDefinition> definition = ModuleParser::parseFile(version.sourcePath);
    if (!definition)
        return definition.error();
    Result<QMap<QString, QString>> applied
        = deploymentrecords::appliedSettings(m_db, version.moduleId);
    if (!applied)
        return applied.error();
    return deploymentrecords::settingsJson(*definition, *applied, overrides);
}

Result<void> Publisher::deploy(const StoredVersion &version, qint64 compilationId,
                               const QString &compilationDir, Operation &operation,
                               const QString &user, const QMap<QString, QString> &settings,
                               const std::function<Result<void>()> &inSwitch)
{
    const QString module = version.module;
    Result<QByteArray> settingsFile = settingsJson(version, settings);
    if (!settingsFile)
        return settingsFile.error();
    operation.step(module,
                   QCoreApplication::translate("Publisher", "Deploying '%1' version %2.")
                       .arg(module)
                       .arg(version.number));
    Result<QString> staged = m_deployer.stage(module, compilationDir, *settingsFile,
                                              deploymentrecords::folderName(compilationId));
    if (!staged)
        return staged.error();

    // Recorded as staged first: a crash after the switch below leaves a row that
    // the next process finishes (the link points at it) or discards.
    qint64 deploymentId = 0;
    Result<void> recorded = operation.fencedWrite({module}, [&]() -> Result<void> {
        Result<qint64> inserted
            = deploymentrecords::recordStaged(m_db, m_folder, version.moduleId, compilationId,
                                              *staged, user, operation.ticket().operationId);
        if (!inserted)
            return inserted.error();
        deploymentId = *inserted;
        return {};
    });
    if (!recorded) {
        m_deployer.remove(*staged);
        return recorded;
    }

    // Files of the running version that another process holds are waited for (with
    // a bound) before the switch, outside the transaction so no writer waits on us.
    // The switch itself happens inside a fenced transaction: a holder that lost its
    // lease cannot switch, and no other process can recover this deployment meanwhile.
    QStringList obsolete;
    Result<void> switched = m_deployer.checkRunningNotInUse(module);
    if (switched)
        switched = operation.fencedWrite({module}, [&]() -> Result<void> {
            if (inSwitch) {
                if (Result<void> done = inSwitch(); !done)
                    return done;
            }
            Result<QStringList> running
                = deploymentrecords::markRunning(m_db, m_folder, version.moduleId, deploymentId);
            if (!running)
                return running.error();
            obsolete = *running;
            return m_deployer.switchTo(module, *staged);
        });
    if (!switched) {
        (void)deploymentrecords::abandon(m_db, deploymentId);
        m_deployer.remove(*staged);
        return switched;
    }
    for (const QString &folder : std::as_const(obsolete))
        m_deployer.remove(folder);
    operation.step(
        module,
        QCoreApplication::translate("Publisher", "'%1' now runs version %2 (compilation %3).")
            .arg(module)
            .arg(version.number)
            .arg(compilationId));
    return {};
}

Result<void> Publisher::redeployRunning(const QString &module,
                                        const QMap<QString, QString> &settings,
                                        const std::function<Result<void>()> &storeSettings,
                                        Operation &operation, const QString &user)
{
    Result<std::optional<StoredVersion>> version = m_registry.runningVersion(module);
    if (!version)
        return version.error();
    Q_ASSERT(version->has_value());
    Result<std::optional<StoredDeployment>> running
        = m_registry.runningDeployment((*version)->moduleId);
    if (!running)
        return running.error();
    Result<QVariant> folder
        = scalar(m_db, QStringLiteral("SELECT folder FROM compilations WHERE id = ?"),
                 {(*running)->compilationId});
    if (!folder)
        return folder.error();
    return deploy(**version, (*running)->compilationId, m_folder.root() + u'/' + folder->toString(),
                  operation, user, settings, storeSettings);
}

Result<void> Publisher::recoverStagedDeployments()
{
    return deploymentrecords::recoverStaged(m_db, m_folder, m_deployer);
}

} // namespace osc
