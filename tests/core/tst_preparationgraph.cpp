// The scheduling core of the modules preparation: units and cycles, the order in
// which a run with N workers starts and finishes them, skips with their root cause,
// resuming an interrupted run, and the invariants of a run over the demo factory.
#include "demo/demofactory.h"
#include "engine/preparationgraph.h"

#include <QHash>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <random>

using namespace osc;

namespace {

// A graph in one line: "A; B=2<A; C<A,B" — each module is name[=weight][<producers].
QList<PreparationModule> parseGraph(const QString &spec)
{
    QList<PreparationModule> modules;
    for (const QString &item : spec.split(u';', Qt::SkipEmptyParts)) {
        PreparationModule module;
        QString text = item.trimmed();
        const qsizetype lt = text.indexOf(u'<');
        if (lt >= 0) {
            module.producers = text.mid(lt + 1).split(u',', Qt::SkipEmptyParts);
            text.truncate(lt);
        }
        const qsizetype eq = text.indexOf(u'=');
        if (eq >= 0) {
            module.weight = text.mid(eq + 1).toLongLong();
            text.truncate(eq);
        }
        module.name = text;
        modules.append(module);
    }
    return modules;
}

QString endLine(const PreparationCounts &counts)
{
    return QStringLiteral("end: %1 succeeded, %2 failed, %3 skipped, %4 pending")
        .arg(counts.succeeded)
        .arg(counts.failed)
        .arg(counts.skipped)
        .arg(counts.pending);
}

QString skipLine(const PreparationGraph &graph, const QString &module)
{
    return QStringLiteral("skip %1 (%2)").arg(module, graph.blockedBy(module));
}

// What a simulated run did: its event log, and for each unit the sequence numbers of
// its start and its end (one counter over every start and end).
struct SimulatedRun
{
    QStringList log;
    QHash<PreparationGraph::Unit, int> startedAt;
    QHash<PreparationGraph::Unit, int> endedAt;
};

// A run with `workers` workers on a simulated clock: a unit takes its weight in time
// units. Whenever workers are free they take ready units; the units ending at the
// same instant finish in the order of their names, before anything new starts.
// A unit fails when one of its modules is in `failing` (the first one is the cause).
SimulatedRun simulate(PreparationGraph &graph, int workers, const QSet<QString> &failing = {})
{
    SimulatedRun run;
    int sequence = 0;
    struct Running
    {
        qint64 end;
        QString name;
        PreparationGraph::Unit unit;
    };
    QList<Running> running;
    qint64 now = 0;
    while (true) {
        while (running.size() < workers) {
            const std::optional<PreparationGraph::Unit> unit = graph.takeReady();
            if (!unit)
                break;
            running.append({now + graph.unitWeight(*unit), graph.unitName(*unit), *unit});
            run.log.append(QStringLiteral("start ") + graph.unitName(*unit));
            run.startedAt.insert(*unit, sequence++);
        }
        if (running.isEmpty())
            break;
        std::sort(running.begin(), running.end(), [](const Running &a, const Running &b) {
            return a.end != b.end ? a.end < b.end : a.name < b.name;
        });
        now = running.first().end;
        while (!running.isEmpty() && running.first().end == now) {
            const Running done = running.takeFirst();
            run.endedAt.insert(done.unit, sequence++);
            QString culprit;
            for (const QString &module : graph.unitModules(done.unit)) {
                if (failing.contains(module)) {
                    culprit = module;
                    break;
                }
            }
            if (culprit.isEmpty()) {
                graph.markSucceeded(done.unit);
                run.log.append(QStringLiteral("done ") + done.name);
                continue;
            }
            const QList<PreparationGraph::Unit> skipped = graph.markFailed(done.unit, culprit);
            run.log.append(QStringLiteral("fail ") + done.name);
            QStringList skippedModules;
            for (PreparationGraph::Unit unit : skipped)
                skippedModules += graph.unitModules(unit);
            skippedModules.sort();
            for (const QString &module : std::as_const(skippedModules))
                run.log.append(skipLine(graph, module));
        }
    }
    run.log.append(endLine(graph.counts()));
    return run;
}

// The modules a resumed run starts with in a final state, by name.
QStringList resumedLog(const PreparationGraph &graph, QStringList names)
{
    QStringList log;
    names.sort();
    for (const QString &name : std::as_const(names)) {
        switch (graph.moduleState(name)) {
        case PreparationState::Succeeded:
            log.append(QStringLiteral("already done ") + name);
            break;
        case PreparationState::Failed:
            log.append(QStringLiteral("already failed ") + name);
            break;
        case PreparationState::Skipped:
            log.append(skipLine(graph, name));
            break;
        case PreparationState::Pending:
        case PreparationState::Running:
            break;
        }
    }
    return log;
}

QStringList cycleNames(const PreparationGraph &graph)
{
    QStringList names;
    for (const QStringList &cycle : graph.cycles())
        names.append(cycle.join(u'+'));
    return names;
}

const QList<ModuleDefinition> &demoFactory()
{
    static const QList<ModuleDefinition> modules
        = DemoFactory::generate(2000, DemoFactory::defaultSeed);
    return modules;
}

QList<PreparationModule> demoModules()
{
    QList<PreparationModule> modules;
    for (const ModuleDefinition &definition : demoFactory())
        modules.append({definition.name, definition.producers(), definition.totalSize()});
    return modules;
}

} // namespace

