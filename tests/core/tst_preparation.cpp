// The modules preparation through the Environment facade, with the real compiler:
// graph shapes and failures at every depth (compared as event logs), cycles,
// re-runs of the failures only, hold and resume, resume after a process that died,
// whole-factory versus progressive locking, the platform upgrade's rules, and the
// catalogue messages word for word.
#include "stepfactory.h"

#include "../helpers/deadrun.h"

#include "domain/messages.h"
#include "engine/executionstore.h"
#include "engine/planfacts.h"
#include "engine/progresscoalescer.h"
#include "engine/stepsupport.h"
#include "environment/datafolder.h"
#include "environment/environment.h"
#include "storage/compilationinputs.h"
#include "storage/database.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace osc;
using namespace osc::testing;

class TestPreparation : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void graphs_data();
    void graphs();
    void workersComeFromTheSettingUnlessGiven();
    void leavesOutUploadedOnlyAndNeverPublished();
    void planFactsReadAheadAndAgain();
    void rerunPreparesOnlyFailedAndSkipped();
    void statusesAfterThePreparation();
    void wholeFactoryLocksEveryModule_data();
    void wholeFactoryLocksEveryModule();
    void progressiveLocksOnlyModulesBeingPrepared();
    void holdAndResume();
    void resumesARunWhoseProcessDied();
    void resumeCompilesThePlannedVersionOfAModuleRepublishedWhileHeld();
    void withoutSystemComponentsTheStepFails();
    void upgradeRules();
    void skipPreparationLeavesEveryModuleNotUpgraded();
    void progressIsCoalesced();
    void jobLineRunsEveryJobOnce();

private:
    std::unique_ptr<Environment> openSecond();
    // The environment's database on a connection of its own (null if it cannot open).
    std::unique_ptr<Database> openDatabase();
    Result<ExecutionSummary>
    prepare(int workers, const std::function<void(const StepProgress &)> &progress = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Environment> m_environment;
};

void TestPreparation::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    Result<std::unique_ptr<Environment>> created
        = Environment::create(m_dir->filePath(QStringLiteral("env")), PlatformVersion{11, 11, 0});
    QVERIFY2(created.ok(), qPrintable(created ? QString() : created.error().fullText()));
    m_environment = std::move(created.value());
}

void TestPreparation::cleanup()
{
    m_environment.reset();
    m_dir.reset();
}

std::unique_ptr<Environment> TestPreparation::openSecond()
{
    Result<std::unique_ptr<Environment>> opened
        = Environment::open(m_dir->filePath(QStringLiteral("env")));
    if (!opened)
        return {};
    return std::move(opened.value());
}

std::unique_ptr<Database> TestPreparation::openDatabase()
{
    Result<std::unique_ptr<Database>> opened = Database::openSqlite(
        m_dir->filePath(QStringLiteral("env/environment.db")), Database::OpenMode::OpenExisting);
    if (!opened)
        return {};
    return std::move(opened.value());
}

Result<ExecutionSummary>
TestPreparation::prepare(int workers, const std::function<void(const StepProgress &)> &progress)
{
    PreparationOptions options;
    options.user = admin;
    options.workers = workers;
    options.progressInterval = std::chrono::milliseconds(0);
    options.progress = progress;
    return m_environment->prepareModules(options);
}

void TestPreparation::graphs_data()
{
    QTest::addColumn<QString>("factory");
    QTest::addColumn<int>("workers");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("status");

    QTest::newRow("chain prepares producers first")
        << "A; B<-A; C<-B; D<-C" << 1 << "A succeeded; B succeeded; C succeeded; D succeeded"
        << "succeeded";
    QTest::newRow("diamond on three workers")
        << "A; B<-A; C<-A; D<-B,C" << 3 << "A succeeded; B succeeded; C succeeded; D succeeded"
        << "succeeded";
    QTest::newRow("fan-out")
        << "A; B1<-A; B2<-A; B3<-A; B4<-A; B5<-A" << 2
        << "A succeeded; B1 succeeded; B2 succeeded; B3 succeeded; B4 succeeded; B5 succeeded"
        << "succeeded";
    QTest::newRow("failed root skips the whole chain")
        << "X!; B<-X; C<-B" << 1 << "B skipped by X; C skipped by X; X failed"
        << "finished-with-errors";
    QTest::newRow("failed middle skips only its consumers")
        << "A; X!<-A; C<-X; D<-A" << 2 << "A succeeded; C skipped by X; D succeeded; X failed"
        << "finished-with-errors";
    QTest::newRow("failed leaf skips nothing")
        << "A; B<-A; X!<-B" << 1 << "A succeeded; B succeeded; X failed"
        << "finished-with-errors";
    QTest::newRow("two failures skip their own consumers")
        << "X!; Y!; C<-X; D<-Y; E<-C" << 2
        << "C skipped by X; D skipped by Y; E skipped by X; X failed; Y failed"
        << "finished-with-errors";
    QTest::newRow("cycle is prepared together")
        << "A; B<-A,C; C<-B; D<-C" << 2 << "A succeeded; B succeeded; C succeeded; D succeeded"
        << "succeeded";
    QTest::newRow("failed cycle member fails the cycle and skips its consumers")
        << "A; B!<-A,C; C<-B; D<-C" << 1 << "A succeeded; B failed; C failed; D skipped by B"
        << "finished-with-errors";
}

