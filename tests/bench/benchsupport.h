#pragma once

// What the benchmark programs share: output, failing loudly, and a demo factory
// recorded as published without publishing it (20,000 real publishes take a quarter
// of an hour and are not what the benchmarks measure).
#include "demo/demofactory.h"
#include "environment/environment.h"
#include "storage/database.h"

#include <QTextStream>

#include <cstdlib>

namespace osc::bench {

inline QTextStream out(stdout);

[[noreturn]] inline void fail(const QString &what, const Error &error)
{
    out << what << ": " << error.fullText() << Qt::endl;
    ::exit(1);
}

// Records every module's latest version as compiled for 11.11.0 and running.
inline void recordAsPublished(Database &db)
{
    Result<void> done = db.write([&]() -> Result<void> {
        for (const QString &sql : {
                 QStringLiteral("INSERT INTO compilations (version_id, platform_version, status, "
                                "folder, started_at, finished_at, duration_ms, started_by) SELECT "
                                "id, '11.11.0', 'succeeded', '', uploaded_at, uploaded_at, 1 + "
                                "logic_size / 100, 'bench' FROM module_versions"),
                 QStringLiteral(
                     "INSERT INTO deployments (module_id, compilation_id, folder, state, "
                     "deployed_at, deployed_by) SELECT v.module_id, c.id, '', "
                     "'running', c.finished_at, 'bench' FROM compilations c JOIN "
                     "module_versions v ON v.id = c.version_id"),
             }) {
            if (Result<QSqlQuery> ran = db.exec(sql); !ran)
                return ran.error();
        }
        return {};
    });
    if (!done)
        fail(QStringLiteral("recording the modules as published"), done.error());
}

// A recorded demo factory of `moduleCount` modules at `root`: uploaded for real
// (DemoFactory, seed 1), recorded as published on 11.11.0, then upgraded to `target`
// (which prepares nothing by itself). Returns the definitions, producers first.
inline QList<ModuleDefinition> setUpRecordedFactory(const QString &root, int moduleCount,
                                                    const PlatformVersion &target)
{
    const QList<ModuleDefinition> definitions = DemoFactory::generate(moduleCount);
    {
        Result<std::unique_ptr<Environment>> environment
            = Environment::create(root, PlatformVersion{11, 11, 0});
        if (!environment)
            fail(QStringLiteral("create"), environment.error());
        if (Result<ImportReport> imported
            = (*environment)->importDefinitions(definitions, QStringLiteral("bench"));
            !imported)
            fail(QStringLiteral("import"), imported.error());
    }
    {
        Result<std::unique_ptr<Database>> db = Database::openSqlite(
            root + QStringLiteral("/environment.db"), Database::OpenMode::OpenExisting);
        if (!db)
            fail(QStringLiteral("open"), db.error());
        recordAsPublished(**db);
    }
    Result<std::unique_ptr<Environment>> environment = Environment::open(root);
    if (!environment)
        fail(QStringLiteral("open"), environment.error());
    if (Result<UpgradeOutcome> upgraded
        = (*environment)->upgradePlatform(UpgradeRequest{target}, QStringLiteral("bench"));
        !upgraded)
        fail(QStringLiteral("upgrade"), upgraded.error());
    return definitions;
}

} // namespace osc::bench
