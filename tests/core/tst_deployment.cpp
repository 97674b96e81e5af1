// Deploy All (seed 004) through the Environment facade, with the real compiler and
// real deployments: the skip rules, producers before consumers, locking only the
// modules being deployed, failure isolation with a real process holding a file,
// the re-run of the failures only, hold and resume without deploying anything twice.
#include "../helpers/lockerprocess.h"
#include "stepfactory.h"

#include "environment/environment.h"
#include "storage/database.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace osc;
using namespace osc::testing;

namespace {

const PlatformVersion v11_19{11, 19, 0};

QString decisions(const DeploymentPlan &plan)
{
    QStringList lines;
    for (const DeploymentDecision &decision : plan.modules)
        lines << decision.module
                + (decision.deploy ? QStringLiteral(" deploy") : QStringLiteral(" skip"));
    return lines.join(QStringLiteral("; "));
}

QString errorText(const Error &error)
{
    return error.fullText();
}

} // namespace

class TestDeployment : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void refusedBeforeItsPlatformVersion_data();
    void refusedBeforeItsPlatformVersion();
    void refusedWhileThePreparationHasNotEnded();
    void skipRules();
    void producersDeployBeforeConsumers_data();
    void producersDeployBeforeConsumers();
    void locksOnlyTheModulesBeingDeployed();
    void failureIsolationThenRerunOfTheFailuresOnly();
    void holdAndResumeDeployNothingTwice();
    void resumesARunWhoseProcessDied();

private:
    bool upgradeAndPrepare(const QString &factory, const PlatformVersion &to = v11_19);
    std::unique_ptr<Environment> openSecond();
    Result<ExecutionSummary> deploy(int workers,
                                    const std::function<void(const StepProgress &)> &progress = {});
    // How many deployments of the module's prepared (latest 11.19.0) compilation exist.
    int deploymentsOfLatest(const QString &module);
    QString runningFolder(const QString &module) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Environment> m_environment;
};

void TestDeployment::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    Result<std::unique_ptr<Environment>> created
        = Environment::create(m_dir->filePath(QStringLiteral("env")), PlatformVersion{11, 11, 0});
    QVERIFY2(created.ok(), qPrintable(created ? QString() : created.error().fullText()));
    m_environment = std::move(created.value());
}

void TestDeployment::cleanup()
{
    m_environment.reset();
    m_dir.reset();
}

bool TestDeployment::upgradeAndPrepare(const QString &factory, const PlatformVersion &to)
{
    if (!publishFactory(*m_environment, parseSpec(factory)))
        return false;
    Result<UpgradeOutcome> upgraded = m_environment->upgradePlatform(UpgradeRequest{to}, admin);
    if (!upgraded) {
        qWarning() << upgraded.error().fullText();
        return false;
    }
    PreparationOptions options;
    options.user = admin;
    options.workers = 2;
    Result<ExecutionSummary> prepared = m_environment->prepareModules(options);
    return prepared.ok() && isEnded(prepared->status);
}

std::unique_ptr<Environment> TestDeployment::openSecond()
{
    Result<std::unique_ptr<Environment>> opened
        = Environment::open(m_dir->filePath(QStringLiteral("env")));
    if (!opened)
        return {};
    return std::move(opened.value());
}

Result<ExecutionSummary>
TestDeployment::deploy(int workers, const std::function<void(const StepProgress &)> &progress)
{
    StepOptions options;
    options.user = admin;
    options.workers = workers;
    options.progressInterval = std::chrono::milliseconds(0);
    options.progress = progress;
    return m_environment->deployPreparedModules(options);
}

int TestDeployment::deploymentsOfLatest(const QString &module)
{
    Result<std::unique_ptr<Database>> db = Database::openSqlite(
        m_dir->filePath(QStringLiteral("env/environment.db")), Database::OpenMode::OpenExisting);
    if (!db)
        return -1;
    Result<QVariant> count = scalar(
        **db,
        QStringLiteral(
            "SELECT COUNT(*) FROM deployments WHERE compilation_id = (SELECT MAX(c.id) FROM "
            "compilations c JOIN module_versions v ON v.id = c.version_id JOIN modules m ON m.id = "
            "v.module_id WHERE m.name = ? AND c.platform_version = '11.19.0' AND c.status = "
            "'succeeded') AND state <> 'abandoned'"),
        {module});
    return count ? count->toInt() : -1;
}

