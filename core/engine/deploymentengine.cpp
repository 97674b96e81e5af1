#include "deploymentengine.h"

#include "engine/steprun.h"
#include "environment/deployer.h"
#include "environment/deploymentrecords.h"
#include "modules/moduleparser.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QSet>
#include <QThread>

namespace osc {

namespace {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// One module as the deployment sees it: what it deploys, and (on a resume) what an
// earlier run of the same execution recorded.
struct Candidate
{
    QString module;
    qint64 moduleId = 0;
    qint64 versionId = 0;
    int version = 0;
    qint64 compilationId = 0; // the compilation to deploy (0: none)
    QString compilationDir; // absolute
    QString sourcePath; // absolute: the definition, for the settings' defaults
    qint64 weight = 1;
    QStringList producers;
    bool deploy = false;
    ModuleRunState state = ModuleRunState::Pending;
    QString reason;
    QString blockedBy;
    qint64 sequence = 0;
};

// --- what workers get and give back: plain values only

struct ModuleJob
{
    QString module;
    qint64 compilationId = 0;
    QString compilationDir;
    QString sourcePath;
    QMap<QString, QString> appliedSettings;
};

struct UnitJob
{
    PreparationGraph::Unit unit = -1;
    QList<ModuleJob> modules;
};

struct ModuleOutcome
{
    QString module;
    QString stagedDir; // on success
    std::optional<Error> error;
    qint64 startedMs = 0;
    qint64 endedMs = 0;
};

struct UnitOutcome
{
    PreparationGraph::Unit unit = -1;
    QString worker;
    QList<ModuleOutcome> modules;
    bool alreadyDone = false; // nothing staged: the module runs the planned compilation
};

// Runs in a worker: stages each module of the unit (its files copied into a new
// deployment folder, with its settings) and waits, within the file policy, for the
// files of its running deployment to be free. A cycle stops at its first failure.
UnitOutcome stageUnit(const UnitJob &job, const Deployer &deployer, const QString &worker)
{
    UnitOutcome outcome;
    outcome.unit = job.unit;
    outcome.worker = worker;
    for (const ModuleJob &module : job.modules) {
        ModuleOutcome done;
        done.module = module.module;
        done.startedMs = nowMs();
        Result<ModuleDefinition> definition = ModuleParser::parseFile(module.sourcePath);
        Result<QString> staged = definition
            ? deployer.stage(module.module, module.compilationDir,
                             deploymentrecords::settingsJson(*definition, module.appliedSettings),
                             deploymentrecords::folderName(module.compilationId))
            : Result<QString>(definition.error());
        if (staged) {
            if (Result<void> free = deployer.checkRunningNotInUse(module.module); !free) {
                deployer.remove(*staged);
                staged = free.error();
            }
        }
        done.endedMs = nowMs();
        if (staged)
            done.stagedDir = *staged;
        else
            done.error = staged.error();
        const bool failed = done.error.has_value();
        outcome.modules << done;
        if (failed)
            break;
    }
    return outcome;
}

} // namespace

int DeploymentPlan::deployCount() const
{
    return int(std::count_if(modules.cbegin(), modules.cend(),
                             [](const DeploymentDecision &decision) { return decision.deploy; }));
}

QString DeploymentPlan::summary() const
{
    const int deploying = deployCount();
    const int skipped = int(modules.size()) - deploying;
    if (resumes != 0) {
        return QCoreApplication::translate("DeploymentEngine",
                                           "Resumes execution %1: %n module(s) still to deploy.",
                                           nullptr, deploying)
            .arg(resumes);
    }
    if (deploying == 0) {
        return QCoreApplication::translate(
                   "DeploymentEngine",
                   "Nothing to deploy for platform version %1: %n module(s) skipped (already "
                   "deployed, not prepared, or failed to prepare).",
                   nullptr, skipped)
            .arg(platformVersion.toString());
    }
    const QString what = rerunOf != 0
        ? QCoreApplication::translate(
              "DeploymentEngine",
              "Deploys %n module(s): the ones execution %1 did not deploy (a new run deploys only "
              "what failed before).",
              nullptr, deploying)
              .arg(rerunOf)
        : QCoreApplication::translate("DeploymentEngine",
                                      "Deploys %n module(s) prepared for platform version %1.",
                                      nullptr, deploying)
              .arg(platformVersion.toString());
    return skipped == 0 ? what
                        : what + u' '
            + QCoreApplication::translate("DeploymentEngine", "%n module(s) skipped.", nullptr,
                                          skipped);
}

// One run of Deploy All: the state of run(), in the engine's thread.
class DeploymentEngine::Run final : public StepRun<UnitOutcome>
{
public:
    Run(Services &services, const StepOptions &options)
        : StepRun(ExecutionKind::Deployment, services.db, options), s(services)
    { }

