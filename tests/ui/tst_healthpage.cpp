// Administration > Environment Health, offscreen: its three models under
// QAbstractItemModelTester while rows come, change and go; the page's empty states;
// module locks held by another connection, one of them stale (its process died),
// flagged in words; a real child process (osc_filelocker) holding a file of a running
// deployment, listed with its pid and name; the workers of an unfinished step; and
// Release… with its confirmation (an acknowledgement for a live lease). Renders the
// screens into <build>/screenshots/ (or $OSC_SCREENSHOT_DIR).
#include "engine/executionstore.h"
#include "health/environmenthealthpage.h"
#include "health/lockedfilesmodel.h"
#include "health/lockhealthmodel.h"
#include "health/releaselockdialog.h"
#include "health/workersmodel.h"
#include "uitestsupport.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QPainter>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

// tests/ui/CMakeLists.txt defines it for the suites it lists; otherwise the helper is
// found next to this test's folder in the build tree (initTestCase() moves there).
#ifndef OSC_FILELOCKER_PATH
#define OSC_FILELOCKER_PATH "../helpers/osc_filelocker"
#endif
#include "../helpers/lockerprocess.h"

using namespace osc;
using namespace std::chrono_literals;

namespace {

const QString core = QStringLiteral("Customer_Core");
const QString portal = QStringLiteral("Customer_Portal");

LockHealth lockOf(const QString &module, qint64 operationId, LeaseState state)
{
    LockHealth lock;
    lock.lock.module = module;
    lock.lock.operationId = operationId;
    lock.lock.user = QStringLiteral("alice");
    lock.lock.holderPid = 4242;
    lock.lock.holderHost = QStringLiteral("build-01");
    lock.lock.startedAt = QDateTime::currentDateTimeUtc().addSecs(-30);
    lock.lock.acquiredAt = lock.lock.startedAt;
    lock.lock.leaseExpiresAt = QDateTime::currentDateTimeUtc().addSecs(5);
    lock.lease.state = state;
    lock.lease.heldMs = 30000;
    return lock;
}

qint64 goneProcessPid()
{
    QProcess process;
    process.start(QStringLiteral("true"), {});
    if (!process.waitForStarted(10000))
        return 0;
    const qint64 pid = process.processId();
    process.waitForFinished(10000);
    return pid;
}

// Writes through a connection of its own, as another process would.
void execute(const QString &dataDir, const QString &sql, const QVariantList &bindings)
{
    auto db = Database::openSqlite(DataFolder(dataDir).databaseFile(),
                                   Database::OpenMode::OpenExisting);
    QVERIFY(db);
    const Result<void> written = (*db)->write([&]() -> Result<void> {
        Result<QSqlQuery> done = (*db)->exec(sql, bindings);
        if (!done)
            return done.error();
        return {};
    });
    QVERIFY2(written, qPrintable(written ? QString() : written.error().fullText()));
}

} // namespace

class TestHealthPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void lockModelFollowsReadings();
    void workersAndFilesModels();
    void emptyEnvironment();
    void locksWithAStaleOneAndItsRelease();
    void liveLockNeedsAnAcknowledgement();
    void fileHeldByAnotherProcessAndBusyWorkers();

private:
    std::unique_ptr<EnvironmentHealthPage> makePage();
    bool pollOnce(EnvironmentHealthPage *page);
    void save(QWidget *widget, const QString &name);
    void saveWithDialog(QWidget *window, QWidget *dialog, const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_dataDir;
    QString m_outputDir;
};

void TestHealthPage::initTestCase()
{
    testing::isolateSettings();
    QVERIFY(QDir::setCurrent(QCoreApplication::applicationDirPath()));
    QVERIFY2(QFileInfo::exists(QStringLiteral(OSC_FILELOCKER_PATH)),
             "osc_filelocker is not built: cmake --build <build> --target osc_filelocker");
    m_outputDir = qEnvironmentVariable("OSC_SCREENSHOT_DIR");
    if (m_outputDir.isEmpty())
        m_outputDir
            = QDir(QCoreApplication::applicationDirPath()).absoluteFilePath("../../screenshots");
    QVERIFY(QDir().mkpath(m_outputDir));
}

void TestHealthPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_dataDir = m_dir->filePath(QStringLiteral("env"));
    auto created = Environment::create(m_dataDir, PlatformVersion{11, 11, 0});
    QVERIFY(created);
    QVERIFY(
        (*created)->importFiles({QStringLiteral(OSC_TEST_DATA_DIR "/modules")}, testing::testUser));
    QVERIFY((*created)->publish(core, 0, testing::testUser));
    QVERIFY((*created)->publish(portal, 0, testing::testUser));
}

void TestHealthPage::cleanup()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (qobject_cast<QDialog *>(widget))
            widget->close();
    }
}

std::unique_ptr<EnvironmentHealthPage> TestHealthPage::makePage()
{
    auto page = std::make_unique<EnvironmentHealthPage>(m_dataDir, testing::testUser);
    page->setPollInterval(1h); // the tests poll when they want a reading
    page->resize(1120, 780);
    page->show();
    return page;
}

bool TestHealthPage::pollOnce(EnvironmentHealthPage *page)
{
    // A poll running now may have read before the change: another one follows it.
    QSignalSpy polled(page, &EnvironmentHealthPage::polled);
    page->refresh();
    do {
        if (!polled.wait(20000))
            return false;
    } while (page->isPolling());
    return page->health().has_value();
}

void TestHealthPage::save(QWidget *widget, const QString &name)
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    const QPixmap pixmap = widget->grab();
    QVERIFY(!pixmap.isNull());
    const QString path = QDir(m_outputDir).filePath(name + QStringLiteral(".png"));
    QVERIFY2(pixmap.save(path), qPrintable(path));
    qInfo("screenshot: %s", qPrintable(path));
}

void TestHealthPage::saveWithDialog(QWidget *window, QWidget *dialog, const QString &name)
{
    QVERIFY(dialog && dialog->isVisible());
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QPixmap pixmap = window->grab();
    const QPixmap over = dialog->grab();
    {
        QPainter painter(&pixmap);
        painter.fillRect(pixmap.rect(), QColor(0, 0, 0, 40));
        const QPoint at((pixmap.width() - over.width()) / 2, (pixmap.height() - over.height()) / 3);
        painter.setPen(QColor(0, 0, 0, 90));
        painter.drawRect(QRect(at, over.size()).adjusted(-1, -1, 0, 0));
        painter.drawPixmap(at, over);
    }
    const QString path = QDir(m_outputDir).filePath(name + QStringLiteral(".png"));
    QVERIFY2(pixmap.save(path), qPrintable(path));
    qInfo("screenshot: %s", qPrintable(path));
}

