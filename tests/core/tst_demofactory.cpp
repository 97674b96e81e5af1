#include "compiler/compiler.h"
#include "compiler/compilerprofile.h"
#include "demo/demofactory.h"
#include "modules/moduleparser.h"

#include <QCryptographicHash>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <map>

using namespace osc;

namespace {

// The generator is deterministic, so each (count, seed) is generated once per run.
const QList<ModuleDefinition> &factory(int count, quint64 seed)
{
    static std::map<std::pair<int, quint64>, QList<ModuleDefinition>> cache;
    auto it = cache.find({count, seed});
    if (it == cache.end())
        it = cache.emplace(std::pair{count, seed}, DemoFactory::generate(count, seed)).first;
    return it->second;
}

enum class Layer { Foundation, Integration, CoreService, EndUser };

// The naming convention of the demo factory: the layer is the name's suffix.
Layer layerOf(const QString &name)
{
    if (name.endsWith(QLatin1String("_Lib")))
        return Layer::Foundation;
    if (name.endsWith(QLatin1String("_IS")))
        return Layer::Integration;
    if (name.endsWith(QLatin1String("_CS")) || name.endsWith(QLatin1String("_Core")))
        return Layer::CoreService;
    return Layer::EndUser;
}

// The APIs of the platform the demo factory is published on, from its shipped profile.
const QHash<QString, QString> &apisOf11_11()
{
    static const QHash<QString, QString> apis = [] {
        Result<ProfileRegistry> profiles = ProfileRegistry::load();
        Q_ASSERT(profiles.ok());
        return profiles->find(PlatformVersion{11, 11, 0})->apis;
    }();
    return apis;
}

QString legacyVersionOf(const QString &api)
{
    if (api == QLatin1String("Legacy.SoapCall") || api == QLatin1String("Crypto.MD5"))
        return QStringLiteral("11.12.0");
    if (api == QLatin1String("Legacy.WebScreenRender") || api == QLatin1String("Excel.Import"))
        return QStringLiteral("11.19.0");
    return {};
}

QSet<QString> legacyApisCalled(const ModuleDefinition &module)
{
    QSet<QString> apis;
    for (const Element &element : module.elements) {
        for (const ApiCall &call : element.calls) {
            if (!legacyVersionOf(call.api).isEmpty())
                apis.insert(call.api);
        }
    }
    return apis;
}

// The producer/consumer graph of a generated factory, by module position.
struct Graph
{
    QHash<QString, int> indexOf;
    QList<QList<int>> producers;
    QList<QList<int>> consumers;

    explicit Graph(const QList<ModuleDefinition> &modules)
        : producers(modules.size()), consumers(modules.size())
    {
        for (int i = 0; i < modules.size(); ++i)
            indexOf.insert(modules.at(i).name, i);
        for (int i = 0; i < modules.size(); ++i) {
            for (const QString &producer : modules.at(i).producers()) {
                const int p = indexOf.value(producer, -1);
                producers[i].append(p);
                if (p >= 0)
                    consumers[p].append(i);
            }
        }
    }

    // Number of modules on the longest producer -> consumer path (modules in order).
    int longestChain() const
    {
        QList<int> depth(producers.size(), 1);
        int longest = 0;
        for (int i = 0; i < producers.size(); ++i) {
            for (int p : producers.at(i))
                depth[i] = std::max(depth[i], depth.at(p) + 1);
            longest = std::max(longest, depth.at(i));
        }
        return longest;
    }

    QSet<int> transitiveConsumers(int module) const
    {
        QSet<int> reached;
        QList<int> pending{module};
        while (!pending.isEmpty()) {
            for (int consumer : consumers.at(pending.takeLast())) {
                if (!reached.contains(consumer)) {
                    reached.insert(consumer);
                    pending.append(consumer);
                }
            }
        }
        return reached;
    }
};

QByteArray fingerprint(const QList<ModuleDefinition> &modules)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const ModuleDefinition &module : modules) {
        hash.addData(module.name.toUtf8());
        hash.addData(QByteArray::number(module.totalSize()));
        for (const Element &element : module.elements)
            hash.addData(signatureOf(element).toUtf8());
        for (const Reference &reference : module.references)
            hash.addData((reference.module + u'.' + reference.element).toUtf8());
    }
    return hash.result().toHex();
}

} // namespace

