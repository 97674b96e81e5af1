// Deploy All across real processes: `deploy-prepared-applications` says up front
// what it will run, reports as JSON, and an `scctl` deployment killed with SIGKILL
// at several moments is resumed by the next process to the same final state as an
// uninterrupted run: no module half-deployed, none deployed twice.
#include "scctlprocess.h"

#include "storage/database.h"

#include <QDir>
#include <QDirIterator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>

using namespace osc;
using namespace osc::testing;

namespace {

// What runs: module -> its running compilation; and how many deployments of each
// compilation are not abandoned (more than one: deployed twice).
struct Deployed
{
    QMap<QString, qint64> running;
    int deployedTwice = 0;
    int staged = 0;
};

Deployed deployedIn(const QString &dir)
{
    Deployed deployed;
    Result<std::unique_ptr<Database>> db = Database::openSqlite(
        dir + QStringLiteral("/environment.db"), Database::OpenMode::OpenExisting);
    if (!db)
        return deployed;
    Result<QSqlQuery> running = (*db)->exec(
        QStringLiteral("SELECT m.name, d.compilation_id FROM deployments d JOIN modules m ON m.id "
                       "= d.module_id WHERE d.state = 'running'"));
    while (running && running->next())
        deployed.running.insert(running->value(0).toString(), running->value(1).toLongLong());
    Result<QVariant> twice = scalar(
        **db,
        QStringLiteral("SELECT COUNT(*) FROM (SELECT compilation_id FROM deployments WHERE "
                       "state <> 'abandoned' GROUP BY compilation_id HAVING COUNT(*) > 1)"));
    deployed.deployedTwice = twice ? twice->toInt() : -1;
    Result<QVariant> staged
        = scalar(**db, QStringLiteral("SELECT COUNT(*) FROM deployments WHERE state = 'staged'"));
    deployed.staged = staged ? staged->toInt() : -1;
    return deployed;
}

// Every running link names a complete folder: never a ".partial" one a killed stage
// left (those are swept by LeftoverSweeper a day later), and one whose settings.json,
// the last file a stage writes, is there.
bool everyRunningFolderComplete(const QString &dir, QString *why)
{
    QDirIterator links(dir + QStringLiteral("/running"),
                       QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot);
    while (links.hasNext()) {
        const QFileInfo link(links.next());
        if (link.symLinkTarget().endsWith(QStringLiteral(".partial"))
            || !QFileInfo::exists(link.symLinkTarget() + QStringLiteral("/settings.json"))) {
            *why = QStringLiteral("incomplete running folder: ") + link.symLinkTarget();
            return false;
        }
    }
    return true;
}

} // namespace

class TestScctlDeploy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void deploySaysWhatRunsThenReportsAsJson();
    void killedDeploymentResumesToTheSameState();

private:
    QString copyOfTemplate(const QString &name);
    QStringList env(const QString &dir, const QStringList &arguments) const
    {
        return QStringList{QStringLiteral("--env"), dir} + arguments;
    }

    QTemporaryDir m_dir;
    QString m_template; // 11.19.0, prepared (with some failures), not deployed
};

void TestScctlDeploy::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_template = m_dir.filePath(QStringLiteral("template"));
    const ScctlRun created
        = scctl(env(m_template,
                    {QStringLiteral("env"), QStringLiteral("init"), QStringLiteral("--platform"),
                     QStringLiteral("11.11.0"), QStringLiteral("--demo"), QStringLiteral("150")}));
    QVERIFY2(created.exitCode == 0, created.err.constData());
    // A short lease, so that a killed holder is recovered quickly.
    QCOMPARE(scctl(env(m_template,
                       {QStringLiteral("env"), QStringLiteral("config"),
                        QStringLiteral("locks.lease-seconds"), QStringLiteral("1")}))
                 .exitCode,
             0);
    const ScctlRun upgraded = scctl(env(m_template,
                                        {QStringLiteral("upgrade-environment"),
                                         QStringLiteral("--to"), QStringLiteral("11.19.0")}));
    QVERIFY2(upgraded.exitCode == 4, upgraded.err.constData()); // some fail to prepare
}

QString TestScctlDeploy::copyOfTemplate(const QString &name)
{
    const QString copy = m_dir.filePath(name);
    QProcess cp;
    cp.start(QStringLiteral("cp"), {QStringLiteral("-a"), m_template, copy});
    cp.waitForFinished();
    return cp.exitCode() == 0 ? copy : QString();
}