QString TestDeployment::runningFolder(const QString &module) const
{
    return QFileInfo(m_dir->filePath(QStringLiteral("env/running/") + module)).canonicalFilePath();
}

void TestDeployment::refusedBeforeItsPlatformVersion_data()
{
    QTest::addColumn<PlatformVersion>("platform");
    QTest::newRow("11.11.0 (before the preparation)") << PlatformVersion{11, 11, 0};
    QTest::newRow("11.15.0 (progressive, no Deploy All)") << PlatformVersion{11, 15, 0};
}

void TestDeployment::refusedBeforeItsPlatformVersion()
{
    QFETCH(PlatformVersion, platform);
    QVERIFY(publishFactory(*m_environment, parseSpec(QStringLiteral("A; B<-A"))));
    if (platform != PlatformVersion{11, 11, 0})
        QVERIFY(m_environment->upgradePlatform(UpgradeRequest{platform, true, true}, admin));
    const QString expected
        = QStringLiteral("Platform version %1 has no Deploy All (it comes with 11.19.0): publish "
                         "the modules one at a time, or upgrade to 11.19.0 or later.")
              .arg(platform.toString());
    Result<DeploymentPlan> plan = m_environment->deploymentPlan();
    QVERIFY(!plan.ok());
    QCOMPARE(plan.error().code, ErrorCode::BadInput);
    QCOMPARE(plan.error().message, expected);
    Result<ExecutionSummary> run = deploy(2);
    QVERIFY(!run.ok());
    QCOMPARE(run.error().message, expected);
    Result<QList<ExecutionSummary>> executions = m_environment->executions();
    QVERIFY(executions.ok());
    QVERIFY(executions->isEmpty());
}

void TestDeployment::refusedWhileThePreparationHasNotEnded()
{
    QVERIFY(publishFactory(*m_environment, parseSpec(QStringLiteral("A; B<-A; C<-B; D<-C"))));
    QVERIFY(m_environment->upgradePlatform(UpgradeRequest{v11_19}, admin));
    std::unique_ptr<Environment> other = openSecond();
    bool asked = false;
    PreparationOptions options;
    options.user = admin;
    options.workers = 1;
    options.progressInterval = std::chrono::milliseconds(0);
    options.progress = [&](const StepProgress &progress) {
        if (!asked && progress.counts.succeeded >= 1)
            asked = other->holdStep(admin).ok();
    };
    Result<ExecutionSummary> held = m_environment->prepareModules(options);
    QVERIFY(held.ok());
    QCOMPARE(held->status, ExecutionStatus::OnHold);

    Result<DeploymentPlan> plan = m_environment->deploymentPlan();
    QVERIFY(!plan.ok());
    QCOMPARE(plan.error().code, ErrorCode::Conflict);
    QCOMPARE(plan.error().message,
             QStringLiteral("The modules preparation (execution %1) is on hold: Deploy All "
                            "deploys what it prepares. Resume it with 'scctl resume' and let it "
                            "finish, then deploy.")
                 .arg(held->id));
    QCOMPARE(deploy(2).error().code, ErrorCode::Conflict);
}

