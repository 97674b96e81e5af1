// Administration > Platform Upgrade against real environments in temporary folders,
// with real worker threads (and a real scctl process): the upgrade, the modules
// preparation with its live progress, hold and resume, runs of other processes, the
// resume of a run whose process died, and the refusals.

#include "../helpers/deadrun.h"

#include "common/lockrefusaldialog.h"
#include "domain/messages.h"
#include "mainwindow.h"
#include "uitestsupport.h"
#include "upgrade/platformupgradepage.h"
#include "upgrade/upgradepreviewpanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QMessageBox>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace osc;

namespace {

constexpr int runTimeout = 120000; // a preparation, on a loaded machine
constexpr int stepTimeout = 30000;
const PlatformVersion v11_11{11, 11, 0};
const PlatformVersion v11_12{11, 12, 0};
// The slow compiler: each module takes this long, so that a run can be watched and held.
const QString slowCompiler = QStringLiteral("sleep 1");

QString errorText(const Result<void> &result)
{
    return result ? QString() : result.error().fullText();
}

} // namespace

class TestPlatformUpgradePage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void targetsAreTheInstalledNewerVersions_data();
    void targetsAreTheInstalledNewerVersions();
    void previewSaysWhatTheUpgradeWillDo();
    void upgradeFromThePagePreparesTheModules();
    void upgradeWithoutPreparationSaysWhy();
    void holdThenResumeFromThePage();
    void followsAPreparationOfAnotherProcessLive();
    void resumesARunWhoseProcessDied();
    void statusBarFollowsAnUpgradeDoneElsewhere();
    void destroyingThePageHoldsItsPreparation();
    void quittingWhileItRunsAsksThenHolds();
    void lockedPreparationShowsTheLockRefusal();
    void upgradeRefusedWhileAModuleIsLocked();
    void failedStepSaysWhyAndInstallFixesIt();

private:
    // The small factory (four modules, published at 11.11.0), upgraded to 11.12.0
    // without the preparation; `compiler` replaces the built-in compiler when set.
    std::unique_ptr<Environment> preparedFactory(const QTemporaryDir &dir,
                                                 const QString &compiler = QString());
    std::unique_ptr<PlatformUpgradePage> openPage(const QString &dataDir);
    static QPushButton *button(PlatformUpgradePage &page, const char *name);
    static QString text(PlatformUpgradePage &page, const char *name);
    static PreparationJobResult lastResult(const QSignalSpy &spy);
};

void TestPlatformUpgradePage::initTestCase()
{
    testing::isolateSettings();
}

std::unique_ptr<Environment> TestPlatformUpgradePage::preparedFactory(const QTemporaryDir &dir,
                                                                      const QString &compiler)
{
    QString error;
    std::unique_ptr<Environment> environment = testing::createSmallFactory(dir.path(), &error);
    if (!environment) {
        qWarning("%s", qPrintable(error));
        return nullptr;
    }
    const Result<UpgradeOutcome> upgraded
        = environment->upgradePlatform(UpgradeRequest{v11_12, true, true}, testing::testUser);
    if (!upgraded) {
        qWarning("%s", qPrintable(upgraded.error().fullText()));
        return nullptr;
    }
    if (!compiler.isEmpty()) {
        if (const Result<void> set
            = environment->config().setValue(EnvironmentConfig::compilerCommand, compiler);
            !set) {
            qWarning("%s", qPrintable(errorText(set)));
            return nullptr;
        }
    }
    return environment;
}

std::unique_ptr<PlatformUpgradePage> TestPlatformUpgradePage::openPage(const QString &dataDir)
{
    auto page = std::make_unique<PlatformUpgradePage>(dataDir, testing::testUser);
    page->setPollInterval(std::chrono::milliseconds(100));
    page->resize(1000, 760);
    page->show();
    return page;
}

QPushButton *TestPlatformUpgradePage::button(PlatformUpgradePage &page, const char *name)
{
    auto *found = page.findChild<QPushButton *>(QLatin1String(name));
    if (!found)
        qFatal("no button %s", name);
    return found;
}

QString TestPlatformUpgradePage::text(PlatformUpgradePage &page, const char *name)
{
    auto *found = page.findChild<QLabel *>(QLatin1String(name));
    if (!found)
        qFatal("no label %s", name);
    return found->text();
}

PreparationJobResult TestPlatformUpgradePage::lastResult(const QSignalSpy &spy)
{
    return spy.last().at(0).value<PreparationJobResult>();
}

