#include "logreader.h"

#include "common/formatting.h"
#include "operations/operationkind.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QScopeGuard>

namespace osc {

namespace {

QList<LogRow> rowsOf(const QList<LogRecord> &records)
{
    QList<LogRow> rows;
    rows.reserve(records.size());
    for (const LogRecord &record : records)
        rows << logRowOf(record);
    return rows;
}

} // namespace

LogRow logRowOf(const LogRecord &record)
{
    LogRow row;
    row.record = record;
    row.instant = format::dateTimeSeconds(record.instant);
    QString name = record.operation;
    if (const std::optional<OperationKind> kind = operationFromKey(record.operation))
        name = operationName(*kind);
    if (record.operationId != 0)
        name = name.isEmpty() ? QStringLiteral("#%1").arg(record.operationId)
                              : QStringLiteral("%1 #%2").arg(name).arg(record.operationId);
    row.operation = name;
    const qsizetype end = record.message.indexOf(u'\n');
    row.message = end < 0 ? record.message : record.message.left(end) + QStringLiteral(" \u2026");
    return row;
}

LogReader::LogReader(QString databasePath, std::shared_ptr<const std::atomic<quint64>> generation,
                     QObject *parent)
    : QObject(parent), m_databasePath(std::move(databasePath)), m_generation(std::move(generation))
{ }

LogReader::~LogReader() = default;

bool LogReader::current(quint64 generation) const
{
    return generation == m_generation->load();
}

LogStore *LogReader::store()
{
    if (m_store)
        return m_store.get();
    Result<std::unique_ptr<Database>> opened
        = Database::openSqlite(m_databasePath, Database::OpenMode::OpenExisting);
    if (!opened) {
        m_openError = opened.error().fullText();
        return nullptr;
    }
    m_db = std::move(opened.value());
    m_store = std::make_unique<LogStore>(*m_db);
    return m_store.get();
}

QList<LogRun> LogReader::runsOf(const QList<qint64> &ids)
{
    const auto stretchEnd = [&](qsizetype from) {
        qsizetype end = from + 1;
        while (end < ids.size() && ids.at(end) == ids.at(end - 1) - 1)
            ++end;
        return end;
    };
    QList<LogRun> runs;
    qsizetype i = 0;
    while (i < ids.size()) {
        qsizetype end = stretchEnd(i);
        if (end - i >= chunkRows) {
            runs << LogRun{ids.at(i), ids.at(end - 1), end - i, true};
            i = end;
            continue;
        }
        // A sparse run: up to chunkRows ids, ending where a long stretch starts.
        const qsizetype start = i;
        while (i < ids.size() && i - start < chunkRows) {
            end = stretchEnd(i);
            if (end - i >= chunkRows)
                break;
            i = std::min(end, start + chunkRows);
        }
        runs << LogRun{ids.at(start), ids.at(i - 1), i - start, false};
    }
    return runs;
}

void LogReader::startLayout(quint64 generation, LogKind kind, const LogQuery &query)
{
    if (!current(generation))
        return;
    m_scan.reset();
    LogStore *logs = store();
    if (!logs)
        return emit failed(generation, m_openError);
    // One read snapshot for the newest id, the first rows, the count and the span: the
    // count can then go without an id bound, which lets SQLite count an index instead
    // of the rows.
    if (Result<QSqlQuery> begun = m_db->exec(QStringLiteral("BEGIN")); !begun)
        return emit failed(generation, begun.error().fullText());
    auto end = qScopeGuard([this] { (void)m_db->exec(QStringLiteral("COMMIT")); });
    Result<LogIdSpan> span = logs->idSpan(kind, LogQuery());
    if (!span)
        return emit failed(generation, span.error().fullText());
    const qint64 top = span->maxId;
    LogQuery bounded = query;
    bounded.afterId = 0;
    bounded.beforeId = 0;
    bounded.limit = chunkRows;
    Result<QList<LogRecord>> firstRows = logs->records(kind, bounded);
    if (!firstRows)
        return emit failed(generation, firstRows.error().fullText());

    LogLayoutPart part;
    part.generation = generation;
    part.first = true;
    part.scannedUpTo = top;
    if (firstRows->isEmpty()) {
        part.complete = true;
        return emit layoutPart(part);
    }
    if (textSearchExpression(query.text.trimmed()).isEmpty()) {
        // Contiguous matches (no filter, most time ranges): one dense run, no scan.
        Result<qint64> count = logs->count(kind, bounded);
        if (!count)
            return emit failed(generation, count.error().fullText());
        Result<LogIdSpan> span = logs->idSpan(kind, bounded);
        if (!span)
            return emit failed(generation, span.error().fullText());
        if (*count > 0 && span->maxId - span->minId + 1 == *count) {
            part.runs << LogRun{span->maxId, span->minId, *count, true};
            part.firstRows = rowsOf(*firstRows);
            part.complete = true;
            return emit layoutPart(part);
        }
    }
    end.dismiss();
    (void)m_db->exec(QStringLiteral("COMMIT"));
    Scan scan;
    scan.generation = generation;
    scan.kind = kind;
    scan.query = bounded;
    scan.nextBefore = top + 1;
    scan.scannedUpTo = part.scannedUpTo;
    scan.firstRows = rowsOf(*firstRows);
    m_scan = std::move(scan);
    continueScan();
}

void LogReader::continueScan()
{
    if (!m_scan || !current(m_scan->generation)) {
        m_scan.reset();
        return;
    }
    Scan &scan = *m_scan;
    LogQuery slice = scan.query;
    slice.beforeId = scan.nextBefore;
    slice.limit = scan.first ? firstSliceIds : sliceIds;
    Result<QList<qint64>> ids = m_store->ids(scan.kind, slice);
    if (!ids) {
        const quint64 generation = scan.generation;
        m_scan.reset();
        return emit failed(generation, ids.error().fullText());
    }
    LogLayoutPart part;
    part.generation = scan.generation;
    part.first = scan.first;
    part.scannedUpTo = scan.scannedUpTo;
    part.complete = ids->size() < slice.limit;
    const QList<qint64> &taken = *ids;
    part.runs = runsOf(taken);
    if (scan.first)
        part.firstRows = std::move(scan.firstRows);
    scan.first = false;
    if (!taken.isEmpty())
        scan.nextBefore = taken.constLast();
    emit layoutPart(part);
    if (part.complete) {
        m_scan.reset();
        return;
    }
    QMetaObject::invokeMethod(this, &LogReader::continueScan, Qt::QueuedConnection);
}

void LogReader::fetchChunk(quint64 generation, LogKind kind, const LogQuery &query, qint64 topId,
                           int length)
{
    if (!current(generation))
        return;
    LogStore *logs = store();
    if (!logs)
        return emit failed(generation, m_openError);
    LogQuery chunk = query;
    chunk.afterId = 0;
    chunk.beforeId = topId + 1;
    chunk.limit = std::clamp(length, 1, LogStore::maxLimit);
    Result<QList<LogRecord>> rows = logs->records(kind, chunk);
    if (!rows)
        return emit failed(generation, rows.error().fullText());
    emit chunkFetched(generation, topId, rowsOf(*rows));
}

void LogReader::poll(quint64 generation, LogKind kind, const LogQuery &query, qint64 scannedUpTo,
                     qint64 oldestId)
{
    if (!current(generation))
        return;
    LogStore *logs = store();
    if (!logs)
        return emit failed(generation, m_openError);
    // The newest and the oldest entry, wherever they are (rows or batches).
    Result<LogIdSpan> span = logs->idSpan(kind, LogQuery());
    if (!span)
        return emit failed(generation, span.error().fullText());
    const qint64 newest = span->maxId;
    const qint64 oldest = span->minId; // 0: the log is empty
    LogArrivals arrivals;
    arrivals.generation = generation;
    arrivals.scannedUpTo = std::max(scannedUpTo, newest);
    arrivals.purged = oldestId > 0 && (oldest == 0 || oldest > oldestId);
    if (!arrivals.purged && newest > scannedUpTo) {
        LogQuery slice = query;
        slice.afterId = scannedUpTo;
        slice.beforeId = newest + 1;
        slice.limit = LogStore::maxIdLimit;
        QList<qint64> ids;
        for (;;) {
            Result<QList<qint64>> page = logs->ids(kind, slice);
            if (!page)
                return emit failed(generation, page.error().fullText());
            ids += *page;
            if (page->size() < slice.limit)
                break;
            slice.beforeId = page->constLast();
        }
        arrivals.runs = runsOf(ids);
    }
    emit arrived(arrivals);
}

void LogReader::findEntry(quint64 requestId, LogKind kind, const LogQuery &query)
{
    LogStore *logs = store();
    if (!logs)
        return emit entryFound(requestId, LogRecord{});
    LogQuery one = query;
    one.limit = 1;
    Result<QList<LogRecord>> found = logs->records(kind, one);
    emit entryFound(requestId, found && !found->isEmpty() ? found->constFirst() : LogRecord{});
}

} // namespace osc
