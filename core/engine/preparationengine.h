#pragma once

#include "compiler/compiler.h"
#include "engine/execution.h"
#include "engine/executionstore.h"
#include "engine/stepsupport.h"
#include "environment/datafolder.h"
#include "operations/operation.h"

namespace osc {

class Database;

using PreparationOptions = StepOptions;

// The modules preparation (seed 002): compiles, without deploying, the running
// version of every module published with success that has no compilation for the
// current platform version yet, producers before consumers and consumers against
// their producers' new compilations.
//
// Threading. run() runs in the calling thread (the engine's thread), which owns the
// database connection, the PreparationGraph and every write. Compile jobs run on a
// QThreadPool of `workers` threads; each gets plain values (the module version, its
// producers' interfaces) and hands back a plain result through a queue; no job
// touches the database or shared state. The engine persists finished jobs in
// batches (one fenced transaction per batch), then hands newly ready modules out,
// most critical first.
//
// Locks. Before 11.15.0 the whole factory is locked for the whole step; from 11.15.0
// (ProgressivePreparation) only the modules being compiled are, each unit locked
// before its job starts and released in the transaction that records it. A module
// that another operation holds waits until it is free; one that was published for
// the current version meanwhile counts as prepared.
//
// Crash safety. What is recorded is final: a compilation and its module's result
// land in the same transaction. A run whose process died is resumed (by the next
// run(), once the lease expired) from what it recorded; modules it left running are
// compiled again.
//
// Hold. ExecutionStore::requestHold() (any process) asks the run to hold: it
// starts nothing new, records what is running as it finishes, then ends as OnHold
// and releases its locks. run() on an execution on hold resumes it.
class PreparationEngine final
{
public:
    struct Services
    {
        Database &db;
        OperationServices operations;
        DataFolder folder;
        std::shared_ptr<const CompilerProfile> profile;
        const Compiler &compiler;
        QString systemComponentsInstalled; // meta system_components_version
    };

    explicit PreparationEngine(Services services) : m_services(std::move(services)) { }

    // Runs a new preparation, or resumes the unfinished one. The result is the
    // execution as it ended (Succeeded, FinishedWithErrors, Failed or OnHold);
    // an error means no execution ran (refused: ErrorCode::Locked with the LOCKED
    // message, ErrorCode::Conflict when another live process runs it, BadInput
    // when the platform version has no modules preparation).
    Result<ExecutionSummary> run(const PreparationOptions &options);

    // What a new run for `version` prepares: the running version of every module
    // published with success, unless it has a successful compilation for `version`.
    static Result<QList<ExecutionStore::NewModule>>
    modulesToPrepare(Database &db, const PlatformVersion &version);

private:
    class Run;
    Services m_services;
};

} // namespace osc
