// The platform upgrade and the modules preparation across real processes: the JSON
// report, an `scctl` preparation killed with SIGKILL at several moments and resumed
// by the next process (same result as an uninterrupted run, nothing finished
// compiled twice), hold from another process and resume, and the LOCKED refusal of
// a publish while the whole factory is locked.
#include "domain/messages.h"
#include "environment/environment.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>

using namespace osc;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

Run finish(QProcess &process)
{
    if (!process.waitForFinished(180000))
        return {};
    return Run{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
               process.readAllStandardOutput(), process.readAllStandardError()};
}

Run scctl(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(OSC_SCCTL_PATH), arguments);
    return finish(process);
}

// module -> "state" or "state by producer", from `upgrades ID --json`.
QMap<QString, QString> outcomes(const QJsonObject &execution)
{
    QMap<QString, QString> result;
    for (const QJsonValue &value : execution.value(QStringLiteral("modules")).toArray()) {
        const QJsonObject module = value.toObject();
        QString state = module.value(QStringLiteral("state")).toString();
        if (module.value(QStringLiteral("blockedBy")).isString())
            state += QStringLiteral(" by ") + module.value(QStringLiteral("blockedBy")).toString();
        result.insert(module.value(QStringLiteral("module")).toString(), state);
    }
    return result;
}

} // namespace

class TestScctlUpgrade : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void upgradeReportsTheStepAsJson();
    void killedPreparationResumesWithTheSameResult();
    void holdFromAnotherProcessThenResume();
    void refusalsAndUsage();

private:
    QString copyOfTemplate(const QString &name);
    QStringList env(const QString &dir, const QStringList &arguments) const
    {
        return QStringList{QStringLiteral("--env"), dir} + arguments;
    }
    QMap<QString, QString> reference();
    int compilationsFor(const QString &dir, const PlatformVersion &platform, int *modules);

    QTemporaryDir m_dir;
    QString m_template;
    QMap<QString, QString> m_reference;
};

void TestScctlUpgrade::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_template = m_dir.filePath(QStringLiteral("template"));
    const Run created
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
}

QString TestScctlUpgrade::copyOfTemplate(const QString &name)
{
    const QString copy = m_dir.filePath(name);
    QProcess cp;
    cp.start(QStringLiteral("cp"), {QStringLiteral("-a"), m_template, copy});
    cp.waitForFinished();
    return cp.exitCode() == 0 ? copy : QString();
}

// The uninterrupted run's outcome, computed once.
QMap<QString, QString> TestScctlUpgrade::reference()
{
    if (m_reference.isEmpty()) {
        const QString dir = copyOfTemplate(QStringLiteral("reference"));
        const Run upgraded = scctl(
            env(dir,
                {QStringLiteral("upgrade-environment"), QStringLiteral("--to"),
                 QStringLiteral("11.12.0"), QStringLiteral("--workers"), QStringLiteral("1")}));
        if (upgraded.exitCode != 4)
            return {};
        m_reference = outcomes(
            scctl(env(dir,
                      {QStringLiteral("--json"), QStringLiteral("upgrades"), QStringLiteral("1")}))
                .json());
    }
    return m_reference;
}

// Succeeded compilations for `platform`, over all modules (and how many modules).
int TestScctlUpgrade::compilationsFor(const QString &dir, const PlatformVersion &platform,
                                      int *modules)
{
    Result<std::unique_ptr<Environment>> environment = Environment::open(dir);
    if (!environment)
        return -1;
    Result<QList<ModuleSummary>> all = (*environment)->modules();
    int count = 0;
    *modules = 0;
    for (const ModuleSummary &summary : std::as_const(*all)) {
        Result<ModuleDetail> detail = (*environment)->module(summary.name);
        int here = 0;
        for (const CompilationInfo &compilation : std::as_const(detail->compilations))
            here += compilation.succeeded && compilation.platformVersion == platform;
        if (here > 1)
            return -1000 - here; // compiled twice
        count += here;
        ++*modules;
    }
    return count;
}

