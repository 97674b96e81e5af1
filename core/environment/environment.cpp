#include "environment.h"

#include "compiler/compiler.h"
#include "compiler/externalcompiler.h"
#include "demo/demofactory.h"
#include "engine/executionstore.h"
#include "engine/preparationengine.h"
#include "environment/datafolder.h"
#include "environment/leftoversweeper.h"
#include "environment/moduleregistry.h"
#include "environment/moduleremover.h"
#include "environment/platformupgrader.h"
#include "environment/publisher.h"
#include "environment/settingsapplier.h"
#include "logs/logstore.h"
#include "logs/logwriter.h"
#include "modules/moduleparser.h"
#include "operations/holderprobe.h"
#include "operations/operation.h"
#include "storage/database.h"
#include "storage/timestamps.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QSet>
#include <QStandardPaths>

namespace osc {

namespace MetaKey {
static const QString createdAt = QStringLiteral("created_at");
} // namespace MetaKey

class Environment::Private
{
public:
    Private(DataFolder folder, std::unique_ptr<Database> database, ProfileRegistry registry,
            std::shared_ptr<const CompilerProfile> currentProfile,
            std::unique_ptr<LogWriter> logWriter, std::unique_ptr<Compiler> compilerInUse,
            std::chrono::milliseconds lease, RetryPolicy filePolicy)
        : folder(std::move(folder))
        , db(std::move(database))
        , profiles(std::move(registry))
        , profile(std::move(currentProfile))
        , compiler(std::move(compilerInUse))
        , config(*db)
        , logWriter(std::move(logWriter))
        , logs(*db)
        , locks(*db, lease)
        , journal(*this->logWriter, profile->version)
        , deployer(this->folder, filePolicy)
        , modules(*db, this->folder)
        , publisher(*db, modules, this->folder, deployer, profile, *compiler)
        , remover(*db, this->folder, deployer)
        , settings(*db, modules, publisher)
        , executions(*db)
    { }

    static Result<std::unique_ptr<Private>> make(const DataFolder &folder,
                                                 std::unique_ptr<Database> db,
                                                 ProfileRegistry profiles,
                                                 std::shared_ptr<const CompilerProfile> profile);

    // Housekeeping that runs by itself, at most once a day, when an environment is
    // opened: the log retention (`scctl log --purge` applies it at once) and the sweep
    // of folders killed processes left behind. A failure only delays it.
    void housekeepDaily()
    {
        static const QString lastRunKey = QStringLiteral("housekeeping_last_run");
        const QDateTime now = QDateTime::currentDateTimeUtc();
        Result<QString> last = db->meta(lastRunKey);
        if (!last || (!last->isEmpty() && fromStoredTime(*last).secsTo(now) < 24 * 3600))
            return;
        const bool purged = logs.applyRetention().ok();
        const bool swept = LeftoverSweeper(*db, folder, deployer).sweep().ok();
        if (purged && swept)
            (void)db->write([&] { return db->setMeta(lastRunKey, toStoredTime(now)); });
    }

    // Another process may have upgraded the platform since this one looked: follow
    // it, so that nothing compiles for a version the environment left.
    Result<void> followPlatform()
    {
        Result<PlatformVersion> version = storedPlatformVersion(*db);
        if (!version)
            return version.error();
        if (*version == profile->version)
            return {};
        std::shared_ptr<const CompilerProfile> found = profiles.find(*version);
        if (!found) {
            return makeError(ErrorCode::Environment,
                             QCoreApplication::translate(
                                 "Environment",
                                 "The environment now runs platform version %1, which this "
                                 "installation does not have.")
                                 .arg(version->toString()));
        }
        profile = found;
        publisher.setProfile(found);
        journal.setPlatformVersion(found->version);
        return {};
    }

    PreparationEngine::Services engineServices(const QString &components)
    {
        return PreparationEngine::Services{*db, services(), folder, profile, *compiler, components};
    }

