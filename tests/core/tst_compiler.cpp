#include "compiler/compiler.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/resource.h>
#endif

using namespace osc;

using Producers = QHash<QString, ModuleInterface>;
Q_DECLARE_METATYPE(osc::ModuleDefinition)
Q_DECLARE_METATYPE(Producers)

namespace {

Parameter param(const char *name, const char *type)
{
    return Parameter{QString::fromLatin1(name), QString::fromLatin1(type)};
}

Element action(const char *name, QList<Parameter> inputs, QList<Parameter> outputs,
               QList<ApiCall> calls = {}, int size = 10, bool isPublic = true)
{
    Element element;
    element.kind = ElementKind::Action;
    element.name = QString::fromLatin1(name);
    element.isPublic = isPublic;
    element.inputs = std::move(inputs);
    element.outputs = std::move(outputs);
    element.calls = std::move(calls);
    element.size = size;
    return element;
}

Element record(ElementKind kind, const char *name, QList<Parameter> attributes, int size = 5)
{
    Element element;
    element.kind = kind;
    element.name = QString::fromLatin1(name);
    element.isPublic = true;
    element.attributes = std::move(attributes);
    element.size = size;
    return element;
}

ApiCall call(const char *api, const char *signature)
{
    return ApiCall{QString::fromLatin1(api), QString::fromLatin1(signature)};
}

const ApiCall soapCall
    = call("Legacy.SoapCall", "(Endpoint: Text, Envelope: Text) -> (Response: Text)");
const ApiCall oldExcelImport = call("Excel.Import", "(Content: Binary) -> (Rows: Integer)");
const ApiCall httpGet = call("Http.Get", "(Url: Text) -> (Body: Text)");

// The producer of most tests: one public action of each shape, an entity, a
// structure and a private helper.
ModuleDefinition billingCs(QList<ApiCall> sendInvoiceCalls = {httpGet})
{
    ModuleDefinition module;
    module.name = "Billing_CS";
    module.application = "Billing";
    module.elements = {
        record(ElementKind::Entity, "Invoice", {param("Id", "Integer"), param("Number", "Text")}),
        record(ElementKind::Structure, "Address", {param("Street", "Text"), param("City", "Text")}),
        action("GetInvoice", {param("Id", "Integer"), param("Year", "Integer")},
               {param("Invoice", "Invoice")}, {call("Log.Write", "(Message: Text) -> ()")}, 40),
        action("SendInvoice", {param("Id", "Integer")}, {}, sendInvoiceCalls, 25),
        action("ComputeTax", {param("Amount", "Decimal")}, {param("Tax", "Decimal")}, {}, 12,
               false)};
    module.settings = {Setting{"SmtpServer", "Text", "smtp.example.invalid"}};
    return module;
}

Reference reference(const char *module, const char *element, ElementKind kind,
                    const char *signature)
{
    return Reference{QString::fromLatin1(module), QString::fromLatin1(element), kind,
                     QString::fromLatin1(signature)};
}

const Reference getInvoiceRef
    = reference("Billing_CS", "GetInvoice", ElementKind::Action,
                "action(Id: Integer, Year: Integer) -> (Invoice: Invoice)");

ModuleDefinition portal(QList<Reference> references, QList<ApiCall> calls = {})
{
    ModuleDefinition module;
    module.name = "Billing_Portal";
    module.elements = {action("ShowInvoice", {param("Id", "Integer")}, {}, calls, 30)};
    module.references = std::move(references);
    return module;
}

PlatformVersion version(const QString &text)
{
    return *PlatformVersion::parse(text);
}

Producers producersAt(const QString &platformVersion)
{
    return {{"Billing_CS", ModuleInterface::fromDefinition(billingCs(), version(platformVersion))}};
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString sha256(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

QStringList filesUnder(const QString &root)
{
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << QDir(root).relativeFilePath(it.next());
    files.sort();
    return files;
}

QStringList keysOf(const QList<Diagnostic> &diagnostics)
{
    QStringList keys;
    for (const Diagnostic &diagnostic : diagnostics)
        keys << diagnosticKindKey(diagnostic.kind);
    return keys;
}

QStringList messagesOf(const QList<Diagnostic> &diagnostics)
{
    QStringList messages;
    for (const Diagnostic &diagnostic : diagnostics)
        messages << diagnostic.message;
    return messages;
}

} // namespace

class TestCompiler : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void diagnosticKindKeys();
    void diagnostics_data();
    void diagnostics();
    void diagnosticFields();
    void allDiagnosticsInOrder();
    void upgradePath_data();
    void upgradePath();
    void successWritesArtifacts();
    void consumerRecordsProducerInterface();
    void failureLeavesNoOutputDir();
    void existingOutputDirIsRefused();
    void readsTheSourceWhenGivenOnlyItsPath();
    void unusableParentIsAnIoError();
    void emptyOutputDirIsRefused();
    void writeFailureCleansUp();
    void compilingTwiceIsDeterministic();
    void concurrentCompilesAgree();
    void outputGrowsWithElementSize_data();
    void outputGrowsWithElementSize();
    void interfaceRoundTrip();
    void interfaceErrors_data();
    void interfaceErrors();
    void interfaceLoadMissing();

private:
    CompileResult compile(const ModuleDefinition &definition, const QString &platformVersion,
                          const Producers &producers, const QString &outputDir) const;
    std::shared_ptr<const CompilerProfile> profile(const QString &platformVersion) const;

    std::unique_ptr<QTemporaryDir> m_dir; // fresh per test function and row
    ProfileRegistry m_registry;
};

void TestCompiler::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    if (m_registry.versions().isEmpty()) {
        Result<ProfileRegistry> registry = ProfileRegistry::load();
        QVERIFY(registry.ok());
        m_registry = std::move(registry).value();
    }
}