class TestPreparationGraph : public QObject
{
    Q_OBJECT

private slots:
    void simulatedRun_data();
    void simulatedRun();
    void buildRejectsBadInput_data();
    void buildRejectsBadInput();
    void criticalPathIsOwnWeightPlusLongestConsumerChain();
    void orderDoesNotDependOnInputOrder();
    void longChainAndLargeCycleBuildWithoutRecursion();
    void countsFollowTheRun();
    void demoFactoryInvariants();
};

void TestPreparationGraph::simulatedRun_data()
{
    QTest::addColumn<QString>("graph");
    QTest::addColumn<int>("workers");
    QTest::addColumn<QStringList>("failing");
    QTest::addColumn<QStringList>("resumeSucceeded");
    QTest::addColumn<QStringList>("resumeFailed");
    QTest::addColumn<QStringList>("cycles");
    QTest::addColumn<QStringList>("log");

    const QString chain = QStringLiteral("D<C; C<B; B<A; A");
    const QStringList none;

    QTest::newRow("chain: producers before consumers")
        << chain << 2 << none << none << none << none
        << QStringList{"start A", "done A",  "start B",
                       "done B",  "start C", "done C",
                       "start D", "done D",  "end: 4 succeeded, 0 failed, 0 skipped, 0 pending"};
    QTest::newRow("diamond: longer branch first, join after both")
        << QStringLiteral("A; B=2<A; C<A; D<B,C") << 2 << none << none << none << none
        << QStringList{"start A", "done A", "start B",
                       "start C", "done C", "done B",
                       "start D", "done D", "end: 4 succeeded, 0 failed, 0 skipped, 0 pending"};
    QTest::newRow("fan-out: most critical consumer first")
        << QStringLiteral("A; B<A; C=3<A; D=2<A") << 1 << none << none << none << none
        << QStringList{"start A", "done A",  "start C",
                       "done C",  "start D", "done D",
                       "start B", "done B",  "end: 4 succeeded, 0 failed, 0 skipped, 0 pending"};
    QTest::newRow("fan-in: join after its last producer")
        << QStringLiteral("A; B=2; C=3; D<A,B,C") << 2 << none << none << none << none
        << QStringList{"start C", "start B", "done B",
                       "start A", "done A",  "done C",
                       "start D", "done D",  "end: 4 succeeded, 0 failed, 0 skipped, 0 pending"};
    QTest::newRow("two independent chains: the longer starts first")
        << QStringLiteral("A1; A2<A1; Z1; Z2<Z1; Z3<Z2") << 1 << none << none << none << none
        << QStringList{"start Z1",
                       "done Z1",
                       "start A1",
                       "done A1",
                       "start Z2",
                       "done Z2",
                       "start A2",
                       "done A2",
                       "start Z3",
                       "done Z3",
                       "end: 5 succeeded, 0 failed, 0 skipped, 0 pending"};
    QTest::newRow("equal critical paths: first name first")
        << QStringLiteral("B; C; A") << 1 << none << none << none << none
        << QStringList{"start A",
                       "done A",
                       "start B",
                       "done B",
                       "start C",
                       "done C",
                       "end: 3 succeeded, 0 failed, 0 skipped, 0 pending"};
    QTest::newRow("cycle of two: prepared together, consumer after")
        << QStringLiteral("A<B; B<A; C<A") << 2 << none << none << none << QStringList{"A+B"}
        << QStringList{"start A+B", "done A+B", "start C", "done C",
                       "end: 3 succeeded, 0 failed, 0 skipped, 0 pending"};
    QTest::newRow("cycle of three: after its producer, before its consumer")
        << QStringLiteral("D<C; C<A; B<C; A<B,P; P") << 2 << none << none << none
        << QStringList{"A+B+C"}
        << QStringList{"start P",
                       "done P",
                       "start A+B+C",
                       "done A+B+C",
                       "start D",
                       "done D",
                       "end: 5 succeeded, 0 failed, 0 skipped, 0 pending"};
    QTest::newRow("self-reference: a cycle of one")
        << QStringLiteral("A<A; B<A") << 2 << none << none << none << QStringList{"A"}
        << QStringList{"start A", "done A", "start B", "done B",
                       "end: 2 succeeded, 0 failed, 0 skipped, 0 pending"};
    QTest::newRow("producers outside the list are ignored")
        << QStringLiteral("A<Outside; B<A,Missing") << 2 << none << none << none << none
        << QStringList{"start A", "done A", "start B", "done B",
                       "end: 2 succeeded, 0 failed, 0 skipped, 0 pending"};

    QTest::newRow("chain fails at depth 1 -> everything below skipped")
        << chain << 1 << QStringList{"A"} << none << none << none
        << QStringList{"start A",    "fail A",
                       "skip B (A)", "skip C (A)",
                       "skip D (A)", "end: 0 succeeded, 1 failed, 3 skipped, 0 pending"};
    QTest::newRow("chain fails at depth 2 -> consumers below skipped")
        << chain << 1 << QStringList{"B"} << none << none << none
        << QStringList{"start A",
                       "done A",
                       "start B",
                       "fail B",
                       "skip C (B)",
                       "skip D (B)",
                       "end: 1 succeeded, 1 failed, 2 skipped, 0 pending"};
    QTest::newRow("chain fails at depth 3 -> last consumer skipped")
        << chain << 1 << QStringList{"C"} << none << none << none
        << QStringList{"start A",    "done A",
                       "start B",    "done B",
                       "start C",    "fail C",
                       "skip D (C)", "end: 2 succeeded, 1 failed, 1 skipped, 0 pending"};
    QTest::newRow("chain fails at depth 4 -> nothing skipped")
        << chain << 1 << QStringList{"D"} << none << none << none
        << QStringList{"start A", "done A",  "start B",
                       "done B",  "start C", "done C",
                       "start D", "fail D",  "end: 3 succeeded, 1 failed, 0 skipped, 0 pending"};
    QTest::newRow("diamond: one branch fails -> join skipped, other branch still runs")
        << QStringLiteral("A; B<A; C=2<A; D<B,C") << 2 << QStringList{"C"} << none << none << none
        << QStringList{"start A",    "done A",
                       "start C",    "start B",
                       "done B",     "fail C",
                       "skip D (C)", "end: 2 succeeded, 1 failed, 1 skipped, 0 pending"};
    QTest::newRow("diamond: both branches fail -> join skipped by the first failure")
        << QStringLiteral("A; B<A; C=2<A; D<B,C") << 2 << QStringList{"B", "C"} << none << none
        << none << QStringList{"start A", "done A",
                               "start C", "start B",
                               "fail B",  "skip D (B)",
                               "fail C",  "end: 1 succeeded, 2 failed, 1 skipped, 0 pending"};
    QTest::newRow("cycle fails -> consumers skipped by the failing module")
        << QStringLiteral("A<B; B<A; C<A; E<C") << 2 << QStringList{"B"} << none << none
        << QStringList{"A+B"}
        << QStringList{"start A+B", "fail A+B", "skip C (B)", "skip E (B)",
                       "end: 0 succeeded, 2 failed, 2 skipped, 0 pending"};

    QTest::newRow("resume: succeeded modules are not redone")
        << chain << 1 << none << QStringList{"A", "B"} << none << none
        << QStringList{"already done A",
                       "already done B",
                       "start C",
                       "done C",
                       "start D",
                       "done D",
                       "end: 4 succeeded, 0 failed, 0 skipped, 0 pending"};
    QTest::newRow("resume: a success over a producer prepared again is redone")
        << chain << 1 << none << QStringList{"B", "C", "Unknown"} << none << none
        << QStringList{"start A", "done A",  "start B",
                       "done B",  "start C", "done C",
                       "start D", "done D",  "end: 4 succeeded, 0 failed, 0 skipped, 0 pending"};
    QTest::newRow("resume: recorded failures keep their consumers skipped")
        << chain << 1 << none << QStringList{"A"} << QStringList{"B"} << none
        << QStringList{"already done A", "already failed B", "skip C (B)", "skip D (B)",
                       "end: 1 succeeded, 1 failed, 2 skipped, 0 pending"};
    QTest::newRow("resume: failures keep the order they happened in")
        << QStringLiteral("A; B<A; C<A; D<B,C") << 2 << none << QStringList{"A"}
        << QStringList{"C", "B"} << none
        << QStringList{"already done A", "already failed B", "already failed C", "skip D (C)",
                       "end: 1 succeeded, 2 failed, 1 skipped, 0 pending"};
    QTest::newRow("resume: a cycle partly recorded is prepared again whole")
        << QStringLiteral("A<B; B<A; C<A") << 2 << none << QStringList{"A"} << none
        << QStringList{"A+B"}
        << QStringList{"start A+B", "done A+B", "start C", "done C",
                       "end: 3 succeeded, 0 failed, 0 skipped, 0 pending"};
    QTest::newRow("resume: everything recorded -> nothing to do")
        << QStringLiteral("A; B<A") << 2 << none << QStringList{"B", "A"} << none << none
        << QStringList{"already done A", "already done B",
                       "end: 2 succeeded, 0 failed, 0 skipped, 0 pending"};
}

