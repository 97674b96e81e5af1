#include "preparationengine.h"

#include "domain/messages.h"
#include "engine/planfacts.h"
#include "engine/steprun.h"
#include "modules/moduleparser.h"
#include "storage/compilationinputs.h"
#include "storage/database.h"
#include "storage/newcompilation.h"
#include "storage/timestamps.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSet>
#include <QThread>

namespace osc {

namespace {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// One module to prepare: the running version of a module published with success.
struct PlannedModule
{
    QString name;
    qint64 moduleId = 0;
    qint64 versionId = 0;
    int version = 0;
    // Relative to the data folder; a job gets the full path (20,000 full paths kept for
    // the whole run would be 4 MB more of new memory, see docs/benchmarks.md).
    QString sourcePath;
    QStringList producers; // every module its version references
    QList<int> producerIndexes; // each producer's index in the plan; -1 outside it
    qint64 weight = 1;
};

// --- what workers get and give back: plain values only

struct ModuleJob
{
    QString module;
    int version = 0;
    QString sourcePath;
    QString outputDir;
};

struct UnitJob
{
    PreparationGraph::Unit unit = -1;
    QList<ModuleJob> modules;
    // Interfaces of the producers outside the unit, by module name.
    QHash<QString, ModuleInterface> producers;
};

struct ModuleOutcome
{
    QString module;
    QString outputDir;
    CompileResult result;
    QString failure; // why it could not compile at all (unreadable source, I/O error)
    ModuleInterface interface; // on success
    qint64 startedMs = 0;
    qint64 endedMs = 0;
};

struct UnitOutcome
{
    PreparationGraph::Unit unit = -1;
    QString worker;
    QList<ModuleOutcome> modules;
};

// Runs in a worker. A module alone is handed to the compiler by its source file
// (reading it is part of compiling); the modules of a cycle are read first, so that
// each is compiled against the others' interfaces as their definitions declare them.
UnitOutcome compileUnit(const UnitJob &job, const Compiler &compiler,
                        const std::shared_ptr<const CompilerProfile> &profile,
                        const QString &worker)
{
    UnitOutcome outcome;
    outcome.unit = job.unit;
    outcome.worker = worker;
    const bool cycle = job.modules.size() > 1;
    QList<std::optional<ModuleDefinition>> definitions;
    QHash<QString, ModuleInterface> members;
    for (const ModuleJob &module : job.modules) {
        if (!cycle) {
            definitions << ModuleDefinition();
            continue;
        }
        Result<ModuleDefinition> definition = ModuleParser::parseFile(module.sourcePath);
        if (definition) {
            members.insert(module.module,
                           ModuleInterface::fromDefinition(*definition, profile->version));
            definitions << *definition;
        } else {
            definitions << std::nullopt;
            ModuleOutcome failed;
            failed.module = module.module;
            failed.failure = definition.error().fullText();
            failed.startedMs = failed.endedMs = nowMs();
            outcome.modules << failed;
        }
    }
    for (int i = 0; i < job.modules.size(); ++i) {
        if (!definitions.at(i))
            continue;
        const ModuleJob &module = job.modules.at(i);
        ModuleOutcome done;
        done.module = module.module;
        done.outputDir = module.outputDir;
        done.startedMs = nowMs();
        CompileRequest request;
        request.definition = *definitions.at(i);
        request.moduleVersion = module.version;
        request.profile = profile;
        request.sourcePath = module.sourcePath;
        request.outputDir = module.outputDir;
        request.producers = job.producers;
        for (auto it = members.cbegin(); it != members.cend(); ++it)
            request.producers.insert(it.key(), it.value());
        done.result = compiler.compile(request);
        done.endedMs = nowMs();
        if (!done.result.ioError.isEmpty())
            done.failure = done.result.ioError;
        if (done.result.succeeded && done.failure.isEmpty())
            done.interface = done.result.interface;
        else
            QDir(module.outputDir).removeRecursively(); // nothing will reference it
        outcome.modules << done;
    }
    return outcome;
}

} // namespace

// One run of the preparation: the state of run(), in the engine's thread.
class PreparationEngine::Run final : public StepRun<UnitOutcome>
{
public:
    Run(Services &services, const PreparationOptions &options)
        : StepRun(ExecutionKind::Preparation, services.db, options)
        , s(services)
        , m_platform(services.profile->version.toString())
    { }

    Result<ExecutionSummary> execute();

private:
    Result<QList<ExecutionStore::NewModule>> modulesToPrepare();
    Result<void> describe(const QList<ExecutionStore::NewModule> &modules);
    Result<void> openExecution(const std::optional<ExecutionStore::Unfinished> &unfinished);
    Result<void> buildGraph(bool resuming);
    Result<ExecutionSummary> failStep(const Error &cause);
    Result<ExecutionSummary> loop();
    Result<void> dispatch() override;
    Result<void> refreshPublishedMeanwhile();
    Result<void> startUnit(PreparationGraph::Unit unit, QList<std::function<void()>> &jobs);
    Result<std::optional<CompilationInput>> currentCompilationOf(const QString &module);
    Result<const ModuleInterface *> interfaceOf(const PlannedModule &consumer, int producer);
    Result<void> persist(const QList<UnitOutcome> &outcomes) override;
    void discard(const QList<UnitOutcome> &outcomes) override;
    void noteChange(const QString &module, ModuleRunState state, const QString &blockedBy = {});

