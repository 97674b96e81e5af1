#include "lockmanager.h"

#include "domain/messages.h"
#include "operations/holderprobe.h"
#include "storage/database.h"
#include "storage/jsontexts.h"
#include "storage/timestamps.h"
#include "util/namelist.h"

#include <QCoreApplication>
#include <QHash>
#include <QSysInfo>

namespace osc {

static const QString fenceCounterKey = QStringLiteral("fence_counter");

static qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

static QDateTime fromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

static OperationKind kindOf(const QString &key)
{
    return operationFromKey(key).value_or(OperationKind::Publish);
}

static QString localHost()
{
    return QSysInfo::machineHostName();
}

QString heldModulesText(const QStringList &modules, bool wholeFactory)
{
    if (wholeFactory)
        return QCoreApplication::translate("LockManager", "every module");
    return listWithMore(modules, 10); // a large solution: the message stays readable
}

// The modules an operation holds, as its row in `operations` keeps them.
static QString storedModules(const QStringList &modules, bool wholeFactory)
{
    return wholeFactory ? wholeFactoryLockName : modules.join(QStringLiteral(", "));
}

static void readStoredModules(const QString &stored, InterruptedOperation &operation)
{
    operation.wholeFactory = stored == wholeFactoryLockName;
    if (!operation.wholeFactory)
        operation.modules = stored.split(QStringLiteral(", "), Qt::SkipEmptyParts);
}

static const QString lockColumns
    = QStringLiteral("l.module, l.acquired_at, l.fence, o.id, o.kind, o.started_by, o.started_at, "
                     "o.holder_pid, o.holder_host, o.lease_expires_ms FROM module_locks l "
                     "JOIN operations o ON o.id = l.operation_id");

// Parses stored times, remembering the last few: the rows of one operation (the
// hundreds of modules Deploy All locks at once) share their start and acquisition times.
class TimeCache
{
public:
    QDateTime parse(const QString &text)
    {
        auto found = m_parsed.constFind(text);
        if (found != m_parsed.constEnd())
            return *found;
        if (m_parsed.size() > 64)
            m_parsed.clear();
        return *m_parsed.insert(text, fromStoredTime(text));
    }

private:
    QHash<QString, QDateTime> m_parsed;
};

// Reads one row selected with lockColumns.
static ModuleLock readLock(const QSqlQuery &query, TimeCache *times = nullptr)
{
    const auto time = [times](const QString &text) {
        return times ? times->parse(text) : fromStoredTime(text);
    };
    ModuleLock lock;
    lock.module = query.value(0).toString();
    lock.acquiredAt = time(query.value(1).toString());
    lock.fence = query.value(2).toLongLong();
    lock.operationId = query.value(3).toLongLong();
    lock.kind = kindOf(query.value(4).toString());
    lock.user = query.value(5).toString();
    lock.startedAt = time(query.value(6).toString());
    lock.holderPid = query.value(7).toLongLong();
    lock.holderHost = query.value(8).toString();
    lock.leaseExpiresAt = fromMs(query.value(9).toLongLong());
    return lock;
}

static LockRefusal makeRefusal(const LockRequest &request, const ModuleLock &holder,
                               const QDateTime &requestedAt)
{
    LockRefusal refusal;
    refusal.requestedAt = requestedAt;
    refusal.holder = holder;
    refusal.message = messages::locked(operationName(request.kind), request.user, requestedAt,
                                       operationName(holder.kind), holder.user, holder.startedAt,
                                       holder.module);
    return refusal;
}

Result<AcquireOutcome> LockManager::tryAcquire(const LockRequest &request, bool recordRefusal)
{
    AcquireOutcome outcome;
    Result<void> written = m_db.write([&]() -> Result<void> {
        const qint64 now = nowMs();
        const QString nowText = toStoredTime(fromMs(now));
        Result<QList<InterruptedOperation>> recovered = recoverExpiredInTransaction(now);
        if (!recovered)
            return recovered.error();
        outcome.recovered = *recovered;

        Result<std::optional<ModuleLock>> conflict
            = request.wholeFactory ? wholeFactoryConflict() : firstConflict(request.modules);
        if (!conflict)
            return conflict.error();
        const QString insertOperation = QStringLiteral(
            "INSERT INTO operations (kind, started_by, started_at, ended_at, status, modules, "
            "outcome, holder_pid, holder_host, fence, lease_expires_ms) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id");
        Q_ASSERT_X(!request.wholeFactory || request.modules.isEmpty(), "LockManager::tryAcquire",
                   "a whole-factory request names no module");
        const QString moduleList = storedModules(request.modules, request.wholeFactory);

        if (conflict->has_value()) {
            LockRefusal refusal = makeRefusal(request, **conflict, fromMs(now));
            if (recordRefusal) {
                Result<QSqlQuery> inserted
                    = m_db.exec(insertOperation,
                                {operationKey(request.kind), request.user, nowText, nowText,
                                 QStringLiteral("refused"), moduleList, refusal.message,
                                 QCoreApplication::applicationPid(), localHost(), 0, 0});
                if (!inserted)
                    return inserted.error();
                inserted->next();
                refusal.refusedOperationId = inserted->value(0).toLongLong();
            }
            outcome.refusal = refusal;
            return {};
        }

        Result<qint64> fence = nextFence();
        if (!fence)
            return fence.error();
        Result<QSqlQuery> inserted = m_db.exec(
            insertOperation,
            {operationKey(request.kind), request.user, nowText, QString(),
             QStringLiteral("running"), moduleList, QString(), QCoreApplication::applicationPid(),
             localHost(), *fence, now + qint64(m_lease.count())});
        if (!inserted)
            return inserted.error();
        inserted->next();
        const qint64 operationId = inserted->value(0).toLongLong();
        const QStringList rows
            = request.wholeFactory ? QStringList{wholeFactoryLockName} : request.modules;
        if (Result<void> locked = insertLocks(rows, operationId, *fence, nowText); !locked)
            return locked;
        OperationTicket ticket;
        ticket.operationId = operationId;
        ticket.fence = *fence;
        ticket.kind = request.kind;
        ticket.user = request.user;
        ticket.startedAt = fromMs(now);
        ticket.modules = request.modules;
        ticket.wholeFactory = request.wholeFactory;
        outcome.ticket = ticket;
        return {};
    });
    if (!written)
        return written.error();
    return outcome;
}

// Inside the caller's write transaction. One statement whatever the number of
// modules: Deploy All and the progressive preparation lock hundreds at once.
Result<void> LockManager::insertLocks(const QStringList &modules, qint64 operationId, qint64 fence,
                                      const QString &acquiredAt)
{
    if (modules.isEmpty())
        return {};
    Result<Database::Outcome> locked = m_db.execKept(
        QStringLiteral("INSERT INTO module_locks (module, operation_id, fence, acquired_at) "
                       "SELECT value, ?, ?, ? FROM %1")
            .arg(m_db.dialect().jsonTexts()),
        {operationId, fence, acquiredAt, jsonTexts(modules)});
    if (!locked)
        return locked.error();
    return {};
}

Result<std::optional<ModuleLock>> LockManager::firstConflict(const QStringList &modules)
{
    if (modules.isEmpty())
        return std::optional<ModuleLock>();
    // Usually no module at all is locked: one read of the table's first row says so,
    // where matching the request's names costs a lookup each (hundreds for a batch of
    // Deploy All or of the progressive preparation).
    Result<Database::Outcome> anyHeld
        = m_db.execKept(QStringLiteral("SELECT EXISTS (SELECT 1 FROM module_locks)"), {});
    if (!anyHeld)
        return anyHeld.error();
    if (anyHeld->firstValue.toLongLong() == 0)
        return std::optional<ModuleLock>();
    // The whole factory's lock holds every module: the first one asked for is named.
    Result<std::optional<ModuleLock>> whole = wholeFactoryLockRow();
    if (!whole)
        return whole.error();
    if (whole->has_value()) {
        ModuleLock lock = **whole;
        lock.module = modules.first();
        return std::optional<ModuleLock>(lock);
    }
    const QString names = jsonTexts(modules);
    const QString among
        = QStringLiteral("l.module IN (SELECT value FROM %1)").arg(m_db.dialect().jsonTexts());
    // Usually none of them is locked: counted first, read only when some are.
    Result<Database::Outcome> locked = m_db.execKept(
        QStringLiteral("SELECT COUNT(*) FROM module_locks l WHERE %1").arg(among), {names});
    if (!locked)
        return locked.error();
    if (locked->firstValue.toLongLong() == 0)
        return std::optional<ModuleLock>();
    Result<QSqlQuery> query
        = m_db.exec(QStringLiteral("SELECT %1 WHERE %2").arg(lockColumns, among), {names});
    if (!query)
        return query.error();
    QHash<QString, ModuleLock> held;
    while (query->next()) {
        const ModuleLock lock = readLock(*query);
        held.insert(lock.module, lock);
    }
    for (const QString &module : modules) {
        if (const auto it = held.constFind(module); it != held.cend())
            return std::optional<ModuleLock>(*it);
    }
    return std::optional<ModuleLock>();
}

// For a request of the whole factory: every lock conflicts. The first locked module by
// name is named, as when the request listed them all; under another whole-factory
// lock, the factory's first module.
Result<std::optional<ModuleLock>> LockManager::wholeFactoryConflict()
{
    Result<QSqlQuery> query
        = m_db.exec(QStringLiteral("SELECT %1 ORDER BY l.module LIMIT 1").arg(lockColumns));
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<ModuleLock>();
    ModuleLock lock = readLock(*query);
    query->finish();
    if (lock.module == wholeFactoryLockName) {
        Result<QStringList> modules = wholeFactoryModules();
        if (!modules)
            return modules.error();
        lock.module = modules->isEmpty()
            ? QCoreApplication::translate("LockManager", "(the whole factory, still empty)")
            : modules->constFirst();
    }
    return std::optional<ModuleLock>(lock);
}

Result<std::optional<ModuleLock>> LockManager::wholeFactoryLockRow()
{
    Result<QSqlQuery> query = m_db.exec(
        QStringLiteral("SELECT %1 WHERE l.module = ?").arg(lockColumns), {wholeFactoryLockName});
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<ModuleLock>();
    return std::optional<ModuleLock>(readLock(*query));
}

// The modules a whole-factory lock holds at this moment, by name: those not deleted.
Result<QStringList> LockManager::wholeFactoryModules()
{
    Result<QSqlQuery> query
        = m_db.exec(QStringLiteral("SELECT name FROM modules WHERE deleted_at = '' ORDER BY name"));
    if (!query)
        return query.error();
    QStringList names;
    while (query->next())
        names << query->value(0).toString();
    return names;
}

// Whether a whole-factory lock holds `module`: one of wholeFactoryModules().
Result<bool> LockManager::heldByWholeFactory(const QString &module)
{
    Result<QVariant> count = scalar(
        m_db, QStringLiteral("SELECT COUNT(*) FROM modules WHERE name = ? AND deleted_at = ''"),
        {module});
    if (!count)
        return count.error();
    return count->toInt() > 0;
}

Result<qint64> LockManager::nextFence()
{
    Result<QString> stored = m_db.meta(fenceCounterKey);
    if (!stored)
        return stored.error();
    const qint64 next = stored->toLongLong() + 1;
    if (Result<void> saved = m_db.setMeta(fenceCounterKey, QString::number(next)); !saved)
        return saved.error();
    return next;
}

Result<QList<InterruptedOperation>> LockManager::recoverExpiredInTransaction(qint64 now)
{
    Result<QSqlQuery> expired = m_db.exec(
        QStringLiteral("SELECT id, kind, started_by, started_at, holder_pid, holder_host, modules "
                       "FROM operations WHERE status = 'running' AND lease_expires_ms < ?"),
        {now});
    if (!expired)
        return expired.error();
    QList<InterruptedOperation> recovered;
    while (expired->next()) {
        InterruptedOperation operation;
        operation.operationId = expired->value(0).toLongLong();
        operation.kind = kindOf(expired->value(1).toString());
        operation.user = expired->value(2).toString();
        operation.startedAt = fromStoredTime(expired->value(3).toString());
        operation.holderPid = expired->value(4).toLongLong();
        operation.holderHost = expired->value(5).toString();
        readStoredModules(expired->value(6).toString(), operation);
        recovered << operation;
    }
    for (const InterruptedOperation &operation : std::as_const(recovered)) {
        const QString outcome
            = QCoreApplication::translate(
                  "LockManager",
                  "Interrupted: process %1 on %2 stopped renewing its lease (it was killed or "
                  "stopped responding). Its locks were released; nothing it left half-done is "
                  "running.")
                  .arg(operation.holderPid)
                  .arg(operation.holderHost);
        if (Result<QSqlQuery> marked = m_db.exec(
                QStringLiteral("UPDATE operations SET status = 'interrupted', ended_at = ?, "
                               "outcome = ? WHERE id = ?"),
                {toStoredTime(fromMs(now)), outcome, operation.operationId});
            !marked)
            return marked.error();
        if (Result<QSqlQuery> released
            = m_db.exec(QStringLiteral("DELETE FROM module_locks WHERE operation_id = ?"),
                        {operation.operationId});
            !released)
            return released.error();
    }
    return recovered;
}

Result<QList<InterruptedOperation>> LockManager::recoverExpired()
{
    // A read first: most calls find nothing and need not take the write lock.
    Result<QVariant> any = scalar(
        m_db,
        QStringLiteral(
            "SELECT COUNT(*) FROM operations WHERE status = 'running' AND lease_expires_ms < ?"),
        {nowMs()});
    if (!any)
        return any.error();
    if (any->toLongLong() == 0)
        return QList<InterruptedOperation>();
    QList<InterruptedOperation> recovered;
    Result<void> written = m_db.write([&]() -> Result<void> {
        Result<QList<InterruptedOperation>> done = recoverExpiredInTransaction(nowMs());
        if (!done)
            return done.error();
        recovered = *done;
        return {};
    });
    if (!written)
        return written.error();
    return recovered;
}

Result<bool> LockManager::renew(const OperationTicket &ticket)
{
    bool held = false;
    Result<void> written = m_db.write([&]() -> Result<void> {
        Result<QSqlQuery> renewed = m_db.exec(
            QStringLiteral("UPDATE operations SET lease_expires_ms = ? WHERE id = ? AND "
                           "status = 'running' AND fence = ?"),
            {nowMs() + qint64(m_lease.count()), ticket.operationId, ticket.fence});
        if (!renewed)
            return renewed.error();
        held = renewed->numRowsAffected() == 1;
        return {};
    });
    if (!written)
        return written.error();
    return held;
}

static Error lostLock(const OperationTicket &ticket, const QString &module)
{
    return makeError(
        ErrorCode::Locked,
        QCoreApplication::translate(
            "LockManager",
            "The %1 started by %2 at %3 lost its lock on '%4' module: its lease expired while "
            "this process was not responding, and another operation may have changed the "
            "module since. Nothing more was written. Check the module and run the operation "
            "again.")
            .arg(operationName(ticket.kind), ticket.user, messages::formatTime(ticket.startedAt),
                 module),
        QStringLiteral("operation %1, fence %2").arg(ticket.operationId).arg(ticket.fence));
}

// A write that names no module (a step of an operation that locks modules as it goes):
// only the operation's lease fences it.
static Error lostLease(const OperationTicket &ticket)
{
    return makeError(
        ErrorCode::Locked,
        QCoreApplication::translate(
            "LockManager",
            "The %1 started by %2 at %3 lost its lease: it expired while this process was not "
            "responding, and another operation may have taken over since. Nothing more was "
            "written. Run the operation again.")
            .arg(operationName(ticket.kind), ticket.user, messages::formatTime(ticket.startedAt)),
        QStringLiteral("operation %1, fence %2").arg(ticket.operationId).arg(ticket.fence));
}

Result<void> LockManager::verifyInTransaction(const OperationTicket &ticket,
                                              const QStringList &modules)
{
    // Kept statements: an operation that writes thousands of modules (the
    // preparation) runs these for each of them.
    Result<Database::Outcome> renewed = m_db.execKept(
        QStringLiteral("UPDATE operations SET lease_expires_ms = ? WHERE id = ? AND status = "
                       "'running' AND fence = ?"),
        {nowMs() + qint64(m_lease.count()), ticket.operationId, ticket.fence});
    if (!renewed)
        return renewed.error();
    if (renewed->rowsAffected != 1)
        return modules.isEmpty() ? lostLease(ticket) : lostLock(ticket, modules.first());
    // Many modules at once (a batch of the preparation or of Deploy All): the lease
    // check above is the fence. A lock changes hands only once its operation released
    // it or was interrupted (its lease renewal then fails, above), so no other
    // operation has written to a module this operation has not released; that it has
    // not released one of `modules` itself is its own bookkeeping (Operation keeps it,
    // in memory). Stamping each module, as a single write does below, would rewrite
    // thousands of rows a batch, and reading their lock rows cost 7% of a
    // 20,000-module preparation.
    if (modules.size() > 1)
        return {};
    for (const QString &module : modules) {
        // The classic fencing check: the module refuses a token older than the
        // newest one that already wrote to it. The token is the one this operation
        // got when it locked the module, or the whole factory (an operation that locks
        // modules as it goes gets a newer token each time).
        Result<Database::Outcome> fence = m_db.execKept(
            QStringLiteral("SELECT fence FROM module_locks WHERE module = ? AND operation_id = ?"),
            {ticket.wholeFactory ? wholeFactoryLockName : module, ticket.operationId});
        if (!fence)
            return fence.error();
        if (fence->firstValue.isNull())
            return lostLock(ticket, module);
        const qint64 token = fence->firstValue.toLongLong();
        Result<Database::Outcome> stamped = m_db.execKept(
            QStringLiteral("UPDATE modules SET fence = ? WHERE name = ? AND fence <= ?"),
            {token, module, token});
        if (!stamped)
            return stamped.error();
        if (stamped->rowsAffected != 1) {
            Result<QVariant> exists = scalar(
                m_db, QStringLiteral("SELECT COUNT(*) FROM modules WHERE name = ?"), {module});
            if (!exists)
                return exists.error();
            if (exists->toInt() > 0)
                return lostLock(ticket, module);
        }
    }
    return {};
}

Result<std::optional<ModuleLock>> LockManager::addLocks(const OperationTicket &ticket,
                                                        const QStringList &modules)
{
    std::optional<ModuleLock> conflict;
    Result<void> written = m_db.write([&]() -> Result<void> {
        Result<QVariant> running = scalar(
            m_db,
            QStringLiteral("SELECT COUNT(*) FROM operations WHERE id = ? AND status = 'running' "
                           "AND fence = ?"),
            {ticket.operationId, ticket.fence});
        if (!running)
            return running.error();
        if (running->toInt() != 1)
            return lostLock(ticket, modules.value(0));
        Result<std::optional<ModuleLock>> first = firstConflict(modules);
        if (!first)
            return first.error();
        if (first->has_value()) {
            if ((*first)->operationId != ticket.operationId) {
                conflict = **first;
                return {};
            }
            return makeError(ErrorCode::Internal,
                             QStringLiteral("Operation %1 locks '%2' twice.")
                                 .arg(ticket.operationId)
                                 .arg((*first)->module));
        }
        Result<qint64> fence = nextFence();
        if (!fence)
            return fence.error();
        return insertLocks(modules, ticket.operationId, *fence, storedNow());
    });
    if (!written)
        return written.error();
    return conflict;
}

Result<void> LockManager::releaseInTransaction(const OperationTicket &ticket,
                                               const QStringList &modules)
{
    if (modules.isEmpty())
        return {};
    // One module (a unit of Deploy All, thousands of times a run) by its own kept
    // statement; many by one statement. Both by the modules' primary key, as in
    // verifyInTransaction().
    Result<Database::Outcome> released = modules.size() == 1
        ? m_db.execKept(
            QStringLiteral("DELETE FROM module_locks WHERE module = ? AND operation_id = ?"),
            {modules.constFirst(), ticket.operationId})
        : m_db.execKept(QStringLiteral("DELETE FROM module_locks WHERE operation_id = ? AND "
                                       "module IN (SELECT value FROM %1)")
                            .arg(m_db.dialect().jsonTexts()),
                        {ticket.operationId, jsonTexts(modules)});
    if (!released)
        return released.error();
    return {};
}

Result<void> LockManager::finish(const OperationTicket &ticket, OperationStatus status,
                                 const QString &outcome)
{
    return m_db.write([&]() -> Result<void> {
        if (Result<QSqlQuery> ended = m_db.exec(
                QStringLiteral("UPDATE operations SET status = ?, ended_at = ?, outcome = ? "
                               "WHERE id = ? AND status = 'running'"),
                {operationStatusKey(status), storedNow(), outcome, ticket.operationId});
            !ended)
            return ended.error();
        Result<QSqlQuery> released
            = m_db.exec(QStringLiteral("DELETE FROM module_locks WHERE operation_id = ?"),
                        {ticket.operationId});
        if (!released)
            return released.error();
        return {};
    });
}

Result<QList<ModuleLock>> LockManager::locks()
{
    Result<QSqlQuery> query
        = m_db.exec(QStringLiteral("SELECT %1 ORDER BY l.module").arg(lockColumns));
    if (!query)
        return query.error();
    QList<ModuleLock> locks;
    std::optional<ModuleLock> whole;
    TimeCache times;
    while (query->next()) {
        ModuleLock lock = readLock(*query, &times);
        if (lock.module == wholeFactoryLockName)
            whole = std::move(lock);
        else
            locks << std::move(lock);
    }
    if (!whole)
        return locks;
    // Nothing else is locked while the whole factory is: each conflicts with the other.
    Q_ASSERT_X(locks.isEmpty(), "LockManager::locks", "a module locked beside the whole factory");
    Result<QStringList> modules = wholeFactoryModules();
    if (!modules)
        return modules.error();
    QList<ModuleLock> expanded;
    expanded.reserve(modules->size());
    for (const QString &module : std::as_const(*modules)) {
        expanded << *whole;
        expanded.last().module = module;
    }
    return expanded;
}

QString leaseStateKey(LeaseState state)
{
    switch (state) {
    case LeaseState::Live:
        return QStringLiteral("live");
    case LeaseState::NotRenewing:
        return QStringLiteral("not-renewing");
    case LeaseState::HolderGone:
        return QStringLiteral("holder-gone");
    case LeaseState::Expired:
        return QStringLiteral("expired");
    }
    return QStringLiteral("live");
}

LeaseAssessment assessLease(const ModuleLock &lock, std::chrono::milliseconds lease,
                            const QDateTime &now, std::optional<bool> holderGone)
{
    LeaseAssessment assessment;
    const qint64 nowMs = now.toMSecsSinceEpoch();
    const qint64 expiresMs = lock.leaseExpiresAt.toMSecsSinceEpoch();
    const qint64 length = qint64(lease.count());
    assessment.heldMs = lock.acquiredAt.isValid()
        ? std::max<qint64>(0, nowMs - lock.acquiredAt.toMSecsSinceEpoch())
        : 0;
    assessment.remainingMs = expiresMs - nowMs;
    // The holder sets expiry = renewal + lease; a renewal cannot predate the lock.
    qint64 renewedMs = expiresMs - length;
    if (lock.acquiredAt.isValid())
        renewedMs = std::max(renewedMs, lock.acquiredAt.toMSecsSinceEpoch());
    assessment.sinceRenewalMs = std::max<qint64>(0, nowMs - renewedMs);
    if (assessment.remainingMs < 0)
        assessment.state = LeaseState::Expired;
    else if (holderGone ? *holderGone : holderIsGone(lock.holderPid, lock.holderHost))
        assessment.state = LeaseState::HolderGone;
    // Renewed every third of the lease: two thirds without one is a missed renewal.
    else if (3 * assessment.sinceRenewalMs > 2 * length)
        assessment.state = LeaseState::NotRenewing;
    return assessment;
}

static QString leaseDescription(const LeaseAssessment &lease)
{
    switch (lease.state) {
    case LeaseState::Live:
        return QCoreApplication::translate("LockManager", "its lease was live");
    case LeaseState::NotRenewing:
        return QCoreApplication::translate("LockManager",
                                           "its holder had not renewed its lease for %1 s")
            .arg(lease.sinceRenewalMs / 1000);
    case LeaseState::HolderGone:
        return QCoreApplication::translate("LockManager", "its holder process no longer ran");
    case LeaseState::Expired:
        return QCoreApplication::translate("LockManager", "its lease had expired");
    }
    return {};
}

Result<LockRelease> LockManager::releaseByHand(const QString &module, qint64 expectedOperationId,
                                               bool force, const QString &user)
{
    LockRelease release;
    Result<void> written = m_db.write([&]() -> Result<void> {
        const QDateTime now = fromMs(nowMs());
        const Error notLocked = makeError(
            ErrorCode::NotFound,
            QCoreApplication::translate("LockManager",
                                        "Module '%1' is not locked: there is nothing to "
                                        "release.")
                .arg(module));
        // Its own lock, else the whole factory's (the two never coexist).
        Result<QSqlQuery> query
            = m_db.exec(QStringLiteral("SELECT %1 WHERE l.module IN (?, ?)").arg(lockColumns),
                        {module, wholeFactoryLockName});
        if (!query)
            return query.error();
        if (!query->next())
            return notLocked;
        ModuleLock lock = readLock(*query);
        query->finish();
        if (lock.module == wholeFactoryLockName) {
            Result<bool> held = heldByWholeFactory(module);
            if (!held)
                return held.error();
            if (!*held)
                return notLocked;
            lock.module = module;
        }
        if (expectedOperationId != 0 && lock.operationId != expectedOperationId) {
            return makeError(
                ErrorCode::Locked,
                QCoreApplication::translate(
                    "LockManager",
                    "The lock on '%1' module changed hands: it is now held by the %2 started by "
                    "%3 at %4 (operation %5), not by operation %6. Nothing was released; look at "
                    "the locks again.")
                    .arg(module, operationName(lock.kind), lock.user,
                         messages::formatTime(lock.startedAt))
                    .arg(lock.operationId)
                    .arg(expectedOperationId));
        }
        release.lease = assessLease(lock, m_lease, now);
        if (!release.lease.isStale() && !force) {
            return makeError(
                ErrorCode::Locked,
                QCoreApplication::translate(
                    "LockManager",
                    "The lock on '%1' module is live: the %2 started by %3 at %4 (operation "
                    "%5) still runs in process %6 on %7, which renewed its lease %8 s ago. "
                    "Releasing it interrupts that operation: its next write is refused, what it "
                    "has not recorded yet is lost, and its modules may be left for the next "
                    "publish to repair. Nothing was released.")
                    .arg(module, operationName(lock.kind), lock.user,
                         messages::formatTime(lock.startedAt))
                    .arg(lock.operationId)
                    .arg(lock.holderPid)
                    .arg(lock.holderHost)
                    .arg(release.lease.sinceRenewalMs / 1000),
                QStringLiteral("operation %1, fence %2, lease expires %3")
                    .arg(lock.operationId)
                    .arg(lock.fence)
                    .arg(toStoredTime(lock.leaseExpiresAt)));
        }

        Result<QSqlQuery> held = m_db.exec(
            QStringLiteral(
                "SELECT module FROM module_locks WHERE operation_id = ? ORDER BY module"),
            {lock.operationId});
        if (!held)
            return held.error();
        while (held->next())
            release.releasedModules << held->value(0).toString();
        held->finish();
        if (release.releasedModules.contains(wholeFactoryLockName)) {
            Result<QStringList> every = wholeFactoryModules();
            if (!every)
                return every.error();
            release.releasedModules = *every;
        }
        Result<QSqlQuery> row = m_db.exec(
            QStringLiteral("SELECT modules FROM operations WHERE id = ?"), {lock.operationId});
        if (!row)
            return row.error();
        InterruptedOperation &operation = release.operation;
        operation.operationId = lock.operationId;
        operation.kind = lock.kind;
        operation.user = lock.user;
        operation.startedAt = lock.startedAt;
        operation.holderPid = lock.holderPid;
        operation.holderHost = lock.holderHost;
        if (row->next())
            readStoredModules(row->value(0).toString(), operation);
        else
            operation.modules = release.releasedModules;

        const QString outcome
            = QCoreApplication::translate(
                  "LockManager",
                  "Interrupted: %1 released its locks by hand at %2 (%3; process %4 on %5). "
                  "Its modules carry a new fencing token, so any later write of it is refused.")
                  .arg(user, messages::formatTime(now), leaseDescription(release.lease))
                  .arg(lock.holderPid)
                  .arg(lock.holderHost);
        if (Result<QSqlQuery> marked = m_db.exec(
                QStringLiteral("UPDATE operations SET status = 'interrupted', ended_at = ?, "
                               "outcome = ? WHERE id = ? AND status = 'running'"),
                {toStoredTime(now), outcome, lock.operationId});
            !marked)
            return marked.error();
        if (Result<QSqlQuery> released
            = m_db.exec(QStringLiteral("DELETE FROM module_locks WHERE operation_id = ?"),
                        {lock.operationId});
            !released)
            return released.error();
        // A token newer than any the holder got: even a write that passed the
        // operation check (none can: it is no longer running) fails the module check.
        Result<qint64> fence = nextFence();
        if (!fence)
            return fence.error();
        release.fence = *fence;
        if (Result<QSqlQuery> stamped = m_db.exec(
                QStringLiteral("UPDATE modules SET fence = ? WHERE name IN (SELECT value FROM "
                               "%1)")
                    .arg(m_db.dialect().jsonTexts()),
                {*fence, jsonTexts(release.releasedModules)});
            !stamped)
            return stamped.error();
        release.releasedAt = now;
        return {};
    });
    if (!written)
        return written.error();
    return release;
}

} // namespace osc
