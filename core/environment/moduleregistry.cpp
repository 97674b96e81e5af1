#include "moduleregistry.h"

#include "domain/messages.h"
#include "engine/executionstore.h"
#include "modules/moduleparser.h"
#include "storage/compilationinputs.h"
#include "storage/timestamps.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>

namespace osc {

static QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

Error ModuleRegistry::unknownModule(const QString &name) const
{
    return makeError(ErrorCode::BadInput,
                     QCoreApplication::translate(
                         "ModuleRegistry",
                         "Unknown module '%1'. 'scctl modules' lists the modules of this "
                         "environment.")
                         .arg(name));
}

// A definition that did not come from a file (Environment::importDefinitions()) has not
// been through the parser: its module's and its producers' names are checked here, by
// the parser's rule. They name folders, lock rows and references.
static Result<void> checkNames(const ModuleDefinition &definition)
{
    if (!ModuleParser::isName(definition.name)) {
        return makeError(ErrorCode::BadInput,
                         QCoreApplication::translate(
                             "ModuleRegistry",
                             "A module named '%1' cannot be imported: a module name is a letter, "
                             "then up to %2 letters, digits or '_'.")
                             .arg(definition.name)
                             .arg(ModuleParser::maxNameLength - 1));
    }
    for (const QString &producer : definition.producers()) {
        if (!ModuleParser::isName(producer)) {
            return makeError(ErrorCode::BadInput,
                             QCoreApplication::translate(
                                 "ModuleRegistry",
                                 "'%1' cannot be imported: its producer '%2' is not a module name "
                                 "(a letter, then up to %3 letters, digits or '_').")
                                 .arg(definition.name, producer)
                                 .arg(ModuleParser::maxNameLength - 1));
        }
    }
    return {};
}

Result<ImportReport> ModuleRegistry::upload(const QList<Upload> &uploads, const QString &user)
{
    for (const Upload &upload : uploads) {
        if (Result<void> named = checkNames(upload.definition); !named)
            return named.error();
    }
    ImportReport report;
    const QString now = storedNow();
    Result<void> written = m_db.write([&]() -> Result<void> {
        for (const Upload &upload : uploads) {
            const ModuleDefinition &definition = upload.definition;
            const QString hash = sha256Hex(upload.bytes);
            Result<std::optional<qint64>> existing = moduleId(definition.name);
            if (!existing)
                return existing.error();
            qint64 id = existing->value_or(0);
            int number = 1;
            if (id == 0) {
                Result<QSqlQuery> inserted = m_db.exec(
                    QStringLiteral("INSERT INTO modules (name, application, created_at) "
                                   "VALUES (?, ?, ?) RETURNING id"),
                    {definition.name, definition.application, now});
                if (!inserted)
                    return inserted.error();
                inserted->next();
                id = inserted->value(0).toLongLong();
                report.created << definition.name;
            } else {
                Result<QSqlQuery> latest
                    = m_db.exec(QStringLiteral("SELECT number, source_hash FROM module_versions "
                                               "WHERE module_id = ? ORDER BY number DESC LIMIT 1"),
                                {id});
                if (!latest)
                    return latest.error();
                Result<QVariant> deleted = scalar(
                    m_db, QStringLiteral("SELECT deleted_at FROM modules WHERE id = ?"), {id});
                if (!deleted)
                    return deleted.error();
                if (latest->next()) {
                    if (latest->value(1).toString() == hash && deleted->toString().isEmpty()) {
                        report.unchanged << definition.name;
                        continue;
                    }
                    number = latest->value(0).toInt() + 1;
                }
                report.updated << definition.name;
                // Importing a deleted module again restores it, with a new version.
                if (Result<QSqlQuery> renamed = m_db.exec(
                        QStringLiteral("UPDATE modules SET application = ?, deleted_at = '', "
                                       "deleted_by = '' WHERE id = ?"),
                        {definition.application, id});
                    !renamed)
                    return renamed.error();
            }

            // The file lands before the row that names it: a crash in between leaves
            // an unreferenced file, never a row without its source.
            const QString path = m_folder.sourceFile(definition.name, number);
            QDir().mkpath(QFileInfo(path).path());
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(upload.bytes) != upload.bytes.size()
                || !file.commit()) {
                return makeError(ErrorCode::Failed,
                                 QCoreApplication::translate(
                                     "ModuleRegistry",
                                     "Cannot store the source of '%1' at %2: %3. Check the free "
                                     "disk space and the folder's permissions.")
                                     .arg(definition.name, path, file.errorString()));
            }
            Result<QSqlQuery> version = m_db.exec(
                QStringLiteral("INSERT INTO module_versions (module_id, number, source_path, "
                               "source_hash, source_bytes, logic_size, uploaded_at, uploaded_by) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                {id, number, QDir(m_folder.root()).relativeFilePath(path), hash,
                 qint64(upload.bytes.size()), definition.totalSize(), now, user});
            if (!version)
                return version.error();
            version->next();
            const qint64 versionId = version->value(0).toLongLong();
            for (const QString &producer : definition.producers()) {
                if (Result<QSqlQuery> linked = m_db.exec(
                        QStringLiteral("INSERT INTO version_producers (version_id, producer_name) "
                                       "VALUES (?, ?)"),
                        {versionId, producer});
                    !linked)
                    return linked.error();
            }
        }
        return {};
    });
    if (!written)
        return written.error();
    return report;
}

