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

// The module name of the lock row on the whole factory (module names are identifiers,
// so no module has it): one row for every module, including one imported while it is
// held.
inline const QString wholeFactoryLockName = QStringLiteral("*");

// What an operation asks for before it does anything: every module it needs.
struct LockRequest
{
    OperationKind kind = OperationKind::Publish;
    QString user;
    // In the operation's own order; a conflict names the first locked one of these.
    // May be empty for an operation that locks modules as it goes (addLocks()).
    QStringList modules;
    // Every module of the factory, present and to come (the modules upgrade before
    // 11.15.0), with `modules` empty: one wholeFactoryLockName row.
    bool wholeFactory = false;

    static LockRequest forWholeFactory(OperationKind kind, const QString &user)
    {
        LockRequest request{kind, user, {}};
        request.wholeFactory = true;
        return request;
    }
};

// The modules an operation holds, for a message: "every module" for the whole factory,
// else their names, the first ten of a long list and how many more.
QString heldModulesText(const QStringList &modules, bool wholeFactory);

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
    bool wholeFactory = false; // holds every module (LockRequest::wholeFactory)
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
    bool wholeFactory = false; // it held every module; `modules` is empty
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

// How a lock's lease looks at one instant, to whoever reads it. The holder renews
// its lease every third of its length (LeaseKeeper), so a lease with less than a
// third left has missed a renewal.
enum class LeaseState {
    Live, // renewed on time
    NotRenewing, // a renewal is overdue: the holder hangs or is stopped (SIGSTOP, debugger)
    HolderGone, // its process ran on this machine and no longer runs
    Expired, // past its expiry: the next lock request or open releases it
};
// "live", "not-renewing", "holder-gone", "expired" (JSON and logs).
QString leaseStateKey(LeaseState state);

struct LeaseAssessment
{
    LeaseState state = LeaseState::Live;
    qint64 heldMs = 0; // since the module was locked
    qint64 sinceRenewalMs = 0; // since the holder last renewed (expiry minus the lease length)
    qint64 remainingMs = 0; // until it expires; negative once expired

    bool isStale() const { return state != LeaseState::Live; }
};

// Assesses `lock` at `now` for an environment whose lease length is `lease`. Reads
// /proc for a holder on this machine (holderIsGone()) unless `holderGone` already
// says; touches no database.
LeaseAssessment assessLease(const ModuleLock &lock, std::chrono::milliseconds lease,
                            const QDateTime &now, std::optional<bool> holderGone = {});

// What releasing a module's lock by hand did: the operation holding it was
// interrupted, every lock it held released, and the modules stamped with a new
// fencing token so that a holder still alive has its next write refused.
struct LockRelease
{
    InterruptedOperation operation;
    QStringList releasedModules; // every module the operation held, by name
    LeaseAssessment lease; // the lease as it was when released
    qint64 fence = 0; // the token the released modules now carry
    QDateTime releasedAt;
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
// every grant). A lock on the whole factory is one row named wholeFactoryLockName: it
// conflicts with every other row, and readers (locks(), releaseByHand()) see it as
// one lock a module, as if each had its own row. All reads and writes go through the
// caller's Database connection; each public call is one transaction, so two
// processes racing for a module are serialised by the database and exactly one wins.
// That the whole factory's row and a module's row never coexist rests on that too
// (they have different keys): SQLite's one writer at a time gives it; PostgreSQL would
// need SERIALIZABLE transactions, retried on a serialisation failure.
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
    // guards: fails with ErrorCode::Locked when `ticket`'s operation lost its lease,
    // or (a single module) no longer holds its lock or a newer fencing token has
    // written to it; otherwise extends the lease and stamps a single module with the
    // ticket's token. A batch (several modules) is fenced by the lease alone: the
    // caller must hold every one of them (Operation::fencedWrite() checks it).
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

    // Every held lock, by module name (a whole-factory lock once for each module).
    Result<QList<ModuleLock>> locks();

    // One write transaction that releases the lock on `module` by hand (an operator's
    // decision, Environment Health): marks its operation interrupted with `outcome`
    // as recoverExpired() does, releases all its locks, and takes a new fencing token
    // that every module it held is stamped with, so that its holder, should it still
    // run, has its next fenced write refused (verifyInTransaction). Refused with:
    // NotFound when the module is not locked; Locked when `expectedOperationId` (not 0)
    // no longer holds it (the lock changed hands since the operator looked), or when
    // the lease is live and `force` is false (the message says what releasing it would
    // do). The operation's recorded outcome names `user` and the lease as it was.
    Result<LockRelease> releaseByHand(const QString &module, qint64 expectedOperationId, bool force,
                                      const QString &user);

private:
    Result<QList<InterruptedOperation>> recoverExpiredInTransaction(qint64 nowMs);
    Result<std::optional<ModuleLock>> firstConflict(const QStringList &modules);
    Result<std::optional<ModuleLock>> wholeFactoryConflict();
    Result<std::optional<ModuleLock>> wholeFactoryLockRow();
    Result<QStringList> wholeFactoryModules();
    Result<bool> heldByWholeFactory(const QString &module);
    Result<void> insertLocks(const QStringList &modules, qint64 operationId, qint64 fence,
                             const QString &acquiredAt);
    Result<qint64> nextFence();

    Database &m_db;
    std::chrono::milliseconds m_lease;
};

} // namespace osc
