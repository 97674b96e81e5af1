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

const QString insertErrorSql = QStringLiteral(
    "INSERT INTO error_log (instant_ms, module, module_version, operation_id, operation, step,"
    " message, detail, server, process_id, thread, platform_version)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
const QString insertGeneralSql = QStringLiteral(
    "INSERT INTO general_log (instant_ms, operation_id, operation, user_name, module, event,"
    " message, server, process_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");

// A null QString would bind as SQL NULL, which the NOT NULL text columns refuse.
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

QVariantList bindings(const ErrorLogEntry &e)
{
    return {e.instant.toMSecsSinceEpoch(),
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

QVariantList bindings(const GeneralLogEntry &e)
{
    return {e.instant.toMSecsSinceEpoch(),
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

    PreparedInsert insertError{insertErrorSql};
    PreparedInsert insertGeneral{insertGeneralSql};
};

Result<std::unique_ptr<LogWriter>> LogWriter::open(const QString &databasePath,
                                                   const LogWriterOptions &options)
{
    auto d = std::make_unique<Private>();
    d->path = databasePath;
    d->options = options;
    d->options.batchSize = std::max(1, options.batchSize);
    d->options.flushIntervalMs = std::max(1, options.flushIntervalMs);
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
        wake = d->errors.size() == size_t(d->options.batchSize);
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
        wake = d->general.size() == size_t(d->options.batchSize);
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
            errorBatch.clear();
            generalBatch.clear();
            lastAttemptFailed = false;
            goOn = errors.size() >= batchSize || general.size() >= batchSize;
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
        for (const ErrorLogEntry &entry : errorBatch) {
            if (Result<void> done = insertError.run(db, bindings(entry)); !done)
                return done;
        }
        for (const GeneralLogEntry &entry : generalBatch) {
            if (Result<void> done = insertGeneral.run(db, bindings(entry)); !done)
                return done;
        }
        return {};
    });
    if (!written) {
        insertError.reset();
        insertGeneral.reset();
    }
    return written;
}

} // namespace osc