void TestScctlDeploy::deploySaysWhatRunsThenReportsAsJson()
{
    const QString dir = copyOfTemplate(QStringLiteral("json"));
    const ScctlRun text = scctl(env(dir, {QStringLiteral("deploy-prepared-applications")}));
    QVERIFY2(text.exitCode == 0, text.err.constData());
    const QList<QByteArray> lines = text.out.split('\n');
    QVERIFY2(lines.first().startsWith("Deploys ")
                 && lines.first().contains(" modules prepared for platform version 11.19.0.")
                 && !lines.first().contains("(s)"),
             text.out.constData());
    QVERIFY2(text.out.contains("Deploy All finished: "), text.out.constData());

    const ScctlRun again = scctl(
        env(dir, {QStringLiteral("--json"), QStringLiteral("deploy-prepared-applications")}));
    QCOMPARE(again.exitCode, 0);
    const QJsonObject json = again.json();
    QCOMPARE(json.value(QStringLiteral("plan")).toObject().value(QStringLiteral("deploy")).toInt(),
             0);
    const QJsonObject execution = json.value(QStringLiteral("execution")).toObject();
    QCOMPARE(execution.value(QStringLiteral("kind")).toString(), QStringLiteral("deployment"));
    QCOMPARE(execution.value(QStringLiteral("status")).toString(), QStringLiteral("succeeded"));
    QCOMPARE(execution.value(QStringLiteral("counts"))
                 .toObject()
                 .value(QStringLiteral("succeeded"))
                 .toInt(),
             0);

    // The report lists both kinds, newest first.
    const QJsonArray executions
        = scctl(env(dir, {QStringLiteral("--json"), QStringLiteral("upgrades")}))
              .json()
              .value(QStringLiteral("executions"))
              .toArray();
    QCOMPARE(executions.size(), 3);
    QCOMPARE(executions.at(0).toObject().value(QStringLiteral("kind")).toString(),
             QStringLiteral("deployment"));
    QCOMPARE(executions.at(2).toObject().value(QStringLiteral("kind")).toString(),
             QStringLiteral("preparation"));
}

void TestScctlDeploy::killedDeploymentResumesToTheSameState()
{
    const QString reference = copyOfTemplate(QStringLiteral("reference"));
    const ScctlRun uninterrupted = scctl(env(reference,
                                             {QStringLiteral("deploy-prepared-applications"),
                                              QStringLiteral("--workers"), QStringLiteral("1")}));
    QVERIFY2(uninterrupted.exitCode == 0, uninterrupted.err.constData());
    const Deployed expected = deployedIn(reference);
    QCOMPARE(expected.running.size(), 150);
    const QMap<QString, QString> expectedOutcomes = moduleOutcomes(
        scctl(env(reference,
                  {QStringLiteral("--json"), QStringLiteral("upgrades"), QStringLiteral("2")}))
            .json());

    int killedMidway = 0;
    int iteration = 0;
    for (int delayMs : {150, 300, 500}) {
        const QString dir = copyOfTemplate(QStringLiteral("killed-%1").arg(++iteration));
        QProcess victim;
        victim.start(QStringLiteral(OSC_SCCTL_PATH),
                     env(dir,
                         {QStringLiteral("deploy-prepared-applications"),
                          QStringLiteral("--workers"), QStringLiteral("1")}));
        QVERIFY(victim.waitForStarted());
        QThread::msleep(delayMs);
        ::kill(pid_t(victim.processId()), SIGKILL);
        victim.waitForFinished();

        const QJsonObject step
            = scctl(env(dir, {QStringLiteral("--json"), QStringLiteral("upgrades")}))
                  .json()
                  .value(QStringLiteral("executions"))
                  .toArray()
                  .first()
                  .toObject();
        const QJsonObject counts = step.value(QStringLiteral("counts")).toObject();
        qInfo("killed after %d ms: %s execution %s, %d succeeded, %d pending", delayMs,
              qPrintable(step.value(QStringLiteral("kind")).toString()),
              qPrintable(step.value(QStringLiteral("status")).toString()),
              counts.value(QStringLiteral("succeeded")).toInt(),
              counts.value(QStringLiteral("pending")).toInt());
        const bool midway
            = step.value(QStringLiteral("kind")).toString() == QLatin1String("deployment")
            && step.value(QStringLiteral("status")).toString() == QLatin1String("running")
            && counts.value(QStringLiteral("pending")).toInt() > 0
            && counts.value(QStringLiteral("succeeded")).toInt() > 0;
        killedMidway += midway;

        // The next process resumes it (after the dead holder's lease) to the end; when
        // the kill came before the execution existed or after it ended, this is a new run.
        const ScctlRun resumed = scctl(env(dir,
                                           {QStringLiteral("deploy-prepared-applications"),
                                            QStringLiteral("--workers"), QStringLiteral("2")}));
        QVERIFY2(resumed.exitCode == 0, resumed.err.constData());
        const Deployed after = deployedIn(dir);
        QVERIFY2(after.running == expected.running,
                 qPrintable(QStringLiteral("killed after %1 ms").arg(delayMs)));
        QCOMPARE(after.deployedTwice, 0);
        QCOMPARE(after.staged, 0);
        QString why;
        QVERIFY2(everyRunningFolderComplete(dir, &why), qPrintable(why));
        if (midway) {
            const QMap<QString, QString> outcomes
                = moduleOutcomes(scctl(env(dir,
                                           {QStringLiteral("--json"), QStringLiteral("upgrades"),
                                            QStringLiteral("2")}))
                                     .json());
            QCOMPARE(outcomes, expectedOutcomes);
        }
        QCOMPARE(scctl(env(dir, {QStringLiteral("--json"), QStringLiteral("locks")}))
                     .json()
                     .value(QStringLiteral("locks"))
                     .toArray()
                     .size(),
                 0);
    }
    QVERIFY2(killedMidway >= 1, "no kill landed in the middle of the deployment");
}

QTEST_GUILESS_MAIN(TestScctlDeploy)
#include "tst_scctl_deploy.moc"