Result<std::optional<qint64>> ModuleRegistry::moduleId(const QString &name)
{
    Result<QVariant> id
        = scalar(m_db, QStringLiteral("SELECT id FROM modules WHERE name = ?"), {name});
    if (!id)
        return id.error();
    if (id->isNull())
        return std::optional<qint64>();
    return std::optional<qint64>(id->toLongLong());
}

Result<StoredVersion> ModuleRegistry::version(const QString &module, int number)
{
    const QString sql = number > 0
        ? QStringLiteral(
            "SELECT v.id, v.module_id, v.number, v.source_path FROM module_versions v "
            "JOIN modules m ON m.id = v.module_id WHERE m.name = ? AND m.deleted_at = '' "
            "AND v.number = ?")
        : QStringLiteral(
            "SELECT v.id, v.module_id, v.number, v.source_path FROM module_versions v "
            "JOIN modules m ON m.id = v.module_id WHERE m.name = ? AND m.deleted_at = '' "
            "ORDER BY v.number DESC LIMIT 1");
    Result<QSqlQuery> query
        = number > 0 ? m_db.exec(sql, {module, number}) : m_db.exec(sql, {module});
    if (!query)
        return query.error();
    if (!query->next()) {
        Result<std::optional<qint64>> id = moduleId(module);
        if (!id)
            return id.error();
        if (!id->has_value())
            return unknownModule(module);
        Result<QVariant> deleted
            = scalar(m_db, QStringLiteral("SELECT deleted_at FROM modules WHERE id = ?"), {**id});
        if (!deleted)
            return deleted.error();
        if (!deleted->toString().isEmpty())
            return unknownModule(module);
        return makeError(ErrorCode::BadInput,
                         QCoreApplication::translate(
                             "ModuleRegistry",
                             "Module '%1' has no version %2. 'scctl module %1' lists its versions.")
                             .arg(module)
                             .arg(number));
    }
    return StoredVersion{query->value(0).toLongLong(), query->value(1).toLongLong(), module,
                         query->value(2).toInt(),
                         m_folder.root() + u'/' + query->value(3).toString()};
}

Result<std::optional<StoredDeployment>> ModuleRegistry::runningDeployment(qint64 moduleId)
{
    Result<QSqlQuery> query
        = m_db.exec(QStringLiteral("SELECT id, compilation_id, folder FROM deployments "
                                   "WHERE module_id = ? AND state = 'running'"),
                    {moduleId});
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<StoredDeployment>();
    return std::optional<StoredDeployment>(
        StoredDeployment{query->value(0).toLongLong(), query->value(1).toLongLong(),
                         m_folder.root() + u'/' + query->value(2).toString()});
}

