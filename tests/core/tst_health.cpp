// Environment Health in core: leases assessed (live, not renewing, holder gone,
// expired), the engine's workers derived from an unfinished execution, locks read
// without releasing them, the files other processes hold in the compilations and
// deployments folders (a real child process holds them: osc_filelocker), and the
// release of a lock by hand: refusals, the operation interrupted, its modules fenced,
// the General log entry.
#include "engine/executionstore.h"
#include "environment/datafolder.h"
#include "environment/environment.h"
#include "files/fileholders.h"
#include "health/environmenthealth.h"
#include "operations/lockmanager.h"
#include "otherprocess.h"
#include "storage/database.h"
#include "storage/timestamps.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <unistd.h>

// tests/core/CMakeLists.txt defines it for the suites it lists; otherwise the helper
// is found next to this test's folder in the build tree (initTestCase() moves there).
#ifndef OSC_FILELOCKER_PATH
#define OSC_FILELOCKER_PATH "../helpers/osc_filelocker"
#endif
#include "../helpers/lockerprocess.h"

using namespace osc;
using osc::testing::OtherProcess;
using namespace std::chrono_literals;

namespace {

const QString core = QStringLiteral("Customer_Core");
const QString portal = QStringLiteral("Customer_Portal");

// The pid of a process that ran and was reaped: no process has it now (pids are not
// reused that fast on a test machine).
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

} // namespace

class TestHealth : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void leaseAssessment_data();
    void leaseAssessment();
    void healthReportsAnExpiredLeaseWithoutReleasingIt();
    void engineWorkersOfAnUnfinishedStep_data();
    void engineWorkersOfAnUnfinishedStep();
    void idleEngineAndNoLocks();
    void lockedFilesNameTheHoldingProcess_data();
    void lockedFilesNameTheHoldingProcess();
    void lockedFilesLeaveOutThisProcessAndOtherFolders();
    void releaseOfAStaleLockInterruptsFencesAndLogs_data();
    void releaseOfAStaleLockInterruptsFencesAndLogs();
    void releaseOfALiveLockNeedsForce();
    void releaseRefusals();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Environment> m_env;
    QString m_dataDir;
};

void TestHealth::initTestCase()
{
    QVERIFY(QDir::setCurrent(QCoreApplication::applicationDirPath()));
    QVERIFY2(QFileInfo::exists(QStringLiteral(OSC_FILELOCKER_PATH)),
             "osc_filelocker is not built: cmake --build <build> --target osc_filelocker");
}

void TestHealth::init()
{
    m_env.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_dataDir = m_dir->filePath(QStringLiteral("env"));
    Result<std::unique_ptr<Environment>> created
        = Environment::create(m_dataDir, PlatformVersion{11, 11, 0});
    QVERIFY2(created, qPrintable(created ? QString() : created.error().fullText()));
    m_env = std::move(created.value());
    QVERIFY(m_env->importFiles({QStringLiteral(OSC_TEST_DATA_DIR "/modules")},
                               QStringLiteral("setup")));
    QVERIFY(m_env->publish(core, 0, QStringLiteral("setup")));
    QVERIFY(m_env->publish(portal, 0, QStringLiteral("setup")));
}

