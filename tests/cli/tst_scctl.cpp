// scctl as scripts see it: each command's output, JSON and exit code, run as a real
// process against real environments in temporary folders.
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

Run scctl(const QStringList &arguments, const QString &program = QStringLiteral(OSC_SCCTL_PATH),
          const QStringList &prefix = {})
{
    QProcess process;
    process.setProgram(prefix.isEmpty() ? program : prefix.first());
    process.setArguments(prefix.isEmpty() ? arguments
                                          : prefix.mid(1) + QStringList{program} + arguments);
    process.start();
    if (!process.waitForFinished(120000))
        return {};
    return Run{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
               process.readAllStandardOutput(), process.readAllStandardError()};
}

QByteArray moduleFile(const QString &name, const QString &producerReference = {})
{
    QString references;
    if (!producerReference.isEmpty())
        references = producerReference;
    return QString::fromUtf8(R"json({
  "format": 1,
  "name": "%1",
  "application": "Tests",
  "elements": [
    {"kind": "action", "name": "Run", "public": true, "size": 30,
     "inputs": [{"name": "Id", "type": "Integer"}], "outputs": [{"name": "Ok", "type": "Boolean"}],
     "calls": [{"api": "Log.Write", "signature": "(Message: Text) -> ()"}]}
  ],
  "references": [%2],
  "settings": []
}
)json")
        .arg(name, references)
        .toUtf8();
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

} // namespace

class TestScctl : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void usage();
    void envInitDemoAndInfo();
    void modulesListingAndFilters();
    void moduleDetail();
    void importGoodAndMalformed();
    void publishSuccessFailureAndUnknown();
    void platforms();
    void notAnEnvironment();
    void readOnlyEnvironment();
    void deployAllRefusedBeforeItsPlatformVersion();
    void killedPublishLeavesACompleteRunningVersion();

private:
    QString env(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
    QString m_demo;
};

void TestScctl::initTestCase()
{
    QVERIFY(QFileInfo::exists(QStringLiteral(OSC_SCCTL_PATH)));
    m_demo = env(QStringLiteral("demo"));
    const Run init = scctl({QStringLiteral("--env"), m_demo, QStringLiteral("--user"),
                            QStringLiteral("ci"), QStringLiteral("--json"), QStringLiteral("env"),
                            QStringLiteral("init"), QStringLiteral("--demo"), QStringLiteral("12"),
                            QStringLiteral("--seed"), QStringLiteral("3")});
    QVERIFY2(init.exitCode == 0, init.err.constData());
    const QJsonObject info = init.json();
    QCOMPARE(info.value(QStringLiteral("moduleCount")).toInt(), 12);
    QCOMPARE(info.value(QStringLiteral("modulesByStatus"))
                 .toObject()
                 .value(QStringLiteral("up-to-date"))
                 .toInt(),
             12);
}

