#pragma once

// What a process killed in the middle of an upgrade step leaves in the database: the
// step's execution still running, its operation still running with a lease that has
// expired, and one module recorded as running (it was compiling or staging when the
// process died). For the tests of the resume that follows.
#include "engine/executionstore.h"
#include "storage/database.h"

#include <QSqlQuery>

namespace osc::testing {

// Turns the environment's only execution (held, so nothing runs) into a dead run: its
// first pending module (by name) becomes the one the dead process was working on, and
// is returned. An error when no module is pending: the resume would have nothing of a
// dead process's to take over.
inline Result<QString> makeDeadRun(const QString &databaseFile)
{
    Result<std::unique_ptr<Database>> db
        = Database::openSqlite(databaseFile, Database::OpenMode::OpenExisting);
    if (!db)
        return db.error();
    QString running;
    const Result<void> written = (*db)->write([&]() -> Result<void> {
        for (const QString &sql :
             {QStringLiteral("UPDATE executions SET status = 'running'"),
              QStringLiteral("UPDATE operations SET status = 'running', lease_expires_ms = 1 "
                             "WHERE id = (SELECT operation_id FROM executions)")}) {
            if (Result<QSqlQuery> done = (*db)->exec(sql); !done)
                return done.error();
        }
        Result<QSqlQuery> execution
            = (*db)->exec(QStringLiteral("SELECT id, operation_id FROM executions"));
        if (!execution)
            return execution.error();
        if (!execution->next())
            return makeError(ErrorCode::NotFound, QStringLiteral("no execution"));
        const qint64 executionId = execution->value(0).toLongLong();
        ExecutionStore store(**db);
        Result<QList<ExecutionStore::ModuleRecord>> modules = store.modules(executionId);
        if (!modules)
            return modules.error();
        for (const ExecutionStore::ModuleRecord &module : std::as_const(*modules)) {
            if (module.update.state != ModuleRunState::Pending)
                continue;
            running = module.update.module;
            ExecutionStore::ModuleUpdate update = module.update;
            update.state = ModuleRunState::Running;
            update.startedMs = 1;
            return store.updateModulesInTransaction(executionId, execution->value(1).toLongLong(),
                                                    {update});
        }
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("no module is pending: none would be left running"));
    });
    if (!written)
        return written.error();
    return running;
}

} // namespace osc::testing
