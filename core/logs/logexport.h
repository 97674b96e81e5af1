#pragma once

#include "logs/logrecord.h"
#include "logs/logstore.h"
#include "util/result.h"

#include <QString>

#include <functional>
#include <optional>

namespace osc {

enum class LogExportFormat { Csv, Json };
QString logExportFormatKey(LogExportFormat format); // "csv", "json"
std::optional<LogExportFormat> logExportFormatFromKey(const QString &key);

struct LogExportOutcome
{
    qint64 rows = 0;
    bool cancelled = false; // nothing was written: the file is left as it was
};

// The header of a CSV export of `kind` (the JSON keys are the same names).
QStringList logExportColumns(LogKind kind);

// Writes every entry of `kind` matching `query` (limit and beforeId ignored; afterId
// applies), newest first, to `path`:
//  - CSV (RFC 4180): a header line (logExportColumns), then one line an entry; fields
//    with a comma, a quote or a line break are quoted, quotes doubled; instants in
//    ISO 8601 UTC with milliseconds.
//  - JSON: {"log": "errors"|"general", "entries": [ {…}, … ], "count": N}, the entry
//    keys as scctl's --json output of `errors` and `log`.
// Reads pages of LogStore::maxLimit on the store's connection, in the calling thread,
// and writes through a QSaveFile: the file appears complete or not at all.
// `progress`, when set, is called after each page with the rows written so far;
// returning false cancels (LogExportOutcome::cancelled, the file untouched). A file
// that cannot be written is a Failed error naming the path and the system's reason.
Result<LogExportOutcome> exportLog(LogStore &store, LogKind kind, const LogQuery &query,
                                   LogExportFormat format, const QString &path,
                                   const std::function<bool(qint64 rowsWritten)> &progress = {});

} // namespace osc