// Each rule of seed 004, one module each: prepared and not deployed (deploys);
// already deployed (published for 11.19.0 after the preparation); failed to prepare;
// never prepared (its producer failed); uploaded but never published.
void TestDeployment::skipRules()
{
    QVERIFY(upgradeAndPrepare(QStringLiteral("A; B<-A; X!<-A; Y<-X")));
    QVERIFY(m_environment->importDefinitions({moduleOf(QStringLiteral("N"), {}, false)}, admin));
    QVERIFY(m_environment->publish(QStringLiteral("B"), 0, admin).ok());

    Result<DeploymentPlan> plan = m_environment->deploymentPlan();
    QVERIFY2(plan.ok(), qPrintable(plan ? QString() : errorText(plan.error())));
    QCOMPARE(decisions(*plan), QStringLiteral("A deploy; B skip; N skip; X skip; Y skip"));
    QHash<QString, QString> reasons;
    for (const DeploymentDecision &decision : std::as_const(plan->modules))
        reasons.insert(decision.module, decision.reason);
    QCOMPARE(reasons.value(QStringLiteral("A")),
             QStringLiteral("Prepared for platform version 11.19.0 and not deployed yet."));
    QCOMPARE(reasons.value(QStringLiteral("B")),
             QStringLiteral("Already deployed: it runs its latest compilation for platform version "
                            "11.19.0."));
    QCOMPARE(reasons.value(QStringLiteral("X")),
             QStringLiteral("Its compilation for platform version 11.19.0 failed: fix the module "
                            "and publish it, or prepare it again."));
    QCOMPARE(reasons.value(QStringLiteral("Y")),
             QStringLiteral("Not prepared for platform version 11.19.0: run the modules "
                            "preparation, or publish it."));
    QCOMPARE(reasons.value(QStringLiteral("N")),
             QStringLiteral("Never published: there is nothing to deploy."));
    QCOMPARE(plan->summary(),
             QStringLiteral("Deploys 1 module(s) prepared for platform version 11.19.0. 4 "
                            "module(s) skipped."));
    const QString runningB = runningFolder(QStringLiteral("B"));
    const QString runningX = runningFolder(QStringLiteral("X"));

    Result<ExecutionSummary> run = deploy(2);
    QVERIFY2(run.ok(), qPrintable(run ? QString() : errorText(run.error())));
    QCOMPARE(run->status, ExecutionStatus::Succeeded);
    QCOMPARE(run->kind, ExecutionKind::Deployment);
    QCOMPARE(run->counts, (ExecutionCounts{5, 1, 0, 4, 0, 0}));
    QCOMPARE(run->message,
             QStringLiteral("Deploy All finished: 1 module(s) deployed for platform version "
                            "11.19.0."));
    Result<ExecutionDetail> detail = m_environment->execution(run->id);
    QVERIFY(detail.ok());
    QCOMPARE(eventLog(*detail),
             QStringLiteral("A succeeded; B skipped; N skipped; X skipped; Y skipped"));
    // A runs its prepared compilation; the skipped ones run what they ran.
    Result<ModuleDetail> a = m_environment->module(QStringLiteral("A"));
    QVERIFY(a.ok());
    QCOMPARE(a->summary.status, ModuleStatus::UpToDate);
    QCOMPARE(deploymentsOfLatest(QStringLiteral("A")), 1);
    QCOMPARE(runningFolder(QStringLiteral("B")), runningB);
    QCOMPARE(runningFolder(QStringLiteral("X")), runningX);

    // Again: nothing left to deploy, and it says so.
    Result<DeploymentPlan> after = m_environment->deploymentPlan();
    QVERIFY(after.ok());
    QCOMPARE(after->deployCount(), 0);
    Result<ExecutionSummary> again = deploy(2);
    QVERIFY(again.ok());
    QCOMPARE(again->status, ExecutionStatus::Succeeded);
    QCOMPARE(again->counts.succeeded, 0);
    QCOMPARE(again->previousId, run->id);
    QCOMPARE(deploymentsOfLatest(QStringLiteral("A")), 1);
}

void TestDeployment::producersDeployBeforeConsumers_data()
{
    QTest::addColumn<QString>("factory");
    QTest::addColumn<int>("workers");
    QTest::newRow("chain, one worker") << QStringLiteral("A; B<-A; C<-B; D<-C") << 1;
    QTest::newRow("diamond and fan-out, two workers")
        << QStringLiteral("A; B<-A; C<-A; D<-B,C; E<-A; F<-A; G<-D,E") << 2;
    QTest::newRow("a cycle deploys together, four workers")
        << QStringLiteral("A; B<-A,C; C<-B; D<-C; E") << 4;
}