void TestPreparationGraph::simulatedRun()
{
    QFETCH(QString, graph);
    QFETCH(int, workers);
    QFETCH(QStringList, failing);
    QFETCH(QStringList, resumeSucceeded);
    QFETCH(QStringList, resumeFailed);
    QFETCH(QStringList, cycles);
    QFETCH(QStringList, log);

    const QList<PreparationModule> modules = parseGraph(graph);
    Result<PreparationGraph> built = PreparationGraph::build(modules);
    QVERIFY2(built.ok(), qPrintable(built.ok() ? QString() : built.error().fullText()));
    PreparationGraph &scheduler = built.value();
    QCOMPARE(cycleNames(scheduler), cycles);

    QStringList actual;
    if (!resumeSucceeded.isEmpty() || !resumeFailed.isEmpty()) {
        scheduler.resumeFrom(PreparationResume{resumeSucceeded, resumeFailed});
        QStringList names;
        for (const PreparationModule &module : modules)
            names.append(module.name);
        actual = resumedLog(scheduler, names);
    }
    actual += simulate(scheduler, workers, QSet<QString>(failing.cbegin(), failing.cend())).log;
    QCOMPARE(actual, log);
    QVERIFY(scheduler.isFinished());
    QCOMPARE(scheduler.readyCount(), 0);
}

