// scctl health and scctl locks --release across real processes: a publish that holds
// its lock while a real child process (osc_filelocker) holds one of the module's
// files, the lock and the file shown by `health`, a live lock refused without
// --force and fenced out with it, a killed holder shown stale and released without
// --force, the workers of a real modules preparation, and `locks` left as it was.
#include "scctlprocess.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// tests/cli/CMakeLists.txt defines it for the suites it lists; otherwise the helper
// is found next to this test's folder in the build tree (initTestCase() moves there).
#ifndef OSC_FILELOCKER_PATH
#define OSC_FILELOCKER_PATH "../helpers/osc_filelocker"
#endif
#include "../helpers/lockerprocess.h"

using namespace osc::testing;

namespace {

const QString core = QStringLiteral("Customer_Core");

} // namespace

class TestScctlHealth : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void idleEnvironment();
    void usageErrors_data();
    void usageErrors();
    void liveLockIsRefusedThenForcedAndTheHolderFencedOut();
    void killedHolderIsStaleAndReleasedWithoutForce();
    void workersOfARunningPreparation();

private:
    QStringList env(const QStringList &arguments) const
    {
        return QStringList{QStringLiteral("--env"), m_env} + arguments;
    }
    void config(const QString &key, const QString &value)
    {
        const ScctlRun set
            = scctl(env({QStringLiteral("env"), QStringLiteral("config"), key, value}));
        QVERIFY2(set.exitCode == 0, set.err.constData());
    }
    // `health --json` until `module` is locked; the lock's JSON (empty if it never is).
    QJsonObject waitForLock(const QString &module);
    QString runningFolder(const QString &module) const
    {
        return QFileInfo(m_env + QStringLiteral("/running/") + module).canonicalFilePath();
    }
    // A publish of Customer_Core that waits for a file of its running version, which
    // `locker` holds: it keeps its module lock meanwhile.
    void startBlockedPublish(Locker &locker, QProcess &publish);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_env;
};

void TestScctlHealth::initTestCase()
{
    QVERIFY(QDir::setCurrent(QCoreApplication::applicationDirPath()));
    QVERIFY2(QFileInfo::exists(QStringLiteral(OSC_FILELOCKER_PATH)),
             "osc_filelocker is not built: cmake --build <build> --target osc_filelocker");
}

void TestScctlHealth::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_env = m_dir->filePath(QStringLiteral("env"));
    QCOMPARE(scctl(env({QStringLiteral("env"), QStringLiteral("init")})).exitCode, 0);
    QCOMPARE(scctl(env({QStringLiteral("import"), QStringLiteral(OSC_TEST_DATA_DIR "/modules")}))
                 .exitCode,
             0);
    QCOMPARE(
        scctl(env({QStringLiteral("publish"), core, QStringLiteral("Customer_Portal")})).exitCode,
        0);
}

QJsonObject TestScctlHealth::waitForLock(const QString &module)
{
    QJsonObject found;
    const auto locked = [&] {
        const QJsonArray locks = scctl(env({QStringLiteral("--json"), QStringLiteral("health"),
                                            QStringLiteral("--no-files")}))
                                     .json()
                                     .value(QStringLiteral("locks"))
                                     .toArray();
        for (const QJsonValue &lock : locks) {
            if (lock[QStringLiteral("module")].toString() == module)
                found = lock.toObject();
        }
        return !found.isEmpty();
    };
    if (!QTest::qWaitFor(locked, 30000))
        return {};
    return found;
}

void TestScctlHealth::startBlockedPublish(Locker &locker, QProcess &publish)
{
    config(QStringLiteral("files.retry-seconds"), QStringLiteral("120"));
    QVERIFY(locker.startLocked(QStringLiteral("posix"),
                               runningFolder(core) + QStringLiteral("/manifest.json")));
    publish.start(
        QStringLiteral(OSC_SCCTL_PATH),
        env({QStringLiteral("--user"), QStringLiteral("alice"), QStringLiteral("publish"), core}));
    QVERIFY(publish.waitForStarted());
}

