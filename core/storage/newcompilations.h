#pragma once

#include "storage/compilationinputs.h"
#include "util/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace osc {

class Database;

// A row of `compilations` to insert: one module version compiled for one platform
// version, with success (its folder, relative to the environment's root) or not (its
// diagnostics, one a line).
struct NewCompilation
{
    qint64 versionId = 0;
    QString platformVersion;
    bool succeeded = false;
    QString folder;
    QString manifestHash;
    qint64 artifactBytes = 0;
    QString diagnostics;
    QDateTime startedAt;
    QDateTime finishedAt;
    qint64 durationMs = 0;
    QString startedBy;
    QList<CompilationInput> inputs;
};

// Inserts `compilations` in the caller's write transaction, through one statement
// kept for the connection (the modules preparation records hundreds a batch), and
// returns their ids in the same order. The one place a compilation row is written.
Result<QList<qint64>> insertCompilations(Database &db, const QList<NewCompilation> &compilations);

} // namespace osc
