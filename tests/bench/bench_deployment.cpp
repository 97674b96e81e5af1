// Deploy All end to end on the demo factory. N modules are uploaded for real
// (DemoFactory, seed 1) and recorded as published on 11.11.0; the environment is
// upgraded to 11.19.0 and prepared for real (built-in compiler, real compilation
// folders), then Deploy All runs: modules deployed a second, megabytes copied a
// second, and the makespan (first start to last end of the recorded per-module
// results) against the lower bound max(sum of the modules' stage times ÷ workers,
// longest chain of stage times through the references).
//
// Usage: bench_deployment [N] [workers]   (defaults: 2000 2)

#include "benchsupport.h"

#include "demo/demofactory.h"
#include "environment/environment.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace osc;
using namespace osc::bench;

namespace {

void run(int moduleCount, int workers)
{
    QTemporaryDir dir;
    const QString root = dir.filePath(QStringLiteral("env"));
    QElapsedTimer setup;
    setup.start();
    const QList<ModuleDefinition> definitions
        = setUpRecordedFactory(root, moduleCount, PlatformVersion{11, 19, 0});
    Result<std::unique_ptr<Environment>> opened = Environment::open(root);
    if (!opened)
        fail(QStringLiteral("open"), opened.error());
    Environment &environment = **opened;
    StepOptions options;
    options.user = QStringLiteral("bench");
    options.workers = workers;
    QElapsedTimer preparation;
    preparation.start();
    Result<ExecutionSummary> prepared = environment.prepareModules(options);
    if (!prepared)
        fail(QStringLiteral("prepare"), prepared.error());
    const qint64 preparationMs = preparation.elapsed();
    const qint64 setupMs = setup.elapsed();

    int snapshots = 0;
    options.progress = [&](const StepProgress &) {
        ++snapshots;
    };
    QElapsedTimer timer;
    timer.start();
    Result<ExecutionSummary> deployed = environment.deployPreparedModules(options);
    const qint64 ms = timer.elapsed();
    if (!deployed)
        fail(QStringLiteral("deploy"), deployed.error());
    Result<ExecutionDetail> detail = environment.execution(deployed->id);
    if (!detail)
        fail(QStringLiteral("report"), detail.error());

    QHash<QString, qint64> duration;
    qint64 first = std::numeric_limits<qint64>::max();
    qint64 last = 0;
    qint64 total = 0;
    for (const ExecutionModuleResult &module : std::as_const(detail->modules)) {
        if (module.state != ModuleRunState::Succeeded)
            continue;
        duration.insert(module.module, module.durationMs);
        total += module.durationMs;
        first = std::min(first, module.startedAt.toMSecsSinceEpoch());
        last = std::max(last, module.endedAt.toMSecsSinceEpoch());
    }
    QHash<QString, qint64> chain; // definitions come producers first
    qint64 longest = 0;
    for (const ModuleDefinition &definition : definitions) {
        qint64 before = 0;
        for (const QString &producer : definition.producers())
            before = std::max(before, chain.value(producer));
        const qint64 here = before + duration.value(definition.name);
        chain.insert(definition.name, here);
        longest = std::max(longest, here);
    }
    Result<std::unique_ptr<Database>> db = Database::openSqlite(
        root + QStringLiteral("/environment.db"), Database::OpenMode::OpenExisting);
    if (!db)
        fail(QStringLiteral("open"), db.error());
    QSet<qint64> deployedCompilations;
    for (const ExecutionModuleResult &module : std::as_const(detail->modules))
        if (module.state == ModuleRunState::Succeeded)
            deployedCompilations.insert(module.compilationId);
    Result<QSqlQuery> compilations
        = (*db)->exec(QStringLiteral("SELECT id, artifact_bytes FROM compilations"));
    if (!compilations)
        fail(QStringLiteral("compilations"), compilations.error());
    qint64 bytes = 0;
    while (compilations->next())
        if (deployedCompilations.contains(compilations->value(0).toLongLong()))
            bytes += compilations->value(1).toLongLong();
    const double megabytes = double(bytes) / 1e6;
    const double seconds = double(ms) / 1000.0;
    const qint64 makespan = last - first;
    const qint64 bound = std::max(total / workers, longest);
    out << QStringLiteral("deploy  %1 modules  %2 workers  setup %3 s (preparation %4 s: %5 ok "
                          "%6 failed %7 skipped)  run %8 ms  %9 deployed (%10/s)  %11 MB (%12 "
                          "MB/s)  makespan %13 ms  bound %14 ms (sum %15 ms, chain %16 ms)  "
                          "ratio %17  status %18  snapshots %19")
               .arg(moduleCount)
               .arg(workers)
               .arg(double(setupMs) / 1000.0, 0, 'f', 1)
               .arg(double(preparationMs) / 1000.0, 0, 'f', 1)
               .arg(prepared->counts.succeeded)
               .arg(prepared->counts.failed)
               .arg(prepared->counts.skipped)
               .arg(ms)
               .arg(deployed->counts.succeeded)
               .arg(qint64(double(deployed->counts.succeeded) / seconds))
               .arg(megabytes, 0, 'f', 1)
               .arg(megabytes / seconds, 0, 'f', 1)
               .arg(makespan)
               .arg(bound)
               .arg(total)
               .arg(longest)
               .arg(double(makespan) / double(std::max<qint64>(1, bound)), 0, 'f', 3)
               .arg(executionStatusKey(deployed->status))
               .arg(snapshots)
        << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    run(args.value(0, QStringLiteral("2000")).toInt(), args.value(1, QStringLiteral("2")).toInt());
    return 0;
}