void TestScctlHealth::idleEnvironment()
{
    const ScctlRun text = scctl(env({QStringLiteral("health")}));
    QCOMPARE(text.exitCode, 0);
    QCOMPARE(QString::fromUtf8(text.out),
             QStringLiteral("Engine\n"
                            "  The engine is idle: no modules preparation or deployment is "
                            "running.\n"
                            "\n"
                            "Module locks (lease 10 s)\n"
                            "  No module is locked.\n"
                            "\n"
                            "Files held in %1/compilations and %1/deployments\n"
                            "  No other process holds a file there.\n")
                 .arg(m_env));

    const ScctlRun json = scctl(env({QStringLiteral("--json"), QStringLiteral("health")}));
    QCOMPARE(json.exitCode, 0);
    const QJsonObject health = json.json();
    QCOMPARE(health[QStringLiteral("steps")].toArray().size(), 0);
    QCOMPARE(health[QStringLiteral("locks")].toArray().size(), 0);
    QCOMPARE(health[QStringLiteral("staleLocks")].toInt(), 0);
    QCOMPARE(health[QStringLiteral("leaseSeconds")].toInt(), 10);
    QCOMPARE(health[QStringLiteral("filesScanned")].toBool(), true);
    QCOMPARE(health[QStringLiteral("lockedFiles")].toArray().size(), 0);
    QVERIFY(!health[QStringLiteral("readAt")].toString().isEmpty());

    const ScctlRun noFiles = scctl(
        env({QStringLiteral("--json"), QStringLiteral("health"), QStringLiteral("--no-files")}));
    QCOMPARE(noFiles.json()[QStringLiteral("filesScanned")].toBool(), false);
    QVERIFY(noFiles.json()[QStringLiteral("lockedFiles")].isNull());

    // `locks` says what it always said.
    const ScctlRun locks = scctl(env({QStringLiteral("locks")}));
    QCOMPARE(locks.exitCode, 0);
    QCOMPARE(locks.out, QByteArray("No module is locked.\n"));
}

void TestScctlHealth::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("health with an argument")
        << QStringList{QStringLiteral("health"), QStringLiteral("extra")} << 2
        << QStringLiteral("extra");
    QTest::newRow("--release without a module")
        << QStringList{QStringLiteral("locks"), QStringLiteral("--release")} << 2
        << QStringLiteral("--release needs a module name.");
    QTest::newRow("--operation that is not an id")
        << QStringList{QStringLiteral("locks"), QStringLiteral("--release"), core,
                       QStringLiteral("--operation"), QStringLiteral("x")}
        << 2 << QStringLiteral("--operation takes an operation id");
    QTest::newRow("a module that is not locked")
        << QStringList{QStringLiteral("locks"), QStringLiteral("--release"), core} << 2
        << QStringLiteral("Module 'Customer_Core' is not locked: there is nothing to release.");
    QTest::newRow("locks with an unknown flag")
        << QStringList{QStringLiteral("locks"), QStringLiteral("--force")} << 2
        << QStringLiteral("--force");
}

void TestScctlHealth::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const ScctlRun run = scctl(env(arguments));
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
}

