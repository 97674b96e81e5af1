// Operations across real processes: scctl processes racing for one module, a holder
// killed with SIGKILL and recovered after its lease, a holder paused past its lease
// and fenced out, --wait-lock, a file held by another process (FILE_IN_USE with the
// holder's pid and name), and the logs as scripts read them.
//
// A slow compile is an external compiler command (a shell script that sleeps), so
// an operation holds its lock for a known while without any test hook in the product.
#include "domain/messages.h"
#include "environment/environment.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

#include <csignal>

using osc::Result;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

// A slow compile lasts SLOW seconds (0 by default): set per process.
QProcessEnvironment slowBy(double seconds)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("SLOW"), QString::number(seconds));
    return environment;
}

void startScctl(QProcess &process, const QStringList &arguments, double slow = 0)
{
    process.setProcessEnvironment(slowBy(slow));
    process.start(QStringLiteral(OSC_SCCTL_PATH), arguments);
}

Run finish(QProcess &process)
{
    if (!process.waitForFinished(120000))
        return {};
    return Run{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
               process.readAllStandardOutput(), process.readAllStandardError()};
}

Run scctl(const QStringList &arguments, double slow = 0)
{
    QProcess process;
    startScctl(process, arguments, slow);
    return finish(process);
}

} // namespace

class TestScctlOperations : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void racingProcessesExactlyOneWins();
    void killedHolderIsRecoveredAfterItsLease();
    void pausedHolderIsFencedOut();
    void waitLockWaitsForTheHolder();
    void fileInUseNamesTheHolderAndRetrySucceeds_data();
    void fileInUseNamesTheHolderAndRetrySucceeds();
    void fileReleasedDuringTheRetryLetsThePublishFinish();
    void solutionPublishDeleteAndApplySettings();
    void logsAreQueryableAsJson();
    void contractCommandsKeepTheirExitCodes();

private:
    QStringList env(const QStringList &arguments) const
    {
        return QStringList{QStringLiteral("--env"), m_env} + arguments;
    }
    void useSlowCompiler();
    // Polls `scctl locks` until `module` is locked; returns the holder's pid.
    qint64 waitUntilLocked(const QString &module);
    QString runningTarget(const QString &module) const
    {
        return QFileInfo(m_env + QStringLiteral("/running/") + module).symLinkTarget();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_env;
};

void TestScctlOperations::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_env = m_dir->filePath(QStringLiteral("env"));
    QCOMPARE(scctl(env({QStringLiteral("env"), QStringLiteral("init")})).exitCode, 0);
    QCOMPARE(scctl(env({QStringLiteral("import"), QStringLiteral(OSC_TEST_DATA_DIR "/modules")}))
                 .exitCode,
             0);
    QCOMPARE(scctl(env({QStringLiteral("publish"), QStringLiteral("Customer_Core"),
                        QStringLiteral("Customer_Portal")}))
                 .exitCode,
             0);
}

void TestScctlOperations::useSlowCompiler()
{
    const QString script = m_dir->filePath(QStringLiteral("slow compiler.sh"));
    QFile file(script);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("#!/bin/sh\nsleep \"${SLOW:-0}\"\necho \"compiled $1\"\necho ok > \"$2/out.txt\"\n");
    file.close();
    QVERIFY(file.setPermissions(file.permissions() | QFileDevice::ExeOwner));
    const Run set = scctl(
        env({QStringLiteral("env"), QStringLiteral("config"), QStringLiteral("compiler.command"),
             QStringLiteral("\"%1\" {module} {output}").arg(script)}));
    QVERIFY2(set.exitCode == 0, set.err.constData());
}

qint64 TestScctlOperations::waitUntilLocked(const QString &module)
{
    qint64 pid = 0;
    const auto locked = [&] {
        const QJsonArray locks = scctl(env({QStringLiteral("--json"), QStringLiteral("locks")}))
                                     .json()
                                     .value(QStringLiteral("locks"))
                                     .toArray();
        for (const QJsonValue &lock : locks) {
            if (lock[QStringLiteral("module")].toString() == module)
                pid = lock[QStringLiteral("holderPid")].toInteger();
        }
        return pid != 0;
    };
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(locked(), 20000);
    }();
    return pid;
}