void TestPreparationGraph::buildRejectsBadInput_data()
{
    QTest::addColumn<QList<PreparationModule>>("modules");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("detail");

    QTest::newRow("a name given twice")
        << QList<PreparationModule>{{"A", {}, 1}, {"B", {"A"}, 1}, {"A", {}, 1}}
        << QStringLiteral("The module A is listed twice for preparation.") << QStringLiteral("A");
    QTest::newRow("an empty name")
        << QList<PreparationModule>{{"A", {}, 1}, {"", {"A"}, 1}}
        << QStringLiteral("A module to prepare has no name (position 1).") << QStringLiteral("1");
    QTest::newRow("a negative weight")
        << QList<PreparationModule>{{"A", {}, 1}, {"B", {"A"}, -5}}
        << QStringLiteral("The module B has a negative preparation weight.") << QStringLiteral("B");
}

void TestPreparationGraph::buildRejectsBadInput()
{
    QFETCH(QList<PreparationModule>, modules);
    QFETCH(QString, message);
    QFETCH(QString, detail);

    const Result<PreparationGraph> built = PreparationGraph::build(modules);
    QVERIFY(!built.ok());
    QCOMPARE(built.error().code, ErrorCode::BadInput);
    QCOMPARE(built.error().message, message);
    QCOMPARE(built.error().detail, detail);
}