std::shared_ptr<const CompilerProfile> TestCompiler::profile(const QString &platformVersion) const
{
    return m_registry.find(version(platformVersion));
}

CompileResult TestCompiler::compile(const ModuleDefinition &definition,
                                    const QString &platformVersion, const Producers &producers,
                                    const QString &outputDir) const
{
    CompileRequest request;
    request.definition = definition;
    request.moduleVersion = 3;
    request.profile = profile(platformVersion);
    request.producers = producers;
    request.outputDir = outputDir;
    return BuiltinCompiler().compile(request);
}

void TestCompiler::diagnosticKindKeys()
{
    const QList<DiagnosticKind> kinds
        = {DiagnosticKind::ProducerNotCompiled,  DiagnosticKind::MissingElement,
           DiagnosticKind::KindMismatch,         DiagnosticKind::SignatureMismatch,
           DiagnosticKind::UnknownApi,           DiagnosticKind::RemovedApi,
           DiagnosticKind::ApiSignatureMismatch, DiagnosticKind::ExternalCompiler};
    QStringList keys;
    for (DiagnosticKind kind : kinds)
        keys << diagnosticKindKey(kind);
    QCOMPARE(keys,
             (QStringList{"producer-not-compiled", "missing-element", "kind-mismatch",
                          "signature-mismatch", "unknown-api", "removed-api",
                          "api-signature-mismatch", "external-compiler"}));
}