class tst_DemoFactory : public QObject
{
    Q_OBJECT

private slots:
    void sameInputsGiveIdenticalModules_data();
    void sameInputsGiveIdenticalModules();
    void seededOutputIsPinned();
    void differentSeedGivesDifferentFactory_data();
    void differentSeedGivesDifferentFactory();
    void generatesExactlyTheRequestedCount_data();
    void generatesExactlyTheRequestedCount();
    void namesAreUniqueIdentifiers_data();
    void namesAreUniqueIdentifiers();
    void producersComeBeforeConsumers_data();
    void producersComeBeforeConsumers();
    void referencesMatchProducerElements_data();
    void referencesMatchProducerElements();
    void elementsAreWellFormed_data();
    void elementsAreWellFormed();
    void everyModuleIsAValidDefinitionFile_data();
    void everyModuleIsAValidDefinitionFile();
    void factoryHasLayersChainsAndWideFanOut_data();
    void factoryHasLayersChainsAndWideFanOut();
    void legacyApiModulesFailWithConsumers_data();
    void legacyApiModulesFailWithConsumers();
    void largeFactoryGeneratesInOrder();
    void compilesOn11_11AndOnlyLegacyModulesFailLater_data();
    void compilesOn11_11AndOnlyLegacyModulesFailLater();

private:
    static void addFactoryRows();
};

void tst_DemoFactory::addFactoryRows()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<quint64>("seed");
    QTest::newRow("single module") << 1 << quint64(1);
    QTest::newRow("two modules") << 2 << quint64(1);
    QTest::newRow("five modules") << 5 << quint64(1);
    QTest::newRow("ten modules") << 10 << quint64(1);
    QTest::newRow("default factory") << DemoFactory::defaultModuleCount << DemoFactory::defaultSeed;
    QTest::newRow("default size, another seed") << 150 << quint64(99);
    QTest::newRow("thousand modules") << 1000 << quint64(1);
    QTest::newRow("thousand modules, another seed") << 1000 << quint64(7);
}

void tst_DemoFactory::sameInputsGiveIdenticalModules_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<quint64>("seed");
    QTest::newRow("ten modules, seed 3") << 10 << quint64(3);
    QTest::newRow("default factory") << 150 << quint64(1);
    QTest::newRow("thousand modules, seed 42") << 1000 << quint64(42);
}

void tst_DemoFactory::sameInputsGiveIdenticalModules()
{
    QFETCH(int, count);
    QFETCH(quint64, seed);
    const QList<ModuleDefinition> first = DemoFactory::generate(count, seed);
    const QList<ModuleDefinition> second = DemoFactory::generate(count, seed);
    QCOMPARE(second.size(), first.size());
    for (int i = 0; i < first.size(); ++i)
        QCOMPARE(second.at(i).toJson(), first.at(i).toJson());
}

// The generator uses its own integer-only random numbers, so a (count, seed) gives the
// same factory on every compiler and machine. A deliberate change to the generator
// changes this fingerprint: update it in the same commit.
void tst_DemoFactory::seededOutputIsPinned()
{
    const QList<ModuleDefinition> &modules = factory(150, 1);
    QCOMPARE(modules.first().name, QStringLiteral("Common_Lib"));
    QCOMPARE(fingerprint(modules),
             QByteArray("12df4f675167dbfa28a82093297846fa086e9309aa028a9c48d05e982e1c885d"));
}

void tst_DemoFactory::differentSeedGivesDifferentFactory_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<quint64>("seed");
    QTest::addColumn<quint64>("otherSeed");
    QTest::newRow("ten modules, seeds 1 and 2") << 10 << quint64(1) << quint64(2);
    QTest::newRow("default size, seeds 1 and 2") << 150 << quint64(1) << quint64(2);
    QTest::newRow("default size, seeds 0 and max") << 150 << quint64(0) << ~quint64(0);
}

void tst_DemoFactory::differentSeedGivesDifferentFactory()
{
    QFETCH(int, count);
    QFETCH(quint64, seed);
    QFETCH(quint64, otherSeed);
    const QList<ModuleDefinition> &first = factory(count, seed);
    const QList<ModuleDefinition> &second = factory(count, otherSeed);
    QCOMPARE(second.size(), first.size());
    int differing = 0;
    for (int i = 0; i < first.size(); ++i)
        differing += first.at(i).toJson() != second.at(i).toJson() ? 1 : 0;
    QVERIFY2(differing > count / 2,
             qPrintable(QStringLiteral("only %1 of %2 modules differ").arg(differing).arg(count)));
}