void TestScctlUpgrade::upgradeReportsTheStepAsJson()
{
    const QString dir = copyOfTemplate(QStringLiteral("json"));
    const Run upgraded = scctl(env(dir,
                                   {QStringLiteral("--json"), QStringLiteral("upgrade-environment"),
                                    QStringLiteral("--to"), QStringLiteral("11.12.0")}));
    QCOMPARE(upgraded.exitCode, 4); // some modules failed (the legacy callers)
    const QJsonObject json = upgraded.json();
    QCOMPARE(json.value(QStringLiteral("from")).toString(), QStringLiteral("11.11.0"));
    QCOMPARE(json.value(QStringLiteral("to")).toString(), QStringLiteral("11.12.0"));
    const QJsonObject execution = json.value(QStringLiteral("execution")).toObject();
    QCOMPARE(execution.value(QStringLiteral("kind")).toString(), QStringLiteral("preparation"));
    QCOMPARE(execution.value(QStringLiteral("status")).toString(),
             QStringLiteral("finished-with-errors"));
    QCOMPARE(execution.value(QStringLiteral("message")).toString(), messages::prepSomeFailed());
    const QJsonObject counts = execution.value(QStringLiteral("counts")).toObject();
    QCOMPARE(counts.value(QStringLiteral("total")).toInt(), 150);
    QVERIFY(counts.value(QStringLiteral("failed")).toInt() > 0);
    QVERIFY(counts.value(QStringLiteral("skipped")).toInt() > 0);
    QCOMPARE(counts.value(QStringLiteral("pending")).toInt(), 0);

    const QJsonObject info
        = scctl(env(dir, {QStringLiteral("--json"), QStringLiteral("env"), QStringLiteral("info")}))
              .json();
    QCOMPARE(info.value(QStringLiteral("platformVersion")).toString(), QStringLiteral("11.12.0"));
    QCOMPARE(info.value(QStringLiteral("upgradeStep")).toObject().value(QStringLiteral("id")),
             execution.value(QStringLiteral("id")));
    const QJsonObject byStatus = info.value(QStringLiteral("modulesByStatus")).toObject();
    QCOMPARE(byStatus.value(QStringLiteral("prepared")).toInt(),
             counts.value(QStringLiteral("succeeded")).toInt());

    const QJsonObject report
        = scctl(env(dir, {QStringLiteral("--json"), QStringLiteral("upgrades")})).json();
    QCOMPARE(report.value(QStringLiteral("executions")).toArray().size(), 1);
    const QMap<QString, QString> states = outcomes(
        scctl(env(dir, {QStringLiteral("--json"), QStringLiteral("upgrades"), QStringLiteral("1")}))
            .json());
    QCOMPARE(states.size(), 150);
    // A skipped module names the failed producer, which is in the report as failed.
    for (auto it = states.cbegin(); it != states.cend(); ++it) {
        if (it.value().startsWith(QLatin1String("skipped by "))) {
            const QString producer = it.value().mid(11);
            QCOMPARE(states.value(producer), QStringLiteral("failed"));
        }
    }
    // Its module shows the reason in CLI.md's vocabulary.
    const QString skipped = std::find_if(states.keyValueBegin(), states.keyValueEnd(), [](auto kv) {
                                return kv.second.startsWith(QLatin1String("skipped"));
                            })->first;
    const QJsonObject module
        = scctl(env(dir, {QStringLiteral("--json"), QStringLiteral("module"), skipped})).json();
    QCOMPARE(module.value(QStringLiteral("status")).toString(), QStringLiteral("not-upgraded"));
    QCOMPARE(module.value(QStringLiteral("reason")).toString(), QStringLiteral("skipped"));
    QCOMPARE(module.value(QStringLiteral("statusMessage")).toString(), messages::notUpgraded());

    // The Error Log has an entry per failed module, under Modules upgrade.
    const Run errors
        = scctl(env(dir,
                    {QStringLiteral("--json"), QStringLiteral("errors"),
                     QStringLiteral("--operation"), QStringLiteral("modules-upgrade")}));
    QCOMPARE(errors.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(errors.out)
                 .object()
                 .value(QStringLiteral("errors"))
                 .toArray()
                 .size(),
             counts.value(QStringLiteral("failed")).toInt());

    // A re-run takes only the failed and skipped modules.
    const Run again = scctl(
        env(dir, {QStringLiteral("--json"), QStringLiteral("upgrade-published-applications")}));
    QCOMPARE(again.exitCode, 4);
    const QJsonObject rerun = again.json().value(QStringLiteral("execution")).toObject();
    QCOMPARE(
        rerun.value(QStringLiteral("counts")).toObject().value(QStringLiteral("total")).toInt(),
        counts.value(QStringLiteral("failed")).toInt()
            + counts.value(QStringLiteral("skipped")).toInt());
    QCOMPARE(rerun.value(QStringLiteral("previousId")), execution.value(QStringLiteral("id")));
}