void TestScctlHealth::liveLockIsRefusedThenForcedAndTheHolderFencedOut()
{
    const QString before = runningFolder(core);
    Locker locker;
    QProcess publish;
    startBlockedPublish(locker, publish);
    const QJsonObject lock = waitForLock(core);
    QVERIFY2(!lock.isEmpty(), "the publish never locked its module");
    QCOMPARE(lock[QStringLiteral("holderPid")].toInteger(), publish.processId());
    QCOMPARE(lock[QStringLiteral("user")].toString(), QStringLiteral("alice"));
    QCOMPARE(lock[QStringLiteral("operation")].toString(), QStringLiteral("1-Click Publish"));
    QCOMPARE(lock[QStringLiteral("leaseState")].toString(), QStringLiteral("live"));
    QCOMPARE(lock[QStringLiteral("stale")].toBool(), false);

    // The file the publish waits for, and who holds it.
    const QJsonObject health
        = scctl(env({QStringLiteral("--json"), QStringLiteral("health")})).json();
    bool listed = false;
    for (const QJsonValue &file : health[QStringLiteral("lockedFiles")].toArray()) {
        if (QFileInfo(file[QStringLiteral("path")].toString()).canonicalFilePath()
            != before + QStringLiteral("/manifest.json"))
            continue;
        const QJsonObject holder = file[QStringLiteral("holders")].toArray().first().toObject();
        QCOMPARE(holder[QStringLiteral("pid")].toInteger(), locker.pid());
        QCOMPARE(holder[QStringLiteral("process")].toString(), QStringLiteral("osc_filelocker"));
        QCOMPARE(holder[QStringLiteral("lockKind")].toString(), QStringLiteral("POSIX"));
        listed = true;
    }
    QVERIFY2(listed, QJsonDocument(health).toJson().constData());

    // A live lease is refused without --force, and says what releasing would do.
    const ScctlRun refused
        = scctl(env({QStringLiteral("locks"), QStringLiteral("--release"), core}));
    QCOMPARE(refused.exitCode, 3);
    QVERIFY2(refused.err.startsWith("The lock on 'Customer_Core' module is live: the 1-Click "
                                    "Publish started by alice at "),
             refused.err.constData());
    QVERIFY(refused.err.contains("Releasing it interrupts that operation"));
    QVERIFY(refused.err.contains("Run again with --force to release it anyway."));
    QCOMPARE(waitForLock(core)[QStringLiteral("operationId")], lock[QStringLiteral("operationId")]);

    const ScctlRun forced = scctl(env(
        {QStringLiteral("--json"), QStringLiteral("--user"), QStringLiteral("carol"),
         QStringLiteral("locks"), QStringLiteral("--release"), core, QStringLiteral("--force")}));
    QVERIFY2(forced.exitCode == 0, forced.err.constData());
    const QJsonObject released = forced.json()[QStringLiteral("released")].toObject();
    QCOMPARE(released[QStringLiteral("operationId")], lock[QStringLiteral("operationId")]);
    QCOMPARE(released[QStringLiteral("leaseState")].toString(), QStringLiteral("live"));
    QCOMPARE(released[QStringLiteral("forced")].toBool(), true);
    QCOMPARE(released[QStringLiteral("releasedBy")].toString(), QStringLiteral("carol"));
    QVERIFY(released[QStringLiteral("fence")].toInteger()
            > lock[QStringLiteral("fence")].toInteger());
    QCOMPARE(scctl(env({QStringLiteral("locks")})).out, QByteArray("No module is locked.\n"));

    // The holder goes on once the file is free, and is fenced out: exit 3, nothing switched.
    locker.release();
    const ScctlRun fenced = finishScctl(publish);
    QCOMPARE(fenced.exitCode, 3);
    QVERIFY2(fenced.err.contains("lost its lock on 'Customer_Core' module"),
             fenced.err.constData());
    QCOMPARE(runningFolder(core), before);

    const ScctlRun log = scctl(env({QStringLiteral("log"), QStringLiteral("--module"), core}));
    QVERIFY2(log.out.contains("carol released the lock on 'Customer_Core' module by hand (lease "
                              "live)"),
             log.out.constData());
}

void TestScctlHealth::killedHolderIsStaleAndReleasedWithoutForce()
{
    config(QStringLiteral("locks.lease-seconds"), QStringLiteral("120"));
    Locker locker;
    QProcess publish;
    startBlockedPublish(locker, publish);
    const QJsonObject lock = waitForLock(core);
    QVERIFY2(!lock.isEmpty(), "the publish never locked its module");
    QCOMPARE(lock[QStringLiteral("holderPid")].toInteger(), publish.processId());
    publish.kill(); // SIGKILL: nobody renews or releases the lease now
    QVERIFY(publish.waitForFinished(10000));

    const QJsonObject stale = waitForLock(core);
    QVERIFY(!stale.isEmpty());
    QCOMPARE(stale[QStringLiteral("leaseState")].toString(), QStringLiteral("holder-gone"));
    QCOMPARE(stale[QStringLiteral("stale")].toBool(), true);
    const ScctlRun text = scctl(env({QStringLiteral("health"), QStringLiteral("--no-files")}));
    QVERIFY2(text.out.contains("STALE: holder process gone"), text.out.constData());
    QVERIFY(text.out.contains("1 stale lock: 'scctl locks --release MODULE' releases one."));

    const ScctlRun released
        = scctl(env({QStringLiteral("locks"), QStringLiteral("--release"), core}));
    QVERIFY2(released.exitCode == 0, released.err.constData());
    QVERIFY2(released.out.startsWith("Released the lock on 'Customer_Core' (lease STALE: holder "
                                     "process gone). The 1-Click Publish #"),
             released.out.constData());
    QCOMPARE(scctl(env({QStringLiteral("locks")})).out, QByteArray("No module is locked.\n"));

    locker.release();
    QVERIFY(locker.waitForExit());
    const ScctlRun again = scctl(env({QStringLiteral("publish"), core}));
    QVERIFY2(again.exitCode == 0, again.err.constData());
}

