#pragma once

#include "environment/datafolder.h"
#include "environment/environment.h"
#include "storage/database.h"

#include <optional>

namespace osc {

struct StoredVersion
{
    qint64 id = 0;
    qint64 moduleId = 0;
    QString module;
    int number = 0;
    QString sourcePath;
};

struct StoredCompilation
{
    qint64 id = 0;
    qint64 versionId = 0;
    QString folder;
};

struct StoredDeployment
{
    qint64 id = 0;
    qint64 compilationId = 0;
    QString folder;
};

// Reads and records modules and their versions: uploads, listings, details, and
// the lookups publishing needs. Owns no connection: it works on the caller's Database.
class ModuleRegistry
{
public:
    ModuleRegistry(Database &db, DataFolder folder) : m_db(db), m_folder(std::move(folder)) { }

    // One definition with its file bytes (stored as uploaded).
    struct Upload
    {
        ModuleDefinition definition;
        QByteArray bytes;
    };
    // Stores each definition as a new version of its module (creating the module, or
    // restoring a deleted one), unless it is identical to the latest: one transaction. A batch with
    // a module or producer name that is not a name the module format allows
    // (ModuleParser::isName()) is refused whole: BadInput, nothing stored.
    Result<ImportReport> upload(const QList<Upload> &uploads, const QString &user);

    Result<std::optional<qint64>> moduleId(const QString &name);
    // `number` 0 means the latest version. Unknown module or version: BadInput.
    Result<StoredVersion> version(const QString &module, int number);
    Result<std::optional<StoredDeployment>> runningDeployment(qint64 moduleId);
    // The version the running deployment was compiled from; nullopt when never deployed.
    Result<std::optional<StoredVersion>> runningVersion(const QString &module);
    Result<std::optional<StoredCompilation>>
    latestSucceededCompilation(qint64 versionId, const PlatformVersion &platform);

    Result<QList<ModuleSummary>> summaries(const PlatformVersion &platform,
                                           const ModuleQuery &query);
    Result<ModuleDetail> detail(const QString &name, const PlatformVersion &platform);

private:
    Error unknownModule(const QString &name) const;

    Database &m_db;
    DataFolder m_folder;
};

} // namespace osc
