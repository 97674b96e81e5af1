#include "compiler/compilerprofile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace osc;

namespace {

PlatformVersion version(const char *text)
{
    return *PlatformVersion::parse(QString::fromLatin1(text));
}

QStringList featureKeys(const CompilerProfile &profile)
{
    QStringList keys;
    for (PlatformFeature feature : profile.features)
        keys << featureKey(feature);
    return keys;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

const QStringList apis11_11 = {
    "Http.Get",     "Http.Post",      "Text.Format",     "Date.Now",   "Email.Send",
    "Log.Write",    "Json.Serialize", "Crypto.Hash",     "Files.Read", "Session.GetUser",
    "Timer.Wake",   "Process.Start",  "Legacy.SoapCall", "Crypto.MD5", "Legacy.WebScreenRender",
    "Excel.Import",
};

QStringList without(QStringList list, const QStringList &removed)
{
    for (const QString &name : removed)
        list.removeAll(name);
    return list;
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

QByteArray minimalProfile(const char *versionText)
{
    return QByteArray(R"({"version": ")") + versionText
        + R"(", "systemComponents": "1.0.0.1", "features": [], "apis": {}, "removed": {}})";
}

} // namespace

class TestCompilerProfile : public QObject
{
    Q_OBJECT

private slots:
    void builtInProfilesLoad();
    void features_data();
    void features();
    void apis_data();
    void apis();
    void apiSignatures_data();
    void apiSignatures();
    void removedApis_data();
    void removedApis();
    void featureKeysRoundTrip();
    void malformedProfile_data();
    void malformedProfile();
    void registryOrdersByVersion();
    void registryRejectsDuplicates();
    void registryRejectsEmptyOrMissingFolder();
    void registryReportsBadFile();
};

void TestCompilerProfile::builtInProfilesLoad()
{
    const Result<ProfileRegistry> registry = ProfileRegistry::load();
    QVERIFY2(registry.ok(), qPrintable(registry.ok() ? QString() : registry.error().fullText()));
    const QList<PlatformVersion> expected
        = {version("10.0.0"), version("11.11.0"), version("11.12.0"), version("11.15.0"),
           version("11.19.0")};
    QCOMPARE(registry->versions(), expected);
    for (const PlatformVersion &v : expected) {
        QVERIFY(registry->find(v));
        QCOMPARE(registry->find(v)->version, v);
        QVERIFY(registry->find(v)->systemComponentsVersion.startsWith(v.toString() + u'.'));
    }
    QCOMPARE(registry->latest()->version, version("11.19.0"));
    QVERIFY(!registry->find(version("11.13.0")));
    QCOMPARE(registry->find(version("11.12.0"))->systemComponentsVersion, "11.12.0.3");
}

void TestCompilerProfile::features_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QStringList>("features");

    QTest::newRow("10.0.0 has no features") << "10.0.0" << QStringList();
    QTest::newRow("11.11.0 has no preparation") << "11.11.0" << QStringList();
    QTest::newRow("11.12.0 prepares modules") << "11.12.0" << QStringList{"modules-preparation"};
    QTest::newRow("11.15.0 prepares progressively")
        << "11.15.0" << QStringList{"modules-preparation", "progressive-preparation"};
    QTest::newRow("11.19.0 deploys all")
        << "11.19.0" << QStringList{"modules-preparation", "progressive-preparation", "deploy-all"};
}

void TestCompilerProfile::features()
{
    QFETCH(QString, version);
    QFETCH(QStringList, features);
    const Result<ProfileRegistry> registry = ProfileRegistry::load();
    QVERIFY(registry.ok());
    const auto profile = registry->find(*PlatformVersion::parse(version));
    QVERIFY(profile);
    QCOMPARE(featureKeys(*profile), features);
    QCOMPARE(profile->hasFeature(PlatformFeature::ModulesPreparation),
             features.contains("modules-preparation"));
    QCOMPARE(profile->hasFeature(PlatformFeature::DeployAll), features.contains("deploy-all"));
}