void TestCompiler::diagnostics_data()
{
    QTest::addColumn<ModuleDefinition>("module");
    QTest::addColumn<QString>("platformVersion");
    QTest::addColumn<Producers>("producers");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");

    QTest::newRow("producer never compiled -> producer-not-compiled")
        << portal({getInvoiceRef}) << "11.19.0" << Producers() << "producer-not-compiled"
        << "Module 'Billing_Portal' references 'Billing_CS.GetInvoice' (action), but "
           "'Billing_CS' has no compilation for 11.19.0.";
    QTest::newRow("producer compiled for an older version -> producer-not-compiled")
        << portal({getInvoiceRef}) << "11.19.0" << producersAt("11.15.0") << "producer-not-compiled"
        << "Module 'Billing_Portal' references 'Billing_CS.GetInvoice' (action), but "
           "'Billing_CS' has no compilation for 11.19.0.";
    QTest::newRow("private element -> missing-element")
        << portal({reference("Billing_CS", "ComputeTax", ElementKind::Action,
                             "action(Amount: Decimal) -> (Tax: Decimal)")})
        << "11.19.0" << producersAt("11.19.0") << "missing-element"
        << "Module 'Billing_Portal' references 'Billing_CS.ComputeTax' (action), but the "
           "compilation of 'Billing_CS' for 11.19.0 has no public element 'ComputeTax'.";
    QTest::newRow("element gone from the producer -> missing-element")
        << portal({reference("Billing_CS", "GetCustomer", ElementKind::Action,
                             "action(Id: Integer) -> ()")})
        << "11.12.0" << producersAt("11.12.0") << "missing-element"
        << "Module 'Billing_Portal' references 'Billing_CS.GetCustomer' (action), but the "
           "compilation of 'Billing_CS' for 11.12.0 has no public element 'GetCustomer'.";
    QTest::newRow("entity referenced as an action -> kind-mismatch")
        << portal({reference("Billing_CS", "Invoice", ElementKind::Action, "action() -> ()")})
        << "11.19.0" << producersAt("11.19.0") << "kind-mismatch"
        << "Module 'Billing_Portal' references 'Billing_CS.Invoice' as an action, but its "
           "compilation for 11.19.0 has an entity of that name.";
    QTest::newRow("structure referenced as an entity -> kind-mismatch")
        << portal({reference("Billing_CS", "Address", ElementKind::Entity,
                             "entity{Street: Text, City: Text}")})
        << "11.19.0" << producersAt("11.19.0") << "kind-mismatch"
        << "Module 'Billing_Portal' references 'Billing_CS.Address' as an entity, but its "
           "compilation for 11.19.0 has a structure of that name.";
    QTest::newRow("producer action gained an input -> signature-mismatch")
        << portal({reference("Billing_CS", "GetInvoice", ElementKind::Action,
                             "action(Id: Integer) -> (Invoice: Invoice)")})
        << "11.19.0" << producersAt("11.19.0") << "signature-mismatch"
        << "Module 'Billing_Portal' references 'Billing_CS.GetInvoice' (action) with signature "
           "'action(Id: Integer) -> (Invoice: Invoice)', but its compilation for 11.19.0 has "
           "'action(Id: Integer, Year: Integer) -> (Invoice: Invoice)'.";
    QTest::newRow("entity attribute renamed -> signature-mismatch")
        << portal({reference("Billing_CS", "Invoice", ElementKind::Entity,
                             "entity{Id: Integer, Code: Text}")})
        << "11.15.0" << producersAt("11.15.0") << "signature-mismatch"
        << "Module 'Billing_Portal' references 'Billing_CS.Invoice' (entity) with signature "
           "'entity{Id: Integer, Code: Text}', but its compilation for 11.15.0 has "
           "'entity{Id: Integer, Number: Text}'.";
    QTest::newRow("API that never existed -> unknown-api")
        << billingCs({call("Http.Fetch", "(Url: Text) -> (Body: Text)")}) << "11.19.0"
        << Producers() << "unknown-api"
        << "Module 'Billing_CS', element 'SendInvoice': platform API 'Http.Fetch' does not exist "
           "in 11.19.0.";
    QTest::newRow("API added in a later version -> unknown-api")
        << billingCs({call("Http.Request",
                           "(Method: Text, Url: Text, Body: Text) -> (Status: "
                           "Integer, Body: Text)")})
        << "11.12.0" << Producers() << "unknown-api"
        << "Module 'Billing_CS', element 'SendInvoice': platform API 'Http.Request' does not "
           "exist in 11.12.0.";
    QTest::newRow("API removed in this version -> removed-api")
        << billingCs({soapCall}) << "11.12.0" << Producers() << "removed-api"
        << "Module 'Billing_CS', element 'SendInvoice': platform API 'Legacy.SoapCall' was "
           "removed in 11.12.0 (use Http.Post with a JSON body).";
    QTest::newRow("API removed in an earlier version -> removed-api names both")
        << billingCs({soapCall}) << "11.19.0" << Producers() << "removed-api"
        << "Module 'Billing_CS', element 'SendInvoice': platform API 'Legacy.SoapCall' was "
           "removed in 11.12.0 (use Http.Post with a JSON body) and is not available in 11.19.0.";
    QTest::newRow("API signature changed -> api-signature-mismatch")
        << billingCs({oldExcelImport}) << "11.19.0" << Producers() << "api-signature-mismatch"
        << "Module 'Billing_CS', element 'SendInvoice': platform API 'Excel.Import' is called "
           "with signature '(Content: Binary) -> (Rows: Integer)', but 11.19.0 has '(Content: "
           "Binary, Sheet: Text) -> (Rows: Integer)'.";
    QTest::newRow("same removed API called twice -> told once")
        << billingCs({soapCall, httpGet, soapCall}) << "11.12.0" << Producers() << "removed-api"
        << "Module 'Billing_CS', element 'SendInvoice': platform API 'Legacy.SoapCall' was "
           "removed in 11.12.0 (use Http.Post with a JSON body).";
}

