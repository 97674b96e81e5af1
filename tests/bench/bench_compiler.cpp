// Compile throughput of the built-in compiler on one thread: modules/s and MB of
// artifacts/s for synthetic modules of realistic sizes (a small/medium/large mix).
//
//   bench_compiler [--modules N] [--seed S] [--version X.Y.Z] [--keep DIR]
//
// Writes into a temporary folder (or DIR with --keep, left in place) on the file
// system of the temporary location: run it where the environment's data folder lives
// to measure that disk. A second pass runs the code generator alone, without I/O, to
// show how much of the time is writing and syncing files.
#include "compiler/codegenerator.h"
#include "compiler/compiler.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <array>
#include <cstdio>

using namespace osc;

namespace {

class Random
{
public:
    explicit Random(quint64 seed) : m_state(seed * 0x9E3779B97F4A7C15ULL + 1) { }
    quint64 next()
    {
        m_state ^= m_state << 13;
        m_state ^= m_state >> 7;
        m_state ^= m_state << 17;
        return m_state;
    }
    int between(int low, int high) { return low + int(next() % quint64(high - low + 1)); }

private:
    quint64 m_state;
};

struct SizeClass
{
    const char *name;
    int percent;
    int minElements, maxElements;
    int minSize, maxSize;
};

// Roughly what a factory looks like: many small modules, some medium, a few large.
constexpr std::array<SizeClass, 3> sizeClasses = {{
    {"small", 60, 6, 12, 5, 40},
    {"medium", 30, 25, 45, 10, 120},
    {"large", 10, 100, 160, 20, 300},
}};

const char *const types[] = {"Text", "Integer", "Boolean", "Decimal", "DateTime"};

ModuleDefinition foundation()
{
    ModuleDefinition module;
    module.name = "Foundation_Lib";
    for (int i = 0; i < 10; ++i) {
        Element element;
        element.name = QStringLiteral("Helper%1").arg(i);
        element.isPublic = true;
        element.inputs = {{QStringLiteral("Value"), QStringLiteral("Text")}};
        element.outputs = {{QStringLiteral("Result"), QString::fromLatin1(types[i % 5])}};
        module.elements << element;
    }
    return module;
}

ModuleDefinition syntheticModule(int index, const SizeClass &sizeClass,
                                 const CompilerProfile &profile, const ModuleInterface &producer,
                                 Random &random)
{
    ModuleDefinition module;
    module.name = QStringLiteral("%1_Module%2").arg(QString::fromLatin1(sizeClass.name)).arg(index);
    const QStringList apis = profile.apis.keys();
    const int elementCount = random.between(sizeClass.minElements, sizeClass.maxElements);
    for (int e = 0; e < elementCount; ++e) {
        Element element;
        const int shape = random.between(0, 9);
        element.kind = shape < 7 ? ElementKind::Action
                                 : (shape < 9 ? ElementKind::Entity : ElementKind::Structure);
        element.name = QStringLiteral("Element%1").arg(e);
        element.isPublic = random.between(0, 2) == 0;
        element.size = random.between(sizeClass.minSize, sizeClass.maxSize);
        const int parameters = random.between(1, 5);
        for (int p = 0; p < parameters; ++p) {
            const Parameter parameter{QStringLiteral("P%1").arg(p),
                                      QString::fromLatin1(types[random.between(0, 4)])};
            if (element.kind != ElementKind::Action)
                element.attributes << parameter;
            else if (p % 2)
                element.outputs << parameter;
            else
                element.inputs << parameter;
        }
        if (element.kind == ElementKind::Action) {
            const int calls = random.between(0, 3);
            for (int c = 0; c < calls; ++c) {
                const QString api = apis.at(random.between(0, int(apis.size()) - 1));
                element.calls << ApiCall{api, profile.apis.value(api)};
            }
        }
        module.elements << element;
    }
    const int references = random.between(1, 4);
    for (int r = 0; r < references; ++r) {
        const ExportedElement &target
            = producer.elements.value(QStringLiteral("Helper%1").arg(random.between(0, 9)));
        module.references << Reference{producer.module, target.name, target.kind, target.signature};
    }
    module.settings << Setting{QStringLiteral("Endpoint"), QStringLiteral("Text"),
                               QStringLiteral("https://example.invalid")};
    return module;
}

struct Totals
{
    int modules = 0;
    qint64 units = 0;
    qint64 bytes = 0;
    qint64 nanoseconds = 0;
};

void printRow(const char *name, const Totals &totals)
{
    const double seconds = totals.nanoseconds / 1e9;
    const double megabytes = totals.bytes / (1024.0 * 1024.0);
    std::printf("%-22s %8d %10lld %10.2f %9.3f %10.1f %9.2f %9.2f\n", name, totals.modules,
                static_cast<long long>(totals.units), megabytes, seconds,
                seconds > 0 ? totals.modules / seconds : 0.0,
                seconds > 0 ? megabytes / seconds : 0.0,
                totals.modules ? 1000.0 * seconds / totals.modules : 0.0);
}

void printHeader()
{
    std::printf("%-22s %8s %10s %10s %9s %10s %9s %9s\n", "class", "modules", "size", "MB", "s",
                "modules/s", "MB/s", "ms/module");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Measures the built-in compiler's throughput on one thread."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("modules"), QStringLiteral("Modules to compile."),
                      QStringLiteral("N"), QStringLiteral("300")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Synthetic factory seed."),
                      QStringLiteral("S"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("version"), QStringLiteral("Platform version."),
                      QStringLiteral("X.Y.Z"), QStringLiteral("11.19.0")});
    parser.addOption({QStringLiteral("keep"),
                      QStringLiteral("Compile into DIR (which must not exist) and keep it."),
                      QStringLiteral("DIR")});
    parser.process(app);