    Result<DeploymentPlan> plan();
    Result<ExecutionSummary> execute();

private:
    Result<void> checkAvailable();
    Result<void> loadCandidates(const std::optional<ExecutionStore::Unfinished> &unfinished);
    Result<void> loadNewCandidates();
    Result<void> loadResumedCandidates(qint64 executionId);
    Result<void> loadProducers();
    Result<void> openExecution(const std::optional<ExecutionStore::Unfinished> &unfinished);
    Result<void> buildGraph();
    Result<ExecutionSummary> loop();
    Result<void> dispatch() override;
    Result<QHash<QString, qint64>> runningCompilations(const QList<PreparationGraph::Unit> &units);
    void startUnit(PreparationGraph::Unit unit, const QHash<QString, qint64> &running);
    Result<void> persist(const QList<UnitOutcome> &outcomes) override;
    // What recording one batch gathers, applied once its transaction committed.
    struct Batch
    {
        QList<ExecutionStore::ModuleUpdate> updates;
        QList<ModuleStateChange> changes;
        QList<ErrorRecord> errors;
        QStringList obsolete; // deployment folders to remove
        QList<qint64> neverRan; // staged deployments whose switch failed
        qint64 doneWeight = 0;
    };
    Result<QHash<QString, qint64>> recordStaged(const QList<UnitOutcome> &outcomes,
                                                const QStringList &written);
    Result<void> recordUnit(const UnitOutcome &outcome, const QHash<QString, qint64> &deploymentOf,
                            Batch &batch);
    void discard(const QList<UnitOutcome> &outcomes) override;
    Result<ExecutionSummary> failStep(const Error &cause);
    Candidate &candidate(const QString &module) { return m_candidates[m_index.value(module)]; }

    Services &s;
    qint64 m_resumes = 0;
    qint64 m_rerunOf = 0;
    qint64 m_previousId = 0;