    DeploymentEngine::Services deploymentServices()
    {
        return DeploymentEngine::Services{*db, services(), folder, profile, deployer};
    }

    OperationServices services()
    {
        return OperationServices{*db, locks, journal, folder.databaseFile()};
    }

    // Runs `work` as one operation over `modules`: takes their locks, recovers what
    // dead holders left staged, runs, records the outcome.
    template<typename T>
    Result<T> run(OperationKind kind, const QStringList &modules, const OperationOptions &options,
                  const std::function<Result<T>(Operation &)> &work,
                  const std::function<QString(const T &)> &summary)
    {
        Result<std::unique_ptr<Operation>> operation
            = Operation::start(services(), LockRequest{kind, options.user, modules}, options);
        if (!operation)
            return operation.error();
        if (Result<void> followed = followPlatform(); !followed)
            return (*operation)->finish(Result<T>(followed.error()), QString());
        if (Result<void> recovered = publisher.recoverStagedDeployments(); !recovered)
            return (*operation)->finish(Result<T>(recovered.error()), QString());
        Result<T> outcome = work(**operation);
        const QString text = outcome ? summary(*outcome) : QString();
        return (*operation)->finish(std::move(outcome), text);
    }

    DataFolder folder;
    std::unique_ptr<Database> db;
    ProfileRegistry profiles;
    std::shared_ptr<const CompilerProfile> profile;
    std::unique_ptr<Compiler> compiler;
    EnvironmentConfig config;
    std::unique_ptr<LogWriter> logWriter;
    LogStore logs;
    LockManager locks;
    OperationJournal journal;
    Deployer deployer;
    ModuleRegistry modules;
    Publisher publisher;
    ModuleRemover remover;
    SettingsApplier settings;
    ExecutionStore executions;
};

Environment::Environment(std::unique_ptr<Private> dd) : d(std::move(dd)) { }

// Wires an opened database into an environment: the settings decide the lease, the
// file retry policy and the compiler; the log writer gets a connection of its own.
Result<std::unique_ptr<Environment::Private>>
Environment::Private::make(const DataFolder &folder, std::unique_ptr<Database> db,
                           ProfileRegistry profiles, std::shared_ptr<const CompilerProfile> profile)
{
    EnvironmentConfig config(*db);
    Result<std::chrono::milliseconds> lease = config.lease();
    if (!lease)
        return lease.error();
    Result<RetryPolicy> filePolicy = config.filePolicy();
    if (!filePolicy)
        return filePolicy.error();
    Result<QString> command = config.value(EnvironmentConfig::compilerCommand);
    if (!command)
        return command.error();
    Result<std::chrono::milliseconds> timeout = config.compilerTimeout();
    if (!timeout)
        return timeout.error();
    std::unique_ptr<Compiler> compiler;
    if (command->isEmpty())
        compiler = std::make_unique<BuiltinCompiler>();
    else
        compiler = std::make_unique<ExternalCompiler>(*command, *timeout);
    Result<std::unique_ptr<LogWriter>> writer = LogWriter::open(folder.databaseFile());
    if (!writer)
        return writer.error();
    return std::make_unique<Environment::Private>(folder, std::move(db), std::move(profiles),
                                                  std::move(profile), std::move(writer.value()),
                                                  std::move(compiler), *lease, *filePolicy);
}

Environment::~Environment() = default;

QString Environment::defaultDataDir()
{
    const QString fromEnvironment = qEnvironmentVariable("OSC_ENV");
    if (!fromEnvironment.isEmpty())
        return QDir::cleanPath(QDir::current().absoluteFilePath(fromEnvironment));
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/open-service-center/default");
}

// A folder we cannot write to would fail later in confusing ways (SQLite's WAL
// needs to create files next to the database); say so up front.
static Result<void> checkWritable(const QString &dir)
{
    QFile probe(dir + QStringLiteral("/.osc-write-probe"));
    if (!probe.open(QIODevice::WriteOnly)) {
        return makeError(ErrorCode::Environment,
                         QCoreApplication::translate(
                             "Environment",
                             "The environment folder %1 is read-only (%2). Open Service Center "
                             "needs to write to it: fix the folder's permissions, or copy the "
                             "environment to a writable folder.")
                             .arg(dir, probe.errorString()));
    }
    probe.close();
    probe.remove();
    return {};
}

static Result<ProfileRegistry> loadProfiles()
{
    Result<ProfileRegistry> profiles = ProfileRegistry::load();
    if (!profiles) {
        return makeError(ErrorCode::Internal,
                         QCoreApplication::translate(
                             "Environment", "The built-in compiler profiles cannot be loaded."),
                         profiles.error().fullText());
    }
    return profiles;
}

static Error unknownPlatform(const PlatformVersion &version, const ProfileRegistry &profiles)
{
    QStringList installed;
    for (const PlatformVersion &candidate : profiles.versions())
        installed << candidate.toString();
    return makeError(
        ErrorCode::BadInput,
        QCoreApplication::translate("Environment",
                                    "Platform version %1 is not installed. Installed versions: %2.")
            .arg(version.toString(), installed.join(QStringLiteral(", "))));
}

Result<std::unique_ptr<Environment>> Environment::create(const QString &dataDir,
                                                         const PlatformVersion &platform)
{
    Result<ProfileRegistry> profiles = loadProfiles();
    if (!profiles)
        return profiles.error();
    std::shared_ptr<const CompilerProfile> profile = profiles->find(platform);
    if (!profile)
        return unknownPlatform(platform, *profiles);

    const QString root = QDir::cleanPath(QDir::current().absoluteFilePath(dataDir));
    const QDir dir(root);
    if (dir.exists() && !dir.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)) {
        return makeError(ErrorCode::Environment,
                         QCoreApplication::translate(
                             "Environment",
                             "Cannot create an environment in %1: the folder is not empty. "
                             "Choose a new or empty folder.")
                             .arg(root));
    }
    if (!QDir().mkpath(root)) {
        return makeError(ErrorCode::Environment,
                         QCoreApplication::translate(
                             "Environment",
                             "Cannot create the folder %1. Check that its parent exists and is "
                             "writable.")
                             .arg(root));
    }
    if (Result<void> writable = checkWritable(root); !writable)
        return writable.error();
    const DataFolder folder(root);
    for (const QString &sub : DataFolder::topLevelFolders())
        QDir(root).mkpath(sub);

