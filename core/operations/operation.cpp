#include "operation.h"

#include "domain/messages.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QThread>

namespace osc {

static Error refusalError(const LockRefusal &refusal)
{
    const ModuleLock &holder = refusal.holder;
    return makeError(
        ErrorCode::Locked, refusal.message,
        QStringLiteral("held by operation %1 (%2), process %3 on %4, lease until %5")
            .arg(holder.operationId)
            .arg(operationKey(holder.kind))
            .arg(holder.holderPid)
            .arg(holder.holderHost, holder.leaseExpiresAt.toString(Qt::ISODateWithMs)));
}

// Sleeps up to `duration`, waking early when the caller cancels.
static void sleepUnlessCancelled(std::chrono::milliseconds duration,
                                 const std::function<bool()> &cancelled)
{
    QDeadlineTimer deadline(duration);
    while (!deadline.hasExpired()) {
        if (cancelled && cancelled())
            return;
        QThread::msleep(quint64(std::min<qint64>(50, deadline.remainingTime())));
    }
}

Result<std::unique_ptr<Operation>> Operation::start(const OperationServices &services,
                                                    const LockRequest &request,
                                                    const OperationOptions &options)
{
    QDeadlineTimer deadline(options.waitLock);
    std::chrono::milliseconds backoff(100);
    bool waitingNoted = false;
    for (;;) {
        const bool lastAttempt
            = deadline.hasExpired() || (options.cancelled && options.cancelled());
        Result<AcquireOutcome> attempt = services.locks.tryAcquire(request, lastAttempt);
        if (!attempt)
            return attempt.error();
        for (const InterruptedOperation &interrupted : std::as_const(attempt->recovered))
            services.journal.interrupted(interrupted);
        if (attempt->ticket) {
            std::unique_ptr<Operation> operation(new Operation(services, *attempt->ticket));
            services.journal.started(*attempt->ticket);
            if (options.started)
                options.started();
            return operation;
        }
        const LockRefusal &refusal = *attempt->refusal;
        if (lastAttempt) {
            services.journal.refused(request, refusal);
            (void)services.journal.flush();
            return refusalError(refusal);
        }
        if (!waitingNoted) {
            waitingNoted = true;
            services.journal.waiting(request, refusal);
            if (options.waiting)
                options.waiting(refusal);
        }
        sleepUnlessCancelled(
            std::min(backoff,
                     std::chrono::milliseconds(std::max<qint64>(0, deadline.remainingTime()))),
            options.cancelled);
        backoff = std::min(backoff * 2, std::chrono::milliseconds(1000));
    }
}

Operation::Operation(const OperationServices &services, OperationTicket ticket)
    : m_services(services)
    , m_ticket(std::move(ticket))
    , m_held(m_ticket.modules.cbegin(), m_ticket.modules.cend())
    , m_keeper(
          std::make_unique<LeaseKeeper>(services.databaseFile, m_ticket, services.locks.lease()))
{ }

Operation::~Operation()
{
    Q_ASSERT_X(m_finished, "Operation", "finish() must be called once");
    if (!m_finished) {
        end(makeError(
                ErrorCode::Internal,
                QCoreApplication::translate("Operation", "The operation ended unexpectedly.")),
            QString());
    }
}

void Operation::step(const QString &module, const QString &message)
{
    m_services.journal.step(m_ticket, module, message);
}

Error Operation::notHeld(const QString &module) const
{
    return makeError(
        ErrorCode::Internal,
        QCoreApplication::translate(
            "Operation",
            "The %1 started by %2 at %3 was about to write to '%4' module without holding its "
            "lock. Nothing was written. This is a defect: report it with this operation's "
            "General Log.")
            .arg(operationName(m_ticket.kind), m_ticket.user,
                 messages::formatTime(m_ticket.startedAt), module),
        QStringLiteral("operation %1, fence %2").arg(m_ticket.operationId).arg(m_ticket.fence));
}

Result<std::optional<ModuleLock>> Operation::addLocks(const QStringList &modules)
{
    Result<std::optional<ModuleLock>> conflict = m_services.locks.addLocks(m_ticket, modules);
    if (conflict && !conflict->has_value())
        m_held.unite(QSet<QString>(modules.cbegin(), modules.cend()));
    return conflict;
}

Result<void> Operation::releaseInTransaction(const QStringList &modules)
{
    Result<void> released = m_services.locks.releaseInTransaction(m_ticket, modules);
    if (released) {
        for (const QString &module : modules)
            m_held.remove(module);
    }
    return released;
}

Result<void> Operation::fencedWrite(const QStringList &modules,
                                    const std::function<Result<void>()> &work)
{
    // A batch is checked against this operation's own record of its locks (see
    // LockManager::verifyInTransaction()); the whole factory's lock holds every module.
    if (modules.size() > 1 && !m_ticket.wholeFactory) {
        for (const QString &module : modules) {
            if (!m_held.contains(module))
                return notHeld(module);
        }
    }
    return m_services.db.write([&]() -> Result<void> {
        if (Result<void> held = m_services.locks.verifyInTransaction(m_ticket, modules); !held)
            return held;
        return work();
    });
}

void Operation::recordError(const ErrorRecord &record)
{
    m_services.journal.error(m_ticket, record);
    m_errorRecorded = true;
}

void Operation::end(const std::optional<Error> &error, const QString &summary)
{
    Q_ASSERT(!m_finished);
    m_finished = true;
    m_keeper.reset(); // no renewal may race with the final write
    const OperationStatus status = error ? OperationStatus::Failed : OperationStatus::Succeeded;
    const QString outcome = error ? error->message : summary;
    if (error && !m_errorRecorded)
        m_services.journal.error(m_ticket, ErrorRecord{m_ticket.modules.value(0), 0, {}, *error});
    if (Result<void> ended = m_services.locks.finish(m_ticket, status, outcome); !ended) {
        m_services.journal.error(
            m_ticket,
            ErrorRecord{m_ticket.modules.value(0), 0, QStringLiteral("finish"), ended.error()});
    }
    m_services.journal.finished(m_ticket, status, outcome);
    (void)m_services.journal.flush();
}

} // namespace osc