void TestScctl::usage()
{
    const Run none = scctl({});
    QCOMPARE(none.exitCode, 2);
    QVERIFY(none.err.startsWith("Usage: scctl"));
    const Run help = scctl({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("Exit codes: 0 done, 1 failed, 2 usage error or bad input"));
    const Run unknown = scctl({QStringLiteral("frobnicate")});
    QCOMPARE(unknown.exitCode, 2);
    QCOMPARE(unknown.err,
             QByteArray("Unknown command 'frobnicate'. Run 'scctl --help' for usage.\n"));
    const Run missingValue
        = scctl({QStringLiteral("env"), QStringLiteral("info"), QStringLiteral("--env")});
    QCOMPARE(missingValue.exitCode, 2);
}

void TestScctl::envInitDemoAndInfo()
{
    const Run text
        = scctl({QStringLiteral("--env"), m_demo, QStringLiteral("env"), QStringLiteral("info")});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains("Platform version:   11.11.0"), text.out.constData());
    QVERIFY(text.out.contains("Modules:            12"));

    const Run json = scctl({QStringLiteral("--env"), m_demo, QStringLiteral("--json"),
                            QStringLiteral("env"), QStringLiteral("info")});
    QCOMPARE(json.exitCode, 0);
    QCOMPARE(json.json().value(QStringLiteral("platformVersion")).toString(),
             QStringLiteral("11.11.0"));
    QVERIFY(!json.json().value(QStringLiteral("systemComponentsVersion")).toString().isEmpty());

    // The same seed gives the same factory: a second environment lists the same modules.
    const QString twin = env(QStringLiteral("twin"));
    QCOMPARE(scctl({QStringLiteral("--env"), twin, QStringLiteral("env"), QStringLiteral("init"),
                    QStringLiteral("--demo"), QStringLiteral("12"), QStringLiteral("--seed"),
                    QStringLiteral("3")})
                 .exitCode,
             0);
    const auto names = [](const QString &dir) {
        const Run listed = scctl(
            {QStringLiteral("--env"), dir, QStringLiteral("--json"), QStringLiteral("modules")});
        QStringList result;
        for (const QJsonValue &module : listed.json().value(QStringLiteral("modules")).toArray())
            result << module.toObject().value(QStringLiteral("name")).toString();
        return result;
    };
    QCOMPARE(names(twin), names(m_demo));

    const Run again
        = scctl({QStringLiteral("--env"), m_demo, QStringLiteral("env"), QStringLiteral("init")});
    QCOMPARE(again.exitCode, 2);
    QVERIFY(again.err.contains("the folder is not empty"));
    const Run badPlatform
        = scctl({QStringLiteral("--env"), env(QStringLiteral("bad")), QStringLiteral("env"),
                 QStringLiteral("init"), QStringLiteral("--platform"), QStringLiteral("9.9.9")});
    QCOMPARE(badPlatform.exitCode, 2);
    QCOMPARE(badPlatform.err,
             QByteArray("Platform version 9.9.9 is not installed. Installed versions: "
                        "10.0.0, 11.11.0, 11.12.0, 11.15.0, 11.19.0.\n"));
}

void TestScctl::modulesListingAndFilters()
{
    const Run all = scctl(
        {QStringLiteral("--env"), m_demo, QStringLiteral("--json"), QStringLiteral("modules")});
    QCOMPARE(all.exitCode, 0);
    const QJsonArray modules = all.json().value(QStringLiteral("modules")).toArray();
    QCOMPARE(modules.size(), 12);
    const QJsonObject first = modules.first().toObject();
    for (const char *key : {"name", "application", "status", "latestVersion", "runningVersion",
                            "lastPublishedAt", "producerCount", "consumerCount"})
        QVERIFY2(first.contains(QLatin1String(key)), key);
    QCOMPARE(first.value(QStringLiteral("status")).toString(), QStringLiteral("up-to-date"));
    // ISO 8601 with an explicit offset, the shape scripts parse.
    const QRegularExpression isoWithOffset(
        QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d[+-]\\d\\d:\\d\\d$"));
    QVERIFY2(
        isoWithOffset.match(first.value(QStringLiteral("lastPublishedAt")).toString()).hasMatch(),
        qPrintable(first.value(QStringLiteral("lastPublishedAt")).toString()));

    const QString name = first.value(QStringLiteral("name")).toString();
    const Run filtered = scctl({QStringLiteral("--env"), m_demo, QStringLiteral("--json"),
                                QStringLiteral("modules"), QStringLiteral("--filter"), name});
    QVERIFY(filtered.json().value(QStringLiteral("modules")).toArray().size() >= 1);
    const Run none = scctl({QStringLiteral("--env"), m_demo, QStringLiteral("--json"),
                            QStringLiteral("modules"), QStringLiteral("--status"),
                            QStringLiteral("never-published")});
    QCOMPARE(none.json().value(QStringLiteral("modules")).toArray().size(), 0);
    const Run badStatus = scctl({QStringLiteral("--env"), m_demo, QStringLiteral("modules"),
                                 QStringLiteral("--status"), QStringLiteral("sleeping")});
    QCOMPARE(badStatus.exitCode, 2);
    QVERIFY(badStatus.err.startsWith("Unknown status 'sleeping'"));

    const Run text = scctl({QStringLiteral("--env"), m_demo, QStringLiteral("modules")});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.startsWith("NAME"));
    QCOMPARE(text.out.count('\n'), 13);
}

