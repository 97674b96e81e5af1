// The modules preparation engine end to end, on demo factories.
//
//   overhead N    : the engine's own cost. N modules are uploaded and recorded as
//                   published (rows written directly: publishing 20,000 modules for
//                   real takes a quarter of an hour and is not what is measured),
//                   then prepared with a compiler that does nothing: modules a
//                   second including every database write, snapshots delivered to
//                   the observer and their rate. Both lock policies: 11.12.0 (whole
//                   factory) and 11.19.0 (progressive). BENCH_CACHE=DIR starts runs
//                   from a copy of the set-up environment kept there; BENCH_KEEP=DIR
//                   keeps the prepared one; BENCH_PAUSE pauses 3 s before the run
//                   and 2 s after it, to profile the run's window alone.
//   real N        : a demo factory of N modules published for real on 11.11.0, then
//                   prepared for 11.12.0 with the built-in compiler; the makespan
//                   (first start to last end of the recorded per-module results) is
//                   compared with max(total compile time / workers, longest chain of
//                   compile times).
//
// Usage: bench_preparation overhead [N] [workers] [version] | real [N] [workers]
//        (defaults: overhead 20000 2, real 1000 2)

#include "benchsupport.h"

#include "demo/demofactory.h"
#include "environment/environment.h"
#include "logs/logwriter.h"
#include "operations/lockmanager.h"
#include "operations/operationjournal.h"
#include "storage/database.h"
#include "storage/timestamps.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <ctime>
#include <sys/resource.h>
#include <unistd.h>

using namespace osc;
using namespace osc::bench;

namespace {

// CPU time in milliseconds: less noisy than the wall clock on a shared machine, and
// it tells the engine's thread (the caller's) from the whole process (with workers).
qint64 threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000 + now.tv_nsec / 1000000;
}

// Where the engine's thread spent the wall-clock time it did not run: waiting for a
// core (runqueue delay, from /proc), or blocked (voluntary switches: I/O, a lock, the
// outcome queue); and the page faults of the process (each a trip to the kernel).
struct WaitCounters
{
    qint64 runqueueMs = 0;
    qint64 voluntary = 0;
    qint64 involuntary = 0;
    qint64 minorFaults = 0;

    static WaitCounters now()
    {
        WaitCounters counters;
        QFile schedstat(QStringLiteral("/proc/thread-self/schedstat"));
        if (schedstat.open(QIODevice::ReadOnly)) {
            const QList<QByteArray> fields = schedstat.readAll().simplified().split(' ');
            if (fields.size() >= 2)
                counters.runqueueMs = fields.at(1).toLongLong() / 1000000;
        }
        rusage thread{};
        getrusage(RUSAGE_THREAD, &thread);
        counters.voluntary = thread.ru_nvcsw;
        counters.involuntary = thread.ru_nivcsw;
        rusage process{};
        getrusage(RUSAGE_SELF, &process);
        counters.minorFaults = process.ru_minflt;
        return counters;
    }
};

void copyTree(const QString &from, const QString &to)
{
    QDir().mkpath(QFileInfo(to).absolutePath());
    if (QProcess::execute(QStringLiteral("cp"), {QStringLiteral("-a"), from, to}) != 0)
        fail(QStringLiteral("copy"),
             makeError(ErrorCode::Environment, from + QStringLiteral(" -> ") + to));
}

qint64 processCpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return (qint64(usage.ru_utime.tv_sec) + usage.ru_stime.tv_sec) * 1000
        + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000;
}

// A compiler that does nothing: every module compiles, no file is written.
class NullCompiler final : public Compiler
{
public:
    CompileResult compile(const CompileRequest &) const override
    {
        CompileResult result;
        result.succeeded = true;
        return result;
    }
};