    Result<std::unique_ptr<Database>> db
        = Database::openSqlite(folder.databaseFile(), Database::OpenMode::CreateNew);
    if (!db)
        return db.error();
    Result<void> stored = (*db)->write([&]() -> Result<void> {
        for (const auto &[key, value] :
             {std::pair{MetaKey::platformVersion, platform.toString()},
              std::pair{MetaKey::systemComponents, profile->systemComponentsVersion},
              std::pair{MetaKey::createdAt, storedNow()}}) {
            if (Result<void> done = (*db)->setMeta(key, value); !done)
                return done;
        }
        return {};
    });
    if (!stored)
        return stored.error();
    Result<std::unique_ptr<Private>> wired
        = Private::make(folder, std::move(db.value()), std::move(profiles.value()), profile);
    if (!wired)
        return wired.error();
    return std::unique_ptr<Environment>(new Environment(std::move(wired.value())));
}

Result<std::unique_ptr<Environment>> Environment::open(const QString &dataDir)
{
    const QString root = QDir::cleanPath(QDir::current().absoluteFilePath(dataDir));
    const DataFolder folder(root);
    if (!QFileInfo(root).isDir()) {
        return makeError(ErrorCode::Environment,
                         QCoreApplication::translate(
                             "Environment",
                             "There is no environment at %1: the folder does not exist. Create "
                             "one with 'scctl --env %1 env init', or choose another folder.")
                             .arg(root));
    }
    if (!QFileInfo::exists(folder.databaseFile())) {
        return makeError(ErrorCode::Environment,
                         QCoreApplication::translate(
                             "Environment",
                             "%1 is not an Open Service Center environment: it has no "
                             "environment.db. Choose the folder of an environment, or create one "
                             "with 'scctl --env %1 env init'.")
                             .arg(root));
    }
    if (Result<void> writable = checkWritable(root); !writable)
        return writable.error();
    Result<ProfileRegistry> profiles = loadProfiles();
    if (!profiles)
        return profiles.error();
    Result<std::unique_ptr<Database>> db
        = Database::openSqlite(folder.databaseFile(), Database::OpenMode::OpenExisting);
    if (!db)
        return db.error();
    Result<PlatformVersion> platform = storedPlatformVersion(**db);
    if (!platform)
        return platform.error();
    std::shared_ptr<const CompilerProfile> profile = profiles->find(*platform);
    if (!profile) {
        return makeError(ErrorCode::Environment,
                         QCoreApplication::translate(
                             "Environment",
                             "The environment at %1 runs platform version %2, which this "
                             "installation does not have. Use an Open Service Center that "
                             "includes platform %2.")
                             .arg(root, platform->toString()));
    }
    Result<std::unique_ptr<Private>> wired
        = Private::make(folder, std::move(db.value()), std::move(profiles.value()), profile);
    if (!wired)
        return wired.error();
    std::unique_ptr<Environment> environment(new Environment(std::move(wired.value())));
    // What killed processes left behind: their locks once their lease expired, then
    // the deployments they staged.
    Result<QList<InterruptedOperation>> interrupted = environment->d->locks.recoverExpired();
    if (!interrupted)
        return interrupted.error();
    for (const InterruptedOperation &operation : std::as_const(*interrupted))
        environment->d->journal.interrupted(operation);
    if (Result<void> recovered = environment->d->publisher.recoverStagedDeployments(); !recovered)
        return recovered.error();
    environment->d->housekeepDaily();
    return environment;
}

