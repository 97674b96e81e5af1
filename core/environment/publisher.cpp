#include "publisher.h"

#include "domain/messages.h"
#include "modules/moduleparser.h"
#include "storage/timestamps.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QUuid>

namespace osc {

static QString uniqueSuffix()
{
    return QUuid::createUuid().toString(QUuid::Id128).left(12);
}

Publisher::Publisher(Database &db, ModuleRegistry &registry, const DataFolder &folder,
                     std::shared_ptr<const CompilerProfile> profile, const Compiler &compiler)
    : m_db(db)
    , m_registry(registry)
    , m_folder(folder)
    , m_deployer(folder)
    , m_profile(std::move(profile))
    , m_compiler(compiler)
{ }

Result<PublishOutcome> Publisher::publish(const QString &module, int versionNumber,
                                          const QString &user)
{
    QElapsedTimer timer;
    timer.start();
    Result<StoredVersion> version = m_registry.version(module, versionNumber);
    if (!version)
        return version.error();
    Result<ModuleDefinition> definition = ModuleParser::parseFile(version->sourcePath);
    if (!definition)
        return definition.error();
    Result<QHash<QString, ProducerInput>> producers = resolveProducers(*definition);
    if (!producers)
        return producers.error();

    CompileRequest request;
    request.definition = *definition;
    request.moduleVersion = version->number;
    request.profile = m_profile;
    QList<qint64> inputs;
    for (auto it = producers->cbegin(); it != producers->cend(); ++it) {
        request.producers.insert(it.key(), it->interface);
        inputs << it->compilationId;
    }
    const QString folderName = QStringLiteral("v%1-%2-%3")
                                   .arg(version->number)
                                   .arg(m_profile->version.toString(), uniqueSuffix());
    request.outputDir = m_folder.compilationsOf(module) + u'/' + folderName;
    QDir().mkpath(m_folder.compilationsOf(module));

    const QDateTime startedAt = QDateTime::currentDateTimeUtc();
    QElapsedTimer compileTimer;
    compileTimer.start();
    const CompileResult result = m_compiler.compile(request);
    const qint64 compileMs = compileTimer.elapsed();
    if (!result.ioError.isEmpty()) {
        return makeError(
            ErrorCode::Failed,
            QCoreApplication::translate(
                "Publisher", "Publishing '%1' failed: the compiler could not write its output.")
                .arg(module),
            result.ioError);
    }

    Result<qint64> compilationId
        = recordCompilation(*version, result, result.succeeded ? request.outputDir : QString(),
                            startedAt, compileMs, inputs, user);
    if (!compilationId)
        return compilationId.error();

    if (!result.succeeded) {
        QStringList lines;
        for (const Diagnostic &diagnostic : result.diagnostics)
            lines << diagnostic.message;
        return makeError(ErrorCode::Failed,
                         QCoreApplication::translate(
                             "Publisher",
                             "Publishing '%1' version %2 failed: %n compilation error(s) for "
                             "platform version %3. The running version is unchanged.",
                             nullptr, int(lines.size()))
                             .arg(module)
                             .arg(version->number)
                             .arg(m_profile->version.toString()),
                         lines.join(u'\n'));
    }

    if (Result<void> deployed = deploy(*version, *compilationId, request.outputDir, user);
        !deployed)
        return deployed.error();

    PublishOutcome outcome;
    outcome.module = module;
    outcome.version = version->number;
    outcome.compilationId = *compilationId;
    outcome.durationMs = timer.elapsed();
    outcome.artifactBytes = result.artifactBytes;
    return outcome;
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
        producers.insert(producer, ProducerInput{(*compilation)->id, *interface});
    }
    return producers;
}