void TestCompiler::diagnostics()
{
    QFETCH(ModuleDefinition, module);
    QFETCH(QString, platformVersion);
    QFETCH(Producers, producers);
    QFETCH(QString, kind);
    QFETCH(QString, message);

    const QString outputDir = m_dir->filePath("out");
    const CompileResult result = compile(module, platformVersion, producers, outputDir);
    QVERIFY(!result.succeeded);
    QVERIFY(result.ioError.isEmpty());
    QCOMPARE(keysOf(result.diagnostics), QStringList{kind});
    QCOMPARE(result.diagnostics.constFirst().message, message);
    QVERIFY(!QFileInfo::exists(outputDir));
    QVERIFY(result.artifactFiles.isEmpty());
}

void TestCompiler::diagnosticFields()
{
    const CompileResult api = compile(billingCs({soapCall}), "11.12.0", {}, m_dir->filePath("a"));
    QCOMPARE(api.diagnostics.size(), 1);
    QCOMPARE(api.diagnostics[0].module, "Billing_CS");
    QCOMPARE(api.diagnostics[0].element, "SendInvoice");
    QCOMPARE(api.diagnostics[0].target, "Legacy.SoapCall");

    const CompileResult ref = compile(portal({getInvoiceRef}), "11.12.0", {}, m_dir->filePath("b"));
    QCOMPARE(ref.diagnostics.size(), 1);
    QCOMPARE(ref.diagnostics[0].module, "Billing_Portal");
    QCOMPARE(ref.diagnostics[0].element, "GetInvoice");
    QCOMPARE(ref.diagnostics[0].target, "Billing_CS.GetInvoice");
}

void TestCompiler::allDiagnosticsInOrder()
{
    // References first, in definition order; then API calls, element by element.
    ModuleDefinition module = portal(
        {reference("Billing_CS", "GetInvoice", ElementKind::Action, "action(Id: Integer) -> ()"),
         reference("Ledger_CS", "Post", ElementKind::Action, "action() -> ()"),
         reference("Billing_CS", "Invoice", ElementKind::Structure, "structure{}"),
         reference("Billing_CS", "Nothing", ElementKind::Action, "action() -> ()")},
        {oldExcelImport, soapCall});
    module.elements << action("Export", {}, {}, {call("Fax.Send", "() -> ()"), httpGet});

    const CompileResult result
        = compile(module, "11.19.0", producersAt("11.19.0"), m_dir->filePath("out"));
    QVERIFY(!result.succeeded);
    QCOMPARE(
        keysOf(result.diagnostics),
        (QStringList{"signature-mismatch", "producer-not-compiled", "kind-mismatch",
                     "missing-element", "api-signature-mismatch", "removed-api", "unknown-api"}));
    QCOMPARE(result.diagnostics.last().message,
             "Module 'Billing_Portal', element 'Export': platform API 'Fax.Send' does not exist in "
             "11.19.0.");
    QCOMPARE(compile(module, "11.19.0", producersAt("11.19.0"), m_dir->filePath("again"))
                 .diagnostics.size(),
             result.diagnostics.size());
    QCOMPARE(messagesOf(compile(module, "11.19.0", producersAt("11.19.0"), m_dir->filePath("again"))
                            .diagnostics),
             messagesOf(result.diagnostics));
}

void TestCompiler::upgradePath_data()
{
    QTest::addColumn<ModuleDefinition>("module");
    QTest::addColumn<QString>("platformVersion");
    QTest::addColumn<QStringList>("diagnostics");

    ModuleDefinition reports;
    reports.name = "Reports_UI";
    reports.elements
        = {action("ImportSheet", {param("Content", "Binary")}, {}, {oldExcelImport, httpGet}, 60),
           action("RenderLegacy", {}, {},
                  {call("Legacy.WebScreenRender", "(Screen: Text) -> (Html: Text)")}, 15)};

    QTest::newRow("SOAP caller compiles on 11.11.0")
        << billingCs({soapCall}) << "11.11.0" << QStringList();
    QTest::newRow("SOAP caller fails on 11.12.0")
        << billingCs({soapCall}) << "11.12.0" << QStringList{"removed-api"};
    QTest::newRow("SOAP caller still fails on 11.19.0")
        << billingCs({soapCall}) << "11.19.0" << QStringList{"removed-api"};
    QTest::newRow("old Excel importer compiles on 11.11.0")
        << reports << "11.11.0" << QStringList();
    QTest::newRow("old Excel importer compiles on 11.12.0")
        << reports << "11.12.0" << QStringList();
    QTest::newRow("old Excel importer compiles on 11.15.0")
        << reports << "11.15.0" << QStringList();
    QTest::newRow("old Excel importer fails only on 11.19.0")
        << reports << "11.19.0" << QStringList{"api-signature-mismatch", "removed-api"};
    QTest::newRow("Json.Serialize caller fails on 10.0.0")
        << billingCs({call("Json.Serialize", "(Value: Text) -> (Json: Text)")}) << "10.0.0"
        << QStringList{"unknown-api"};
}