void TestDeployment::producersDeployBeforeConsumers()
{
    QFETCH(QString, factory);
    QFETCH(int, workers);
    QVERIFY(upgradeAndPrepare(factory));
    Result<ExecutionSummary> run = deploy(workers);
    QVERIFY2(run.ok(), qPrintable(run ? QString() : errorText(run.error())));
    QCOMPARE(run->status, ExecutionStatus::Succeeded);
    const QList<Spec> specs = parseSpec(factory);
    QCOMPARE(run->counts.succeeded, int(specs.size()));
    Result<ExecutionDetail> detail = m_environment->execution(run->id);
    QVERIFY(detail.ok());
    QString why;
    QVERIFY2(producersFinishedFirst(*detail, specs, &why), qPrintable(why));
    for (const Spec &spec : specs) {
        QCOMPARE(deploymentsOfLatest(spec.name), 1);
        Result<ModuleDetail> module = m_environment->module(spec.name);
        QVERIFY(module.ok());
        QCOMPARE(module->summary.status, ModuleStatus::UpToDate);
    }
}

// While a module waits for a file another process holds, it is locked by the
// deployment (LOCKED naming Modules deployment), and a module that is not being
// deployed can be published meanwhile.
void TestDeployment::locksOnlyTheModulesBeingDeployed()
{
    QVERIFY(m_environment->config().setValue(EnvironmentConfig::fileRetrySeconds,
                                             QStringLiteral("20")));
    QVERIFY(upgradeAndPrepare(QStringLiteral("A; B<-A; C; D; E; F")));
    QVERIFY(m_environment->publish(QStringLiteral("F"), 0, admin).ok()); // deployed already
    m_environment = openSecond(); // the new file policy
    QVERIFY(m_environment);
    std::unique_ptr<Environment> other = openSecond();
    Locker locker;
    QVERIFY(
        locker.startLocked(QStringLiteral("posix"),
                           runningFolder(QStringLiteral("B")) + QStringLiteral("/settings.json")));

    QString refusal;
    bool publishedF = false;
    bool lockedOnlyRunning = true;
    QSet<QString> running;
    Result<ExecutionSummary> run = deploy(2, [&](const StepProgress &progress) {
        for (const ModuleStateChange &change : progress.changes) {
            if (change.state == ModuleRunState::Running)
                running.insert(change.module);
            else
                running.remove(change.module);
        }
        Result<QList<ModuleLock>> locks = other->locks();
        if (locks) {
            for (const ModuleLock &lock : std::as_const(*locks))
                lockedOnlyRunning = lockedOnlyRunning
                    && lock.kind == OperationKind::ModulesDeployment
                    && running.contains(lock.module);
        }
        if (!refusal.isEmpty() || !running.contains(QStringLiteral("B"))
            || progress.counts.pending > 1)
            return; // B alone is left: it waits for the file
        OperationOptions options;
        options.user = QStringLiteral("bob");
        Result<QList<PublishOutcome>> b
            = other->publish({PublishTarget{QStringLiteral("B"), 0}}, options);
        refusal = b ? QStringLiteral("published") : b.error().message;
        publishedF = other->publish({PublishTarget{QStringLiteral("F"), 0}}, options).ok();
        locker.release();
    });
    QVERIFY2(run.ok(), qPrintable(run ? QString() : errorText(run.error())));
    QCOMPARE(run->status, ExecutionStatus::Succeeded);
    QVERIFY2(refusal.contains(QStringLiteral("can't proceed because there is an ongoing Modules "
                                             "deployment, started by admin at")),
             qPrintable(refusal));
    QVERIFY2(refusal.endsWith(QStringLiteral("that is locking 'B' module.")), qPrintable(refusal));
    QVERIFY(publishedF);
    QVERIFY(lockedOnlyRunning);
    Result<QList<ModuleLock>> locks = m_environment->locks();
    QVERIFY(locks.ok());
    QVERIFY(locks->isEmpty());
}