Result<qint64> Publisher::recordCompilation(const StoredVersion &version,
                                            const CompileResult &result, const QString &folder,
                                            const QDateTime &startedAt, qint64 durationMs,
                                            const QList<qint64> &inputs, const QString &user)
{
    QStringList diagnostics;
    for (const Diagnostic &diagnostic : result.diagnostics)
        diagnostics << diagnostic.message;
    qint64 id = 0;
    Result<void> written = m_db.write([&]() -> Result<void> {
        Result<QSqlQuery> inserted = m_db.exec(
            QStringLiteral(
                "INSERT INTO compilations (version_id, platform_version, status, folder, "
                "manifest_hash, artifact_bytes, diagnostics, started_at, finished_at, "
                "duration_ms, started_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "RETURNING id"),
            {version.id, m_profile->version.toString(),
             result.succeeded ? QStringLiteral("succeeded") : QStringLiteral("failed"),
             folder.isEmpty() ? QString() : QDir(m_folder.root()).relativeFilePath(folder),
             result.manifestHash, result.artifactBytes, diagnostics.join(u'\n'),
             toStoredTime(startedAt), storedNow(), durationMs, user});
        if (!inserted)
            return inserted.error();
        inserted->next();
        id = inserted->value(0).toLongLong();
        for (qint64 input : inputs) {
            if (Result<QSqlQuery> linked
                = m_db.exec(QStringLiteral("INSERT INTO compilation_inputs (compilation_id, "
                                           "producer_compilation_id) VALUES (?, ?)"),
                            {id, input});
                !linked)
                return linked.error();
        }
        return {};
    });
    if (!written)
        return written.error();
    return id;
}

Result<void> Publisher::deploy(const StoredVersion &version, qint64 compilationId,
                               const QString &compilationDir, const QString &user)
{
    Result<QString> staged
        = m_deployer.stage(version.module, compilationDir,
                           QStringLiteral("c%1-%2").arg(compilationId).arg(uniqueSuffix()));
    if (!staged)
        return staged.error();

    qint64 deploymentId = 0;
    Result<void> recorded = m_db.write([&]() -> Result<void> {
        Result<QSqlQuery> inserted = m_db.exec(
            QStringLiteral(
                "INSERT INTO deployments (module_id, compilation_id, folder, state, "
                "deployed_at, deployed_by) VALUES (?, ?, ?, 'staged', ?, ?) RETURNING id"),
            {version.moduleId, compilationId, QDir(m_folder.root()).relativeFilePath(*staged),
             storedNow(), user});
        if (!inserted)
            return inserted.error();
        inserted->next();
        deploymentId = inserted->value(0).toLongLong();
        return {};
    });
    if (!recorded) {
        m_deployer.remove(*staged);
        return recorded;
    }

    if (Result<void> switched = m_deployer.switchTo(version.module, *staged); !switched) {
        (void)m_db.write([&]() -> Result<void> {
            Result<QSqlQuery> marked = m_db.exec(
                QStringLiteral("UPDATE deployments SET state = 'abandoned' WHERE id = ?"),
                {deploymentId});
            return marked ? Result<void>() : Result<void>(marked.error());
        });
        m_deployer.remove(*staged);
        return switched;
    }
    return makeRunning(version.moduleId, deploymentId);
}

// Records the switch: the deployment becomes the running one, the previous one is
// retired. Folders older than the previous deployment are removed; the previous
// one stays for a quick rollback.
Result<void> Publisher::makeRunning(qint64 moduleId, qint64 deploymentId)
{
    QStringList obsoleteFolders;
    Result<void> written = m_db.write([&]() -> Result<void> {
        Result<QSqlQuery> old = m_db.exec(
            QStringLiteral(
                "SELECT folder FROM deployments WHERE module_id = ? AND state = 'retired'"),
            {moduleId});
        if (!old)
            return old.error();
        while (old->next())
            obsoleteFolders << m_folder.root() + u'/' + old->value(0).toString();
        for (const QString &statement :
             {QStringLiteral("UPDATE deployments SET state = 'abandoned' WHERE module_id = ? AND "
                             "state = 'retired' AND id <> ?"),
              QStringLiteral("UPDATE deployments SET state = 'retired' WHERE module_id = ? AND "
                             "state = 'running' AND id <> ?"),
              QStringLiteral("UPDATE deployments SET state = 'running' WHERE module_id = ? AND "
                             "id = ?")}) {
            if (Result<QSqlQuery> done = m_db.exec(statement, {moduleId, deploymentId}); !done)
                return done.error();
        }
        return {};
    });
    if (!written)
        return written;
    for (const QString &folder : std::as_const(obsoleteFolders))
        m_deployer.remove(folder);
    return {};
}

Result<void> Publisher::recoverStagedDeployments()
{
    Result<QSqlQuery> staged = m_db.exec(
        QStringLiteral("SELECT d.id, d.module_id, m.name, d.folder FROM deployments d JOIN modules "
                       "m ON m.id = d.module_id WHERE d.state = 'staged'"));
    if (!staged)
        return staged.error();
    struct Staged
    {
        qint64 id;
        qint64 moduleId;
        QString module;
        QString folder;
    };
    QList<Staged> found;
    while (staged->next())
        found << Staged{staged->value(0).toLongLong(), staged->value(1).toLongLong(),
                        staged->value(2).toString(),
                        QDir::cleanPath(m_folder.root() + u'/' + staged->value(3).toString())};
    for (const Staged &deployment : std::as_const(found)) {
        if (m_deployer.runningTarget(deployment.module) == deployment.folder) {
            if (Result<void> done = makeRunning(deployment.moduleId, deployment.id); !done)
                return done;
            continue;
        }
        Result<void> abandoned = m_db.write([&]() -> Result<void> {
            Result<QSqlQuery> marked = m_db.exec(
                QStringLiteral("UPDATE deployments SET state = 'abandoned' WHERE id = ?"),
                {deployment.id});
            return marked ? Result<void>() : Result<void>(marked.error());
        });
        if (!abandoned)
            return abandoned;
        m_deployer.remove(deployment.folder);
    }
    return {};
}

} // namespace osc
