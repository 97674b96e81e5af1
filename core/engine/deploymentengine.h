#pragma once

#include "compiler/compilerprofile.h"
#include "engine/execution.h"
#include "engine/stepsupport.h"
#include "environment/datafolder.h"
#include "operations/operation.h"

namespace osc {

class Database;
class Deployer;

// What Deploy All does with one module, decided before it starts.
struct DeploymentDecision
{
    QString module;
    int version = 0; // the version it deploys (or would)
    qint64 compilationId = 0; // the compilation it deploys; 0 when it has none
    bool deploy = false;
    QString reason; // why it deploys, or why it is skipped, in a sentence
};

// The modules deployment's plan, as Deploy All announces it up front.
struct DeploymentPlan
{
    PlatformVersion platformVersion;
    qint64 resumes = 0; // the unfinished execution this run resumes; 0 for a new run
    qint64 rerunOf = 0; // the execution whose failures a new run deploys again; 0 for a full run
    QList<DeploymentDecision> modules; // by module name
    int deployCount() const;
    // One sentence: what will run, and why ("Deploys 3 modules: the ones that failed in
    // execution 12.").
    QString summary() const;
};

// Deploy All (seed 004), from 11.19.0: deploys, for each module, its latest
// successful compilation in the current platform version unless that compilation is
// already deployed. Modules whose compilation failed, that were never prepared or
// that are already deployed are recorded as skipped with the reason. After a run
// that ended with failures, the next run deploys only what failed (and what those
// failures held back).
//
// Producers are deployed before their consumers (PreparationGraph's order, cycles
// together); a module whose producer failed to deploy is skipped. Each module is
// staged by a pool worker (its files copied into a new deployment folder, the running
// files checked free), then switched by the engine's thread exactly as 1-Click
// Publish switches: the staged row is recorded first, then one fenced transaction
// per batch makes the deployments running, renames the running links and records
// the results. Only the modules being deployed are locked (`Modules deployment`),
// each released in the transaction that records it.
//
// Crash safety and hold work as in the preparation: a killed run is resumed by the
// next run (a module whose planned compilation already runs counts as deployed, so
// none is deployed twice), and ExecutionStore::requestHold(Deployment) holds it.
class DeploymentEngine final
{
public:
    struct Services
    {
        Database &db;
        OperationServices operations;
        DataFolder folder;
        std::shared_ptr<const CompilerProfile> profile;
        const Deployer &deployer;
    };

    explicit DeploymentEngine(Services services) : m_services(std::move(services)) { }

    // What run() would do now. BadInput when the platform version has no Deploy All;
    // Conflict while a modules preparation has not ended.
    Result<DeploymentPlan> plan();

    // Runs Deploy All, or resumes the unfinished one. The result is the execution as
    // it ended (Succeeded, FinishedWithErrors, Failed or OnHold); an error means no
    // execution ran (the refusals of plan(), ErrorCode::Conflict when another live
    // process runs it).
    Result<ExecutionSummary> run(const StepOptions &options);

private:
    class Run;
    Services m_services;
};

} // namespace osc
