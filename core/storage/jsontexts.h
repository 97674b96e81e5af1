#pragma once

#include <QString>
#include <QStringList>

namespace osc {

// A list of texts bound as one parameter: a JSON array of strings, which a statement
// reads as a table through SqlDialect::jsonTexts() (one row a text, in its column
// `value`). One statement with one bound value then finds, locks or releases
// thousands of modules: no chunks under SQLite's limit on bound parameters, and no
// statement with hundreds of "?" to prepare or bind (see docs/architecture.md).
//
//     db.execKept("DELETE FROM module_locks WHERE module IN (SELECT value FROM "
//                 + db.dialect().jsonTexts() + ")", {jsonTexts(modules)});
//
// A null QString is written as "" (as Database binds it). SQLite reads a text only up
// to a NUL character: a text holding one comes back cut there.
QString jsonTexts(const QStringList &texts);

} // namespace osc