void TestHealth::leaseAssessment_data()
{
    QTest::addColumn<qint64>("expiresAfterMs"); // after the lock was taken
    QTest::addColumn<qint64>("nowAfterMs");
    QTest::addColumn<bool>("holderGone");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("state");
    QTest::addColumn<qint64>("sinceRenewalMs");
    QTest::addColumn<qint64>("remainingMs");

    const QString here = QSysInfo::machineHostName();
    const auto live = int(LeaseState::Live);
    QTest::newRow("renewed just now -> live")
        << qint64(30000) << qint64(1000) << false << here << live << qint64(1000) << qint64(29000);
    QTest::newRow("a third without renewal -> live, a renewal is due")
        << qint64(30000) << qint64(10000) << false << here << live << qint64(10000)
        << qint64(20000);
    QTest::newRow("renewed after the lock was taken -> age from the renewal")
        << qint64(100000) << qint64(75000) << false << here << live << qint64(5000)
        << qint64(25000);
    QTest::newRow("two thirds without renewal -> not renewing")
        << qint64(30000) << qint64(21000) << false << here << int(LeaseState::NotRenewing)
        << qint64(21000) << qint64(9000);
    QTest::newRow("past its expiry -> expired")
        << qint64(30000) << qint64(31000) << false << here << int(LeaseState::Expired)
        << qint64(31000) << qint64(-1000);
    QTest::newRow("holder process gone on this machine -> holder gone")
        << qint64(30000) << qint64(1000) << true << here << int(LeaseState::HolderGone)
        << qint64(1000) << qint64(29000);
    QTest::newRow("holder on another machine -> only its lease says")
        << qint64(30000) << qint64(1000) << true << QStringLiteral("elsewhere.invalid") << live
        << qint64(1000) << qint64(29000);
}

void TestHealth::leaseAssessment()
{
    QFETCH(qint64, expiresAfterMs);
    QFETCH(qint64, nowAfterMs);
    QFETCH(bool, holderGone);
    QFETCH(QString, host);
    QFETCH(int, state);
    QFETCH(qint64, sinceRenewalMs);
    QFETCH(qint64, remainingMs);

    const QDateTime taken = QDateTime::currentDateTimeUtc().addSecs(-3600);
    ModuleLock lock;
    lock.module = core;
    lock.acquiredAt = taken;
    lock.startedAt = taken;
    lock.leaseExpiresAt = taken.addMSecs(expiresAfterMs);
    lock.holderHost = host;
    lock.holderPid = holderGone ? goneProcessPid() : QCoreApplication::applicationPid();
    QVERIFY(lock.holderPid > 0);

    const LeaseAssessment lease = assessLease(lock, 30s, taken.addMSecs(nowAfterMs));
    QCOMPARE(leaseStateKey(lease.state), leaseStateKey(LeaseState(state)));
    QCOMPARE(lease.isStale(), LeaseState(state) != LeaseState::Live);
    QCOMPARE(lease.heldMs, nowAfterMs);
    QCOMPARE(lease.sinceRenewalMs, sinceRenewalMs);
    QCOMPARE(lease.remainingMs, remainingMs);
}

void TestHealth::healthReportsAnExpiredLeaseWithoutReleasingIt()
{
    OtherProcess other(m_dataDir, 1ms);
    const OperationTicket held
        = other.hold(OperationKind::Publish, QStringLiteral("alice"), {core});
    QTRY_VERIFY(QDateTime::currentMSecsSinceEpoch() > held.startedAt.toMSecsSinceEpoch() + 1);

    Result<EnvironmentHealth> health = m_env->health({false});
    QVERIFY2(health, qPrintable(health ? QString() : health.error().fullText()));
    QCOMPARE(health->locks.size(), 1);
    const LockHealth &lock = health->locks.first();
    QCOMPARE(lock.lock.module, core);
    QCOMPARE(lock.lock.operationId, held.operationId);
    QCOMPARE(lock.lock.user, QStringLiteral("alice"));
    QCOMPARE(lock.lock.holderPid, QCoreApplication::applicationPid());
    QCOMPARE(lock.lease.state, LeaseState::Expired);
    QCOMPARE(health->staleLockCount(), 1);
    QVERIFY(!health->filesScanned);

    // Reading the health released nothing; listing the locks does.
    QCOMPARE(m_env->health({false})->locks.size(), 1);
    QCOMPARE(m_env->locks()->size(), 0);
    QCOMPARE(m_env->health({false})->locks.size(), 0);
}