void TestScctlOperations::racingProcessesExactlyOneWins()
{
    useSlowCompiler();
    // The GUI's side of the race runs in this process, on a worker thread with its
    // own Environment, as the GUI runs operations; its compile reads SLOW from here.
    qputenv("SLOW", "1.5");
    for (int round = 0; round < 6; ++round) {
        QProcess racers[2];
        const QStringList users{QStringLiteral("alice"), QStringLiteral("bob")};
        for (int i = 0; i < 2; ++i)
            startScctl(racers[i],
                       env({QStringLiteral("--user"), users[i], QStringLiteral("publish"),
                            QStringLiteral("Customer_Core")}),
                       1.5);
        // Like scctl's exit code: 0 published, 3 refused, 1 anything else.
        QFuture<int> gui = QtConcurrent::run([dataDir = m_env]() {
            Result<std::unique_ptr<osc::Environment>> environment = osc::Environment::open(dataDir);
            if (!environment)
                return 1;
            osc::OperationOptions options;
            options.user = QStringLiteral("gui");
            Result<QList<osc::PublishOutcome>> published
                = (*environment)
                      ->publish({osc::PublishTarget{QStringLiteral("Customer_Core")}}, options);
            if (published)
                return 0;
            return published.error().code == osc::ErrorCode::Locked ? 3 : 1;
        });
        int winners = 0;
        for (QProcess &racer : racers) {
            const Run run = finish(racer);
            if (run.exitCode == 0) {
                ++winners;
                continue;
            }
            QCOMPARE(run.exitCode, 3);
            QVERIFY2(run.err.contains("can't proceed because there is an ongoing 1-Click Publish"),
                     run.err.constData());
            QVERIFY(run.err.contains("that is locking 'Customer_Core' module."));
        }
        gui.waitForFinished();
        QVERIFY(gui.result() == 0 || gui.result() == 3);
        if (gui.result() == 0)
            ++winners;
        QCOMPARE(winners, 1);
    }
    qunsetenv("SLOW");
}

void TestScctlOperations::killedHolderIsRecoveredAfterItsLease()
{
    useSlowCompiler();
    QCOMPARE(scctl(env({QStringLiteral("env"), QStringLiteral("config"),
                        QStringLiteral("locks.lease-seconds"), QStringLiteral("3")}))
                 .exitCode,
             0);
    const QString before = runningTarget(QStringLiteral("Customer_Core"));
    QProcess holder;
    startScctl(holder,
               env({QStringLiteral("--user"), QStringLiteral("alice"), QStringLiteral("publish"),
                    QStringLiteral("Customer_Core")}),
               60);
    QCOMPARE(waitUntilLocked(QStringLiteral("Customer_Core")), holder.processId());
    holder.kill(); // SIGKILL: no chance to release anything
    holder.waitForFinished();

    // Within the lease the lock still holds…
    const Run refused = scctl(env({QStringLiteral("publish"), QStringLiteral("Customer_Core")}));
    QCOMPARE(refused.exitCode, 3);
    // …then it is recovered, without anyone editing the database.
    QTRY_COMPARE_WITH_TIMEOUT(
        scctl(env({QStringLiteral("publish"), QStringLiteral("Customer_Core")})).exitCode, 0,
        15000);
    QVERIFY(runningTarget(QStringLiteral("Customer_Core")) != before);
    QVERIFY(QFileInfo::exists(runningTarget(QStringLiteral("Customer_Core"))
                              + QStringLiteral("/out.txt")));
    const Run log = scctl(env({QStringLiteral("--json"), QStringLiteral("log"),
                               QStringLiteral("--grep"), QStringLiteral("interrupted")}));
    QCOMPARE(log.exitCode, 0);
    const QJsonArray entries = log.json().value(QStringLiteral("entries")).toArray();
    QVERIFY(!entries.isEmpty());
    QCOMPARE(entries.first()[QStringLiteral("event")].toString(), QStringLiteral("interrupted"));
    QCOMPARE(entries.first()[QStringLiteral("user")].toString(), QStringLiteral("alice"));
    QVERIFY(scctl(env({QStringLiteral("--json"), QStringLiteral("locks")}))
                .json()
                .value(QStringLiteral("locks"))
                .toArray()
                .isEmpty());
}