void TestCompilerProfile::apis_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QStringList>("apis");

    const QStringList v10 = without(apis11_11, {"Json.Serialize", "Process.Start"});
    const QStringList v12
        = without(apis11_11, {"Legacy.SoapCall", "Crypto.MD5"}) + QStringList{"Crypto.Sha256"};
    const QStringList v15 = v12 + QStringList{"Http.Request"};
    const QStringList v19 = without(v15, {"Legacy.WebScreenRender"});
    QTest::newRow("10.0.0 lacks Json.Serialize and Process.Start") << "10.0.0" << v10;
    QTest::newRow("11.11.0 offers the base set") << "11.11.0" << apis11_11;
    QTest::newRow("11.12.0 drops SOAP and MD5, adds Sha256") << "11.12.0" << v12;
    QTest::newRow("11.15.0 adds Http.Request") << "11.15.0" << v15;
    QTest::newRow("11.19.0 drops WebScreenRender") << "11.19.0" << v19;
}

void TestCompilerProfile::apis()
{
    QFETCH(QString, version);
    QFETCH(QStringList, apis);
    const Result<ProfileRegistry> registry = ProfileRegistry::load();
    QVERIFY(registry.ok());
    const auto profile = registry->find(*PlatformVersion::parse(version));
    QVERIFY(profile);
    QCOMPARE(sorted(profile->apis.keys()), sorted(apis));
}

void TestCompilerProfile::apiSignatures_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("api");
    QTest::addColumn<QString>("signature");

    QTest::newRow("Http.Get is stable") << "10.0.0"
                                        << "Http.Get"
                                        << "(Url: Text) -> (Body: Text)";
    QTest::newRow("Email.Send returns nothing") << "11.11.0"
                                                << "Email.Send"
                                                << "(To: Text, Subject: Text, Body: Text) -> ()";
    QTest::newRow("Process.Start appears in 11.11.0")
        << "11.11.0"
        << "Process.Start"
        << "(Process: Text, Input: Text) -> (ProcessId: Integer)";
    QTest::newRow("Crypto.Sha256 appears in 11.12.0") << "11.12.0"
                                                      << "Crypto.Sha256"
                                                      << "(Value: Text) -> (Hash: Text)";
    QTest::newRow("Http.Request has two outputs")
        << "11.15.0"
        << "Http.Request"
        << "(Method: Text, Url: Text, Body: Text) -> (Status: Integer, Body: Text)";
    QTest::newRow("Excel.Import before 11.19.0") << "11.15.0"
                                                 << "Excel.Import"
                                                 << "(Content: Binary) -> (Rows: Integer)";
    QTest::newRow("Excel.Import takes a sheet from 11.19.0")
        << "11.19.0"
        << "Excel.Import"
        << "(Content: Binary, Sheet: Text) -> (Rows: Integer)";
}

void TestCompilerProfile::apiSignatures()
{
    QFETCH(QString, version);
    QFETCH(QString, api);
    QFETCH(QString, signature);
    const Result<ProfileRegistry> registry = ProfileRegistry::load();
    QVERIFY(registry.ok());
    QCOMPARE(registry->find(*PlatformVersion::parse(version))->apis.value(api), signature);
}

void TestCompilerProfile::removedApis_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QStringList>("removed"); // "name|removedIn|advice"

    QTest::newRow("nothing removed before 11.12.0") << "11.11.0" << QStringList();
    const QStringList v12 = {"Crypto.MD5|11.12.0|use Crypto.Sha256",
                             "Legacy.SoapCall|11.12.0|use Http.Post with a JSON body"};
    QTest::newRow("11.12.0 removes SOAP and MD5") << "11.12.0" << v12;
    QTest::newRow("11.15.0 keeps the removals") << "11.15.0" << v12;
    QTest::newRow("11.19.0 removals are cumulative") << "11.19.0"
                                                     << v12
            + QStringList{"Legacy.WebScreenRender|11.19.0|rebuild the screen as a Reactive "
                          "Web screen"};
}

void TestCompilerProfile::removedApis()
{
    QFETCH(QString, version);
    QFETCH(QStringList, removed);
    const Result<ProfileRegistry> registry = ProfileRegistry::load();
    QVERIFY(registry.ok());
    const auto profile = registry->find(*PlatformVersion::parse(version));
    QStringList actual;
    for (auto it = profile->removedApis.cbegin(); it != profile->removedApis.cend(); ++it) {
        const RemovedApi &api = it.value();
        QCOMPARE(api.name, it.key());
        QVERIFY(!profile->apis.contains(api.name));
        actual << api.name + u'|' + api.removedIn.toString() + u'|' + api.advice;
    }
    QCOMPARE(sorted(actual), sorted(removed));
}

