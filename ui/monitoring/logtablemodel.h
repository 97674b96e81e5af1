#pragma once

#include "logreader.h"
#include "logs/logrecord.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <memory>
#include <optional>

namespace osc {

// One log (Error Log or General log) as a table, for millions of entries: row i is
// the i-th newest entry matching the filter (or the i-th oldest, sorted ascending).
//
// Nothing is loaded whole. A LogReader in the model's own thread, with its own
// database connection, lays the filter's matches out as runs of ids (LogRun) — the
// row count and where each row is — and reads rows in chunks of LogReader::chunkRows
// by keyset (beforeId), only those a view asks for; at most maxCachedChunks chunks
// stay in memory. A row not read yet shows a placeholder ("Loading…", LoadedRole
// false) and is announced with dataChanged when its chunk arrives. While a filter is
// still being laid out (text filters read their matching ids in slices), rows are
// added at the oldest end as the slices arrive and isCounting() is true.
//
// Live: every pollInterval the reader looks for entries above the newest one laid
// out; they are inserted at the newest end (beginInsertRows), so a view's selection,
// held by persistent indexes, stays on the same entries. Entries that retention
// purged from under the layout make the model lay the filter out again (a reset).
//
// Sorting: by Instant or Id, newest or oldest first (sort()); other columns are not
// sortable (a view of millions sorts only along an index; the id order is the
// instant order the log was written in).
//
// The GUI thread never touches the database. The destructor stops the reader's
// thread and waits for the slice or chunk it is reading.
//
// A view of millions of rows should show it through a LogWindowModel (LogPage does):
// the model keeps no per-row data, but a QTableView's vertical header keeps an item
// per row of the model it shows.
class LogTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column { Id, Instant, Module, Operation, Step, User, Message };
    Q_ENUM(Column)

    enum Role {
        IdRole = Qt::UserRole, // qint64, 0 while the row is not loaded
        RecordRole, // LogRecord
        LoadedRole, // bool
    };
    Q_ENUM(Role)

    static constexpr int maxCachedChunks = 32;
    static constexpr int maxChunksInFlight = 3;
    static constexpr int defaultPollIntervalMs = 1000;

    LogTableModel(LogKind kind, const QString &dataDir, QObject *parent = nullptr);
    ~LogTableModel() override;

    LogKind kind() const { return m_kind; }
    // The columns this log shows, in order (the General log has a User column and
    // calls Step "Event").
    QList<Column> columns() const { return m_columns; }
    int columnOf(Column column) const { return int(m_columns.indexOf(column)); }

    // Lays out `query` (limit, beforeId and afterId ignored). Resets the model.
    void setQuery(const LogQuery &query);
    const LogQuery &query() const { return m_query; }
    // Lays the same filter out again.
    void reload();

    // The layout: rows known so far; counting until every match is laid out.
    qint64 totalCount() const { return m_total; }
    bool isCounting() const { return !m_complete; }
    bool hasLayout() const { return m_hasLayout; }
    QString errorText() const { return m_error; }

    // 0 = no live polling (tests drive pollNow()).
    void setPollInterval(int milliseconds);
    void pollNow();

    // Row i's entry when its chunk is in memory.
    std::optional<LogRecord> recordAt(int row) const;
    qint64 idAt(int row) const;
    // Finds the row of entry `id` under the current filter: emits located(id, row),
    // row -1 when the filter does not hold it; reads its chunk first when needed.
    void locate(qint64 id);
    // Reads the newest entry matching `query` (any filter, not the model's) in the
    // reader's thread; entryFound(requestId, record) follows, record.id 0 when none.
    quint64 requestEntry(const LogQuery &query);

    Qt::SortOrder sortOrder() const
    {
        return m_ascending ? Qt::AscendingOrder : Qt::DescendingOrder;
    }
    // Chunks in memory and requests waiting, for tests and benchmarks.
    int cachedChunkCount() const { return int(m_cache.size()); }
    int runCount() const { return int(m_runs.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    // The row count grew while counting, counting ended, or a layout began.
    void layoutUpdated();
    void chunkLoaded();
    void entriesArrived(int count);
    void located(qint64 id, int row);
    void entryFound(quint64 requestId, const osc::LogRecord &record);
    void failed(const QString &message);

private:
    struct Chunk
    {
        QList<LogRow> rows;
        quint64 lastUse = 0;
    };
    struct ChunkRef
    {
        qint64 topId = 0;
        int length = 0;
        int index = 0; // of the row within the chunk
    };

    void onLayoutPart(const LogLayoutPart &part);
    void onChunkFetched(quint64 generation, qint64 topId, const QList<LogRow> &rows);
    void onArrived(const LogArrivals &arrivals);
    void onFailed(quint64 generation, const QString &message);
    void recomputeStarts();
    qint64 rankOfRow(int row) const;
    int rowOfRank(qint64 rank) const;
    ChunkRef chunkOfRank(qint64 rank) const;
    qsizetype runOfId(qint64 id) const; // -1 when no run spans it
    const LogRow *loadedRow(int row) const;
    void want(qint64 topId, int length) const;
    void sendRequests();
    void resolveLocates();
    void storeChunk(qint64 topId, QList<LogRow> rows);
    static QVariant displayData(const LogRow &row, Column column);

    LogKind m_kind;
    QList<Column> m_columns;
    QString m_databasePath;
    LogQuery m_query;
    std::shared_ptr<std::atomic<quint64>> m_generation;
    QThread m_thread;
    LogReader *m_reader = nullptr;

    QList<LogRun> m_runs; // newest first
    QList<qint64> m_starts; // rank of each run's first (newest) row
    qint64 m_total = 0;
    qint64 m_scannedUpTo = 0;
    bool m_complete = false;
    bool m_hasLayout = false;
    bool m_ascending = false;
    QString m_error;

    mutable QHash<qint64, Chunk> m_cache; // by the id of the chunk's newest row
    mutable quint64 m_useClock = 0;
    mutable QList<std::pair<qint64, int>> m_wanted; // most recently wanted first
    QHash<qint64, int> m_inFlight;
    mutable QTimer m_requestTimer;
    QTimer m_pollTimer;
    bool m_pollInFlight = false;
    QList<qint64> m_locates;
    quint64 m_lastRequest = 0;
};

} // namespace osc
