#pragma once

// The statements that make an empty environment database of an older schema, for the
// tests that fill one the way that schema stored things and check its migration.
#include "storage/schema.h"
#include "storage/sqldialect.h"

#include <QStringList>

namespace osc::testing {

inline QStringList olderSchemaStatements(int version)
{
    QStringList statements{
        QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("INSERT INTO meta VALUES ('schema_version', '%1')").arg(version)};
    for (int step = 1; step <= version; ++step)
        statements << schemaMigration(step, SqlDialect(SqlDialect::Engine::Sqlite));
    return statements;
}

} // namespace osc::testing