Result<std::optional<StoredVersion>> ModuleRegistry::runningVersion(const QString &module)
{
    Result<QSqlQuery> query = m_db.exec(
        QStringLiteral("SELECT v.id, v.module_id, v.number, v.source_path FROM deployments d "
                       "JOIN modules m ON m.id = d.module_id "
                       "JOIN compilations c ON c.id = d.compilation_id "
                       "JOIN module_versions v ON v.id = c.version_id "
                       "WHERE m.name = ? AND m.deleted_at = '' AND d.state = 'running'"),
        {module});
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<StoredVersion>();
    return std::optional<StoredVersion>(StoredVersion{
        query->value(0).toLongLong(), query->value(1).toLongLong(), module, query->value(2).toInt(),
        m_folder.root() + u'/' + query->value(3).toString()});
}

Result<std::optional<StoredCompilation>>
ModuleRegistry::latestSucceededCompilation(qint64 versionId, const PlatformVersion &platform)
{
    Result<QSqlQuery> query = m_db.exec(
        QStringLiteral("SELECT id, folder FROM compilations WHERE version_id = ? AND "
                       "platform_version = ? AND status = 'succeeded' ORDER BY id DESC LIMIT 1"),
        {versionId, platform.toString()});
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<StoredCompilation>();
    return std::optional<StoredCompilation>(
        StoredCompilation{query->value(0).toLongLong(), versionId,
                          m_folder.root() + u'/' + query->value(1).toString()});
}

// The running compilation of each module that has a running deployment, among
// `moduleIds` (every module when empty).
static Result<QHash<qint64, qint64>> runningCompilations(Database &db,
                                                         const QList<qint64> &moduleIds)
{
    QString sql = QStringLiteral(
        "SELECT module_id, compilation_id FROM deployments WHERE state = 'running'");
    QVariantList bindings;
    if (!moduleIds.isEmpty()) {
        for (qint64 id : moduleIds)
            bindings << id;
        sql += QStringLiteral(" AND module_id IN (%1)").arg(placeholders(moduleIds.size()));
    }
    Result<QSqlQuery> query = db.exec(sql, bindings);
    if (!query)
        return query.error();
    QHash<qint64, qint64> running;
    while (query->next())
        running.insert(query->value(0).toLongLong(), query->value(1).toLongLong());
    return running;
}

// Whether a compilation was built against a producer compilation that is no longer
// its producer's running one.
static bool producerChanged(const QList<CompilationInput> &inputs,
                            const QHash<qint64, qint64> &running)
{
    return std::any_of(inputs.cbegin(), inputs.cend(), [&](const CompilationInput &input) {
        const auto it = running.constFind(input.moduleId);
        return it != running.cend() && *it != input.compilationId;
    });
}