void TestScctlUpgrade::killedPreparationResumesWithTheSameResult()
{
    const QMap<QString, QString> expected = reference();
    QCOMPARE(expected.size(), 150);
    int killedMidway = 0;
    int iteration = 0;
    for (int delayMs : {700, 1800}) {
        const QString dir = copyOfTemplate(QStringLiteral("killed-%1").arg(++iteration));
        QProcess victim;
        victim.start(
            QStringLiteral(OSC_SCCTL_PATH),
            env(dir,
                {QStringLiteral("upgrade-environment"), QStringLiteral("--to"),
                 QStringLiteral("11.12.0"), QStringLiteral("--workers"), QStringLiteral("1")}));
        QVERIFY(victim.waitForStarted());
        QThread::msleep(delayMs);
        ::kill(pid_t(victim.processId()), SIGKILL);
        victim.waitForFinished();

        const QJsonObject before
            = scctl(env(dir, {QStringLiteral("--json"), QStringLiteral("upgrades")})).json();
        const QJsonObject step
            = before.value(QStringLiteral("executions")).toArray().first().toObject();
        const QJsonObject counts = step.value(QStringLiteral("counts")).toObject();
        qInfo("killed after %d ms: execution %s, %d succeeded, %d pending", delayMs,
              qPrintable(step.value(QStringLiteral("status")).toString()),
              counts.value(QStringLiteral("succeeded")).toInt(),
              counts.value(QStringLiteral("pending")).toInt());
        if (step.value(QStringLiteral("status")).toString() == QLatin1String("running")
            && counts.value(QStringLiteral("pending")).toInt() > 0
            && counts.value(QStringLiteral("succeeded")).toInt() > 0)
            ++killedMidway;

        // The next process resumes it (after the dead holder's lease) to the end; when
        // the kill came too late, the run had ended and this is a re-run of its failures.
        const Run resumed
            = scctl(env(dir,
                        {QStringLiteral("--json"), QStringLiteral("upgrade-published-applications"),
                         QStringLiteral("--workers"), QStringLiteral("2")}));
        QVERIFY2(resumed.exitCode == 4, resumed.err.constData());
        const QMap<QString, QString> after = outcomes(
            scctl(env(dir,
                      {QStringLiteral("--json"), QStringLiteral("upgrades"), QStringLiteral("1")}))
                .json());
        QVERIFY2(after == expected, qPrintable(QStringLiteral("killed after %1 ms").arg(delayMs)));
        int modules = 0;
        const int compiled = compilationsFor(dir, PlatformVersion{11, 12, 0}, &modules);
        QCOMPARE(modules, 150);
        QCOMPARE(compiled,
                 int(std::count(expected.cbegin(), expected.cend(), QStringLiteral("succeeded"))));
        // Nothing is locked any more.
        QCOMPARE(scctl(env(dir, {QStringLiteral("--json"), QStringLiteral("locks")}))
                     .json()
                     .value(QStringLiteral("locks"))
                     .toArray()
                     .size(),
                 0);
    }
    QVERIFY2(killedMidway >= 1, "no kill landed in the middle of the preparation");
}

