#pragma once

#include "operations/leasekeeper.h"
#include "operations/lockmanager.h"
#include "operations/operationjournal.h"

#include <QSet>

#include <chrono>
#include <functional>
#include <memory>

namespace osc {

class Database;

// What an operation needs from its environment. All references outlive the operation.
struct OperationServices
{
    Database &db;
    LockManager &locks;
    OperationJournal &journal;
    QString databaseFile; // for the lease keeper's own connection
};

struct OperationOptions
{
    QString user;
    // How long to wait for locks held by others before refusing (0: refuse at once).
    std::chrono::milliseconds waitLock{0};
    // Polled while waiting for locks; true stops waiting (the result is the refusal).
    std::function<bool()> cancelled;
    // Called once, in the calling thread, when the first attempt is refused and the
    // operation starts waiting.
    std::function<void(const LockRefusal &)> waiting;
    // Called once, in the calling thread, when the locks are granted and the
    // operation starts its work (after a wait, or at once).
    std::function<void()> started;
};

// One running operation: it holds the locks of every module it needs (taken all or
// nothing before it does anything), keeps its lease alive, journals its steps, and
// checks each of its writes against its lease and fencing token.
//
// The thread that started it runs it, and must call finish() exactly once.
class Operation final
{
public:
    // Takes the locks, waiting up to options.waitLock. A refusal is recorded and
    // journaled, and returned as ErrorCode::Locked with the LOCKED message; its
    // detail names the holder's process and host.
    static Result<std::unique_ptr<Operation>> start(const OperationServices &services,
                                                    const LockRequest &request,
                                                    const OperationOptions &options);
    ~Operation();
    Operation(const Operation &) = delete;
    Operation &operator=(const Operation &) = delete;

    const OperationTicket &ticket() const { return m_ticket; }
    // True once the lease keeper found the locks gone (see LeaseKeeper::lost()).
    bool leaseLost() const { return m_keeper && m_keeper->lost(); }

    void step(const QString &module, const QString &message);
    // Runs `work` in a write transaction that first checks that this operation still
    // holds its lease and the locks of `modules` (LockManager::verifyInTransaction();
    // for a batch, this operation's own record of its locks); a lost lock fails with
    // ErrorCode::Locked, a batch naming a module this operation does not hold with
    // ErrorCode::Internal (a defect), and `work` does not run.
    Result<void> fencedWrite(const QStringList &modules, const std::function<Result<void>()> &work);
    // For an operation that locks modules as it goes: see LockManager::addLocks().
    Result<std::optional<ModuleLock>> addLocks(const QStringList &modules);
    // Inside a fencedWrite(): releases some of this operation's locks.
    Result<void> releaseInTransaction(const QStringList &modules);

    // Puts a failure in the Error Log (finish() does it for the final error unless
    // it was recorded already).
    void recordError(const ErrorRecord &record);

    // Ends the operation with `outcome` (succeeded, or failed with its error),
    // releases its locks, flushes the journal, and hands `outcome` back.
    template<typename T> Result<T> finish(Result<T> outcome, const QString &summary)
    {
        end(outcome ? std::optional<Error>() : std::optional<Error>(outcome.error()), summary);
        return outcome;
    }

private:
    Operation(const OperationServices &services, OperationTicket ticket);
    void end(const std::optional<Error> &error, const QString &summary);
    Error notHeld(const QString &module) const;

    OperationServices m_services;
    OperationTicket m_ticket;
    // The modules whose locks this operation took and has not released itself (all of
    // them when it holds the whole factory, and this is empty). One
    // released in a transaction that then rolled back stays locked, but is no longer
    // counted here: a later batch naming it is refused, never wrongly let through.
    QSet<QString> m_held;
    std::unique_ptr<LeaseKeeper> m_keeper;
    bool m_finished = false;
    bool m_errorRecorded = false;
};

} // namespace osc