    Services &s;
    const QString m_platform; // the version prepared for, as text
    bool m_progressive = false;

    // Started on m_pool before the locks are taken; describe() takes it before the
    // first job starts. A run that ends before waits for it (~StepRun).
    std::optional<QFuture<Result<PlanFacts>>> m_factsAhead;
    QList<PlannedModule> m_planned;
    QHash<QString, int> m_plannedIndex;
    QStringList m_cycleNames; // each cycle's modules joined with '+'
    QHash<QString, ExecutionStore::ModuleUpdate> m_keptFailures; // from a resumed run

    struct Prepared
    {
        CompilationInput compilation; // the module and its compilation for this version
        std::optional<ModuleInterface> interface; // loaded when a consumer needs it
    };
    // What consumers compile against: the modules of the plan done (by their index in
    // m_planned), and the producers outside the plan that were asked for (by name).
    QList<std::optional<Prepared>> m_preparedInPlan;
    QHash<QString, Prepared> m_preparedOutside;
    Prepared *preparedProducer(const PlannedModule &consumer, int producer);
    int plannedIndexOf(const QString &module) const;
    QHash<QString, qint64> m_publishedMeanwhile; // module -> its current compilation
    qint64 m_compilationWatermark = 0;
    QHash<PreparationGraph::Unit, qint64> m_unitStartedMs;
};

Result<ExecutionSummary> PreparationEngine::run(const PreparationOptions &options)
{
    Run run(m_services, options);
    return run.execute();
}

Result<ExecutionSummary> PreparationEngine::Run::execute()
{
    const CompilerProfile &profile = *s.profile;
    if (!profile.hasFeature(PlatformFeature::ModulesPreparation)) {
        return makeError(ErrorCode::BadInput,
                         QCoreApplication::translate(
                             "PreparationEngine",
                             "Platform version %1 has no modules preparation (it comes with "
                             "11.12.0): publish the modules instead.")
                             .arg(profile.version.toString()));
    }
    m_progressive = profile.hasFeature(PlatformFeature::ProgressivePreparation);
    m_workers = m_options.workers > 0 ? m_options.workers : QThread::idealThreadCount();
    m_pool.setMaxThreadCount(m_workers);
    m_jobs.setWorkers(m_workers);
    Result<std::optional<ExecutionStore::Unfinished>> unfinished
        = awaitDeadHolder(s.operations, m_store, ExecutionKind::Preparation, profile.version);
    if (!unfinished)
        return unfinished.error();
    // Read while this thread takes the locks and lists the modules to prepare. A run
    // refused from here on returns once the read is done (~StepRun waits for the pool).
    m_factsAhead = PlanFacts::readAhead(m_pool, s.db.filePath());

    OperationOptions operationOptions;
    operationOptions.user = compilerServiceUser();
    operationOptions.waitLock = m_options.waitLock;
    // Before 11.15.0 the whole factory is locked for the whole step (one lock row, which
    // also holds a module imported meanwhile); from 11.15.0 each unit as it is prepared.
    const LockRequest request = m_progressive
        ? LockRequest{OperationKind::ModulesUpgrade, compilerServiceUser(), {}}
        : LockRequest::forWholeFactory(OperationKind::ModulesUpgrade, compilerServiceUser());
    Result<std::unique_ptr<Operation>> operation
        = Operation::start(s.operations, request, operationOptions);
    if (!operation)
        return operation.error();
    m_operation = std::move(operation.value());

    if (Result<void> opened = openExecution(*unfinished); !opened) {
        // No execution to record it in (another process took it, or the database
        // failed): the operation carries the error.
        return m_operation->finish(Result<ExecutionSummary>(opened.error()), QString());
    }
    announceStarted(m_store, m_executionId, m_options);
    if (s.systemComponentsInstalled != profile.systemComponentsVersion) {
        return failStep(makeError(
            ErrorCode::Failed, messages::prepStepFailed(),
            QCoreApplication::translate(
                "PreparationEngine",
                "The modules preparation was triggered before the system components of platform "
                "version %1 were installed (installed: %2, needed: %3). Run 'scctl "
                "install-system-components', then 'scctl upgrade-published-applications'.")
                .arg(profile.version.toString(),
                     s.systemComponentsInstalled.isEmpty() ? QStringLiteral("none")
                                                           : s.systemComponentsInstalled,
                     profile.systemComponentsVersion)));
    }
    if (Result<void> built = buildGraph(unfinished->has_value()); !built)
        return failStep(built.error());
    return loop();
}

// Published with success (a running deployment) and not compiled for the current
// platform version yet.
Result<QList<ExecutionStore::NewModule>> PreparationEngine::Run::modulesToPrepare()
{
    return PreparationEngine::modulesToPrepare(s.db, s.profile->version);
}

Result<QList<ExecutionStore::NewModule>>
PreparationEngine::modulesToPrepare(Database &db, const PlatformVersion &version)
{
    const QString platform = version.toString();
    Result<QSqlQuery> query = db.exec(
        QStringLiteral(
            "SELECT m.name, rv.id, rv.number FROM modules m"
            " JOIN deployments d ON d.module_id = m.id AND d.state = 'running'"
            " JOIN compilations rc ON rc.id = d.compilation_id"
            " JOIN module_versions rv ON rv.id = rc.version_id"
            " WHERE m.deleted_at = '' AND rc.platform_version <> ? AND NOT EXISTS (SELECT 1 FROM "
            "compilations c WHERE c.version_id = rv.id AND c.platform_version = ? AND c.status = "
            "'succeeded') ORDER BY m.name"),
        {platform, platform});
    if (!query)
        return query.error();
    QList<ExecutionStore::NewModule> modules;
    while (query->next())
        modules << ExecutionStore::NewModule{query->value(0).toString(),
                                             query->value(1).toLongLong(), query->value(2).toInt()};
    return modules;
}

// The plan (m_planned, m_plannedIndex): the modules' source files, references and
// weights (the module's last compile duration), from the plan's facts (PlanFacts).
Result<void> PreparationEngine::Run::describe(const QList<ExecutionStore::NewModule> &modules)
{
    QList<qint64> versionIds;
    versionIds.reserve(modules.size());
    for (const ExecutionStore::NewModule &module : modules)
        versionIds << module.versionId;
    // Read ahead before the locks were taken, of the versions running then: a module
    // published since, or a resumed plan whose version no longer runs, is not in them,
    // and a read ahead that failed (a connection it could not open) is not trusted.
    // The plan's own versions are then read here, on the engine's connection.
    std::optional<Result<PlanFacts>> ahead;
    if (m_factsAhead) {
        ahead = m_factsAhead->takeResult();
        m_factsAhead.reset();
    }
    Result<PlanFacts> facts = ahead && *ahead && (*ahead)->covers(versionIds)
        ? std::move(*ahead)
        : PlanFacts::readVersions(s.db, versionIds);
    if (!facts)
        return facts.error();

    // The facts are moved into the plan: nothing else reads them (a plan's modules are
    // distinct, so each version is taken once).
    QList<PlannedModule> planned;
    planned.reserve(modules.size());
    QHash<QString, int> indexOfName;
    indexOfName.reserve(modules.size());
    for (const ExecutionStore::NewModule &module : modules) {
        PlannedModule one;
        one.name = module.module;
        one.versionId = module.versionId;
        one.version = module.version;
        if (const auto version = facts->versions.find(module.versionId);
            version != facts->versions.end()) {
            one.moduleId = version->moduleId;
            one.sourcePath = std::move(version->sourcePath);
            one.producers = std::move(version->producers);
        }
        if (const auto duration = facts->lastDurationMs.constFind(one.moduleId);
            duration != facts->lastDurationMs.cend())
            one.weight = std::max<qint64>(1, *duration);
        indexOfName.insert(one.name, int(planned.size()));
        planned << std::move(one);
    }
    for (PlannedModule &one : planned) {
        one.producerIndexes.reserve(one.producers.size());
        for (const QString &producer : std::as_const(one.producers))
            one.producerIndexes << indexOfName.value(producer, -1);
    }
    m_planned = std::move(planned);
    m_plannedIndex = std::move(indexOfName);
    return {};
}

Result<void>
PreparationEngine::Run::openExecution(const std::optional<ExecutionStore::Unfinished> &unfinished)
{
    const qint64 operationId = m_operation->ticket().operationId;
    QList<ExecutionStore::NewModule> modules;
    if (!unfinished) {
        Result<QList<ExecutionStore::NewModule>> toPrepare = modulesToPrepare();
        if (!toPrepare)
            return toPrepare.error();
        modules = *toPrepare;
    } else {
        Result<QList<ExecutionStore::ModuleRecord>> records
            = m_store.modules(unfinished->summary.id);
        if (!records)
            return records.error();
        for (const ExecutionStore::ModuleRecord &record : std::as_const(*records))
            modules << ExecutionStore::NewModule{record.update.module, record.versionId,
                                                 record.version};
    }
    Result<void> written = s.db.write([&]() -> Result<void> {
        // Checked again inside the transaction: two processes may race to start it.
        if (Result<void> still = checkStillUnfinished(m_store, ExecutionKind::Preparation,
                                                      s.profile->version, unfinished);
            !still)
            return still;
        if (unfinished) {
            m_executionId = unfinished->summary.id;
            return m_store.attachInTransaction(m_executionId, operationId, m_workers);
        }
        Result<std::optional<ExecutionSummary>> previous
            = m_store.latest(ExecutionKind::Preparation, s.profile->version);
        if (!previous)
            return previous.error();
        Result<qint64> created = m_store.createInTransaction(
            ExecutionKind::Preparation, s.profile->version, m_options.user, m_workers,
            previous->has_value() ? (*previous)->id : 0, operationId, modules);
        if (!created)
            return created.error();
        m_executionId = *created;
        return {};
    });
    if (!written)
        return written;
    if (Result<void> described = describe(modules); !described)
        return described;
    m_preparedInPlan.resize(m_planned.size());
    Result<QVariant> watermark = scalar(s.db, QStringLiteral("SELECT MAX(id) FROM compilations"));
    if (!watermark)
        return watermark.error();
    m_compilationWatermark = watermark->toLongLong();
    m_operation->step(QString(),
                      unfinished ? QCoreApplication::translate(
                                       "PreparationEngine",
                                       "Resuming the modules preparation for platform version %1 "
                                       "(execution %2) with %3 workers.")
                                       .arg(s.profile->version.toString())
                                       .arg(m_executionId)
                                       .arg(m_workers)
                                 : QCoreApplication::translate(
                                       "PreparationEngine",
                                       "Preparing %1 modules for platform version %2 (execution "
                                       "%3) with %4 workers.")
                                       .arg(m_planned.size())
                                       .arg(s.profile->version.toString())
                                       .arg(m_executionId)
                                       .arg(m_workers));
    return {};
}

Result<void> PreparationEngine::Run::buildGraph(bool resuming)
{
    QList<PreparationModule> modules;
    modules.reserve(m_planned.size());
    for (const PlannedModule &planned : std::as_const(m_planned))
        modules << PreparationModule{planned.name, planned.producers, planned.weight};
    Result<PreparationGraph> graph = PreparationGraph::build(modules);
    if (!graph)
        return graph.error();
    m_graph = std::move(*graph);

    ExecutionStore::Finished finished; // a new execution has recorded none yet
    if (resuming) {
        Result<ExecutionStore::Finished> recorded = m_store.finished(m_executionId);
        if (!recorded)
            return recorded.error();
        finished = std::move(*recorded);
    }
    PreparationResume resume;
    for (auto it = finished.succeeded.cbegin(); it != finished.succeeded.cend(); ++it) {
        resume.succeeded << it.key();
        const int index = plannedIndexOf(it.key());
        m_preparedInPlan[index]
            = Prepared{CompilationInput{m_planned.at(index).moduleId, it.value()}, std::nullopt};
    }
    resume.failed = finished.failed;
    m_keptFailures = finished.failures;
    m_graph.resumeFrom(resume);
    m_sequence = finished.lastSequence;
    for (int unit = 0; unit < m_graph.unitCount(); ++unit) {
        const PreparationState state = m_graph.state(unit);
        if (state == PreparationState::Succeeded || state == PreparationState::Failed
            || state == PreparationState::Skipped)
            m_doneWeight += m_graph.unitWeight(unit);
    }
    for (const QStringList &cycle : m_graph.cycles()) {
        m_operation->step(QString(),
                          QCoreApplication::translate("PreparationEngine",
                                                      "Reference cycle: %1 are prepared together.")
                              .arg(cycle.join(QStringLiteral(", "))));
    }
    // What the resume decided (skips of a failure recorded earlier) is recorded now.
    QList<ExecutionStore::ModuleUpdate> decided;
    for (const PlannedModule &planned : std::as_const(m_planned)) {
        if (m_graph.moduleState(planned.name) == PreparationState::Skipped
            && !m_keptFailures.contains(planned.name)) {
            ExecutionStore::ModuleUpdate update;
            update.module = planned.name;
            update.state = ModuleRunState::Skipped;
            update.blockedBy = m_graph.blockedBy(planned.name);
            update.sequence = ++m_sequence;
            decided << update;
        }
    }
    for (const QStringList &cycle : m_graph.cycles())
        m_cycleNames << cycle.join(u'+');
    // Fenced by the operation's lease, as every write of the run's results is.
    return m_operation->fencedWrite({}, [&]() -> Result<void> {
        if (Result<void> done = m_store.updateModulesInTransaction(
                m_executionId, m_operation->ticket().operationId, decided);
            !done)
            return done;
        return m_store.updateCountsInTransaction(m_executionId, m_operation->ticket().operationId,
                                                 counts(), m_cycleNames);
    });
}

Result<ExecutionSummary> PreparationEngine::Run::loop()
{
    if (std::optional<Error> stepError = drive())
        return failStep(*stepError);
    if (m_holding && !m_graph.isFinished()) {
        const ExecutionCounts now = counts();
        return end(ExecutionStatus::OnHold,
                   QCoreApplication::translate("PreparationEngine",
                                               "The modules preparation is on hold: %1 of %2 "
                                               "modules done. Resume it with 'scctl resume'.")
                       .arg(now.total - now.pending)
                       .arg(now.total));
    }
    const ExecutionCounts final = counts();
    if (final.failed + final.skipped > 0)
        return end(ExecutionStatus::FinishedWithErrors, messages::prepSomeFailed());
    return end(ExecutionStatus::Succeeded,
               QCoreApplication::translate(
                   "PreparationEngine",
                   "The modules preparation finished: %n module(s) prepared for platform "
                   "version %1. Publish them at your teams' pace.",
                   nullptr, final.total)
                   .arg(s.profile->version.toString()));
}

// Hands ready units to free workers, most critical first. A few more than the
// workers are queued so that a worker never waits for the engine's thread; in the
// progressive mode each unit is locked first, and one another operation holds
// waits for it.
Result<void> PreparationEngine::Run::dispatch()
{
    const QList<PreparationGraph::Unit> taken = takeReadyUnits(m_progressive);
    if (taken.isEmpty())
        return {};
    QList<PreparationGraph::Unit> startable = taken;
    if (m_progressive) {
        Result<QList<PreparationGraph::Unit>> locked = lockUnits(taken);
        if (!locked)
            return locked.error();
        startable = *locked;
        if (Result<void> refreshed = refreshPublishedMeanwhile(); !refreshed)
            return refreshed;
    }
    QList<std::function<void()>> jobs;
    Result<void> started;
    for (PreparationGraph::Unit unit : std::as_const(startable)) {
        started = startUnit(unit, jobs);
        if (!started)
            break;
    }
    m_jobs.start(std::move(jobs)); // the units started count as in flight, even after a failure
    return started;
}

// Modules that an operator published for the current platform version while the
// progressive preparation ran: they are prepared already. Each call reads only the
// compilations inserted since the previous one (the run's own among them), so the
// reads of a run add up to one pass over what it inserted. This relies on ids becoming
// visible in their order, as with SQLite's one writer at a time; PostgreSQL's
// sequences can commit out of order, and would need a commit-ordered mark.
Result<void> PreparationEngine::Run::refreshPublishedMeanwhile()
{
    Result<QVariant> newest = scalar(s.db, QStringLiteral("SELECT MAX(id) FROM compilations"));
    if (!newest)
        return newest.error();
    const qint64 watermark = newest->toLongLong();
    if (watermark <= m_compilationWatermark)
        return {};
    Result<QSqlQuery> query = s.db.exec(
        QStringLiteral("SELECT c.id, m.name FROM compilations c JOIN module_versions v ON v.id = "
                       "c.version_id JOIN modules m ON m.id = v.module_id WHERE c.id > ? AND "
                       "c.id <= ? AND c.platform_version = ? AND c.status = 'succeeded' AND "
                       "c.started_by <> ? ORDER BY c.id"),
        {m_compilationWatermark, watermark, s.profile->version.toString(), compilerServiceUser()});
    if (!query)
        return query.error();
    while (query->next())
        m_publishedMeanwhile.insert(query->value(1).toString(), query->value(0).toLongLong());
    m_compilationWatermark = watermark;
    return {};
}

// The current compilation of a module's running version, if it has one: what a
// consumer compiles against.
Result<std::optional<CompilationInput>>
PreparationEngine::Run::currentCompilationOf(const QString &module)
{
    Result<QSqlQuery> query = s.db.exec(
        QStringLiteral(
            "SELECT m.id, c.id FROM modules m JOIN deployments d ON d.module_id = m.id AND "
            "d.state = 'running' JOIN compilations rc ON rc.id = d.compilation_id JOIN "
            "compilations c ON c.version_id = rc.version_id AND c.platform_version = ? AND "
            "c.status = 'succeeded' WHERE m.name = ? AND m.deleted_at = '' ORDER BY c.id DESC "
            "LIMIT 1"),
        {s.profile->version.toString(), module});
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<CompilationInput>();
    return std::optional<CompilationInput>(
        CompilationInput{query->value(0).toLongLong(), query->value(1).toLongLong()});
}

// The interface of `consumer`'s producer number `producer` for the current platform
// version: prepared in this run, or (outside the plan) its running version's current
// compilation. Null when it has none: the compiler then reports the producer as not
// compiled.
Result<const ModuleInterface *> PreparationEngine::Run::interfaceOf(const PlannedModule &consumer,
                                                                    int producer)
{
    Prepared *prepared = preparedProducer(consumer, producer);
    if (!prepared) {
        if (consumer.producerIndexes.at(producer) >= 0)
            return nullptr; // in the plan and not prepared: never asked (the graph waits)
        const QString &name = consumer.producers.at(producer);
        Result<std::optional<CompilationInput>> current = currentCompilationOf(name);
        if (!current)
            return current.error();
        if (!current->has_value())
            return nullptr;
        prepared = &*m_preparedOutside.insert(name, Prepared{**current, std::nullopt});
    }
    if (!prepared->interface) {
        Result<QVariant> folder
            = scalar(s.db, QStringLiteral("SELECT folder FROM compilations WHERE id = ?"),
                     {prepared->compilation.compilationId});
        if (!folder)
            return folder.error();
        Result<ModuleInterface> loaded
            = ModuleInterface::load(s.folder.root() + u'/' + folder->toString());
        if (!loaded)
            return loaded.error();
        prepared->interface = *loaded;
    }
    return &*prepared->interface;
}

// A module of the plan's index in m_planned (every caller names one).
int PreparationEngine::Run::plannedIndexOf(const QString &module) const
{
    const auto it = m_plannedIndex.constFind(module);
    Q_ASSERT_X(it != m_plannedIndex.cend(), "PreparationEngine", "a module outside the plan");
    return it != m_plannedIndex.cend() ? *it : -1;
}

// `consumer`'s producer number `producer` as far as this run knows it: prepared, or
// (outside the plan) asked for by a consumer started before. Null otherwise.
PreparationEngine::Run::Prepared *
PreparationEngine::Run::preparedProducer(const PlannedModule &consumer, int producer)
{
    if (const int index = consumer.producerIndexes.at(producer); index >= 0)
        return m_preparedInPlan[index] ? &*m_preparedInPlan[index] : nullptr;
    const auto it = m_preparedOutside.find(consumer.producers.at(producer));
    return it != m_preparedOutside.end() ? &*it : nullptr;
}

// Adds the unit's job to `jobs` (or, published meanwhile, its outcome to the queue).
Result<void> PreparationEngine::Run::startUnit(PreparationGraph::Unit unit,
                                               QList<std::function<void()>> &jobs)
{
    const QStringList modules = m_graph.unitModules(unit);
    const qint64 started = nowMs();
    // Published by an operator meanwhile (progressive mode): nothing to compile.
    if (modules.size() == 1 && m_publishedMeanwhile.contains(modules.first())) {
        Result<std::optional<CompilationInput>> current = currentCompilationOf(modules.first());
        if (!current)
            return current.error();
        if (current->has_value()) {
            UnitOutcome outcome;
            outcome.unit = unit;
            ModuleOutcome module;
            module.module = modules.first();
            module.startedMs = module.endedMs = started;
            module.result.succeeded = true;
            outcome.modules << module;
            m_preparedInPlan[plannedIndexOf(modules.first())] = Prepared{**current, std::nullopt};
            noteChange(modules.first(), ModuleRunState::Running);
            ++m_inFlight;
            m_queue.push(outcome);
            return {};
        }
    }
    UnitJob job;
    job.unit = unit;
    // Unique enough with the module, version and platform beside it (48 random bits),
    // and without QUuid's read of the system's entropy for each unit.
    const QString suffix
        = QString::number(QRandomGenerator::global()->generate64() & 0xffff'ffff'ffffULL, 16)
              .rightJustified(12, u'0');
    for (const QString &name : modules) {
        const PlannedModule &planned = m_planned.at(plannedIndexOf(name));
        job.modules << ModuleJob{
            name, planned.version, s.folder.root() % u'/' % planned.sourcePath,
            s.folder.newCompilationFolder(name, planned.version, m_platform, suffix)};
        for (int i = 0; i < planned.producers.size(); ++i) {
            const QString &producer = planned.producers.at(i);
            if (modules.contains(producer) || job.producers.contains(producer))
                continue;
            Result<const ModuleInterface *> interface = interfaceOf(planned, i);
            if (!interface)
                return interface.error();
            if (*interface)
                job.producers.insert(producer, **interface);
        }
        ExecutionStore::ModuleUpdate running;
        running.module = name;
        running.state = ModuleRunState::Running;
        running.startedMs = started;
        m_startedUnrecorded << running;
        noteChange(name, ModuleRunState::Running);
    }
    m_unitStartedMs.insert(unit, started);
    ++m_inFlight;
    const Compiler &compiler = s.compiler;
    const std::shared_ptr<const CompilerProfile> profile = s.profile;
    OutcomeQueue<UnitOutcome> &queue = m_queue;
    WorkerNames &names = m_workerNames;
    jobs << [job = std::move(job), &compiler, profile, &queue, &names]() {
        queue.push(compileUnit(job, compiler, profile, names.current()));
    };
    return {};
}

Result<void> PreparationEngine::Run::persist(const QList<UnitOutcome> &outcomes)
{
    QStringList written; // modules whose rows this batch writes: fenced
    for (const UnitOutcome &outcome : outcomes)
        written << m_graph.unitModules(outcome.unit);
    const QString &platform = m_platform;
    const QString root = s.folder.root();

    struct Done
    {
        QString module;
        CompilationInput compilation;
        ModuleInterface interface;
    };
    QList<Done> succeeded;
    QList<ErrorRecord> errors;
    // Running marks of modules that finish in this batch are not worth writing.
    QSet<QString> finishing;
    for (const UnitOutcome &outcome : outcomes)
        for (const ModuleOutcome &module : outcome.modules)
            finishing.insert(module.module);
    QList<ExecutionStore::ModuleUpdate> updates;
    for (const ExecutionStore::ModuleUpdate &running : std::as_const(m_startedUnrecorded))
        if (!finishing.contains(running.module))
            updates << running;
    QList<ModuleStateChange> changes;
    qint64 doneWeight = 0;
    QStringList released; // progressive locks of the units recorded: one statement a batch

    auto addCompilation
        = [&](NewCompilations &compilations, const PlannedModule &planned,
              const ModuleOutcome &module, bool success, const QStringList &diagnostics,
              const QList<CompilationInput> &inputs) -> Result<qint64> {
        NewCompilation compilation;
        compilation.versionId = planned.versionId;
        compilation.platformVersion = platform;
        compilation.succeeded = success;
        compilation.folder = success ? module.outputDir.mid(root.size() + 1) : QString();
        compilation.manifestHash = module.result.manifestHash;
        compilation.artifactBytes = module.result.artifactBytes;
        compilation.diagnostics = diagnostics.join(u'\n');
        compilation.startedAt = QDateTime::fromMSecsSinceEpoch(module.startedMs, Qt::UTC);
        compilation.finishedAt = QDateTime::fromMSecsSinceEpoch(module.endedMs, Qt::UTC);
        compilation.durationMs = module.endedMs - module.startedMs;
        compilation.startedBy = compilerServiceUser();
        compilation.inputs = inputs;
        return compilations.add(compilation);
    };

    Result<void> recorded = m_operation->fencedWrite(written, [&]() -> Result<void> {
        NewCompilations compilations(s.db);
        for (const UnitOutcome &outcome : outcomes) {
            const qint64 unitStarted = m_unitStartedMs.take(outcome.unit);
            const QStringList unitModules = m_graph.unitModules(outcome.unit);
            doneWeight += m_graph.unitWeight(outcome.unit);
            QString failedModule;
            for (const ModuleOutcome &module : outcome.modules) {
                if (!module.failure.isEmpty() || !module.result.succeeded) {
                    failedModule = module.module;
                    break;
                }
            }
            // A reference cycle's compilations, linked to each other once all are added.
            const bool cycle = m_graph.isCycle(outcome.unit);
            QHash<QString, qint64> unitCompilations;
            QHash<QString, QList<CompilationInput>> unitInputs; // of the compilations added
            for (const ModuleOutcome &module : outcome.modules) {
                const PlannedModule &planned = m_planned.at(plannedIndexOf(module.module));
                ExecutionStore::ModuleUpdate update;
                update.module = module.module;
                update.worker = outcome.worker;
                update.startedMs = module.startedMs ? module.startedMs : unitStarted;
                update.endedMs = module.endedMs;
                update.sequence = ++m_sequence;
                const bool compiledWell = module.failure.isEmpty() && module.result.succeeded;
                if (compiledWell && failedModule.isEmpty()) {
                    qint64 id = 0;
                    if (module.outputDir.isEmpty()) { // published meanwhile
                        id = m_preparedInPlan.at(plannedIndexOf(module.module))
                                 ->compilation.compilationId;
                        update.reason = QCoreApplication::translate(
                            "PreparationEngine",
                            "Already published for this platform version during the "
                            "preparation.");
                    } else {
                        QList<CompilationInput> inputs;
                        for (int i = 0; i < planned.producers.size(); ++i) {
                            if (const Prepared *producer = preparedProducer(planned, i);
                                producer && !unitModules.contains(planned.producers.at(i)))
                                inputs << producer->compilation;
                        }
                        Result<qint64> inserted = addCompilation(compilations, planned, module,
                                                                 true, QStringList(), inputs);
                        if (!inserted)
                            return inserted.error();
                        id = *inserted;
                        if (cycle)
                            unitInputs.insert(module.module, inputs);
                        succeeded << Done{module.module, CompilationInput{planned.moduleId, id},
                                          module.interface};
                    }
                    if (cycle)
                        unitCompilations.insert(module.module, id);
                    update.state = ModuleRunState::Succeeded;
                    update.compilationId = id;
                } else if (!compiledWell) {
                    QStringList diagnostics;
                    for (const Diagnostic &diagnostic : module.result.diagnostics)
                        diagnostics << diagnostic.message;
                    const Error error = module.failure.isEmpty()
                        ? makeError(ErrorCode::Failed,
                                    QCoreApplication::translate(
                                        "PreparationEngine",
                                        "Preparing '%1' version %2 for platform version %3 "
                                        "failed: %n compilation error(s).",
                                        nullptr, int(diagnostics.size()))
                                        .arg(module.module)
                                        .arg(planned.version)
                                        .arg(platform),
                                    diagnostics.join(u'\n'))
                        : makeError(ErrorCode::Failed,
                                    QCoreApplication::translate(
                                        "PreparationEngine",
                                        "Preparing '%1' version %2 for platform version %3 "
                                        "failed: it could not be compiled.")
                                        .arg(module.module)
                                        .arg(planned.version)
                                        .arg(platform),
                                    module.failure);
                    if (module.failure.isEmpty()) {
                        Result<qint64> inserted
                            = addCompilation(compilations, planned, module, false, diagnostics, {});
                        if (!inserted)
                            return inserted.error();
                        update.compilationId = *inserted;
                    }
                    update.state = ModuleRunState::Failed;
                    update.reason = error.message;
                    errors << ErrorRecord{module.module, planned.version, QStringLiteral("prepare"),
                                          error};
                } else {
                    // Compiled, but its reference cycle failed: not kept.
                    QDir(module.outputDir).removeRecursively();
                    update.state = ModuleRunState::Failed;
                    update.reason = QCoreApplication::translate(
                                        "PreparationEngine",
                                        "Prepared together with '%1' (a reference cycle), which "
                                        "failed.")
                                        .arg(failedModule);
                }
                updates << update;
                changes << ModuleStateChange{module.module, update.state, QString()};
            }
            // The modules of a cycle were built against each other: their inputs name
            // each other's compilations, known once all of them are added.
            for (auto a = unitInputs.cbegin(); a != unitInputs.cend(); ++a) {
                const PlannedModule &planned = m_planned.at(plannedIndexOf(a.key()));
                QList<CompilationInput> inputs = a.value();
                for (const QString &producer : planned.producers) {
                    if (const auto b = unitCompilations.constFind(producer);
                        b != unitCompilations.cend())
                        inputs << CompilationInput{m_planned.at(plannedIndexOf(producer)).moduleId,
                                                   b.value()};
                }
                if (inputs.size() != a.value().size())
                    compilations.setInputs(unitCompilations.value(a.key()), inputs);
            }
            if (failedModule.isEmpty()) {
                m_graph.markSucceeded(outcome.unit);
            } else {
                for (PreparationGraph::Unit skipped :
                     m_graph.markFailed(outcome.unit, failedModule)) {
                    doneWeight += m_graph.unitWeight(skipped);
                    const QString blockedBy = m_graph.blockedBy(skipped);
                    for (const QString &module : m_graph.unitModules(skipped)) {
                        ExecutionStore::ModuleUpdate update;
                        update.module = module;
                        update.state = ModuleRunState::Skipped;
                        update.blockedBy = blockedBy;
                        update.reason
                            = QCoreApplication::translate(
                                  "PreparationEngine", "Skipped: producer '%1' failed to prepare.")
                                  .arg(blockedBy);
                        update.sequence = ++m_sequence;
                        updates << update;
                        changes << ModuleStateChange{module, ModuleRunState::Skipped, blockedBy};
                    }
                }
            }
            if (m_progressive)
                released << unitModules;
        }
        if (Result<void> inserted = compilations.insert(); !inserted)
            return inserted;
        if (Result<void> unlocked = m_operation->releaseInTransaction(released); !unlocked)
            return unlocked;
        if (Result<void> done = m_store.updateModulesInTransaction(
                m_executionId, m_operation->ticket().operationId, updates);
            !done)
            return done;
        return m_store.updateCountsInTransaction(m_executionId, m_operation->ticket().operationId,
                                                 counts(), m_cycleNames);
    });
    if (!recorded) {
        for (const UnitOutcome &outcome : outcomes)
            for (const ModuleOutcome &module : outcome.modules)
                if (!module.outputDir.isEmpty())
                    QDir(module.outputDir).removeRecursively();
        return recorded;
    }
    m_startedUnrecorded.clear();
    m_doneWeight += doneWeight;
    for (const Done &done : std::as_const(succeeded))
        m_preparedInPlan[plannedIndexOf(done.module)] = Prepared{done.compilation, done.interface};
    for (const ErrorRecord &error : std::as_const(errors)) {
        m_operation->recordError(error);
        m_operation->step(error.module, error.error.message);
    }
    for (const ModuleStateChange &change : std::as_const(changes))
        noteChange(change.module, change.state, change.blockedBy);
    return {};
}

void PreparationEngine::Run::noteChange(const QString &module, ModuleRunState state,
                                        const QString &blockedBy)
{
    m_progress.note(ModuleStateChange{module, state, blockedBy});
}

void PreparationEngine::Run::discard(const QList<UnitOutcome> &outcomes)
{
    for (const UnitOutcome &outcome : outcomes)
        for (const ModuleOutcome &module : outcome.modules)
            QDir(module.outputDir).removeRecursively();
}

Result<ExecutionSummary> PreparationEngine::Run::failStep(const Error &cause)
{
    const Error recorded = cause.message == messages::prepStepFailed()
        ? cause
        : makeError(ErrorCode::Failed, messages::prepStepFailed(), cause.fullText());
    m_operation->recordError(ErrorRecord{QString(), 0, QStringLiteral("prepare"), recorded});
    if (m_executionId == 0)
        return m_operation->finish(Result<ExecutionSummary>(recorded), QString());
    return end(ExecutionStatus::Failed, messages::prepStepFailed(), recorded.detail);
}

} // namespace osc
