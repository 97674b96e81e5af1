#include "planfacts.h"

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

// The facts of the running versions (`wanted` null) or of `wanted` among every version.
// Text is read as its UTF-8 bytes (CAST AS BLOB: the environment database is SQLite,
// see Database::openSqlite) and decoded here: SQLite then hands out its own bytes
// instead of allocating a UTF-16 copy of each value, and every SQLite allocation
// takes a process-wide mutex (its memory statistics) that the engine's thread, busy
// with its own queries meanwhile, waits on (docs/benchmarks.md).
static Result<PlanFacts> readFacts(Database &db, const QSet<qint64> *wanted)
{
    static const QString running
        = QStringLiteral("SELECT c.version_id FROM deployments d JOIN compilations c ON c.id = "
                         "d.compilation_id WHERE d.state = 'running'");
    const ReadSnapshot snapshot(db);
    if (snapshot.error())
        return *snapshot.error();
    PlanFacts facts;
    Result<QSqlQuery> versions = db.exec(
        QStringLiteral("SELECT id, module_id, CAST(source_path AS BLOB) FROM module_versions %1")
            .arg(wanted ? QString() : QStringLiteral("WHERE id IN (%1)").arg(running)));
    if (!versions)
        return versions.error();
    while (versions->next()) {
        const qint64 id = versions->value(0).toLongLong();
        if (wanted && !wanted->contains(id))
            continue;
        facts.versions.insert(
            id,
            PlanFacts::Version{versions->value(1).toLongLong(),
                               QString::fromUtf8(versions->value(2).toByteArray()),
                               {}});
    }
    // In the primary key's order: a version's producers come together, by name.
    Result<QSqlQuery> producers = db.exec(
        QStringLiteral("SELECT version_id, CAST(producer_name AS BLOB) FROM version_producers "
                       "%1 ORDER BY version_id, producer_name")
            .arg(wanted ? QString() : QStringLiteral("WHERE version_id IN (%1)").arg(running)));
    if (!producers)
        return producers.error();
    PlanFacts::Version *version = nullptr;
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
    Result<QSqlQuery> durations = db.exec(QStringLiteral(
        "SELECT v.module_id, c.duration_ms FROM compilations c JOIN module_versions v ON v.id = "
        "c.version_id WHERE c.id IN (SELECT MAX(c2.id) FROM compilations c2 JOIN "
        "module_versions v2 ON v2.id = c2.version_id GROUP BY v2.module_id)"));
    if (!durations)
        return durations.error();
    while (durations->next())
        facts.lastDurationMs.insert(durations->value(0).toLongLong(),
                                    durations->value(1).toLongLong());
    return facts;
}

Result<PlanFacts> PlanFacts::readRunning(Database &db)
{
    return readFacts(db, nullptr);
}

Result<PlanFacts> PlanFacts::readVersions(Database &db, const QList<qint64> &versionIds)
{
    const QSet<qint64> wanted(versionIds.cbegin(), versionIds.cend());
    return readFacts(db, &wanted);
}

QFuture<Result<PlanFacts>> PlanFacts::readAhead(QThreadPool &pool, const QString &databasePath)
{
    return QtConcurrent::run(&pool, [databasePath]() -> Result<PlanFacts> {
        Result<std::unique_ptr<Database>> db
            = Database::openSqlite(databasePath, Database::OpenMode::OpenExisting);
        if (!db)
            return db.error();
        // A small page cache: the read ahead reads most pages once, and filling the usual
        // cache (64 MB) with them would cost a page fault for each new 4 KB of memory,
        // slow on a virtual machine (docs/benchmarks.md, "Fresh memory").
        if (Result<QSqlQuery> sized = (*db)->exec(QStringLiteral("PRAGMA cache_size = -1024"));
            !sized)
            return sized.error();
        return readRunning(**db);
    });
}

} // namespace osc