void TestCompiler::upgradePath()
{
    QFETCH(ModuleDefinition, module);
    QFETCH(QString, platformVersion);
    QFETCH(QStringList, diagnostics);

    const QString outputDir = m_dir->filePath("out");
    const CompileResult result = compile(module, platformVersion, {}, outputDir);
    QCOMPARE(keysOf(result.diagnostics), diagnostics);
    QCOMPARE(result.succeeded, diagnostics.isEmpty());
    QCOMPARE(QFileInfo::exists(outputDir), diagnostics.isEmpty());
}

void TestCompiler::successWritesArtifacts()
{
    const QString outputDir = m_dir->filePath("compilations/Billing_CS/3");
    const CompileResult result = compile(billingCs(), "11.19.0", {}, outputDir);
    QVERIFY2(result.succeeded, qPrintable(result.ioError));
    QVERIFY(result.diagnostics.isEmpty());

    const QStringList expectedFiles = {
        "generated/Module.cs",
        "generated/actions/ComputeTax.cs",
        "generated/actions/GetInvoice.cs",
        "generated/actions/SendInvoice.cs",
        "generated/entities/Invoice.cs",
        "generated/structures/Address.cs",
        "interface.json",
        "manifest.json",
    };
    QCOMPARE(result.artifactFiles, expectedFiles);
    QCOMPARE(filesUnder(outputDir), expectedFiles);
    // Nothing else next to the compilation: the staging folder was renamed, not copied.
    QCOMPARE(QDir(m_dir->filePath("compilations/Billing_CS"))
                 .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{"3"});

    qint64 totalBytes = 0;
    for (const QString &file : expectedFiles)
        totalBytes += QFileInfo(QDir(outputDir).filePath(file)).size();
    QCOMPARE(result.artifactBytes, totalBytes);

    const QByteArray manifestBytes = readFile(QDir(outputDir).filePath("manifest.json"));
    QCOMPARE(result.manifestHash, sha256(manifestBytes));
    const QJsonObject manifest = QJsonDocument::fromJson(manifestBytes).object();
    QCOMPARE(manifest.value("format").toInt(), 1);
    QCOMPARE(manifest.value("compiler").toString(), "builtin");
    QCOMPARE(manifest.value("module").toString(), "Billing_CS");
    QCOMPARE(manifest.value("moduleVersion").toInt(), 3);
    QCOMPARE(manifest.value("platformVersion").toString(), "11.19.0");
    QCOMPARE(manifest.value("systemComponents").toString(), "11.19.0.11");
    QCOMPARE(manifest.value("definitionHash").toString(), sha256(billingCs().toJson()));
    QCOMPARE(manifest.value("producers").toArray(), QJsonArray());

    QStringList listed;
    for (const QJsonValue &value : manifest.value("artifacts").toArray()) {
        const QJsonObject artifact = value.toObject();
        const QString path = artifact.value("path").toString();
        const QByteArray content = readFile(QDir(outputDir).filePath(path));
        QCOMPARE(artifact.value("size").toInteger(), content.size());
        QCOMPARE(artifact.value("sha256").toString(), sha256(content));
        listed << path;
    }
    QCOMPARE(listed, expectedFiles.mid(0, expectedFiles.size() - 1)); // all but manifest.json

    const Result<ModuleInterface> exported = ModuleInterface::load(outputDir);
    QVERIFY(exported.ok());
    QCOMPARE(*exported, ModuleInterface::fromDefinition(billingCs(), version("11.19.0")));
    QCOMPARE(exported->elements.size(), 4); // ComputeTax is private
    QCOMPARE(exported->elements.value("GetInvoice").signature,
             "action(Id: Integer, Year: Integer) -> (Invoice: Invoice)");

    const QByteArray code = readFile(QDir(outputDir).filePath("generated/actions/GetInvoice.cs"));
    QVERIFY(code.startsWith("// <auto-generated> Billing_CS v3, platform 11.19.0\n"));
    QVERIFY(code.contains("action(Id: Integer, Year: Integer) -> (Invoice: Invoice)"));
}

