#pragma once

#include "engine/execution.h"
#include "engine/executionstore.h"
#include "operations/operation.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QMutex>
#include <QThreadPool>
#include <QWaitCondition>

#include <atomic>
#include <chrono>
#include <deque>
#include <functional>
#include <optional>

namespace osc {

// What the caller of an upgrade step (the modules preparation or Deploy All) sets.
struct StepOptions
{
    QString user; // the operator (the preparation's locks name Compiler Service)
    int workers = 0; // 0: the environment's preparation.workers setting (0 there: one per core)
    // How long to wait for locks held by other operations (whole-factory locking).
    std::chrono::milliseconds waitLock{0};
    // Observers' snapshots: at most one per interval (and one when the run ends),
    // called in the thread running the step.
    std::chrono::milliseconds progressInterval{50};
    std::function<void(const StepProgress &)> progress;
    // Called once the run has its execution (new or resumed), before any module starts.
    std::function<void(const ExecutionSummary &)> started;
};

// Names the threads of one run's pool "worker-1" … "worker-N", in the order they first
// run one of its jobs, as the report and the workers' timeline show them. One per run;
// the run's pool keeps its threads until the run ends, so N workers show N names, and
// a second run in the same process starts again from "worker-1". Thread-safe.
class WorkerNames
{
public:
    QString current();

private:
    static inline std::atomic<quint64> s_runs{0};
    const quint64 m_run = ++s_runs; // a thread's name belongs to one run
    std::atomic<int> m_next{0};
};

// Jobs for a pool, run in the order given by `workers` of its threads (one is started
// for each of the first jobs). Each takes the next job, and waits for more when none
// is left, until close(): a stream of jobs costs at most a wake-up each, not a
// QThreadPool::start, which costs more than a job that has nothing to compile. Call
// close() before the pool's waitForDone(). Thread-safe.
class JobLine
{
public:
    JobLine(QThreadPool &pool, int workers) : m_pool(pool), m_workers(workers) { }
    ~JobLine() { close(); }

    void setWorkers(int workers) { m_workers = workers; }
    void start(std::function<void()> job);
    // Queues `jobs` together: the waiting workers are woken once for the lot, not
    // once a job (a dispatch hands out up to a thousand short jobs at a time).
    void start(QList<std::function<void()>> jobs);
    // The threads finish the jobs queued, then return to the pool.
    void close();

private:
    void drain();

    QThreadPool &m_pool;
    int m_workers;
    QMutex m_mutex;
    QWaitCondition m_more;
    std::deque<std::function<void()>> m_jobs;
    int m_draining = 0; // pool tasks taking jobs
    int m_waiting = 0; // of which waiting for one
    bool m_closed = false;
};

// Finished jobs, from the pool's workers to the engine's thread.
template<typename Outcome> class OutcomeQueue
{
public:
    void push(Outcome outcome)
    {
        QMutexLocker locker(&m_mutex);
        m_outcomes << std::move(outcome);
        m_ready.wakeOne();
    }
    // Everything queued; waits up to `timeout` when the queue is empty.
    QList<Outcome> takeAll(std::chrono::milliseconds timeout)
    {
        QMutexLocker locker(&m_mutex);
        if (m_outcomes.isEmpty())
            m_ready.wait(&m_mutex, QDeadlineTimer(timeout));
        return std::exchange(m_outcomes, {});
    }

private:
    QMutex m_mutex;
    QWaitCondition m_ready;
    QList<Outcome> m_outcomes;
};

// The unfinished execution of `kind` a new run takes over, if any. Expired leases
// are recovered first. A run whose process died still looks like it runs until its
// lease expires: when that process is on this machine and gone, the lease is waited
// for; a live (or remote) holder is another process's run, and is not ours to take
// (ErrorCode::Conflict, saying how to follow or hold it).
Result<std::optional<ExecutionStore::Unfinished>>
awaitDeadHolder(const OperationServices &operations, ExecutionStore &store, ExecutionKind kind,
                const PlatformVersion &platform);

// Inside the write transaction that starts or resumes a run: the unfinished execution
// of `kind` is still the one the run planned from (`planned`), so that two processes
// racing to start it cannot both win. ErrorCode::Conflict otherwise.
Result<void> checkStillUnfinished(ExecutionStore &store, ExecutionKind kind,
                                  const PlatformVersion &platform,
                                  const std::optional<ExecutionStore::Unfinished> &planned);

// The modules each of `versions` references (its producers), by version id, in name
// order; a version that references none is left out. One pass over version_producers
// with one row a version: the database joins a version's names (identifiers, which
// hold no comma), 5× fewer rows to step through than one a reference.
Result<QHash<qint64, QStringList>> producersOfVersions(Database &db, const QList<qint64> &versions);

// Calls options.started with the execution, when the caller asked for it.
void announceStarted(ExecutionStore &store, qint64 executionId, const StepOptions &options);

} // namespace osc
