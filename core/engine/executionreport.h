#pragma once

#include "engine/execution.h"
#include "util/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace osc {

// What changed between an execution and the previous one it re-runs
// (ExecutionSummary::previousId): modules by name, sorted. Only the modules of the
// current execution are compared (a re-run holds the previous run's failures); pending
// and running ones are in no list. A skipped module counts as failing.
struct ExecutionComparison
{
    qint64 previousId = 0;
    QStringList newlyFixed; // failed or skipped before, succeeded now
    QStringList stillFailing; // failed or skipped in both
    QStringList newlyFailing; // succeeded before (or absent), failed or skipped now
};

// Pure; previousId is previous.summary.id.
ExecutionComparison compareExecutions(const ExecutionDetail &current,
                                      const ExecutionDetail &previous);

// The run's critical path: the chain of modules, producers first, through the
// references between the execution's modules, whose recorded durations add up to
// the most (a reference cycle's modules count as one link). What no number of
// workers could have shortened. Empty when no module ran.
QStringList criticalPath(const ExecutionDetail &detail);

// The upgrades report's exports, shared by `scctl upgrades` and the GUI's export.
// Keys and values are CLI.md's vocabulary (never translated); times are ISO 8601 with
// offset, in local time.
enum class ReportFormat { Json, Csv };

// "2026-11-22T03:30:00+01:00" (always an offset, never "Z"); empty when invalid.
QString isoTimeWithOffset(const QDateTime &time);

// The `scctl upgrades --json` document of one execution, without its modules.
QJsonObject executionToJson(const ExecutionSummary &summary);
// With its `modules` (each with `errorId` when it has an Error Log entry) and, when a
// comparison is given, `changes`: {previousId, newlyFixed, stillFailing, newlyFailing}.
QJsonObject executionToJson(const ExecutionDetail &detail,
                            const std::optional<ExecutionComparison> &comparison = std::nullopt);
// One header row (module, version, state, reason, blockedBy, worker, startedAt, endedAt,
// durationMs, compilationId, errorId), then one row per module; RFC 4180 (CRLF line
// ends, fields with commas, quotes or line breaks quoted), UTF-8 without a BOM. Ids
// that are 0 and invalid times are empty fields.
QByteArray executionToCsv(const ExecutionDetail &detail);
// Writes the export atomically (QSaveFile): the file is either the whole report or
// left as it was. The error (ErrorCode::Failed) names the path, the reason and what
// to do. `comparison` only matters for JSON.
Result<void>
writeExecutionReport(const QString &path, ReportFormat format, const ExecutionDetail &detail,
                     const std::optional<ExecutionComparison> &comparison = std::nullopt);

} // namespace osc