void overhead(int moduleCount, int workers, const PlatformVersion &target)
{
    QTemporaryDir dir;
    const QString root = dir.filePath(QStringLiteral("env"));
    // BENCH_KEEP=DIR keeps the prepared environment there, to time its readers (the
    // modules list, the upgrades report) at this size: copied once the engine and
    // the database are closed, before the temporary folder goes.
    struct KeepOnExit
    {
        QString from;
        QString to = qEnvironmentVariable("BENCH_KEEP");
        ~KeepOnExit()
        {
            if (!to.isEmpty())
                copyTree(from, to);
        }
    } keep{root};
    QElapsedTimer setup;
    setup.start();
    // BENCH_CACHE=DIR keeps a copy of the set-up environment there and starts later
    // runs of the same size and version from a copy of it (for A/B comparisons).
    const QString cacheRoot = qEnvironmentVariable("BENCH_CACHE");
    const QString cached = cacheRoot.isEmpty() ? QString()
                                               : QStringLiteral("%1/overhead-%2-%3")
                                                     .arg(cacheRoot)
                                                     .arg(moduleCount)
                                                     .arg(target.toString());
    if (!cached.isEmpty() && QDir(cached).exists()) {
        copyTree(cached, root);
    } else {
        const QList<ModuleDefinition> definitions = setUpRecordedFactory(root, moduleCount, target);
        // Every module of a real environment has its compilations folder already.
        for (const ModuleDefinition &definition : definitions)
            QDir().mkpath(DataFolder(root).compilationsOf(definition.name));
        if (!cached.isEmpty())
            copyTree(root, cached);
    }
    // The set-up's writes (a copy of 20,000 folders) reach the disk before the run
    // starts, not during it: the kernel's write-back made runs vary by a third.
    ::sync();
    const qint64 setupMs = setup.elapsed();

    // The engine wired by hand, as Environment does, with the null compiler.
    const QString databaseFile = root + QStringLiteral("/environment.db");
    Result<std::unique_ptr<Database>> db
        = Database::openSqlite(databaseFile, Database::OpenMode::OpenExisting);
    if (!db)
        fail(QStringLiteral("open"), db.error());
    Result<std::unique_ptr<LogWriter>> writer = LogWriter::open(databaseFile);
    if (!writer)
        fail(QStringLiteral("log writer"), writer.error());
    Result<ProfileRegistry> profiles = ProfileRegistry::load();
    if (!profiles)
        fail(QStringLiteral("profiles"), profiles.error());
    const std::shared_ptr<const CompilerProfile> profile = profiles->find(target);
    LockManager locks(**db, std::chrono::seconds(10));
    OperationJournal journal(**writer, target);
    NullCompiler compiler;
    PreparationEngine engine(PreparationEngine::Services{
        **db, OperationServices{**db, locks, journal, databaseFile}, DataFolder(root), profile,
        compiler, profile->systemComponentsVersion});

    int snapshots = 0;
    qint64 lastSnapshotMs = 0;
    PreparationOptions options;
    options.user = QStringLiteral("bench");
    options.workers = workers;
    options.progress = [&](const StepProgress &progress) {
        ++snapshots;
        lastSnapshotMs = progress.elapsedMs;
    };
    if (qEnvironmentVariableIsSet("BENCH_PAUSE")) { // time to attach a profiler
        out << "pid " << QCoreApplication::applicationPid() << ": running in 3 s" << Qt::endl;
        QThread::sleep(3);
    }
    QElapsedTimer timer;
    const qint64 threadCpuBefore = threadCpuMs();
    const qint64 processCpuBefore = processCpuMs();
    const WaitCounters waitsBefore = WaitCounters::now();
    timer.start();
    Result<ExecutionSummary> run = engine.run(options);
    const qint64 ms = timer.elapsed();
    const qint64 engineCpu = threadCpuMs() - threadCpuBefore;
    const qint64 processCpu = processCpuMs() - processCpuBefore;
    const WaitCounters waitsAfter = WaitCounters::now();
    if (qEnvironmentVariableIsSet("BENCH_PAUSE")) // a gap before the clean-up, for the profile
        QThread::sleep(2);
    if (!run)
        fail(QStringLiteral("prepare"), run.error());
    const double seconds = double(ms) / 1000.0;
    out << QStringLiteral("overhead  %1 modules  %2  %3 workers  setup %4 s  run %5 ms  %6 "
                          "modules/s  status %7  snapshots %8 (%9/s)  cpu: engine thread %10 ms, "
                          "process %11 ms  engine thread waits: runqueue %12 ms, %13 blocked, "
                          "%14 preempted  page faults %15")
               .arg(moduleCount)
               .arg(target.toString())
               .arg(workers)
               .arg(double(setupMs) / 1000.0, 0, 'f', 1)
               .arg(ms)
               .arg(qint64(double(run->counts.succeeded) / seconds))
               .arg(executionStatusKey(run->status))
               .arg(snapshots)
               .arg(double(snapshots) / seconds, 0, 'f', 1)
               .arg(engineCpu)
               .arg(processCpu)
               .arg(waitsAfter.runqueueMs - waitsBefore.runqueueMs)
               .arg(waitsAfter.voluntary - waitsBefore.voluntary)
               .arg(waitsAfter.involuntary - waitsBefore.involuntary)
               .arg(waitsAfter.minorFaults - waitsBefore.minorFaults)
        << Qt::endl;
}