void TestPreparationGraph::criticalPathIsOwnWeightPlusLongestConsumerChain()
{
    // A feeds B (3) and C (1); both feed D (2); the cycle E+F (4 + 1) consumes C.
    Result<PreparationGraph> built = PreparationGraph::build(
        parseGraph(QStringLiteral("A=1; B=3<A; C=1<A; D=2<B,C; E=4<C,F; F=1<E")));
    QVERIFY(built.ok());
    const PreparationGraph &graph = built.value();
    QStringList paths;
    for (const QString &name : QStringList{"A", "B", "C", "D", "E"}) {
        const PreparationGraph::Unit unit = graph.unitOf(name);
        paths.append(
            QStringLiteral("%1=%2").arg(graph.unitName(unit)).arg(graph.criticalPath(unit)));
    }
    QCOMPARE(paths, (QStringList{"A=7", "B=5", "C=6", "D=2", "E+F=5"}));
    QCOMPARE(graph.unitCount(), 5);
    QCOMPARE(graph.unitWeight(graph.unitOf("F")), qint64(5));
    QVERIFY(graph.isCycle(graph.unitOf("E")));
    QVERIFY(!graph.isCycle(graph.unitOf("A")));
    QCOMPARE(graph.totalWeight(), qint64(12));
    QCOMPARE(graph.longestChain(), qint64(7));
    QCOMPARE(graph.unitOf("Unknown"), -1);
}

// In name order (as the engine lists them: ranks are positions), reversed and
// shuffled (ranks come from a sort), the same modules are scheduled the same way.
void TestPreparationGraph::orderDoesNotDependOnInputOrder()
{
    QList<PreparationModule> modules = demoModules();
    std::sort(
        modules.begin(), modules.end(),
        [](const PreparationModule &a, const PreparationModule &b) { return a.name < b.name; });
    Result<PreparationGraph> sorted = PreparationGraph::build(modules);
    std::reverse(modules.begin(), modules.end());
    Result<PreparationGraph> backward = PreparationGraph::build(modules);
    std::shuffle(modules.begin(), modules.end(), std::mt19937(20261202));
    Result<PreparationGraph> shuffled = PreparationGraph::build(modules);
    QVERIFY(sorted.ok() && backward.ok() && shuffled.ok());
    const QSet<QString> failing{demoFactory().at(3).name, demoFactory().at(700).name,
                                demoFactory().at(1500).name};
    const QStringList sortedLog = simulate(sorted.value(), 3, failing).log;
    QCOMPARE(simulate(backward.value(), 3, failing).log, sortedLog);
    QCOMPARE(simulate(shuffled.value(), 3, failing).log, sortedLog);
    QVERIFY(sortedLog.size() > 2000);
}

