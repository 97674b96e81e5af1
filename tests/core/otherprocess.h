#pragma once

// Another process's view of an environment, for the operations' and health tests: its
// own connection to the database and its own LockManager.
#include "environment/datafolder.h"
#include "operations/lockmanager.h"
#include "storage/database.h"

#include <QSqlQuery>

#include <chrono>
#include <memory>

namespace osc::testing {

struct OtherProcess
{
    std::unique_ptr<Database> db;
    std::unique_ptr<LockManager> locks;

    OtherProcess(const QString &dataDir, std::chrono::milliseconds lease)
    {
        db = std::move(Database::openSqlite(DataFolder(dataDir).databaseFile(),
                                            Database::OpenMode::OpenExisting)
                           .value());
        locks = std::make_unique<LockManager>(*db, lease);
    }

    OperationTicket hold(OperationKind kind, const QString &user, const QStringList &modules)
    {
        Result<AcquireOutcome> outcome = locks->tryAcquire(LockRequest{kind, user, modules});
        Q_ASSERT(outcome && outcome->ticket);
        return *outcome->ticket;
    }

    // The operation's process, as recorded, is `pid` (one that exited: a crashed holder).
    void setHolderPid(const OperationTicket &ticket, qint64 pid)
    {
        const Result<void> set = db->write([&]() -> Result<void> {
            Result<QSqlQuery> updated
                = db->exec(QStringLiteral("UPDATE operations SET holder_pid = ? WHERE id = ?"),
                           {pid, ticket.operationId});
            if (!updated)
                return updated.error();
            return {};
        });
        Q_ASSERT(set);
    }
};

} // namespace osc::testing