void TestScctl::moduleDetail()
{
    const Run listed = scctl(
        {QStringLiteral("--env"), m_demo, QStringLiteral("--json"), QStringLiteral("modules")});
    QString consumer;
    for (const QJsonValue &module : listed.json().value(QStringLiteral("modules")).toArray()) {
        if (module.toObject().value(QStringLiteral("producerCount")).toInt() > 0)
            consumer = module.toObject().value(QStringLiteral("name")).toString();
    }
    QVERIFY(!consumer.isEmpty());
    const Run detail = scctl({QStringLiteral("--env"), m_demo, QStringLiteral("--json"),
                              QStringLiteral("module"), consumer});
    QCOMPARE(detail.exitCode, 0);
    const QJsonObject object = detail.json();
    QCOMPARE(object.value(QStringLiteral("name")).toString(), consumer);
    QVERIFY(!object.value(QStringLiteral("producers")).toArray().isEmpty());
    QCOMPARE(object.value(QStringLiteral("versions")).toArray().size(), 1);
    QCOMPARE(object.value(QStringLiteral("compilations"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("result"))
                 .toString(),
             QStringLiteral("succeeded"));
    QCOMPARE(object.value(QStringLiteral("deployment"))
                 .toObject()
                 .value(QStringLiteral("deployedBy"))
                 .toString(),
             QStringLiteral("ci"));

    const Run unknown = scctl(
        {QStringLiteral("--env"), m_demo, QStringLiteral("module"), QStringLiteral("Nope")});
    QCOMPARE(unknown.exitCode, 2);
    QCOMPARE(
        unknown.err,
        QByteArray(
            "Unknown module 'Nope'. 'scctl modules' lists the modules of this environment.\n"));
}

void TestScctl::importGoodAndMalformed()
{
    const QString dir = env(QStringLiteral("importing"));
    QCOMPARE(scctl({QStringLiteral("--env"), dir, QStringLiteral("env"), QStringLiteral("init")})
                 .exitCode,
             0);
    const QString bad = env(QStringLiteral("bad.json"));
    QVERIFY(writeFile(bad, "{\n  \"format\": 1,\n  \"name\": 42\n}\n"));
    const Run rejected = scctl({QStringLiteral("--env"), dir, QStringLiteral("import"), bad});
    QCOMPARE(rejected.exitCode, 2);
    QVERIFY2(rejected.err.startsWith((bad + QStringLiteral(":3:11: expected ")).toUtf8()),
             rejected.err.constData());

    const QString good = env(QStringLiteral("Alpha_Lib.json"));
    QVERIFY(writeFile(good, moduleFile(QStringLiteral("Alpha_Lib"))));
    const Run imported = scctl(
        {QStringLiteral("--env"), dir, QStringLiteral("--json"), QStringLiteral("import"), good});
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
    QCOMPARE(imported.json().value(QStringLiteral("created")).toArray().first().toString(),
             QStringLiteral("Alpha_Lib"));
    const Run same = scctl(
        {QStringLiteral("--env"), dir, QStringLiteral("--json"), QStringLiteral("import"), good});
    QCOMPARE(same.json().value(QStringLiteral("unchanged")).toArray().size(), 1);
    const Run missing = scctl({QStringLiteral("--env"), dir, QStringLiteral("import"),
                               env(QStringLiteral("nothing.json"))});
    QCOMPARE(missing.exitCode, 2);
}

void TestScctl::publishSuccessFailureAndUnknown()
{
    const QString dir = env(QStringLiteral("publishing"));
    QCOMPARE(scctl({QStringLiteral("--env"), dir, QStringLiteral("env"), QStringLiteral("init")})
                 .exitCode,
             0);
    const QString folder = env(QStringLiteral("publishing-sources"));
    QDir().mkpath(folder);
    QVERIFY(writeFile(folder + QStringLiteral("/Beta_Lib.json"),
                      moduleFile(QStringLiteral("Beta_Lib"))));
    QVERIFY(
        writeFile(folder + QStringLiteral("/Beta_App.json"),
                  moduleFile(QStringLiteral("Beta_App"),
                             QString::fromUtf8(
                                 R"json({"module": "Beta_Lib", "element": "Run", "kind": "action",
                                                  "signature": "action(Id: Text) -> (Ok: Boolean)"})json"))));
    QCOMPARE(scctl({QStringLiteral("--env"), dir, QStringLiteral("import"), folder}).exitCode, 0);

    const Run published = scctl({QStringLiteral("--env"), dir, QStringLiteral("--json"),
                                 QStringLiteral("publish"), QStringLiteral("Beta_Lib")});
    QVERIFY2(published.exitCode == 0, published.err.constData());
    QCOMPARE(published.json().value(QStringLiteral("result")).toString(),
             QStringLiteral("succeeded"));
    QCOMPARE(published.json().value(QStringLiteral("version")).toInt(), 1);

    const Run failed = scctl(
        {QStringLiteral("--env"), dir, QStringLiteral("publish"), QStringLiteral("Beta_App")});
    QCOMPARE(failed.exitCode, 1);
    QVERIFY2(
        failed.err.startsWith("Publishing 'Beta_App' version 1 failed: 1 compilation error for "
                              "platform version 11.11.0. The running version is unchanged.\n"),
        failed.err.constData());
    QVERIFY(failed.err.contains("Beta_Lib.Run"));

    const Run unknown = scctl({QStringLiteral("--env"), dir, QStringLiteral("--json"),
                               QStringLiteral("publish"), QStringLiteral("Gamma")});
    QCOMPARE(unknown.exitCode, 2);
    QCOMPARE(unknown.json()
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("code"))
                 .toString(),
             QStringLiteral("bad-input"));
    const Run badVersion
        = scctl({QStringLiteral("--env"), dir, QStringLiteral("publish"),
                 QStringLiteral("Beta_Lib"), QStringLiteral("--version"), QStringLiteral("x")});
    QCOMPARE(badVersion.exitCode, 2);
}

void TestScctl::platforms()
{
    const Run listed = scctl(
        {QStringLiteral("--env"), m_demo, QStringLiteral("--json"), QStringLiteral("platforms")});
    QCOMPARE(listed.exitCode, 0);
    const QJsonArray platforms = listed.json().value(QStringLiteral("platforms")).toArray();
    QCOMPARE(platforms.size(), 5);
    const QJsonObject latest = platforms.last().toObject();
    QCOMPARE(latest.value(QStringLiteral("version")).toString(), QStringLiteral("11.19.0"));
    QVERIFY(
        latest.value(QStringLiteral("features")).toArray().contains(QStringLiteral("deploy-all")));
    QCOMPARE(platforms.at(1).toObject().value(QStringLiteral("current")).toBool(), true);
    const Run text = scctl({QStringLiteral("--env"), m_demo, QStringLiteral("platforms")});
    QVERIFY(text.out.contains("11.19.0"));
}

void TestScctl::notAnEnvironment()
{
    const QString plain = env(QStringLiteral("plain-folder"));
    QDir().mkpath(plain);
    const Run run
        = scctl({QStringLiteral("--env"), plain, QStringLiteral("env"), QStringLiteral("info")});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(
        QString::fromUtf8(run.err),
        QStringLiteral("%1 is not an Open Service Center environment: it has no environment.db. "
                       "Choose the folder of an environment, or create one with 'scctl --env %1 "
                       "env init'.\n")
            .arg(plain));
    const Run missing = scctl(
        {QStringLiteral("--env"), env(QStringLiteral("nowhere")), QStringLiteral("modules")});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.err.contains("the folder does not exist"));
}

// Root ignores permission bits, so as root the check runs scctl as 'nobody' through setpriv.
void TestScctl::readOnlyEnvironment()
{
    const QString dir = env(QStringLiteral("readonly"));
    QCOMPARE(scctl({QStringLiteral("--env"), dir, QStringLiteral("env"), QStringLiteral("init")})
                 .exitCode,
             0);
    QStringList prefix;
    if (geteuid() == 0) {
        const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
        if (setpriv.isEmpty())
            QSKIP("running as root without setpriv: cannot drop privileges to test permissions");
        prefix = {setpriv, QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                  QStringLiteral("--clear-groups")};
        if (scctl({QStringLiteral("--help")}, QStringLiteral(OSC_SCCTL_PATH), prefix).exitCode != 0)
            QSKIP("'nobody' cannot run scctl from this build folder (a parent folder is private)");
        // 'nobody' must reach the folder and the binary, but not write the environment.
        QFile::setPermissions(m_dir.path(),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                  | QFileDevice::ExeOwner | QFileDevice::ReadOther
                                  | QFileDevice::ExeOther);
    }
    QVERIFY(QFile::setPermissions(dir,
                                  QFileDevice::ReadOwner | QFileDevice::ExeOwner
                                      | QFileDevice::ReadOther | QFileDevice::ExeOther));
    const Run run
        = scctl({QStringLiteral("--env"), dir, QStringLiteral("env"), QStringLiteral("info")},
                QStringLiteral(OSC_SCCTL_PATH), prefix);
    QFile::setPermissions(dir,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.startsWith(
                 QStringLiteral("The environment folder %1 is read-only").arg(dir).toUtf8()),
             run.err.constData());
}

void TestScctl::deployAllRefusedBeforeItsPlatformVersion()
{
    const Run run
        = scctl({QStringLiteral("--env"), m_demo, QStringLiteral("deploy-prepared-applications")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("has no Deploy All (it comes with 11.19.0)"), run.err.constData());
}

// A publish killed at any moment leaves a running version that is complete: the
// running link names a folder whose every artifact matches the manifest.
void TestScctl::killedPublishLeavesACompleteRunningVersion()
{
    const QString dir = env(QStringLiteral("killed"));
    QCOMPARE(scctl({QStringLiteral("--env"), dir, QStringLiteral("env"), QStringLiteral("init")})
                 .exitCode,
             0);
    QString elements;
    for (int i = 0; i < 60; ++i)
        elements += QString::fromUtf8(
                        R"json({"kind": "action", "name": "Step%1", "public": true, "size": 4000,
                                      "inputs": [], "outputs": []},)json")
                        .arg(i);
    elements.chop(1);
    const QString source = env(QStringLiteral("Heavy_CS.json"));
    QVERIFY(writeFile(
        source,
        QString::fromUtf8(R"json({"format": 1, "name": "Heavy_CS", "elements": [%1]})json")
            .arg(elements)
            .toUtf8()));
    QCOMPARE(scctl({QStringLiteral("--env"), dir, QStringLiteral("import"), source}).exitCode, 0);
    QCOMPARE(
        scctl({QStringLiteral("--env"), dir, QStringLiteral("publish"), QStringLiteral("Heavy_CS")})
            .exitCode,
        0);

    const QString link = dir + QStringLiteral("/running/Heavy_CS");
    // A publish of this module takes most of a second here: the delays land in start-up,
    // compilation, staging and the switch.
    for (int delayMs : {5, 40, 120, 250, 400, 550, 700, 850}) {
        QProcess victim;
        victim.start(
            QStringLiteral(OSC_SCCTL_PATH),
            {QStringLiteral("--env"), dir, QStringLiteral("publish"), QStringLiteral("Heavy_CS")});
        QVERIFY(victim.waitForStarted());
        QTest::qSleep(delayMs);
        victim.kill(); // SIGKILL
        victim.waitForFinished();

        const Run detail = scctl({QStringLiteral("--env"), dir, QStringLiteral("--json"),
                                  QStringLiteral("module"), QStringLiteral("Heavy_CS")});
        QVERIFY2(detail.exitCode == 0, detail.err.constData());
        const QString target = QFileInfo(link).symLinkTarget();
        QFile manifestFile(target + QStringLiteral("/manifest.json"));
        QVERIFY2(manifestFile.open(QIODevice::ReadOnly), qPrintable(target));
        const QJsonObject manifest = QJsonDocument::fromJson(manifestFile.readAll()).object();
        const QJsonArray files = manifest.value(QStringLiteral("artifacts")).toArray();
        QVERIFY(!files.isEmpty());
        for (const QJsonValue &value : files) {
            const QJsonObject entry = value.toObject();
            QFile artifact(target + u'/' + entry.value(QStringLiteral("path")).toString());
            QVERIFY2(artifact.open(QIODevice::ReadOnly), qPrintable(artifact.fileName()));
            QCOMPARE(QString::fromLatin1(
                         QCryptographicHash::hash(artifact.readAll(), QCryptographicHash::Sha256)
                             .toHex()),
                     entry.value(QStringLiteral("sha256")).toString());
        }
    }
}

QTEST_GUILESS_MAIN(TestScctl)
#include "tst_scctl.moc"