void TestHealthPage::lockModelFollowsReadings()
{
    LockHealthModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    model.setLocks({lockOf(portal, 1, LeaseState::Live), lockOf(core, 1, LeaseState::Live)});
    QCOMPARE(reset.count(), 1); // the first reading
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, 0).data().toString(), core); // by module
    QCOMPARE(model.index(0, int(LockHealthModel::Column::Operation)).data().toString(),
             QStringLiteral("1-Click Publish #1"));

    // One lock more, in the middle: inserted there, the others announced as changed.
    model.setLocks({lockOf(core, 1, LeaseState::Live),
                    lockOf(QStringLiteral("Billing"), 2, LeaseState::Live),
                    lockOf(portal, 1, LeaseState::HolderGone)});
    QCOMPARE(reset.count(), 1);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 0); // "Billing" sorts first
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.rowOfKey(portal), 2);
    const QModelIndex stale = model.index(2, int(LockHealthModel::Column::Lease));
    QCOMPARE(stale.data().toString(), QStringLiteral("Stale: holder process gone"));
    QCOMPARE(stale.data(LockHealthModel::StaleRole).toBool(), true);
    QVERIFY(model.index(2, 0).data(Qt::DecorationRole).isValid());
    QVERIFY(!model.index(1, 0).data(Qt::DecorationRole).isValid());
    QVERIFY(changed.count() >= 1);

    // One goes: removed, nothing reset.
    model.setLocks({lockOf(core, 1, LeaseState::Live), lockOf(portal, 1, LeaseState::HolderGone)});
    QCOMPARE(removed.count(), 1);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 2);

    // The next reading of the same locks: their values change, rows stay.
    changed.clear();
    model.setLocks(
        {lockOf(core, 1, LeaseState::NotRenewing), lockOf(portal, 1, LeaseState::HolderGone)});
    QCOMPARE(reset.count(), 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex(), model.index(0, 0));
    QCOMPARE(changed.first().at(1).toModelIndex(),
             model.index(1, int(LockHealthModel::Column::Count) - 1));
    QCOMPARE(model.index(0, int(LockHealthModel::Column::Lease)).data().toString(),
             QStringLiteral("Stale: not renewed for 0 ms"));

    // A whole factory locked at once: one reset, not thousands of inserts.
    QList<LockHealth> many;
    for (int i = 0; i < 500; ++i)
        many << lockOf(QStringLiteral("Module_%1").arg(i, 4, 10, QLatin1Char('0')), 3,
                       LeaseState::Live);
    model.setLocks(many);
    QCOMPARE(reset.count(), 2);
    QCOMPARE(model.rowCount(), 500);
    model.setLocks({});
    QCOMPARE(model.rowCount(), 0);
}

