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

// The versions a new plan prepares: those of running deployments.
static const QString runningVersions
    = QStringLiteral("SELECT c.version_id FROM deployments d JOIN compilations c ON c.id = "
                     "d.compilation_id WHERE d.state = 'running'");

// The facts of the versions `versionQuery` selects (SQL), or of `wanted` among all.
static Result<PlanFacts> readFacts(Database &db, const QString &versionQuery,
                                   const QList<qint64> &wanted)
{
    const ReadSnapshot snapshot(db);
    if (snapshot.error())
        return *snapshot.error();
    const QSet<qint64> wantedSet(wanted.cbegin(), wanted.cend());
    PlanFacts facts;
    Result<QSqlQuery> versions = db.exec(
        QStringLiteral("SELECT id, module_id, source_path FROM module_versions %1")
            .arg(versionQuery.isEmpty() ? QString()
                                        : QStringLiteral("WHERE id IN (%1)").arg(versionQuery)));
    if (!versions)
        return versions.error();
    while (versions->next()) {
        const qint64 id = versions->value(0).toLongLong();
        if (versionQuery.isEmpty() && !wantedSet.contains(id))
            continue;
        facts.versions.insert(id,
                              PlanFacts::Version{versions->value(1).toLongLong(),
                                                 versions->value(2).toString(), QStringList()});
    }
    Result<QHash<qint64, QStringList>> producers = versionQuery.isEmpty()
        ? producersOfVersions(db, wanted)
        : producersOfVersionsIn(db, versionQuery);
    if (!producers)
        return producers.error();
    for (auto it = producers->begin(); it != producers->end(); ++it) {
        if (const auto version = facts.versions.find(it.key()); version != facts.versions.end())
            version->producers = std::move(it.value());
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
    return readFacts(db, runningVersions, {});
}

Result<PlanFacts> PlanFacts::readVersions(Database &db, const QList<qint64> &versionIds)
{
    return readFacts(db, QString(), versionIds);
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