void tst_DemoFactory::generatesExactlyTheRequestedCount_data()
{
    addFactoryRows();
    QTest::newRow("no modules") << 0 << quint64(1);
    QTest::newRow("negative count") << -5 << quint64(1);
    QTest::newRow("odd size") << 151 << quint64(1);
}

void tst_DemoFactory::generatesExactlyTheRequestedCount()
{
    QFETCH(int, count);
    QFETCH(quint64, seed);
    QCOMPARE(factory(count, seed).size(), qsizetype(std::max(count, 0)));
}

void tst_DemoFactory::namesAreUniqueIdentifiers_data()
{
    addFactoryRows();
}

void tst_DemoFactory::namesAreUniqueIdentifiers()
{
    QFETCH(int, count);
    QFETCH(quint64, seed);
    static const QRegularExpression identifier(QStringLiteral("^[A-Za-z][A-Za-z0-9_]*$"));
    QSet<QString> names;
    for (const ModuleDefinition &module : factory(count, seed)) {
        QVERIFY2(identifier.match(module.name).hasMatch(), qPrintable(module.name));
        QVERIFY2(module.name.size() <= 100, qPrintable(module.name));
        QVERIFY2(!names.contains(module.name), qPrintable(module.name));
        names.insert(module.name);
        QVERIFY2(!module.application.isEmpty(), qPrintable(module.name));
        QVERIFY2(!module.description.isEmpty() && !module.description.contains(u'\n'),
                 qPrintable(module.name));
    }
}

void tst_DemoFactory::producersComeBeforeConsumers_data()
{
    addFactoryRows();
}

void tst_DemoFactory::producersComeBeforeConsumers()
{
    QFETCH(int, count);
    QFETCH(quint64, seed);
    const QList<ModuleDefinition> &modules = factory(count, seed);
    const Graph graph(modules);
    for (int i = 0; i < modules.size(); ++i) {
        for (int p : graph.producers.at(i)) {
            QVERIFY2(p >= 0 && p < i, qPrintable(modules.at(i).name));
        }
    }
}

void tst_DemoFactory::referencesMatchProducerElements_data()
{
    addFactoryRows();
}

void tst_DemoFactory::referencesMatchProducerElements()
{
    QFETCH(int, count);
    QFETCH(quint64, seed);
    const QList<ModuleDefinition> &modules = factory(count, seed);
    const Graph graph(modules);
    for (const ModuleDefinition &module : modules) {
        QSet<QString> referenced;
        for (const Reference &reference : module.references) {
            const QString what = module.name + QStringLiteral(" -> ") + reference.module + u'.'
                + reference.element;
            QVERIFY2(graph.indexOf.contains(reference.module), qPrintable(what));
            const Element *element
                = modules.at(graph.indexOf.value(reference.module)).findElement(reference.element);
            QVERIFY2(element, qPrintable(what));
            QVERIFY2(element->isPublic, qPrintable(what));
            QVERIFY2(element->kind == reference.kind, qPrintable(what));
            QCOMPARE(reference.signature, signatureOf(*element));
            QVERIFY2(!referenced.contains(reference.module + u'.' + reference.element),
                     qPrintable(what + QStringLiteral(" twice")));
            referenced.insert(reference.module + u'.' + reference.element);
        }
    }
}

void tst_DemoFactory::elementsAreWellFormed_data()
{
    addFactoryRows();
}