void TestPlatformUpgradePage::targetsAreTheInstalledNewerVersions_data()
{
    QTest::addColumn<QString>("current");
    QTest::addColumn<QStringList>("targets");

    QTest::newRow("10.0.0 -> every 11.x")
        << "10.0.0" << QStringList{"11.11.0", "11.12.0", "11.15.0", "11.19.0"};
    QTest::newRow("11.11.0 -> the three newer ones")
        << "11.11.0" << QStringList{"11.12.0", "11.15.0", "11.19.0"};
    QTest::newRow("11.15.0 -> 11.19.0 only") << "11.15.0" << QStringList{"11.19.0"};
    QTest::newRow("11.19.0 -> none: the empty state") << "11.19.0" << QStringList{};
}

void TestPlatformUpgradePage::targetsAreTheInstalledNewerVersions()
{
    QFETCH(QString, current);
    QFETCH(QStringList, targets);
    QTemporaryDir dir;
    QVERIFY(Environment::create(dir.path(), *PlatformVersion::parse(current)).ok());

    auto page = openPage(dir.path());
    QTRY_VERIFY_WITH_TIMEOUT(page->snapshot().has_value(), stepTimeout);
    QCOMPARE(text(*page, "currentPlatform"), current);
    auto *combo = page->findChild<QComboBox *>(QStringLiteral("targetCombo"));
    QStringList shown;
    for (int i = 0; i < combo->count(); ++i)
        shown << combo->itemText(i);
    QCOMPARE(shown, targets);
    auto *empty = page->findChild<QLabel *>(QStringLiteral("noTargetsLabel"));
    QCOMPARE(empty->isVisible(), targets.isEmpty());
    QCOMPARE(combo->isVisible(), !targets.isEmpty());
    QCOMPARE(empty->text(),
             QStringLiteral("This environment runs the newest installed platform "
                            "version."));
    QCOMPARE(button(*page, "upgradeButton")->isVisible(), !targets.isEmpty());
    if (!targets.isEmpty()) // the newest is offered first
        QCOMPARE(combo->currentText(), targets.constLast());
}

// Before the upgrade, the page shows core's preview of the selected target: how many
// modules the preparation compiles, the new features, and each call of a removed API;
// it follows the target and the options, and the confirmation repeats the count.
void TestPlatformUpgradePage::previewSaysWhatTheUpgradeWillDo()
{
    QTemporaryDir dir;
    QString error;
    std::unique_ptr<Environment> environment
        = testing::createDemoEnvironment(dir.path(), 150, &error);
    QVERIFY2(environment, qPrintable(error));
    const Result<UpgradePreview> expected
        = environment->upgradePreview(UpgradeRequest{PlatformVersion{11, 12, 0}});
    QVERIFY(expected.ok());
    QVERIFY(expected->modulesUsingRemovedApis() > 0);

    auto page = openPage(dir.path());
    QTRY_VERIFY_WITH_TIMEOUT(page->snapshot().has_value(), stepTimeout);
    auto *combo = page->findChild<QComboBox *>(QStringLiteral("targetCombo"));
    combo->setCurrentIndex(combo->findText(QStringLiteral("11.12.0")));
    UpgradePreviewPanel *panel = page->previewPanel();
    QTRY_VERIFY_WITH_TIMEOUT(panel->preview() && panel->preview()->plan.to == expected->plan.to,
                             stepTimeout);
    QCOMPARE(panel->preview()->removedApiUses, expected->removedApiUses);
    QCOMPARE(panel->preview()->modulesToPrepare, expected->modulesToPrepare);
    const QString summary = panel->summaryText();
    QVERIFY2(summary.startsWith(QStringLiteral("The modules preparation will compile %1 module(s) "
                                               "with platform version 11.12.0, without deploying "
                                               "them.")
                                    .arg(expected->modulesToPrepare)),
             qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("New with platform version 11.12.0:\n\u2022 Modules "
                                             "preparation")),
             qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("%1 module(s) call APIs that platform version "
                                             "11.12.0 removed")
                                  .arg(expected->modulesUsingRemovedApis())),
             qPrintable(summary));
    QTreeWidget *list = panel->removedApiList();
    QCOMPARE(list->topLevelItemCount(), int(expected->removedApiUses.size()));
    QVERIFY(list->isVisible());
    const RemovedApiUse &first = expected->removedApiUses.constFirst();
    const QList<QTreeWidgetItem *> found = list->findItems(first.module, Qt::MatchExactly, 0);
    QVERIFY(!found.isEmpty());
    QCOMPARE(found.first()->text(3), first.api);
    QCOMPARE(found.first()->text(4), QStringLiteral("11.12.0"));

    // Skipping the preparation: the preview says so, in the upgrade's own words.
    page->findChild<QCheckBox *>(QStringLiteral("skipPreparationCheck"))->setChecked(true);
    QTRY_VERIFY_WITH_TIMEOUT(panel->preview() && !panel->preview()->plan.prepare, stepTimeout);
    QVERIFY2(panel->summaryText().startsWith(
                 QStringLiteral("The modules preparation was skipped: every module must be "
                                "published again.")),
             qPrintable(panel->summaryText()));
    page->findChild<QCheckBox *>(QStringLiteral("skipPreparationCheck"))->setChecked(false);
    QTRY_VERIFY_WITH_TIMEOUT(panel->preview() && panel->preview()->plan.prepare, stepTimeout);

    // The confirmation repeats what matters most.
    QTest::mouseClick(button(*page, "upgradeButton"), Qt::LeftButton);
    QMessageBox *confirm = nullptr;
    QTRY_VERIFY(confirm = testing::visibleTopLevel<QMessageBox>("confirmUpgradeDialog"));
    QVERIFY2(confirm->informativeText().contains(
                 QStringLiteral("%1 module(s) call APIs that platform version 11.12.0 removed: "
                                "they fail to compile until they are changed and published "
                                "again.")
                     .arg(expected->modulesUsingRemovedApis())),
             qPrintable(confirm->informativeText()));
    QVERIFY(testing::clickButton(confirm, QStringLiteral("cancelUpgradeButton")));
    QCOMPARE(environment->platformVersion(), PlatformVersion(11, 11, 0));
}