// Gathers every module's status facts in one statement (and the producers' running
// compilations in a second); `exactName` narrows it to one.
// `reasons`, when given, receives the not-upgraded reason of each module that has one.
static Result<QList<ModuleSummary>>
querySummaries(Database &db, const PlatformVersion &platform, const QString &exactName,
               QHash<qint64, NotUpgradedReason> *reasons = nullptr,
               QHash<qint64, QString> *deletedProducers = nullptr,
               QHash<qint64, QString> *skippedBecauseOf = nullptr)
{
    QString sql = QStringLiteral(
        "SELECT m.id, m.name, m.application,"
        " (SELECT MAX(v.number) FROM module_versions v WHERE v.module_id = m.id),"
        " rv.number, rc.platform_version, d.deployed_at, rc.inputs,"
        " EXISTS (SELECT 1 FROM compilations c WHERE c.version_id = rv.id"
        "   AND c.platform_version = ? AND c.status = 'succeeded'),"
        " EXISTS (SELECT 1 FROM compilations c WHERE c.version_id = rv.id"
        "   AND c.platform_version = ? AND c.status = 'failed'),"
        " (SELECT MIN(p.producer_name) FROM version_producers p JOIN modules pm"
        "   ON pm.name = p.producer_name AND pm.deleted_at <> '' WHERE p.version_id = rv.id)"
        " FROM modules m"
        " LEFT JOIN deployments d ON d.module_id = m.id AND d.state = 'running'"
        " LEFT JOIN compilations rc ON rc.id = d.compilation_id"
        " LEFT JOIN module_versions rv ON rv.id = rc.version_id");
    QVariantList bindings{platform.toString(), platform.toString()};
    sql += QStringLiteral(" WHERE m.deleted_at = ''");
    if (!exactName.isNull()) {
        sql += QStringLiteral(" AND m.name = ?");
        bindings << exactName;
    }
    sql += QStringLiteral(" ORDER BY m.name");
    // Each module's state in the newest preparation for this platform that has it.
    Result<QHash<QString, ExecutionStore::PreparationMark>> marks
        = ExecutionStore(db).latestPreparationMarks(platform, exactName);
    if (!marks)
        return marks.error();
    Result<QSqlQuery> query = db.exec(sql, bindings);
    if (!query)
        return query.error();

    struct Row
    {
        ModuleSummary summary;
        StatusFacts facts;
        QList<CompilationInput> inputs;
    };
    QList<Row> rows;
    QList<qint64> inputModules; // one module's: only its producers' deployments are read
    const QString current = platform.toString();
    while (query->next()) {
        Row row;
        ModuleSummary &summary = row.summary;
        summary.id = query->value(0).toLongLong();
        summary.name = query->value(1).toString();
        summary.application = query->value(2).toString();
        summary.latestVersion = query->value(3).toInt();
        summary.runningVersion = query->value(4).toInt();
        summary.lastPublishedAt = fromStoredTime(query->value(6).toString());
        row.inputs = unpackCompilationInputs(query->value(7).toString());
        StatusFacts &facts = row.facts;
        facts.deployed = !query->value(4).isNull();
        facts.runningIsCurrentPlatform = query->value(5).toString() == current;
        facts.preparedForCurrent = query->value(8).toBool();
        facts.failedForCurrent = query->value(9).toBool();
        facts.producerDeleted = !query->value(10).isNull();
        const ExecutionStore::PreparationMark mark = marks->value(summary.name);
        if (mark.state == ModuleRunState::Pending || mark.state == ModuleRunState::Running)
            facts.preparation = NotUpgradedReason::Pending;
        else if (mark.state == ModuleRunState::Failed)
            facts.preparation = NotUpgradedReason::Failed;
        else if (mark.state == ModuleRunState::Skipped)
            facts.preparation = NotUpgradedReason::Skipped;
        if (skippedBecauseOf && facts.preparation == NotUpgradedReason::Skipped)
            skippedBecauseOf->insert(summary.id, mark.blockedBy);
        if (deletedProducers && facts.producerDeleted)
            deletedProducers->insert(summary.id, query->value(10).toString());
        if (!exactName.isNull()) {
            for (const CompilationInput &input : std::as_const(row.inputs))
                inputModules << input.moduleId;
        }
        rows << row;
    }
    QHash<qint64, qint64> running;
    if (exactName.isNull() || !inputModules.isEmpty()) {
        Result<QHash<qint64, qint64>> read = runningCompilations(db, inputModules);
        if (!read)
            return read.error();
        running = *read;
    }
    QList<ModuleSummary> summaries;
    summaries.reserve(rows.size());
    for (Row &row : rows) {
        row.facts.producerChanged = producerChanged(row.inputs, running);
        const DerivedStatus derived = deriveStatus(row.facts);
        row.summary.status = derived.status;
        if (reasons && derived.reason != NotUpgradedReason::None)
            reasons->insert(row.summary.id, derived.reason);
        summaries << row.summary;
    }

    // Producer and consumer counts, both of the latest versions.
    const QString latestOnly = QStringLiteral(
        "v.number = (SELECT MAX(v2.number) FROM module_versions v2 WHERE "
        "v2.module_id = v.module_id) AND v.module_id IN (SELECT id FROM modules WHERE "
        "deleted_at = '')");
    QHash<qint64, int> producerCounts;
    QHash<QString, int> consumerCounts;
    Result<QSqlQuery> producers = db.exec(
        QStringLiteral(
            "SELECT v.module_id, COUNT(*) FROM module_versions v JOIN version_producers p "
            "ON p.version_id = v.id WHERE %1 GROUP BY v.module_id")
            .arg(latestOnly));
    if (!producers)
        return producers.error();
    while (producers->next())
        producerCounts.insert(producers->value(0).toLongLong(), producers->value(1).toInt());
    Result<QSqlQuery> consumers = db.exec(
        QStringLiteral(
            "SELECT p.producer_name, COUNT(*) FROM module_versions v JOIN "
            "version_producers p ON p.version_id = v.id WHERE %1 GROUP BY p.producer_name")
            .arg(latestOnly));
    if (!consumers)
        return consumers.error();
    while (consumers->next())
        consumerCounts.insert(consumers->value(0).toString(), consumers->value(1).toInt());
    for (ModuleSummary &summary : summaries) {
        summary.producerCount = producerCounts.value(summary.id);
        summary.consumerCount = consumerCounts.value(summary.name);
    }
    return summaries;
}