void tst_DemoFactory::elementsAreWellFormed()
{
    QFETCH(int, count);
    QFETCH(quint64, seed);
    static const QSet<QString> basicTypes{"Text",    "Integer",  "LongInteger", "Decimal",
                                          "Boolean", "Date",     "Time",        "DateTime",
                                          "Binary",  "Currency", "Email"};
    static const QSet<QString> settingTypes{"Text", "Integer", "Boolean", "Decimal"};
    static const QRegularExpression identifier(QStringLiteral("^[A-Za-z][A-Za-z0-9_]*$"));

    for (const ModuleDefinition &module : factory(count, seed)) {
        QCOMPARE(module.format, ModuleDefinition::currentFormat);
        QVERIFY2(!module.elements.isEmpty(), qPrintable(module.name));
        QVERIFY2(module.totalSize() >= 50 && module.totalSize() <= 20000, qPrintable(module.name));

        QSet<QString> names;
        QSet<QString> localTypes;
        for (const Element &element : module.elements) {
            const QString what = module.name + u'.' + element.name;
            QVERIFY2(identifier.match(element.name).hasMatch(), qPrintable(what));
            QVERIFY2(!names.contains(element.name), qPrintable(what));
            names.insert(element.name);
            QVERIFY2(element.size >= 1, qPrintable(what));
            if (element.kind != ElementKind::Action)
                localTypes.insert(element.name);
        }
        for (const Element &element : module.elements) {
            const QString what = module.name + u'.' + element.name;
            const bool isAction = element.kind == ElementKind::Action;
            QVERIFY2(isAction
                         || (element.inputs.isEmpty() && element.outputs.isEmpty()
                             && element.calls.isEmpty()),
                     qPrintable(what));
            QVERIFY2(!isAction || element.attributes.isEmpty(), qPrintable(what));
            QVERIFY2(isAction || !element.attributes.isEmpty(), qPrintable(what));
            for (const QList<Parameter> *list :
                 {&element.inputs, &element.outputs, &element.attributes}) {
                QSet<QString> parameterNames;
                for (const Parameter &parameter : *list) {
                    QVERIFY2(basicTypes.contains(parameter.type)
                                 || localTypes.contains(parameter.type),
                             qPrintable(what + u' ' + parameter.name + u' ' + parameter.type));
                    QVERIFY2(!parameterNames.contains(parameter.name),
                             qPrintable(what + u' ' + parameter.name));
                    parameterNames.insert(parameter.name);
                }
            }
            for (const ApiCall &call : element.calls) {
                const QString expected = apisOf11_11().value(call.api);
                QVERIFY2(!expected.isEmpty(), qPrintable(what + u' ' + call.api));
                QCOMPARE(call.signature, expected);
            }
        }
        QVERIFY2(!module.settings.isEmpty(), qPrintable(module.name));
        QSet<QString> settingNames;
        for (const Setting &setting : module.settings) {
            QVERIFY2(settingTypes.contains(setting.type),
                     qPrintable(module.name + u' ' + setting.name));
            QVERIFY2(!settingNames.contains(setting.name),
                     qPrintable(module.name + u' ' + setting.name));
            settingNames.insert(setting.name);
        }
    }
}

void tst_DemoFactory::factoryHasLayersChainsAndWideFanOut_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<quint64>("seed");
    QTest::addColumn<int>("minimumChain");
    QTest::addColumn<int>("minimumFanOut");
    QTest::addColumn<int>("minimumLargest"); // logic nodes of the largest module
    QTest::newRow("default factory") << 150 << quint64(1) << 8 << 60 << 2000;
    QTest::newRow("default size, another seed") << 150 << quint64(99) << 8 << 60 << 2000;
    QTest::newRow("thousand modules") << 1000 << quint64(1) << 12 << 300 << 8000;
    QTest::newRow("thousand modules, another seed") << 1000 << quint64(7) << 12 << 300 << 8000;
}

void tst_DemoFactory::factoryHasLayersChainsAndWideFanOut()
{
    QFETCH(int, count);
    QFETCH(quint64, seed);
    QFETCH(int, minimumChain);
    QFETCH(int, minimumFanOut);
    QFETCH(int, minimumLargest);
    const QList<ModuleDefinition> &modules = factory(count, seed);
    const Graph graph(modules);

    QMap<Layer, int> layers;
    QList<qint64> sizes;
    for (const ModuleDefinition &module : modules) {
        ++layers[layerOf(module.name)];
        sizes.append(module.totalSize());
    }
    QVERIFY(layers.value(Layer::Foundation) >= 4);
    QVERIFY(layers.value(Layer::Integration) >= 4);
    QVERIFY(layers.value(Layer::CoreService) >= count / 4);
    QVERIFY(layers.value(Layer::EndUser) >= count / 5);

    const int chain = graph.longestChain();
    QVERIFY2(chain >= minimumChain, qPrintable(QString::number(chain)));

    // A handful of foundation libraries are used by a large part of the factory.
    int widest = -1;
    int wide = 0;
    for (int i = 0; i < modules.size(); ++i) {
        if (widest < 0 || graph.consumers.at(i).size() > graph.consumers.at(widest).size())
            widest = i;
        wide += graph.consumers.at(i).size() >= minimumFanOut ? 1 : 0;
    }
    QCOMPARE(layerOf(modules.at(widest).name), Layer::Foundation);
    QVERIFY2(graph.consumers.at(widest).size() >= minimumFanOut,
             qPrintable(QString::number(graph.consumers.at(widest).size())));
    QVERIFY2(wide >= 3 && wide <= 10, qPrintable(QString::number(wide)));

    // Sizes are heavy-tailed: most modules small, a few very large.
    std::sort(sizes.begin(), sizes.end());
    QVERIFY2(sizes.at(sizes.size() / 2) <= 600,
             qPrintable(QString::number(sizes.at(sizes.size() / 2))));
    QVERIFY2(sizes.last() >= minimumLargest, qPrintable(QString::number(sizes.last())));
}