void real(int moduleCount, int workers)
{
    QTemporaryDir dir;
    const QString root = dir.filePath(QStringLiteral("env"));
    Result<std::unique_ptr<Environment>> created
        = Environment::create(root, PlatformVersion{11, 11, 0});
    if (!created)
        fail(QStringLiteral("create"), created.error());
    Environment &environment = **created;
    QElapsedTimer setup;
    setup.start();
    if (Result<void> populated
        = environment.populateDemo(moduleCount, DemoFactory::defaultSeed, QStringLiteral("bench"));
        !populated)
        fail(QStringLiteral("demo"), populated.error());
    const qint64 setupMs = setup.elapsed();
    if (Result<UpgradeOutcome> upgraded = environment.upgradePlatform(
            UpgradeRequest{PlatformVersion{11, 12, 0}}, QStringLiteral("bench"));
        !upgraded)
        fail(QStringLiteral("upgrade"), upgraded.error());
    PreparationOptions options;
    options.user = QStringLiteral("bench");
    options.workers = workers;
    int snapshots = 0;
    options.progress = [&](const StepProgress &) {
        ++snapshots;
    };
    QElapsedTimer timer;
    timer.start();
    Result<ExecutionSummary> run = environment.prepareModules(options);
    const qint64 ms = timer.elapsed();
    if (!run)
        fail(QStringLiteral("prepare"), run.error());
    Result<ExecutionDetail> detail = environment.execution(run->id);
    if (!detail)
        fail(QStringLiteral("report"), detail.error());

    // Lower bound from the recorded compile times: total / workers, and the longest
    // chain of compile times through the references.
    QHash<QString, qint64> duration;
    qint64 first = std::numeric_limits<qint64>::max();
    qint64 last = 0;
    qint64 total = 0;
    for (const ExecutionModuleResult &module : std::as_const(detail->modules)) {
        duration.insert(module.module, module.durationMs);
        total += module.durationMs;
        if (module.startedAt.isValid()) {
            first = std::min(first, module.startedAt.toMSecsSinceEpoch());
            last = std::max(last, module.endedAt.toMSecsSinceEpoch());
        }
    }
    const QList<ModuleDefinition> definitions = DemoFactory::generate(moduleCount);
    QHash<QString, qint64> chain; // longest chain ending at the module (definitions are
                                  // in producers-first order)
    qint64 longest = 0;
    for (const ModuleDefinition &definition : definitions) {
        qint64 before = 0;
        for (const QString &producer : definition.producers())
            before = std::max(before, chain.value(producer));
        const qint64 here = before + duration.value(definition.name);
        chain.insert(definition.name, here);
        longest = std::max(longest, here);
    }
    const qint64 makespan = last - first;
    const qint64 bound = std::max(total / workers, longest);
    out << QStringLiteral("real  %1 modules  %2 workers  publish %3 s  run %4 ms  %5 modules/s  "
                          "%6 ok %7 failed %8 skipped  makespan %9 ms  bound %10 ms (sum %11 ms, "
                          "chain %12 ms)  ratio %13  snapshots %14")
               .arg(moduleCount)
               .arg(workers)
               .arg(double(setupMs) / 1000.0, 0, 'f', 1)
               .arg(ms)
               .arg(qint64(double(run->counts.total) * 1000.0 / double(ms)))
               .arg(run->counts.succeeded)
               .arg(run->counts.failed)
               .arg(run->counts.skipped)
               .arg(makespan)
               .arg(bound)
               .arg(total)
               .arg(longest)
               .arg(double(makespan) / double(std::max<qint64>(1, bound)), 0, 'f', 3)
               .arg(snapshots)
        << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    const QString mode = args.value(0, QStringLiteral("overhead"));
    const int workers = args.value(2, QStringLiteral("2")).toInt();
    if (mode == QLatin1String("real")) {
        real(args.value(1, QStringLiteral("1000")).toInt(), workers);
        return 0;
    }
    const int count = args.value(1, QStringLiteral("20000")).toInt();
    if (const std::optional<PlatformVersion> only = PlatformVersion::parse(args.value(3))) {
        overhead(count, workers, *only);
        return 0;
    }
    overhead(count, workers, PlatformVersion{11, 12, 0});
    overhead(count, workers, PlatformVersion{11, 19, 0});
    return 0;
}