void TestScctlOperations::pausedHolderIsFencedOut()
{
    useSlowCompiler();
    QCOMPARE(scctl(env({QStringLiteral("env"), QStringLiteral("config"),
                        QStringLiteral("locks.lease-seconds"), QStringLiteral("1")}))
                 .exitCode,
             0);
    QProcess paused;
    startScctl(paused,
               env({QStringLiteral("--user"), QStringLiteral("alice"), QStringLiteral("publish"),
                    QStringLiteral("Customer_Core")}),
               2);
    waitUntilLocked(QStringLiteral("Customer_Core"));
    ::kill(pid_t(paused.processId()), SIGSTOP);
    QTest::qWait(1500); // past its lease: no renewal while stopped
    const Run next
        = scctl(env({QStringLiteral("--user"), QStringLiteral("bob"), QStringLiteral("--json"),
                     QStringLiteral("publish"), QStringLiteral("Customer_Core")}));
    QVERIFY2(next.exitCode == 0, next.err.constData());
    const qint64 bobsCompilation = next.json().value(QStringLiteral("compilationId")).toInteger();
    const QString bobsTarget = runningTarget(QStringLiteral("Customer_Core"));
    ::kill(pid_t(paused.processId()), SIGCONT);

    const Run woken = finish(paused);
    QCOMPARE(woken.exitCode, 3);
    QVERIFY2(woken.err.contains("lost its lock on 'Customer_Core' module"), woken.err.constData());
    QCOMPARE(runningTarget(QStringLiteral("Customer_Core")), bobsTarget);
    const QJsonObject module = scctl(env({QStringLiteral("--json"), QStringLiteral("module"),
                                          QStringLiteral("Customer_Core")}))
                                   .json();
    QCOMPARE(module[QStringLiteral("deployment")][QStringLiteral("compilationId")].toInteger(),
             bobsCompilation);
}

void TestScctlOperations::waitLockWaitsForTheHolder()
{
    useSlowCompiler();
    QProcess holder;
    startScctl(holder,
               env({QStringLiteral("--user"), QStringLiteral("alice"), QStringLiteral("publish"),
                    QStringLiteral("Customer_Core")}),
               1.5);
    waitUntilLocked(QStringLiteral("Customer_Core"));
    const Run waited = scctl(
        env({QStringLiteral("--user"), QStringLiteral("bob"), QStringLiteral("apply-settings"),
             QStringLiteral("Customer_Core"), QStringLiteral("MaxResults=9"),
             QStringLiteral("--wait-lock"), QStringLiteral("30")}));
    QVERIFY2(waited.exitCode == 0, waited.err.constData());
    QVERIFY(waited.err.contains("Waiting up to 30 s for the lock: The Configuration update "
                                "started by bob"));
    QCOMPARE(finish(holder).exitCode, 0);
}

void TestScctlOperations::fileInUseNamesTheHolderAndRetrySucceeds_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("POSIX lock (lockf, fcntl)") << QStringLiteral("posix");
    QTest::newRow("open file description lock") << QStringLiteral("ofd");
    QTest::newRow("flock") << QStringLiteral("flock");
}

void TestScctlOperations::fileInUseNamesTheHolderAndRetrySucceeds()
{
    QFETCH(QString, kind);
    QCOMPARE(scctl(env({QStringLiteral("env"), QStringLiteral("config"),
                        QStringLiteral("files.retry-seconds"), QStringLiteral("0.5")}))
                 .exitCode,
             0);
    const QString before = runningTarget(QStringLiteral("Customer_Core"));
    const QString held = before + QStringLiteral("/manifest.json");
    QProcess locker;
    locker.start(QStringLiteral(OSC_FILELOCKER_PATH), {kind, held});
    QVERIFY(locker.waitForReadyRead(10000));
    QCOMPARE(locker.readLine().trimmed(), QByteArray("locked"));

    const Run failed = scctl(env({QStringLiteral("publish"), QStringLiteral("Customer_Core")}));
    QCOMPARE(failed.exitCode, 1);
    const QStringList lines = QString::fromUtf8(failed.err).split(u'\n');
    QCOMPARE(lines.value(0), osc::messages::fileInUse());
    QVERIFY2(failed.err.contains(QFileInfo(held).canonicalFilePath().toUtf8())
                 || failed.err.contains(held.toUtf8()),
             failed.err.constData());
    QVERIFY2(failed.err.contains(
                 QStringLiteral("process %1 (osc_filelocker)").arg(locker.processId()).toUtf8()),
             failed.err.constData());
    QCOMPARE(runningTarget(QStringLiteral("Customer_Core")), before); // unchanged
    const Run errors = scctl(env({QStringLiteral("--json"), QStringLiteral("errors"),
                                  QStringLiteral("--module"), QStringLiteral("Customer_Core")}));
    const QJsonObject entry
        = errors.json().value(QStringLiteral("errors")).toArray().first().toObject();
    QCOMPARE(entry[QStringLiteral("step")].toString(), QStringLiteral("deploy"));
    QVERIFY(entry[QStringLiteral("message")].toString().startsWith(osc::messages::fileInUse()));
    QVERIFY(
        entry[QStringLiteral("detail")].toString().contains(QString::number(locker.processId())));

    locker.closeWriteChannel(); // the holder lets go
    QVERIFY(locker.waitForFinished(10000));
    const Run retried = scctl(env({QStringLiteral("publish"), QStringLiteral("Customer_Core")}));
    QVERIFY2(retried.exitCode == 0, retried.err.constData());
    QVERIFY(runningTarget(QStringLiteral("Customer_Core")) != before);
}

