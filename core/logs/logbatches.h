#pragma once

#include "logs/logentries.h"
#include "logs/logrecord.h"
#include "util/result.h"

#include <functional>
#include <utility>
#include <vector>

namespace osc {

class Database;

// The batches of log entries that a LogWriter made durable and that are not spread
// into the log's rows yet: error_log_batches and general_log_batches, one row a
// batch (first_id, last_id, the entries packed by packLogBatch()).
//
// Why: storing a batch as one value costs a fraction of storing its entries as rows
// with four secondary indexes each, so a flood of entries becomes durable many times
// faster; spread() then moves the batches into rows when the writer has time, and
// LogStore reads the batches not spread yet (the newest entries) alongside the rows,
// so every query sees every durable entry.
//
// Ids: append() gives each entry its id when it stores the batch, greater than every
// id the log ever gave (meta "<table>_last_id", the rows' highest id, SQLite's
// AUTOINCREMENT sequence, and the full-text index's mark), and spread()
// moves the oldest batch first, keeping those ids. So the entries of the batches are
// always newer than every row, and rows appear in id order (which the full-text
// index's mark relies on).
//
// Works on the caller's connection, in the caller's thread, like LogStore.
class LogBatches final
{
public:
    explicit LogBatches(Database &db) : m_db(db) { }

    // Stores each non-empty list as one batch of its log, in one write transaction.
    Result<void> append(const std::vector<ErrorLogEntry> &errors,
                        const std::vector<GeneralLogEntry> &general);

    // Moves the oldest batch of each log into the log's rows (one write transaction a
    // log, taken inside it, so writers of several processes can call it at once) and
    // returns how many entries it moved: 0 when no batch is left. Each log is tried
    // even when the other fails; then the first error is returned (and the batch that
    // failed stays, for the next attempt).
    Result<qint64> spread();

    // Entries waiting in batches, both logs.
    Result<qint64> entryCount();
    // The lowest and highest id of the entries in the batches of one log (0 and 0 when
    // there is none), without unpacking them.
    Result<std::pair<qint64, qint64>> idRange(LogKind kind);

    // The entries of the batches whose ids lie strictly between `afterId` and
    // `beforeId` (0: no bound), newest first. Reads the caller's snapshot: call it in
    // the same read transaction as the rows it completes.
    Result<std::vector<ErrorLogEntry>> errors(qint64 afterId, qint64 beforeId);
    Result<std::vector<GeneralLogEntry>> general(qint64 afterId, qint64 beforeId);
    // The same, one entry at a time (it may be moved from), until `visitor` returns
    // false: a batch is unpacked only when the entries before it did not suffice.
    Result<void> visitErrors(qint64 afterId, qint64 beforeId,
                             const std::function<bool(ErrorLogEntry &)> &visitor);
    Result<void> visitGeneral(qint64 afterId, qint64 beforeId,
                              const std::function<bool(GeneralLogEntry &)> &visitor);

private:
    Database &m_db;
};

} // namespace osc
