#pragma once

#include "engine/executionstore.h"
#include "engine/preparationgraph.h"
#include "engine/progresscoalescer.h"
#include "engine/stepsupport.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThreadPool>

namespace osc {

// What one run of an upgrade step (the modules preparation, Deploy All) does the same
// way whatever its jobs are: the loop that hands ready units of the PreparationGraph
// to a QThreadPool, records finished jobs in batches, polls for a hold and watches
// the lease; the units' progressive locks; the coalesced progress; and the end of
// the execution. The step supplies the rest: what a unit's job is (dispatch()),
// how a batch is recorded (persist()) and what is left behind when it is not
// (discard()). Everything here runs in the engine's thread; UnitOutcome is the plain
// value a job pushes into m_queue.
template<typename UnitOutcome> class StepRun
{
public:
    virtual ~StepRun()
    {
        m_jobs.close();
        m_pool.waitForDone();
    }

protected:
    using Unit = PreparationGraph::Unit;

    StepRun(ExecutionKind kind, Database &db, const StepOptions &options)
        : m_kind(kind), m_db(db), m_options(options), m_store(db)
    {
        m_pool.setExpiryTimeout(-1); // its threads, and their names, last the whole run
    }

    // Hands ready units to free workers (see takeReadyUnits(), lockUnits()).
    virtual Result<void> dispatch() = 0;
    // Records finished jobs in the step's transactions; the graph learns their outcome.
    virtual Result<void> persist(const QList<UnitOutcome> &outcomes) = 0;
    // Cleans up after finished jobs that will not be recorded (the step failed).
    virtual void discard(const QList<UnitOutcome> &outcomes) = 0;

    // Runs until the graph is finished, a hold was asked for (m_holding), or the step
    // failed (the error). Every job has ended when it returns.
    std::optional<Error> drive()
    {
        m_clock.start();
        m_progress.reset(m_options.progressInterval, m_executionId, m_kind);
        publishProgress(true);
        std::optional<Error> stepError;
        QList<UnitOutcome> collected; // finished jobs not recorded yet
        QElapsedTimer sincePersist;
        sincePersist.start();
        for (;;) {
            if (!m_holding && !stepError) {
                if (Result<void> dispatched = dispatch(); !dispatched)
                    stepError = dispatched.error();
            }
            const bool stopping = m_holding || stepError.has_value();
            if (m_inFlight == 0 && collected.isEmpty() && (m_graph.isFinished() || stopping))
                break;
            // Finished jobs are recorded in batches: at most every batchInterval while
            // workers are busy, at once when a worker would otherwise wait for them.
            const qint64 untilBatch = collected.isEmpty()
                ? (m_awaitingLocks.isEmpty() ? 100 : 50)
                : std::max<qint64>(0, batchIntervalMs - sincePersist.elapsed());
            QList<UnitOutcome> outcomes = m_queue.takeAll(std::chrono::milliseconds(untilBatch));
            m_inFlight -= int(outcomes.size());
            collected << std::move(outcomes);
            if (stepError) { // a resume redoes them
                discard(collected);
                collected.clear();
                continue;
            }
            const bool workersWaiting = m_inFlight < m_workers && m_graph.readyCount() == 0;
            const bool due = sincePersist.elapsed() >= batchIntervalMs || workersWaiting
                || m_inFlight == 0 || m_holding;
            if (due && (!collected.isEmpty() || !m_startedUnrecorded.isEmpty())) {
                m_lastBatch = int(collected.size());
                Result<void> persisted = persist(collected);
                collected.clear();
                sincePersist.restart();
                if (!persisted) {
                    stepError = persisted.error();
                    continue;
                }
            }
            if (!m_holding) { // one primary-key read an iteration
                Result<bool> hold = m_store.holdRequested(m_executionId);
                if (!hold)
                    stepError = hold.error();
                else
                    m_holding = *hold;
            }
            if (m_operation->leaseLost() && !stepError)
                stepError = makeError(ErrorCode::Locked, leaseLostMessage());
            publishProgress(false);
        }
        m_jobs.close();
        m_pool.waitForDone();
        return stepError;
    }

    // Ready units, most critical first, after the units still waiting for their locks.
    // Short jobs (a batch of them finished during one persist) get a deeper queue, so
    // that each transaction records many of them; long ones keep it shallow, so that a
    // unit that becomes ready is not stuck behind a queue. With `byHalves` the queue
    // is refilled only once half empty: each refill is one lock transaction, and a
    // half-full queue still keeps every worker busy.
    QList<Unit> takeReadyUnits(bool byHalves)
    {
        const int capacity = std::clamp(2 * m_lastBatch, m_workers * 2, 1024);
        if (byHalves && m_inFlight > capacity / 2)
            return {};
        QList<Unit> taken = std::exchange(m_awaitingLocks, {});
        while (m_inFlight + taken.size() < capacity) {
            const std::optional<Unit> unit = m_graph.takeReady();
            if (!unit)
                break;
            taken << *unit;
        }
        return taken;
    }

    // Locks the units' modules: all at once when none is held by another operation
    // (the usual case), else unit by unit. Units left waiting are retried later.
    Result<QList<Unit>> lockUnits(const QList<Unit> &units)
    {
        QStringList all;
        for (Unit unit : units)
            all << m_graph.unitModules(unit);
        Result<std::optional<ModuleLock>> conflict = m_operation->addLocks(all);
        if (!conflict)
            return conflict.error();
        if (!conflict->has_value())
            return units;
        QList<Unit> locked;
        for (Unit unit : units) {
            Result<std::optional<ModuleLock>> one
                = m_operation->addLocks(m_graph.unitModules(unit));
            if (!one)
                return one.error();
            if (one->has_value())
                m_awaitingLocks << unit;
            else
                locked << unit;
        }
        return locked;
    }

    // The graph's module counts, plus the modules skipped outside it; units taken and
    // waiting for their locks are not running yet.
    ExecutionCounts counts() const
    {
        const PreparationCounts graph = m_graph.counts();
        ExecutionCounts counts;
        counts.total = graph.total + m_skippedOutsideGraph;
        counts.succeeded = graph.succeeded;
        counts.failed = graph.failed;
        counts.skipped = graph.skipped + m_skippedOutsideGraph;
        counts.pending = graph.pending + graph.running;
        counts.running = graph.running;
        for (Unit unit : m_awaitingLocks)
            counts.running -= int(m_graph.unitModules(unit).size());
        return counts;
    }

    void publishProgress(bool force)
    {
        if (!m_options.progress)
            return;
        const qint64 elapsed = m_clock.isValid() ? m_clock.elapsed() : 0;
        qint64 eta = -1;
        if (m_graph.isFinished())
            eta = 0;
        else if (m_doneWeight > 0 && elapsed > 0)
            eta = (m_graph.totalWeight() - m_doneWeight) * elapsed / m_doneWeight;
        if (std::optional<StepProgress> snapshot = m_progress.take(elapsed, counts(), eta, force)) {
            snapshot->holdRequested = m_holding;
            m_options.progress(*snapshot);
        }
    }

    // Ends (or holds) the execution and finishes the operation with it; the result is
    // the execution as recorded.
    Result<ExecutionSummary> end(ExecutionStatus status, const QString &message,
                                 const QString &detail = {})
    {
        const qint64 operationId = m_operation->ticket().operationId;
        Result<void> ended = m_db.write([&]() -> Result<void> {
            return m_store.endInTransaction(m_executionId, operationId, status, message, detail);
        });
        const ExecutionCounts final = counts();
        Result<ExecutionSummary> outcome = ExecutionSummary{};
        if (!ended)
            outcome = ended.error();
        else if (status == ExecutionStatus::FinishedWithErrors || status == ExecutionStatus::Failed)
            outcome = makeError(ErrorCode::Failed, message,
                                QStringLiteral("execution %1: %2 failed, %3 skipped of %4")
                                    .arg(m_executionId)
                                    .arg(final.failed)
                                    .arg(final.skipped)
                                    .arg(final.total));
        (void)m_operation->finish(
            outcome, QStringLiteral("%1 (execution %2)").arg(message).arg(m_executionId));
        m_progress.setStatus(status);
        publishProgress(true);
        if (!ended)
            return ended.error();
        Result<std::optional<ExecutionSummary>> found = m_store.find(m_executionId);
        if (!found)
            return found.error();
        return **found;
    }

    // How long finished jobs may wait to be recorded together while workers are busy.
    static constexpr qint64 batchIntervalMs = 5;

    const ExecutionKind m_kind;
    Database &m_db;
    const StepOptions &m_options;
    ExecutionStore m_store;
    std::unique_ptr<Operation> m_operation;
    int m_workers = 1;
    qint64 m_executionId = 0;

    PreparationGraph m_graph;
    int m_skippedOutsideGraph = 0; // Deploy All: modules its plan skipped
    OutcomeQueue<UnitOutcome> m_queue; // before the pool: its jobs push into it
    WorkerNames m_workerNames; // before the pool: its jobs name their thread
    QThreadPool m_pool;
    // Every job of the run, on m_pool (setWorkers() with m_workers): its waiting
    // threads hold the pool's, so nothing else is started on the pool directly once
    // jobs run (the preparation's plan read ahead is taken before its first job).
    JobLine m_jobs{m_pool, 1};
    int m_inFlight = 0;
    int m_lastBatch = 0; // units recorded by the last persist
    QList<Unit> m_awaitingLocks; // taken, waiting for another operation's locks
    QList<ExecutionStore::ModuleUpdate> m_startedUnrecorded;
    qint64 m_sequence = 0;
    bool m_holding = false;
    QElapsedTimer m_clock;
    ProgressCoalescer m_progress;
    qint64 m_doneWeight = 0;

private:
    QString leaseLostMessage() const
    {
        return m_kind == ExecutionKind::Preparation
            ? QCoreApplication::translate("PreparationEngine",
                                          "The modules preparation lost its lease (this process "
                                          "did not respond for longer than the lease).")
            : QCoreApplication::translate("DeploymentEngine",
                                          "The modules deployment lost its lease (this process "
                                          "did not respond for longer than the lease).");
    }
};

} // namespace osc