// A module whose running files another process holds fails with FILE_IN_USE; the
// modules that do not depend on it deploy, its consumers are skipped. Once the file
// is free, the next run deploys exactly those, and says so up front.
void TestDeployment::failureIsolationThenRerunOfTheFailuresOnly()
{
    QVERIFY(
        m_environment->config().setValue(EnvironmentConfig::fileRetrySeconds, QStringLiteral("0")));
    QVERIFY(upgradeAndPrepare(QStringLiteral("A; B<-A; E<-B; C; D<-C")));
    m_environment = openSecond();
    QVERIFY(m_environment);
    Locker locker;
    QVERIFY(
        locker.startLocked(QStringLiteral("posix"),
                           runningFolder(QStringLiteral("B")) + QStringLiteral("/settings.json")));
    const QString runningB = runningFolder(QStringLiteral("B"));

    Result<ExecutionSummary> first = deploy(2);
    QVERIFY2(first.ok(), qPrintable(first ? QString() : errorText(first.error())));
    QCOMPARE(first->status, ExecutionStatus::FinishedWithErrors);
    QCOMPARE(first->message, QStringLiteral("There were errors deploying some modules."));
    QCOMPARE(first->counts, (ExecutionCounts{5, 3, 1, 1, 0, 0}));
    Result<ExecutionDetail> detail = m_environment->execution(first->id);
    QVERIFY(detail.ok());
    QCOMPARE(eventLog(*detail),
             QStringLiteral("A succeeded; B failed; C succeeded; D "
                            "succeeded; E skipped by B"));
    QCOMPARE(runningFolder(QStringLiteral("B")), runningB); // unchanged
    const auto b = std::find_if(
        detail->modules.cbegin(), detail->modules.cend(),
        [](const ExecutionModuleResult &module) { return module.module == QLatin1String("B"); });
    QVERIFY(b->reason.startsWith(QStringLiteral("Deploying 'B' version 1 failed: The process "
                                                "cannot access the file because it is being used "
                                                "by another process")));
    QVERIFY(b->errorId > 0);
    LogQuery query;
    query.module = QStringLiteral("B");
    Result<QList<ErrorLogEntry>> errors = m_environment->errors(query);
    QVERIFY(errors.ok());
    QVERIFY(!errors->isEmpty());
    QCOMPARE(errors->first().id, b->errorId);
    QCOMPARE(errors->first().step, QStringLiteral("deploy"));
    QCOMPARE(errors->first().operation, QStringLiteral("modules-deployment"));
    QVERIFY2(errors->first().detail.contains(QString::number(locker.pid())),
             qPrintable(errors->first().detail));

    locker.release();
    QVERIFY(locker.waitForExit());
    Result<DeploymentPlan> plan = m_environment->deploymentPlan();
    QVERIFY(plan.ok());
    QCOMPARE(plan->rerunOf, first->id);
    QCOMPARE(decisions(*plan), QStringLiteral("A skip; B deploy; C skip; D skip; E deploy"));
    QCOMPARE(plan->summary(),
             QStringLiteral("Deploys 2 module(s): the ones execution %1 did not deploy (a new run "
                            "deploys only what failed before). 3 module(s) skipped.")
                 .arg(first->id));
    Result<ExecutionSummary> second = deploy(2);
    QVERIFY(second.ok());
    QCOMPARE(second->status, ExecutionStatus::Succeeded);
    QCOMPARE(second->previousId, first->id);
    QCOMPARE(second->counts.succeeded, 2);
    for (const QString &module : {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"),
                                  QStringLiteral("D"), QStringLiteral("E")})
        QCOMPARE(deploymentsOfLatest(module), 1);
    // The first run is kept as it was.
    Result<ExecutionDetail> kept = m_environment->execution(first->id);
    QVERIFY(kept.ok());
    QCOMPARE(eventLog(*kept), eventLog(*detail));
}

