#include "logwriter.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
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

// Rows go in as multi-row INSERTs: QtSql's cost is per statement execution and per
// bound value, so one statement of 32 rows costs far less than 32 of one row.
constexpr int rowsPerInsert = 32;

QString insertSql(const QString &table, const QString &columns, int columnCount, int rows)
{
    const QString row = u'(' + QStringList(columnCount, QStringLiteral("?")).join(u',') + u')';
    return QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(table, columns)
        + QStringList(rows, row).join(u',');
}

const QString errorColumns = QStringLiteral(
    "instant_ms, module, module_version, operation_id, operation, step, message, detail,"
    " server, process_id, thread, platform_version");
const QString generalColumns = QStringLiteral(
    "instant_ms, operation_id, operation, user_name, module, event, message, server,"
    " process_id");

// A null QString would bind as SQL NULL, which the NOT NULL text columns refuse.
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

void appendBindings(QVariantList &values, const ErrorLogEntry &e)
{
    values << QVariantList{e.instant.toMSecsSinceEpoch(),
                           text(e.module),
                           e.moduleVersion,
                           e.operationId,
                           text(e.operation),
                           text(e.step),
                           text(e.message),
                           text(e.detail),
                           text(e.server),
                           e.processId,
                           text(e.thread),
                           text(e.platformVersion)};
}

void appendBindings(QVariantList &values, const GeneralLogEntry &e)
{
    values << QVariantList{e.instant.toMSecsSinceEpoch(),
                           e.operationId,
                           text(e.operation),
                           text(e.user),
                           text(e.module),
                           text(e.event),
                           text(e.message),
                           text(e.server),
                           e.processId};
}

// One prepared INSERT, kept for the life of the connection: the first row prepares it
// (through Database::exec, which turns errors into Results), later rows rebind it.
class PreparedInsert
{
public:
    explicit PreparedInsert(QString sql) : m_sql(std::move(sql)) { }

    Result<void> run(Database &db, const QVariantList &values)
    {
        if (!m_query) {
            Result<QSqlQuery> first = db.exec(m_sql, values);
            if (!first)
                return first.error();
            m_query = std::move(first).value();
            return {};
        }
        for (int i = 0; i < values.size(); ++i)
            m_query->bindValue(i, values.at(i));
        if (!m_query->exec()) {
            const QString driverText = m_query->lastError().text();
            m_query.reset();
            return makeError(
                ErrorCode::Internal,
                QCoreApplication::translate("LogWriter", "Log entries could not be written to %1.")
                    .arg(db.filePath()),
                driverText + QStringLiteral(" [") + m_sql + u']');
        }
        return {};
    }

    void reset() { m_query.reset(); }

private:
    QString m_sql;
    std::optional<QSqlQuery> m_query;
};

template<typename Entry>
Result<void> insertRows(Database &db, PreparedInsert &many, PreparedInsert &one,
                        const std::vector<Entry> &rows)
{
    QVariantList values;
    size_t at = 0;
    while (at < rows.size()) {
        const bool full = rows.size() - at >= size_t(rowsPerInsert);
        const size_t count = full ? size_t(rowsPerInsert) : 1;
        values.clear();
        for (size_t i = at; i < at + count; ++i)
            appendBindings(values, rows[i]);
        if (Result<void> done = (full ? many : one).run(db, values); !done)
            return done;
        at += count;
    }
    return {};
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
    Result<void> writeBatch(Database &db, const std::vector<ErrorLogEntry> &errorBatch,
                            const std::vector<GeneralLogEntry> &generalBatch);

    PreparedInsert insertErrors{
        insertSql(QStringLiteral("error_log"), errorColumns, 12, rowsPerInsert)};
    PreparedInsert insertError{insertSql(QStringLiteral("error_log"), errorColumns, 12, 1)};
    PreparedInsert insertGenerals{
        insertSql(QStringLiteral("general_log"), generalColumns, 9, rowsPerInsert)};
    PreparedInsert insertGeneral{insertSql(QStringLiteral("general_log"), generalColumns, 9, 1)};
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
        // the full-text index's pending segments in memory across batches.
        for (const QString &pragma :
             {QStringLiteral("PRAGMA busy_timeout = %1").arg(options.busyTimeoutMs),
              QStringLiteral("PRAGMA cache_size = -65536"),
              QStringLiteral("PRAGMA temp_store = MEMORY")}) {
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
    LogStore store(*db);
    // Rows may be waiting for the full-text index (left by an earlier writer, or by
    // another process's): look at start. Then after every batch.
    bool textBehind = true;
    bool lastIndexFailed = false;
    qint64 writtenNotIndexed = 0;
    const auto indexChunk = [&] {
        Result<qint64> indexed = store.indexText(options.textIndexChunk);
        lastIndexFailed = !indexed;
        if (indexed) {
            textBehind = *indexed > 0;
            if (!textBehind)
                writtenNotIndexed = 0;
            else
                writtenNotIndexed = std::max<qint64>(0, writtenNotIndexed - *indexed);
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
                if (errors.empty() && general.empty() && textBehind) {
                    if (lastIndexFailed) {
                        wakeWriter.wait_for(lock, interval, [&] {
                            return urgent() || !errors.empty() || !general.empty();
                        });
                    }
                    if (errors.empty() && general.empty() && !stopping) {
                        // Idle: index a chunk, then look at the queues again.
                        lock.unlock();
                        indexChunk();
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
            const size_t takeErrors = std::min(errors.size(), batchSize);
            const size_t takeGeneral = std::min(general.size(), batchSize);
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
        Result<void> written = writeBatch(*db, errorBatch, generalBatch);
        lock.lock();

        if (written) {
            errorsDurable += qint64(errorBatch.size());
            generalDurable += qint64(generalBatch.size());
            textBehind = true;
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
                    indexChunk();
                while (!lastIndexFailed && textBehind
                       && writtenNotIndexed > options.maxTextIndexLag);
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

Result<void> LogWriter::Private::writeBatch(Database &db,
                                            const std::vector<ErrorLogEntry> &errorBatch,
                                            const std::vector<GeneralLogEntry> &generalBatch)
{
    Result<void> written = db.write([&]() -> Result<void> {
        if (Result<void> done = insertRows(db, insertErrors, insertError, errorBatch); !done)
            return done;
        return insertRows(db, insertGenerals, insertGeneral, generalBatch);
    });
    if (!written) {
        insertErrors.reset();
        insertError.reset();
        insertGenerals.reset();
        insertGeneral.reset();
    }
    return written;
}

} // namespace osc
