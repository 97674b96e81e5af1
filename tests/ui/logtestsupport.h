#pragma once

// Log rows written by SQL (fast), for the tests of the log models and pages: 7 modules,
// 3 operation kinds, 40 operations, one entry a minute from logBase, messages of three
// causes with numbers and quoted names. Rows startAt + 1 .. startAt + count.

#include "environment/datafolder.h"
#include "logs/logbatches.h"
#include "storage/database.h"
#include "util/result.h"

#include <QDateTime>
#include <QSqlQuery>

namespace osc::testing {

inline const QDateTime logBase = QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);

// A new environment database in `dataDir`, with empty logs.
inline Result<std::unique_ptr<Database>> createLogDatabase(const QString &dataDir)
{
    return Database::openSqlite(DataFolder(dataDir).databaseFile(), Database::OpenMode::CreateNew);
}

// Rows inserted by SQL take AUTOINCREMENT ids: a writer's batches waiting with ids
// already given must become rows first, or the ids would collide.
inline Result<void> spreadAllBatches(Database &db)
{
    for (;;) {
        Result<qint64> spread = LogBatches(db).spread();
        if (!spread)
            return spread.error();
        if (*spread == 0)
            return {};
    }
}

inline Result<void> fillErrorLog(Database &db, int count, int startAt = 0)
{
    if (Result<void> spread = spreadAllBatches(db); !spread)
        return spread;
    return db.write([&]() -> Result<void> {
        Result<QSqlQuery> done = db.exec(
            QStringLiteral(
                "WITH RECURSIVE n(x) AS (SELECT ? UNION ALL SELECT x + 1 FROM n WHERE x < ?)"
                " INSERT INTO error_log (instant_ms, module, module_version, operation_id,"
                " operation, step, message, detail, server, process_id, thread,"
                " platform_version) SELECT ? + x * 60000, 'Module_' || (x % 7), 1 + x % 3,"
                " 1 + x % 40, CASE x % 3 WHEN 0 THEN 'publish' WHEN 1 THEN 'delete' ELSE"
                " 'modules-upgrade' END, 'compile', CASE x % 5 WHEN 0 THEN 'Timeout after ' ||"
                " x || ' ms' WHEN 1 THEN 'Producer module ''Core_' || (x % 4) || ''' failed'"
                " ELSE 'Compilation failed: missing reference ' || (x % 11) END,"
                " '/srv/osc/compilations/m' || x || '/out.cs: detail word' || (x % 13),"
                " 'host-a', 4000 + x % 5, 'worker-' || (x % 2), '11.19.0' FROM n"),
            {startAt + 1, startAt + count, logBase.toMSecsSinceEpoch()});
        if (!done)
            return done.error();
        return {};
    });
}

inline Result<void> fillGeneralLog(Database &db, int count, int startAt = 0)
{
    if (Result<void> spread = spreadAllBatches(db); !spread)
        return spread;
    return db.write([&]() -> Result<void> {
        Result<QSqlQuery> done = db.exec(
            QStringLiteral(
                "WITH RECURSIVE n(x) AS (SELECT ? UNION ALL SELECT x + 1 FROM n WHERE x < ?)"
                " INSERT INTO general_log (instant_ms, operation_id, operation, user_name,"
                " module, event, message, server, process_id) SELECT ? + x * 60000, 1 + x % 40,"
                " CASE x % 2 WHEN 0 THEN 'publish' ELSE 'delete' END, CASE x % 3 WHEN 0 THEN"
                " 'maria' ELSE 'ops-robot' END, 'Module_' || (x % 7), CASE x % 4 WHEN 0 THEN"
                " 'refused' ELSE 'step' END, 'Step ' || x || ' of operation', 'host-b', 77"
                " FROM n"),
            {startAt + 1, startAt + count, logBase.toMSecsSinceEpoch()});
        if (!done)
            return done.error();
        return {};
    });
}

} // namespace osc::testing