void tst_DemoFactory::legacyApiModulesFailWithConsumers_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<quint64>("seed");
    QTest::addColumn<QString>("version");
    QTest::addColumn<QStringList>("producerApis"); // one producer with consumers calls one
    QTest::addColumn<int>("maximumPercent");
    const QStringList removedIn12{"Legacy.SoapCall", "Crypto.MD5"};
    const QStringList changedIn19{"Excel.Import"};
    QTest::newRow("default factory: 11.12.0 removes SOAP and MD5")
        << 150 << quint64(1) << "11.12.0" << removedIn12 << 3;
    QTest::newRow("default factory: 11.19.0 removes web screens, changes Excel")
        << 150 << quint64(1) << "11.19.0" << changedIn19 << 3;
    QTest::newRow("another seed: 11.12.0") << 150 << quint64(99) << "11.12.0" << removedIn12 << 3;
    QTest::newRow("another seed: 11.19.0") << 150 << quint64(99) << "11.19.0" << changedIn19 << 3;
    QTest::newRow("thousand modules: 11.12.0")
        << 1000 << quint64(1) << "11.12.0" << removedIn12 << 2;
    QTest::newRow("thousand modules: 11.19.0")
        << 1000 << quint64(1) << "11.19.0" << changedIn19 << 2;
}

void tst_DemoFactory::legacyApiModulesFailWithConsumers()
{
    QFETCH(int, count);
    QFETCH(quint64, seed);
    QFETCH(QString, version);
    QFETCH(QStringList, producerApis);
    QFETCH(int, maximumPercent);
    const QList<ModuleDefinition> &modules = factory(count, seed);
    const Graph graph(modules);

    QSet<int> failing;
    QSet<QString> apisCalled;
    bool producerWithConsumers = false;
    for (int i = 0; i < modules.size(); ++i) {
        bool fails = false;
        for (const QString &api : legacyApisCalled(modules.at(i))) {
            if (legacyVersionOf(api) == version) {
                fails = true;
                apisCalled.insert(api);
                if (producerApis.contains(api) && !graph.consumers.at(i).isEmpty())
                    producerWithConsumers = true;
            }
        }
        if (fails)
            failing.insert(i);
    }
    QSet<int> skipped;
    for (int module : std::as_const(failing))
        skipped.unite(graph.transitiveConsumers(module));
    skipped.subtract(failing);

    QVERIFY2(failing.size() >= 2, qPrintable(QString::number(failing.size())));
    QVERIFY2(failing.size() * 100 <= count * maximumPercent,
             qPrintable(QString::number(failing.size())));
    QVERIFY(producerWithConsumers);
    QVERIFY(!skipped.isEmpty());
    // An upgrade breaks a corner of the factory, not most of it.
    QVERIFY2(skipped.size() * 10 <= count, qPrintable(QString::number(skipped.size())));
    if (version == QLatin1String("11.12.0")) {
        QVERIFY(apisCalled.contains(QStringLiteral("Legacy.SoapCall")));
        QVERIFY(apisCalled.contains(QStringLiteral("Crypto.MD5")));
    } else {
        QVERIFY(apisCalled.contains(QStringLiteral("Legacy.WebScreenRender")));
        QVERIFY(apisCalled.contains(QStringLiteral("Excel.Import")));
    }
}

