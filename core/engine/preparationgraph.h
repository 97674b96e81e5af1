#pragma once

#include "util/result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <queue>
#include <vector>

namespace osc {

// One module of a modules preparation, as the scheduler sees it.
struct PreparationModule
{
    QString name;
    // The modules it references. Names that are not in the list being prepared are
    // ignored: those producers are not being prepared, so nothing waits for them.
    QStringList producers;
    // Estimated compile cost (a past compile duration in ms, or the module's size);
    // 1 when unknown. Never negative.
    qint64 weight = 1;
};

enum class PreparationState {
    Pending, // waiting for its producers, or ready to be taken
    Running, // handed out by takeReady(), not finished yet
    Succeeded,
    Failed,
    Skipped, // a producer failed (transitively); never becomes ready
};

// Numbers of *modules* (not units) in each state. total == the sum of the others.
struct PreparationCounts
{
    int total = 0;
    int pending = 0;
    int running = 0;
    int succeeded = 0;
    int failed = 0;
    int skipped = 0;

    friend bool operator==(const PreparationCounts &, const PreparationCounts &) = default;
};

// What an earlier, interrupted run of the same preparation left behind.
struct PreparationResume
{
    QStringList succeeded; // modules whose new compilation is done and kept
    // Modules to keep as failed, in the order they failed: that order decides which
    // failure each skipped consumer records, exactly as the order of markFailed() does.
    QStringList failed;
};

// The scheduling core of the modules preparation: the reference graph of the modules
// to prepare, condensed into units, and the state of a run over it. It decides what
// to compile next; it compiles nothing and knows nothing of threads or storage.
//
// Graph. build() finds the strongly connected components of the references (an
// iterative Tarjan, so no recursion depth limit) and makes each one a *unit*. A unit
// of several modules, or of one module that references itself, is a cycle: its
// modules are compiled together, as one job, and cycles() reports it. Units form a
// DAG; a unit is ready when all its producer units succeeded. Unit ids run from 0 to
// unitCount() - 1 in a topological order (a unit's producers have smaller ids); they
// depend on the input order, unlike everything the run does.
//
// Priority. A unit's critical path is its weight (the sum of its modules' weights)
// plus the longest critical path among its consumer units: the work that must still
// happen one after the other once it starts. takeReady() hands out the ready unit
// with the longest critical path, ties going to the unit whose first module name
// (in QString order) is smallest, so a run is reproducible whatever the input order.
//
// Run. The owner calls, in this order:
//   1. build(), then optionally resumeFrom(), before the first takeReady() (a second
//      resumeFrom() replaces the first);
//   2. takeReady() whenever a worker is free, until it returns nothing; it marks the
//      unit Running. Then, for each unit taken, exactly one of markSucceeded() or
//      markFailed() when its job ends — in any order, from the owner's thread;
//   3. repeat 2 until isFinished().
// markFailed() skips every unit that transitively consumes the failed one and that
// is not skipped yet; each of their modules records blockedBy() = the failed module
// (so the root cause: the first failure that reached it, in call order).
// Calling these out of order (marking a unit that is not Running, resuming after a
// start) is a programmer error: it asserts, and in release builds does nothing.
//
// Costs: build() is O(modules + references + units log units); takeReady() and each
// unit made ready are O(log units); markFailed() is linear in what it skips.
//
// Thread-safety: none. One owner (the engine's thread) holds the instance and calls
// everything; workers get unit ids or module names, never the graph. It is a value:
// copyable and movable, with no signals.
class PreparationGraph
{
public:
    using Unit = int;

    // Fails with BadInput for an empty module name, a name given twice, or a negative
    // weight (the detail names the module).
    static Result<PreparationGraph> build(const QList<PreparationModule> &modules);

    // An empty graph: no units, finished.
    PreparationGraph() = default;