void TestHealth::engineWorkersOfAnUnfinishedStep_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<bool>("processRunning");
    QTest::addColumn<QStringList>("activities"); // slot by slot
    QTest::addColumn<QStringList>("modules");

    QTest::newRow("running -> one busy worker, the others idle")
        << QString() << true
        << QStringList{QStringLiteral("busy"), QStringLiteral("idle"), QStringLiteral("idle")}
        << QStringList{core, QString(), QString()};
    QTest::newRow("hold asked for -> the busy one finishes, the others hold")
        << QStringLiteral("hold") << true
        << QStringList{QStringLiteral("busy"), QStringLiteral("holding"), QStringLiteral("holding")}
        << QStringList{core, QString(), QString()};
    QTest::newRow("its operation ended without it -> stopped, its module shown")
        << QStringLiteral("interrupted") << false
        << QStringList{QStringLiteral("stopped"), QStringLiteral("stopped"),
                       QStringLiteral("stopped")}
        << QStringList{core, QString(), QString()};
    QTest::newRow("its process died -> stopped")
        << QStringLiteral("died") << true
        << QStringList{QStringLiteral("stopped"), QStringLiteral("stopped"),
                       QStringLiteral("stopped")}
        << QStringList{core, QString(), QString()};
    QTest::newRow("on hold -> no worker runs")
        << QStringLiteral("on-hold") << false
        << QStringList{QStringLiteral("on-hold"), QStringLiteral("on-hold"),
                       QStringLiteral("on-hold")}
        << QStringList{QString(), QString(), QString()};
}

void TestHealth::engineWorkersOfAnUnfinishedStep()
{
    QFETCH(QString, change);
    QFETCH(bool, processRunning);
    QFETCH(QStringList, activities);
    QFETCH(QStringList, modules);

    // An execution as the engine records one in another process: three workers, the
    // producer compiling, its consumer pending.
    OtherProcess other(m_dataDir, 60s);
    OperationTicket ticket
        = other.hold(OperationKind::ModulesUpgrade, compilerServiceUser(), {core});
    ExecutionStore store(*other.db);
    qint64 executionId = 0;
    const qint64 startedMs = QDateTime::currentMSecsSinceEpoch() - 1500;
    QVERIFY(other.db->write([&]() -> Result<void> {
        Result<qint64> created = store.createInTransaction(
            ExecutionKind::Preparation, PlatformVersion{11, 11, 0}, QStringLiteral("alice"), 3, 0,
            ticket.operationId, {{core, 1, 1, 0}, {portal, 2, 1, 0}});
        if (!created)
            return created.error();
        executionId = *created;
        ExecutionStore::ModuleUpdate running;
        running.module = core;
        running.state = ModuleRunState::Running;
        running.startedMs = startedMs;
        return store.updateModulesInTransaction(executionId, ticket.operationId, {running});
    }));
    if (change == QLatin1String("hold")) {
        QVERIFY(store.requestHold(ExecutionKind::Preparation));
    } else if (change == QLatin1String("interrupted")) {
        QVERIFY(other.locks->finish(ticket, OperationStatus::Interrupted, QStringLiteral("gone")));
    } else if (change == QLatin1String("died")) {
        other.setHolderPid(ticket, goneProcessPid());
    } else if (change == QLatin1String("on-hold")) {
        QVERIFY(other.db->write([&]() -> Result<void> {
            ExecutionStore::ModuleUpdate pending;
            pending.module = core;
            pending.state = ModuleRunState::Pending;
            if (Result<void> updated
                = store.updateModulesInTransaction(executionId, ticket.operationId, {pending});
                !updated)
                return updated;
            return store.endInTransaction(executionId, ticket.operationId, ExecutionStatus::OnHold,
                                          QStringLiteral("held"));
        }));
        QVERIFY(other.locks->finish(ticket, OperationStatus::Succeeded, QStringLiteral("held")));
    }

    Result<EnvironmentHealth> health = m_env->health({false});
    QVERIFY2(health, qPrintable(health ? QString() : health.error().fullText()));
    QCOMPARE(health->steps.size(), 1);
    const EngineStep &step = health->steps.first();
    QCOMPARE(step.execution.id, executionId);
    QCOMPARE(step.execution.kind, ExecutionKind::Preparation);
    QCOMPARE(step.operationId, ticket.operationId);
    QCOMPARE(step.processRunning, processRunning);
    QStringList shownActivities;
    QStringList shownModules;
    for (const EngineWorker &worker : step.workers) {
        QCOMPARE(worker.slot, int(shownActivities.size()) + 1);
        shownActivities << workerActivityKey(worker.activity);
        shownModules << worker.module;
        if (!worker.module.isEmpty())
            QCOMPARE(worker.since.toMSecsSinceEpoch(), startedMs);
    }
    QCOMPARE(shownActivities, activities);
    QCOMPARE(shownModules, modules);
    if (change.isEmpty()) {
        QCOMPARE(step.holderPid, QCoreApplication::applicationPid());
        QCOMPARE(step.holderHost, QSysInfo::machineHostName());
        QCOMPARE(step.lease.state, LeaseState::Live);
    }
}