void TestPreparation::graphs()
{
    QFETCH(QString, factory);
    QFETCH(int, workers);
    QFETCH(QString, expected);
    QFETCH(QString, status);

    const QList<Spec> specs = parseSpec(factory);
    QVERIFY(publishFactory(*m_environment, specs));
    Result<UpgradeOutcome> upgraded
        = m_environment->upgradePlatform(UpgradeRequest{PlatformVersion{11, 12, 0}}, admin);
    QVERIFY2(upgraded.ok(), qPrintable(upgraded ? QString() : upgraded.error().fullText()));
    QVERIFY(upgraded->prepare);

    Result<ExecutionSummary> run = prepare(workers);
    QVERIFY2(run.ok(), qPrintable(run ? QString() : run.error().fullText()));
    QCOMPARE(executionStatusKey(run->status), status);
    Result<ExecutionDetail> detail = m_environment->execution(run->id);
    QVERIFY(detail.ok());
    QCOMPARE(eventLog(*detail), expected);
    QString why;
    QVERIFY2(producersFinishedFirst(*detail, specs, &why), qPrintable(why));
    QCOMPARE(run->counts.total, int(specs.size()));
    QCOMPARE(run->counts.pending, 0);
    if (status == QLatin1String("finished-with-errors"))
        QCOMPARE(run->message, messages::prepSomeFailed());
    if (factory.contains(QLatin1String("C<-B; D<-C")) && factory.contains(QLatin1String("A,C")))
        QCOMPARE(run->cycles, QStringList{QStringLiteral("B+C")});

    // Workers are named per run, "worker-1" to "worker-N", whatever ran before in this
    // process (each row of this test is another run).
    for (const ExecutionModuleResult &module : std::as_const(detail->modules)) {
        if (module.state != ModuleRunState::Succeeded && module.state != ModuleRunState::Failed)
            continue;
        const int number = module.worker.mid(QStringLiteral("worker-").size()).toInt();
        QVERIFY2(module.worker.startsWith(QStringLiteral("worker-")) && number >= 1
                     && number <= workers,
                 qPrintable(module.module + QStringLiteral(": ") + module.worker));
    }

    // Each succeeded module has exactly one compilation for the new version, and
    // its running version is unchanged (nothing was deployed).
    for (const ExecutionModuleResult &module : std::as_const(detail->modules)) {
        const int compiled
            = succeededCompilationsFor(*m_environment, module.module, PlatformVersion{11, 12, 0});
        QCOMPARE(compiled, module.state == ModuleRunState::Succeeded ? 1 : 0);
        Result<ModuleDetail> one = m_environment->module(module.module);
        QVERIFY(one.ok());
        QVERIFY(one->deployment.has_value());
        QCOMPARE(one->deployment->platformVersion, (PlatformVersion{11, 11, 0}));
    }

    // Each new compilation names, as its inputs, the new compilation of every producer
    // it was built against: those outside its cycle, and the other members of it.
    std::unique_ptr<Database> db = openDatabase();
    QVERIFY(db);
    Result<QSqlQuery> compiled = db->exec(QStringLiteral(
        "SELECT m.name, m.id, c.id, c.inputs FROM compilations c JOIN module_versions v ON v.id "
        "= c.version_id JOIN modules m ON m.id = v.module_id WHERE c.platform_version = "
        "'11.12.0' AND c.status = 'succeeded'"));
    QVERIFY(compiled);
    QHash<QString, CompilationInput> compilationOf;
    QHash<QString, QList<CompilationInput>> inputsOf;
    while (compiled->next()) {
        const QString name = compiled->value(0).toString();
        compilationOf.insert(
            name,
            CompilationInput{compiled->value(1).toLongLong(), compiled->value(2).toLongLong()});
        inputsOf.insert(name, unpackCompilationInputs(compiled->value(3).toString()));
    }
    const auto byCompilation = [](const CompilationInput &a, const CompilationInput &b) {
        return a.compilationId < b.compilationId;
    };
    for (const Spec &spec : specs) {
        if (!compilationOf.contains(spec.name))
            continue;
        QList<CompilationInput> expectedInputs;
        for (const QString &producer : spec.producers) {
            // A module compiled only once all its producers did.
            QVERIFY2(compilationOf.contains(producer), qPrintable(spec.name + u' ' + producer));
            expectedInputs << compilationOf.value(producer);
        }
        QList<CompilationInput> inputs = inputsOf.value(spec.name);
        std::sort(expectedInputs.begin(), expectedInputs.end(), byCompilation);
        std::sort(inputs.begin(), inputs.end(), byCompilation);
        QVERIFY2(inputs == expectedInputs,
                 qPrintable(spec.name + QStringLiteral(": ") + packCompilationInputs(inputs)
                            + QStringLiteral(" instead of ")
                            + packCompilationInputs(expectedInputs)));
    }
}

void TestPreparation::workersComeFromTheSettingUnlessGiven()
{
    QVERIFY(publishFactory(*m_environment, parseSpec(QStringLiteral("A; B<-A; C<-A"))));
    QVERIFY(m_environment->config().setValue(EnvironmentConfig::preparationWorkers,
                                             QStringLiteral("3")));
    QVERIFY(!m_environment->config().setValue(EnvironmentConfig::preparationWorkers,
                                              QStringLiteral("-1")));
    QVERIFY(m_environment->upgradePlatform(UpgradeRequest{PlatformVersion{11, 12, 0}}, admin));
    Result<ExecutionSummary> configured = prepare(0);
    QVERIFY(configured.ok());
    QCOMPARE(configured->workers, 3);
    QVERIFY(m_environment->importDefinitions({moduleOf(QStringLiteral("D"), {}, false)}, admin));
    QVERIFY(m_environment->upgradePlatform(UpgradeRequest{PlatformVersion{11, 15, 0}}, admin));
    Result<ExecutionSummary> given = prepare(1);
    QVERIFY(given.ok());
    QCOMPARE(given->workers, 1);
}