void TestCompiler::consumerRecordsProducerInterface()
{
    const QString producerDir = m_dir->filePath("producer");
    QVERIFY(compile(billingCs(), "11.19.0", {}, producerDir).succeeded);
    const Result<ModuleInterface> producer = ModuleInterface::load(producerDir);
    QVERIFY(producer.ok());

    const QString consumerDir = m_dir->filePath("consumer");
    const CompileResult result
        = compile(portal({getInvoiceRef}), "11.19.0", {{"Billing_CS", *producer}}, consumerDir);
    QVERIFY2(result.succeeded, qPrintable(messagesOf(result.diagnostics).join('\n')));
    const QJsonObject manifest
        = QJsonDocument::fromJson(readFile(QDir(consumerDir).filePath("manifest.json"))).object();
    const QJsonArray producers = manifest.value("producers").toArray();
    QCOMPARE(producers.size(), 1);
    QCOMPARE(producers[0].toObject().value("module").toString(), "Billing_CS");
    QCOMPARE(producers[0].toObject().value("platformVersion").toString(), "11.19.0");
    QCOMPARE(producers[0].toObject().value("interfaceHash").toString(),
             sha256(readFile(QDir(producerDir).filePath("interface.json"))));
    QCOMPARE(producer->hash(), sha256(readFile(QDir(producerDir).filePath("interface.json"))));
    // The consumer exports its own public action.
    QCOMPARE(ModuleInterface::load(consumerDir)->elements.size(), 1);
}

void TestCompiler::failureLeavesNoOutputDir()
{
    const QString parent = m_dir->filePath("compilations");
    QVERIFY(QDir().mkpath(parent));
    const CompileResult result
        = compile(billingCs({soapCall}), "11.12.0", {}, QDir(parent).filePath("out"));
    QVERIFY(!result.succeeded);
    QCOMPARE(result.diagnostics.size(), 1);
    QVERIFY(result.artifactFiles.isEmpty());
    QCOMPARE(result.artifactBytes, 0);
    QVERIFY(result.manifestHash.isEmpty());
    QCOMPARE(QDir(parent).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList());
}

// The preparation hands the compiler only the source file: reading it is part of
// compiling. The result is the same as with the parsed definition, and exports the
// same interface; an unreadable source is reported, with its position.
void TestCompiler::readsTheSourceWhenGivenOnlyItsPath()
{
    const ModuleDefinition definition = billingCs();
    const QString source = m_dir->filePath(QStringLiteral("Billing_CS.json"));
    QFile file(source);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(definition.toJson());
    file.close();

    CompileRequest request;
    request.moduleVersion = 3;
    request.profile = profile(QStringLiteral("11.19.0"));
    request.sourcePath = source;
    request.outputDir = m_dir->filePath(QStringLiteral("by-path"));
    const CompileResult byPath = BuiltinCompiler().compile(request);
    QVERIFY2(byPath.succeeded, qPrintable(byPath.ioError));
    const CompileResult byDefinition = compile(definition, QStringLiteral("11.19.0"), {},
                                               m_dir->filePath(QStringLiteral("by-definition")));
    QCOMPARE(byPath.manifestHash, byDefinition.manifestHash);
    QCOMPARE(byPath.interface,
             ModuleInterface::fromDefinition(definition, PlatformVersion{11, 19, 0}));

    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("{\n  \"format\": 1,\n  \"name\": \n}\n");
    file.close();
    request.outputDir = m_dir->filePath(QStringLiteral("unreadable"));
    const CompileResult unreadable = BuiltinCompiler().compile(request);
    QVERIFY(!unreadable.succeeded);
    QVERIFY2(unreadable.ioError.startsWith(source + QStringLiteral(":4:1: expected a value")),
             qPrintable(unreadable.ioError));
    QVERIFY(!QFileInfo::exists(request.outputDir));
}