    // --- the graph
    int moduleCount() const { return int(m_names.size()); }
    int unitCount() const { return int(m_unitWeight.size()); }
    // -1 when the module is not in the graph.
    Unit unitOf(const QString &module) const;
    // The unit's modules, sorted by name.
    QStringList unitModules(Unit unit) const;
    // The unit's modules joined with '+' ("A+B"), for logs.
    QString unitName(Unit unit) const;
    qint64 unitWeight(Unit unit) const { return m_unitWeight.at(unit); }
    qint64 criticalPath(Unit unit) const { return m_criticalPath.at(unit); }
    bool isCycle(Unit unit) const { return m_isCycle.at(unit); }
    // Each cycle's modules, sorted; the cycles sorted by their first module.
    QList<QStringList> cycles() const;
    // Sum of every module's weight, and the longest critical path: with W workers no
    // run can take less than max(totalWeight() / W, longestChain()).
    qint64 totalWeight() const { return m_totalWeight; }
    qint64 longestChain() const { return m_longestChain; }

    // --- the run
    // Starts the run from what an earlier one recorded, instead of from scratch. A
    // unit counts as succeeded when all its modules are listed as succeeded and all
    // its producer units count as succeeded (a success compiled against a producer
    // that is prepared again is redone). A unit with a module listed as failed is
    // Failed (failure wins over success), and its consumers are skipped with that
    // module as blockedBy(). Names not in the graph are ignored.
    void resumeFrom(const PreparationResume &resume);

    // The highest-priority ready unit, now Running; nothing when no unit is ready
    // (all pending units wait for running ones, or the run is finished).
    std::optional<Unit> takeReady();
    int readyCount() const { return int(m_ready.size()); }
    // A Running unit compiled: the consumers waiting only for it become ready.
    void markSucceeded(Unit unit);
    // A Running unit failed. failedModule names the module of the unit that failed
    // (for a cycle); empty means the unit's first module. Returns the units this call
    // skipped, producers before consumers.
    QList<Unit> markFailed(Unit unit, const QString &failedModule = {});

    PreparationState state(Unit unit) const { return m_state.at(unit); }
    // Pending for a module not in the graph.
    PreparationState moduleState(const QString &module) const;
    // For a skipped module, the failed module that caused the skip; empty otherwise.
    QString blockedBy(const QString &module) const;
    QString blockedBy(Unit unit) const;
    PreparationCounts counts() const { return m_counts; }
    // No unit is pending or running.
    bool isFinished() const { return m_unfinishedUnits == 0; }

private:
    struct ReadyEntry
    {
        qint64 criticalPath;
        int nameRank;
        Unit unit;
    };
    struct LowerPriority
    {
        bool operator()(const ReadyEntry &a, const ReadyEntry &b) const
        {
            if (a.criticalPath != b.criticalPath)
                return a.criticalPath < b.criticalPath;
            return a.nameRank > b.nameRank;
        }
    };

    void resetRun();
    void setState(Unit unit, PreparationState state);
    void pushReady(Unit unit);
    QList<Unit> skipConsumersOf(Unit failed, int culprit);
    int moduleCountOf(Unit unit) const
    {
        return m_unitModuleStart[unit + 1] - m_unitModuleStart[unit];
    }

    // Modules, in input order.
    QStringList m_names;
    QHash<QString, int> m_moduleIndex;
    QList<Unit> m_unitOfModule;

    // Units: their modules (sorted by name) and consumer units, in CSR form.
    QList<int> m_unitModuleStart{0};
    QList<int> m_unitModules;
    QList<int> m_consumerStart{0};
    QList<Unit> m_consumers;
    QList<int> m_producerUnitCount; // distinct producer units, self excluded
    QList<qint64> m_unitWeight;
    QList<qint64> m_criticalPath;
    QList<int> m_nameRank; // rank of the unit's first module name among all units
    QList<bool> m_isCycle;
    qint64 m_totalWeight = 0;
    qint64 m_longestChain = 0;

    // The run.
    QList<PreparationState> m_state;
    QList<int> m_waitingOn; // producer units not succeeded yet
    QList<int> m_blockedBy; // module index of the failure that skipped the unit, or -1
    std::priority_queue<ReadyEntry, std::vector<ReadyEntry>, LowerPriority> m_ready;
    PreparationCounts m_counts;
    int m_unfinishedUnits = 0;
    bool m_started = false;
};

} // namespace osc