void TestCompilerProfile::featureKeysRoundTrip()
{
    for (PlatformFeature feature :
         {PlatformFeature::ModulesPreparation, PlatformFeature::ProgressivePreparation,
          PlatformFeature::DeployAll}) {
        PlatformFeature parsed;
        QVERIFY(featureFromKey(featureKey(feature), &parsed));
        QCOMPARE(parsed, feature);
    }
    PlatformFeature unused;
    QVERIFY(!featureFromKey("deploy-some", &unused));
}

void TestCompilerProfile::malformedProfile_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");

    QTest::newRow("missing comma between members")
        << QByteArray("{\n  \"version\": \"11.12.0\"\n  \"systemComponents\": \"11.12.0.3\"\n}")
        << "p.json:3:3: expected ',' or '}' after an object member, found '\"'";
    QTest::newRow("missing colon") << QByteArray("{\"version\" \"11.12.0\"}")
                                   << "p.json:1:12: expected ':' after an object key, found '\"'";
    QTest::newRow("truncated file")
        << QByteArray("{\n  \"features\": [\"deploy-all\"")
        << "p.json:2:28: expected ',' or ']' after an array element, found the end of the text";
    QTest::newRow("trailing comma")
        << QByteArray("{\"apis\": {\"Http.Get\": \"x\",}}")
        << "p.json:1:27: expected '\"' starting an object key, found '}'";
    QTest::newRow("column counts characters, not bytes")
        << QByteArray("{\"removed\": {\"Café.Open\": nope}}")
        << "p.json:1:27: expected a JSON value (object, array, string, number, true, false or "
           "null), found 'n'";
    QTest::newRow("unterminated string")
        << QByteArray("{\"version\": \"11.12.0\n}")
        << "p.json:1:21: expected '\"' closing the string (control characters must be escaped), "
           "found the end of the line";
    QTest::newRow("text after the object")
        << QByteArray("{} {}") << "p.json:1:4: expected the end of the text, found '{'";
    QTest::newRow("not an object")
        << QByteArray("[1, 2]") << "p.json:1:1: expected a profile object, found an array";
    QTest::newRow("unknown key")
        << QByteArray(minimalProfile("11.12.0")).replace("\"apis\"", "\"api\"")
        << "p.json:1:71: expected one of the keys version, systemComponents, features, apis, "
           "removed, found the key \"api\"";
    QTest::newRow("missing key")
        << QByteArray(
               R"({"version": "11.12.0", "systemComponents": "1", "features": [], "apis": {}})")
        << "p.json:1:75: expected the key \"removed\", found the end of the profile object";
    QTest::newRow("version is not a version")
        << minimalProfile("11.12")
        << "p.json:1:13: expected a platform version such as \"11.12.0\", found the string "
           "\"11.12\"";
    QTest::newRow("version is a number")
        << QByteArray(minimalProfile("X")).replace("\"X\"", "11")
        << "p.json:1:13: expected a platform version such as \"11.12.0\", found the number 11";
    QTest::newRow("unknown feature")
        << QByteArray(minimalProfile("11.12.0"))
               .replace("[]", "[\"modules-preparation\", \"deploy-some\"]")
        << "p.json:1:91: expected one of the features \"modules-preparation\", "
           "\"progressive-preparation\", \"deploy-all\", found the string \"deploy-some\"";
    QTest::newRow("feature listed twice")
        << QByteArray(minimalProfile("11.12.0")).replace("[]", "[\"deploy-all\", \"deploy-all\"]")
        << "p.json:1:82: expected each feature once, found the string \"deploy-all\"";
    QTest::newRow("API signature not canonical")
        << QByteArray(minimalProfile("11.12.0"))
               .replace("\"apis\": {}", "\"apis\": {\"Http.Get\": \"(Text) -> Text\"}")
        << "p.json:1:92: expected an API signature such as \"(Url: Text) -> (Body: Text)\", "
           "found the string \"(Text) -> Text\"";
    QTest::newRow("removal note without version")
        << QByteArray(minimalProfile("11.12.0"))
               .replace("\"removed\": {}", "\"removed\": {\"Crypto.MD5\": \"gone\"}")
        << "p.json:1:109: expected a removal note \"removed in <version>: <advice>\" with a "
           "version up to 11.12.0, found the string \"gone\"";
    QTest::newRow("removal in a later version")
        << QByteArray(minimalProfile("11.12.0"))
               .replace("\"removed\": {}",
                        "\"removed\": {\"Crypto.MD5\": \"removed in 11.19.0: use Crypto.Sha256\"}")
        << "p.json:1:109: expected a removal note \"removed in <version>: <advice>\" with a "
           "version up to 11.12.0, found the string \"removed in 11.19.0: use Crypto.Sha256\"";
    QTest::newRow("API both offered and removed")
        << QByteArray(minimalProfile("11.12.0"))
               .replace("\"apis\": {}", "\"apis\": {\"Crypto.MD5\": \"() -> ()\"}")
               .replace("\"removed\": {}",
                        "\"removed\": {\"Crypto.MD5\": \"removed in 11.12.0: use Crypto.Sha256\"}")
        << "p.json:1:119: expected an API that this version does not offer, found "
           "\"Crypto.MD5\", which is also listed under \"apis\"";
}