void TestCompiler::existingOutputDirIsRefused()
{
    const QString outputDir = m_dir->filePath("out");
    QVERIFY(QDir().mkpath(outputDir));
    QFile marker(QDir(outputDir).filePath("keep.txt"));
    QVERIFY(marker.open(QIODevice::WriteOnly));
    marker.close();

    const CompileResult result = compile(billingCs(), "11.19.0", {}, outputDir);
    QVERIFY(!result.succeeded);
    QVERIFY(result.diagnostics.isEmpty());
    QCOMPARE(
        result.ioError,
        QString("Cannot create the compilation folder '%1': it already exists.").arg(outputDir));
    QCOMPARE(filesUnder(outputDir), QStringList{"keep.txt"});
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{"out"});
}

void TestCompiler::unusableParentIsAnIoError()
{
    const QString blocker = m_dir->filePath("blocker");
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();

    const QString outputDir = blocker + "/compilations/out";
    const CompileResult result = compile(billingCs(), "11.19.0", {}, outputDir);
    QVERIFY(!result.succeeded);
    QVERIFY(result.diagnostics.isEmpty());
    QCOMPARE(
        result.ioError,
        QString("Cannot create the folder '%1': Not a directory.").arg(blocker + "/compilations"));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{"blocker"});
}

void TestCompiler::emptyOutputDirIsRefused()
{
    const CompileResult result = compile(billingCs(), "11.19.0", {}, QString());
    QVERIFY(!result.succeeded);
    QCOMPARE(result.ioError, "No compilation folder was given for module 'Billing_CS'.");
}

void TestCompiler::writeFailureCleansUp()
{
#ifdef Q_OS_UNIX
    // A file size limit makes the first large write fail the way a full disk does.
    ModuleDefinition module = billingCs();
    module.elements[2].size = 4000;
    const QString outputDir = m_dir->filePath("out");

    struct rlimit saved;
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &saved), 0);
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    struct rlimit limited = saved;
    limited.rlim_cur = 32 * 1024;
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &limited), 0);
    const CompileResult result = compile(module, "11.19.0", {}, outputDir);
    setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, previousHandler);

    QVERIFY(!result.succeeded);
    static const QRegularExpression expected(
        "^Cannot write the file '" + QRegularExpression::escape(m_dir->path())
        + "/\\.out\\.partial-\\w+/generated/actions/GetInvoice\\.cs': File too large\\.$");
    QVERIFY2(expected.match(result.ioError).hasMatch(), qPrintable(result.ioError));
    QVERIFY(result.artifactFiles.isEmpty());
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList());
#else
    QSKIP("needs RLIMIT_FSIZE");
#endif
}

void TestCompiler::compilingTwiceIsDeterministic()
{
    const Producers producers = producersAt("11.19.0");
    ModuleDefinition module = portal({getInvoiceRef}, {httpGet});
    module.elements << billingCs().elements;
    const CompileResult first = compile(module, "11.19.0", producers, m_dir->filePath("first"));
    const CompileResult second = compile(module, "11.19.0", producers, m_dir->filePath("second"));
    QVERIFY(first.succeeded);
    QVERIFY(second.succeeded);
    QCOMPARE(second.manifestHash, first.manifestHash);
    QCOMPARE(readFile(m_dir->filePath("second/manifest.json")),
             readFile(m_dir->filePath("first/manifest.json")));
    QCOMPARE(second.artifactFiles, first.artifactFiles);

    // Another platform version gives another compilation.
    const CompileResult other
        = compile(module, "11.15.0", producersAt("11.15.0"), m_dir->filePath("other"));
    QVERIFY(other.succeeded);
    QVERIFY(other.manifestHash != first.manifestHash);
}

void TestCompiler::concurrentCompilesAgree()
{
    const QString reference = m_dir->filePath("serial");
    const CompileResult serial = compile(billingCs(), "11.19.0", {}, reference);
    QVERIFY(serial.succeeded);

    QList<int> indexes;
    for (int i = 0; i < 8; ++i)
        indexes << i;
    const auto profile11_19 = profile("11.19.0");
    const QString root = m_dir->path();
    const QList<CompileResult> results = QtConcurrent::blockingMapped(indexes, [&](int i) {
        CompileRequest request;
        request.definition = billingCs();
        request.moduleVersion = 3;
        request.profile = profile11_19;
        request.outputDir = root + "/parallel/" + QString::number(i);
        return BuiltinCompiler().compile(request);
    });
    for (const CompileResult &result : results) {
        QVERIFY(result.succeeded);
        QCOMPARE(result.manifestHash, serial.manifestHash);
    }
}