void tst_DemoFactory::largeFactoryGeneratesInOrder()
{
    const QList<ModuleDefinition> modules = DemoFactory::generate(20000, DemoFactory::defaultSeed);
    QCOMPARE(modules.size(), qsizetype(20000));
    const Graph graph(modules);
    QCOMPARE(graph.indexOf.size(), qsizetype(20000));
    for (int i = 0; i < modules.size(); ++i) {
        for (int p : graph.producers.at(i))
            QVERIFY2(p >= 0 && p < i, qPrintable(modules.at(i).name));
    }
}

void tst_DemoFactory::everyModuleIsAValidDefinitionFile_data()
{
    addFactoryRows();
}

// What the generator writes is what import reads: each module passes the parser
// and comes back identical.
void tst_DemoFactory::everyModuleIsAValidDefinitionFile()
{
    QFETCH(int, count);
    QFETCH(quint64, seed);
    for (const ModuleDefinition &module : DemoFactory::generate(count, seed)) {
        Result<ModuleDefinition> parsed = ModuleParser::parse(module.toJson(), module.name);
        QVERIFY2(parsed.ok(), qPrintable(parsed ? QString() : parsed.error().message));
        QCOMPARE(*parsed, module);
    }
}

void tst_DemoFactory::compilesOn11_11AndOnlyLegacyModulesFailLater_data()
{
    QTest::addColumn<QString>("platform");
    QTest::addColumn<QStringList>("brokenApis");
    QTest::newRow("11.11.0 -> everything compiles") << QStringLiteral("11.11.0") << QStringList();
    QTest::newRow("11.12.0 -> SOAP and MD5 callers fail, their consumers lack producers")
        << QStringLiteral("11.12.0")
        << QStringList{QStringLiteral("Legacy.SoapCall"), QStringLiteral("Crypto.MD5")};
    QTest::newRow("11.19.0 -> web screen and Excel callers fail too")
        << QStringLiteral("11.19.0")
        << QStringList{QStringLiteral("Legacy.SoapCall"), QStringLiteral("Crypto.MD5"),
                       QStringLiteral("Legacy.WebScreenRender"), QStringLiteral("Excel.Import")};
}

// The real compiler, in dependency order, over the default demo factory: the
// modules that fail are exactly those calling an API the version broke, and a
// consumer of a failed module finds no compilation of its producer.
void tst_DemoFactory::compilesOn11_11AndOnlyLegacyModulesFailLater()
{
    QFETCH(QString, platform);
    QFETCH(QStringList, brokenApis);
    Result<ProfileRegistry> profiles = ProfileRegistry::load();
    QVERIFY(profiles.ok());
    const auto profile = profiles->find(*PlatformVersion::parse(platform));
    QVERIFY(profile);

    QTemporaryDir output;
    const BuiltinCompiler compiler;
    QHash<QString, ModuleInterface> compiled;
    QSet<QString> failedOnApis;
    QSet<QString> lackingProducer;
    for (const ModuleDefinition &module : DemoFactory::generate(DemoFactory::defaultModuleCount)) {
        CompileRequest request;
        request.definition = module;
        request.profile = profile;
        request.outputDir = output.filePath(module.name);
        for (const QString &producer : module.producers()) {
            if (compiled.contains(producer))
                request.producers.insert(producer, compiled.value(producer));
        }
        const CompileResult result = compiler.compile(request);
        QVERIFY2(result.ioError.isEmpty(), qPrintable(result.ioError));
        if (result.succeeded) {
            compiled.insert(module.name, ModuleInterface::fromDefinition(module, profile->version));
            continue;
        }
        for (const Diagnostic &diagnostic : result.diagnostics) {
            if (diagnostic.kind == DiagnosticKind::ProducerNotCompiled)
                lackingProducer.insert(module.name);
            else if (brokenApis.contains(diagnostic.target))
                failedOnApis.insert(module.name);
            else
                QFAIL(qPrintable(diagnostic.message));
        }
    }

    QSet<QString> callers;
    for (const ModuleDefinition &module : DemoFactory::generate(DemoFactory::defaultModuleCount)) {
        for (const QString &api : legacyApisCalled(module)) {
            if (brokenApis.contains(api))
                callers.insert(module.name);
        }
    }
    QCOMPARE(failedOnApis, callers);
    QCOMPARE(lackingProducer.isEmpty(), brokenApis.isEmpty());
}

QTEST_GUILESS_MAIN(tst_DemoFactory)
#include "tst_demofactory.moc"