void TestHealthPage::workersAndFilesModels()
{
    WorkersModel workers;
    QAbstractItemModelTester workersTester(&workers,
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
    EngineStep step;
    step.execution.id = 7;
    step.execution.kind = ExecutionKind::Deployment;
    step.execution.workers = 2;
    step.processRunning = true;
    step.holderPid = 99;
    step.holderHost = QStringLiteral("host");
    const QDateTime now = QDateTime::currentDateTimeUtc();
    step.workers = {EngineWorker{1, WorkerActivity::Busy, core, now.addSecs(-12)},
                    EngineWorker{2, WorkerActivity::Idle, QString(), QDateTime()}};
    workers.setSteps({step}, now);
    QCOMPARE(workers.rowCount(), 2);
    QCOMPARE(workers.index(0, int(WorkersModel::Column::Step)).data().toString(),
             QStringLiteral("Modules deployment (execution 7)"));
    QCOMPARE(workers.index(0, int(WorkersModel::Column::State)).data().toString(),
             QStringLiteral("Busy"));
    QVERIFY(workers.index(0, int(WorkersModel::Column::Since))
                .data()
                .toString()
                .endsWith(QStringLiteral("(12.0 s)")));
    QCOMPARE(workers.index(1, int(WorkersModel::Column::Module)).data().toString(),
             QStringLiteral("\u2014"));
    step.workers[1] = EngineWorker{2, WorkerActivity::Busy, portal, now};
    QSignalSpy changed(&workers, &QAbstractItemModel::dataChanged);
    workers.setSteps({step}, now.addSecs(2));
    QCOMPARE(changed.count(), 1); // both rows, one exact range
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
    QCOMPARE(changed.first().at(1).toModelIndex().row(), 1);
    QCOMPARE(changed.first().at(1).toModelIndex().column(), int(WorkersModel::Column::Count) - 1);
    workers.setSteps({}, now);
    QCOMPARE(workers.rowCount(), 0);

    LockedFilesModel files;
    QAbstractItemModelTester filesTester(&files,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    files.setDataDir(QStringLiteral("/srv/env"));
    files.setFiles(
        {LockedFile{QStringLiteral("/srv/env/deployments/Billing/c7-x/bin/a.dll"),
                    {FileHolder{4242, QStringLiteral("backupd"), QStringLiteral("FLOCK")}}},
         LockedFile{QStringLiteral("/srv/env/compilations/Billing/v1/out.txt"),
                    {FileHolder{0, QString(), QStringLiteral("OFDLCK")}}}});
    QCOMPARE(files.rowCount(), 2);
    QCOMPARE(files.index(0, 0).data().toString(),
             QStringLiteral("compilations/Billing/v1/out.txt"));
    QCOMPARE(files.index(0, int(LockedFilesModel::Column::Module)).data().toString(),
             QStringLiteral("Billing"));
    QCOMPARE(files.index(0, int(LockedFilesModel::Column::HeldBy)).data().toString(),
             QStringLiteral("a process this user cannot identify (OFDLCK)"));
    QCOMPARE(files.index(1, int(LockedFilesModel::Column::Area)).data().toString(),
             QStringLiteral("Deployment"));
    QCOMPARE(files.index(1, int(LockedFilesModel::Column::HeldBy)).data().toString(),
             QStringLiteral("backupd (pid 4242, FLOCK)"));
    files.setFiles({});
    QCOMPARE(files.rowCount(), 0);
}

void TestHealthPage::emptyEnvironment()
{
    auto page = makePage();
    QVERIFY(pollOnce(page.get()));
    QVERIFY(!page->pollError());
    auto *noLocks = page->findChild<QLabel *>(QStringLiteral("noLocksLabel"));
    QVERIFY(noLocks && noLocks->isVisible());
    QCOMPARE(noLocks->text(), QStringLiteral("No module is locked."));
    auto *noWorkers = page->findChild<QLabel *>(QStringLiteral("noWorkersLabel"));
    QVERIFY(noWorkers && noWorkers->isVisible());
    QCOMPARE(
        noWorkers->text(),
        QStringLiteral("The engine is idle: no modules preparation or deployment is running."));
    auto *noFiles = page->findChild<QLabel *>(QStringLiteral("noFilesLabel"));
    QVERIFY(noFiles && noFiles->isVisible());
    QCOMPARE(noFiles->text(),
             QStringLiteral("No other process holds a file in the compilations or deployments "
                            "folders."));
    QVERIFY(!page->releaseButton()->isEnabled());
    QVERIFY(page->releaseSelected() == nullptr);
    save(page.get(), QStringLiteral("health_empty"));
}

void TestHealthPage::locksWithAStaleOneAndItsRelease()
{
    testing::OtherHolder live(m_dataDir, 10min);
    QVERIFY(live.hold(OperationKind::ConfigurationUpdate, QStringLiteral("alice"), {core}));
    testing::OtherHolder crashed(m_dataDir, 10min);
    QVERIFY(crashed.hold(OperationKind::Publish, QStringLiteral("bob"), {portal}));
    execute(m_dataDir, QStringLiteral("UPDATE operations SET holder_pid = ? WHERE id = ?"),
            {goneProcessPid(), crashed.ticket().operationId});

    auto page = makePage();
    QVERIFY(pollOnce(page.get()));
    LockHealthModel *model = page->locksModel();
    QCOMPARE(model->rowCount(), 2);
    const int staleRow = model->rowOfKey(portal);
    QCOMPARE(model->index(staleRow, 0).data(LockHealthModel::StaleRole).toBool(), true);
    QCOMPARE(model->index(staleRow, int(LockHealthModel::Column::Lease)).data().toString(),
             QStringLiteral("Stale: holder process gone"));
    QVERIFY(model->index(model->rowOfKey(core), int(LockHealthModel::Column::Lease))
                .data()
                .toString()
                .startsWith(QStringLiteral("Live, renewed ")));
    QVERIFY2(page->locksSummary().startsWith(QStringLiteral(
                 // English plurals come from osc_en.qm, which the tests do not load.
                 "2 module(s) locked, 1 with a stale lease: its holder stopped renewing it or is "
                 "gone. Leases last 10.0 s")),
             qPrintable(page->locksSummary()));
    QVERIFY(page->locksView()->isVisible());

    QVERIFY(page->selectLock(portal));
    QVERIFY(page->releaseButton()->isEnabled());
    auto *hint = page->findChild<QLabel *>(QStringLiteral("releaseHint"));
    QVERIFY(hint->text().startsWith(
        QStringLiteral("The lock on 'Customer_Portal' is stale. The process that holds it no "
                       "longer runs on this machine")));
    save(page.get(), QStringLiteral("health_locks_stale"));

    ReleaseLockDialog *dialog = page->releaseSelected();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->isLive());
    QVERIFY(dialog->acknowledgement() == nullptr);
    QVERIFY(dialog->releaseButton()->isEnabled());
    QVERIFY2(dialog->consequenceText().startsWith(QStringLiteral(
                 "Releasing it interrupts that operation and frees 'Customer_Portal'. The modules "
                 "get a new fencing token")),
             qPrintable(dialog->consequenceText()));
    saveWithDialog(page.get(), dialog, QStringLiteral("health_release_stale"));

    QSignalSpy released(page.get(), &EnvironmentHealthPage::releaseFinished);
    QVERIFY(testing::clickButton(dialog, QStringLiteral("confirmReleaseButton")));
    QVERIFY(released.wait(20000));
    QVERIFY(page->lastRelease().has_value());
    const Result<LockRelease> &result = *page->lastRelease();
    QVERIFY2(result, qPrintable(result ? QString() : result.error().fullText()));
    QCOMPARE(result->operation.operationId, crashed.ticket().operationId);
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 20000);
    QCOMPARE(model->rowAt(0).lock.module, core);

    auto environment = Environment::open(m_dataDir);
    QVERIFY(environment);
    LogQuery query;
    query.module = portal;
    const auto log = (*environment)->generalLog(query);
    QVERIFY(log);
    QVERIFY(std::any_of(log->cbegin(), log->cend(), [](const GeneralLogEntry &entry) {
        return entry.event == QLatin1String("released") && entry.user == testing::testUser;
    }));
}

