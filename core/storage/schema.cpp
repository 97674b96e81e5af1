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

// Operations, their module locks (leases with a fencing counter), deleted modules,
// and the two logs. Log instants are epoch milliseconds (UTC) rather than ISO text:
// the logs grow to millions of rows, where a compact integer key keeps the indexes
// small and range filters cheap. Logs are read newest first by id (keyset paging), so
// their filter indexes end with id: an equality filter then reads its page straight
// off the index, in order, without sorting the matches.
static QStringList migrationTo2(const SqlDialect &dialect)
{
    const QString id = dialect.autoIdColumn();
    QStringList statements = {
        QStringLiteral("CREATE TABLE operations ("
                       " id %1,"
                       " kind TEXT NOT NULL,"
                       " started_by TEXT NOT NULL,"
                       " started_at TEXT NOT NULL,"
                       " ended_at TEXT NOT NULL DEFAULT '',"
                       " status TEXT NOT NULL CHECK (status IN ('running', 'succeeded', 'failed', "
                       "'refused', 'interrupted')),"
                       " modules TEXT NOT NULL DEFAULT '',"
                       " outcome TEXT NOT NULL DEFAULT '',"
                       " holder_pid BIGINT NOT NULL,"
                       " holder_host TEXT NOT NULL,"
                       " fence BIGINT NOT NULL DEFAULT 0,"
                       " lease_expires_ms BIGINT NOT NULL DEFAULT 0)")
            .arg(id),
        QStringLiteral(
            "CREATE INDEX operations_by_status ON operations (status, lease_expires_ms)"),
        // A module is locked while a row names it. `fence` is the operation's fencing
        // token (meta 'fence_counter', incremented by every acquisition).
        QStringLiteral("CREATE TABLE module_locks ("
                       " module TEXT PRIMARY KEY,"
                       " operation_id BIGINT NOT NULL REFERENCES operations(id),"
                       " fence BIGINT NOT NULL,"
                       " acquired_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX module_locks_by_operation ON module_locks (operation_id)"),
        // The highest fencing token that wrote to the module: a write with an older
        // token comes from a holder that lost its lease, and is refused.
        QStringLiteral("ALTER TABLE modules ADD COLUMN fence BIGINT NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE modules ADD COLUMN deleted_at TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE modules ADD COLUMN deleted_by TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE deployments ADD COLUMN operation_id BIGINT NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE deployments ADD COLUMN settings_hash TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("CREATE TABLE error_log ("
                       " id %1,"
                       " instant_ms BIGINT NOT NULL,"
                       " module TEXT NOT NULL DEFAULT '',"
                       " module_version INTEGER NOT NULL DEFAULT 0,"
                       " operation_id BIGINT NOT NULL DEFAULT 0,"
                       " operation TEXT NOT NULL DEFAULT '',"
                       " step TEXT NOT NULL DEFAULT '',"
                       " message TEXT NOT NULL,"
                       " detail TEXT NOT NULL DEFAULT '',"
                       " server TEXT NOT NULL DEFAULT '',"
                       " process_id BIGINT NOT NULL DEFAULT 0,"
                       " thread TEXT NOT NULL DEFAULT '',"
                       " platform_version TEXT NOT NULL DEFAULT '')")
            .arg(id),
        QStringLiteral("CREATE INDEX error_log_by_instant ON error_log (instant_ms)"),
        QStringLiteral("CREATE INDEX error_log_by_module ON error_log (module, id)"),
        QStringLiteral("CREATE INDEX error_log_by_operation_id ON error_log (operation_id, id)"),
        QStringLiteral("CREATE INDEX error_log_by_operation ON error_log (operation, id)"),
        QStringLiteral("CREATE TABLE general_log ("
                       " id %1,"
                       " instant_ms BIGINT NOT NULL,"
                       " operation_id BIGINT NOT NULL DEFAULT 0,"
                       " operation TEXT NOT NULL DEFAULT '',"
                       " user_name TEXT NOT NULL DEFAULT '',"
                       " module TEXT NOT NULL DEFAULT '',"
                       " event TEXT NOT NULL,"
                       " message TEXT NOT NULL,"
                       " server TEXT NOT NULL DEFAULT '',"
                       " process_id BIGINT NOT NULL DEFAULT 0)")
            .arg(id),
        QStringLiteral("CREATE INDEX general_log_by_instant ON general_log (instant_ms)"),
        QStringLiteral("CREATE INDEX general_log_by_module ON general_log (module, id)"),
        QStringLiteral(
            "CREATE INDEX general_log_by_operation_id ON general_log (operation_id, id)"),
        QStringLiteral("CREATE INDEX general_log_by_operation ON general_log (operation, id)"),
    };
    statements << dialect.textIndexStatements(
        QStringLiteral("error_log"),
        {QStringLiteral("message"), QStringLiteral("detail"), QStringLiteral("module")});
    statements << dialect.textIndexStatements(
        QStringLiteral("general_log"),
        {QStringLiteral("message"), QStringLiteral("module"), QStringLiteral("user_name")});
    return statements;
}

// Executions of the upgrade steps (modules preparation, Deploy All) and their
// per-module results: the upgrades report, and what a resumed run starts from.
// `operation_id` is the operation (lease, locks) of the process running it now.
static QStringList migrationTo3(const SqlDialect &dialect)
{
    const QString id = dialect.autoIdColumn();
    return {
        QStringLiteral("CREATE TABLE executions ("
                       " id %1,"
                       " kind TEXT NOT NULL CHECK (kind IN ('preparation', 'deployment')),"
                       " platform_version TEXT NOT NULL,"
                       " started_by TEXT NOT NULL,"
                       " started_at TEXT NOT NULL,"
                       " ended_at TEXT NOT NULL DEFAULT '',"
                       " status TEXT NOT NULL CHECK (status IN ('running', 'on-hold', "
                       "'succeeded', 'finished-with-errors', 'failed', 'interrupted')),"
                       " total INTEGER NOT NULL DEFAULT 0,"
                       " succeeded INTEGER NOT NULL DEFAULT 0,"
                       " failed INTEGER NOT NULL DEFAULT 0,"
                       " skipped INTEGER NOT NULL DEFAULT 0,"
                       " running INTEGER NOT NULL DEFAULT 0,"
                       " workers INTEGER NOT NULL DEFAULT 0,"
                       " hold_requested INTEGER NOT NULL DEFAULT 0,"
                       " previous_id BIGINT NOT NULL DEFAULT 0,"
                       " operation_id BIGINT NOT NULL DEFAULT 0,"
                       " message TEXT NOT NULL DEFAULT '',"
                       " cycles TEXT NOT NULL DEFAULT '')")
            .arg(id),
        QStringLiteral("CREATE INDEX executions_by_kind ON executions (kind, id)"),
        QStringLiteral(
            "CREATE TABLE execution_modules ("
            " execution_id BIGINT NOT NULL REFERENCES executions(id) ON DELETE CASCADE,"
            " module TEXT NOT NULL,"
            " version_id BIGINT NOT NULL,"
            " version INTEGER NOT NULL,"
            " state TEXT NOT NULL CHECK (state IN ('pending', 'running', 'succeeded', 'failed', "
            "'skipped')),"
            " reason TEXT NOT NULL DEFAULT '',"
            " blocked_by TEXT NOT NULL DEFAULT '',"
            " worker TEXT NOT NULL DEFAULT '',"
            " started_ms BIGINT NOT NULL DEFAULT 0,"
            " ended_ms BIGINT NOT NULL DEFAULT 0,"
            " compilation_id BIGINT NOT NULL DEFAULT 0,"
            " sequence INTEGER NOT NULL DEFAULT 0,"
            " PRIMARY KEY (execution_id, module))"),
        QStringLiteral("CREATE INDEX execution_modules_by_module ON execution_modules (module, "
                       "execution_id)"),
    };
}

// Why a step failed (PREP_STEP_FAILED's cause), on the execution itself.
static QStringList migrationTo4()
{
    return {QStringLiteral("ALTER TABLE executions ADD COLUMN detail TEXT NOT NULL DEFAULT ''")};
}

// Which operation recorded each module's result: its Error Log entry is that
// operation's entry for the module (a resumed execution runs under several).
static QStringList migrationTo5()
{
    return {QStringLiteral(
        "ALTER TABLE execution_modules ADD COLUMN operation_id BIGINT NOT NULL DEFAULT 0")};
}

// A compilation's inputs packed in its own row (see compilationinputs.h) instead of
// one row of compilation_inputs a link (see compilationinputs.h).
static QStringList migrationTo6(const SqlDialect &dialect)
{
    return {
        QStringLiteral("ALTER TABLE compilations ADD COLUMN inputs TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("UPDATE compilations SET inputs = COALESCE((SELECT %1 FROM "
                       "compilation_inputs i JOIN compilations pc ON pc.id = "
                       "i.producer_compilation_id JOIN module_versions pv ON pv.id = "
                       "pc.version_id WHERE i.compilation_id = compilations.id), '')")
            .arg(dialect.joinedText(QStringLiteral("CAST(pv.module_id AS TEXT) || ':' || "
                                                   "CAST(i.producer_compilation_id AS TEXT)"),
                                    QStringLiteral(","))),
        QStringLiteral("DROP TABLE compilation_inputs"),
    };
}

// Log entries stored a batch a row, before they are spread into the log's rows (see
// core/logs/logbatches.h).
static QStringList migrationTo7(const SqlDialect &dialect)
{
    QStringList statements;
    for (const QString &table : {QStringLiteral("error_log"), QStringLiteral("general_log")}) {
        statements << QStringLiteral("CREATE TABLE %1_batches ("
                                     " first_id BIGINT PRIMARY KEY,"
                                     " last_id BIGINT NOT NULL,"
                                     " entries %2 NOT NULL)")
                          .arg(table, dialect.bytesColumn());
    }
    return statements;
}

// An execution's module records packed a batch a row (see
// core/engine/executionmodulebatch.h): the plan, then each batch of results. The rows
// of execution_modules written before stay, and are read with them.
static QStringList migrationTo8(const SqlDialect &dialect)
{
    return {
        QStringLiteral("CREATE TABLE execution_module_batches ("
                       " execution_id BIGINT NOT NULL REFERENCES executions(id) ON DELETE CASCADE,"
                       " number INTEGER NOT NULL,"
                       " entries %1 NOT NULL,"
                       " PRIMARY KEY (execution_id, number))")
            .arg(dialect.bytesColumn())};
}

// Compilations found by their version alone (a version has a compilation or two a
// platform version): the three-column key made each preparation transaction rewrite
// most of this index (its versions are inserted in no order), for lookups that read
// the compilation's row anyway. See docs/benchmarks.md, "Index".
static QStringList migrationTo9()
{
    return {QStringLiteral("DROP INDEX compilations_by_version"),
            QStringLiteral("CREATE INDEX compilations_by_version ON compilations (version_id)")};
}

// Module locks stored in their module's order, with no index by operation: a
// preparation inserts and deletes a row a module (20,000 for a whole factory, a few
// hundred a batch when it locks progressively), and each index is one more B-tree
// write a row. The trade-off: what looks locks up by operation (the delete when an
// operation ends, and the read and delete when its locks are released by hand) reads
// the whole table instead, up to one row a module while a preparation locked the
// whole factory (one row since schema 11). A lock whose operation is gone (only a hand-edited file
// has one) is not kept. See docs/benchmarks.md, "Compilations and locks, fewer writes".
static QStringList migrationTo10(const SqlDialect &dialect)
{
    return {QStringLiteral("CREATE TABLE module_locks_new ("
                           " module TEXT PRIMARY KEY,"
                           " operation_id BIGINT NOT NULL REFERENCES operations(id),"
                           " fence BIGINT NOT NULL,"
                           " acquired_at TEXT NOT NULL)%1")
                .arg(dialect.keyOrderedTable()),
            QStringLiteral("INSERT INTO module_locks_new (module, operation_id, fence, "
                           "acquired_at) SELECT module, operation_id, fence, acquired_at FROM "
                           "module_locks WHERE operation_id IN (SELECT id FROM operations)"),
            QStringLiteral("DROP TABLE module_locks"),
            QStringLiteral("ALTER TABLE module_locks_new RENAME TO module_locks")};
}

// Schema 11 changes no table: a module_locks row named '*' (wholeFactoryLockName) now
// locks every module, present and to come (the modules upgrade before 11.15.0, which
// had one row a module). A version before it would take that row for a module named
// '*' and let a publish through during the step, so it must not open this database.
static QStringList migrationTo11()
{
    return {};
}

QStringList schemaMigration(int toVersion, const SqlDialect &dialect)
{
    switch (toVersion) {
    case 1:
        return migrationTo1(dialect);
    case 2:
        return migrationTo2(dialect);
    case 3:
        return migrationTo3(dialect);
    case 4:
        return migrationTo4();
    case 5:
        return migrationTo5();
    case 6:
        return migrationTo6(dialect);
    case 7:
        return migrationTo7(dialect);
    case 8:
        return migrationTo8(dialect);
    case 9:
        return migrationTo9();
    case 10:
        return migrationTo10(dialect);
    case 11:
        return migrationTo11();
    default:
        return {};
    }
}

} // namespace osc