void TestPreparation::leavesOutUploadedOnlyAndNeverPublished()
{
    QVERIFY(publishFactory(*m_environment, parseSpec(QStringLiteral("A; B<-A"))));
    // Uploaded only; and one whose only publish failed (never published with success).
    QVERIFY(
        m_environment->importDefinitions({moduleOf(QStringLiteral("Uploaded"), {}, false)}, admin));
    QVERIFY(m_environment->importDefinitions(
        {moduleOf(QStringLiteral("Broken"), {QStringLiteral("Missing")}, false)}, admin));
    QVERIFY(!m_environment->publish(QStringLiteral("Broken"), 0, admin).ok());
    QVERIFY(m_environment->upgradePlatform(UpgradeRequest{PlatformVersion{11, 12, 0}}, admin));
    Result<ExecutionSummary> run = prepare(2);
    QVERIFY(run.ok());
    Result<ExecutionDetail> detail = m_environment->execution(run->id);
    QVERIFY(detail.ok());
    QCOMPARE(eventLog(*detail), QStringLiteral("A succeeded; B succeeded"));
    Result<ModuleDetail> uploaded = m_environment->module(QStringLiteral("Uploaded"));
    QVERIFY(uploaded.ok());
    QCOMPARE(uploaded->summary.status, ModuleStatus::NeverPublished);
}

// The plan's facts read ahead (on a connection of their own, in another thread) are
// those of the running versions; a version that does not run (here one uploaded
// only) is not covered, and the engine then reads the plan's versions themselves; a
// read ahead that cannot open the database says why.
void TestPreparation::planFactsReadAheadAndAgain()
{
    QVERIFY(publishFactory(*m_environment, parseSpec(QStringLiteral("A; B<-A; C<-A,B"))));
    const QString databaseFile = DataFolder(m_dir->filePath(QStringLiteral("env"))).databaseFile();
    Result<PlanFacts> ahead
        = PlanFacts::readAhead(*QThreadPool::globalInstance(), databaseFile).result();
    QVERIFY2(ahead.ok(), qPrintable(ahead ? QString() : ahead.error().fullText()));
    Result<std::unique_ptr<Database>> db
        = Database::openSqlite(databaseFile, Database::OpenMode::OpenExisting);
    QVERIFY(db.ok());

    QHash<QString, qint64> versionOf;
    QSqlQuery versions = (*db)
                             ->exec(QStringLiteral("SELECT m.name, v.id FROM module_versions v "
                                                   "JOIN modules m ON m.id = v.module_id"))
                             .value();
    while (versions.next())
        versionOf.insert(versions.value(0).toString(), versions.value(1).toLongLong());
    QCOMPARE(versionOf.size(), 3);
    QCOMPARE(ahead->versions.size(), 3);
    const PlanFacts::Version c = ahead->versions.value(versionOf.value(QStringLiteral("C")));
    QCOMPARE(c.producers, (QStringList{QStringLiteral("A"), QStringLiteral("B")}));
    QVERIFY(ahead->versions.value(versionOf.value(QStringLiteral("A"))).producers.isEmpty());
    QVERIFY(QFileInfo::exists(m_dir->filePath(QStringLiteral("env/")) + c.sourcePath));
    // Each module was compiled when published: its weight is known.
    QVERIFY(ahead->lastDurationMs.contains(c.moduleId));
    QCOMPARE(ahead->lastDurationMs.size(), 3);
    QVERIFY(ahead->covers(versionOf.values()));

    QVERIFY(m_environment->importDefinitions(
        {moduleOf(QStringLiteral("D"), {QStringLiteral("C")}, false)}, admin));
    Result<QVariant> d = scalar(**db, QStringLiteral("SELECT MAX(id) FROM module_versions"));
    QVERIFY(d.ok());
    QVERIFY(!ahead->covers({d->toLongLong()}));
    Result<PlanFacts> running = PlanFacts::readRunning(**db);
    QVERIFY(running.ok());
    QVERIFY(!running->covers({d->toLongLong()})); // uploaded only: it does not run
    QCOMPARE(running->versions.size(), 3);
    const QList<qint64> planned{d->toLongLong(), versionOf.value(QStringLiteral("A"))};
    Result<PlanFacts> exactly = PlanFacts::readVersions(**db, planned);
    QVERIFY(exactly.ok());
    QVERIFY(exactly->covers(planned));
    QCOMPARE(exactly->versions.size(), 2);
    QCOMPARE(exactly->versions.value(d->toLongLong()).producers, QStringList{QStringLiteral("C")});

    Result<PlanFacts> missing
        = PlanFacts::readAhead(*QThreadPool::globalInstance(),
                               m_dir->filePath(QStringLiteral("nowhere/environment.db")))
              .result();
    QVERIFY(!missing.ok());
    QVERIFY2(missing.error().fullText().contains(QStringLiteral("nowhere")),
             qPrintable(missing.error().fullText()));
}

void TestPreparation::rerunPreparesOnlyFailedAndSkipped()
{
    QVERIFY(publishFactory(*m_environment, parseSpec(QStringLiteral("A; X!<-A; C<-X; D<-A"))));
    QVERIFY(m_environment->upgradePlatform(UpgradeRequest{PlatformVersion{11, 12, 0}}, admin));
    Result<ExecutionSummary> first = prepare(2);
    QVERIFY(first.ok());
    QCOMPARE(first->status, ExecutionStatus::FinishedWithErrors);

    // Nothing changed: the next run takes only the failed and skipped modules (and
    // X fails again).
    Result<ExecutionSummary> second = prepare(2);
    QVERIFY(second.ok());
    QCOMPARE(second->previousId, first->id);
    Result<ExecutionDetail> detail = m_environment->execution(second->id);
    QVERIFY(detail.ok());
    QCOMPARE(eventLog(*detail), QStringLiteral("C skipped by X; X failed"));
    QCOMPARE(
        succeededCompilationsFor(*m_environment, QStringLiteral("A"), PlatformVersion{11, 12, 0}),
        1); // not compiled again

    // Publishing the fixed X for 11.12.0 makes it up to date; the third run prepares C.
    QVERIFY(m_environment->importDefinitions(
        {moduleOf(QStringLiteral("X"), {QStringLiteral("A")}, false)}, admin));
    QVERIFY(m_environment->publish(QStringLiteral("X"), 0, admin).ok());
    Result<ExecutionSummary> third = prepare(2);
    QVERIFY(third.ok());
    QCOMPARE(third->status, ExecutionStatus::Succeeded);
    Result<ExecutionDetail> last = m_environment->execution(third->id);
    QVERIFY(last.ok());
    QCOMPARE(eventLog(*last), QStringLiteral("C succeeded"));
    // The earlier executions are kept as they were.
    Result<QList<ExecutionSummary>> all = m_environment->executions();
    QVERIFY(all.ok());
    QCOMPARE(all->size(), 3);
    QCOMPARE(all->at(2).counts.total, 4);
    QCOMPARE(all->at(2).counts.failed, 1);
}