void TestHealth::idleEngineAndNoLocks()
{
    Result<EnvironmentHealth> health = m_env->health();
    QVERIFY(health);
    QVERIFY(health->steps.isEmpty());
    QVERIFY(health->locks.isEmpty());
    QVERIFY(health->filesScanned);
    QVERIFY(health->lockedFiles.isEmpty());
    QCOMPARE(health->scannedFolders,
             QStringList({m_dataDir + QStringLiteral("/compilations"),
                          m_dataDir + QStringLiteral("/deployments")}));
    QCOMPARE(health->lease, std::chrono::milliseconds(10s)); // the default setting
}

void TestHealth::lockedFilesNameTheHoldingProcess_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("folder");
    QTest::newRow("POSIX lock on a running deployment's file")
        << QStringLiteral("posix") << QStringLiteral("running");
    QTest::newRow("open file description lock on a compilation's file")
        << QStringLiteral("ofd") << QStringLiteral("compilations");
    QTest::newRow("flock on a new file in deployments")
        << QStringLiteral("flock") << QStringLiteral("deployments");
}

void TestHealth::lockedFilesNameTheHoldingProcess()
{
    QFETCH(QString, kind);
    QFETCH(QString, folder);
    QString file;
    if (folder == QLatin1String("running")) {
        file = QFileInfo(m_dataDir + QStringLiteral("/running/") + core).canonicalFilePath()
            + QStringLiteral("/manifest.json");
    } else {
        const QString moduleFolder = m_dataDir + u'/' + folder + u'/' + portal;
        const QStringList children
            = QDir(moduleFolder).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QVERIFY(!children.isEmpty());
        file = moduleFolder + u'/' + children.first() + QStringLiteral("/held-by-a-scanner.bin");
    }
    QVERIFY(QFileInfo(file).absolutePath().startsWith(QFileInfo(m_dataDir).canonicalFilePath())
            || QFileInfo(file).absolutePath().startsWith(m_dataDir));

    testing::Locker locker;
    QVERIFY(locker.startLocked(kind, file));
    Result<EnvironmentHealth> health = m_env->health();
    QVERIFY(health);
    QCOMPARE(health->lockedFiles.size(), 1);
    const LockedFile &held = health->lockedFiles.first();
    QCOMPARE(QFileInfo(held.path).canonicalFilePath(), QFileInfo(file).canonicalFilePath());
    QCOMPARE(held.holders.size(), 1);
    QCOMPARE(held.holders.first().pid, locker.pid());
    QCOMPARE(held.holders.first().processName, QStringLiteral("osc_filelocker"));

    locker.release();
    QVERIFY(locker.waitForExit());
    QVERIFY(m_env->health()->lockedFiles.isEmpty());
}

