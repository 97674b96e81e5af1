#include "logtablemodel.h"

#include "environment/datafolder.h"

#include <QGuiApplication>
#include <QPalette>

#include <algorithm>
#include <limits>

namespace osc {

namespace {

constexpr int chunkRows = LogReader::chunkRows;

} // namespace

LogTableModel::LogTableModel(LogKind kind, const QString &dataDir, QObject *parent)
    : QAbstractTableModel(parent)
    , m_kind(kind)
    , m_databasePath(DataFolder(dataDir).databaseFile())
    , m_generation(std::make_shared<std::atomic<quint64>>(0))
{
    qRegisterMetaType<LogLayoutPart>();
    qRegisterMetaType<LogArrivals>();
    qRegisterMetaType<LogRecord>();
    qRegisterMetaType<LogRow>();
    qRegisterMetaType<QList<LogRow>>();
    m_columns = kind == LogKind::Errors
        ? QList<Column>{Column::Id,        Column::Instant, Column::Module,
                        Column::Operation, Column::Step,    Column::Message}
        : QList<Column>{Column::Id,   Column::Instant, Column::Step,   Column::Operation,
                        Column::User, Column::Module,  Column::Message};
    m_complete = true;
    m_reader = new LogReader(m_databasePath, m_generation);
    m_reader->moveToThread(&m_thread);
    m_thread.setObjectName(kind == LogKind::Errors ? QStringLiteral("ErrorLogReader")
                                                   : QStringLiteral("GeneralLogReader"));
    connect(&m_thread, &QThread::finished, m_reader, &QObject::deleteLater);
    connect(m_reader, &LogReader::layoutPart, this, &LogTableModel::onLayoutPart);
    connect(m_reader, &LogReader::chunkFetched, this, &LogTableModel::onChunkFetched);
    connect(m_reader, &LogReader::arrived, this, &LogTableModel::onArrived);
    connect(m_reader, &LogReader::failed, this, &LogTableModel::onFailed);
    connect(m_reader, &LogReader::entryFound, this, &LogTableModel::entryFound);
    m_thread.start();

    m_requestTimer.setSingleShot(true);
    m_requestTimer.setInterval(0);
    connect(&m_requestTimer, &QTimer::timeout, this, &LogTableModel::sendRequests);
    m_pollTimer.setInterval(defaultPollIntervalMs);
    connect(&m_pollTimer, &QTimer::timeout, this, &LogTableModel::pollNow);
}

LogTableModel::~LogTableModel()
{
    ++*m_generation; // stops a layout between two slices
    m_thread.quit();
    m_thread.wait();
}

void LogTableModel::setQuery(const LogQuery &query)
{
    m_query = query;
    m_query.beforeId = 0;
    m_query.afterId = 0;
    reload();
}

void LogTableModel::reload()
{
    const quint64 generation = ++*m_generation;
    beginResetModel();
    m_runs.clear();
    m_starts.clear();
    m_total = 0;
    m_cache.clear();
    m_wanted.clear();
    m_inFlight.clear();
    m_complete = false;
    m_hasLayout = false;
    m_pollInFlight = false;
    m_error.clear();
    endResetModel();
    emit layoutUpdated();
    const LogQuery query = m_query;
    const LogKind kind = m_kind;
    QMetaObject::invokeMethod(
        m_reader,
        [reader = m_reader, generation, kind, query] {
            reader->startLayout(generation, kind, query);
        },
        Qt::QueuedConnection);
}

void LogTableModel::setPollInterval(int milliseconds)
{
    if (milliseconds <= 0) {
        m_pollTimer.stop();
        return;
    }
    m_pollTimer.setInterval(milliseconds);
    m_pollTimer.start();
}

void LogTableModel::pollNow()
{
    if (!m_complete || !m_hasLayout || m_pollInFlight)
        return;
    m_pollInFlight = true;
    const quint64 generation = m_generation->load();
    const qint64 oldest = m_runs.isEmpty() ? 0 : m_runs.constLast().bottomId;
    QMetaObject::invokeMethod(
        m_reader,
        [reader = m_reader, generation, kind = m_kind, query = m_query, from = m_scannedUpTo,
         oldest] { reader->poll(generation, kind, query, from, oldest); },
        Qt::QueuedConnection);
}

void LogTableModel::recomputeStarts()
{
    m_starts.resize(m_runs.size());
    qint64 rank = 0;
    for (qsizetype i = 0; i < m_runs.size(); ++i) {
        m_starts[i] = rank;
        rank += m_runs.at(i).length;
    }
    m_total = rank;
}

void LogTableModel::onLayoutPart(const LogLayoutPart &part)
{
    if (part.generation != m_generation->load())
        return;
    qint64 added = 0;
    for (const LogRun &run : part.runs)
        added += run.length;
    if (part.first) {
        m_hasLayout = true;
        m_scannedUpTo = part.scannedUpTo;
    }
    if (added > 0) {
        const int first = m_ascending ? 0 : int(m_total);
        beginInsertRows({}, first, first + int(added) - 1);
        const qsizetype before = m_runs.size();
        m_runs += part.runs;
        m_starts.resize(m_runs.size());
        qint64 rank = m_total;
        for (qsizetype i = before; i < m_runs.size(); ++i) {
            m_starts[i] = rank;
            rank += m_runs.at(i).length;
        }
        m_total = rank;
        if (part.first && !part.firstRows.isEmpty()) {
            const LogRun &top = m_runs.constFirst();
            QList<LogRow> rows = part.firstRows;
            rows.resize(std::min<qsizetype>(rows.size(), std::min<qint64>(chunkRows, top.length)));
            m_cache.insert(top.topId, Chunk{std::move(rows), ++m_useClock});
        }
        endInsertRows();
    }
    m_complete = part.complete;
    resolveLocates();
    emit layoutUpdated();
    if (part.first && !part.firstRows.isEmpty())
        emit chunkLoaded();
}

qint64 LogTableModel::rankOfRow(int row) const
{
    return m_ascending ? m_total - 1 - row : row;
}

int LogTableModel::rowOfRank(qint64 rank) const
{
    return int(m_ascending ? m_total - 1 - rank : rank);
}

LogTableModel::ChunkRef LogTableModel::chunkOfRank(qint64 rank) const
{
    const auto it = std::upper_bound(m_starts.cbegin(), m_starts.cend(), rank);
    const qsizetype runIndex = (it - m_starts.cbegin()) - 1;
    const LogRun &run = m_runs.at(runIndex);
    const qint64 offset = rank - m_starts.at(runIndex);
    if (!run.dense)
        return ChunkRef{run.topId, int(run.length), int(offset)};
    const qint64 chunk = offset / chunkRows;
    return ChunkRef{run.topId - chunk * chunkRows,
                    int(std::min<qint64>(chunkRows, run.length - chunk * chunkRows)),
                    int(offset % chunkRows)};
}

qsizetype LogTableModel::runOfId(qint64 id) const
{
    // Runs are in descending id order: the first whose bottom is at or below id.
    const auto it = std::partition_point(m_runs.cbegin(), m_runs.cend(),
                                         [id](const LogRun &run) { return run.bottomId > id; });
    if (it == m_runs.cend() || it->topId < id)
        return -1;
    return it - m_runs.cbegin();
}

const LogRow *LogTableModel::loadedRow(int row) const
{
    if (row < 0 || row >= m_total)
        return nullptr;
    const ChunkRef ref = chunkOfRank(rankOfRow(row));
    const auto it = m_cache.find(ref.topId);
    if (it == m_cache.end()) {
        want(ref.topId, ref.length);
        return nullptr;
    }
    it->lastUse = ++m_useClock;
    if (ref.index >= it->rows.size())
        return nullptr; // fewer rows than laid out: purged meanwhile
    return &it->rows.at(ref.index);
}

void LogTableModel::want(qint64 topId, int length) const
{
    if (m_inFlight.contains(topId))
        return;
    m_wanted.removeIf([topId](const auto &wanted) { return wanted.first == topId; });
    m_wanted.prepend({topId, length});
    // Only the latest wants matter: a view scrolled past a chunk no longer shows it.
    if (m_wanted.size() > 2 * maxChunksInFlight + 4)
        m_wanted.resize(2 * maxChunksInFlight + 4);
    if (!m_requestTimer.isActive())
        m_requestTimer.start();
}

void LogTableModel::sendRequests()
{
    const quint64 generation = m_generation->load();
    while (!m_wanted.isEmpty() && m_inFlight.size() < maxChunksInFlight) {
        const auto [topId, length] = m_wanted.takeFirst();
        if (m_cache.contains(topId) || m_inFlight.contains(topId))
            continue;
        m_inFlight.insert(topId, length);
        QMetaObject::invokeMethod(
            m_reader,
            [reader = m_reader, generation, kind = m_kind, query = m_query, topId, length] {
                reader->fetchChunk(generation, kind, query, topId, length);
            },
            Qt::QueuedConnection);
    }
}

void LogTableModel::storeChunk(qint64 topId, QList<LogRow> rows)
{
    if (m_cache.size() >= maxCachedChunks) {
        auto oldest = m_cache.begin();
        for (auto it = m_cache.begin(); it != m_cache.end(); ++it) {
            if (it->lastUse < oldest->lastUse)
                oldest = it;
        }
        m_cache.erase(oldest);
    }
    m_cache.insert(topId, Chunk{std::move(rows), ++m_useClock});
}

void LogTableModel::onChunkFetched(quint64 generation, qint64 topId, const QList<LogRow> &rows)
{
    if (generation != m_generation->load())
        return;
    const int expected = m_inFlight.take(topId);
    storeChunk(topId, rows);
    const qsizetype runIndex = runOfId(topId);
    if (runIndex >= 0 && !rows.isEmpty()) {
        const LogRun &run = m_runs.at(runIndex);
        const qint64 firstRank = m_starts.at(runIndex) + (run.dense ? run.topId - topId : 0);
        const qint64 lastRank = firstRank + std::max<qint64>(expected, rows.size()) - 1;
        const int a = rowOfRank(firstRank);
        const int b = rowOfRank(std::min(lastRank, m_total - 1));
        emit dataChanged(index(std::min(a, b), 0), index(std::max(a, b), columnCount() - 1));
    }
    resolveLocates();
    emit chunkLoaded();
    // Fewer rows than laid out: entries were purged under the layout.
    if (rows.size() < expected && m_complete)
        pollNow();
    sendRequests();
}

void LogTableModel::onArrived(const LogArrivals &arrivals)
{
    if (arrivals.generation != m_generation->load())
        return;
    m_pollInFlight = false;
    if (arrivals.purged) {
        reload();
        return;
    }
    m_scannedUpTo = arrivals.scannedUpTo;
    qint64 added = 0;
    for (const LogRun &run : arrivals.runs)
        added += run.length;
    if (added == 0)
        return;
    const int first = m_ascending ? int(m_total) : 0;
    beginInsertRows({}, first, first + int(added) - 1);
    m_runs = arrivals.runs + m_runs;
    recomputeStarts();
    endInsertRows();
    emit layoutUpdated();
    emit entriesArrived(int(added));
}

void LogTableModel::onFailed(quint64 generation, const QString &message)
{
    if (generation != m_generation->load())
        return;
    m_error = message;
    m_complete = true;
    m_pollInFlight = false;
    m_inFlight.clear();
    emit layoutUpdated();
    emit failed(message);
}

std::optional<LogRecord> LogTableModel::recordAt(int row) const
{
    if (const LogRow *loaded = loadedRow(row))
        return loaded->record;
    return std::nullopt;
}

qint64 LogTableModel::idAt(int row) const
{
    if (row < 0 || row >= m_total)
        return 0;
    const qint64 rank = rankOfRow(row);
    const auto it = std::upper_bound(m_starts.cbegin(), m_starts.cend(), rank);
    const qsizetype runIndex = (it - m_starts.cbegin()) - 1;
    const LogRun &run = m_runs.at(runIndex);
    if (run.dense)
        return run.topId - (rank - m_starts.at(runIndex));
    const LogRow *loaded = loadedRow(row);
    return loaded ? loaded->record.id : 0;
}

void LogTableModel::locate(qint64 id)
{
    m_locates << id;
    resolveLocates();
}

quint64 LogTableModel::requestEntry(const LogQuery &query)
{
    const quint64 requestId = ++m_lastRequest;
    QMetaObject::invokeMethod(
        m_reader,
        [reader = m_reader, requestId, kind = m_kind, query] {
            reader->findEntry(requestId, kind, query);
        },
        Qt::QueuedConnection);
    return requestId;
}

void LogTableModel::resolveLocates()
{
    QList<qint64> waiting;
    QList<std::pair<qint64, int>> found;
    for (qint64 id : std::as_const(m_locates)) {
        const qsizetype runIndex = runOfId(id);
        if (runIndex < 0) {
            // Still counting: the entry may be in a slice not read yet.
            const bool mayCome
                = !m_complete && (m_runs.isEmpty() || id < m_runs.constLast().bottomId);
            if (mayCome)
                waiting << id;
            else
                found << std::pair{id, -1};
            continue;
        }
        const LogRun &run = m_runs.at(runIndex);
        if (run.dense) {
            found << std::pair{id, rowOfRank(m_starts.at(runIndex) + run.topId - id)};
            continue;
        }
        const auto chunk = m_cache.constFind(run.topId);
        if (chunk == m_cache.cend()) {
            want(run.topId, int(run.length));
            waiting << id;
            continue;
        }
        const auto at = std::find_if(chunk->rows.cbegin(), chunk->rows.cend(),
                                     [id](const LogRow &r) { return r.record.id == id; });
        found << std::pair{id,
                           at == chunk->rows.cend()
                               ? -1
                               : rowOfRank(m_starts.at(runIndex) + (at - chunk->rows.cbegin()))};
    }
    m_locates = waiting;
    for (const auto &[id, row] : found)
        emit located(id, row);
}

int LogTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(std::min<qint64>(m_total, std::numeric_limits<int>::max()));
}

int LogTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

Qt::ItemFlags LogTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant LogTableModel::displayData(const LogRow &row, Column column)
{
    switch (column) {
    case Column::Id:
        return row.record.id;
    case Column::Instant:
        return row.instant;
    case Column::Module:
        return row.record.module;
    case Column::Operation:
        return row.operation;
    case Column::Step:
        return row.record.step;
    case Column::User:
        return row.record.user;
    case Column::Message:
        return row.message;
    }
    return {};
}

QVariant LogTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Column column = m_columns.at(index.column());
    const LogRow *row = loadedRow(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (!row)
            return column == Column::Message ? tr("Loading\u2026") : QVariant(QString());
        return displayData(*row, column);
    case Qt::ToolTipRole:
        if (!row)
            return {};
        // The whole text of what a narrow column cuts.
        if (column == Column::Message)
            return row->record.message;
        if (column == Column::Module || column == Column::Operation || column == Column::User)
            return displayData(*row, column);
        return {};
    case Qt::ForegroundRole:
        if (!row)
            return QGuiApplication::palette().brush(QPalette::PlaceholderText);
        return {};
    case Qt::TextAlignmentRole:
        if (column == Column::Id)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IdRole:
        return row ? row->record.id : qint64(0);
    case RecordRole:
        return row ? QVariant::fromValue(row->record) : QVariant();
    case LoadedRole:
        return row != nullptr;
    default:
        return {};
    }
}

QVariant LogTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (m_columns.at(section)) {
    case Column::Id:
        return tr("Id");
    case Column::Instant:
        return tr("Instant");
    case Column::Module:
        return tr("Module");
    case Column::Operation:
        return tr("Operation");
    case Column::Step:
        return m_kind == LogKind::Errors ? tr("Step") : tr("Event");
    case Column::User:
        return tr("User");
    case Column::Message:
        return tr("Message");
    }
    return {};
}

void LogTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= m_columns.size())
        return;
    const Column sorted = m_columns.at(column);
    if (sorted != Column::Id && sorted != Column::Instant)
        return;
    const bool ascending = order == Qt::AscendingOrder;
    if (ascending == m_ascending)
        return;
    // Chunks are keyed by id, so the rows in memory stay; only the mapping flips.
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    m_ascending = ascending;
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex &index : before)
        after << this->index(int(m_total - 1 - index.row()), index.column());
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace osc