    const Result<ProfileRegistry> registry = ProfileRegistry::load();
    if (!registry) {
        std::fprintf(stderr, "%s\n", qPrintable(registry.error().fullText()));
        return 1;
    }
    const auto version = PlatformVersion::parse(parser.value(QStringLiteral("version")));
    const auto profile = version ? registry->find(*version) : nullptr;
    if (!profile) {
        std::fprintf(stderr, "unknown platform version\n");
        return 1;
    }

    QTemporaryDir temporary;
    const QString root = parser.isSet(QStringLiteral("keep")) ? parser.value(QStringLiteral("keep"))
                                                              : temporary.path();
    if (!temporary.isValid() || (parser.isSet(QStringLiteral("keep")) && QFileInfo::exists(root))) {
        std::fprintf(stderr, "cannot use the output folder %s\n", qPrintable(root));
        return 1;
    }

    const ModuleInterface producer
        = ModuleInterface::fromDefinition(foundation(), profile->version);
    const QHash<QString, ModuleInterface> producers = {{producer.module, producer}};

    const int moduleCount = parser.value(QStringLiteral("modules")).toInt();
    Random random(parser.value(QStringLiteral("seed")).toULongLong());
    QList<QPair<int, ModuleDefinition>> modules; // size class index, definition
    for (int i = 0; i < moduleCount; ++i) {
        const int pick = random.between(0, 99);
        int cls = 0;
        for (int acc = sizeClasses[0].percent; pick >= acc; acc += sizeClasses[++cls].percent) { }
        modules.append({cls, syntheticModule(i, sizeClasses[cls], *profile, producer, random)});
    }

    std::printf(
        "Built-in compiler, one thread, platform %s, %d modules (seed %s), output in %s\n\n",
        qPrintable(profile->version.toString()), moduleCount,
        qPrintable(parser.value(QStringLiteral("seed"))), qPrintable(root));

    // Full compile: checks, code generation, hashing, durable writes, rename into place.
    std::array<Totals, 3> perClass;
    Totals all;
    const BuiltinCompiler compiler;
    QElapsedTimer timer;
    for (int i = 0; i < modules.size(); ++i) {
        CompileRequest request;
        request.definition = modules[i].second;
        request.profile = profile;
        request.producers = producers;
        request.outputDir = QStringLiteral("%1/%2/1").arg(root, request.definition.name);
        timer.start();
        const CompileResult result = compiler.compile(request);
        const qint64 elapsed = timer.nsecsElapsed();
        if (!result.succeeded) {
            std::fprintf(stderr, "compile failed: %s\n",
                         qPrintable(result.ioError.isEmpty() ? result.diagnostics.value(0).message
                                                             : result.ioError));
            return 1;
        }
        for (Totals *totals : {&perClass[modules[i].first], &all}) {
            totals->modules += 1;
            totals->units += request.definition.totalSize();
            totals->bytes += result.artifactBytes;
            totals->nanoseconds += elapsed;
        }
    }
    std::printf("Full compile (checks, generation, sha256, fsync'd writes, rename):\n");
    printHeader();
    for (size_t c = 0; c < sizeClasses.size(); ++c)
        printRow(sizeClasses[c].name, perClass[c]);
    printRow("all", all);

    // The same work without the file system: how fast the generator itself is.
    Totals generation;
    for (const auto &[cls, definition] : std::as_const(modules)) {
        codegen::ModuleContext context;
        context.definition = &definition;
        context.profile = profile.get();
        context.producerInterfaceHashes.insert(producer.module, producer.hash());
        timer.start();
        qint64 bytes = 0;
        QCryptographicHash hash(QCryptographicHash::Sha256);
        for (const Element &element : definition.elements) {
            const QByteArray code = codegen::generateElement(context, element);
            hash.reset();
            hash.addData(code);
            (void)hash.result();
            bytes += code.size();
        }
        bytes += codegen::generateModuleFile(context).content.size();
        generation.nanoseconds += timer.nsecsElapsed();
        generation.modules += 1;
        generation.units += definition.totalSize();
        generation.bytes += bytes;
    }
    std::printf("\nCode generation and sha256 only (no I/O):\n");
    printHeader();
    printRow("all", generation);
    std::printf("\nGenerated bytes per unit of size: %.1f\n",
                generation.units ? double(generation.bytes) / generation.units : 0.0);
    return 0;
}