void TestScctlOperations::fileReleasedDuringTheRetryLetsThePublishFinish()
{
    QCOMPARE(scctl(env({QStringLiteral("env"), QStringLiteral("config"),
                        QStringLiteral("files.retry-seconds"), QStringLiteral("30")}))
                 .exitCode,
             0);
    const QString held = runningTarget(QStringLiteral("Customer_Core")) + "/interface.json";
    QProcess locker;
    locker.start(QStringLiteral(OSC_FILELOCKER_PATH), {QStringLiteral("posix"), held});
    QVERIFY(locker.waitForReadyRead(10000));
    QProcess publish;
    startScctl(publish, env({QStringLiteral("publish"), QStringLiteral("Customer_Core")}));
    QTest::qWait(700); // the publish is retrying by now
    QCOMPARE(publish.state(), QProcess::Running);
    locker.closeWriteChannel();
    const Run done = finish(publish);
    QVERIFY2(done.exitCode == 0, done.err.constData());
    QVERIFY(locker.waitForFinished(10000));
}

void TestScctlOperations::solutionPublishDeleteAndApplySettings()
{
    const Run solution
        = scctl(env({QStringLiteral("--json"), QStringLiteral("publish"),
                     QStringLiteral("Customer_Portal"), QStringLiteral("Customer_Core")}));
    QCOMPARE(solution.exitCode, 0);
    QCOMPARE(solution.json()[QStringLiteral("operation")].toString(),
             QStringLiteral("Solution publish"));
    const QJsonArray published = solution.json()[QStringLiteral("published")].toArray();
    QCOMPARE(published.size(), 2);
    QCOMPARE(published[0][QStringLiteral("module")].toString(), QStringLiteral("Customer_Core"));

    // In English with its plural forms, whatever the operator's locale (scripts read it).
    QProcess inPortuguese;
    QProcessEnvironment portuguese = slowBy(0);
    portuguese.insert(QStringLiteral("LANG"), QStringLiteral("pt_PT.UTF-8"));
    portuguese.insert(QStringLiteral("LANGUAGE"), QStringLiteral("pt_PT"));
    inPortuguese.setProcessEnvironment(portuguese);
    inPortuguese.start(QStringLiteral(OSC_SCCTL_PATH),
                       env({QStringLiteral("delete"), QStringLiteral("Customer_Core")}));
    const Run refused = finish(inPortuguese);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("1 module references it (Customer_Portal)"),
             refused.err.constData());
    QVERIFY(refused.err.contains("Run 'scctl delete Customer_Core --force' to delete it anyway."));

    const Run badSetting = scctl(env({QStringLiteral("apply-settings"),
                                      QStringLiteral("Customer_Core"), QStringLiteral("Nope=1")}));
    QCOMPARE(badSetting.exitCode, 2);
    const Run applied = scctl(
        env({QStringLiteral("--json"), QStringLiteral("apply-settings"),
             QStringLiteral("Customer_Core"), QStringLiteral("CrmEndpoint=https://crm.test/api")}));
    QCOMPARE(applied.exitCode, 0);
    QCOMPARE(applied.json()[QStringLiteral("redeployed")].toBool(), true);
    QFile settings(runningTarget(QStringLiteral("Customer_Core")) + "/settings.json");
    QVERIFY(settings.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(settings.readAll())[QStringLiteral("CrmEndpoint")].toString(),
             QStringLiteral("https://crm.test/api"));

    const Run forced = scctl(env({QStringLiteral("--json"), QStringLiteral("delete"),
                                  QStringLiteral("Customer_Core"), QStringLiteral("--force")}));
    QCOMPARE(forced.exitCode, 0);
    QCOMPARE(forced.json()[QStringLiteral("brokenConsumers")].toArray().first().toString(),
             QStringLiteral("Customer_Portal"));
    const QJsonObject portal = scctl(env({QStringLiteral("--json"), QStringLiteral("module"),
                                          QStringLiteral("Customer_Portal")}))
                                   .json();
    QCOMPARE(portal[QStringLiteral("status")].toString(), QStringLiteral("broken"));
    QCOMPARE(portal[QStringLiteral("blockedBy")].toString(), QStringLiteral("Customer_Core"));
    QCOMPARE(scctl(env({QStringLiteral("module"), QStringLiteral("Customer_Core")})).exitCode, 2);
}

