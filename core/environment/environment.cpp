#include "environment.h"

#include "compiler/compiler.h"
#include "demo/demofactory.h"
#include "environment/datafolder.h"
#include "environment/moduleregistry.h"
#include "environment/publisher.h"
#include "modules/moduleparser.h"
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
static const QString platformVersion = QStringLiteral("platform_version");
static const QString systemComponents = QStringLiteral("system_components_version");
static const QString createdAt = QStringLiteral("created_at");
} // namespace MetaKey

class Environment::Private
{
public:
    Private(DataFolder folder, std::unique_ptr<Database> database, ProfileRegistry registry,
            std::shared_ptr<const CompilerProfile> currentProfile)
        : folder(std::move(folder))
        , db(std::move(database))
        , profiles(std::move(registry))
        , profile(std::move(currentProfile))
        , modules(*db, this->folder)
        , publisher(*db, modules, this->folder, profile, compiler)
    { }

    DataFolder folder;
    std::unique_ptr<Database> db;
    ProfileRegistry profiles;
    std::shared_ptr<const CompilerProfile> profile;
    BuiltinCompiler compiler;
    ModuleRegistry modules;
    Publisher publisher;
};

Environment::Environment(std::unique_ptr<Private> dd) : d(std::move(dd)) { }
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
    return std::unique_ptr<Environment>(new Environment(std::make_unique<Private>(
        folder, std::move(db.value()), std::move(profiles.value()), profile)));
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
    Result<QString> stored = (*db)->meta(MetaKey::platformVersion);
    if (!stored)
        return stored.error();
    const std::optional<PlatformVersion> platform = PlatformVersion::parse(*stored);
    if (!platform) {
        return makeError(ErrorCode::Environment,
                         QCoreApplication::translate(
                             "Environment",
                             "The environment database %1 is damaged: its platform version '%2' "
                             "is unreadable. Restore it from a backup.")
                             .arg(folder.databaseFile(), *stored));
    }
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
    std::unique_ptr<Environment> environment(new Environment(std::make_unique<Private>(
        folder, std::move(db.value()), std::move(profiles.value()), profile)));
    if (Result<void> recovered = environment->d->publisher.recoverStagedDeployments(); !recovered)
        return recovered.error();
    return environment;
}

QString Environment::dataDir() const
{
    return d->folder.root();
}

PlatformVersion Environment::platformVersion() const
{
    return d->profile->version;
}

const ProfileRegistry &Environment::profiles() const
{
    return d->profiles;
}

Result<EnvironmentInfo> Environment::info()
{
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
    return d->modules.summaries(d->profile->version, query);
}

Result<ModuleDetail> Environment::module(const QString &name)
{
    return d->modules.detail(name, d->profile->version);
}

Result<ModuleDefinition> Environment::moduleSource(const QString &name, int version)
{
    Result<StoredVersion> stored = d->modules.version(name, version);
    if (!stored)
        return stored.error();
    return ModuleParser::parseFile(stored->sourcePath);
}

Result<PublishOutcome> Environment::publish(const QString &name, int version, const QString &user)
{
    return d->publisher.publish(name, version, user);
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

} // namespace osc