void TestPreparation::statusesAfterThePreparation()
{
    QVERIFY(publishFactory(*m_environment, parseSpec(QStringLiteral("A; X!<-A; C<-X"))));
    QVERIFY(m_environment->upgradePlatform(UpgradeRequest{PlatformVersion{11, 12, 0}}, admin));
    QVERIFY(prepare(1).ok());

    Result<ModuleDetail> a = m_environment->module(QStringLiteral("A"));
    QVERIFY(a.ok());
    QCOMPARE(a->summary.status, ModuleStatus::Prepared);
    Result<ModuleDetail> x = m_environment->module(QStringLiteral("X"));
    QVERIFY(x.ok());
    QCOMPARE(x->summary.status, ModuleStatus::NotUpgraded);
    QCOMPARE(x->reason, NotUpgradedReason::Failed);
    QCOMPARE(x->statusMessage,
             QStringLiteral("This Module hasn't been upgraded to the current environment version. "
                            "Please publish the module. Alternatively, run another environment "
                            "upgrade."));
    Result<ModuleDetail> c = m_environment->module(QStringLiteral("C"));
    QVERIFY(c.ok());
    QCOMPARE(c->reason, NotUpgradedReason::Skipped);
    QCOMPARE(c->blockedBy, QStringLiteral("X"));

    // Publishing the consumer of a producer that was not prepared fails with the
    // catalogue message; publishing A uses its prepared compilation's producers.
    Result<PublishOutcome> consumer = m_environment->publish(QStringLiteral("C"), 0, admin);
    QVERIFY(!consumer.ok());
    QCOMPARE(consumer.error().message,
             QStringLiteral("Producer module 'X' hasn't been prepared for the current OutSystems "
                            "environment version. The Preparation of Modules may not have "
                            "finished yet, failed, or it is on hold. Check Service Center for "
                            "more details or try to publish 'X'."));
    QVERIFY(m_environment->publish(QStringLiteral("A"), 0, admin).ok());
    Result<ModuleDetail> published = m_environment->module(QStringLiteral("A"));
    QVERIFY(published.ok());
    QCOMPARE(published->summary.status, ModuleStatus::UpToDate);

    // The Error Log has X's diagnostics, under the Modules upgrade operation.
    LogQuery query;
    query.module = QStringLiteral("X");
    query.operation = QStringLiteral("modules-upgrade");
    Result<QList<ErrorLogEntry>> errors = m_environment->errors(query);
    QVERIFY(errors.ok());
    QCOMPARE(errors->size(), 1);
    QVERIFY(errors->first().detail.contains(QLatin1String("Crypto.MD5")));
    QCOMPARE(errors->first().platformVersion, QStringLiteral("11.12.0"));
}

void TestPreparation::wholeFactoryLocksEveryModule_data()
{
    QTest::addColumn<int>("operation"); // 0 publish, 1 delete, 2 apply settings
    QTest::addColumn<QString>("name");
    QTest::newRow("1-Click Publish") << 0 << "1-Click Publish";
    QTest::newRow("Delete module") << 1 << "Delete module";
    QTest::newRow("Configuration update") << 2 << "Configuration update";
}

// Before 11.15.0 every module is locked for the whole step, one imported during it
// too: each operation is refused with the LOCKED message naming Modules upgrade and
// Compiler Service.
void TestPreparation::wholeFactoryLocksEveryModule()
{
    QFETCH(int, operation);
    QFETCH(QString, name);
    QVERIFY(publishFactory(*m_environment, parseSpec(QStringLiteral("A; B<-A; C<-B; D"))));
    QVERIFY(m_environment->upgradePlatform(UpgradeRequest{PlatformVersion{11, 12, 0}}, admin));
    std::unique_ptr<Environment> other = openSecond();
    QVERIFY(other);
    QString refusal;
    QString newModuleRefusal; // of a module imported during the step
    int lockedModules = 0;
    Result<ExecutionSummary> run = prepare(1, [&](const StepProgress &) {
        if (!refusal.isEmpty())
            return;
        OperationOptions options;
        options.user = QStringLiteral("bob");
        const QString newModule = QStringLiteral("N");
        if (!other->importDefinitions({moduleOf(newModule, {}, false)}, options.user)) {
            refusal = QStringLiteral("(import failed)");
            return;
        }
        Result<QList<PublishOutcome>> published
            = other->publish({PublishTarget{newModule, 0}}, options);
        newModuleRefusal = published ? QStringLiteral("(not refused)") : published.error().message;
        Result<QList<ModuleLock>> locks = other->locks();
        lockedModules = locks ? int(locks->size()) : -1;
        Error error;
        if (operation == 0) {
            Result<QList<PublishOutcome>> done
                = other->publish({PublishTarget{QStringLiteral("D"), 0}}, options);
            error = done ? Error{} : done.error();
        } else if (operation == 1) {
            Result<DeleteOutcome> done = other->deleteModule(QStringLiteral("D"), true, options);
            error = done ? Error{} : done.error();
        } else {
            Result<ApplySettingsOutcome> done = other->applySettings(
                QStringLiteral("D"), {{QStringLiteral("Mode"), QStringLiteral("fast")}}, options);
            error = done ? Error{} : done.error();
        }
        refusal = error.message.isEmpty() ? QStringLiteral("(not refused)") : error.message;
    });
    QVERIFY(run.ok());
    QCOMPARE(run->status, ExecutionStatus::Succeeded);
    QCOMPARE(lockedModules, 5);
    const QString pattern = QStringLiteral(
        "^The (.+) started by bob at \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d can't proceed "
        "because there is an ongoing Modules upgrade, started by Compiler Service at "
        "\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d, that is locking '%1' module\\.$");
    const QRegularExpressionMatch match
        = QRegularExpression(pattern.arg(QStringLiteral("D"))).match(refusal);
    QVERIFY2(match.hasMatch(), qPrintable(refusal));
    QCOMPARE(match.captured(1), name);
    const QRegularExpressionMatch newModuleMatch
        = QRegularExpression(pattern.arg(QStringLiteral("N"))).match(newModuleRefusal);
    QVERIFY2(newModuleMatch.hasMatch(), qPrintable(newModuleRefusal));
    QCOMPARE(newModuleMatch.captured(1), QStringLiteral("1-Click Publish"));
    // The General log says what the step locked.
    LogQuery upgrade;
    upgrade.operation = QStringLiteral("modules-upgrade");
    Result<QList<GeneralLogEntry>> log = m_environment->generalLog(upgrade);
    QVERIFY(log.ok());
    QStringList started;
    for (const GeneralLogEntry &entry : std::as_const(*log))
        if (entry.event == QStringLiteral("started"))
            started << entry.message;
    QCOMPARE(started,
             QStringList{
                 QStringLiteral("Modules upgrade started by Compiler Service on every module.")});
    // Once the step ended, nothing is locked.
    Result<QList<ModuleLock>> after = m_environment->locks();
    QVERIFY(after.ok());
    QVERIFY(after->isEmpty());
}

