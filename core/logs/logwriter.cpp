#include "logwriter.h"

#include "logs/logbatches.h"

#include <QCoreApplication>
#include <QSysInfo>
#include <QThread>
#include <QtDebug>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace osc {

namespace {

// A packed batch is one database value: SQLite refuses values over 1 GB, so a batch
// also ends once its texts reach about this many bytes (huge details are rare).
constexpr qint64 maxBatchBytes = 64 * 1024 * 1024;

qint64 textBytes(const ErrorLogEntry &e)
{
    return e.module.size() + e.operation.size() + e.step.size() + e.message.size() + e.detail.size()
        + e.server.size() + e.thread.size() + e.platformVersion.size();
}

qint64 textBytes(const GeneralLogEntry &e)
{
    return e.operation.size() + e.user.size() + e.module.size() + e.event.size() + e.message.size()
        + e.server.size();
}

// How many of the queued entries the next batch takes: up to `batchSize`, and no
// more than maxBatchBytes once packed (UTF-8: at most 3 bytes a UTF-16 unit); at
// least one.
template<typename Entry> size_t batchLength(const std::deque<Entry> &queue, size_t batchSize)
{
    const size_t most = std::min(queue.size(), batchSize);
    qint64 bytes = 0;
    for (size_t i = 0; i < most; ++i) {
        bytes += 64 + 3 * textBytes(queue[i]);
        if (bytes > maxBatchBytes)
            return std::max<size_t>(i, 1);
    }
    return most;
}

} // namespace

struct LogWriter::Private
{
    QString path;
    LogWriterOptions options;
    QString server = QSysInfo::machineHostName();
    qint64 processId = QCoreApplication::applicationPid();

    mutable std::mutex mutex;
    std::condition_variable wakeWriter; // entries, a flush request, or stop
    std::condition_variable progress; // a batch committed or failed, or the thread ended

    std::deque<ErrorLogEntry> errors; // queued, not yet taken by a batch
    std::deque<GeneralLogEntry> general;
    qint64 errorsAppended = 0;
    qint64 generalAppended = 0;
    qint64 errorsDurable = 0;
    qint64 generalDurable = 0;
    quint64 flushCalls = 0;
    quint64 failures = 0;
    std::optional<Error> lastError;
    bool stopping = false;
    bool threadEnded = false;
    std::optional<Result<void>> opened;

    std::thread thread;

    void run();
};

Result<std::unique_ptr<LogWriter>> LogWriter::open(const QString &databasePath,
                                                   const LogWriterOptions &options)
{
    auto d = std::make_unique<Private>();
    d->path = databasePath;
    d->options = options;
    d->options.batchSize = std::max(1, options.batchSize);
    d->options.flushIntervalMs = std::max(1, options.flushIntervalMs);
    d->options.textIndexChunk = std::max(1, options.textIndexChunk);
    Private *p = d.get();
    p->thread = std::thread([p] { p->run(); });
    std::unique_lock lock(p->mutex);
    p->progress.wait(lock, [p] { return p->opened.has_value(); });
    if (!*p->opened) {
        Error error = p->opened->error();
        lock.unlock();
        p->thread.join();
        return error;
    }
    lock.unlock();
    return std::unique_ptr<LogWriter>(new LogWriter(std::move(d)));
}

LogWriter::LogWriter(std::unique_ptr<Private> d) : d(std::move(d)) { }

LogWriter::~LogWriter()
{
    {
        std::lock_guard lock(d->mutex);
        d->stopping = true;
    }
    d->wakeWriter.notify_one();
    d->thread.join();
}

void LogWriter::append(ErrorLogEntry entry)
{
    if (!entry.instant.isValid())
        entry.instant = QDateTime::currentDateTimeUtc();
    if (entry.server.isEmpty())
        entry.server = d->server;
    if (entry.processId == 0)
        entry.processId = d->processId;
    if (entry.thread.isEmpty()) {
        QThread *current = QThread::currentThread();
        entry.thread = current->objectName();
        if (entry.thread.isEmpty())
            entry.thread = QString::number(quintptr(QThread::currentThreadId()));
    }
    bool wake = false;
    {
        std::lock_guard lock(d->mutex);
        d->errors.push_back(std::move(entry));
        ++d->errorsAppended;
        // The first entry wakes an idle writer (it waits without a timeout then), which
        // then waits at most one interval for others; a full batch goes at once.
        wake = d->errors.size() == 1 || d->errors.size() == size_t(d->options.batchSize);
    }
    if (wake)
        d->wakeWriter.notify_one();
}

