#pragma once

#include "operations/operationkind.h"
#include "util/result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

namespace osc {

class Database;

// What an operation asks for before it does anything: every module it needs.
struct LockRequest
{
    OperationKind kind = OperationKind::Publish;
    QString user;
    // In the operation's own order; a conflict names the first locked one of these.
    // May be empty for an operation that locks modules as it goes (addLocks()).
    QStringList modules;
};

// A granted operation: its row in `operations` and its fencing token. Every write
// the operation makes is checked against both (LockManager::verifyInTransaction).
struct OperationTicket
{
    qint64 operationId = 0;
    qint64 fence = 0;
    OperationKind kind = OperationKind::Publish;
    QString user;
    QDateTime startedAt;
    QStringList modules;
};

// One held module lock, with the operation holding it.
struct ModuleLock
{
    QString module;
    qint64 operationId = 0;
    OperationKind kind = OperationKind::Publish;
    QString user;
    QDateTime startedAt;
    QDateTime acquiredAt;
    qint64 holderPid = 0;
    QString holderHost;
    QDateTime leaseExpiresAt;
    qint64 fence = 0;
};

// The operation whose lease expired and whose locks were released by someone else.
struct InterruptedOperation
{
    qint64 operationId = 0;
    OperationKind kind = OperationKind::Publish;
    QString user;
    QDateTime startedAt;
    qint64 holderPid = 0;
    QString holderHost;
    QStringList modules;
};

// Why a request was refused: the first conflicting module and its holder. The
// refusal is recorded as an operation with status "refused".
struct LockRefusal
{
    qint64 refusedOperationId = 0;
    QDateTime requestedAt;
    ModuleLock holder;
    QString message; // the LOCKED message of the catalogue
};

struct AcquireOutcome
{
    std::optional<OperationTicket> ticket; // set when granted
    std::optional<LockRefusal> refusal; // set when refused
    QList<InterruptedOperation> recovered; // expired holders released on the way
};

// Module locks shared by every process that opens the environment: rows in
// `module_locks`, owned by rows in `operations` that carry a lease (renewed by the
// holder, see LeaseKeeper) and a fencing token (meta "fence_counter", incremented at
// every grant). All reads and writes go through the caller's Database connection;
// each public call is one transaction, so two processes racing for a module are
// serialised by the database and exactly one wins.
class LockManager
{
public:
    LockManager(Database &db, std::chrono::milliseconds lease) : m_db(db), m_lease(lease) { }

    std::chrono::milliseconds lease() const { return m_lease; }

    // One write transaction: releases the locks of operations whose lease expired
    // (marking them interrupted), then grants every module of `request` or none.
    // A refusal is recorded as a "refused" operation unless `recordRefusal` is false
    // (an attempt made while waiting, which is retried).
    Result<AcquireOutcome> tryAcquire(const LockRequest &request, bool recordRefusal = true);

    // Extends the lease. Returns false when the operation no longer holds its locks
    // (its lease expired and another process released them).
    Result<bool> renew(const OperationTicket &ticket);

    // To be called inside the caller's write transaction, before the write it
    // guards: fails with ErrorCode::Locked when `ticket` lost its locks, or when a
    // newer fencing token has written to one of `modules`; otherwise extends the
    // lease and stamps the modules with the ticket's token.
    Result<void> verifyInTransaction(const OperationTicket &ticket, const QStringList &modules);

    // For an operation that locks modules as it goes (the progressive preparation):
    // one write transaction that locks every one of `modules` for `ticket`, or none.
    // Returns the first conflicting lock held by another operation (nothing was
    // locked), or nothing when all were granted. Fails with ErrorCode::Locked when
    // the operation lost its lease. Each grant gets a new fencing token.
    Result<std::optional<ModuleLock>> addLocks(const OperationTicket &ticket,
                                               const QStringList &modules);
    // Inside the caller's write transaction: releases some of the operation's locks.
    Result<void> releaseInTransaction(const OperationTicket &ticket, const QStringList &modules);

    // Ends the operation: records status and outcome, releases its locks.
    Result<void> finish(const OperationTicket &ticket, OperationStatus status,
                        const QString &outcome);

    // Releases the locks of operations whose lease expired (their holder died or
    // hung), marking them interrupted.
    Result<QList<InterruptedOperation>> recoverExpired();

    // Every held lock, by module name.
    Result<QList<ModuleLock>> locks();

private:
    Result<QList<InterruptedOperation>> recoverExpiredInTransaction(qint64 nowMs);
    Result<std::optional<ModuleLock>> firstConflict(const QStringList &modules);
    Result<qint64> nextFence();

    Database &m_db;
    std::chrono::milliseconds m_lease;
};

} // namespace osc