void TestScctlUpgrade::holdFromAnotherProcessThenResume()
{
    const QMap<QString, QString> expected = reference();
    const QString dir = copyOfTemplate(QStringLiteral("hold"));
    QProcess runner;
    runner.start(
        QStringLiteral(OSC_SCCTL_PATH),
        env(dir,
            {QStringLiteral("upgrade-environment"), QStringLiteral("--to"),
             QStringLiteral("11.12.0"), QStringLiteral("--workers"), QStringLiteral("1")}));
    QVERIFY(runner.waitForStarted());
    // Wait until some modules are prepared.
    QElapsedTimer waited;
    waited.start();
    bool started = false;
    while (!started && waited.elapsed() < 60000) {
        const QJsonArray executions
            = scctl(env(dir, {QStringLiteral("--json"), QStringLiteral("upgrades")}))
                  .json()
                  .value(QStringLiteral("executions"))
                  .toArray();
        started = !executions.isEmpty()
            && executions.first()
                    .toObject()
                    .value(QStringLiteral("counts"))
                    .toObject()
                    .value(QStringLiteral("succeeded"))
                    .toInt()
                > 0;
        if (!started)
            QThread::msleep(50);
    }
    QVERIFY(started);

    // Before 11.15.0 the whole factory is locked: a publish is refused (exit 3).
    const Run refused = scctl(env(dir,
                                  {QStringLiteral("--user"), QStringLiteral("carol"),
                                   QStringLiteral("publish"), expected.firstKey()}));
    QCOMPARE(refused.exitCode, 3);
    static const QRegularExpression locked(
        QStringLiteral(
            "^The 1-Click Publish started by carol at [0-9: -]+ can't proceed because there is an "
            "ongoing Modules upgrade, started by Compiler Service at [0-9: -]+, that is locking "
            "'%1' module\\.\n")
            .arg(QRegularExpression::escape(expected.firstKey())));
    QVERIFY2(locked.match(QString::fromUtf8(refused.err)).hasMatch(), refused.err.constData());

    const Run hold = scctl(env(dir, {QStringLiteral("hold")}));
    QVERIFY2(hold.exitCode == 0, hold.err.constData());
    const Run held = finish(runner);
    QVERIFY2(held.exitCode == 1, held.err.constData());
    QVERIFY2(held.out.contains("on hold"), held.out.constData());
    const QJsonObject step = scctl(env(dir, {QStringLiteral("--json"), QStringLiteral("upgrades")}))
                                 .json()
                                 .value(QStringLiteral("executions"))
                                 .toArray()
                                 .first()
                                 .toObject();
    QCOMPARE(step.value(QStringLiteral("status")).toString(), QStringLiteral("on-hold"));
    QVERIFY(step.value(QStringLiteral("counts")).toObject().value(QStringLiteral("pending")).toInt()
            > 0);
    // On hold, nothing is locked: the publish that was refused now runs.
    QCOMPARE(scctl(env(dir, {QStringLiteral("--json"), QStringLiteral("locks")}))
                 .json()
                 .value(QStringLiteral("locks"))
                 .toArray()
                 .size(),
             0);

    const Run resumed = scctl(env(dir, {QStringLiteral("--json"), QStringLiteral("resume")}));
    QVERIFY2(resumed.exitCode == 4, resumed.err.constData());
    const QJsonObject execution = resumed.json().value(QStringLiteral("execution")).toObject();
    QCOMPARE(execution.value(QStringLiteral("id")), step.value(QStringLiteral("id")));
    QCOMPARE(
        outcomes(scctl(env(dir,
                           {QStringLiteral("--json"), QStringLiteral("upgrades"),
                            QString::number(execution.value(QStringLiteral("id")).toInteger())}))
                     .json()),
        expected);
}