void LogWriter::append(GeneralLogEntry entry)
{
    if (!entry.instant.isValid())
        entry.instant = QDateTime::currentDateTimeUtc();
    if (entry.server.isEmpty())
        entry.server = d->server;
    if (entry.processId == 0)
        entry.processId = d->processId;
    bool wake = false;
    {
        std::lock_guard lock(d->mutex);
        d->general.push_back(std::move(entry));
        ++d->generalAppended;
        wake = d->general.size() == 1 || d->general.size() == size_t(d->options.batchSize);
    }
    if (wake)
        d->wakeWriter.notify_one();
}

Result<void> LogWriter::flush()
{
    std::unique_lock lock(d->mutex);
    const qint64 errorsTarget = d->errorsAppended;
    const qint64 generalTarget = d->generalAppended;
    const quint64 failuresBefore = d->failures;
    ++d->flushCalls;
    d->wakeWriter.notify_one();
    d->progress.wait(lock, [&] {
        return (d->errorsDurable >= errorsTarget && d->generalDurable >= generalTarget)
            || d->failures != failuresBefore || d->threadEnded;
    });
    if (d->errorsDurable >= errorsTarget && d->generalDurable >= generalTarget)
        return {};
    if (d->lastError)
        return *d->lastError;
    return makeError(
        ErrorCode::Internal,
        QCoreApplication::translate("LogWriter", "The log writer of %1 has stopped.").arg(d->path));
}

qint64 LogWriter::pendingCount() const
{
    std::lock_guard lock(d->mutex);
    return (d->errorsAppended - d->errorsDurable) + (d->generalAppended - d->generalDurable);
}

