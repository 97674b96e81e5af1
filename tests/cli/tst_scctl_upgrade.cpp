// The platform upgrade and the modules preparation across real processes: the JSON
// report, an `scctl` preparation killed with SIGKILL at several moments and resumed
// by the next process (same result as an uninterrupted run, nothing finished
// compiled twice), hold from another process and resume, and the LOCKED refusal of
// a publish while the whole factory is locked.
#include "scctlprocess.h"

#include "domain/messages.h"
#include "engine/executionreport.h"
#include "environment/environment.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
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
using namespace osc::testing;

using Run = ScctlRun;

class TestScctlUpgrade : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void previewChangesNothing();
    void upgradeReportsTheStepAsJson();
    void killedPreparationResumesWithTheSameResult();
    void holdFromAnotherProcessThenResume();
    void refusalsAndUsage();
    void rerunDetailsShowWhatChanged();
    void upgradesExportsCsvAndFiles();

private:
    QString copyOfTemplate(const QString &name);
    QStringList env(const QString &dir, const QStringList &arguments) const
    {
        return QStringList{QStringLiteral("--env"), dir} + arguments;
    }
    QMap<QString, QString> reference();
    int compilationsFor(const QString &dir, const PlatformVersion &platform, int *modules);
    QString rerunAfterAFix();

    QTemporaryDir m_dir;
    QString m_template;
    QMap<QString, QString> m_reference;
    QString m_rerun;
    QString m_fixed;
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
        m_reference = moduleOutcomes(
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

// --preview says what the upgrade would do (text and JSON) and changes nothing; what
// it foresees is what the upgrade then does.
void TestScctlUpgrade::previewChangesNothing()
{
    const QString dir = copyOfTemplate(QStringLiteral("preview"));
    const QStringList upgrade{QStringLiteral("upgrade-environment"), QStringLiteral("--to"),
                              QStringLiteral("11.12.0")};
    const Run text = scctl(env(dir, upgrade + QStringList{QStringLiteral("--preview")}));
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.startsWith("Preview of the upgrade from 11.11.0 to 11.12.0 (nothing was "
                                 "changed):\n  System components 11.12.0.3 would be installed.\n"
                                 "  The modules preparation would compile 150 modules, without "
                                 "deploying them.\n  New features: modules-preparation\n"),
             text.out.constData());
    QVERIFY2(text.out.contains("Crypto.MD5, removed in 11.12.0 (use Crypto.Sha256)"),
             text.out.constData());

    const Run json = scctl(env(dir,
                               QStringList{QStringLiteral("--json")} + upgrade
                                   + QStringList{QStringLiteral("--preview")}));
    QCOMPARE(json.exitCode, 0);
    const QJsonObject preview = json.json();
    QCOMPARE(preview.value(QStringLiteral("from")).toString(), QStringLiteral("11.11.0"));
    QCOMPARE(preview.value(QStringLiteral("prepare")).toBool(), true);
    QCOMPARE(preview.value(QStringLiteral("modulesToPrepare")).toInt(), 150);
    QCOMPARE(preview.value(QStringLiteral("newFeatures")).toArray(),
             QJsonArray{QStringLiteral("modules-preparation")});
    QSet<QString> foreseen;
    for (const QJsonValue &use : preview.value(QStringLiteral("removedApiUses")).toArray())
        foreseen.insert(use.toObject().value(QStringLiteral("module")).toString());
    QVERIFY(!foreseen.isEmpty());

    // Nothing changed: the environment still runs 11.11.0, with no execution.
    {
        Result<std::unique_ptr<Environment>> environment = Environment::open(dir);
        QVERIFY(environment.ok());
        QCOMPARE((*environment)->platformVersion(), PlatformVersion(11, 11, 0));
        const Result<QList<ExecutionSummary>> executions = (*environment)->executions();
        QVERIFY(executions.ok());
        QVERIFY(executions->isEmpty());
    }

    // The upgrade then fails exactly modules it foresaw.
    const Run upgraded = scctl(env(dir, upgrade));
    QCOMPARE(upgraded.exitCode, 4);
    const QMap<QString, QString> outcomes = moduleOutcomes(
        scctl(env(dir, {QStringLiteral("--json"), QStringLiteral("upgrades"), QStringLiteral("1")}))
            .json());
    for (auto it = outcomes.cbegin(); it != outcomes.cend(); ++it) {
        if (it.value() == QStringLiteral("failed"))
            QVERIFY2(foreseen.contains(it.key()), qPrintable(it.key()));
    }
    // Refused like the upgrade.
    const Run downgrade = scctl(env(dir,
                                    {QStringLiteral("upgrade-environment"), QStringLiteral("--to"),
                                     QStringLiteral("10.0.0"), QStringLiteral("--preview")}));
    QCOMPARE(downgrade.exitCode, 2);
    QVERIFY(downgrade.err.contains("Downgrades are refused"));
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
    const QMap<QString, QString> states = moduleOutcomes(
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
        const QMap<QString, QString> after = moduleOutcomes(
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
    const Run held = finishScctl(runner);
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
    QCOMPARE(moduleOutcomes(
                 scctl(env(dir,
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

// An environment where preparation 1 (11.12.0) finished with errors, then one failed
// module with skipped consumers was fixed (its removed API calls dropped, imported and
// published), then preparation 2 re-ran the failures: a real previousId. Built once.
QString TestScctlUpgrade::rerunAfterAFix()
{
    if (!m_rerun.isEmpty())
        return m_rerun;
    const QString dir = copyOfTemplate(QStringLiteral("rerun"));
    if (scctl(env(dir,
                  {QStringLiteral("upgrade-environment"), QStringLiteral("--to"),
                   QStringLiteral("11.12.0")}))
            .exitCode
        != 4)
        return {};
    const QMap<QString, QString> first = moduleOutcomes(
        scctl(env(dir, {QStringLiteral("--json"), QStringLiteral("upgrades"), QStringLiteral("1")}))
            .json());
    QString fixed;
    for (const QString &state : first) {
        if (state.startsWith(QLatin1String("skipped by "))) {
            fixed = state.mid(11);
            break;
        }
    }
    if (fixed.isEmpty())
        return {};
    const QString file = m_dir.filePath(fixed + QStringLiteral(".json"));
    {
        Result<std::unique_ptr<Environment>> environment = Environment::open(dir);
        if (!environment)
            return {};
        Result<ModuleDefinition> source = (*environment)->moduleSource(fixed);
        if (!source)
            return {};
        ModuleDefinition definition = *source;
        for (Element &element : definition.elements) {
            element.calls.removeIf([](const ApiCall &call) {
                return call.api == QLatin1String("Legacy.SoapCall")
                    || call.api == QLatin1String("Crypto.MD5");
            });
        }
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly) || out.write(definition.toJson()) < 0)
            return {};
    }
    if (scctl(env(dir, {QStringLiteral("import"), file})).exitCode != 0
        || scctl(env(dir, {QStringLiteral("publish"), fixed})).exitCode != 0)
        return {};
    const int rerun = scctl(env(dir, {QStringLiteral("upgrade-published-applications")})).exitCode;
    if (rerun != 4 && rerun != 0)
        return {};
    m_fixed = fixed;
    m_rerun = dir;
    return m_rerun;
}

void TestScctlUpgrade::rerunDetailsShowWhatChanged()
{
    const QString dir = rerunAfterAFix();
    QVERIFY(!dir.isEmpty());
    const QJsonObject first
        = scctl(
              env(dir, {QStringLiteral("--json"), QStringLiteral("upgrades"), QStringLiteral("1")}))
              .json();
    const QJsonObject second
        = scctl(
              env(dir, {QStringLiteral("--json"), QStringLiteral("upgrades"), QStringLiteral("2")}))
              .json();
    QCOMPARE(second.value(QStringLiteral("previousId")).toInteger(), 1);
    QVERIFY(!first.contains(QStringLiteral("changes"))); // a first run
    const QJsonObject changes = second.value(QStringLiteral("changes")).toObject();
    QCOMPARE(changes.value(QStringLiteral("previousId")).toInteger(), 1);

    // What changed, worked out from the two runs' modules.
    const QMap<QString, QString> before = moduleOutcomes(first);
    const QMap<QString, QString> after = moduleOutcomes(second);
    const auto failing = [](const QString &state) {
        return state.startsWith(QLatin1String("failed"))
            || state.startsWith(QLatin1String("skipped"));
    };
    QStringList newlyFixed, stillFailing, newlyFailing;
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        const bool wasFailing = failing(before.value(it.key()));
        if (it.value() == QLatin1String("succeeded") && wasFailing)
            newlyFixed << it.key();
        else if (failing(it.value()))
            (wasFailing ? stillFailing : newlyFailing) << it.key();
    }
    QVERIFY2(!newlyFixed.isEmpty(), "the fixed module's consumers were not prepared");
    QVERIFY(!stillFailing.isEmpty()); // the other legacy callers
    QVERIFY(newlyFailing.isEmpty());
    QCOMPARE(changes.value(QStringLiteral("newlyFixed")).toArray(),
             QJsonArray::fromStringList(newlyFixed));
    QCOMPARE(changes.value(QStringLiteral("stillFailing")).toArray(),
             QJsonArray::fromStringList(stillFailing));
    QCOMPARE(changes.value(QStringLiteral("newlyFailing")).toArray(), QJsonArray());
    QVERIFY(!after.contains(m_fixed)); // published on 11.12.0: nothing left to prepare

    // Each failed module names its Error Log entry, which `scctl errors` lists.
    const QJsonArray errors
        = scctl(env(dir,
                    {QStringLiteral("--json"), QStringLiteral("errors"),
                     QStringLiteral("--operation"), QStringLiteral("modules-upgrade")}))
              .json()
              .value(QStringLiteral("errors"))
              .toArray();
    QMap<qint64, QString> moduleOfError;
    for (const QJsonValue &entry : errors)
        moduleOfError.insert(entry[u"id"].toInteger(), entry[u"module"].toString());
    QString failedModule;
    qint64 failedError = 0;
    for (const QJsonValue &value : second.value(QStringLiteral("modules")).toArray()) {
        const QJsonObject module = value.toObject();
        if (module.value(QStringLiteral("state")).toString() == QLatin1String("failed")) {
            const qint64 errorId = module.value(QStringLiteral("errorId")).toInteger();
            QVERIFY(errorId > 0);
            QCOMPARE(moduleOfError.value(errorId),
                     module.value(QStringLiteral("module")).toString());
            failedModule = module.value(QStringLiteral("module")).toString();
            failedError = errorId;
        } else {
            QVERIFY(!module.contains(QStringLiteral("errorId")));
        }
    }
    QVERIFY(failedError > 0);

    // The text says the same.
    const Run text = scctl(env(dir, {QStringLiteral("upgrades"), QStringLiteral("2")}));
    QCOMPARE(text.exitCode, 0);
    const QString output = QString::fromUtf8(text.out);
    QVERIFY2(output.contains(QStringLiteral("\nChanges since execution 1:\n")),
             text.out.constData());
    const QString fixedLine
        = QStringLiteral("  %1 %2\n")
              .arg(QStringLiteral("Newly fixed (%1):").arg(newlyFixed.size()), -20)
              .arg(newlyFixed.join(QStringLiteral(", ")));
    QVERIFY2(output.contains(fixedLine), text.out.constData());
    QVERIFY2(output.contains(QStringLiteral("  Newly failing:       none\n")),
             text.out.constData());
    static const QRegularExpression failedLine(QStringLiteral("^%1 .* failed .*\\(error #%2\\)$")
                                                   .arg(QRegularExpression::escape(failedModule))
                                                   .arg(failedError),
                                               QRegularExpression::MultilineOption);
    QVERIFY2(failedLine.match(output).hasMatch(), text.out.constData());
    const Run firstText = scctl(env(dir, {QStringLiteral("upgrades"), QStringLiteral("1")}));
    QVERIFY(!firstText.out.contains("Changes since"));

    // The listing: both runs, newest first, with their end.
    const Run listing = scctl(env(dir, {QStringLiteral("upgrades")}));
    QCOMPARE(listing.exitCode, 0);
    const QStringList lines = QString::fromUtf8(listing.out).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines.at(0).contains(QLatin1String("STARTED BY"))
                 && lines.at(0).contains(QLatin1String(" END ")),
             qPrintable(lines.at(0)));
    QVERIFY(lines.at(1).trimmed().startsWith(QLatin1String("2  preparation  11.12.0")));
    QVERIFY(lines.at(2).trimmed().startsWith(QLatin1String("1  preparation  11.12.0")));
}

void TestScctlUpgrade::upgradesExportsCsvAndFiles()
{
    const QString dir = rerunAfterAFix();
    QVERIFY(!dir.isEmpty());
    QByteArray expectedCsv;
    {
        Result<std::unique_ptr<Environment>> environment = Environment::open(dir);
        QVERIFY(environment.ok());
        Result<ExecutionDetail> detail = (*environment)->execution(2);
        QVERIFY(detail.ok());
        expectedCsv = executionToCsv(*detail);
    }
    const Run csv = scctl(
        env(dir, {QStringLiteral("upgrades"), QStringLiteral("2"), QStringLiteral("--csv")}));
    QCOMPARE(csv.exitCode, 0);
    QCOMPARE(csv.out, expectedCsv);
    QVERIFY(csv.out.startsWith("module,version,state,reason,blockedBy,worker,startedAt,endedAt,"
                               "durationMs,compilationId,errorId\r\n"));
    const QJsonObject json
        = scctl(
              env(dir, {QStringLiteral("upgrades"), QStringLiteral("2"), QStringLiteral("--json")}))
              .json();
    QVERIFY(json.contains(QStringLiteral("changes")));

    // --output: the format from --csv/--json, else from the extension.
    struct Case
    {
        QStringList flags;
        QString file;
        bool isCsv;
    };
    const QList<Case> cases{{{}, QStringLiteral("report.csv"), true},
                            {{}, QStringLiteral("report.JSON"), false},
                            {{QStringLiteral("--csv")}, QStringLiteral("report.json"), true},
                            {{QStringLiteral("--json")}, QStringLiteral("report.data"), false}};
    for (const Case &c : cases) {
        const QString path = m_dir.filePath(c.file);
        const Run written = scctl(env(dir,
                                      QStringList{QStringLiteral("upgrades"), QStringLiteral("2"),
                                                  QStringLiteral("--output"), path}
                                          + c.flags));
        QVERIFY2(written.exitCode == 0, written.err.constData());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        if (c.isCsv)
            QCOMPARE(bytes, expectedCsv);
        else
            QCOMPARE(QJsonDocument::fromJson(bytes).object(), json);
        if (c.flags.contains(QStringLiteral("--json"))) {
            QCOMPARE(written.json(),
                     (QJsonObject{{QStringLiteral("id"), 2},
                                  {QStringLiteral("format"), QStringLiteral("json")},
                                  {QStringLiteral("path"), path}}));
        } else {
            QCOMPARE(written.out,
                     QStringLiteral("Wrote the report of execution 2 to %1 (%2).\n")
                         .arg(path, c.isCsv ? QStringLiteral("CSV") : QStringLiteral("JSON"))
                         .toUtf8());
        }
    }

    // A file that cannot be written: exit 1, and stderr says where, why and what to do.
    const QString unwritable = m_dir.filePath(QStringLiteral("missing/report.csv"));
    const Run failed = scctl(env(
        dir,
        {QStringLiteral("upgrades"), QStringLiteral("2"), QStringLiteral("--output"), unwritable}));
    QCOMPARE(failed.exitCode, 1);
    QVERIFY2(failed.err.startsWith(QStringLiteral("Cannot write the report of execution 2 to %1: ")
                                       .arg(unwritable)
                                       .toUtf8()),
             failed.err.constData());
    QVERIFY2(failed.err.contains("Choose a file in a folder that exists"), failed.err.constData());

    // Usage errors (exit 2), before anything is written.
    const QList<QStringList> usage{
        {QStringLiteral("upgrades"), QStringLiteral("2"), QStringLiteral("--output"),
         m_dir.filePath(QStringLiteral("report.txt"))},
        {QStringLiteral("upgrades"), QStringLiteral("2"), QStringLiteral("--output")},
        {QStringLiteral("upgrades"), QStringLiteral("2"), QStringLiteral("--csv"),
         QStringLiteral("--json")},
        {QStringLiteral("upgrades"), QStringLiteral("--csv")},
        {QStringLiteral("upgrades"), QStringLiteral("--output"),
         m_dir.filePath(QStringLiteral("all.csv"))},
        {QStringLiteral("upgrades"), QStringLiteral("2"), QStringLiteral("--tsv")}};
    for (const QStringList &arguments : usage) {
        const Run refused = scctl(env(dir, arguments));
        QVERIFY2(refused.exitCode == 2, qPrintable(arguments.join(u' ')));
        QVERIFY2(refused.err.contains("Run 'scctl --help' for usage."), refused.err.constData());
    }
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("report.txt"))));
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("all.csv"))));
}

QTEST_GUILESS_MAIN(TestScctlUpgrade)
#include "tst_scctl_upgrade.moc"
