#pragma once

#include "logs/logentries.h"
#include "logs/logrecord.h"
#include "util/result.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace osc {

class Database;

// What a purge removed.
struct PurgeReport
{
    QDateTime cutoff; // entries strictly older than this were removed
    qint64 errorsDeleted = 0;
    qint64 generalDeleted = 0;
};

// The lowest and highest id of the entries a filter matches (0 and 0 when none).
struct LogIdSpan
{
    qint64 minId = 0;
    qint64 maxId = 0;
};

// Reads and purges the Error Log and the General log of an environment.
//
// Works on the caller's connection, in the caller's thread (the connection's rule);
// holds no state besides the reference, so it is cheap to make where needed. On the
// rows, every filter of LogQuery runs as indexed SQL, and a page costs the same
// whatever the size of the log. Entries written by a LogWriter are visible once the
// writer's batch commits (LogWriter::flush()), to every filter, text included.
//
// The newest entries may still be in batches (LogBatches: stored packed, one row a
// batch, not spread into the log's rows yet). Every read takes them first, checks
// them against the query in C++ and continues with the rows, in one read snapshot.
// That costs ~1–2 µs an entry in batches (more with text) for a count, a narrow
// filter or a filtered id span; a page that fills from the newest batches stops
// early. The writer keeps the batches few (it spreads them when idle). A purge
// spreads them first.
//
// The full-text index lags behind the rows: rows are indexed after they are written,
// in chunks (indexText(), which LogWriter calls when it is idle), and the meta key
// "<table>_text_indexed" holds the highest id indexed. A text filter reads the
// indexed rows through the index and checks the text of the newer rows itself (the
// same tokenisation, in C++), in one read snapshot, so results never depend on how
// far indexing has got; only their cost does.
class LogStore final
{
public:
    // The meta key that holds the highest id in the full-text index of `table`
    // ("<table>_text_indexed"; the delete trigger of SqlDialect::textIndexStatements()
    // reads it too).
    static QString textIndexMarkKey(const QString &table)
    {
        return table + QStringLiteral("_text_indexed");
    }

    static constexpr int defaultRetentionWeeks = 2;
    static constexpr int minRetentionWeeks = 1;
    static constexpr int maxRetentionWeeks = 520;
    static constexpr int maxLimit = 10000;
    // ids() and summaries() read up to this many rows a call.
    static constexpr int maxIdLimit = 100000;
    // A purge deletes this many rows of a log per transaction, so that purging
    // millions of entries never holds the write lock for long.
    static constexpr int purgeBatchRows = 10000;
    // indexText() adds this many rows of a log per transaction by default.
    static constexpr int textIndexChunkRows = 2000;

    explicit LogStore(Database &db) : m_db(db) { }

    // Entries matching `query`, newest (highest id) first. A limit outside
    // 1 … maxLimit is a BadInput error.
    Result<QList<ErrorLogEntry>> errors(const LogQuery &query);
    Result<QList<GeneralLogEntry>> generalLog(const LogQuery &query);

    // How many entries match `query` (limit is ignored; beforeId and afterId apply).
    Result<qint64> countErrors(const LogQuery &query);
    Result<qint64> countGeneralLog(const LogQuery &query);

    // The same for either log, as LogRecords (errors() or generalLog()).
    Result<QList<LogRecord>> records(LogKind kind, const LogQuery &query);
    Result<qint64> count(LogKind kind, const LogQuery &query);
    // One entry by id; empty when there is none (purged, or never written).
    Result<std::optional<LogRecord>> record(LogKind kind, qint64 id);

    // Only the ids of the matching entries, newest first: what a view needs to know
    // where each row is without reading it. `limit` may go up to maxIdLimit.
    Result<QList<qint64>> ids(LogKind kind, const LogQuery &query);
    // The matching entries with only id, instant, module, operation and message set
    // (for grouping), newest first, up to maxIdLimit a call.
    Result<QList<LogRecord>> summaries(LogKind kind, const LogQuery &query);
    // The lowest and highest matching id: on the rows, each one indexed MIN/MAX read;
    // in the batches, their id range without a filter, else a scan. A text filter is a
    // BadInput error (its matches are read with ids()).
    Result<LogIdSpan> idSpan(LogKind kind, const LogQuery &query);

    // Adds up to `maxRowsPerLog` rows of each log that are not in the full-text index
    // yet (the oldest first) to it, one write transaction a log, and returns how many
    // rows it added (0: the index is current). Safe to call from several connections
    // and processes at once: each chunk is taken inside its write transaction.
    Result<qint64> indexText(int maxRowsPerLog = textIndexChunkRows);

    // Entries of both logs not in the full-text index yet: those still in batches
    // (LogBatches) and the rows above the index's mark.
    Result<qint64> unindexedTextCount();

    // Deletes the entries of both logs whose instant is before `cutoff`, in
    // transactions of purgeBatchRows rows. An invalid cutoff is a BadInput error.
    Result<PurgeReport> purgeOlderThan(const QDateTime &cutoff);

    // The retention setting, in weeks (meta "log_retention_weeks"); defaultRetentionWeeks
    // until set. Setting a value outside minRetentionWeeks … maxRetentionWeeks is a
    // BadInput error and changes nothing.
    Result<int> retentionWeeks();
    Result<void> setRetentionWeeks(int weeks);

    // Purges the entries older than `now` minus the retention (now: the current time).
    Result<PurgeReport> applyRetention();
    Result<PurgeReport> applyRetention(const QDateTime &now);

private:
    Database &m_db;
};

} // namespace osc
