// The step banner over every screen, in a main window against real environments in
// temporary folders: a preparation or a deployment run by another Environment (as
// another process runs it) shows live with its counts, in the window title and the
// tray's tooltip, and its end is notified; on hold, succeeded, PREP_SOME_FAILED and
// PREP_STEP_FAILED read as the catalogue says; the links open the details and the
// Error Log; a dismissed outcome stays away until the next execution.

#include "domain/messages.h"
#include "logs/logstore.h"
#include "mainwindow.h"
#include "monitoring/logpage.h"
#include "monitoring/logtablemodel.h"
#include "shell/stepbanner.h"
#include "shell/stepmonitor.h"
#include "uitestsupport.h"
#include "upgrade/executiondetaildialog.h"
#include "upgrade/upgradespage.h"

#include <QLabel>
#include <QProgressBar>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

using namespace osc;

namespace {

constexpr int stepTimeout = 30000;
constexpr int runTimeout = 120000;
const PlatformVersion v11_12{11, 12, 0};
const PlatformVersion v11_19{11, 19, 0};

QString errorText(const Result<ExecutionSummary> &result)
{
    return result ? result->message : result.error().fullText();
}

} // namespace

class TestStepBanner : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void showsAStepOfAnotherEnvironment_data();
    void showsAStepOfAnotherEnvironment();
    void deploymentOnHold();
    void preparationOutcomes_data();
    void preparationOutcomes();
    void dismissHidesItUntilTheNextExecution();

private:
    static std::unique_ptr<MainWindow> openWindow(const QString &dataDir);
    static void clickLink(QLabel *link);
};

void TestStepBanner::initTestCase()
{
    testing::isolateSettings();
}

void TestStepBanner::init()
{
    QSettings().clear();
}

std::unique_ptr<MainWindow> TestStepBanner::openWindow(const QString &dataDir)
{
    auto window = std::make_unique<MainWindow>(dataDir, testing::testUser);
    window->setWindowTitle(QStringLiteral("Open Service Center — test"));
    window->resize(1180, 760);
    window->show();
    return window;
}

void TestStepBanner::clickLink(QLabel *link)
{
    QVERIFY(link && link->isVisible());
    emit link->linkActivated(QStringLiteral("#"));
}

void TestStepBanner::showsAStepOfAnotherEnvironment_data()
{
    QTest::addColumn<bool>("deployment");
    QTest::newRow("preparation") << false;
    QTest::newRow("deployment") << true;
}