void TestScctlOperations::logsAreQueryableAsJson()
{
    QCOMPARE(scctl(env({QStringLiteral("--user"), QStringLiteral("erin"), QStringLiteral("publish"),
                        QStringLiteral("Customer_Portal")}))
                 .exitCode,
             0);
    const Run log = scctl(
        env({QStringLiteral("--json"), QStringLiteral("log"), QStringLiteral("--module"),
             QStringLiteral("Customer_Portal"), QStringLiteral("--since"), QStringLiteral("1h"),
             QStringLiteral("--operation"), QStringLiteral("publish")}));
    QCOMPARE(log.exitCode, 0);
    const QJsonArray entries = log.json()[QStringLiteral("entries")].toArray();
    QVERIFY(entries.size() >= 4);
    QCOMPARE(entries.first()[QStringLiteral("event")].toString(), QStringLiteral("succeeded"));
    QCOMPARE(entries.first()[QStringLiteral("user")].toString(), QStringLiteral("erin"));
    const qint64 operation = entries.first()[QStringLiteral("operationId")].toInteger();
    const Run one = scctl(env({QStringLiteral("--json"), QStringLiteral("log"),
                               QStringLiteral("--operation"), QString::number(operation)}));
    for (const QJsonValue &entry : one.json()[QStringLiteral("entries")].toArray())
        QCOMPARE(entry[QStringLiteral("operationId")].toInteger(), operation);

    QCOMPARE(scctl(env({QStringLiteral("log"), QStringLiteral("--since"), QStringLiteral("soon")}))
                 .exitCode,
             2);
    QCOMPARE(scctl(env({QStringLiteral("errors"), QStringLiteral("--operation"),
                        QStringLiteral("publishing")}))
                 .exitCode,
             2);
    const Run grep = scctl(env({QStringLiteral("--json"), QStringLiteral("errors"),
                                QStringLiteral("--grep"), QStringLiteral("\"unbalanced -quote*")}));
    QCOMPARE(grep.exitCode, 0);

    QCOMPARE(scctl(env({QStringLiteral("env"), QStringLiteral("config"),
                        QStringLiteral("log.retention-weeks"), QStringLiteral("0")}))
                 .exitCode,
             2);
    QCOMPARE(scctl(env({QStringLiteral("env"), QStringLiteral("config"),
                        QStringLiteral("log.retention-weeks"), QStringLiteral("1")}))
                 .exitCode,
             0);
    const Run purge
        = scctl(env({QStringLiteral("--json"), QStringLiteral("log"), QStringLiteral("--purge")}));
    QCOMPARE(purge.exitCode, 0);
    QCOMPARE(purge.json()[QStringLiteral("retentionWeeks")].toInt(), 1);
    QCOMPARE(purge.json()[QStringLiteral("purged")].toInteger(), 0); // everything is recent
}

void TestScctlOperations::contractCommandsKeepTheirExitCodes()
{
    QCOMPARE(scctl(env({QStringLiteral("delete")})).exitCode, 2);
    QCOMPARE(scctl(env({QStringLiteral("delete"), QStringLiteral("Nope")})).exitCode, 2);
    QCOMPARE(scctl(env({QStringLiteral("apply-settings"), QStringLiteral("Customer_Core"),
                        QStringLiteral("novalue")}))
                 .exitCode,
             2);
    QCOMPARE(scctl(env({QStringLiteral("publish"), QStringLiteral("Customer_Core"),
                        QStringLiteral("--wait-lock"), QStringLiteral("soon")}))
                 .exitCode,
             2);
    QCOMPARE(scctl(env({QStringLiteral("env"), QStringLiteral("config"), QStringLiteral("nope"),
                        QStringLiteral("1")}))
                 .exitCode,
             2);
    QCOMPARE(scctl(env({QStringLiteral("env"), QStringLiteral("config"),
                        QStringLiteral("compiler.command"), QStringLiteral("cc {nope}")}))
                 .exitCode,
             2);
    QCOMPARE(scctl(env({QStringLiteral("locks"), QStringLiteral("extra")})).exitCode, 2);
}

QTEST_GUILESS_MAIN(TestScctlOperations)
#include "tst_scctl_operations.moc"