void TestPlatformUpgradePage::upgradeFromThePagePreparesTheModules()
{
    QTemporaryDir dir;
    QString error;
    std::unique_ptr<Environment> environment
        = testing::createDemoEnvironment(dir.path(), 150, &error);
    QVERIFY2(environment, qPrintable(error));

    auto page = openPage(dir.path());
    QSignalSpy finished(page.get(), &PlatformUpgradePage::jobFinished);
    QTRY_VERIFY_WITH_TIMEOUT(page->snapshot().has_value(), stepTimeout);
    QCOMPARE(page->statusHeadline(),
             QStringLiteral("Platform version 11.11.0 has no modules "
                            "preparation."));
    QVERIFY(!button(*page, "prepareButton")->isEnabled());
    auto *combo = page->findChild<QComboBox *>(QStringLiteral("targetCombo"));
    combo->setCurrentIndex(combo->findText(QStringLiteral("11.12.0")));

    // The confirmation says what will happen.
    QTest::mouseClick(button(*page, "upgradeButton"), Qt::LeftButton);
    QMessageBox *confirm = nullptr;
    QTRY_VERIFY(confirm = testing::visibleTopLevel<QMessageBox>("confirmUpgradeDialog"));
    QCOMPARE(confirm->text(),
             QStringLiteral("Upgrade the environment from platform version 11.11.0 to 11.12.0?"));
    QVERIFY2(confirm->informativeText().contains(QStringLiteral("system components 11.12.0.3 are "
                                                                "installed")),
             qPrintable(confirm->informativeText()));
    QVERIFY2(confirm->informativeText().contains(QStringLiteral("the modules preparation starts")),
             qPrintable(confirm->informativeText()));
    QVERIFY(testing::clickButton(confirm, QStringLiteral("confirmUpgradeButton")));

    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, runTimeout);
    const PreparationJobResult result = lastResult(finished);
    QVERIFY(result.upgraded && result.upgraded->prepare);
    QVERIFY2(result.succeeded(), qPrintable(result.error ? result.error->fullText() : QString()));
    QVERIFY(result.execution);
    QCOMPARE(result.execution->status, ExecutionStatus::FinishedWithErrors);

    // The page shows the catalogue message and the counts of the execution's row.
    QCOMPARE(page->statusHeadline(), messages::prepSomeFailed());
    QCOMPARE(page->statusHeadline(), QStringLiteral("There were errors preparing some modules."));
    Result<QList<ExecutionSummary>> executions = environment->executions();
    QVERIFY(executions.ok());
    QCOMPARE(executions->size(), 1);
    const ExecutionSummary first = executions->constFirst();
    QCOMPARE(first.id, result.execution->id);
    QVERIFY(first.counts.failed > 0 && first.counts.skipped > 0);
    QCOMPARE(first.counts.pending, 0);
    QCOMPARE(page->shownCounts(), first.counts);
    QCOMPARE(text(*page, "preparedCount"), QString::number(first.counts.succeeded));
    QCOMPARE(text(*page, "failedCount"), QString::number(first.counts.failed));
    QCOMPARE(text(*page, "skippedCount"), QString::number(first.counts.skipped));
    QCOMPARE(text(*page, "pendingCount"), QStringLiteral("0"));
    QCOMPARE(text(*page, "totalCount"), QString::number(first.counts.total));
    auto *progress = page->findChild<QProgressBar *>(QStringLiteral("preparationProgress"));
    QCOMPARE(progress->maximum(), first.counts.total);
    QCOMPARE(progress->value(), first.counts.total);
    QTRY_COMPARE(text(*page, "currentPlatform"), QStringLiteral("11.12.0"));
    // Every failed and skipped module is listed, once the poll read them.
    auto *problems = page->findChild<QTreeWidget *>(QStringLiteral("problemsTable"));
    QTRY_COMPARE_WITH_TIMEOUT(problems->topLevelItemCount(),
                              first.counts.failed + first.counts.skipped, stepTimeout);
    QVERIFY(problems->isVisible());
    QCOMPARE(problems->topLevelItem(0)->text(1), QStringLiteral("Failed"));
    QVERIFY(button(*page, "prepareButton")->isEnabled());
    QVERIFY(!button(*page, "holdButton")->isEnabled());
    QVERIFY(!button(*page, "resumeButton")->isEnabled());
    QVERIFY(!button(*page, "installComponentsButton")->isEnabled());

    // Prepare again: a new run of only the failed and skipped modules.
    QTest::mouseClick(button(*page, "prepareButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, runTimeout);
    const PreparationJobResult rerun = lastResult(finished);
    QVERIFY(rerun.execution);
    QCOMPARE(rerun.execution->previousId, first.id);
    QCOMPARE(rerun.execution->counts.total, first.counts.failed + first.counts.skipped);
    executions = environment->executions();
    QVERIFY(executions.ok());
    QCOMPARE(executions->size(), 2);
    QCOMPARE(page->shownCounts(), executions->constFirst().counts);
    QCOMPARE(page->statusHeadline(), executions->constFirst().message);
}

void TestPlatformUpgradePage::upgradeWithoutPreparationSaysWhy()
{
    QTemporaryDir dir;
    QString error;
    QVERIFY2(testing::createSmallFactory(dir.path(), &error), qPrintable(error));
    auto page = openPage(dir.path());
    QSignalSpy finished(page.get(), &PlatformUpgradePage::jobFinished);
    QTRY_VERIFY_WITH_TIMEOUT(page->snapshot().has_value(), stepTimeout);

    QVERIFY(page->upgrade(v11_12, true, false));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, stepTimeout);
    const PreparationJobResult result = lastResult(finished);
    QVERIFY(result.upgraded);
    QVERIFY(!result.upgraded->prepare);
    QVERIFY(!result.execution);
    QTRY_COMPARE(text(*page, "currentPlatform"), QStringLiteral("11.12.0"));
    QCOMPARE(page->statusHeadline(),
             QStringLiteral("The modules have not been prepared for platform version 11.12.0."));
    QVERIFY2(page->statusDetail().contains(result.upgraded->noPreparationReason),
             qPrintable(page->statusDetail()));
    QVERIFY(button(*page, "prepareButton")->isEnabled());
    auto *combo = page->findChild<QComboBox *>(QStringLiteral("targetCombo"));
    QTRY_COMPARE(combo->count(), 2); // 11.15.0 and 11.19.0
    QCOMPARE(combo->itemText(0), QStringLiteral("11.15.0"));
}