// From 11.15.0 only the modules being prepared are locked: the rest of the factory
// can be published meanwhile, and a module published for the new version during the
// run counts as prepared without being compiled again.
void TestPreparation::progressiveLocksOnlyModulesBeingPrepared()
{
    QVERIFY(publishFactory(
        *m_environment,
        parseSpec(QStringLiteral("A; B<-A; C<-B; D<-C; E<-D; F<-E; P1; P2; P3; P4; P5; P6"))));
    QVERIFY(m_environment->upgradePlatform(UpgradeRequest{PlatformVersion{11, 15, 0}}, admin));
    std::unique_ptr<Environment> other = openSecond();
    QVERIFY(other);
    int maxLocked = 0;
    bool lockedOnlyRunning = true;
    QString published; // a module published by bob while it waited for its turn
    QSet<QString> running;
    QSet<QString> seen;
    Result<ExecutionSummary> run = prepare(1, [&](const StepProgress &progress) {
        for (const ModuleStateChange &change : progress.changes) {
            seen.insert(change.module);
            if (change.state == ModuleRunState::Running)
                running.insert(change.module);
            else
                running.remove(change.module);
        }
        Result<QList<ModuleLock>> locks = other->locks();
        if (!locks)
            return;
        maxLocked = std::max(maxLocked, int(locks->size()));
        for (const ModuleLock &lock : std::as_const(*locks)) {
            lockedOnlyRunning = lockedOnlyRunning && running.contains(lock.module)
                && lock.kind == OperationKind::ModulesUpgrade;
        }
        if (!published.isEmpty() || progress.counts.succeeded < 1)
            return;
        for (const QString &candidate : {QStringLiteral("P6"), QStringLiteral("P5"),
                                         QStringLiteral("P4"), QStringLiteral("P3")}) {
            if (seen.contains(candidate))
                continue; // handed out already
            OperationOptions options;
            options.user = QStringLiteral("bob");
            if (other->publish({PublishTarget{candidate, 0}}, options).ok())
                published = candidate;
            break;
        }
    });
    QVERIFY2(run.ok(), qPrintable(run ? QString() : run.error().fullText()));
    QCOMPARE(run->status, ExecutionStatus::Succeeded);
    // Locked: only modules handed to the worker and not recorded yet, never the factory.
    QVERIFY(maxLocked >= 1);
    QVERIFY(maxLocked < 12);
    QVERIFY(lockedOnlyRunning);
    QVERIFY(!published.isEmpty());
    // It was published for 11.15.0 by bob, and not compiled again by the preparation.
    QCOMPARE(succeededCompilationsFor(*m_environment, published, PlatformVersion{11, 15, 0}), 1);
    Result<ModuleDetail> module = m_environment->module(published);
    QVERIFY(module.ok());
    QCOMPARE(module->summary.status, ModuleStatus::UpToDate);
    Result<ExecutionDetail> detail = m_environment->execution(run->id);
    QVERIFY(detail.ok());
    for (const ExecutionModuleResult &result : std::as_const(detail->modules)) {
        QCOMPARE(result.state, ModuleRunState::Succeeded);
        if (result.module == published)
            QVERIFY(result.reason.contains(QLatin1String("Already published")));
    }
}