void TestCompilerProfile::malformedProfile()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    const Result<CompilerProfile> profile = CompilerProfile::fromJson(json, "p.json");
    QVERIFY(!profile.ok());
    QCOMPARE(profile.error().code, ErrorCode::BadInput);
    QCOMPARE(profile.error().message, message);
}

void TestCompilerProfile::registryOrdersByVersion()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // File-name order ("10…" < "9…") differs from version order.
    QVERIFY(writeFile(dir.filePath("9.0.0.json"), minimalProfile("9.0.0")));
    QVERIFY(writeFile(dir.filePath("10.0.0.json"), minimalProfile("10.0.0")));
    QVERIFY(writeFile(dir.filePath("11.1.0.json"), minimalProfile("11.1.0")));
    QVERIFY(writeFile(dir.filePath("notes.txt"), "not a profile"));
    const Result<ProfileRegistry> registry = ProfileRegistry::load(dir.path());
    QVERIFY(registry.ok());
    QCOMPARE(registry->versions(),
             (QList<PlatformVersion>{version("9.0.0"), version("10.0.0"), version("11.1.0")}));
    QCOMPARE(registry->latest()->version, version("11.1.0"));
}

void TestCompilerProfile::registryRejectsDuplicates()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeFile(dir.filePath("a.json"), minimalProfile("11.12.0")));
    QVERIFY(writeFile(dir.filePath("b.json"), minimalProfile("11.12.0")));
    const Result<ProfileRegistry> registry = ProfileRegistry::load(dir.path());
    QVERIFY(!registry.ok());
    QCOMPARE(registry.error().code, ErrorCode::BadInput);
    QCOMPARE(registry.error().message,
             QString("The compiler profiles '%1' and '%2' both describe platform version 11.12.0.")
                 .arg(dir.filePath("a.json"), dir.filePath("b.json")));
}

void TestCompilerProfile::registryRejectsEmptyOrMissingFolder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Result<ProfileRegistry> empty = ProfileRegistry::load(dir.path());
    QVERIFY(!empty.ok());
    QCOMPARE(empty.error().code, ErrorCode::Environment);
    QCOMPARE(empty.error().message,
             QString("The compiler profile folder '%1' has no profile (*.json).").arg(dir.path()));

    const QString missing = dir.filePath("missing");
    const Result<ProfileRegistry> absent = ProfileRegistry::load(missing);
    QVERIFY(!absent.ok());
    QCOMPARE(absent.error().message,
             QString("The compiler profile folder '%1' does not exist.").arg(missing));
}

void TestCompilerProfile::registryReportsBadFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeFile(dir.filePath("11.11.0.json"), minimalProfile("11.11.0")));
    QVERIFY(writeFile(dir.filePath("11.12.0.json"), "{\n  \"version\": 11\n}"));
    const Result<ProfileRegistry> registry = ProfileRegistry::load(dir.path());
    QVERIFY(!registry.ok());
    QCOMPARE(registry.error().message,
             dir.filePath("11.12.0.json")
                 + ":3:1: expected the key \"systemComponents\", found the end of the profile "
                   "object");
}

QTEST_GUILESS_MAIN(TestCompilerProfile)
#include "tst_compilerprofile.moc"
