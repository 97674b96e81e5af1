// The rows a modules preparation writes, and nothing else: the floor of its
// persistence through our Database class (Qt Sql, kept statements, one transaction
// a batch) on the environment's real schema and pragmas. Compare with
// `bench_preparation overhead`, which adds the engine (planning, the graph, jobs on a
// pool, fencing, progress): what the engine costs above this floor is its own.
//
//   bench_sqlwrites [N] [batch]   (defaults: 20000 modules, 606 modules a transaction)
//
// Per module, as the engine writes them: its execution record (in the plan, then in
// its batch's results: one packed row each, schema 8) and its compilation with its ~5.4
// producer compilations (the demo factory's average) packed in its `inputs` column
// (schema 6). The whole factory's lock is one row (schema 11), taken at the start and
// released at the end.
#include "benchsupport.h"

#include "engine/executionstore.h"
#include "operations/lockmanager.h"
#include "storage/compilationinputs.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <random>

using namespace osc;
using namespace osc::bench;

namespace {

void check(const Result<Database::Outcome> &done)
{
    if (!done)
        fail(QStringLiteral("write"), done.error());
}

void run(int modules, int batch)
{
    QTemporaryDir dir;
    Result<std::unique_ptr<Database>> opened = Database::openSqlite(
        dir.filePath(QStringLiteral("environment.db")), Database::OpenMode::CreateNew);
    if (!opened)
        fail(QStringLiteral("create"), opened.error());
    Database &db = **opened;
    const QString stamp = QStringLiteral("2026-12-01T10:00:00.000Z");
    const auto write = [&](const std::function<void()> &work) {
        Result<void> done = db.write([&]() -> Result<void> {
            work();
            return {};
        });
        if (!done)
            fail(QStringLiteral("transaction"), done.error());
    };
    write([&] {
        for (int i = 0; i < modules; ++i) {
            const QString name = QStringLiteral("Module_%1").arg(i);
            check(db.execKept(QStringLiteral("INSERT INTO modules (id, name, created_at) VALUES "
                                             "(?, ?, ?)"),
                              {i + 1, name, stamp}));
            check(db.execKept(
                QStringLiteral("INSERT INTO module_versions (id, module_id, number, source_path, "
                               "source_hash, source_bytes, logic_size, uploaded_at, uploaded_by) "
                               "VALUES (?, ?, 1, ?, '', 0, 0, ?, 'bench')"),
                {i + 1, i + 1, QStringLiteral("sources/%1/v1.json").arg(name), stamp}));
        }
        check(db.execKept(QStringLiteral("INSERT INTO operations (id, kind, started_by, "
                                         "started_at, status, holder_pid, holder_host) VALUES "
                                         "(1, 'modules-upgrade', 'bench', ?, 'running', 1, 'h')"),
                          {stamp}));
    });

    QElapsedTimer timer;
    timer.start();
    ExecutionStore store(db);
    qint64 executionId = 0;
    write([&] { // the whole factory's lock and the plan
        check(db.execKept(QStringLiteral("INSERT INTO module_locks (module, operation_id, fence, "
                                         "acquired_at) VALUES (?, 1, 1, ?)"),
                          {wholeFactoryLockName, stamp}));
        QList<ExecutionStore::NewModule> plan;
        for (int i = 0; i < modules; ++i)
            plan << ExecutionStore::NewModule{QStringLiteral("Module_%1").arg(i), i + 1, 1};
        Result<qint64> created
            = store.createInTransaction(ExecutionKind::Preparation, PlatformVersion{11, 12, 0},
                                        QStringLiteral("bench"), 2, 0, 1, plan);
        if (!created)
            fail(QStringLiteral("plan"), created.error());
        executionId = *created;
    });
    std::mt19937 random(1);
    std::poisson_distribution<int> inputCount(5.4);
    QList<CompilationInput> compiled;
    for (int start = 0; start < modules; start += batch) {
        write([&] {
            QList<ExecutionStore::ModuleUpdate> results;
            for (int i = start; i < std::min(modules, start + batch); ++i) {
                QList<CompilationInput> inputs;
                for (int k = compiled.isEmpty() ? 0 : inputCount(random); k > 0; --k) {
                    const CompilationInput input = compiled.at(
                        std::uniform_int_distribution<int>(0, int(compiled.size()) - 1)(random));
                    if (!inputs.contains(input)) // a producer is an input once
                        inputs << input;
                }
                Result<Database::Outcome> inserted = db.execKept(
                    QStringLiteral("INSERT INTO compilations (version_id, platform_version, "
                                   "status, folder, manifest_hash, artifact_bytes, inputs, "
                                   "started_at, finished_at, duration_ms, started_by) VALUES (?, "
                                   "'11.12.0', 'succeeded', ?, '', 0, ?, ?, ?, 0, 'Compiler "
                                   "Service')"),
                    {i + 1, QStringLiteral("compilations/Module_%1/v1-11.12.0-0123456789ab").arg(i),
                     packCompilationInputs(inputs), stamp, stamp});
                check(inserted);
                const qint64 id = inserted->lastInsertId.toLongLong();
                ExecutionStore::ModuleUpdate result;
                result.module = QStringLiteral("Module_%1").arg(i);
                result.state = ModuleRunState::Succeeded;
                result.worker = QStringLiteral("worker-1");
                result.startedMs = 1;
                result.endedMs = 2;
                result.compilationId = id;
                result.sequence = i + 1;
                results << result;
                compiled << CompilationInput{i + 1, id};
            }
            if (Result<void> done = store.updateModulesInTransaction(executionId, 1, results);
                !done)
                fail(QStringLiteral("results"), done.error());
        });
    }
    write([&] {
        check(db.execKept(QStringLiteral("DELETE FROM module_locks WHERE operation_id = 1"), {}));
    });
    const qint64 ms = timer.elapsed();
    out << QStringLiteral("sqlwrites  %1 modules  batch %2  %3 ms  %4 modules/s")
               .arg(modules)
               .arg(batch)
               .arg(ms)
               .arg(qint64(double(modules) * 1000.0 / double(std::max<qint64>(1, ms))))
        << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    const int modules = args.value(0, QStringLiteral("20000")).toInt();
    const int batch = args.value(1, QStringLiteral("606")).toInt();
    run(modules, batch);
    return 0;
}