void TestScctlHealth::workersOfARunningPreparation()
{
    // An external compiler that takes its time, so that the run can be watched.
    const QString script = m_dir->filePath(QStringLiteral("slow compiler.sh"));
    QFile file(script);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("#!/bin/sh\nsleep 3\necho \"compiled $1\"\necho ok > \"$2/out.txt\"\n");
    file.close();
    QVERIFY(file.setPermissions(file.permissions() | QFileDevice::ExeOwner));
    config(QStringLiteral("compiler.command"),
           QStringLiteral("\"%1\" {module} {output}").arg(script));

    QProcess upgrade;
    upgrade.start(
        QStringLiteral(OSC_SCCTL_PATH),
        env({QStringLiteral("upgrade-environment"), QStringLiteral("--to"),
             QStringLiteral("11.12.0"), QStringLiteral("--workers"), QStringLiteral("2")}));
    QVERIFY(upgrade.waitForStarted());

    // Customer_Portal consumes Customer_Core: one worker compiles, the other waits.
    QJsonObject step;
    const auto busy = [&] {
        const QJsonArray steps = scctl(env({QStringLiteral("--json"), QStringLiteral("health"),
                                            QStringLiteral("--no-files")}))
                                     .json()
                                     .value(QStringLiteral("steps"))
                                     .toArray();
        step = steps.isEmpty() ? QJsonObject() : steps.first().toObject();
        const QJsonArray workers = step[QStringLiteral("workers")].toArray();
        return workers.size() == 2
            && workers[0][QStringLiteral("state")].toString() == QLatin1String("busy");
    };
    QTRY_VERIFY_WITH_TIMEOUT(busy(), 60000);
    QCOMPARE(step[QStringLiteral("execution")][QStringLiteral("kind")].toString(),
             QStringLiteral("preparation"));
    QCOMPARE(step[QStringLiteral("processRunning")].toBool(), true);
    QCOMPARE(step[QStringLiteral("holderPid")].toInteger(), upgrade.processId());
    QCOMPARE(step[QStringLiteral("leaseState")].toString(), QStringLiteral("live"));
    const QJsonArray workers = step[QStringLiteral("workers")].toArray();
    QCOMPARE(workers[0][QStringLiteral("slot")].toInt(), 1);
    QCOMPARE(workers[0][QStringLiteral("module")].toString(), core);
    QVERIFY(workers[0][QStringLiteral("since")].isString());
    QCOMPARE(workers[1][QStringLiteral("state")].toString(), QStringLiteral("idle"));
    QVERIFY(workers[1][QStringLiteral("module")].isNull());
    const ScctlRun text = scctl(env({QStringLiteral("health"), QStringLiteral("--no-files")}));
    QVERIFY2(text.out.contains(
                 QStringLiteral("Modules preparation, execution %1 (running), operation %2: "
                                "process %3 on ")
                     .arg(step[QStringLiteral("execution")][QStringLiteral("id")].toInteger())
                     .arg(step[QStringLiteral("operationId")].toInteger())
                     .arg(upgrade.processId())
                     .toUtf8()),
             text.out.constData());

    const ScctlRun done = finishScctl(upgrade);
    QVERIFY2(done.exitCode == 0, done.err.constData());
    QCOMPARE(scctl(env({QStringLiteral("--json"), QStringLiteral("health"),
                        QStringLiteral("--no-files")}))
                 .json()[QStringLiteral("steps")]
                 .toArray()
                 .size(),
             0);
}

QTEST_GUILESS_MAIN(TestScctlHealth)
#include "tst_scctl_health.moc"