void TestDeployment::holdAndResumeDeployNothingTwice()
{
    const QString factory = QStringLiteral("A; B<-A; C<-B; D<-C; E<-D; F; G");
    QVERIFY(upgradeAndPrepare(factory));
    std::unique_ptr<Environment> other = openSecond();
    bool asked = false;
    Result<ExecutionSummary> held = deploy(1, [&](const StepProgress &progress) {
        if (!asked && progress.counts.succeeded >= 2)
            asked = other->holdStep(QStringLiteral("bob")).ok();
    });
    QVERIFY(asked);
    QVERIFY2(held.ok(), qPrintable(held ? QString() : errorText(held.error())));
    QCOMPARE(held->status, ExecutionStatus::OnHold);
    QVERIFY(held->counts.pending > 0);
    QVERIFY(held->message.startsWith(QStringLiteral("The modules deployment is on hold")));
    Result<QList<ModuleLock>> locks = m_environment->locks();
    QVERIFY(locks.ok());
    QVERIFY(locks->isEmpty());
    Result<DeploymentPlan> plan = m_environment->deploymentPlan();
    QVERIFY(plan.ok());
    QCOMPARE(plan->resumes, held->id);
    QCOMPARE(plan->deployCount(), held->counts.pending);

    StepOptions options;
    options.user = admin;
    options.workers = 2;
    Result<ExecutionSummary> resumed = m_environment->resumeStep(options);
    QVERIFY2(resumed.ok(), qPrintable(resumed ? QString() : errorText(resumed.error())));
    QCOMPARE(resumed->id, held->id);
    QCOMPARE(resumed->status, ExecutionStatus::Succeeded);
    QCOMPARE(resumed->counts.succeeded, 7);
    for (const Spec &spec : parseSpec(factory))
        QCOMPARE(deploymentsOfLatest(spec.name), 1);
}

// A run whose process died (simulated: held, then its records put back as a dead
// process leaves them) is resumed by the next run. A pending module that runs a newer
// compilation by then (an operator published it) is not deployed again.
void TestDeployment::resumesARunWhoseProcessDied()
{
    const QString factory = QStringLiteral("A; B<-A; C<-B; D<-C; E");
    QVERIFY(upgradeAndPrepare(factory));
    std::unique_ptr<Environment> other = openSecond();
    bool asked = false;
    Result<ExecutionSummary> held = deploy(1, [&](const StepProgress &progress) {
        if (!asked && progress.counts.succeeded >= 1)
            asked = other->holdStep(admin).ok();
    });
    QVERIFY(held.ok());
    QCOMPARE(held->status, ExecutionStatus::OnHold);
    Result<ExecutionDetail> before = m_environment->execution(held->id);
    QVERIFY(before.ok());
    QString deployedMeanwhile; // pending in the execution, published by an operator
    for (const ExecutionModuleResult &module : std::as_const(before->modules))
        if (module.state == ModuleRunState::Pending && module.module != QLatin1String("E"))
            deployedMeanwhile = module.module;
    QVERIFY(!deployedMeanwhile.isEmpty());
    QVERIFY(other->publish(deployedMeanwhile, 0, admin).ok());
    const QString running = runningFolder(deployedMeanwhile);
    m_environment.reset();
    other.reset();
    {
        Result<std::unique_ptr<Database>> db
            = Database::openSqlite(m_dir->filePath(QStringLiteral("env/environment.db")),
                                   Database::OpenMode::OpenExisting);
        QVERIFY(db.ok());
        QVERIFY((*db)->write([&]() -> Result<void> {
            for (const QString &sql :
                 {QStringLiteral("UPDATE executions SET status = 'running' WHERE kind = "
                                 "'deployment'"),
                  QStringLiteral("UPDATE operations SET status = 'running', lease_expires_ms = 1 "
                                 "WHERE id = (SELECT operation_id FROM executions WHERE kind = "
                                 "'deployment')")}) {
                if (Result<QSqlQuery> done = (*db)->exec(sql); !done)
                    return done.error();
            }
            return {};
        }));
    }
    m_environment = openSecond();
    QVERIFY(m_environment);
    Result<ExecutionSummary> resumed = deploy(2);
    QVERIFY2(resumed.ok(), qPrintable(resumed ? QString() : errorText(resumed.error())));
    QCOMPARE(resumed->id, held->id);
    QCOMPARE(resumed->status, ExecutionStatus::Succeeded);
    QCOMPARE(runningFolder(deployedMeanwhile), running); // not deployed again
    Result<ExecutionDetail> detail = m_environment->execution(resumed->id);
    QVERIFY(detail.ok());
    QCOMPARE(eventLog(*detail),
             QStringLiteral("A succeeded; B succeeded; C succeeded; D "
                            "succeeded; E succeeded"));
}

QTEST_GUILESS_MAIN(TestDeployment)
#include "tst_deployment.moc"