void TestHealth::lockedFilesLeaveOutThisProcessAndOtherFolders()
{
    // This process's own lock, under compilations/.
    const QString moduleFolder = m_dataDir + QStringLiteral("/compilations/") + core;
    const QString child = QDir(moduleFolder).entryList(QDir::Dirs | QDir::NoDotAndDotDot).value(0);
    QVERIFY(!child.isEmpty());
    const QString own = moduleFolder + u'/' + child + QStringLiteral("/own.lock");
    const int fd = ::open(QFile::encodeName(own).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    QVERIFY(fd >= 0);
    struct flock region = {};
    region.l_type = F_WRLCK;
    region.l_whence = SEEK_SET;
    QCOMPARE(::fcntl(fd, F_SETLK, &region), 0);
    // Another process's lock outside the scanned folders (sources/).
    const QString source
        = m_dataDir + QStringLiteral("/sources/") + core + QStringLiteral("/1.json");
    QVERIFY(QFileInfo::exists(source));
    testing::Locker locker;
    QVERIFY(locker.startLocked(QStringLiteral("posix"), source));

    QVERIFY(m_env->health()->lockedFiles.isEmpty());
    HealthOptions everyone;
    everyone.fileScope = HolderScope::IncludingThisProcess;
    const QList<LockedFile> mine = m_env->health(everyone)->lockedFiles;
    QCOMPARE(mine.size(), 1);
    QCOMPARE(mine.first().path, QDir::cleanPath(own));
    QCOMPARE(mine.first().holders.first().pid, QCoreApplication::applicationPid());
    ::close(fd);
    // The same scan through findLockedFiles, on a root no lock is under.
    QVERIFY(findLockedFiles({m_dataDir + QStringLiteral("/deployments")},
                            HolderScope::IncludingThisProcess)
                .isEmpty());
    QVERIFY(findLockedFiles({m_dataDir + QStringLiteral("/no-such-folder")}).isEmpty());
}

void TestHealth::releaseOfAStaleLockInterruptsFencesAndLogs_data()
{
    QTest::addColumn<bool>("wholeFactory");
    QTest::addColumn<QString>("releasedNames"); // as the General log names them
    QTest::newRow("a solution's locks")
        << false << QStringLiteral("Customer_Core, Customer_Portal");
    QTest::newRow("the whole factory's lock (one row)") << true << QStringLiteral("every module");
}

void TestHealth::releaseOfAStaleLockInterruptsFencesAndLogs()
{
    QFETCH(bool, wholeFactory);
    QFETCH(QString, releasedNames);
    OtherProcess other(m_dataDir, 60s);
    const LockRequest request = wholeFactory
        ? LockRequest::forWholeFactory(OperationKind::ModulesUpgrade, compilerServiceUser())
        : LockRequest{OperationKind::SolutionPublish, QStringLiteral("alice"), {portal, core}};
    const OperationTicket held = *other.locks->tryAcquire(request).value().ticket;
    other.setHolderPid(held, goneProcessPid()); // the holder crashed

    Result<EnvironmentHealth> before = m_env->health({false});
    QVERIFY(before);
    QCOMPARE(before->locks.size(), 2);
    QCOMPARE(before->locks.at(0).lease.state, LeaseState::HolderGone);
    QCOMPARE(before->staleLockCount(), 2);
    QCOMPARE(m_env->locks()->size(), 2); // not expired: nobody releases it by itself yet

    Result<LockRelease> released = m_env->releaseLock(core, QStringLiteral("carol"), false);
    QVERIFY2(released, qPrintable(released ? QString() : released.error().fullText()));
    QCOMPARE(released->operation.operationId, held.operationId);
    QCOMPARE(released->operation.user, request.user);
    QCOMPARE(released->operation.kind, request.kind);
    QCOMPARE(released->releasedModules, QStringList({core, portal}));
    QCOMPARE(released->lease.state, LeaseState::HolderGone);
    QVERIFY(released->fence > held.fence);

    QVERIFY(m_env->health({false})->locks.isEmpty());
    for (const QString &module : {core, portal})
        QCOMPARE(
            scalar(*other.db, QStringLiteral("SELECT fence FROM modules WHERE name = ?"), {module})
                .value()
                .toLongLong(),
            released->fence);
    QCOMPARE(scalar(*other.db, QStringLiteral("SELECT status FROM operations WHERE id = ?"),
                    {held.operationId})
                 .value()
                 .toString(),
             QStringLiteral("interrupted"));
    const QString outcome
        = scalar(*other.db, QStringLiteral("SELECT outcome FROM operations WHERE id = ?"),
                 {held.operationId})
              .value()
              .toString();
    QVERIFY2(outcome.contains(QStringLiteral("carol released its locks by hand")),
             qPrintable(outcome));

    // Should the holder still run, its next write is refused and renewing too.
    Result<void> write = other.db->write(
        [&]() -> Result<void> { return other.locks->verifyInTransaction(held, {core}); });
    QVERIFY(!write);
    QCOMPARE(write.error().code, ErrorCode::Locked);
    QVERIFY(write.error().message.contains(QStringLiteral("lost its lock on 'Customer_Core'")));
    QCOMPARE(other.locks->renew(held).value(), false);

    LogQuery query;
    query.module = core;
    Result<QList<GeneralLogEntry>> log = m_env->generalLog(query);
    QVERIFY(log);
    const auto entry = std::find_if(log->cbegin(), log->cend(), [](const GeneralLogEntry &e) {
        return e.event == QLatin1String("released");
    });
    QVERIFY(entry != log->cend());
    QCOMPARE(entry->user, QStringLiteral("carol"));
    QCOMPARE(entry->operationId, held.operationId);
    QVERIFY2(entry->message.contains(QStringLiteral("carol released the lock on 'Customer_Core' "
                                                    "module by hand (lease holder-gone)")),
             qPrintable(entry->message));
    QVERIFY(entry->message.contains(QStringLiteral("fencing token %1").arg(released->fence)));
    QVERIFY2(entry->message.contains(QStringLiteral("its locks on %1 released").arg(releasedNames)),
             qPrintable(entry->message));

    // The modules are free for everyone else.
    OperationOptions bob;
    bob.user = QStringLiteral("bob");
    QVERIFY(m_env->publish({PublishTarget{core}}, bob));
}

void TestHealth::releaseOfALiveLockNeedsForce()
{
    OtherProcess other(m_dataDir, 60s);
    const OperationTicket held
        = other.hold(OperationKind::ConfigurationUpdate, QStringLiteral("alice"), {core});

    Result<LockRelease> refused = m_env->releaseLock(core, QStringLiteral("carol"), false);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::Locked);
    QVERIFY2(refused.error().message.startsWith(
                 QStringLiteral("The lock on 'Customer_Core' module is live: the Configuration "
                                "update started by alice at ")),
             qPrintable(refused.error().message));
    QVERIFY(refused.error().message.contains(QStringLiteral("Releasing it interrupts that "
                                                            "operation: its next write is "
                                                            "refused")));
    QVERIFY(refused.error().message.endsWith(QStringLiteral("Nothing was released.")));
    QCOMPARE(m_env->health({false})->locks.size(), 1);
    QVERIFY(other.locks->renew(held).value());

    Result<LockRelease> forced
        = m_env->releaseLock(core, QStringLiteral("carol"), true, held.operationId);
    QVERIFY(forced);
    QCOMPARE(forced->lease.state, LeaseState::Live);
    QVERIFY(m_env->health({false})->locks.isEmpty());
    QCOMPARE(other.locks->renew(held).value(), false);
}

void TestHealth::releaseRefusals()
{
    Result<LockRelease> notLocked = m_env->releaseLock(core, QStringLiteral("carol"), true);
    QVERIFY(!notLocked);
    QCOMPARE(notLocked.error().code, ErrorCode::NotFound);
    QCOMPARE(notLocked.error().message,
             QStringLiteral("Module 'Customer_Core' is not locked: there is nothing to release."));

    OtherProcess other(m_dataDir, 60s);
    const OperationTicket held
        = other.hold(OperationKind::Publish, QStringLiteral("alice"), {core});
    Result<LockRelease> changedHands
        = m_env->releaseLock(core, QStringLiteral("carol"), true, held.operationId + 100);
    QVERIFY(!changedHands);
    QCOMPARE(changedHands.error().code, ErrorCode::Locked);
    QVERIFY(changedHands.error().message.startsWith(
        QStringLiteral("The lock on 'Customer_Core' module changed hands")));
    QCOMPARE(m_env->health({false})->locks.size(), 1);
    QVERIFY(other.locks->renew(held).value());
}

QTEST_GUILESS_MAIN(TestHealth)
#include "tst_health.moc"