QString Environment::dataDir() const
{
    return d->folder.root();
}

PlatformVersion Environment::platformVersion() const
{
    (void)d->followPlatform();
    return d->profile->version;
}

const ProfileRegistry &Environment::profiles() const
{
    return d->profiles;
}

Result<EnvironmentInfo> Environment::info()
{
    if (Result<void> followed = d->followPlatform(); !followed)
        return followed.error();
    EnvironmentInfo info;
    info.dataDir = d->folder.root();
    info.platformVersion = d->profile->version;
    Result<QString> components = d->db->meta(MetaKey::systemComponents);
    if (!components)
        return components.error();
    info.systemComponentsVersion = *components;
    Result<QString> created = d->db->meta(MetaKey::createdAt);
    if (!created)
        return created.error();
    info.createdAt = fromStoredTime(*created);
    Result<QList<ModuleSummary>> all = modules();
    if (!all)
        return all.error();
    info.moduleCount = int(all->size());
    for (const ModuleSummary &summary : std::as_const(*all))
        ++info.countsByStatus[summary.status];
    Result<QList<ExecutionSummary>> steps = d->executions.list();
    if (!steps)
        return steps.error();
    if (!steps->isEmpty())
        info.lastStep = steps->constFirst();
    return info;
}

Result<ImportReport> Environment::importFiles(const QStringList &paths, const QString &user)
{
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            QStringList found;
            QDirIterator it(path, {QStringLiteral("*.json")}, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext())
                found << it.next();
            found.sort();
            files << found;
        } else if (info.exists()) {
            files << path;
        } else {
            return makeError(ErrorCode::BadInput,
                             QCoreApplication::translate(
                                 "Environment", "Cannot import %1: no such file or folder.")
                                 .arg(path));
        }
    }
    if (files.isEmpty())
        return makeError(
            ErrorCode::BadInput,
            QCoreApplication::translate("Environment", "No module files (*.json) to import."));

    QList<ModuleRegistry::Upload> uploads;
    QHash<QString, QString> fileOfModule;
    for (const QString &file : std::as_const(files)) {
        QFile input(file);
        if (!input.open(QIODevice::ReadOnly)) {
            return makeError(ErrorCode::BadInput,
                             QCoreApplication::translate("Environment", "Cannot read %1: %2")
                                 .arg(file, input.errorString()));
        }
        const QByteArray bytes = input.readAll();
        Result<ModuleDefinition> definition = ModuleParser::parse(bytes, file);
        if (!definition)
            return definition.error();
        if (fileOfModule.contains(definition->name)) {
            return makeError(
                ErrorCode::BadInput,
                QCoreApplication::translate(
                    "Environment",
                    "Module '%1' is defined twice: in %2 and in %3. Import one of "
                    "them.")
                    .arg(definition->name, fileOfModule.value(definition->name), file));
        }
        fileOfModule.insert(definition->name, file);
        uploads << ModuleRegistry::Upload{*definition, bytes};
    }
    return d->modules.upload(uploads, user);
}

