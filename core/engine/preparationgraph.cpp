#include "engine/preparationgraph.h"

#include <QCoreApplication>

#include <algorithm>
#include <numeric>

namespace osc {

namespace {

Error badInput(const char *text, const QString &module)
{
    return makeError(ErrorCode::BadInput,
                     QCoreApplication::translate("PreparationGraph", text).arg(module), module);
}

// Strongly connected components of the graph module -> its producers, in the order
// Tarjan's algorithm completes them: a component comes after every component it
// reaches, so producers come first. Iterative: a chain of 20,000 modules would
// overflow the stack of a recursive version.
struct Components
{
    QList<int> componentOf;
    int count = 0;
};

Components stronglyConnected(const QList<int> &edgeStart, const QList<int> &edges)
{
    const int n = int(edgeStart.size()) - 1;
    constexpr int unvisited = -1;
    QList<int> index(n, unvisited);
    QList<int> low(n, 0);
    QList<bool> onStack(n, false);
    QList<int> stack;
    stack.reserve(n);
    struct Frame
    {
        int node;
        int nextEdge;
    };
    QList<Frame> calls;
    Components result;
    result.componentOf.resize(n);
    int nextIndex = 0;

    for (int root = 0; root < n; ++root) {
        if (index[root] != unvisited)
            continue;
        calls.append({root, edgeStart[root]});
        index[root] = low[root] = nextIndex++;
        stack.append(root);
        onStack[root] = true;
        while (!calls.isEmpty()) {
            Frame &frame = calls.last();
            const int v = frame.node;
            if (frame.nextEdge < edgeStart[v + 1]) {
                const int w = edges[frame.nextEdge++];
                if (index[w] == unvisited) {
                    index[w] = low[w] = nextIndex++;
                    stack.append(w);
                    onStack[w] = true;
                    calls.append({w, edgeStart[w]}); // invalidates frame
                } else if (onStack[w]) {
                    low[v] = std::min(low[v], index[w]);
                }
                continue;
            }
            if (low[v] == index[v]) {
                int w;
                do {
                    w = stack.takeLast();
                    onStack[w] = false;
                    result.componentOf[w] = result.count;
                } while (w != v);
                ++result.count;
            }
            calls.removeLast();
            if (!calls.isEmpty()) {
                const int parent = calls.last().node;
                low[parent] = std::min(low[parent], low[v]);
            }
        }
    }
    return result;
}

} // namespace

Result<PreparationGraph> PreparationGraph::build(const QList<PreparationModule> &modules)
{
    PreparationGraph graph;
    const int n = int(modules.size());
    graph.m_names.reserve(n);
    graph.m_moduleIndex.reserve(n);
    for (int i = 0; i < n; ++i) {
        const PreparationModule &module = modules.at(i);
        if (module.name.isEmpty())
            return badInput(QT_TRANSLATE_NOOP("PreparationGraph",
                                              "A module to prepare has no name (position %1)."),
                            QString::number(i));
        if (module.weight < 0)
            return badInput(QT_TRANSLATE_NOOP("PreparationGraph",
                                              "The module %1 has a negative preparation weight."),
                            module.name);
        if (graph.m_moduleIndex.contains(module.name))
            return badInput(QT_TRANSLATE_NOOP("PreparationGraph",
                                              "The module %1 is listed twice for preparation."),
                            module.name);
        graph.m_moduleIndex.insert(module.name, i);
        graph.m_names.append(module.name);
    }

    // Module -> producer modules within the list, duplicates dropped.
    QList<int> edgeStart;
    edgeStart.reserve(n + 1);
    edgeStart.append(0);
    QList<int> edges;
    QList<bool> selfReference(n, false);
    QList<int> seenBy(n, -1);
    for (int i = 0; i < n; ++i) {
        for (const QString &producer : modules.at(i).producers) {
            const auto it = graph.m_moduleIndex.constFind(producer);
            if (it == graph.m_moduleIndex.cend() || seenBy[*it] == i)
                continue;
            seenBy[*it] = i;
            if (*it == i)
                selfReference[i] = true;
            edges.append(*it);
        }
        edgeStart.append(int(edges.size()));
    }

    const Components components = stronglyConnected(edgeStart, edges);
    const int unitCount = components.count;
    graph.m_unitOfModule = components.componentOf;

    // Units' modules, sorted by name.
    QList<int> moduleCounts(unitCount, 0);
    for (int i = 0; i < n; ++i)
        ++moduleCounts[graph.m_unitOfModule[i]];
    graph.m_unitModuleStart.resize(unitCount + 1);
    graph.m_unitModuleStart[0] = 0;
    for (int u = 0; u < unitCount; ++u)
        graph.m_unitModuleStart[u + 1] = graph.m_unitModuleStart[u] + moduleCounts[u];
    graph.m_unitModules.resize(n);
    {
        QList<int> fill(graph.m_unitModuleStart.cbegin(), graph.m_unitModuleStart.cend() - 1);
        for (int i = 0; i < n; ++i)
            graph.m_unitModules[fill[graph.m_unitOfModule[i]]++] = i;
    }
    // Each module's rank by name. The engine lists its modules in name order (the
    // database sorts them), so the rank is usually the position, found with n - 1
    // comparisons of names instead of the n log n of a sort.
    QList<int> nameRank(n);
    std::iota(nameRank.begin(), nameRank.end(), 0);
    if (!std::is_sorted(graph.m_names.cbegin(), graph.m_names.cend())) {
        QList<int> sorted = nameRank;
        std::sort(sorted.begin(), sorted.end(),
                  [&graph](int a, int b) { return graph.m_names.at(a) < graph.m_names.at(b); });
        for (int rank = 0; rank < n; ++rank)
            nameRank[sorted[rank]] = rank;
    }
    const auto byName = [&nameRank](int a, int b) {
        return nameRank.at(a) < nameRank.at(b);
    };
    graph.m_unitWeight.resize(unitCount);
    graph.m_isCycle.resize(unitCount);
    for (int u = 0; u < unitCount; ++u) {
        const auto begin = graph.m_unitModules.begin() + graph.m_unitModuleStart[u];
        const auto end = graph.m_unitModules.begin() + graph.m_unitModuleStart[u + 1];
        if (end - begin > 1)
            std::sort(begin, end, byName);
        qint64 weight = 0;
        for (auto it = begin; it != end; ++it)
            weight += modules.at(*it).weight;
        graph.m_unitWeight[u] = weight;
        graph.m_isCycle[u] = end - begin > 1 || selfReference[*begin];
        graph.m_totalWeight += weight;
    }

    // Unit -> consumer units, distinct, self excluded.
    QList<int> consumerCounts(unitCount, 0);
    QList<int> unitSeenBy(unitCount, -1);
    graph.m_producerUnitCount.fill(0, unitCount);
    const auto forEachUnitEdge = [&](auto &&visit) {
        unitSeenBy.fill(-1);
        for (int c = 0; c < unitCount; ++c) {
            for (int k = graph.m_unitModuleStart[c]; k < graph.m_unitModuleStart[c + 1]; ++k) {
                const int module = graph.m_unitModules[k];
                for (int e = edgeStart[module]; e < edgeStart[module + 1]; ++e) {
                    const int p = graph.m_unitOfModule[edges[e]];
                    if (p == c || unitSeenBy[p] == c)
                        continue;
                    unitSeenBy[p] = c;
                    visit(p, c);
                }
            }
        }
    };
    forEachUnitEdge([&](int p, int c) {
        ++consumerCounts[p];
        ++graph.m_producerUnitCount[c];
    });
    graph.m_consumerStart.resize(unitCount + 1);
    graph.m_consumerStart[0] = 0;
    for (int u = 0; u < unitCount; ++u)
        graph.m_consumerStart[u + 1] = graph.m_consumerStart[u] + consumerCounts[u];
    graph.m_consumers.resize(graph.m_consumerStart[unitCount]);
    {
        QList<int> fill(graph.m_consumerStart.cbegin(), graph.m_consumerStart.cend() - 1);
        forEachUnitEdge([&](int p, int c) { graph.m_consumers[fill[p]++] = c; });
    }

    // Critical paths: consumers have larger ids, so a reverse sweep sees them first.
    graph.m_criticalPath.resize(unitCount);
    for (int u = unitCount - 1; u >= 0; --u) {
        qint64 below = 0;
        for (int k = graph.m_consumerStart[u]; k < graph.m_consumerStart[u + 1]; ++k)
            below = std::max(below, graph.m_criticalPath[graph.m_consumers[k]]);
        graph.m_criticalPath[u] = graph.m_unitWeight[u] + below;
        graph.m_longestChain = std::max(graph.m_longestChain, graph.m_criticalPath[u]);
    }

    // Ties between equally critical units go to the smaller first module name: units
    // ranked by their first module's name rank, which are distinct, without a sort.
    QList<int> unitByFirstRank(n, -1);
    for (int u = 0; u < unitCount; ++u)
        unitByFirstRank[nameRank.at(graph.m_unitModules.at(graph.m_unitModuleStart.at(u)))] = u;
    graph.m_nameRank.resize(unitCount);
    int rank = 0;
    for (const int u : std::as_const(unitByFirstRank)) {
        if (u >= 0)
            graph.m_nameRank[u] = rank++;
    }

    graph.resetRun();
    for (int u = 0; u < unitCount; ++u) {
        if (graph.m_waitingOn[u] == 0)
            graph.pushReady(u);
    }
    return graph;
}

void PreparationGraph::resetRun()
{
    const int units = unitCount();
    m_state.fill(PreparationState::Pending, units);
    m_waitingOn = m_producerUnitCount;
    m_blockedBy.fill(-1, units);
    m_ready = {};
    m_counts = PreparationCounts{};
    m_counts.total = m_counts.pending = moduleCount();
    m_unfinishedUnits = units;
    m_started = false;
}

void PreparationGraph::setState(Unit unit, PreparationState state)
{
    const auto countOf = [this](PreparationState s) -> int & {
        switch (s) {
        case PreparationState::Pending:
            return m_counts.pending;
        case PreparationState::Running:
            return m_counts.running;
        case PreparationState::Succeeded:
            return m_counts.succeeded;
        case PreparationState::Failed:
            return m_counts.failed;
        case PreparationState::Skipped:
            break;
        }
        return m_counts.skipped;
    };
    const auto unfinished = [](PreparationState s) {
        return s == PreparationState::Pending || s == PreparationState::Running;
    };
    PreparationState &current = m_state[unit];
    const int modules = moduleCountOf(unit);
    countOf(current) -= modules;
    countOf(state) += modules;
    m_unfinishedUnits += int(unfinished(state)) - int(unfinished(current));
    current = state;
}

void PreparationGraph::pushReady(Unit unit)
{
    m_ready.push(ReadyEntry{m_criticalPath[unit], m_nameRank[unit], unit});
}

void PreparationGraph::resumeFrom(const PreparationResume &resume)
{
    if (m_started) {
        Q_ASSERT_X(false, "PreparationGraph::resumeFrom", "called after takeReady()");
        return;
    }
    resetRun();
    const int units = unitCount();

    QList<Unit> failedUnits;
    QList<int> culprits;
    for (const QString &name : resume.failed) {
        const Unit unit = unitOf(name);
        if (unit < 0 || m_state[unit] == PreparationState::Failed)
            continue;
        setState(unit, PreparationState::Failed);
        failedUnits.append(unit);
        culprits.append(m_moduleIndex.value(name));
    }

    QList<int> listed(units, 0);
    QList<bool> listedModule(moduleCount(), false);
    for (const QString &name : resume.succeeded) {
        const auto it = m_moduleIndex.constFind(name);
        if (it == m_moduleIndex.cend() || listedModule[*it])
            continue;
        listedModule[*it] = true;
        ++listed[m_unitOfModule[*it]];
    }
    // Ids are topological: a unit's producers are decided before it.
    QList<bool> redo(units, false);
    for (Unit u = 0; u < units; ++u) {
        if (!redo[u] && m_state[u] == PreparationState::Pending && listed[u] == moduleCountOf(u)) {
            setState(u, PreparationState::Succeeded);
            for (int k = m_consumerStart[u]; k < m_consumerStart[u + 1]; ++k)
                --m_waitingOn[m_consumers[k]];
            continue;
        }
        for (int k = m_consumerStart[u]; k < m_consumerStart[u + 1]; ++k)
            redo[m_consumers[k]] = true;
    }

    for (qsizetype i = 0; i < failedUnits.size(); ++i)
        skipConsumersOf(failedUnits[i], culprits[i]);

    for (Unit u = 0; u < units; ++u) {
        if (m_state[u] == PreparationState::Pending && m_waitingOn[u] == 0)
            pushReady(u);
    }
}

std::optional<PreparationGraph::Unit> PreparationGraph::takeReady()
{
    m_started = true;
    if (m_ready.empty())
        return std::nullopt;
    const Unit unit = m_ready.top().unit;
    m_ready.pop();
    Q_ASSERT(m_state[unit] == PreparationState::Pending);
    setState(unit, PreparationState::Running);
    return unit;
}

void PreparationGraph::markSucceeded(Unit unit)
{
    if (m_state.value(unit) != PreparationState::Running || unit < 0) {
        Q_ASSERT_X(false, "PreparationGraph::markSucceeded", "the unit is not running");
        return;
    }
    setState(unit, PreparationState::Succeeded);
    for (int k = m_consumerStart[unit]; k < m_consumerStart[unit + 1]; ++k) {
        const Unit consumer = m_consumers[k];
        if (--m_waitingOn[consumer] == 0 && m_state[consumer] == PreparationState::Pending)
            pushReady(consumer);
    }
}

QList<PreparationGraph::Unit> PreparationGraph::markFailed(Unit unit, const QString &failedModule)
{
    if (m_state.value(unit) != PreparationState::Running || unit < 0) {
        Q_ASSERT_X(false, "PreparationGraph::markFailed", "the unit is not running");
        return {};
    }
    int culprit = m_unitModules[m_unitModuleStart[unit]];
    if (!failedModule.isEmpty()) {
        const auto it = m_moduleIndex.constFind(failedModule);
        Q_ASSERT_X(it != m_moduleIndex.cend() && m_unitOfModule[*it] == unit,
                   "PreparationGraph::markFailed", "failedModule is not a module of the unit");
        if (it != m_moduleIndex.cend() && m_unitOfModule[*it] == unit)
            culprit = *it;
    }
    setState(unit, PreparationState::Failed);
    return skipConsumersOf(unit, culprit);
}

// Breadth first over consumers. A unit already skipped had all its consumers skipped
// by the same earlier failure, so each unit is visited once over the whole run.
QList<PreparationGraph::Unit> PreparationGraph::skipConsumersOf(Unit failed, int culprit)
{
    QList<Unit> skipped;
    qsizetype next = 0;
    Unit from = failed;
    while (true) {
        for (int k = m_consumerStart[from]; k < m_consumerStart[from + 1]; ++k) {
            const Unit consumer = m_consumers[k];
            if (m_state[consumer] != PreparationState::Pending)
                continue;
            setState(consumer, PreparationState::Skipped);
            m_blockedBy[consumer] = culprit;
            skipped.append(consumer);
        }
        if (next == skipped.size())
            break;
        from = skipped[next++];
    }
    return skipped;
}

PreparationGraph::Unit PreparationGraph::unitOf(const QString &module) const
{
    const auto it = m_moduleIndex.constFind(module);
    return it == m_moduleIndex.cend() ? -1 : m_unitOfModule[*it];
}

QStringList PreparationGraph::unitModules(Unit unit) const
{
    QStringList names;
    names.reserve(moduleCountOf(unit));
    for (int k = m_unitModuleStart[unit]; k < m_unitModuleStart[unit + 1]; ++k)
        names.append(m_names[m_unitModules[k]]);
    return names;
}

QString PreparationGraph::unitName(Unit unit) const
{
    return unitModules(unit).join(u'+');
}

QList<QStringList> PreparationGraph::cycles() const
{
    QList<QStringList> result;
    for (Unit u = 0; u < unitCount(); ++u) {
        if (m_isCycle[u])
            result.append(unitModules(u));
    }
    std::sort(result.begin(), result.end(),
              [](const QStringList &a, const QStringList &b) { return a.first() < b.first(); });
    return result;
}

PreparationState PreparationGraph::moduleState(const QString &module) const
{
    const Unit unit = unitOf(module);
    return unit < 0 ? PreparationState::Pending : m_state[unit];
}

QString PreparationGraph::blockedBy(const QString &module) const
{
    const Unit unit = unitOf(module);
    return unit < 0 ? QString() : blockedBy(unit);
}

QString PreparationGraph::blockedBy(Unit unit) const
{
    const int culprit = m_blockedBy.value(unit, -1);
    return culprit < 0 ? QString() : m_names[culprit];
}

} // namespace osc
