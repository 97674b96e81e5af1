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

// Inserts `compilation` in the caller's write transaction, through a statement kept
// for the connection (the modules preparation records thousands a run), and returns
// its id. The one place a compilation row is written.
Result<qint64> insertCompilation(Database &db, const NewCompilation &compilation);

} // namespace osc