void TestPlatformUpgradePage::holdThenResumeFromThePage()
{
    QTemporaryDir dir;
    std::unique_ptr<Environment> environment = preparedFactory(dir, slowCompiler);
    QVERIFY(environment);
    auto page = openPage(dir.path());
    QSignalSpy finished(page.get(), &PlatformUpgradePage::jobFinished);
    QTRY_VERIFY_WITH_TIMEOUT(button(*page, "prepareButton")->isEnabled(), stepTimeout);
    QVERIFY(!button(*page, "holdButton")->isEnabled());
    QVERIFY(!button(*page, "resumeButton")->isEnabled());

    QTest::mouseClick(button(*page, "prepareButton"), Qt::LeftButton);
    QVERIFY(page->isPreparing());
    QVERIFY(!button(*page, "prepareButton")->isEnabled());
    QVERIFY(!button(*page, "upgradeButton")->isEnabled());
    // Live: the producer every other module needs compiles first.
    QTRY_VERIFY_WITH_TIMEOUT(text(*page, "compilingNow").contains(QStringLiteral("Foundation_Lib")),
                             stepTimeout);
    QCOMPARE(page->statusHeadline(),
             QStringLiteral("Preparing the modules for platform version 11.12.0\u2026"));
    QCOMPARE(page->shownCounts().total, 4);
    QVERIFY(button(*page, "holdButton")->isEnabled());

    QTest::mouseClick(button(*page, "holdButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, runTimeout);
    PreparationJobResult result = lastResult(finished);
    QVERIFY(result.execution);
    QCOMPARE(result.execution->status, ExecutionStatus::OnHold);
    const qint64 id = result.execution->id;
    QVERIFY(result.execution->counts.pending > 0);
    QCOMPARE(page->statusHeadline(), QStringLiteral("The modules preparation is on hold."));
    QVERIFY(button(*page, "resumeButton")->isEnabled());
    QVERIFY(!button(*page, "prepareButton")->isEnabled());
    QVERIFY(!button(*page, "holdButton")->isEnabled());

    QTest::mouseClick(button(*page, "resumeButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, runTimeout);
    result = lastResult(finished);
    QVERIFY(result.execution);
    QCOMPARE(result.execution->id, id); // the same execution, resumed
    QCOMPARE(result.execution->status, ExecutionStatus::Succeeded);
    QCOMPARE(result.execution->counts.succeeded, 4);
    const Result<QList<ExecutionSummary>> executions = environment->executions();
    QVERIFY(executions.ok());
    QCOMPARE(executions->size(), 1);
    QCOMPARE(page->statusHeadline(), executions->constFirst().message);
    QCOMPARE(page->shownCounts(), executions->constFirst().counts);
}

void TestPlatformUpgradePage::followsAPreparationOfAnotherProcessLive()
{
    QTemporaryDir dir;
    QVERIFY(preparedFactory(dir, slowCompiler));
    auto page = openPage(dir.path());
    QSignalSpy finished(page.get(), &PlatformUpgradePage::jobFinished);
    QTRY_VERIFY_WITH_TIMEOUT(page->snapshot().has_value(), stepTimeout);

    QProcess scctl;
    scctl.setProcessChannelMode(QProcess::MergedChannels);
    scctl.start(QStringLiteral(OSC_SCCTL_PATH),
                {QStringLiteral("--env"), dir.path(), QStringLiteral("--user"),
                 QStringLiteral("ci-bot"), QStringLiteral("upgrade-published-applications")});
    QVERIFY(scctl.waitForStarted());
    const QString pid = QString::number(scctl.processId());

    // Shown live, naming the process that runs it.
    QTRY_VERIFY_WITH_TIMEOUT(page->statusDetail().contains(QStringLiteral("process ") + pid),
                             stepTimeout);
    QCOMPARE(page->statusHeadline(),
             QStringLiteral("Preparing the modules for platform version 11.12.0\u2026"));
    QVERIFY(!page->isPreparing());
    QVERIFY(!button(*page, "prepareButton")->isEnabled());
    QVERIFY(!button(*page, "upgradeButton")->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(page->shownCounts().succeeded >= 1, runTimeout);
    QCOMPARE(page->shownCounts().total, 4);
    QVERIFY(button(*page, "holdButton")->isEnabled());

    // Held from the page: the other process holds and ends.
    QTest::mouseClick(button(*page, "holdButton"), Qt::LeftButton);
    QVERIFY(scctl.waitForFinished(runTimeout));
    QTRY_COMPARE_WITH_TIMEOUT(page->statusHeadline(),
                              QStringLiteral("The modules preparation is on hold."), stepTimeout);
    const qint64 id = page->snapshot()->preparation->id;

    // Resumed from the page: this window runs the rest.
    QTRY_VERIFY(button(*page, "resumeButton")->isEnabled());
    QTest::mouseClick(button(*page, "resumeButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, runTimeout);
    const PreparationJobResult result = lastResult(finished);
    QVERIFY2(result.succeeded(), qPrintable(result.error ? result.error->fullText() : QString()));
    QCOMPARE(result.execution->id, id);
    QCOMPARE(result.execution->status, ExecutionStatus::Succeeded);
    QCOMPARE(result.execution->counts.succeeded, 4);
    QCOMPARE(result.execution->startedBy, QStringLiteral("ci-bot"));
}

void TestPlatformUpgradePage::resumesARunWhoseProcessDied()
{
    QTemporaryDir dir;
    std::unique_ptr<Environment> environment = preparedFactory(dir, slowCompiler);
    QVERIFY(environment);
    // A run held after its first module, then made to look as its process died while
    // it ran: still running, its lease long expired, a module left half-compiled.
    Result<std::unique_ptr<Environment>> other = Environment::open(dir.path());
    QVERIFY(other.ok());
    bool asked = false;
    PreparationOptions options;
    options.user = testing::testUser;
    options.progressInterval = std::chrono::milliseconds(0);
    options.progress = [&](const StepProgress &progress) {
        if (!asked && progress.counts.succeeded >= 1)
            asked = (*other)->holdStep(testing::testUser).ok();
    };
    const Result<ExecutionSummary> held = environment->prepareModules(options);
    QVERIFY2(held.ok(), qPrintable(held ? QString() : held.error().fullText()));
    QCOMPARE(held->status, ExecutionStatus::OnHold);
    QVERIFY(held->counts.pending > 0);
    environment.reset();
    other.value().reset();
    // The process died while it worked on a module (the first pending one).
    const Result<QString> died = testing::makeDeadRun(DataFolder(dir.path()).databaseFile());
    QVERIFY2(died.ok(), qPrintable(died ? QString() : died.error().fullText()));

    // The page finds it without a holder and resumes it by itself, to the end.
    auto page = openPage(dir.path());
    QSignalSpy finished(page.get(), &PlatformUpgradePage::jobFinished);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, runTimeout);
    const PreparationJobResult result = lastResult(finished);
    QVERIFY(result.request.automatic);
    QCOMPARE(result.request.kind, PreparationRequest::Kind::Resume);
    QVERIFY2(result.succeeded(), qPrintable(result.error ? result.error->fullText() : QString()));
    QCOMPARE(result.execution->id, held->id);
    QCOMPARE(result.execution->status, ExecutionStatus::Succeeded);
    QCOMPARE(page->statusHeadline(), result.execution->message);
    QVERIFY2(page->statusDetail().contains(
                 QStringLiteral("(execution %1) ended: this window resumed it where it stopped.")
                     .arg(held->id)),
             qPrintable(page->statusDetail()));

    Result<std::unique_ptr<Environment>> reopened = Environment::open(dir.path());
    QVERIFY(reopened.ok());
    const Result<ExecutionDetail> detail = (*reopened)->execution(held->id);
    QVERIFY(detail.ok());
    QCOMPARE(detail->modules.size(), 4);
    for (const ExecutionModuleResult &module : detail->modules)
        QVERIFY2(module.state == ModuleRunState::Succeeded, qPrintable(module.module));
    // Once: a few more polls start nothing else.
    QSignalSpy polled(page.get(), &PlatformUpgradePage::polled);
    QTRY_VERIFY_WITH_TIMEOUT(polled.size() >= 3, stepTimeout);
    QCOMPARE(finished.size(), 1);
    QVERIFY(!page->isBusy());
}

void TestPlatformUpgradePage::statusBarFollowsAnUpgradeDoneElsewhere()
{
    QTemporaryDir dir;
    QString error;
    QVERIFY2(testing::createSmallFactory(dir.path(), &error), qPrintable(error));
    MainWindow window(dir.path(), testing::testUser);
    window.show();
    auto *platform = window.statusBar()->findChild<QLabel *>(QStringLiteral("platformVersion"));
    QTRY_COMPARE_WITH_TIMEOUT(platform->text(), QStringLiteral("Platform 11.11.0"), stepTimeout);

    Result<std::unique_ptr<Environment>> other = Environment::open(dir.path());
    QVERIFY(other.ok());
    QVERIFY(
        (*other)->upgradePlatform(UpgradeRequest{v11_12, true, true}, QStringLiteral("ci-bot")));
    QTRY_COMPARE_WITH_TIMEOUT(platform->text(), QStringLiteral("Platform 11.12.0"), stepTimeout);
    QCOMPARE(window.platformUpgradePage()->snapshot()->platformVersion, v11_12);

    // Upgraded without its system components, then installed from elsewhere: the
    // page follows both.
    QVERIFY((*other)->upgradePlatform(UpgradeRequest{PlatformVersion{11, 15, 0}, false, true},
                                      QStringLiteral("ci-bot")));
    auto *components
        = window.platformUpgradePage()->findChild<QLabel *>(QStringLiteral("systemComponents"));
    QVERIFY(components);
    QTRY_VERIFY_WITH_TIMEOUT(components->text().contains(QLatin1String("11.15.0.6")), stepTimeout);
    QVERIFY(components->text().startsWith(QLatin1String("11.12.0.3")));
    QVERIFY((*other)->installSystemComponents(QStringLiteral("ci-bot")));
    QTRY_COMPARE_WITH_TIMEOUT(components->text(), QStringLiteral("11.15.0.6"), stepTimeout);
}

void TestPlatformUpgradePage::destroyingThePageHoldsItsPreparation()
{
    QTemporaryDir dir;
    std::unique_ptr<Environment> environment = preparedFactory(dir, slowCompiler);
    QVERIFY(environment);
    auto page = openPage(dir.path());
    QTRY_VERIFY_WITH_TIMEOUT(button(*page, "prepareButton")->isEnabled(), stepTimeout);
    QVERIFY(page->prepareModules());
    QTRY_VERIFY_WITH_TIMEOUT(button(*page, "holdButton")->isEnabled(), stepTimeout);
    page.reset();

    const Result<QList<ExecutionSummary>> executions = environment->executions();
    QVERIFY(executions.ok());
    QCOMPARE(executions->size(), 1);
    QCOMPARE(executions->constFirst().status, ExecutionStatus::OnHold);
    QVERIFY(executions->constFirst().counts.pending > 0);
    const Result<QList<ModuleLock>> locks = environment->locks();
    QVERIFY(locks.ok());
    QVERIFY(locks->isEmpty());
}

void TestPlatformUpgradePage::quittingWhileItRunsAsksThenHolds()
{
    QTemporaryDir dir;
    std::unique_ptr<Environment> environment = preparedFactory(dir, slowCompiler);
    QVERIFY(environment);
    auto window = std::make_unique<MainWindow>(dir.path(), testing::testUser);
    window->show();
    PlatformUpgradePage *page = window->platformUpgradePage();
    QTRY_VERIFY_WITH_TIMEOUT(button(*page, "prepareButton")->isEnabled(), stepTimeout);
    QVERIFY(page->prepareModules());
    QTRY_VERIFY_WITH_TIMEOUT(button(*page, "holdButton")->isEnabled(), stepTimeout);

    // Keep Running: nothing changes.
    QVERIFY(!window->close());
    QWidget *ask = nullptr;
    QTRY_VERIFY(ask = testing::visibleTopLevel("confirmQuitDialog"));
    QVERIFY(testing::clickButton(ask, QStringLiteral("keepRunningButton")));
    QVERIFY(window->isVisible());
    QVERIFY(page->isPreparing());

    // Hold and Quit: the window closes, and the run holds when the window goes.
    QVERIFY(!window->close());
    QTRY_VERIFY(ask = testing::visibleTopLevel("confirmQuitDialog"));
    QVERIFY(testing::clickButton(ask, QStringLiteral("holdAndQuitButton")));
    QTRY_VERIFY(!window->isVisible());
    window.reset();
    const Result<QList<ExecutionSummary>> executions = environment->executions();
    QVERIFY(executions.ok());
    QCOMPARE(executions->constFirst().status, ExecutionStatus::OnHold);
}

void TestPlatformUpgradePage::lockedPreparationShowsTheLockRefusal()
{
    QTemporaryDir dir;
    QVERIFY(preparedFactory(dir));
    testing::OtherHolder other(dir.path(), std::chrono::minutes(5));
    QVERIFY(other.hold(OperationKind::Publish, QStringLiteral("alice"),
                       {QStringLiteral("Orders_Core")}));
    auto page = openPage(dir.path());
    QSignalSpy finished(page.get(), &PlatformUpgradePage::jobFinished);
    QTRY_VERIFY_WITH_TIMEOUT(page->snapshot().has_value(), stepTimeout);

    QVERIFY(page->prepareModules());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, stepTimeout);
    const PreparationJobResult result = lastResult(finished);
    QVERIFY(result.error);
    QCOMPARE(result.error->code, ErrorCode::Locked);
    LockRefusalDialog *refusal = nullptr;
    QTRY_VERIFY(refusal = testing::visibleTopLevel<LockRefusalDialog>("lockRefusalDialog"));
    QCOMPARE(refusal->message(), result.error->message);
    QVERIFY2(refusal->message().startsWith(
                 QStringLiteral("The Modules upgrade started by Compiler Service at ")),
             qPrintable(refusal->message()));
    QVERIFY2(refusal->message().endsWith(
                 QStringLiteral("can't proceed because there is an ongoing 1-Click Publish, "
                                "started by alice at %1, that is locking 'Orders_Core' module.")
                     .arg(messages::formatTime(other.ticket().startedAt))),
             qPrintable(refusal->message()));
    QVERIFY(!refusal->findChild<QPushButton *>(QStringLiteral("waitButton"))->isVisible());

    // Once the module is free, Try Again runs it.
    other.release();
    QVERIFY(testing::clickButton(refusal, QStringLiteral("tryAgainButton")));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, runTimeout);
    QVERIFY(lastResult(finished).execution);
    QCOMPARE(lastResult(finished).execution->status, ExecutionStatus::Succeeded);
}

void TestPlatformUpgradePage::upgradeRefusedWhileAModuleIsLocked()
{
    QTemporaryDir dir;
    QString error;
    QVERIFY2(testing::createSmallFactory(dir.path(), &error), qPrintable(error));
    testing::OtherHolder other(dir.path(), std::chrono::minutes(5));
    QVERIFY(other.hold(OperationKind::Publish, QStringLiteral("alice"),
                       {QStringLiteral("Billing_Core")}));
    auto page = openPage(dir.path());
    QSignalSpy finished(page.get(), &PlatformUpgradePage::jobFinished);
    QTRY_VERIFY_WITH_TIMEOUT(page->snapshot().has_value(), stepTimeout);

    QVERIFY(page->upgrade(v11_12, false, false));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, stepTimeout);
    const PreparationJobResult result = lastResult(finished);
    QVERIFY(result.error);
    QCOMPARE(result.error->code, ErrorCode::Conflict);
    QVERIFY(!result.upgraded);
    QMessageBox *box = nullptr;
    QTRY_VERIFY(box = testing::visibleTopLevel<QMessageBox>("upgradeErrorDialog"));
    QCOMPARE(box->windowTitle(), QStringLiteral("Platform Not Upgraded"));
    QCOMPARE(box->text(), result.error->message);
    QVERIFY2(box->text().contains(QStringLiteral("'Billing_Core'")), qPrintable(box->text()));
    QCOMPARE(box->detailedText(), result.error->detail);
    QVERIFY(testing::clickButton(box, QStringLiteral("closeErrorButton")));
    QCOMPARE(text(*page, "currentPlatform"), QStringLiteral("11.11.0"));
    other.release();
}

void TestPlatformUpgradePage::failedStepSaysWhyAndInstallFixesIt()
{
    QTemporaryDir dir;
    QString error;
    QVERIFY2(testing::createSmallFactory(dir.path(), &error), qPrintable(error));
    auto page = openPage(dir.path());
    QSignalSpy finished(page.get(), &PlatformUpgradePage::jobFinished);
    QTRY_VERIFY_WITH_TIMEOUT(page->snapshot().has_value(), stepTimeout);

    // Upgraded without the system components: the preparation step fails (seed 001).
    QVERIFY(page->upgrade(v11_12, false, true));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, runTimeout);
    QVERIFY(lastResult(finished).execution);
    QCOMPARE(lastResult(finished).execution->status, ExecutionStatus::Failed);
    QCOMPARE(page->statusHeadline(), messages::prepStepFailed());
    QCOMPARE(page->statusHeadline(), QStringLiteral("There was an error preparing your modules."));
    // Why, from the Error Log, once the poll read it.
    QTRY_VERIFY_WITH_TIMEOUT(page->statusDetail().contains(QStringLiteral("before the system "
                                                                          "components")),
                             stepTimeout);
    // The components line follows the poll, which may come after the step's result.
    QTRY_VERIFY2_WITH_TIMEOUT(text(*page, "systemComponents").contains(QStringLiteral("11.12.0.3")),
                              qPrintable(text(*page, "systemComponents")), stepTimeout);
    QTRY_VERIFY(button(*page, "installComponentsButton")->isEnabled());

    QTest::mouseClick(button(*page, "installComponentsButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, stepTimeout);
    QCOMPARE(lastResult(finished).installedComponents, QStringLiteral("11.12.0.3"));
    QTRY_COMPARE(text(*page, "systemComponents"), QStringLiteral("11.12.0.3"));
    QVERIFY(!button(*page, "installComponentsButton")->isEnabled());

    QTRY_VERIFY(button(*page, "prepareButton")->isEnabled());
    QTest::mouseClick(button(*page, "prepareButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, runTimeout);
    QVERIFY(lastResult(finished).execution);
    QCOMPARE(lastResult(finished).execution->status, ExecutionStatus::Succeeded);
}

QTEST_MAIN(TestPlatformUpgradePage)
#include "tst_platformupgradepage.moc"