Result<ImportReport> Environment::importDefinitions(const QList<ModuleDefinition> &definitions,
                                                    const QString &user)
{
    QList<ModuleRegistry::Upload> uploads;
    uploads.reserve(definitions.size());
    for (const ModuleDefinition &definition : definitions)
        uploads << ModuleRegistry::Upload{definition, definition.toJson()};
    return d->modules.upload(uploads, user);
}

Result<QList<ModuleSummary>> Environment::modules(const ModuleQuery &query)
{
    if (Result<void> followed = d->followPlatform(); !followed)
        return followed.error();
    return d->modules.summaries(d->profile->version, query);
}

Result<ModuleDetail> Environment::module(const QString &name)
{
    if (Result<void> followed = d->followPlatform(); !followed)
        return followed.error();
    return d->modules.detail(name, d->profile->version);
}

Result<ModuleDefinition> Environment::moduleSource(const QString &name, int version)
{
    Result<StoredVersion> stored = d->modules.version(name, version);
    if (!stored)
        return stored.error();
    return ModuleParser::parseFile(stored->sourcePath);
}

// Bad input is refused before any lock is taken: an unknown module never blocks
// anyone, and its error is a usage error rather than a refusal.
static Result<void> checkModulesExist(ModuleRegistry &registry, const QList<PublishTarget> &targets)
{
    for (const PublishTarget &target : targets) {
        if (Result<StoredVersion> version = registry.version(target.module, target.version);
            !version)
            return version.error();
    }
    return {};
}

Result<QList<PublishOutcome>> Environment::publish(const QList<PublishTarget> &targets,
                                                   const OperationOptions &options)
{
    Q_ASSERT(!targets.isEmpty());
    if (Result<void> known = checkModulesExist(d->modules, targets); !known)
        return known.error();
    QStringList names;
    for (const PublishTarget &target : targets) {
        if (names.contains(target.module)) {
            return makeError(
                ErrorCode::BadInput,
                QCoreApplication::translate("Environment", "Module '%1' is named twice.")
                    .arg(target.module));
        }
        names << target.module;
    }
    const OperationKind kind
        = targets.size() == 1 ? OperationKind::Publish : OperationKind::SolutionPublish;
    return d->run<QList<PublishOutcome>>(
        kind, names, options,
        [&](Operation &operation) {
            return d->publisher.publish(targets, operation, options.user);
        },
        [](const QList<PublishOutcome> &outcomes) {
            QStringList published;
            for (const PublishOutcome &outcome : outcomes)
                published
                    << QStringLiteral("%1 (version %2)").arg(outcome.module).arg(outcome.version);
            return QCoreApplication::translate("Environment", "Published %1.")
                .arg(published.join(QStringLiteral(", ")));
        });
}