void TestCompiler::outputGrowsWithElementSize_data()
{
    QTest::addColumn<int>("size");
    QTest::newRow("small action") << 20;
    QTest::newRow("medium action") << 200;
    QTest::newRow("large action") << 2000;
}

void TestCompiler::outputGrowsWithElementSize()
{
    QFETCH(int, size);
    ModuleDefinition module = billingCs();
    module.elements[2].size = size; // GetInvoice
    const QString outputDir = m_dir->filePath("out");
    QVERIFY(compile(module, "11.19.0", {}, outputDir).succeeded);
    ModuleDefinition tiny = module;
    tiny.elements[2].size = 1;
    QVERIFY(compile(tiny, "11.19.0", {}, m_dir->filePath("tiny")).succeeded);

    const qint64 grown = QFileInfo(outputDir + "/generated/actions/GetInvoice.cs").size()
        - QFileInfo(m_dir->filePath("tiny/generated/actions/GetInvoice.cs")).size();
    const double bytesPerUnit = double(grown) / (size - 1);
    QVERIFY2(bytesPerUnit >= 20 && bytesPerUnit <= 60, qPrintable(QString::number(bytesPerUnit)));
}

void TestCompiler::interfaceRoundTrip()
{
    const ModuleInterface original
        = ModuleInterface::fromDefinition(billingCs(), version("11.15.0"));
    QCOMPARE(original.module, "Billing_CS");
    QCOMPARE(original.platformVersion, version("11.15.0"));
    QCOMPARE(original.elements.keys().size(), 4);
    QCOMPARE(original.elements.value("Address").kind, ElementKind::Structure);
    QCOMPARE(original.elements.value("Address").signature, "structure{Street: Text, City: Text}");

    const Result<ModuleInterface> parsed = ModuleInterface::fromJson(original.toJson(), "i.json");
    QVERIFY(parsed.ok());
    QCOMPARE(*parsed, original);
    QCOMPARE(parsed->toJson(), original.toJson());
    QCOMPARE(parsed->hash(), sha256(original.toJson()));
}

void TestCompiler::interfaceErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");

    QTest::newRow("newer format") << QByteArray(
        "{\"format\": 2, \"module\": \"M\", \"platformVersion\": \"11.19.0\", "
        "\"elements\": []}") << "i.json:1:12: expected format 1, found the number 2";
    QTest::newRow("unknown element kind")
        << QByteArray(
               "{\"format\": 1, \"module\": \"M\", \"platformVersion\": \"11.19.0\",\n"
               " \"elements\": [{\"name\": \"X\", \"kind\": \"screen\", \"signature\": \"\"}]}")
        << "i.json:2:37: expected \"action\", \"entity\" or \"structure\", found the string "
           "\"screen\"";
    QTest::newRow("element listed twice")
        << QByteArray(
               "{\"format\": 1, \"module\": \"M\", \"platformVersion\": \"11.19.0\",\n"
               " \"elements\": [\n"
               "  {\"name\": \"X\", \"kind\": \"action\", \"signature\": \"action() -> ()\"},\n"
               "  {\"name\": \"X\", \"kind\": \"action\", \"signature\": \"action() -> ()\"}]}")
        << "i.json:4:12: expected each element name once, found the string \"X\"";
    QTest::newRow("missing platform version")
        << QByteArray("{\"format\": 1, \"module\": \"M\", \"elements\": []}")
        << "i.json:1:1: expected an object with the key \"platformVersion\", found an object "
           "without it";
    QTest::newRow("broken JSON") << QByteArray("{\"format\": 1,,}")
                                 << "i.json:1:14: expected '\"' starting an object key, found ','";
}

void TestCompiler::interfaceErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    const Result<ModuleInterface> parsed = ModuleInterface::fromJson(json, "i.json");
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().code, ErrorCode::BadInput);
    QCOMPARE(parsed.error().message, message);
}

void TestCompiler::interfaceLoadMissing()
{
    const Result<ModuleInterface> missing = ModuleInterface::load(m_dir->path());
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, ErrorCode::NotFound);
    QCOMPARE(missing.error().message,
             QString("The compilation folder '%1' has no interface.json.").arg(m_dir->path()));
}

QTEST_GUILESS_MAIN(TestCompiler)
#include "tst_compiler.moc"