void TestScctlUpgrade::refusalsAndUsage()
{
    const QString dir = copyOfTemplate(QStringLiteral("refusals"));
    QCOMPARE(scctl(env(dir, {QStringLiteral("upgrade-environment")})).exitCode, 2);
    QCOMPARE(scctl(env(dir,
                       {QStringLiteral("upgrade-environment"), QStringLiteral("--to"),
                        QStringLiteral("eleven")}))
                 .exitCode,
             2);
    const Run downgrade = scctl(env(
        dir,
        {QStringLiteral("upgrade-environment"), QStringLiteral("--to"), QStringLiteral("10.0.0")}));
    QCOMPARE(downgrade.exitCode, 2);
    QVERIFY(downgrade.err.contains("Downgrades are refused"));
    // Bad options are refused before anything runs: still on 11.11.0 after these.
    QCOMPARE(
        scctl(env(dir,
                  {QStringLiteral("upgrade-environment"), QStringLiteral("--to"),
                   QStringLiteral("11.12.0"), QStringLiteral("--workers"), QStringLiteral("0")}))
            .exitCode,
        2);
    QCOMPARE(scctl(env(dir,
                       {QStringLiteral("upgrade-environment"), QStringLiteral("--to"),
                        QStringLiteral("11.12.0"), QStringLiteral("--bogus")}))
                 .exitCode,
             2);
    // 11.11.0 has no modules preparation.
    QCOMPARE(scctl(env(dir, {QStringLiteral("upgrade-published-applications")})).exitCode, 2);
    QCOMPARE(scctl(env(dir, {QStringLiteral("hold")})).exitCode, 2);
    QCOMPARE(scctl(env(dir, {QStringLiteral("upgrades"), QStringLiteral("42")})).exitCode, 2);
    QCOMPARE(scctl(env(dir, {QStringLiteral("upgrades"), QStringLiteral("x")})).exitCode, 2);

    // Without the system components the step fails with PREP_STEP_FAILED (exit 1),
    // and the Error Log says why.
    const Run failed
        = scctl(env(dir,
                    {QStringLiteral("upgrade-environment"), QStringLiteral("--to"),
                     QStringLiteral("11.12.0"), QStringLiteral("--no-system-components")}));
    QCOMPARE(failed.exitCode, 1);
    QVERIFY2(failed.out.contains(messages::prepStepFailed().toUtf8()), failed.out.constData());
    const Run errors = scctl(env(dir,
                                 {QStringLiteral("errors"), QStringLiteral("--operation"),
                                  QStringLiteral("modules-upgrade")}));
    QVERIFY2(errors.out.contains("install-system-components"), errors.out.constData());
    QCOMPARE(scctl(env(dir, {QStringLiteral("install-system-components")})).exitCode, 0);
    QCOMPARE(scctl(env(dir, {QStringLiteral("upgrade-published-applications")})).exitCode, 4);

    // Skipping the preparation: every module must be republished.
    const QString skipped = copyOfTemplate(QStringLiteral("skipped"));
    const Run skip = scctl(env(skipped,
                               {QStringLiteral("upgrade-environment"), QStringLiteral("--to"),
                                QStringLiteral("11.19.0"), QStringLiteral("--skip-preparation")}));
    QCOMPARE(skip.exitCode, 0);
    QVERIFY(skip.out.contains("must be published again"));
    const QJsonObject info
        = scctl(env(skipped,
                    {QStringLiteral("--json"), QStringLiteral("env"), QStringLiteral("info")}))
              .json();
    QCOMPARE(info.value(QStringLiteral("modulesByStatus"))
                 .toObject()
                 .value(QStringLiteral("not-upgraded"))
                 .toInt(),
             150);
}

QTEST_GUILESS_MAIN(TestScctlUpgrade)
#include "tst_scctl_upgrade.moc"