void TestHealthPage::liveLockNeedsAnAcknowledgement()
{
    testing::OtherHolder live(m_dataDir, 10min);
    QVERIFY(live.hold(OperationKind::SolutionPublish, QStringLiteral("alice"), {core, portal}));
    auto page = makePage();
    QVERIFY(pollOnce(page.get()));
    QCOMPARE(page->locksModel()->rowCount(), 2);
    QVERIFY(page->selectLock(core));
    ReleaseLockDialog *dialog = page->releaseSelected();
    QVERIFY(dialog && dialog->isLive());
    QVERIFY(dialog->acknowledgement());
    QVERIFY(!dialog->releaseButton()->isEnabled());
    QVERIFY(dialog->consequenceText().contains(
        QStringLiteral("frees 'Customer_Core', 'Customer_Portal'")));
    QVERIFY(dialog->consequenceText().endsWith(
        QStringLiteral("Its lease is live: release it only if you know that the process is "
                       "stuck and will not finish by itself.")));
    saveWithDialog(page.get(), dialog, QStringLiteral("health_release_live"));

    // Cancel releases nothing.
    QVERIFY(testing::clickButton(dialog, QStringLiteral("cancelReleaseButton")));
    QVERIFY(pollOnce(page.get()));
    QCOMPARE(page->locksModel()->rowCount(), 2);

    QVERIFY(page->selectLock(core));
    dialog = page->releaseSelected();
    QVERIFY(dialog);
    dialog->acknowledgement()->setChecked(true);
    QVERIFY(dialog->releaseButton()->isEnabled());
    QSignalSpy released(page.get(), &EnvironmentHealthPage::releaseFinished);
    QVERIFY(testing::clickButton(dialog, QStringLiteral("confirmReleaseButton")));
    QVERIFY(released.wait(20000));
    QVERIFY(page->lastRelease().has_value());
    const Result<LockRelease> &result = *page->lastRelease();
    QVERIFY(result);
    QCOMPARE(result->lease.state, LeaseState::Live);
    QCOMPARE(result->releasedModules, QStringList({core, portal}));
    QTRY_COMPARE_WITH_TIMEOUT(page->locksModel()->rowCount(), 0, 20000);
    auto *noLocks = page->findChild<QLabel *>(QStringLiteral("noLocksLabel"));
    QTRY_VERIFY(noLocks->isVisible());
}