void LogWriter::Private::run()
{
    Result<std::unique_ptr<Database>> connection
        = Database::openSqlite(path, Database::OpenMode::OpenExisting);
    std::unique_ptr<Database> db;
    Result<void> ready;
    if (connection) {
        db = std::move(connection).value();
        // The writer's own connection: a larger page cache keeps the log indexes and
        // the full-text index's pending segments in memory across batches. Its commits
        // checkpoint the write-ahead log only past 256 MiB (copying a flood's pages
        // into the database file as they arrive would write them twice in the
        // flood's time): it checkpoints after each catching-up step instead, so the
        // log holds about maxTextIndexLag entries' pages while catching up succeeds,
        // 256 MiB when it cannot, and shrinks back to 64 MiB after a checkpoint.
        for (const QString &pragma :
             {QStringLiteral("PRAGMA busy_timeout = %1").arg(options.busyTimeoutMs),
              QStringLiteral("PRAGMA cache_size = -65536"),
              QStringLiteral("PRAGMA wal_autocheckpoint = 65536"),
              QStringLiteral("PRAGMA journal_size_limit = 67108864")}) {
            if (Result<QSqlQuery> done = db->exec(pragma); !done) {
                ready = done.error();
                break;
            }
        }
    } else {
        ready = connection.error();
    }
    {
        std::lock_guard lock(mutex);
        opened = ready;
    }
    progress.notify_all();
    if (!ready)
        return;

    // Taken from the queues, not yet committed: retried first, so order is kept.
    std::vector<ErrorLogEntry> errorBatch;
    std::vector<GeneralLogEntry> generalBatch;
    quint64 flushCallsSeen = 0;
    bool lastAttemptFailed = false;
    const auto interval = std::chrono::milliseconds(options.flushIntervalMs);
    const size_t batchSize = size_t(options.batchSize);
    LogBatches batches(*db);
    LogStore store(*db);
    // Batches may be waiting to be spread, and rows for the full-text index (left by
    // an earlier writer, or by another process's): look at start. Then after every batch.
    bool behind = true;
    bool lastCatchUpFailed = false;
    qint64 writtenNotIndexed = 0;
    // One step of catching up: spread the oldest batches into rows or, once none is
    // left, add a chunk of rows to the full-text index; then checkpoint what it wrote.
    const auto catchUpStep = [&] {
        Result<qint64> done = batches.spread();
        const bool spread = done && *done > 0;
        if (done && !spread) {
            done = store.indexText(options.textIndexChunk);
            if (done)
                writtenNotIndexed = *done > 0 ? std::max<qint64>(0, writtenNotIndexed - *done) : 0;
        }
        if (!done && !lastCatchUpFailed) {
            // Retried after each interval; said once, when it starts failing.
            qWarning().noquote() << QStringLiteral("Log writer of %1: catching up failed, will "
                                                   "retry: %2")
                                        .arg(path, done.error().fullText());
        }
        lastCatchUpFailed = !done;
        if (done) {
            behind = *done > 0;
            // PASSIVE: never waits for readers; what it cannot copy now, a later one does.
            if (behind)
                (void)db->exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
        }
    };

    std::unique_lock lock(mutex);
    bool goOn = false;
    for (;;) {
        const auto newFlushCall = [&] {
            return stopping || flushCalls != flushCallsSeen;
        };
        const auto urgent = [&] {
            return newFlushCall() || errors.size() >= batchSize || general.size() >= batchSize;
        };
        if (!goOn && !newFlushCall()) {
            if (lastAttemptFailed) {
                // Retry after one interval (or at the next flush() call): a locked
                // database is not spun on.
                wakeWriter.wait_for(lock, interval, newFlushCall);
            } else {
                if (errors.empty() && general.empty() && behind) {
                    if (lastCatchUpFailed) {
                        wakeWriter.wait_for(lock, interval, [&] {
                            return urgent() || !errors.empty() || !general.empty();
                        });
                    }
                    if (errors.empty() && general.empty() && !stopping) {
                        // Idle: one step of catching up, then look at the queues again.
                        lock.unlock();
                        catchUpStep();
                        lock.lock();
                        continue;
                    }
                }
                if (errors.empty() && general.empty())
                    wakeWriter.wait(
                        lock, [&] { return urgent() || !errors.empty() || !general.empty(); });
                // An entry waits at most one interval for others to share its batch.
                wakeWriter.wait_for(lock, interval, urgent);
            }
        }
        goOn = false;
        flushCallsSeen = flushCalls;
        if (errorBatch.empty() && generalBatch.empty()) {
            const size_t takeErrors = batchLength(errors, batchSize);
            const size_t takeGeneral = batchLength(general, batchSize);
            errorBatch.assign(std::make_move_iterator(errors.begin()),
                              std::make_move_iterator(errors.begin() + takeErrors));
            errors.erase(errors.begin(), errors.begin() + takeErrors);
            generalBatch.assign(std::make_move_iterator(general.begin()),
                                std::make_move_iterator(general.begin() + takeGeneral));
            general.erase(general.begin(), general.begin() + takeGeneral);
        }
        if (errorBatch.empty() && generalBatch.empty()) {
            if (stopping)
                break;
            continue;
        }

        lock.unlock();
        Result<void> written = batches.append(errorBatch, generalBatch);
        lock.lock();

        if (written) {
            errorsDurable += qint64(errorBatch.size());
            generalDurable += qint64(generalBatch.size());
            behind = true;
            writtenNotIndexed += qint64(errorBatch.size() + generalBatch.size());
            errorBatch.clear();
            generalBatch.clear();
            lastAttemptFailed = false;
            goOn = errors.size() >= batchSize || general.size() >= batchSize;
            if (writtenNotIndexed > options.maxTextIndexLag && !stopping) {
                // Entries arrive faster than they are indexed: keep the lag bounded.
                progress.notify_all();
                lock.unlock();
                do
                    catchUpStep();
                while (!lastCatchUpFailed && behind && writtenNotIndexed > options.maxTextIndexLag);
                lock.lock();
            }
        } else {
            lastError = written.error();
            ++failures;
            lastAttemptFailed = true;
            if (stopping) {
                qWarning().noquote()
                    << QStringLiteral("Log writer stopping: %1 log entries could not be "
                                      "written to %2 and are lost: %3")
                           .arg(errorBatch.size() + generalBatch.size() + errors.size()
                                + general.size())
                           .arg(path, written.error().fullText());
                break;
            }
        }
        progress.notify_all();
    }
    threadEnded = true;
    lock.unlock();
    progress.notify_all();
    db.reset();
}

} // namespace osc
