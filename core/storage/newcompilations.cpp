#include "newcompilations.h"

#include "storage/database.h"
#include "storage/timestamps.h"

namespace osc {

Result<QList<qint64>> insertCompilations(Database &db, const QList<NewCompilation> &compilations)
{
    QList<qint64> ids;
    ids.reserve(compilations.size());
    for (const NewCompilation &compilation : compilations) {
        Result<Database::Outcome> inserted = db.execKept(
            QStringLiteral(
                "INSERT INTO compilations (version_id, platform_version, status, folder, "
                "manifest_hash, artifact_bytes, diagnostics, started_at, finished_at, "
                "duration_ms, started_by, inputs) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {compilation.versionId, compilation.platformVersion,
             compilation.succeeded ? QStringLiteral("succeeded") : QStringLiteral("failed"),
             compilation.folder, compilation.manifestHash, compilation.artifactBytes,
             compilation.diagnostics, toStoredTime(compilation.startedAt),
             toStoredTime(compilation.finishedAt), compilation.durationMs, compilation.startedBy,
             packCompilationInputs(compilation.inputs)});
        if (!inserted)
            return inserted.error();
        ids << inserted->lastInsertId.toLongLong();
    }
    return ids;
}

} // namespace osc
