// Times PreparationGraph::build() on demo factories of 2,000 and 20,000 modules and
// measures the quality of its order: a simulated run with 2 and 8 workers, where a
// unit takes its weight (the modules' totalSize()) in time units, gives a makespan to
// compare with the lower bound max(total weight / workers, longest chain), and with
// the makespan of first-in-first-out order (ready units in the order they became
// ready) over the same graph.
//
// Usage: bench_preparationgraph [moduleCount…]   (default: 2000 20000)

#include "demo/demofactory.h"
#include "engine/preparationgraph.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <deque>
#include <functional>
#include <queue>
#include <vector>

using namespace osc;

namespace {

QTextStream out(stdout);

using Unit = PreparationGraph::Unit;

struct Running
{
    qint64 end;
    Unit unit;
    bool operator>(const Running &other) const
    {
        return end != other.end ? end > other.end : unit > other.unit;
    }
};
using RunningQueue = std::priority_queue<Running, std::vector<Running>, std::greater<Running>>;

// The scheduler's own order: takeReady() whenever a worker is free.
qint64 simulateCriticalPath(PreparationGraph &graph, int workers)
{
    RunningQueue running;
    qint64 now = 0;
    while (true) {
        while (int(running.size()) < workers) {
            const std::optional<Unit> unit = graph.takeReady();
            if (!unit)
                break;
            running.push({now + graph.unitWeight(*unit), *unit});
        }
        if (running.empty())
            break;
        now = running.top().end;
        while (!running.empty() && running.top().end == now) {
            graph.markSucceeded(running.top().unit);
            running.pop();
        }
    }
    Q_ASSERT(graph.isFinished());
    return now;
}

// The baseline: the same units and references, ready units taken first in, first out.
qint64 simulateFifo(const PreparationGraph &graph, const QList<PreparationModule> &modules,
                    int workers)
{
    const int units = graph.unitCount();
    std::vector<std::vector<Unit>> consumers(units);
    std::vector<int> waiting(units, 0);
    for (const PreparationModule &module : modules) {
        const Unit consumer = graph.unitOf(module.name);
        for (const QString &producer : module.producers) {
            const Unit unit = graph.unitOf(producer);
            if (unit < 0 || unit == consumer)
                continue;
            std::vector<Unit> &list = consumers[unit];
            if (std::find(list.begin(), list.end(), consumer) == list.end()) {
                list.push_back(consumer);
                ++waiting[consumer];
            }
        }
    }
    std::deque<Unit> ready;
    for (Unit unit = 0; unit < units; ++unit) {
        if (waiting[unit] == 0)
            ready.push_back(unit);
    }
    RunningQueue running;
    qint64 now = 0;
    while (true) {
        while (int(running.size()) < workers && !ready.empty()) {
            running.push({now + graph.unitWeight(ready.front()), ready.front()});
            ready.pop_front();
        }
        if (running.empty())
            break;
        now = running.top().end;
        while (!running.empty() && running.top().end == now) {
            for (Unit consumer : consumers[running.top().unit]) {
                if (--waiting[consumer] == 0)
                    ready.push_back(consumer);
            }
            running.pop();
        }
    }
    return now;
}

void benchmark(int moduleCount)
{
    QElapsedTimer timer;
    timer.start();
    const QList<ModuleDefinition> definitions = DemoFactory::generate(moduleCount);
    const qint64 generateMs = timer.elapsed();

    QList<PreparationModule> modules;
    modules.reserve(definitions.size());
    qint64 references = 0;
    for (const ModuleDefinition &definition : definitions) {
        modules.append({definition.name, definition.producers(), definition.totalSize()});
        references += modules.last().producers.size();
    }

    // Build: best and median of 7.
    constexpr int rounds = 7;
    std::vector<double> buildMs;
    std::optional<PreparationGraph> graph;
    for (int round = 0; round < rounds; ++round) {
        timer.restart();
        Result<PreparationGraph> built = PreparationGraph::build(modules);
        buildMs.push_back(timer.nsecsElapsed() / 1e6);
        if (!built.ok()) {
            out << "build failed: " << built.error().fullText() << '\n';
            return;
        }
        graph = std::move(built).value();
    }
    std::sort(buildMs.begin(), buildMs.end());

    out << "modules " << moduleCount << " (generated in " << generateMs
        << " ms), producer references " << references << ", units " << graph->unitCount()
        << ", cycles " << graph->cycles().size() << "\n  build: best "
        << QString::number(buildMs.front(), 'f', 1) << " ms, median "
        << QString::number(buildMs[rounds / 2], 'f', 1) << " ms\n"
        << "  total weight " << graph->totalWeight() << ", longest chain " << graph->longestChain()
        << '\n';

    for (int workers : {2, 8}) {
        PreparationGraph run = *graph;
        timer.restart();
        const qint64 makespan = simulateCriticalPath(run, workers);
        const double runMs = timer.nsecsElapsed() / 1e6;
        const qint64 fifo = simulateFifo(*graph, modules, workers);
        const double bound
            = std::max(double(graph->totalWeight()) / workers, double(graph->longestChain()));
        out << "  " << workers << " workers: makespan " << makespan << ", lower bound "
            << qint64(bound) << ", ratio " << QString::number(makespan / bound, 'f', 4)
            << " | FIFO makespan " << fifo << ", ratio " << QString::number(fifo / bound, 'f', 4)
            << " | simulated run " << QString::number(runMs, 'f', 1) << " ms ("
            << QString::number(runMs * 1000.0 / graph->unitCount(), 'f', 2) << " µs a unit)\n";
    }
    out.flush();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QList<int> counts;
    for (const QString &argument : app.arguments().mid(1))
        counts.append(argument.toInt());
    if (counts.isEmpty())
        counts = {2000, 20000};
    for (int count : std::as_const(counts))
        benchmark(count);
    return 0;
}