Result<PublishOutcome> Environment::publish(const QString &name, int version, const QString &user)
{
    OperationOptions options;
    options.user = user;
    Result<QList<PublishOutcome>> outcomes = publish({PublishTarget{name, version}}, options);
    if (!outcomes)
        return outcomes.error();
    return outcomes->constFirst();
}

Result<DeleteOutcome> Environment::deleteModule(const QString &name, bool force,
                                                const OperationOptions &options)
{
    if (Result<void> known = checkModulesExist(d->modules, {PublishTarget{name, 0}}); !known)
        return known.error();
    return d->run<DeleteOutcome>(
        OperationKind::DeleteModule, {name}, options,
        [&](Operation &operation) {
            return d->remover.remove(name, force, operation, options.user);
        },
        [](const DeleteOutcome &outcome) {
            return outcome.brokenConsumers.isEmpty()
                ? QCoreApplication::translate("Environment", "Deleted %1.").arg(outcome.module)
                : QCoreApplication::translate("Environment", "Deleted %1; broken consumers: %2.")
                      .arg(outcome.module, outcome.brokenConsumers.join(QStringLiteral(", ")));
        });
}

Result<ApplySettingsOutcome> Environment::applySettings(const QString &name,
                                                        const QMap<QString, QString> &values,
                                                        const OperationOptions &options)
{
    if (Result<void> valid = d->settings.validate(name, values); !valid)
        return valid.error();
    return d->run<ApplySettingsOutcome>(
        OperationKind::ConfigurationUpdate, {name}, options,
        [&](Operation &operation) {
            return d->settings.apply(name, values, operation, options.user);
        },
        [](const ApplySettingsOutcome &outcome) {
            QStringList pairs;
            for (auto it = outcome.applied.cbegin(); it != outcome.applied.cend(); ++it)
                pairs << it.key() + u'=' + it.value();
            return QCoreApplication::translate("Environment", "Applied %1 to %2.")
                .arg(pairs.join(QStringLiteral(", ")), outcome.module);
        });
}

Result<QStringList> Environment::consumersOf(const QString &name)
{
    return d->remover.consumersOf(name);
}

Result<QList<ModuleLock>> Environment::locks()
{
    Result<QList<InterruptedOperation>> interrupted = d->locks.recoverExpired();
    if (!interrupted)
        return interrupted.error();
    for (const InterruptedOperation &operation : std::as_const(*interrupted))
        d->journal.interrupted(operation);
    if (!interrupted->isEmpty())
        (void)d->journal.flush();
    return d->locks.locks();
}

Result<QList<ErrorLogEntry>> Environment::errors(const LogQuery &query)
{
    (void)d->logWriter->flush(); // this process's own recent entries, too
    return d->logs.errors(query);
}

Result<QList<GeneralLogEntry>> Environment::generalLog(const LogQuery &query)
{
    (void)d->logWriter->flush();
    return d->logs.generalLog(query);
}

Result<qint64> Environment::applyLogRetention()
{
    Result<PurgeReport> purged = d->logs.applyRetention();
    if (!purged)
        return purged.error();
    return purged->errorsDeleted + purged->generalDeleted;
}

Result<UpgradeOutcome> Environment::upgradePlatform(const UpgradeRequest &request,
                                                    const QString &user)
{
    if (Result<void> followed = d->followPlatform(); !followed)
        return followed.error();
    PlatformUpgrader upgrader(*d->db, d->locks, d->profiles);
    Result<UpgradeOutcome> upgraded = upgrader.upgrade(request);
    if (!upgraded)
        return upgraded;
    if (Result<void> followed = d->followPlatform(); !followed)
        return followed.error();
    d->journal.environmentEvent(
        user, QStringLiteral("upgraded"),
        QCoreApplication::translate("Environment",
                                    "Platform upgraded from %1 to %2 by %3; system components %4.")
            .arg(upgraded->from.toString(), upgraded->to.toString(), user,
                 upgraded->systemComponentsInstalled
                     ? QCoreApplication::translate("Environment", "installed")
                     : QCoreApplication::translate("Environment", "not installed")));
    (void)d->journal.flush();
    return upgraded;
}