// A step run by another Environment, held still after its first module, shows within
// a few seconds (the window polls every second), then its outcome when it ends.
void TestStepBanner::showsAStepOfAnotherEnvironment()
{
    QFETCH(bool, deployment);
    QTemporaryDir dir;
    QString error;
    std::unique_ptr<Environment> environment = testing::createSmallFactory(dir.path(), &error);
    QVERIFY2(environment, qPrintable(error));
    QVERIFY(environment->upgradePlatform(UpgradeRequest{v11_19}, testing::testUser).ok());
    if (deployment) {
        PreparationOptions options;
        options.user = testing::testUser;
        const Result<ExecutionSummary> prepared = environment->prepareModules(options);
        QVERIFY2(prepared && prepared->status == ExecutionStatus::Succeeded,
                 qPrintable(errorText(prepared)));
    }

    auto window = openWindow(dir.path());
    StepBanner *banner = window->stepBanner();
    const QString base = window->windowTitle();
    QSignalSpy notified(window.get(), &MainWindow::stepNotified);
    if (deployment) // the preparation's outcome, from before
        QTRY_VERIFY_WITH_TIMEOUT(banner->isShowing(), stepTimeout);
    else
        QVERIFY(!banner->isShowing());

    // The step, in a thread of its own with its own Environment, stops after its
    // first module until the test lets it go on.
    std::atomic<bool> reached = false;
    QSemaphore go;
    const QString dataDir = dir.path();
    QFuture<Result<ExecutionSummary>> run = QtConcurrent::run([&, dataDir, deployment] {
        auto other = Environment::open(dataDir);
        if (!other)
            return Result<ExecutionSummary>(other.error());
        StepOptions options;
        options.user = QStringLiteral("ci-bot");
        options.workers = 1;
        options.progressInterval = std::chrono::milliseconds(0);
        options.progress = [&](const StepProgress &progress) {
            if (!reached && progress.counts.succeeded >= 1) {
                reached = true;
                (void)go.tryAcquire(1, runTimeout);
            }
        };
        return deployment ? (*other)->deployPreparedModules(options)
                          : (*other)->prepareModules(options);
    });
    // Whatever fails below, the step goes on and ends before what it uses goes.
    const auto finish = qScopeGuard([&] {
        go.release();
        run.waitForFinished();
    });
    QTRY_VERIFY_WITH_TIMEOUT(reached, stepTimeout);

    const QString running = deployment
        ? QStringLiteral("Deploying modules for platform version 11.19.0…")
        : QStringLiteral("Preparing modules for platform version 11.19.0…");
    QTRY_COMPARE_WITH_TIMEOUT(banner->headline(), running, 5000);
    QVERIFY(banner->isVisible());
    QVERIFY(banner->isActive());
    QTRY_VERIFY_WITH_TIMEOUT(banner->countsText().startsWith(deployment
                                                                 ? QStringLiteral("Deployed 1 · ")
                                                                 : QStringLiteral("Prepared 1 · ")),
                             5000);
    QVERIFY2(banner->countsText().endsWith(QStringLiteral(" · Total 4")),
             qPrintable(banner->countsText()));
    QCOMPARE(banner->findChild<QProgressBar *>(QStringLiteral("bannerProgress"))->maximum(), 4);
    QVERIFY(banner->timesText().startsWith(QStringLiteral("Elapsed ")));
    QVERIFY(!banner->closeButton()->isVisible()); // not while it runs
    QVERIFY(!banner->errorLogLink()->isVisible());
    // The title, the tray's tooltip and the side lists say it too.
    const int percent = banner->percent();
    QVERIFY(percent >= 25 && percent < 100);
    QCOMPARE(window->windowTitle(),
             QStringLiteral("%1% — %2 — %3")
                 .arg(percent)
                 .arg(deployment ? QStringLiteral("Deploying modules")
                                 : QStringLiteral("Preparing modules"),
                      base));
    QCOMPARE(window->baseWindowTitle(), base);
    QVERIFY2(window->trayToolTip().startsWith(running), qPrintable(window->trayToolTip()));
    for (int area = 0; area < 3; ++area)
        QVERIFY(!window->sideDetailsLink(area)->isHidden());

    // More details: the step's page (and a deployment's execution details).
    QCOMPARE(window->currentPageKey(), QStringLiteral("factory/modules"));
    clickLink(window->sideDetailsLink(1)); // Factory's
    if (deployment) {
        QCOMPARE(window->currentPageKey(), QStringLiteral("factory/upgrades"));
        QTRY_VERIFY(window->upgradesPage()->detailDialog()
                    && window->upgradesPage()->detailDialog()->isVisible());
        window->upgradesPage()->detailDialog()->close();
    } else {
        QCOMPARE(window->currentPageKey(), QStringLiteral("administration/platform-upgrade"));
    }
    window->showPage(QStringLiteral("factory/modules"));
    clickLink(banner->detailsLink());
    QCOMPARE(window->currentPageKey(),
             deployment ? QStringLiteral("factory/upgrades")
                        : QStringLiteral("administration/platform-upgrade"));
    if (deployment)
        window->upgradesPage()->detailDialog()->close();

    // It ends: the execution's message, a notification, the title as it was.
    go.release();
    QTRY_VERIFY_WITH_TIMEOUT(run.isFinished(), runTimeout);
    const Result<ExecutionSummary> ended = run.result();
    QVERIFY2(ended && ended->status == ExecutionStatus::Succeeded, qPrintable(errorText(ended)));
    QTRY_COMPARE_WITH_TIMEOUT(banner->headline(), ended->message, 5000);
    QVERIFY(!banner->isActive());
    QVERIFY(banner->closeButton()->isVisible());
    QVERIFY(!banner->errorLogLink()->isVisible());
    QCOMPARE(banner->percent(), 100);
    QCOMPARE(window->windowTitle(), base);
    QCOMPARE(window->trayToolTip(), base);
    QTRY_COMPARE(notified.size(), 1);
    QCOMPARE(notified.constFirst().at(1).toString(), ended->message);
    QCOMPARE(window->lastNotificationMessage(), ended->message);
}

