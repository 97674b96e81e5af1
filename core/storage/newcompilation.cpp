#include "newcompilation.h"

#include "storage/database.h"
#include "storage/timestamps.h"

namespace osc {

Result<qint64> insertCompilation(Database &db, const NewCompilation &compilation)
{
    Result<Database::Outcome> inserted = db.execKept(
        QStringLiteral("INSERT INTO compilations (version_id, platform_version, status, folder, "
                       "manifest_hash, artifact_bytes, diagnostics, started_at, finished_at, "
                       "duration_ms, started_by, inputs) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                       "?)"),
        {compilation.versionId, compilation.platformVersion,
         compilation.succeeded ? QStringLiteral("succeeded") : QStringLiteral("failed"),
         compilation.folder, compilation.manifestHash, compilation.artifactBytes,
         compilation.diagnostics, toStoredTime(compilation.startedAt),
         toStoredTime(compilation.finishedAt), compilation.durationMs, compilation.startedBy,
         packCompilationInputs(compilation.inputs)});
    if (!inserted)
        return inserted.error();
    return inserted->lastInsertId.toLongLong();
}

} // namespace osc