void TestHealthPage::fileHeldByAnotherProcessAndBusyWorkers()
{
    // A running deployment's file held by another process, as a backup agent would.
    const QString held
        = QFileInfo(m_dataDir + QStringLiteral("/running/") + core).canonicalFilePath()
        + QStringLiteral("/manifest.json");
    testing::Locker locker;
    QVERIFY(locker.startLocked(QStringLiteral("flock"), held));

    // A Deploy All run by another process: two workers, one on Customer_Core.
    testing::OtherHolder engine(m_dataDir, 10min);
    QVERIFY(engine.hold(OperationKind::ModulesDeployment, QStringLiteral("alice"), {core}));
    {
        auto db = Database::openSqlite(DataFolder(m_dataDir).databaseFile(),
                                       Database::OpenMode::OpenExisting);
        QVERIFY(db);
        ExecutionStore store(**db);
        const qint64 operationId = engine.ticket().operationId;
        QVERIFY((*db)->write([&]() -> Result<void> {
            Result<qint64> created = store.createInTransaction(
                ExecutionKind::Deployment, PlatformVersion{11, 11, 0}, QStringLiteral("alice"), 2,
                0, operationId, {{core, 1, 1, 0}, {portal, 2, 1, 0}});
            if (!created)
                return created.error();
            ExecutionStore::ModuleUpdate running;
            running.module = core;
            running.state = ModuleRunState::Running;
            running.startedMs = QDateTime::currentMSecsSinceEpoch() - 4000;
            return store.updateModulesInTransaction(*created, operationId, {running});
        }));
    }

    auto page = makePage();
    QVERIFY(pollOnce(page.get()));
    LockedFilesModel *files = page->filesModel();
    QCOMPARE(files->rowCount(), 1);
    QCOMPARE(QFileInfo(files->index(0, 0).data(LockedFilesModel::PathRole).toString())
                 .canonicalFilePath(),
             held);
    QCOMPARE(files->index(0, int(LockedFilesModel::Column::Module)).data().toString(), core);
    QCOMPARE(files->index(0, int(LockedFilesModel::Column::HeldBy)).data().toString(),
             QStringLiteral("osc_filelocker (pid %1, FLOCK)").arg(locker.pid()));
    QVERIFY(page->filesView()->isVisible());

    WorkersModel *workers = page->workersModel();
    QCOMPARE(workers->rowCount(), 2);
    QCOMPARE(workers->index(0, int(WorkersModel::Column::Module)).data().toString(), core);
    QCOMPARE(workers->index(0, int(WorkersModel::Column::State)).data().toString(),
             QStringLiteral("Busy"));
    QCOMPARE(workers->index(1, int(WorkersModel::Column::State)).data().toString(),
             QStringLiteral("Idle"));
    const QString summary = page->engineSummary();
    QVERIFY2(summary.startsWith(QStringLiteral("Modules deployment (execution 1) runs in process "))
                 && summary.endsWith(QStringLiteral("(operation %1) with 2 worker(s), 1 busy.")
                                         .arg(engine.ticket().operationId)),
             qPrintable(summary));
    save(page.get(), QStringLiteral("health_workers_and_files"));

    locker.release();
    QVERIFY(locker.waitForExit());
    QVERIFY(pollOnce(page.get()));
    QCOMPARE(files->rowCount(), 0);
}

QTEST_MAIN(TestHealthPage)
#include "tst_healthpage.moc"