void TestStepBanner::deploymentOnHold()
{
    QTemporaryDir dir;
    QString error;
    std::unique_ptr<Environment> environment = testing::createSmallFactory(dir.path(), &error);
    QVERIFY2(environment, qPrintable(error));
    QVERIFY(environment->upgradePlatform(UpgradeRequest{v11_19}, testing::testUser).ok());
    PreparationOptions preparation;
    preparation.user = testing::testUser;
    QVERIFY(environment->prepareModules(preparation).ok());
    // A deployment held after its first module, by another Environment.
    Result<std::unique_ptr<Environment>> other = Environment::open(dir.path());
    QVERIFY(other.ok());
    bool asked = false;
    StepOptions options;
    options.user = testing::testUser;
    options.workers = 1;
    options.progressInterval = std::chrono::milliseconds(0);
    options.progress = [&](const StepProgress &progress) {
        if (!asked && progress.counts.succeeded >= 1)
            asked = (*other)->holdStep(testing::testUser).ok();
    };
    const Result<ExecutionSummary> held = environment->deployPreparedModules(options);
    QVERIFY2(held && held->status == ExecutionStatus::OnHold, qPrintable(errorText(held)));

    auto window = openWindow(dir.path());
    StepBanner *banner = window->stepBanner();
    QTRY_COMPARE_WITH_TIMEOUT(
        banner->headline(),
        QStringLiteral("The modules deployment for platform version 11.19.0 is on hold."),
        stepTimeout);
    QVERIFY(banner->isActive());
    QVERIFY(banner->countsText().startsWith(
        QStringLiteral("Deployed %1 · Failed 0 · ").arg(held->counts.succeeded)));
    QVERIFY(banner->timesText().startsWith(QStringLiteral("Started ")));
    QVERIFY(!banner->closeButton()->isVisible()); // on hold, it has not ended
    banner->dismiss();
    QVERIFY(banner->isShowing());
    QVERIFY2(window->windowTitle().contains(QStringLiteral("— Deployment on hold —")),
             qPrintable(window->windowTitle()));
    // The link is reachable with the keyboard.
    QVERIFY(banner->detailsLink()->focusPolicy() & Qt::TabFocus);
}

void TestStepBanner::preparationOutcomes_data()
{
    QTest::addColumn<QString>("outcome");
    QTest::newRow("succeeded") << QStringLiteral("succeeded");
    QTest::newRow("some modules failed -> PREP_SOME_FAILED") << QStringLiteral("some-failed");
    QTest::newRow("step failed -> PREP_STEP_FAILED") << QStringLiteral("step-failed");
}

