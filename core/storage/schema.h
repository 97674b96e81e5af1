#pragma once

#include "storage/sqldialect.h"

#include <QStringList>

namespace osc {

// The forward migrations, in order: migration(n) takes a database from schema
// version n-1 to n. Written once, never edited after release: a change is a new one.
QStringList schemaMigration(int toVersion, const SqlDialect &dialect);

} // namespace osc