void TestPreparation::holdAndResume()
{
    const QString factory = QStringLiteral("A; B<-A; C<-B; D<-C; E<-D; X!<-B; Y<-X; Z<-A");
    QVERIFY(publishFactory(*m_environment, parseSpec(factory)));
    QVERIFY(m_environment->upgradePlatform(UpgradeRequest{PlatformVersion{11, 12, 0}}, admin));
    std::unique_ptr<Environment> other = openSecond();
    QVERIFY(other);
    bool asked = false;
    Result<ExecutionSummary> held = prepare(1, [&](const StepProgress &progress) {
        if (!asked && progress.counts.succeeded >= 2) {
            asked = other->holdStep(QStringLiteral("bob")).ok();
        }
    });
    QVERIFY(asked);
    QVERIFY2(held.ok(), qPrintable(held ? QString() : held.error().fullText()));
    QCOMPARE(held->status, ExecutionStatus::OnHold);
    QVERIFY(held->counts.pending > 0);
    QVERIFY(held->message.contains(QLatin1String("on hold")));
    // On hold, nothing is locked, and the pending modules say so.
    Result<QList<ModuleLock>> locks = m_environment->locks();
    QVERIFY(locks.ok());
    QVERIFY(locks->isEmpty());
    Result<ModuleDetail> e = m_environment->module(QStringLiteral("E"));
    QVERIFY(e.ok());
    QCOMPARE(e->reason, NotUpgradedReason::Pending);

    PreparationOptions options;
    options.user = admin;
    options.workers = 2;
    Result<ExecutionSummary> resumed = m_environment->resumeStep(options);
    QVERIFY2(resumed.ok(), qPrintable(resumed ? QString() : resumed.error().fullText()));
    QCOMPARE(resumed->id, held->id);
    QCOMPARE(resumed->status, ExecutionStatus::FinishedWithErrors);
    Result<ExecutionDetail> detail = m_environment->execution(resumed->id);
    QVERIFY(detail.ok());
    QCOMPARE(eventLog(*detail),
             QStringLiteral("A succeeded; B succeeded; C succeeded; D succeeded; E succeeded; X "
                            "failed; Y skipped by X; Z succeeded"));
    for (const QString &module : {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("E")})
        QCOMPARE(succeededCompilationsFor(*m_environment, module, PlatformVersion{11, 12, 0}), 1);

    // Nothing left to resume.
    Result<ExecutionSummary> again = m_environment->resumeStep(options);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, ErrorCode::NotFound);
}

// While the step is on hold nothing is locked, and an operator may publish a new
// version of a pending module (here one that no longer references a pending
// producer). The resumed run still prepares the version it planned: the plan read
// ahead (the versions running now) does not have it, so the engine reads the planned
// versions itself, and compiles version 1 with version 1's references.
void TestPreparation::resumeCompilesThePlannedVersionOfAModuleRepublishedWhileHeld()
{
    QVERIFY(publishFactory(*m_environment, parseSpec(QStringLiteral("A; B<-A; C<-B; D<-C; E<-D"))));
    QVERIFY(m_environment->upgradePlatform(UpgradeRequest{PlatformVersion{11, 12, 0}}, admin));
    std::unique_ptr<Environment> other = openSecond();
    QVERIFY(other);
    bool asked = false;
    Result<ExecutionSummary> held = prepare(1, [&](const StepProgress &progress) {
        if (!asked && progress.counts.succeeded >= 2)
            asked = other->holdStep(admin).ok();
    });
    QVERIFY(held.ok());
    QCOMPARE(held->status, ExecutionStatus::OnHold);
    QCOMPARE(m_environment->module(QStringLiteral("E"))->reason, NotUpgradedReason::Pending);

    // Version 2 of E references nothing: it can be published while D is pending.
    QVERIFY(other->importDefinitions({moduleOf(QStringLiteral("E"), {}, false)}, admin));
    Result<PublishOutcome> published = other->publish(QStringLiteral("E"), 0, admin);
    QVERIFY2(published, qPrintable(published ? QString() : published.error().fullText()));

    PreparationOptions options;
    options.user = admin;
    options.workers = 1;
    Result<ExecutionSummary> resumed = m_environment->resumeStep(options);
    QVERIFY2(resumed.ok(), qPrintable(resumed ? QString() : resumed.error().fullText()));
    QCOMPARE(resumed->id, held->id);
    QCOMPARE(resumed->status, ExecutionStatus::Succeeded);

    // E's compilations for 11.12.0: the publish's of version 2, then the resumed run's
    // of version 1, built against D's new compilation as version 1 references D.
    std::unique_ptr<Database> db = openDatabase();
    QVERIFY(db);
    Result<QSqlQuery> compiled = db->exec(QStringLiteral(
        "SELECT v.number, c.started_by, c.inputs FROM compilations c JOIN module_versions v ON "
        "v.id = c.version_id JOIN modules m ON m.id = v.module_id WHERE m.name = 'E' AND "
        "c.platform_version = '11.12.0' AND c.status = 'succeeded' ORDER BY c.id"));
    QVERIFY(compiled.ok());
    QStringList rows;
    QList<CompilationInput> inputs;
    while (compiled->next()) {
        rows << compiled->value(0).toString() + u' ' + compiled->value(1).toString();
        inputs = unpackCompilationInputs(compiled->value(2).toString());
    }
    QCOMPARE(
        rows,
        QStringList({QStringLiteral("2 admin"), QStringLiteral("1 ") + compilerServiceUser()}));
    Result<QSqlQuery> d = db->exec(QStringLiteral(
        "SELECT m.id, c.id FROM compilations c JOIN module_versions v ON v.id = c.version_id "
        "JOIN modules m ON m.id = v.module_id WHERE m.name = 'D' AND c.platform_version = "
        "'11.12.0'"));
    QVERIFY(d.ok() && d->next());
    QCOMPARE(inputs,
             QList<CompilationInput>(
                 {CompilationInput{d->value(0).toLongLong(), d->value(1).toLongLong()}}));
    // What runs is still the version the operator published.
    Result<ModuleDetail> e = m_environment->module(QStringLiteral("E"));
    QVERIFY(e.ok());
    QVERIFY(e->deployment.has_value());
    QCOMPARE(e->deployment->moduleVersion, 2);
    QCOMPARE(e->deployment->platformVersion, (PlatformVersion{11, 12, 0}));
}