void TestPreparationGraph::longChainAndLargeCycleBuildWithoutRecursion()
{
    constexpr int n = 20000;
    QList<PreparationModule> chain;
    QList<PreparationModule> ring;
    for (int i = 0; i < n; ++i) {
        const QString name = QStringLiteral("M%1").arg(i, 5, 10, QLatin1Char('0'));
        const QString previous
            = QStringLiteral("M%1").arg((i + n - 1) % n, 5, 10, QLatin1Char('0'));
        chain.append({name, i == 0 ? QStringList{} : QStringList{previous}, 1});
        ring.append({name, {previous}, 1});
    }
    // Listed consumers first, so the depth-first search goes 20,000 deep.
    std::reverse(chain.begin(), chain.end());
    Result<PreparationGraph> chainGraph = PreparationGraph::build(chain);
    QVERIFY(chainGraph.ok());
    QCOMPARE(chainGraph->unitCount(), n);
    QCOMPARE(chainGraph->longestChain(), qint64(n));
    QVERIFY(chainGraph->cycles().isEmpty());
    QCOMPARE(chainGraph->unitName(*chainGraph->takeReady()), QStringLiteral("M00000"));

    Result<PreparationGraph> ringGraph = PreparationGraph::build(ring);
    QVERIFY(ringGraph.ok());
    QCOMPARE(ringGraph->unitCount(), 1);
    QCOMPARE(ringGraph->cycles().size(), 1);
    QCOMPARE(ringGraph->cycles().first().size(), n);
    QCOMPARE(ringGraph->cycles().first().first(), QStringLiteral("M00000"));
}

void TestPreparationGraph::countsFollowTheRun()
{
    Result<PreparationGraph> built
        = PreparationGraph::build(parseGraph(QStringLiteral("A<B; B<A; C; D<A; E<D")));
    QVERIFY(built.ok());
    PreparationGraph &graph = built.value();
    const auto counts = [](int pending, int running, int succeeded, int failed, int skipped) {
        return PreparationCounts{5, pending, running, succeeded, failed, skipped};
    };
    QCOMPARE(graph.counts(), counts(5, 0, 0, 0, 0));
    QCOMPARE(graph.readyCount(), 2);
    QVERIFY(!graph.isFinished());

    const PreparationGraph::Unit cycle = *graph.takeReady();
    QCOMPARE(graph.unitName(cycle), QStringLiteral("A+B"));
    QCOMPARE(graph.state(cycle), PreparationState::Running);
    QCOMPARE(graph.counts(), counts(3, 2, 0, 0, 0));
    const PreparationGraph::Unit c = *graph.takeReady();
    QCOMPARE(graph.unitName(c), QStringLiteral("C"));
    QVERIFY(!graph.takeReady());
    QCOMPARE(graph.counts(), counts(2, 3, 0, 0, 0));

    graph.markSucceeded(c);
    QCOMPARE(graph.counts(), counts(2, 2, 1, 0, 0));
    QCOMPARE(graph.moduleState("C"), PreparationState::Succeeded);

    const QList<PreparationGraph::Unit> skipped = graph.markFailed(cycle);
    QCOMPARE(skipped, (QList<PreparationGraph::Unit>{graph.unitOf("D"), graph.unitOf("E")}));
    QCOMPARE(graph.counts(), counts(0, 0, 1, 2, 2));
    QCOMPARE(graph.moduleState("B"), PreparationState::Failed);
    QCOMPARE(graph.moduleState("E"), PreparationState::Skipped);
    QCOMPARE(graph.blockedBy("E"), QStringLiteral("A"));
    QCOMPARE(graph.blockedBy("B"), QString());
    QVERIFY(!graph.takeReady());
    QVERIFY(graph.isFinished());

    const PreparationGraph empty;
    QVERIFY(empty.isFinished());
    QCOMPARE(empty.counts(), PreparationCounts{});
}

