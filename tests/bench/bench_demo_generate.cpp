// Times DemoFactory::generate() for 1,000 and 20,000 modules and prints the shape of
// the generated graphs (layers, longest producer chain, widest fan-out, legacy-API
// modules and how many modules an upgrade would skip because of them).
//
// Usage: bench_demo_generate [seed]

#include "demo/demofactory.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QTextStream>

#include <algorithm>
#include <ctime>

using namespace osc;

namespace {

QTextStream out(stdout);

QString layerOf(const QString &name)
{
    if (name.endsWith(QLatin1String("_Lib")))
        return QStringLiteral("foundation");
    if (name.endsWith(QLatin1String("_IS")))
        return QStringLiteral("integration");
    if (name.endsWith(QLatin1String("_CS")) || name.endsWith(QLatin1String("_Core")))
        return QStringLiteral("core service");
    return QStringLiteral("end-user");
}

QString legacyGroup(const ModuleDefinition &module)
{
    for (const Element &element : module.elements) {
        for (const ApiCall &call : element.calls) {
            if (call.api == QLatin1String("Legacy.SoapCall")
                || call.api == QLatin1String("Crypto.MD5"))
                return QStringLiteral("11.12.0 (") + call.api + u')';
            if (call.api == QLatin1String("Legacy.WebScreenRender")
                || call.api == QLatin1String("Excel.Import"))
                return QStringLiteral("11.19.0 (") + call.api + u')';
        }
    }
    return {};
}

void printStatistics(const QList<ModuleDefinition> &modules)
{
    const int n = int(modules.size());
    QHash<QString, int> indexOf;
    for (int i = 0; i < n; ++i)
        indexOf.insert(modules.at(i).name, i);

    QList<QList<int>> consumers(n);
    QList<int> depth(n, 1);
    QMap<QString, int> layers;
    qint64 references = 0;
    qint64 elements = 0;
    QList<qint64> sizes;
    for (int i = 0; i < n; ++i) {
        const ModuleDefinition &module = modules.at(i);
        ++layers[layerOf(module.name)];
        references += module.references.size();
        elements += module.elements.size();
        sizes.append(module.totalSize());
        for (const QString &producer : module.producers()) {
            const int p = indexOf.value(producer);
            consumers[p].append(i);
            depth[i] = std::max(depth[i], depth[p] + 1);
        }
    }
    std::sort(sizes.begin(), sizes.end());

    out << "  modules " << n << ", elements " << elements << ", references " << references
        << "\n  layers:";
    for (auto it = layers.cbegin(); it != layers.cend(); ++it)
        out << ' ' << it.key() << ' ' << it.value() << ';';
    out << "\n  module size (logic nodes): min " << sizes.first() << ", median " << sizes.at(n / 2)
        << ", p90 " << sizes.at(n * 9 / 10) << ", max " << sizes.last()
        << "\n  longest producer chain: " << *std::max_element(depth.cbegin(), depth.cend())
        << " modules\n  widest fan-out:";
    QList<int> order(n);
    for (int i = 0; i < n; ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return consumers.at(a).size() > consumers.at(b).size(); });
    for (int i = 0; i < std::min(n, 5); ++i)
        out << ' ' << modules.at(order.at(i)).name << ' ' << consumers.at(order.at(i)).size()
            << ';';

    out << "\n  legacy-API modules (direct / transitive consumers):\n";
    int legacyCount = 0;
    QMap<QString, QSet<int>> skippedByGroup;
    for (int i = 0; i < n; ++i) {
        const QString group = legacyGroup(modules.at(i));
        if (group.isEmpty())
            continue;
        ++legacyCount;
        QSet<int> reached;
        QList<int> stack{i};
        while (!stack.isEmpty()) {
            for (int consumer : consumers.at(stack.takeLast())) {
                if (!reached.contains(consumer)) {
                    reached.insert(consumer);
                    stack.append(consumer);
                }
            }
        }
        skippedByGroup[group.left(7)].unite(reached);
        out << "    " << group << ' ' << modules.at(i).name << ": " << consumers.at(i).size()
            << " / " << reached.size() << '\n';
    }
    out << "  legacy modules: " << legacyCount << " ("
        << QString::number(100.0 * legacyCount / n, 'f', 1) << "%)";
    for (auto it = skippedByGroup.cbegin(); it != skippedByGroup.cend(); ++it)
        out << "; upgrade to " << it.key() << " skips " << it.value().size();
    out << "\n";
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const quint64 seed
        = argc > 1 ? QString::fromLocal8Bit(argv[1]).toULongLong() : DemoFactory::defaultSeed;

    for (int count : {150, 1000, 20000}) {
        const int runs = count >= 20000 ? 3 : 5;
        QList<qint64> times;
        QList<qint64> cpuTimes;
        QList<ModuleDefinition> modules;
        for (int run = 0; run < runs; ++run) {
            modules.clear(); // freeing the previous factory is not part of generate()
            QElapsedTimer timer;
            const std::clock_t cpuStart = std::clock();
            timer.start();
            modules = DemoFactory::generate(count, seed);
            times.append(timer.elapsed());
            cpuTimes.append((std::clock() - cpuStart) * 1000 / CLOCKS_PER_SEC);
        }
        std::sort(times.begin(), times.end());
        std::sort(cpuTimes.begin(), cpuTimes.end());
        out << "generate(" << count << ", seed " << seed << "): wall best " << times.first()
            << " ms, median " << times.at(runs / 2) << " ms; CPU best " << cpuTimes.first()
            << " ms, median " << cpuTimes.at(runs / 2) << " ms; " << runs << " runs\n";
        printStatistics(modules);
        out.flush();
    }
    return 0;
}
