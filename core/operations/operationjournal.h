#pragma once

#include "domain/platformversion.h"
#include "operations/lockmanager.h"
#include "util/result.h"

namespace osc {

class LogWriter;

// An error to put in the Error Log, with where it happened.
struct ErrorRecord
{
    QString module;
    int moduleVersion = 0;
    QString step; // "compile", "deploy", "lock", …
    Error error;
};

// Writes what operations do into the General log (every step, wait, refusal and
// outcome, with who and when) and their failures into the Error Log. Entries are
// queued in the LogWriter and written in batches; flush() makes them durable (an
// operation flushes once, when it ends). Used from the thread running the operation.
class OperationJournal final
{
public:
    OperationJournal(LogWriter &writer, PlatformVersion platform)
        : m_writer(writer), m_platform(std::move(platform))
    { }

    void started(const OperationTicket &ticket);
    void step(const OperationTicket &ticket, const QString &module, const QString &message);
    void waiting(const LockRequest &request, const LockRefusal &refusal);
    void refused(const LockRequest &request, const LockRefusal &refusal);
    void interrupted(const InterruptedOperation &operation);
    void finished(const OperationTicket &ticket, OperationStatus status, const QString &outcome);
    void error(const OperationTicket &ticket, const ErrorRecord &record);
    // An environment-wide event that is not an operation (a platform upgrade, a
    // system components installation, a step put on hold): General log only.
    void environmentEvent(const QString &user, const QString &event, const QString &message);
    // The platform version named in Error Log entries (it changes with an upgrade).
    void setPlatformVersion(const PlatformVersion &platform) { m_platform = platform; }
    Result<void> flush();

private:
    LogWriter &m_writer;
    PlatformVersion m_platform;
};

} // namespace osc
