#include "operationjournal.h"

#include "domain/messages.h"
#include "logs/logwriter.h"

#include <QCoreApplication>

namespace osc {

static GeneralLogEntry entryFor(const OperationTicket &ticket, const QString &event,
                                const QString &module, const QString &message)
{
    GeneralLogEntry entry;
    entry.operationId = ticket.operationId;
    entry.operation = operationKey(ticket.kind);
    entry.user = ticket.user;
    entry.module = module;
    entry.event = event;
    entry.message = message;
    return entry;
}

void OperationJournal::started(const OperationTicket &ticket)
{
    m_writer.append(
        entryFor(ticket, QStringLiteral("started"),
                 ticket.modules.size() == 1 ? ticket.modules.first() : QString(),
                 QCoreApplication::translate("OperationJournal", "%1 started by %2 on %3.")
                     .arg(operationName(ticket.kind), ticket.user,
                          heldModulesText(ticket.modules, ticket.wholeFactory))));
}

void OperationJournal::step(const OperationTicket &ticket, const QString &module,
                            const QString &message)
{
    m_writer.append(entryFor(ticket, QStringLiteral("step"), module, message));
}

static GeneralLogEntry requestEntry(const LockRequest &request, const LockRefusal &refusal,
                                    const QString &event, const QString &message)
{
    GeneralLogEntry entry;
    entry.operationId = refusal.refusedOperationId;
    entry.operation = operationKey(request.kind);
    entry.user = request.user;
    entry.module = refusal.holder.module;
    entry.event = event;
    entry.message = message;
    return entry;
}

void OperationJournal::waiting(const LockRequest &request, const LockRefusal &refusal)
{
    m_writer.append(
        requestEntry(request, refusal, QStringLiteral("waiting"),
                     QCoreApplication::translate("OperationJournal", "Waiting for the lock: %1")
                         .arg(refusal.message)));
}

void OperationJournal::refused(const LockRequest &request, const LockRefusal &refusal)
{
    m_writer.append(requestEntry(request, refusal, QStringLiteral("refused"), refusal.message));
    ErrorLogEntry entry;
    entry.module = refusal.holder.module;
    entry.operationId = refusal.refusedOperationId;
    entry.operation = operationKey(request.kind);
    entry.step = QStringLiteral("lock");
    entry.message = refusal.message;
    entry.detail = QStringLiteral("held by operation %1 (%2), process %3 on %4")
                       .arg(refusal.holder.operationId)
                       .arg(operationKey(refusal.holder.kind))
                       .arg(refusal.holder.holderPid)
                       .arg(refusal.holder.holderHost);
    entry.platformVersion = m_platform.toString();
    m_writer.append(entry);
}

void OperationJournal::interrupted(const InterruptedOperation &operation)
{
    GeneralLogEntry entry;
    entry.operationId = operation.operationId;
    entry.operation = operationKey(operation.kind);
    entry.user = operation.user;
    entry.module = operation.modules.size() == 1 ? operation.modules.first() : QString();
    entry.event = QStringLiteral("interrupted");
    entry.message = QCoreApplication::translate(
                        "OperationJournal",
                        "%1 started by %2 at %3 was interrupted: process %4 on %5 stopped "
                        "renewing its lease. Its locks on %6 were released.")
                        .arg(operationName(operation.kind), operation.user,
                             messages::formatTime(operation.startedAt))
                        .arg(operation.holderPid)
                        .arg(operation.holderHost,
                             heldModulesText(operation.modules, operation.wholeFactory));
    m_writer.append(entry);
}

void OperationJournal::finished(const OperationTicket &ticket, OperationStatus status,
                                const QString &outcome)
{
    m_writer.append(entryFor(ticket, operationStatusKey(status),
                             ticket.modules.size() == 1 ? ticket.modules.first() : QString(),
                             outcome));
}

void OperationJournal::error(const OperationTicket &ticket, const ErrorRecord &record)
{
    ErrorLogEntry entry;
    entry.module = record.module;
    entry.moduleVersion = record.moduleVersion;
    entry.operationId = ticket.operationId;
    entry.operation = operationKey(ticket.kind);
    entry.step = record.step;
    entry.message = record.error.message;
    entry.detail = record.error.detail;
    entry.platformVersion = m_platform.toString();
    m_writer.append(entry);
}

void OperationJournal::environmentEvent(const QString &user, const QString &event,
                                        const QString &message)
{
    GeneralLogEntry entry;
    entry.user = user;
    entry.event = event;
    entry.message = message;
    m_writer.append(entry);
}

Result<void> OperationJournal::flush()
{
    return m_writer.flush();
}

} // namespace osc
