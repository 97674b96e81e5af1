#include "planfacts.h"

#include "engine/stepsupport.h"
#include "storage/database.h"

#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

namespace osc {

bool PlanFacts::covers(const QList<qint64> &versionIds) const
{
    for (const qint64 id : versionIds) {
        if (!versions.contains(id))
            return false;
    }
    return true;
}

// Each module's latest compilation's duration, by module id.
static Result<QHash<qint64, qint64>> lastDurations(Database &db)
{
    Result<QSqlQuery> durations = db.exec(QStringLiteral(
        "SELECT v.module_id, c.duration_ms FROM compilations c JOIN module_versions v ON v.id = "
        "c.version_id WHERE c.id IN (SELECT MAX(c2.id) FROM compilations c2 JOIN "
        "module_versions v2 ON v2.id = c2.version_id GROUP BY v2.module_id)"));
    if (!durations)
        return durations.error();
    QHash<qint64, qint64> byModule;
    while (durations->next())
        byModule.insert(durations->value(0).toLongLong(), durations->value(1).toLongLong());
    return byModule;
}

// Text is read as its UTF-8 bytes (CAST AS BLOB, SQLite's syntax: readAhead() opens
// an SQLite connection) and decoded here: SQLite then hands out its own bytes instead
// of allocating a UTF-16 copy of each value, and every SQLite allocation takes a
// process-wide mutex (its memory statistics) that the engine's thread, busy with its
// own queries meanwhile, waits on (docs/benchmarks.md).
Result<PlanFacts> PlanFacts::readRunning(Database &db)
{
    static const QString running
        = QStringLiteral("SELECT c.version_id FROM deployments d JOIN compilations c ON c.id = "
                         "d.compilation_id WHERE d.state = 'running'");
    const ReadSnapshot snapshot(db);
    if (snapshot.error())
        return *snapshot.error();
    PlanFacts facts;
    Result<QSqlQuery> versions = db.exec(
        QStringLiteral("SELECT id, module_id, CAST(source_path AS BLOB) FROM module_versions "
                       "WHERE id IN (%1)")
            .arg(running));
    if (!versions)
        return versions.error();
    while (versions->next()) {
        facts.versions.insert(versions->value(0).toLongLong(),
                              Version{versions->value(1).toLongLong(),
                                      QString::fromUtf8(versions->value(2).toByteArray()),
                                      QStringList()});
    }
    // In the primary key's order: a version's producers come together, by name.
    Result<QSqlQuery> producers = db.exec(
        QStringLiteral("SELECT version_id, CAST(producer_name AS BLOB) FROM version_producers "
                       "WHERE version_id IN (%1) ORDER BY version_id, producer_name")
            .arg(running));
    if (!producers)
        return producers.error();
    Version *version = nullptr;
    qint64 versionId = -1;
    while (producers->next()) {
        if (const qint64 id = producers->value(0).toLongLong(); id != versionId) {
            versionId = id;
            const auto found = facts.versions.find(id);
            version = found == facts.versions.end() ? nullptr : &*found;
        }
        if (version)
            version->producers << QString::fromUtf8(producers->value(1).toByteArray());
    }
    Result<QHash<qint64, qint64>> durations = lastDurations(db);
    if (!durations)
        return durations.error();
    facts.lastDurationMs = *durations;
    return facts;
}

Result<PlanFacts> PlanFacts::readVersions(Database &db, const QList<qint64> &versionIds)
{
    const ReadSnapshot snapshot(db);
    if (snapshot.error())
        return *snapshot.error();
    PlanFacts facts;
    if (versionIds.isEmpty())
        return facts;
    const QSet<qint64> wanted(versionIds.cbegin(), versionIds.cend());
    Result<QSqlQuery> versions
        = db.exec(QStringLiteral("SELECT id, module_id, source_path FROM module_versions"));
    if (!versions)
        return versions.error();
    while (versions->next()) {
        const qint64 id = versions->value(0).toLongLong();
        if (wanted.contains(id))
            facts.versions.insert(
                id, Version{versions->value(1).toLongLong(), versions->value(2).toString(), {}});
    }
    Result<QHash<qint64, QStringList>> producers = producersOfVersions(db, versionIds);
    if (!producers)
        return producers.error();
    for (auto it = producers->begin(); it != producers->end(); ++it) {
        if (const auto version = facts.versions.find(it.key()); version != facts.versions.end())
            version->producers = std::move(it.value());
    }
    Result<QHash<qint64, qint64>> durations = lastDurations(db);
    if (!durations)
        return durations.error();
    facts.lastDurationMs = *durations;
    return facts;
}

QFuture<Result<PlanFacts>> PlanFacts::readAhead(QThreadPool &pool, const QString &databasePath)
{
    return QtConcurrent::run(&pool, [databasePath]() -> Result<PlanFacts> {
        Result<std::unique_ptr<Database>> db
            = Database::openSqlite(databasePath, Database::OpenMode::OpenExisting);
        if (!db)
            return db.error();
        return readRunning(**db);
    });
}

} // namespace osc