    QList<Candidate> m_candidates; // by module name
    QHash<QString, int> m_index;
    QStringList m_cycleNames;
    QHash<qint64, QMap<QString, QString>> m_appliedSettings; // by module id
};

Result<DeploymentPlan> DeploymentEngine::plan()
{
    StepOptions none;
    Run run(m_services, none);
    return run.plan();
}

Result<ExecutionSummary> DeploymentEngine::run(const StepOptions &options)
{
    Run run(m_services, options);
    return run.execute();
}

Result<void> DeploymentEngine::Run::checkAvailable()
{
    const CompilerProfile &profile = *s.profile;
    if (!profile.hasFeature(PlatformFeature::DeployAll)) {
        return makeError(ErrorCode::BadInput,
                         QCoreApplication::translate(
                             "DeploymentEngine",
                             "Platform version %1 has no Deploy All (it comes with 11.19.0): "
                             "publish the modules one at a time, or upgrade to 11.19.0 or later.")
                             .arg(profile.version.toString()));
    }
    Result<std::optional<ExecutionStore::Unfinished>> preparation
        = m_store.unfinished(ExecutionKind::Preparation, profile.version);
    if (!preparation)
        return preparation.error();
    if (preparation->has_value()) {
        const ExecutionSummary &run = (*preparation)->summary;
        return makeError(ErrorCode::Conflict,
                         (run.status == ExecutionStatus::OnHold
                              ? QCoreApplication::translate(
                                  "DeploymentEngine",
                                  "The modules preparation (execution %1) is on hold: Deploy All "
                                  "deploys what it prepares. Resume it with 'scctl resume' and "
                                  "let it finish, then deploy.")
                              : QCoreApplication::translate(
                                  "DeploymentEngine",
                                  "The modules preparation (execution %1) is still running: "
                                  "Deploy All deploys what it prepares. Let it finish, then "
                                  "deploy."))
                             .arg(run.id));
    }
    return {};
}

Result<DeploymentPlan> DeploymentEngine::Run::plan()
{
    if (Result<void> available = checkAvailable(); !available)
        return available.error();
    Result<std::optional<ExecutionStore::Unfinished>> unfinished
        = m_store.unfinished(ExecutionKind::Deployment, s.profile->version);
    if (!unfinished)
        return unfinished.error();
    if (Result<void> loaded = loadCandidates(*unfinished); !loaded)
        return loaded.error();
    DeploymentPlan plan;
    plan.platformVersion = s.profile->version;
    plan.resumes = m_resumes;
    plan.rerunOf = m_rerunOf;
    for (const Candidate &candidate : std::as_const(m_candidates)) {
        const bool toDo = candidate.deploy && candidate.state == ModuleRunState::Pending;
        plan.modules << DeploymentDecision{candidate.module, candidate.version,
                                           candidate.compilationId, toDo, candidate.reason};
    }
    return plan;
}

Result<void>
DeploymentEngine::Run::loadCandidates(const std::optional<ExecutionStore::Unfinished> &unfinished)
{
    Result<std::optional<ExecutionSummary>> previous
        = m_store.latest(ExecutionKind::Deployment, s.profile->version);
    if (!previous)
        return previous.error();
    m_previousId = previous->has_value() ? (*previous)->id : 0;
    if (unfinished) {
        m_resumes = unfinished->summary.id;
        if (Result<void> loaded = loadResumedCandidates(m_resumes); !loaded)
            return loaded;
    } else {
        if (Result<void> loaded = loadNewCandidates(); !loaded)
            return loaded;
    }
    for (int i = 0; i < m_candidates.size(); ++i)
        m_index.insert(m_candidates.at(i).module, i);
    return loadProducers();
}

// Every module, and what Deploy All does with it: its latest successful compilation
// for the current platform version deploys unless it runs already. After a run that
// did not deploy everything, only what it left undeployed is deployed again.
Result<void> DeploymentEngine::Run::loadNewCandidates()
{
    const QString platform = s.profile->version.toString();
    Result<QSqlQuery> query = s.db.exec(
        QStringLiteral(
            "SELECT p.id, p.name, p.best, p.latest, p.running, bv.id, bv.number, bc.folder, "
            "bv.source_path, bc.artifact_bytes FROM (SELECT m.id, m.name, (SELECT MAX(v.id) FROM "
            "module_versions v WHERE v.module_id = m.id) AS newest, (SELECT "
            "MAX(c.id) FROM module_versions v JOIN compilations c ON c.version_id = v.id WHERE "
            "v.module_id = m.id AND c.platform_version = ? AND c.status = 'succeeded') AS best, "
            "(SELECT MAX(c.id) FROM module_versions v JOIN compilations c ON c.version_id = v.id "
            "WHERE v.module_id = m.id AND c.platform_version = ?) AS latest, (SELECT "
            "d.compilation_id FROM deployments d WHERE d.module_id = m.id AND d.state = "
            "'running') AS running FROM modules m WHERE m.deleted_at = '') p LEFT JOIN "
            "compilations bc ON bc.id = p.best JOIN module_versions bv ON bv.id = "
            "COALESCE(bc.version_id, p.newest) ORDER BY p.name"),
        {platform, platform});
    if (!query)
        return query.error();
    while (query->next()) {
        Candidate candidate;
        candidate.moduleId = query->value(0).toLongLong();
        candidate.module = query->value(1).toString();
        const qint64 best = query->value(2).toLongLong();
        const qint64 latest = query->value(3).toLongLong();
        const qint64 running = query->value(4).toLongLong();
        candidate.compilationId = best;
        candidate.versionId = query->value(5).toLongLong();
        candidate.version = query->value(6).toInt();
        candidate.compilationDir = s.folder.root() + u'/' + query->value(7).toString();
        candidate.sourcePath = s.folder.root() + u'/' + query->value(8).toString();
        candidate.weight = std::max<qint64>(1, query->value(9).toLongLong());
        if (best == 0 && latest != 0) {
            candidate.reason = QCoreApplication::translate(
                                   "DeploymentEngine",
                                   "Its compilation for platform version %1 failed: fix the "
                                   "module and publish it, or prepare it again.")
                                   .arg(platform);
        } else if (best == 0 && running == 0) {
            candidate.reason = QCoreApplication::translate(
                "DeploymentEngine", "Never published: there is nothing to deploy.");
        } else if (best == 0) {
            candidate.reason = QCoreApplication::translate(
                                   "DeploymentEngine",
                                   "Not prepared for platform version %1: run the modules "
                                   "preparation, or publish it.")
                                   .arg(platform);
        } else if (best == running) {
            candidate.reason = QCoreApplication::translate(
                                   "DeploymentEngine",
                                   "Already deployed: it runs its latest compilation for platform "
                                   "version %1.")
                                   .arg(platform);
        } else {
            candidate.deploy = true;
            candidate.reason
                = QCoreApplication::translate(
                      "DeploymentEngine", "Prepared for platform version %1 and not deployed yet.")
                      .arg(platform);
        }
        if (!candidate.deploy)
            candidate.state = ModuleRunState::Skipped;
        m_candidates << candidate;
    }
    if (m_previousId == 0)
        return {};
    // A re-run after a run that did not deploy everything deploys only what that run
    // left undeployed (seed 004).
    Result<std::optional<ExecutionSummary>> previous = m_store.find(m_previousId);
    if (!previous)
        return previous.error();
    if (!previous->has_value() || (*previous)->status == ExecutionStatus::Succeeded)
        return {};
    m_rerunOf = m_previousId;
    Result<QList<ExecutionStore::ModuleRecord>> previousModules = m_store.modules(m_rerunOf);
    if (!previousModules)
        return previousModules.error();
    QSet<QString> undeployed;
    for (const ExecutionStore::ModuleRecord &record : std::as_const(*previousModules)) {
        const ExecutionStore::ModuleUpdate &update = record.update;
        if (update.state == ModuleRunState::Pending || update.state == ModuleRunState::Running
            || update.state == ModuleRunState::Failed
            || (update.state == ModuleRunState::Skipped && !update.blockedBy.isEmpty()))
            undeployed.insert(update.module);
    }
    for (Candidate &candidate : m_candidates) {
        if (!candidate.deploy)
            continue;
        if (undeployed.contains(candidate.module)) {
            candidate.reason
                = QCoreApplication::translate("DeploymentEngine",
                                              "Not deployed by execution %1: deployed again.")
                      .arg(m_rerunOf);
        } else {
            candidate.deploy = false;
            candidate.state = ModuleRunState::Skipped;
            candidate.reason = QCoreApplication::translate(
                                   "DeploymentEngine",
                                   "Not part of this re-run, which deploys only what execution %1 "
                                   "did not deploy: run Deploy All again afterwards.")
                                   .arg(m_rerunOf);
        }
    }
    return {};
}

// The modules of an unfinished execution, with what it recorded so far.
Result<void> DeploymentEngine::Run::loadResumedCandidates(qint64 executionId)
{
    Result<QList<ExecutionStore::ModuleRecord>> records = m_store.modules(executionId);
    if (!records)
        return records.error();
    QHash<qint64, std::pair<qint64, QString>> versions; // id -> module id, source path
    Result<QSqlQuery> versionRows
        = s.db.exec(QStringLiteral("SELECT id, module_id, source_path FROM module_versions"));
    if (!versionRows)
        return versionRows.error();
    while (versionRows->next())
        versions.insert(versionRows->value(0).toLongLong(),
                        {versionRows->value(1).toLongLong(), versionRows->value(2).toString()});
    QHash<qint64, std::pair<QString, qint64>> compilations; // id -> folder, artifact bytes
    for (const ExecutionStore::ModuleRecord &record : std::as_const(*records))
        compilations.insert(record.update.compilationId, {});
    Result<QSqlQuery> compilationRows
        = s.db.exec(QStringLiteral("SELECT id, folder, artifact_bytes FROM compilations"));
    if (!compilationRows)
        return compilationRows.error();
    while (compilationRows->next()) {
        if (const auto it = compilations.find(compilationRows->value(0).toLongLong());
            it != compilations.end())
            *it = {compilationRows->value(1).toString(), compilationRows->value(2).toLongLong()};
    }
    for (const ExecutionStore::ModuleRecord &record : std::as_const(*records)) {
        const auto version = versions.constFind(record.versionId);
        if (version == versions.cend())
            continue; // its version was deleted with the module
        Candidate candidate;
        candidate.module = record.update.module;
        candidate.moduleId = version->first;
        candidate.versionId = record.versionId;
        candidate.version = record.version;
        candidate.compilationId = record.update.compilationId;
        candidate.sourcePath = s.folder.root() + u'/' + version->second;
        const auto &[folder, artifactBytes] = compilations.value(candidate.compilationId);
        candidate.compilationDir = s.folder.root() + u'/' + folder;
        candidate.weight = std::max<qint64>(1, artifactBytes);
        candidate.state = record.update.state;
        if (candidate.state == ModuleRunState::Running) // its process died
            candidate.state = ModuleRunState::Pending;
        candidate.reason = record.update.reason;
        candidate.blockedBy = record.update.blockedBy;
        candidate.sequence = record.update.sequence;
        // Skipped without a failed producer: the plan left it out.
        candidate.deploy
            = !(candidate.state == ModuleRunState::Skipped && candidate.blockedBy.isEmpty());
        m_candidates << candidate;
    }
    return {};
}

// Each deploying module's producers (of the version it deploys), which order the
// deployment, and the applied settings each deployment writes.
Result<void> DeploymentEngine::Run::loadProducers()
{
    QHash<qint64, QList<int>> byVersion;
    for (int i = 0; i < m_candidates.size(); ++i) {
        if (m_candidates.at(i).deploy)
            byVersion[m_candidates.at(i).versionId] << i;
    }
    if (byVersion.isEmpty())
        return {};
    Result<QHash<qint64, QStringList>> producers = producersOfVersions(s.db, byVersion.keys());
    if (!producers)
        return producers.error();
    for (auto it = producers->cbegin(); it != producers->cend(); ++it) {
        for (int index : byVersion.value(it.key()))
            m_candidates[index].producers = it.value();
    }
    Result<QSqlQuery> settings
        = s.db.exec(QStringLiteral("SELECT module_id, name, value FROM module_settings"));
    if (!settings)
        return settings.error();
    while (settings->next())
        m_appliedSettings[settings->value(0).toLongLong()].insert(settings->value(1).toString(),
                                                                  settings->value(2).toString());
    return {};
}

Result<ExecutionSummary> DeploymentEngine::Run::execute()
{
    if (Result<void> available = checkAvailable(); !available)
        return available.error();
    m_workers = m_options.workers > 0 ? m_options.workers : QThread::idealThreadCount();
    m_pool.setMaxThreadCount(m_workers);
    m_jobs.setWorkers(m_workers);

    Result<std::optional<ExecutionStore::Unfinished>> unfinished
        = awaitDeadHolder(s.operations, m_store, ExecutionKind::Deployment, s.profile->version);
    if (!unfinished)
        return unfinished.error();

    // Only the modules being deployed are locked, each as its turn comes.
    OperationOptions operationOptions;
    operationOptions.user = m_options.user;
    Result<std::unique_ptr<Operation>> operation = Operation::start(
        s.operations, LockRequest{OperationKind::ModulesDeployment, m_options.user, {}},
        operationOptions);
    if (!operation)
        return operation.error();
    m_operation = std::move(operation.value());
    // What a killed run left staged is finished (its link switched) or discarded
    // before the plan reads what runs.
    if (Result<void> recovered = deploymentrecords::recoverStaged(s.db, s.folder, s.deployer);
        !recovered)
        return m_operation->finish(Result<ExecutionSummary>(recovered.error()), QString());
    if (Result<void> opened = openExecution(*unfinished); !opened)
        return m_operation->finish(Result<ExecutionSummary>(opened.error()), QString());
    announceStarted(m_store, m_executionId, m_options);
    if (Result<void> built = buildGraph(); !built)
        return failStep(built.error());
    return loop();
}

Result<void>
DeploymentEngine::Run::openExecution(const std::optional<ExecutionStore::Unfinished> &unfinished)
{
    if (Result<void> loaded = loadCandidates(unfinished); !loaded)
        return loaded;
    const qint64 operationId = m_operation->ticket().operationId;
    return s.db.write([&]() -> Result<void> {
        // Checked again inside the transaction: two processes may race to start it.
        if (Result<void> still = checkStillUnfinished(m_store, ExecutionKind::Deployment,
                                                      s.profile->version, unfinished);
            !still)
            return still;
        if (unfinished) {
            m_executionId = unfinished->summary.id;
            return m_store.attachInTransaction(m_executionId, operationId, m_workers);
        }
        QList<ExecutionStore::NewModule> modules;
        QList<ExecutionStore::ModuleUpdate> skipped;
        for (const Candidate &candidate : std::as_const(m_candidates)) {
            modules << ExecutionStore::NewModule{candidate.module, candidate.versionId,
                                                 candidate.version, candidate.compilationId};
            if (!candidate.deploy) {
                ExecutionStore::ModuleUpdate update;
                update.module = candidate.module;
                update.state = ModuleRunState::Skipped;
                update.reason = candidate.reason;
                update.compilationId = candidate.compilationId;
                skipped << update;
            }
        }
        Result<qint64> created = m_store.createInTransaction(
            ExecutionKind::Deployment, s.profile->version, m_options.user, m_workers, m_previousId,
            operationId, modules);
        if (!created)
            return created.error();
        m_executionId = *created;
        return m_store.updateModulesInTransaction(m_executionId, operationId, skipped);
    });
}

Result<void> DeploymentEngine::Run::buildGraph()
{
    QList<PreparationModule> modules;
    PreparationResume resume;
    QList<const Candidate *> failedInOrder;
    for (const Candidate &candidate : std::as_const(m_candidates)) {
        if (!candidate.deploy) {
            ++m_skippedOutsideGraph;
            continue;
        }
        modules << PreparationModule{candidate.module, candidate.producers, candidate.weight};
        if (candidate.state == ModuleRunState::Succeeded)
            resume.succeeded << candidate.module;
        else if (candidate.state == ModuleRunState::Failed)
            failedInOrder << &candidate;
    }
    std::sort(failedInOrder.begin(), failedInOrder.end(),
              [](const Candidate *a, const Candidate *b) { return a->sequence < b->sequence; });
    for (const Candidate *failed : std::as_const(failedInOrder))
        resume.failed << failed->module;
    Result<PreparationGraph> graph = PreparationGraph::build(modules);
    if (!graph)
        return graph.error();
    m_graph = std::move(*graph);
    m_graph.resumeFrom(resume);
    for (const Candidate &candidate : std::as_const(m_candidates))
        m_sequence = std::max(m_sequence, candidate.sequence);
    for (int unit = 0; unit < m_graph.unitCount(); ++unit) {
        const PreparationState state = m_graph.state(unit);
        if (state != PreparationState::Pending && state != PreparationState::Running)
            m_doneWeight += m_graph.unitWeight(unit);
    }
    for (const QStringList &cycle : m_graph.cycles())
        m_cycleNames << cycle.join(u'+');
    const int deploying = m_graph.counts().pending;
    m_operation->step(QString(),
                      (m_resumes != 0
                           ? QCoreApplication::translate(
                               "DeploymentEngine",
                               "Resuming the modules deployment for platform version %1 "
                               "(execution %2): %n module(s) to deploy with %3 workers.",
                               nullptr, deploying)
                           : QCoreApplication::translate(
                               "DeploymentEngine",
                               "Deploying %n module(s) for platform version %1 (execution %2) with "
                               "%3 workers.",
                               nullptr, deploying))
                          .arg(s.profile->version.toString())
                          .arg(m_executionId)
                          .arg(m_workers));
    return s.db.write([&]() -> Result<void> {
        return m_store.updateCountsInTransaction(m_executionId, m_operation->ticket().operationId,
                                                 counts(), m_cycleNames);
    });
}

Result<ExecutionSummary> DeploymentEngine::Run::loop()
{
    if (std::optional<Error> stepError = drive())
        return failStep(*stepError);
    const ExecutionCounts final = counts();
    if (m_holding && !m_graph.isFinished()) {
        return end(ExecutionStatus::OnHold,
                   QCoreApplication::translate(
                       "DeploymentEngine",
                       "The modules deployment is on hold: %1 of %2 modules done. Resume it with "
                       "'scctl resume'.")
                       .arg(final.total - final.pending)
                       .arg(final.total));
    }
    if (final.failed + m_graph.counts().skipped > 0)
        return end(ExecutionStatus::FinishedWithErrors,
                   QCoreApplication::translate("DeploymentEngine",
                                               "There were errors deploying some modules."));
    if (final.succeeded == 0) {
        return end(ExecutionStatus::Succeeded,
                   QCoreApplication::translate(
                       "DeploymentEngine",
                       "Nothing to deploy: every module prepared for platform version %1 is "
                       "deployed already.")
                       .arg(s.profile->version.toString()));
    }
    return end(ExecutionStatus::Succeeded,
               QCoreApplication::translate(
                   "DeploymentEngine",
                   "Deploy All finished: %n module(s) deployed for platform version %1.", nullptr,
                   final.succeeded)
                   .arg(s.profile->version.toString()));
}

// Hands ready units to free workers, producers first and most critical first. Each
// unit is locked first; one that another operation holds waits for it.
Result<void> DeploymentEngine::Run::dispatch()
{
    const QList<PreparationGraph::Unit> taken = takeReadyUnits(true);
    if (taken.isEmpty())
        return {};
    Result<QList<PreparationGraph::Unit>> locked = lockUnits(taken);
    if (!locked)
        return locked.error();
    Result<QHash<QString, qint64>> running = runningCompilations(*locked);
    if (!running)
        return running.error();
    for (PreparationGraph::Unit unit : std::as_const(*locked))
        startUnit(unit, *running);
    return {};
}

// The compilation each module of the units runs now, read once they are locked:
// what a killed run switched already, or an operator published meanwhile, is not
// deployed again.
Result<QHash<QString, qint64>>
DeploymentEngine::Run::runningCompilations(const QList<PreparationGraph::Unit> &units)
{
    QHash<QString, qint64> running;
    if (units.isEmpty())
        return running;
    QVariantList moduleIds;
    for (PreparationGraph::Unit unit : units) {
        for (const QString &module : m_graph.unitModules(unit))
            moduleIds << candidate(module).moduleId;
    }
    Result<QSqlQuery> query = s.db.exec(
        QStringLiteral("SELECT m.name, d.compilation_id FROM deployments d JOIN modules m ON m.id "
                       "= d.module_id WHERE d.state = 'running' AND d.module_id IN (%1)")
            .arg(placeholders(moduleIds.size())),
        moduleIds);
    if (!query)
        return query.error();
    while (query->next())
        running.insert(query->value(0).toString(), query->value(1).toLongLong());
    return running;
}

void DeploymentEngine::Run::startUnit(PreparationGraph::Unit unit,
                                      const QHash<QString, qint64> &running)
{
    const QStringList modules = m_graph.unitModules(unit);
    const qint64 started = nowMs();
    bool alreadyDone = true;
    for (const QString &name : modules)
        alreadyDone = alreadyDone && running.value(name) >= candidate(name).compilationId;
    ++m_inFlight;
    if (alreadyDone) {
        UnitOutcome outcome;
        outcome.unit = unit;
        outcome.alreadyDone = true;
        for (const QString &name : modules)
            outcome.modules << ModuleOutcome{name, QString(), std::nullopt, started, started};
        m_progress.note(ModuleStateChange{modules.first(), ModuleRunState::Running, QString()});
        m_queue.push(outcome);
        return;
    }
    UnitJob job;
    job.unit = unit;
    for (const QString &name : modules) {
        const Candidate &one = candidate(name);
        job.modules << ModuleJob{name, one.compilationId, one.compilationDir, one.sourcePath,
                                 m_appliedSettings.value(one.moduleId)};
        ExecutionStore::ModuleUpdate update;
        update.module = name;
        update.state = ModuleRunState::Running;
        update.startedMs = started;
        update.compilationId = one.compilationId;
        m_startedUnrecorded << update;
        m_progress.note(ModuleStateChange{name, ModuleRunState::Running, QString()});
    }
    const Deployer &deployer = s.deployer;
    OutcomeQueue<UnitOutcome> &queue = m_queue;
    WorkerNames &names = m_workerNames;
    m_jobs.start([job = std::move(job), &deployer, &queue, &names]() {
        queue.push(stageUnit(job, deployer, names.current()));
    });
}

static bool stagingFailed(const UnitOutcome &outcome)
{
    return std::any_of(outcome.modules.cbegin(), outcome.modules.cend(),
                       [](const ModuleOutcome &module) { return module.error.has_value(); });
}

// Records a batch of finished jobs in two fenced transactions: the staged
// deployments first (a crash after it leaves rows the next run finishes or
// discards), then the switches, the results, the counts and the released locks.
Result<void> DeploymentEngine::Run::persist(const QList<UnitOutcome> &outcomes)
{
    QStringList written;
    for (const UnitOutcome &outcome : outcomes)
        written << m_graph.unitModules(outcome.unit);
    Result<QHash<QString, qint64>> staged = recordStaged(outcomes, written);
    if (!staged) {
        discard(outcomes);
        return staged.error();
    }

    QSet<QString> finishing(written.cbegin(), written.cend());
    Batch batch;
    for (const ExecutionStore::ModuleUpdate &running : std::as_const(m_startedUnrecorded))
        if (!finishing.contains(running.module))
            batch.updates << running;
    const qint64 operationId = m_operation->ticket().operationId;
    Result<void> switched = m_operation->fencedWrite(written, [&]() -> Result<void> {
        for (const UnitOutcome &outcome : outcomes) {
            if (Result<void> recorded = recordUnit(outcome, *staged, batch); !recorded)
                return recorded;
        }
        for (qint64 id : std::as_const(batch.neverRan)) {
            if (Result<Database::Outcome> marked = s.db.execKept(
                    QStringLiteral("UPDATE deployments SET state = 'abandoned' WHERE id = ? AND "
                                   "state = 'staged'"),
                    {id});
                !marked)
                return marked.error();
        }
        if (Result<void> done
            = m_store.updateModulesInTransaction(m_executionId, operationId, batch.updates);
            !done)
            return done;
        return m_store.updateCountsInTransaction(m_executionId, operationId, counts(),
                                                 m_cycleNames);
    });
    if (!switched) {
        // The staged rows stay: recoverStaged() finishes those whose link was
        // renamed before the transaction failed, and discards the others.
        return switched;
    }
    m_startedUnrecorded.clear();
    m_doneWeight += batch.doneWeight;
    for (const UnitOutcome &outcome : outcomes) {
        for (const ModuleOutcome &module : outcome.modules) {
            if (!module.stagedDir.isEmpty()
                && (stagingFailed(outcome)
                    || batch.neverRan.contains(staged->value(module.module))))
                s.deployer.remove(module.stagedDir);
        }
    }
    if (!batch.obsolete.isEmpty()) {
        const Deployer &deployer = s.deployer;
        m_jobs.start([obsolete = batch.obsolete, &deployer] {
            for (const QString &folder : obsolete)
                deployer.remove(folder);
        });
    }
    for (const ErrorRecord &error : std::as_const(batch.errors)) {
        m_operation->recordError(error);
        m_operation->step(error.module, error.error.message);
    }
    for (const ModuleStateChange &change : std::as_const(batch.changes))
        m_progress.note(change);
    return {};
}

// The first transaction of a batch: each staged module's deployment row, `staged`.
// Returns each module's deployment id.
Result<QHash<QString, qint64>>
DeploymentEngine::Run::recordStaged(const QList<UnitOutcome> &outcomes, const QStringList &written)
{
    QHash<QString, qint64> deploymentOf;
    QList<const ModuleOutcome *> staged;
    for (const UnitOutcome &outcome : outcomes) {
        if (stagingFailed(outcome) || outcome.alreadyDone)
            continue;
        for (const ModuleOutcome &module : outcome.modules)
            staged << &module;
    }
    if (staged.isEmpty())
        return deploymentOf;
    const qint64 operationId = m_operation->ticket().operationId;
    Result<void> recorded = m_operation->fencedWrite(written, [&]() -> Result<void> {
        for (const ModuleOutcome *module : std::as_const(staged)) {
            const Candidate &one = candidate(module->module);
            Result<qint64> id
                = deploymentrecords::recordStaged(s.db, s.folder, one.moduleId, one.compilationId,
                                                  module->stagedDir, m_options.user, operationId);
            if (!id)
                return id.error();
            deploymentOf.insert(module->module, *id);
        }
        return {};
    });
    if (!recorded)
        return recorded.error();
    return deploymentOf;
}

// Inside the second transaction: switches a unit's modules (a cycle's together),
// records their results, skips the consumers of a failure and releases the unit's
// locks. A link that cannot be renamed fails its module; the members not switched
// yet never run (a member switched before it keeps running, recorded failed).
Result<void> DeploymentEngine::Run::recordUnit(const UnitOutcome &outcome,
                                               const QHash<QString, qint64> &deploymentOf,
                                               Batch &batch)
{
    const QStringList unitModules = m_graph.unitModules(outcome.unit);
    batch.doneWeight += m_graph.unitWeight(outcome.unit);
    QString failedModule;
    std::optional<Error> failure;
    for (const ModuleOutcome &module : outcome.modules) {
        if (module.error) {
            failedModule = module.module;
            failure = module.error;
            break;
        }
    }
    if (!failure && !outcome.alreadyDone) {
        QStringList notSwitched = unitModules;
        for (const ModuleOutcome &module : outcome.modules) {
            Result<QStringList> older
                = deploymentrecords::markRunning(s.db, s.folder, candidate(module.module).moduleId,
                                                 deploymentOf.value(module.module));
            if (!older)
                return older.error();
            if (Result<void> link = s.deployer.switchTo(module.module, module.stagedDir); !link) {
                failedModule = module.module;
                failure = link.error();
                break;
            }
            notSwitched.removeOne(module.module);
            batch.obsolete << *older;
        }
        if (failure) {
            for (const QString &name : std::as_const(notSwitched))
                batch.neverRan << deploymentOf.value(name);
        }
    }
    for (const QString &name : unitModules) {
        const Candidate &one = candidate(name);
        const auto done
            = std::find_if(outcome.modules.cbegin(), outcome.modules.cend(),
                           [&](const ModuleOutcome &module) { return module.module == name; });
        ExecutionStore::ModuleUpdate update;
        update.module = name;
        update.worker = outcome.alreadyDone ? QString() : outcome.worker;
        update.compilationId = one.compilationId;
        update.sequence = ++m_sequence;
        if (done != outcome.modules.cend()) {
            update.startedMs = done->startedMs;
            update.endedMs = done->endedMs;
        }
        if (!failure) {
            update.state = ModuleRunState::Succeeded;
            update.reason = outcome.alreadyDone
                ? QCoreApplication::translate(
                    "DeploymentEngine",
                    "It already ran this compilation (or a newer one) when its turn came: not "
                    "deployed again.")
                : QCoreApplication::translate("DeploymentEngine",
                                              "Deployed version %1 (compilation %2).")
                      .arg(one.version)
                      .arg(one.compilationId);
        } else if (name == failedModule) {
            const Error error
                = makeError(failure->code,
                            QCoreApplication::translate("DeploymentEngine",
                                                        "Deploying '%1' version %2 failed: %3")
                                .arg(name)
                                .arg(one.version)
                                .arg(failure->message),
                            failure->detail);
            update.state = ModuleRunState::Failed;
            update.reason = error.message;
            batch.errors << ErrorRecord{name, one.version, QStringLiteral("deploy"), error};
        } else {
            update.state = ModuleRunState::Failed;
            update.reason = QCoreApplication::translate(
                                "DeploymentEngine",
                                "Deployed together with '%1' (a reference cycle), which failed.")
                                .arg(failedModule);
        }
        batch.updates << update;
        batch.changes << ModuleStateChange{name, update.state, QString()};
    }
    if (!failure) {
        m_graph.markSucceeded(outcome.unit);
    } else {
        for (PreparationGraph::Unit skipped : m_graph.markFailed(outcome.unit, failedModule)) {
            batch.doneWeight += m_graph.unitWeight(skipped);
            const QString blockedBy = m_graph.blockedBy(skipped);
            for (const QString &module : m_graph.unitModules(skipped)) {
                ExecutionStore::ModuleUpdate update;
                update.module = module;
                update.state = ModuleRunState::Skipped;
                update.blockedBy = blockedBy;
                update.reason = QCoreApplication::translate(
                                    "DeploymentEngine", "Skipped: producer '%1' failed to deploy.")
                                    .arg(blockedBy);
                update.compilationId = candidate(module).compilationId;
                update.sequence = ++m_sequence;
                batch.updates << update;
                batch.changes << ModuleStateChange{module, ModuleRunState::Skipped, blockedBy};
            }
        }
    }
    return m_operation->releaseInTransaction(unitModules);
}

// Staged folders nothing records: a resume stages them again.
void DeploymentEngine::Run::discard(const QList<UnitOutcome> &outcomes)
{
    for (const UnitOutcome &outcome : outcomes)
        for (const ModuleOutcome &module : outcome.modules)
            if (!module.stagedDir.isEmpty())
                s.deployer.remove(module.stagedDir);
}

Result<ExecutionSummary> DeploymentEngine::Run::failStep(const Error &cause)
{
    const QString headline = QCoreApplication::translate(
        "DeploymentEngine", "There was an error deploying your modules.");
    const Error recorded = makeError(ErrorCode::Failed, headline, cause.fullText());
    m_operation->recordError(ErrorRecord{QString(), 0, QStringLiteral("deploy"), recorded});
    if (m_executionId == 0)
        return m_operation->finish(Result<ExecutionSummary>(recorded), QString());
    return end(ExecutionStatus::Failed, headline, recorded.detail);
}

} // namespace osc
