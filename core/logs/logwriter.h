#pragma once

#include "logs/logentries.h"
#include "logs/logstore.h"
#include "storage/database.h"
#include "util/result.h"

#include <QString>

#include <memory>

namespace osc {

struct LogWriterOptions
{
    // A batch is written at the latest this long after its first entry was appended…
    int flushIntervalMs = 200;
    // …or as soon as this many entries of one log are waiting. One transaction a batch.
    int batchSize = 5000;
    // How long a batch waits for another process's write lock before the attempt fails
    // (and is retried at the next interval).
    int busyTimeoutMs = Database::busyTimeoutMs;
    // A batch is stored as one packed value (LogBatches); the writer thread spreads
    // the batches into the log's rows and fills the full-text index afterwards
    // (LogStore::indexText(), this many rows of a log per transaction), whenever no
    // entries are waiting…
    int textIndexChunk = LogStore::textIndexChunkRows;
    // …and after every batch, too, once this writer has written this many entries that
    // are not in the full-text index yet (in batches or in rows): so what queries read
    // outside the indexes stays bounded while entries keep arriving faster than they
    // can be spread and indexed. Up to this many entries arrive at the speed of
    // storing batches; beyond it, at the speed of spreading and indexing them.
    int maxTextIndexLag = 200000;
};

// Appends Error Log and General log entries to an environment's database without
// making the caller wait for it.
//
// Threading: append() and flush() may be called from any thread, concurrently. The
// writer owns a background thread with its own database connection (opened there,
// used only there); entries are queued in memory and written by that thread in
// batches, each batch in one write transaction.
//
// Durability: an entry is durable once the batch holding it commits; it is visible to
// every LogStore query from then on. append() returns at once; flush() blocks until
// every entry appended (by any thread) before the call has committed, or until a
// write attempt fails. An operation calls flush() when it ends so that its log is
// complete before it reports its outcome. A process killed outright loses only what
// was still queued: at most the last flush interval.
//
// Catching up: a batch is stored packed, as one row (LogBatches), which is what makes
// a flood durable fast. The writer thread then spreads the batches into the log's rows
// and adds the rows to the full-text index, in steps of their own transactions, when
// no entries wait (and at its start, which heals what a writer killed before catching
// up left behind; the writer of any process spreads any process's batches). A step
// that fails (the database is locked) is retried after one interval; it never holds
// up or fails a batch.
//
// Failures: a batch that cannot be written (database locked beyond the busy timeout,
// disk full, read-only file) stays queued, in order, and is retried at the next
// interval and by every flush(); nothing is dropped while the writer lives. flush()
// returns the error of the failed attempt. The destructor writes what is queued and
// stops the thread; entries it still cannot write are reported with qWarning (the
// only case where entries are lost).
//
// The writer emits no signals. Entries are values; the caller keeps nothing shared.
class LogWriter final
{
public:
    // Opens the environment database at `databasePath` (which must exist, with the
    // log tables) in a new writer thread. Fails with the database's open error.
    static Result<std::unique_ptr<LogWriter>> open(const QString &databasePath,
                                                   const LogWriterOptions &options = {});
    ~LogWriter();
    LogWriter(const LogWriter &) = delete;
    LogWriter &operator=(const LogWriter &) = delete;

    // Queue one entry. Fills what the caller left empty: instant (now, UTC), server
    // (host name), process id and, for errors, thread (the current QThread's
    // objectName, or its id). `id` is ignored: the database assigns it.
    void append(ErrorLogEntry entry);
    void append(GeneralLogEntry entry);

    // Blocks until every entry appended before the call is durable; returns the error
    // when a write attempt fails first (the entries stay queued for the next attempt).
    Result<void> flush();

    // Entries appended and not yet committed (both logs).
    qint64 pendingCount() const;

private:
    struct Private;
    explicit LogWriter(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace osc
