#pragma once

#include "engine/execution.h"
#include "util/result.h"

#include <QHash>

#include <optional>

namespace osc {

class Database;

// The executions of the upgrade steps and their per-module results, in the
// `executions` table and, a batch of module records a row, in
// `execution_module_batches` (executions recorded before schema 8 keep one row a
// module in `execution_modules`; both are read). Works on the caller's connection;
// the "InTransaction" calls expect the caller's write transaction. Writes that
// belong to a run are conditioned on the run's operation: a process that lost its
// lease cannot overwrite the execution another process took over.
class ExecutionStore
{
public:
    explicit ExecutionStore(Database &db) : m_db(db) { }

    struct NewModule
    {
        QString module;
        qint64 versionId = 0;
        int version = 0;
        qint64 compilationId = 0; // Deploy All: the compilation it deploys
    };

    // A new execution, running under `operationId`, with every module pending.
    Result<qint64> createInTransaction(ExecutionKind kind, const PlatformVersion &platform,
                                       const QString &startedBy, int workers, qint64 previousId,
                                       qint64 operationId, const QList<NewModule> &modules);
    // An existing execution taken over by `operationId` (a resume): running again,
    // hold request cleared, modules left running by a dead process pending again.
    Result<void> attachInTransaction(qint64 executionId, qint64 operationId, int workers);

    // One module's new state, as the engine records it.
    struct ModuleUpdate
    {
        QString module;
        ModuleRunState state = ModuleRunState::Pending;
        QString reason;
        QString blockedBy;
        QString worker;
        qint64 startedMs = 0;
        qint64 endedMs = 0;
        qint64 compilationId = 0;
        qint64 sequence = 0; // the order modules finished in (failures decide skips)
    };
    // Records the updates as made by `operationId` (whose Error Log entries they have):
    // one row whatever their number. Refused (Locked) when the execution is no longer
    // this operation's: another process resumed it after this one's lease expired.
    Result<void> updateModulesInTransaction(qint64 executionId, qint64 operationId,
                                            const QList<ModuleUpdate> &updates);
    Result<void> updateCountsInTransaction(qint64 executionId, qint64 operationId,
                                           const ExecutionCounts &counts,
                                           const QStringList &cycles);
    // Ends (or holds) the run: status, message, end time (none for on-hold).
    Result<void> endInTransaction(qint64 executionId, qint64 operationId, ExecutionStatus status,
                                  const QString &message, const QString &detail = {});
    Result<bool> holdRequested(qint64 executionId);

    // Asks the running step to hold (it finishes its running modules first). A step
    // whose process is gone is put on hold at once. Returns the execution, or
    // NotFound when no step runs.
    Result<ExecutionSummary> requestHold(ExecutionKind kind);
    // Withdraws a hold request the running process has not acted on yet; false when
    // there was none.
    Result<bool> withdrawHold(qint64 executionId);

    // Newest first; `kind` narrows it.
    Result<QList<ExecutionSummary>> list(std::optional<ExecutionKind> kind = {});
    Result<std::optional<ExecutionSummary>> find(qint64 executionId);
    // The newest execution of `kind` for `platform`.
    Result<std::optional<ExecutionSummary>> latest(ExecutionKind kind,
                                                   const PlatformVersion &platform);
    Result<ExecutionDetail> detail(qint64 executionId);

    // A module of an execution as last recorded: its plan, then its latest state.
    struct ModuleRecord
    {
        ModuleUpdate update;
        qint64 versionId = 0; // 0 in a later state: the plan's stays
        int version = 0;
        qint64 operationId = 0; // the operation that recorded the state (0: planned)
    };
    // Every module of the execution, by name.
    Result<QList<ModuleRecord>> modules(qint64 executionId);

    // Each module's state in the newest preparation for `platform` that has it (only
    // `module`'s when given: the reading stops once it is found); pending and running
    // only while that preparation has not ended (a failed step leaves modules
    // pending), else no state (nullopt). A damaged batch of records is left out with a
    // warning: the modules list must not fail for one.
    struct PreparationMark
    {
        std::optional<ModuleRunState> state;
        QString blockedBy;
    };
    Result<QHash<QString, PreparationMark>> latestPreparationMarks(const PlatformVersion &platform,
                                                                   const QString &module = {});

    // The execution of `kind` for `platform` that has not ended (running or on
    // hold), with the state of the operation that runs it.
    struct Unfinished
    {
        ExecutionSummary summary;
        qint64 operationId = 0;
        bool holderRunning = false; // its operation still holds a lease (maybe expired)
        qint64 leaseExpiresMs = 0;
    };
    Result<std::optional<Unfinished>> unfinished(ExecutionKind kind,
                                                 const PlatformVersion &platform);
    // What a resume starts from: modules succeeded (with their compilation) and
    // failed (in the order they failed).
    struct Finished
    {
        QHash<QString, qint64> succeeded; // module -> compilation id
        QStringList failed;
        QHash<QString, ModuleUpdate> failures; // failed and skipped rows, to keep
        qint64 lastSequence = 0; // the highest sequence recorded: a resume goes on from it
    };
    Result<Finished> finished(qint64 executionId);

private:
    // modules(); with `damagedBatches`, a damaged batch is added there and skipped
    // instead of failing the read.
    Result<QList<ModuleRecord>> readModules(qint64 executionId, QList<Error> *damagedBatches);
    Result<void> appendModulesInTransaction(qint64 executionId, const QList<ModuleRecord> &records);
    Result<QList<ExecutionSummary>> select(const QString &where, const QVariantList &bindings);

    Database &m_db;
};

} // namespace osc