Result<UpgradePreview> Environment::upgradePreview(const UpgradeRequest &request)
{
    if (Result<void> followed = d->followPlatform(); !followed)
        return followed.error();
    UpgradePreviewer previewer(*d->db, d->folder, d->profiles);
    return previewer.preview(platformVersion(), request);
}

Result<QString> Environment::installSystemComponents(const QString &user)
{
    if (Result<void> followed = d->followPlatform(); !followed)
        return followed.error();
    Result<QString> installed
        = PlatformUpgrader(*d->db, d->locks, d->profiles).installSystemComponents();
    if (!installed)
        return installed;
    d->journal.environmentEvent(
        user, QStringLiteral("installed"),
        QCoreApplication::translate("Environment", "System components %1 installed by %2.")
            .arg(*installed, user));
    (void)d->journal.flush();
    return installed;
}

Result<QString> Environment::systemComponentsVersion()
{
    return d->db->meta(MetaKey::systemComponents);
}

Result<ExecutionSummary> Environment::prepareModules(const PreparationOptions &options)
{
    if (Result<void> followed = d->followPlatform(); !followed)
        return followed.error();
    Result<QString> components = d->db->meta(MetaKey::systemComponents);
    if (!components)
        return components.error();
    PreparationOptions withWorkers = options;
    if (withWorkers.workers <= 0) {
        Result<int> configured = d->config.preparationWorkerCount();
        if (!configured)
            return configured.error();
        withWorkers.workers = *configured; // 0 still: one per core
    }
    PreparationEngine engine(d->engineServices(*components));
    return engine.run(withWorkers);
}

Result<DeploymentPlan> Environment::deploymentPlan()
{
    if (Result<void> followed = d->followPlatform(); !followed)
        return followed.error();
    DeploymentEngine engine(d->deploymentServices());
    return engine.plan();
}

Result<ExecutionSummary> Environment::deployPreparedModules(const StepOptions &options)
{
    if (Result<void> followed = d->followPlatform(); !followed)
        return followed.error();
    StepOptions withWorkers = options;
    if (withWorkers.workers <= 0) {
        Result<int> configured = d->config.preparationWorkerCount();
        if (!configured)
            return configured.error();
        withWorkers.workers = *configured; // 0 still: one per core
    }
    DeploymentEngine engine(d->deploymentServices());
    return engine.run(withWorkers);
}

Result<ExecutionSummary> Environment::holdStep(const QString &user)
{
    Result<ExecutionSummary> held = d->executions.requestHold(ExecutionKind::Preparation);
    if (!held && held.error().code == ErrorCode::NotFound)
        held = d->executions.requestHold(ExecutionKind::Deployment);
    if (!held && held.error().code == ErrorCode::NotFound) {
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("Environment",
                                                     "No modules preparation or deployment is "
                                                     "running: there is nothing to put on hold."));
    }
    if (!held)
        return held;
    d->journal.environmentEvent(
        user, QStringLiteral("hold"),
        (held->kind == ExecutionKind::Preparation
             ? QCoreApplication::translate(
                 "Environment", "%1 asked to put the modules preparation (execution %2) on hold.")
             : QCoreApplication::translate(
                 "Environment", "%1 asked to put the modules deployment (execution %2) on hold."))
            .arg(user)
            .arg(held->id));
    (void)d->journal.flush();
    return held;
}

