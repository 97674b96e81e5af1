#include "stepsupport.h"

#include "operations/holderprobe.h"
#include "operations/lockmanager.h"
#include "operations/operationjournal.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>
#include <QThread>

#include <atomic>

namespace osc {

QString WorkerNames::current()
{
    thread_local quint64 run = 0;
    thread_local QString name;
    if (run != m_run) {
        run = m_run;
        name = QStringLiteral("worker-%1").arg(++m_next);
    }
    return name;
}

void JobLine::start(std::function<void()> job)
{
    start(QList<std::function<void()>>{std::move(job)});
}

void JobLine::start(QList<std::function<void()>> jobs)
{
    if (jobs.isEmpty())
        return;
    QMutexLocker locker(&m_mutex);
    m_closed = false;
    for (std::function<void()> &job : jobs)
        m_jobs.push_back(std::move(job));
    // Every worker gets a task before any is woken.
    const int newTasks = std::max(0, std::min(int(jobs.size()), m_workers - m_draining));
    m_draining += newTasks;
    const qsizetype toWake = std::min<qsizetype>(m_waiting, jobs.size() - newTasks);
    for (qsizetype i = 0; i < toWake; ++i)
        m_more.wakeOne(); // the other jobs wait for a busy worker
    locker.unlock();
    for (int i = 0; i < newTasks; ++i)
        m_pool.start([this] { drain(); });
}

void JobLine::close()
{
    QMutexLocker locker(&m_mutex);
    m_closed = true;
    m_more.wakeAll();
}

void JobLine::drain()
{
    QMutexLocker locker(&m_mutex);
    for (;;) {
        if (m_jobs.empty()) {
            if (m_closed) {
                --m_draining;
                return;
            }
            ++m_waiting;
            m_more.wait(&m_mutex);
            --m_waiting;
            continue;
        }
        const std::function<void()> job = std::move(m_jobs.front());
        m_jobs.pop_front();
        locker.unlock();
        job();
        locker.relock();
    }
}

Result<QHash<qint64, QStringList>> producersOfVersions(Database &db, const QList<qint64> &versions)
{
    QHash<qint64, QStringList> producers;
    if (versions.isEmpty())
        return producers;
    const QSet<qint64> wanted(versions.cbegin(), versions.cend());
    Result<QSqlQuery> references = db.exec(
        QStringLiteral("SELECT version_id, %1 FROM version_producers GROUP BY version_id")
            .arg(db.dialect().joinedText(QStringLiteral("producer_name"), QStringLiteral(","))));
    if (!references)
        return references.error();
    while (references->next()) {
        const qint64 version = references->value(0).toLongLong();
        if (!wanted.contains(version))
            continue;
        QStringList names = references->value(1).toString().split(u',', Qt::SkipEmptyParts);
        names.sort();
        producers.insert(version, std::move(names));
    }
    return producers;
}

static QString alreadyRunning(ExecutionKind kind, const ExecutionSummary &run)
{
    const QString text = kind == ExecutionKind::Preparation
        ? QCoreApplication::translate(
            "PreparationEngine",
            "The modules preparation is already running (execution %1, process %2 on %3). Follow "
            "it with 'scctl upgrades %1', or put it on hold with 'scctl hold'.")
        : QCoreApplication::translate(
            "DeploymentEngine",
            "The modules deployment is already running (execution %1, process %2 on %3). Follow "
            "it with 'scctl upgrades %1', or put it on hold with 'scctl hold'.");
    return text.arg(run.id).arg(run.holderPid).arg(run.holderHost);
}

Result<std::optional<ExecutionStore::Unfinished>>
awaitDeadHolder(const OperationServices &operations, ExecutionStore &store, ExecutionKind kind,
                const PlatformVersion &platform)
{
    for (;;) {
        if (Result<QList<InterruptedOperation>> recovered = operations.locks.recoverExpired();
            !recovered)
            return recovered.error();
        else
            for (const InterruptedOperation &operation : std::as_const(*recovered))
                operations.journal.interrupted(operation);
        Result<std::optional<ExecutionStore::Unfinished>> unfinished
            = store.unfinished(kind, platform);
        if (!unfinished || !unfinished->has_value() || !(*unfinished)->holderRunning)
            return unfinished;
        const ExecutionStore::Unfinished &run = **unfinished;
        if (!holderIsGone(run.summary.holderPid, run.summary.holderHost))
            return makeError(ErrorCode::Conflict, alreadyRunning(kind, run.summary));
        const qint64 untilExpiry = run.leaseExpiresMs - QDateTime::currentMSecsSinceEpoch();
        QThread::msleep(quint64(std::clamp<qint64>(untilExpiry + 50, 50, 500)));
    }
}

Result<void> checkStillUnfinished(ExecutionStore &store, ExecutionKind kind,
                                  const PlatformVersion &platform,
                                  const std::optional<ExecutionStore::Unfinished> &planned)
{
    Result<std::optional<ExecutionStore::Unfinished>> now = store.unfinished(kind, platform);
    if (!now)
        return now.error();
    const bool same = now->has_value() == planned.has_value()
        && (!planned
            || ((*now)->summary.id == planned->summary.id
                && (*now)->operationId == planned->operationId));
    if (same)
        return {};
    return makeError(ErrorCode::Conflict,
                     kind == ExecutionKind::Preparation
                         ? QCoreApplication::translate(
                             "PreparationEngine",
                             "Another process started or resumed the modules preparation at the "
                             "same moment. Follow it with 'scctl upgrades'.")
                         : QCoreApplication::translate(
                             "DeploymentEngine",
                             "Another process started or resumed the modules deployment at the "
                             "same moment. Follow it with 'scctl upgrades'."));
}

void announceStarted(ExecutionStore &store, qint64 executionId, const StepOptions &options)
{
    if (!options.started)
        return;
    if (Result<std::optional<ExecutionSummary>> found = store.find(executionId);
        found && found->has_value())
        options.started(**found);
}

} // namespace osc