void TestStepBanner::preparationOutcomes()
{
    QFETCH(QString, outcome);
    QTemporaryDir dir;
    QString error;
    std::unique_ptr<Environment> environment = outcome == u"some-failed"
        ? testing::createDemoEnvironment(dir.path(), 150, &error)
        : testing::createSmallFactory(dir.path(), &error);
    QVERIFY2(environment, qPrintable(error));
    // Without the system components, the preparation step fails (seed 001).
    const UpgradeRequest request = outcome == u"succeeded" ? UpgradeRequest{v11_19}
        : outcome == u"some-failed"                        ? UpgradeRequest{v11_12}
                                                           : UpgradeRequest{v11_12, false, false};
    QVERIFY(environment->upgradePlatform(request, testing::testUser).ok());
    PreparationOptions options;
    options.user = testing::testUser;
    const Result<ExecutionSummary> prepared = environment->prepareModules(options);
    QVERIFY(prepared.ok());

    auto window = openWindow(dir.path());
    StepBanner *banner = window->stepBanner();
    QTRY_VERIFY_WITH_TIMEOUT(banner->isShowing(), stepTimeout);
    QVERIFY(banner->isVisible());
    QVERIFY(!banner->isActive());
    QVERIFY(banner->closeButton()->isVisible());
    QVERIFY2(banner->countsText().startsWith(
                 QStringLiteral("Platform version %1 · Prepared ").arg(request.to.toString())),
             qPrintable(banner->countsText()));
    if (outcome == u"succeeded") {
        QCOMPARE(prepared->status, ExecutionStatus::Succeeded);
        QCOMPARE(banner->headline(), prepared->message);
        QVERIFY(!banner->errorLogLink()->isVisible());
    } else {
        if (outcome == u"some-failed") {
            QCOMPARE(prepared->status, ExecutionStatus::FinishedWithErrors);
            QCOMPARE(banner->headline(), messages::prepSomeFailed());
            QCOMPARE(banner->headline(),
                     QStringLiteral("There were errors preparing some modules."));
        } else {
            QCOMPARE(prepared->status, ExecutionStatus::Failed);
            QCOMPARE(banner->headline(), messages::prepStepFailed());
            QCOMPARE(banner->headline(),
                     QStringLiteral("There was an error preparing your modules."));
        }
        // The Error Log, on this execution's errors: as many rows as core has entries
        // of the modules preparation since the execution started.
        clickLink(banner->errorLogLink());
        QCOMPARE(window->currentPageKey(), QStringLiteral("monitoring/errors"));
        LogQuery query;
        query.operation = QStringLiteral("modules-upgrade");
        query.since = prepared->startedAt;
        query.limit = LogStore::maxLimit;
        const Result<QList<ErrorLogEntry>> entries = environment->errors(query);
        QVERIFY(entries.ok());
        QVERIFY(!entries->isEmpty());
        LogPage *errorLog = window->errorLogPage();
        QTRY_COMPARE_WITH_TIMEOUT(errorLog->model()->rowCount(), int(entries->size()), stepTimeout);
    }
    // Nothing runs: the title is the window's own; a step that ended before the window
    // opened is not notified.
    QCOMPARE(window->windowTitle(), window->baseWindowTitle());
    QCOMPARE(window->lastNotificationMessage(), QString());
    clickLink(banner->detailsLink());
    QCOMPARE(window->currentPageKey(), QStringLiteral("administration/platform-upgrade"));
}

void TestStepBanner::dismissHidesItUntilTheNextExecution()
{
    QTemporaryDir dir;
    QString error;
    std::unique_ptr<Environment> environment = testing::createSmallFactory(dir.path(), &error);
    QVERIFY2(environment, qPrintable(error));
    QVERIFY(environment->upgradePlatform(UpgradeRequest{v11_19}, testing::testUser).ok());
    PreparationOptions options;
    options.user = testing::testUser;
    QVERIFY(environment->prepareModules(options).ok());

    auto window = openWindow(dir.path());
    StepBanner *banner = window->stepBanner();
    window->stepMonitor()->setPollInterval(std::chrono::milliseconds(100));
    QTRY_VERIFY_WITH_TIMEOUT(banner->isShowing(), stepTimeout);
    const int height = banner->height();
    QTest::mouseClick(banner->closeButton(), Qt::LeftButton);
    QVERIFY(!banner->isShowing());
    QVERIFY(!banner->isVisible());
    QVERIFY(!window->sideDetailsLink(1)->isVisible());
    // Polls do not bring it back, nor does the next window.
    QSignalSpy polled(window->stepMonitor(), &StepMonitor::polled);
    QVERIFY(polled.wait(stepTimeout));
    QVERIFY(!banner->isShowing());
    window = openWindow(dir.path());
    banner = window->stepBanner();
    window->stepMonitor()->setPollInterval(std::chrono::milliseconds(100));
    QSignalSpy firstPoll(window->stepMonitor(), &StepMonitor::polled);
    QVERIFY(firstPoll.wait(stepTimeout));
    QVERIFY(!banner->isShowing());

    // The next execution brings it back, at the same height.
    StepOptions deploy;
    deploy.user = testing::testUser;
    const Result<ExecutionSummary> deployed = environment->deployPreparedModules(deploy);
    QVERIFY2(deployed && deployed->status == ExecutionStatus::Succeeded,
             qPrintable(errorText(deployed)));
    QTRY_COMPARE_WITH_TIMEOUT(banner->headline(), deployed->message, stepTimeout);
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->height(), height);
    QVERIFY(window->sideDetailsLink(1)->isVisible());
}

QTEST_MAIN(TestStepBanner)
#include "tst_stepbanner.moc"