void TestPreparationGraph::demoFactoryInvariants()
{
    const QList<ModuleDefinition> &definitions = demoFactory();
    Result<PreparationGraph> built = PreparationGraph::build(demoModules());
    QVERIFY(built.ok());
    PreparationGraph &graph = built.value();

    // Every module in exactly one unit.
    QCOMPARE(graph.moduleCount(), int(definitions.size()));
    QHash<QString, int> seen;
    for (PreparationGraph::Unit unit = 0; unit < graph.unitCount(); ++unit) {
        const QStringList modules = graph.unitModules(unit);
        QVERIFY(!modules.isEmpty());
        for (const QString &module : modules) {
            QCOMPARE(graph.unitOf(module), unit);
            ++seen[module];
        }
    }
    QCOMPARE(seen.size(), definitions.size());
    for (auto it = seen.cbegin(); it != seen.cend(); ++it)
        QCOMPARE(it.value(), 1);
    QCOMPARE(graph.counts().total, int(definitions.size()));

    // Fail one module in 150 (not the first: every module depends on it), then check
    // the run against the references.
    QSet<QString> failing;
    for (qsizetype i = 75; i < definitions.size(); i += 150)
        failing.insert(definitions.at(i).name);
    const SimulatedRun run = simulate(graph, 4, failing);

    const PreparationCounts counts = graph.counts();
    QVERIFY(graph.isFinished());
    QCOMPARE(counts.pending + counts.running, 0);
    QCOMPARE(counts.succeeded + counts.failed + counts.skipped, counts.total);
    QVERIFY(counts.failed > 1);
    QVERIFY(counts.skipped > 0);
    QVERIFY(counts.succeeded > counts.total / 2);

    QHash<QString, const ModuleDefinition *> byName;
    for (const ModuleDefinition &definition : definitions)
        byName.insert(definition.name, &definition);
    for (const ModuleDefinition &definition : definitions) {
        const PreparationGraph::Unit unit = graph.unitOf(definition.name);
        const PreparationState state = graph.state(unit);
        // Only failing modules fail, and each of them fails unless a producer did first.
        if (failing.contains(definition.name))
            QVERIFY(state == PreparationState::Failed || state == PreparationState::Skipped);
        else
            QVERIFY(state != PreparationState::Failed);
        if (state == PreparationState::Skipped) {
            QVERIFY(!run.startedAt.contains(unit));
            // The cause failed, and is a producer of the skipped module, transitively.
            const QString cause = graph.blockedBy(definition.name);
            QCOMPARE(graph.moduleState(cause), PreparationState::Failed);
            QSet<QString> reached;
            QList<QString> frontier{definition.name};
            while (!frontier.isEmpty() && !reached.contains(cause)) {
                for (const QString &producer : byName.value(frontier.takeLast())->producers()) {
                    if (!reached.contains(producer)) {
                        reached.insert(producer);
                        frontier.append(producer);
                    }
                }
            }
            QVERIFY2(reached.contains(cause), qPrintable(definition.name + u' ' + cause));
            continue;
        }
        QVERIFY(run.startedAt.contains(unit));
        QVERIFY(run.endedAt.value(unit) > run.startedAt.value(unit));
        // Every producer in another unit succeeded and ended before this one started.
        for (const QString &producer : definition.producers()) {
            const PreparationGraph::Unit producerUnit = graph.unitOf(producer);
            if (producerUnit == unit)
                continue;
            QCOMPARE(graph.state(producerUnit), PreparationState::Succeeded);
            QVERIFY(run.endedAt.value(producerUnit) < run.startedAt.value(unit));
        }
    }
}

QTEST_GUILESS_MAIN(TestPreparationGraph)
#include "tst_preparationgraph.moc"