// A run whose process died (simulated: the run is held, then its records are put
// back as a dead process leaves them: running, under an operation whose lease
// expired) is resumed by the next run, without compiling again what it finished.
void TestPreparation::resumesARunWhoseProcessDied()
{
    const QString factory = QStringLiteral("A; B<-A; C<-B; D<-C; X!<-A; Y<-X");
    QVERIFY(publishFactory(*m_environment, parseSpec(factory)));
    QVERIFY(m_environment->upgradePlatform(UpgradeRequest{PlatformVersion{11, 12, 0}}, admin));
    std::unique_ptr<Environment> other = openSecond();
    bool asked = false;
    Result<ExecutionSummary> held = prepare(1, [&](const StepProgress &progress) {
        if (!asked && progress.counts.succeeded >= 2)
            asked = other->holdStep(admin).ok();
    });
    QVERIFY(held.ok());
    QCOMPARE(held->status, ExecutionStatus::OnHold);
    m_environment.reset();
    other.reset();
    // The process died while it worked on a module (the first pending one).
    const Result<QString> died
        = testing::makeDeadRun(m_dir->filePath(QStringLiteral("env/environment.db")));
    QVERIFY2(died.ok(), qPrintable(died ? QString() : died.error().fullText()));
    m_environment = openSecond();
    QVERIFY(m_environment);
    Result<ExecutionSummary> resumed = prepare(2);
    QVERIFY2(resumed.ok(), qPrintable(resumed ? QString() : resumed.error().fullText()));
    QCOMPARE(resumed->id, held->id);
    Result<ExecutionDetail> detail = m_environment->execution(resumed->id);
    QVERIFY(detail.ok());
    QCOMPARE(eventLog(*detail),
             QStringLiteral("A succeeded; B succeeded; C succeeded; D "
                            "succeeded; X failed; Y skipped by X"));
    for (const QString &module :
         {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D")})
        QCOMPARE(succeededCompilationsFor(*m_environment, module, PlatformVersion{11, 12, 0}), 1);
    // The resumed run numbered its results after the first run's: the order modules
    // finished in (which decides skips on a later resume) is kept across processes.
    std::unique_ptr<Database> db = openDatabase();
    QVERIFY(db);
    Result<QList<ExecutionStore::ModuleRecord>> records = ExecutionStore(*db).modules(resumed->id);
    QVERIFY(records.ok());
    QSet<qint64> sequences;
    for (const ExecutionStore::ModuleRecord &record : std::as_const(*records)) {
        QVERIFY2(record.update.sequence > 0, qPrintable(record.update.module));
        sequences.insert(record.update.sequence);
    }
    QCOMPARE(sequences.size(), 6);
}

void TestPreparation::withoutSystemComponentsTheStepFails()
{
    QVERIFY(publishFactory(*m_environment, parseSpec(QStringLiteral("A; B<-A"))));
    UpgradeRequest request{PlatformVersion{11, 12, 0}};
    request.installSystemComponents = false;
    Result<UpgradeOutcome> upgraded = m_environment->upgradePlatform(request, admin);
    QVERIFY(upgraded.ok());
    QVERIFY(!upgraded->systemComponentsInstalled);
    Result<ExecutionSummary> run = prepare(1);
    QVERIFY(run.ok());
    QCOMPARE(run->status, ExecutionStatus::Failed);
    QCOMPARE(run->message, QStringLiteral("There was an error preparing your modules."));
    QVERIFY2(run->detail.contains(QLatin1String("install-system-components")),
             qPrintable(run->detail));
    LogQuery query;
    query.operation = QStringLiteral("modules-upgrade");
    Result<QList<ErrorLogEntry>> errors = m_environment->errors(query);
    QVERIFY(errors.ok());
    QCOMPARE(errors->size(), 1);
    QCOMPARE(errors->first().message, messages::prepStepFailed());
    QVERIFY2(errors->first().detail.contains(QLatin1String("install-system-components")),
             qPrintable(errors->first().detail));
    // Nothing was compiled (and nothing is "pending": the step ended); installing the
    // components and running again prepares all.
    QCOMPARE(succeededCompilationsFor(*m_environment, QStringLiteral("A"), {11, 12, 0}), 0);
    Result<ModuleDetail> a = m_environment->module(QStringLiteral("A"));
    QVERIFY(a.ok());
    QCOMPARE(a->reason, NotUpgradedReason::NotTriggered);
    QVERIFY(m_environment->installSystemComponents(admin).ok());
    Result<ExecutionSummary> again = prepare(1);
    QVERIFY(again.ok());
    QCOMPARE(again->status, ExecutionStatus::Succeeded);
    QCOMPARE(again->counts.succeeded, 2);
}

void TestPreparation::upgradeRules()
{
    QVERIFY(publishFactory(*m_environment, parseSpec(QStringLiteral("A"))));
    // Downgrade, same version, unknown version.
    Result<UpgradeOutcome> down
        = m_environment->upgradePlatform(UpgradeRequest{PlatformVersion{10, 0, 0}}, admin);
    QVERIFY(!down.ok());
    QCOMPARE(down.error().code, ErrorCode::BadInput);
    QVERIFY(down.error().message.contains(QLatin1String("Downgrades are refused")));
    QCOMPARE(m_environment->upgradePlatform(UpgradeRequest{PlatformVersion{11, 11, 0}}, admin)
                 .error()
                 .code,
             ErrorCode::BadInput);
    QCOMPARE(m_environment->upgradePlatform(UpgradeRequest{PlatformVersion{11, 13, 0}}, admin)
                 .error()
                 .code,
             ErrorCode::BadInput);
    // Refused while a module is locked.
    std::unique_ptr<Environment> other = openSecond();
    bool refusedWhileLocked = false;
    OperationOptions options;
    options.user = QStringLiteral("bob");
    options.started = [&] {
        Result<UpgradeOutcome> during
            = other->upgradePlatform(UpgradeRequest{PlatformVersion{11, 12, 0}}, admin);
        refusedWhileLocked = !during.ok() && during.error().code == ErrorCode::Conflict;
    };
    QVERIFY(m_environment->publish({PublishTarget{QStringLiteral("A"), 0}}, options).ok());
    QVERIFY(refusedWhileLocked);
    QCOMPARE(m_environment->platformVersion(), (PlatformVersion{11, 11, 0}));

    // An environment open elsewhere follows the upgrade.
    Result<UpgradeOutcome> up
        = other->upgradePlatform(UpgradeRequest{PlatformVersion{11, 19, 0}}, admin);
    QVERIFY(up.ok());
    QVERIFY(up->prepare);
    QCOMPARE(m_environment->platformVersion(), (PlatformVersion{11, 19, 0}));
    Result<EnvironmentInfo> info = m_environment->info();
    QVERIFY(info.ok());
    QCOMPARE(info->systemComponentsVersion, QStringLiteral("11.19.0.11"));
}

void TestPreparation::skipPreparationLeavesEveryModuleNotUpgraded()
{
    QVERIFY(publishFactory(*m_environment, parseSpec(QStringLiteral("A; B<-A"))));
    UpgradeRequest request{PlatformVersion{11, 12, 0}};
    request.skipPreparation = true;
    Result<UpgradeOutcome> upgraded = m_environment->upgradePlatform(request, admin);
    QVERIFY(upgraded.ok());
    QVERIFY(!upgraded->prepare);
    QVERIFY(upgraded->noPreparationReason.contains(QLatin1String("skipped")));
    for (const QString &name : {QStringLiteral("A"), QStringLiteral("B")}) {
        Result<ModuleDetail> module = m_environment->module(name);
        QVERIFY(module.ok());
        QCOMPARE(module->summary.status, ModuleStatus::NotUpgraded);
        QCOMPARE(module->reason, NotUpgradedReason::NotTriggered);
        QCOMPARE(module->statusMessage, messages::notUpgraded());
    }

    // From 10.x an upgrade never prepares.
    QTemporaryDir dir;
    Result<std::unique_ptr<Environment>> ten
        = Environment::create(dir.filePath(QStringLiteral("ten")), PlatformVersion{10, 0, 0});
    QVERIFY(ten.ok());
    Result<UpgradeOutcome> fromTen
        = (*ten)->upgradePlatform(UpgradeRequest{PlatformVersion{11, 12, 0}}, admin);
    QVERIFY(fromTen.ok());
    QVERIFY(!fromTen->prepare);
    QVERIFY(fromTen->noPreparationReason.contains(QLatin1String("10.0.0")));
}

void TestPreparation::progressIsCoalesced()
{
    ProgressCoalescer coalescer;
    coalescer.reset(std::chrono::milliseconds(50), 7, ExecutionKind::Preparation);
    int delivered = 0;
    int changesSeen = 0;
    QHash<QString, ModuleRunState> last;
    // 10,000 changes over one simulated second: at most 1000 / 50 + 1 snapshots.
    for (int i = 0; i < 10000; ++i) {
        const QString module = QStringLiteral("M%1").arg(i / 2);
        const ModuleRunState state = i % 2 ? ModuleRunState::Succeeded : ModuleRunState::Running;
        coalescer.note(ModuleStateChange{module, state, QString()});
        if (auto snapshot = coalescer.take(i / 10, ExecutionCounts{}, -1, false)) {
            ++delivered;
            changesSeen += int(snapshot->changes.size());
            for (const ModuleStateChange &change : std::as_const(snapshot->changes))
                last.insert(change.module, change.state);
            QCOMPARE(snapshot->executionId, 7);
        }
    }
    if (auto final = coalescer.take(1000, ExecutionCounts{}, 0, true)) {
        ++delivered;
        for (const ModuleStateChange &change : std::as_const(final->changes))
            last.insert(change.module, change.state);
    }
    QVERIFY2(delivered <= 22, qPrintable(QString::number(delivered)));
    QVERIFY(changesSeen <= 5000 + delivered);
    // Every module's last state reached the observer.
    QCOMPARE(last.size(), 5000);
    for (auto it = last.cbegin(); it != last.cend(); ++it)
        QCOMPARE(it.value(), ModuleRunState::Succeeded);
}

// Jobs handed out one at a time and in lots, while the workers are busy and while they
// wait for more: each runs once, and a worker runs its jobs in the order given.
void TestPreparation::jobLineRunsEveryJobOnce()
{
    QThreadPool pool;
    pool.setMaxThreadCount(2);
    QMutex mutex;
    QList<int> ran;
    QHash<QThread *, QList<int>> byThread;
    auto job = [&](int number) {
        return [&, number] {
            QMutexLocker locker(&mutex);
            ran << number;
            byThread[QThread::currentThread()] << number;
        };
    };
    int next = 0;
    {
        JobLine line(pool, 2);
        for (int round = 0; round < 40; ++round) {
            const int lot = round % 4 == 0 ? 1 : round * 3;
            if (lot == 1) {
                line.start(job(next++));
            } else {
                QList<std::function<void()>> jobs;
                for (int i = 0; i < lot; ++i)
                    jobs << job(next++);
                line.start(std::move(jobs));
            }
            if (round % 3 == 0) // let the workers run dry and wait for more
                QThread::msleep(2);
        }
        line.start(QList<std::function<void()>>()); // nothing to start
        line.close();
        pool.waitForDone();
    }
    QCOMPARE(ran.size(), next);
    QList<int> sorted = ran;
    std::sort(sorted.begin(), sorted.end());
    for (int i = 0; i < next; ++i)
        QCOMPARE(sorted.at(i), i);
    for (const QList<int> &numbers : std::as_const(byThread))
        QVERIFY(std::is_sorted(numbers.cbegin(), numbers.cend()));
    QVERIFY(byThread.size() <= 2);
}

QTEST_GUILESS_MAIN(TestPreparation)
#include "tst_preparation.moc"
