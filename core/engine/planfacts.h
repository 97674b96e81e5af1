#pragma once

#include "util/result.h"

#include <QFuture>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

class QThreadPool;

namespace osc {

class Database;

// What the modules preparation's plan needs to know of the modules it prepares,
// besides which they are: each version's module, source file and producers, and each
// module's last compile duration (its weight). None of it depends on which modules
// the plan holds, and a version never changes once uploaded (ids are never reused),
// so the engine reads these facts ahead, on a connection of its own, while its own
// thread takes the locks and lists the modules to prepare. Only the weights can be
// older than the locks (a compilation recorded meanwhile): they order the work, they
// do not change its result.
struct PlanFacts
{
    struct Version
    {
        qint64 moduleId = 0;
        QString sourcePath; // relative to the environment's data folder
        QStringList producers; // in name order
    };
    QHash<qint64, Version> versions; // by version id
    QHash<qint64, qint64> lastDurationMs; // by module id: its latest compilation's duration

    // Whether every one of `versionIds` is in these facts.
    bool covers(const QList<qint64> &versionIds) const;

    // The facts of the versions running now (those a new plan prepares, however many
    // versions a module has had), in one snapshot.
    static Result<PlanFacts> readRunning(Database &db);
    // The facts of `versionIds`, in one snapshot: a plan that readRunning() did not
    // cover (a module published since, or a resumed plan whose version stopped
    // running). Reads every version, keeps these.
    static Result<PlanFacts> readVersions(Database &db, const QList<qint64> &versionIds);
    // readRunning() in a thread of `pool` (the engine's own, before its jobs start:
    // Qt's global pool also paints the GUI), on an SQLite connection to `databasePath`
    // opened there with a 1 MB page cache (it reads most pages once) and closed once
    // read.
    static QFuture<Result<PlanFacts>> readAhead(QThreadPool &pool, const QString &databasePath);
};

} // namespace osc
