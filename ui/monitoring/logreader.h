#pragma once

#include "logs/logrecord.h"
#include "logs/logstore.h"

#include <QList>
#include <QMetaType>
#include <QObject>

#include <atomic>
#include <memory>

namespace osc {

class Database;

// A stretch of a filter's matching entries, newest first: `length` entries from
// `topId` down to `bottomId`. A dense run holds every id in between (row k of it is
// topId - k); any other run holds at most LogReader::chunkRows entries, read as one
// chunk from topId down. Runs never overlap and come in descending id order.
struct LogRun
{
    qint64 topId = 0;
    qint64 bottomId = 0;
    qint64 length = 0;
    bool dense = false;
};

// A row as a view shows it: the entry, and its texts formatted once, in the reader's
// thread (formatting a local time costs more than everything else a paint does).
struct LogRow
{
    LogRecord record;
    QString instant;
    QString operation;
    QString message; // the first line of the message ("…" when it goes on)
};
LogRow logRowOf(const LogRecord &record);

// What the reader learned about a filter's entries: runs to add below those already
// known (oldest end), and with the first part, the newest chunk's rows.
struct LogLayoutPart
{
    quint64 generation = 0;
    QList<LogRun> runs;
    QList<LogRow> firstRows; // first part only: the rows of the newest chunk
    qint64 scannedUpTo = 0; // the log's highest id when the layout began
    bool first = false;
    bool complete = false; // the last part: every matching entry is in a run
};

// Entries that arrived since the layout (or the last poll): runs to add above the
// newest known ones. `purged`: entries the layout holds were deleted (retention), so
// it must be laid out again.
struct LogArrivals
{
    quint64 generation = 0;
    QList<LogRun> runs;
    qint64 scannedUpTo = 0;
    bool purged = false;
};

// Reads one log for a view, in a thread of its own (see LogTableModel), with its own
// long-lived database connection opened on first use in that thread. Every request
// names the filter's generation; a request or a reply of an older generation than
// the shared counter's is dropped, so the reader never works for a filter nobody
// shows any more.
//
// A layout of a filter without text whose matching ids are contiguous (no filter,
// usually a time range) costs a COUNT and two indexed MIN/MAX reads: one dense run.
// Other filters are laid out by reading their matching ids (ids only), newest first,
// in slices; each slice is its own queued step, so chunk requests made meanwhile are
// served between slices and the view fills while the layout goes on.
//
// Signals are emitted in the reader's thread; connect them queued.
class LogReader final : public QObject
{
    Q_OBJECT

public:
    static constexpr int chunkRows = 200; // rows read at once for a view
    static constexpr int firstSliceIds = 2000;
    static constexpr int sliceIds = 50000;

    LogReader(QString databasePath, std::shared_ptr<const std::atomic<quint64>> generation,
              QObject *parent = nullptr);
    ~LogReader() override;

    // Requests: call them in the reader's thread (QMetaObject::invokeMethod, queued).
    void startLayout(quint64 generation, LogKind kind, const LogQuery &query);
    void fetchChunk(quint64 generation, LogKind kind, const LogQuery &query, qint64 topId,
                    int length);
    void poll(quint64 generation, LogKind kind, const LogQuery &query, qint64 scannedUpTo,
              qint64 oldestId);
    // The newest entry matching `query` (with an id 0 when none); not tied to a
    // generation.
    void findEntry(quint64 requestId, LogKind kind, const LogQuery &query);

    // Splits ids (descending) into runs: contiguous stretches of at least chunkRows
    // become dense runs, the rest runs of at most chunkRows.
    static QList<LogRun> runsOf(const QList<qint64> &ids);

signals:
    void layoutPart(const osc::LogLayoutPart &part);
    void chunkFetched(quint64 generation, qint64 topId, const QList<osc::LogRow> &rows);
    void arrived(const osc::LogArrivals &arrivals);
    void entryFound(quint64 requestId, const osc::LogRecord &record);
    void failed(quint64 generation, const QString &message);

private:
    bool current(quint64 generation) const;
    LogStore *store();
    void continueScan();

    QString m_databasePath;
    std::shared_ptr<const std::atomic<quint64>> m_generation;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<LogStore> m_store;
    QString m_openError;

    struct Scan
    {
        quint64 generation = 0;
        LogKind kind = LogKind::Errors;
        LogQuery query;
        qint64 nextBefore = 0;
        qint64 scannedUpTo = 0;
        QList<LogRow> firstRows;
        bool first = true;
    };
    std::optional<Scan> m_scan;
};

} // namespace osc

Q_DECLARE_METATYPE(osc::LogRow)
Q_DECLARE_METATYPE(osc::LogLayoutPart)
Q_DECLARE_METATYPE(osc::LogArrivals)
