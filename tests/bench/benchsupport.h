#pragma once

// What the benchmark programs share: output, failing loudly, and recording a demo
// factory as published without publishing it (20,000 real publishes take a quarter
// of an hour and are not what the benchmarks measure).
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

} // namespace osc::bench