Result<ExecutionSummary> Environment::resumeStep(const StepOptions &options)
{
    if (Result<void> followed = d->followPlatform(); !followed)
        return followed.error();
    std::optional<ExecutionStore::Unfinished> unfinished;
    for (ExecutionKind kind : {ExecutionKind::Preparation, ExecutionKind::Deployment}) {
        Result<std::optional<ExecutionStore::Unfinished>> found
            = d->executions.unfinished(kind, d->profile->version);
        if (!found)
            return found.error();
        if (found->has_value()) {
            unfinished = *found;
            break;
        }
    }
    if (!unfinished) {
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate(
                             "Environment",
                             "No modules preparation or deployment is on hold or interrupted for "
                             "platform version %1: there is nothing to resume. 'scctl "
                             "upgrade-published-applications' starts a new preparation, 'scctl "
                             "deploy-prepared-applications' a new deployment.")
                             .arg(d->profile->version.toString()));
    }
    const ExecutionStore::Unfinished &run = *unfinished;
    if (run.holderRunning && run.summary.holdRequested
        && !holderIsGone(run.summary.holderPid, run.summary.holderHost)) {
        // Its process has not held it yet: it simply goes on.
        Result<bool> withdrawn = d->executions.withdrawHold(run.summary.id);
        if (!withdrawn)
            return withdrawn.error();
        if (*withdrawn) {
            d->journal.environmentEvent(
                options.user, QStringLiteral("resumed"),
                QCoreApplication::translate("Environment",
                                            "%1 withdrew the hold of execution %2 before it took "
                                            "effect.")
                    .arg(options.user)
                    .arg(run.summary.id));
            (void)d->journal.flush();
            Result<std::optional<ExecutionSummary>> now = d->executions.find(run.summary.id);
            if (!now)
                return now.error();
            return **now;
        }
    }
    return run.summary.kind == ExecutionKind::Preparation ? prepareModules(options)
                                                          : deployPreparedModules(options);
}

Result<QList<ExecutionSummary>> Environment::executions()
{
    return d->executions.list();
}

Result<ExecutionDetail> Environment::execution(qint64 id)
{
    return d->executions.detail(id);
}

EnvironmentConfig &Environment::config()
{
    return d->config;
}

Result<void> Environment::populateDemo(int moduleCount, quint64 seed, const QString &user,
                                       const std::function<void(int, int)> &progress)
{
    if (moduleCount < 1) {
        return makeError(ErrorCode::BadInput,
                         QCoreApplication::translate(
                             "Environment", "The demo factory needs at least one module (got %1).")
                             .arg(moduleCount));
    }
    Result<QVariant> existing = scalar(*d->db, QStringLiteral("SELECT COUNT(*) FROM modules"));
    if (!existing)
        return existing.error();
    if (existing->toInt() > 0) {
        return makeError(ErrorCode::BadInput,
                         QCoreApplication::translate(
                             "Environment",
                             "The environment at %1 already has modules; the demo factory goes "
                             "into a new environment only.")
                             .arg(d->folder.root()));
    }
    const QList<ModuleDefinition> definitions = DemoFactory::generate(moduleCount, seed);
    if (Result<ImportReport> imported = importDefinitions(definitions, user); !imported)
        return imported.error();
    const int total = int(definitions.size());
    for (int i = 0; i < total; ++i) {
        Result<PublishOutcome> published = publish(definitions.at(i).name, 0, user);
        if (!published) {
            return makeError(ErrorCode::Internal,
                             QCoreApplication::translate("Environment",
                                                         "The demo factory could not publish '%1'.")
                                 .arg(definitions.at(i).name),
                             published.error().fullText());
        }
        if (progress)
            progress(i + 1, total);
    }
    return {};
}

Result<EnvironmentHealth> Environment::health(const HealthOptions &options)
{
    return HealthReader(*d->db, d->locks, d->folder).read(options);
}

Result<LockRelease> Environment::releaseLock(const QString &module, const QString &user, bool force,
                                             qint64 expectedOperationId)
{
    Result<LockRelease> released = d->locks.releaseByHand(module, expectedOperationId, force, user);
    if (!released)
        return released;
    d->logWriter->append(releaseLogEntry(*released, module, user));
    (void)d->logWriter->flush();
    return released;
}

} // namespace osc