Result<QList<ModuleSummary>> ModuleRegistry::summaries(const PlatformVersion &platform,
                                                       const ModuleQuery &query)
{
    Result<QList<ModuleSummary>> all = querySummaries(m_db, platform, QString());
    if (!all)
        return all;
    if (query.filter.isEmpty() && !query.status)
        return all;
    QList<ModuleSummary> matching;
    for (const ModuleSummary &summary : std::as_const(*all)) {
        if (query.status && summary.status != *query.status)
            continue;
        if (!query.filter.isEmpty() && !summary.name.contains(query.filter, Qt::CaseInsensitive)
            && !summary.application.contains(query.filter, Qt::CaseInsensitive))
            continue;
        matching << summary;
    }
    return matching;
}

Result<ModuleDetail> ModuleRegistry::detail(const QString &name, const PlatformVersion &platform)
{
    QHash<qint64, NotUpgradedReason> reasons;
    QHash<qint64, QString> deletedProducers;
    QHash<qint64, QString> skippedBecauseOf;
    Result<QList<ModuleSummary>> one
        = querySummaries(m_db, platform, name, &reasons, &deletedProducers, &skippedBecauseOf);
    if (!one)
        return one.error();
    if (one->isEmpty())
        return unknownModule(name);

    ModuleDetail detail;
    detail.summary = one->constFirst();
    const qint64 id = detail.summary.id;
    if (detail.summary.status == ModuleStatus::NotUpgraded) {
        detail.statusMessage = messages::notUpgraded();
        detail.reason = reasons.value(id, NotUpgradedReason::NotTriggered);
        detail.blockedBy = skippedBecauseOf.value(id);
    }
    if (detail.summary.status == ModuleStatus::Broken) {
        detail.blockedBy = deletedProducers.value(id);
        detail.statusMessage
            = QCoreApplication::translate(
                  "ModuleRegistry",
                  "Producer module '%1' was deleted, and this module's running version "
                  "references it. Import '%1' again, or publish a version of this module that "
                  "no longer references it.")
                  .arg(detail.blockedBy);
    }

    Result<QSqlQuery> versions = m_db.exec(
        QStringLiteral("SELECT number, uploaded_at, uploaded_by, source_hash, source_bytes "
                       "FROM module_versions WHERE module_id = ? ORDER BY number DESC"),
        {id});
    if (!versions)
        return versions.error();
    while (versions->next()) {
        ModuleVersionInfo info;
        info.number = versions->value(0).toInt();
        info.uploadedAt = fromStoredTime(versions->value(1).toString());
        info.uploadedBy = versions->value(2).toString();
        info.sourceHash = versions->value(3).toString();
        info.sourceBytes = versions->value(4).toLongLong();
        info.running = info.number == detail.summary.runningVersion;
        detail.versions << info;
    }

    Result<QSqlQuery> producers = m_db.exec(
        QStringLiteral("SELECT p.producer_name FROM version_producers p JOIN module_versions v "
                       "ON v.id = p.version_id WHERE v.module_id = ? AND v.number = ? "
                       "ORDER BY p.producer_name"),
        {id, detail.summary.latestVersion});
    if (!producers)
        return producers.error();
    while (producers->next())
        detail.producers << producers->value(0).toString();

    Result<QSqlQuery> consumers = m_db.exec(
        QStringLiteral("SELECT m.name FROM version_producers p JOIN module_versions v "
                       "ON v.id = p.version_id JOIN modules m ON m.id = v.module_id "
                       "WHERE p.producer_name = ? AND m.deleted_at = '' AND v.number = (SELECT "
                       "MAX(v2.number) FROM "
                       "module_versions v2 WHERE v2.module_id = v.module_id) ORDER BY m.name"),
        {name});
    if (!consumers)
        return consumers.error();
    while (consumers->next())
        detail.consumers << consumers->value(0).toString();

    Result<QSqlQuery> compilations = m_db.exec(
        QStringLiteral("SELECT c.id, v.number, c.platform_version, c.status, c.finished_at, "
                       "c.duration_ms, c.artifact_bytes, c.diagnostics FROM compilations c "
                       "JOIN module_versions v ON v.id = c.version_id WHERE v.module_id = ? "
                       "ORDER BY c.id DESC"),
        {id});
    if (!compilations)
        return compilations.error();
    while (compilations->next()) {
        CompilationInfo info;
        info.id = compilations->value(0).toLongLong();
        info.moduleVersion = compilations->value(1).toInt();
        info.platformVersion
            = PlatformVersion::parse(compilations->value(2).toString()).value_or(PlatformVersion{});
        info.succeeded = compilations->value(3).toString() == QLatin1String("succeeded");
        info.finishedAt = fromStoredTime(compilations->value(4).toString());
        info.durationMs = compilations->value(5).toLongLong();
        info.artifactBytes = compilations->value(6).toLongLong();
        const QString diagnostics = compilations->value(7).toString();
        if (!diagnostics.isEmpty())
            info.diagnostics = diagnostics.split(u'\n');
        detail.compilations << info;
    }

    Result<QSqlQuery> deployment = m_db.exec(
        QStringLiteral("SELECT d.compilation_id, v.number, c.platform_version, d.deployed_at, "
                       "d.deployed_by FROM deployments d JOIN compilations c ON c.id = "
                       "d.compilation_id JOIN module_versions v ON v.id = c.version_id "
                       "WHERE d.module_id = ? AND d.state = 'running'"),
        {id});
    if (!deployment)
        return deployment.error();
    if (deployment->next()) {
        DeploymentInfo info;
        info.compilationId = deployment->value(0).toLongLong();
        info.moduleVersion = deployment->value(1).toInt();
        info.platformVersion
            = PlatformVersion::parse(deployment->value(2).toString()).value_or(PlatformVersion{});
        info.deployedAt = fromStoredTime(deployment->value(3).toString());
        info.deployedBy = deployment->value(4).toString();
        info.runningPath = m_folder.runningLink(name);
        detail.deployment = info;
    }

    // Settings: the definitions' defaults, overridden by applied values.
    Result<StoredVersion> latest
        = version(name, detail.summary.runningVersion > 0 ? detail.summary.runningVersion : 0);
    if (latest) {
        if (Result<ModuleDefinition> source = ModuleParser::parseFile(latest->sourcePath))
            detail.settings = source->settings;
    }
    Result<QSqlQuery> applied = m_db.exec(
        QStringLiteral("SELECT name, value FROM module_settings WHERE module_id = ?"), {id});
    if (!applied)
        return applied.error();
    while (applied->next()) {
        for (Setting &setting : detail.settings) {
            if (setting.name == applied->value(0).toString())
                setting.defaultValue = applied->value(1).toString();
        }
    }
    return detail;
}

} // namespace osc
