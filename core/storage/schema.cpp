#include "schema.h"

namespace osc {

static QStringList migrationTo1(const SqlDialect &dialect)
{
    const QString id = dialect.autoIdColumn();
    return {
        QStringLiteral("CREATE TABLE modules ("
                       " id %1,"
                       " name TEXT NOT NULL UNIQUE,"
                       " application TEXT NOT NULL DEFAULT '',"
                       " created_at TEXT NOT NULL)")
            .arg(id),
        QStringLiteral("CREATE TABLE module_versions ("
                       " id %1,"
                       " module_id BIGINT NOT NULL REFERENCES modules(id) ON DELETE CASCADE,"
                       " number INTEGER NOT NULL,"
                       " source_path TEXT NOT NULL,"
                       " source_hash TEXT NOT NULL,"
                       " source_bytes BIGINT NOT NULL,"
                       " logic_size BIGINT NOT NULL,"
                       " uploaded_at TEXT NOT NULL,"
                       " uploaded_by TEXT NOT NULL,"
                       " UNIQUE (module_id, number))")
            .arg(id),
        // The producers each version references, for the consumer queries.
        QStringLiteral(
            "CREATE TABLE version_producers ("
            " version_id BIGINT NOT NULL REFERENCES module_versions(id) ON DELETE CASCADE,"
            " producer_name TEXT NOT NULL,"
            " PRIMARY KEY (version_id, producer_name))"),
        QStringLiteral("CREATE INDEX version_producers_by_producer"
                       " ON version_producers (producer_name)"),
        QStringLiteral(
            "CREATE TABLE compilations ("
            " id %1,"
            " version_id BIGINT NOT NULL REFERENCES module_versions(id) ON DELETE CASCADE,"
            " platform_version TEXT NOT NULL,"
            " status TEXT NOT NULL CHECK (status IN ('succeeded', 'failed')),"
            " folder TEXT NOT NULL DEFAULT '',"
            " manifest_hash TEXT NOT NULL DEFAULT '',"
            " artifact_bytes BIGINT NOT NULL DEFAULT 0,"
            " diagnostics TEXT NOT NULL DEFAULT '',"
            " started_at TEXT NOT NULL,"
            " finished_at TEXT NOT NULL,"
            " duration_ms BIGINT NOT NULL,"
            " started_by TEXT NOT NULL)")
            .arg(id),
        QStringLiteral("CREATE INDEX compilations_by_version"
                       " ON compilations (version_id, platform_version, status)"),
        // The producer compilations a compilation was built against.
        QStringLiteral(
            "CREATE TABLE compilation_inputs ("
            " compilation_id BIGINT NOT NULL REFERENCES compilations(id) ON DELETE CASCADE,"
            " producer_compilation_id BIGINT NOT NULL REFERENCES compilations(id) ON DELETE "
            "CASCADE,"
            " PRIMARY KEY (compilation_id, producer_compilation_id))"),
        QStringLiteral(
            "CREATE TABLE deployments ("
            " id %1,"
            " module_id BIGINT NOT NULL REFERENCES modules(id) ON DELETE CASCADE,"
            " compilation_id BIGINT NOT NULL REFERENCES compilations(id) ON DELETE CASCADE,"
            " folder TEXT NOT NULL,"
            " state TEXT NOT NULL CHECK (state IN ('staged', 'running', 'retired', 'abandoned')),"
            " deployed_at TEXT NOT NULL,"
            " deployed_by TEXT NOT NULL)")
            .arg(id),
        QStringLiteral("CREATE INDEX deployments_by_module ON deployments (module_id, state)"),
        QStringLiteral("CREATE TABLE module_settings ("
                       " module_id BIGINT NOT NULL REFERENCES modules(id) ON DELETE CASCADE,"
                       " name TEXT NOT NULL,"
                       " value TEXT NOT NULL,"
                       " PRIMARY KEY (module_id, name))"),
    };
}

QStringList schemaMigration(int toVersion, const SqlDialect &dialect)
{
    switch (toVersion) {
    case 1:
        return migrationTo1(dialect);
    default:
        return {};
    }
}

} // namespace osc
