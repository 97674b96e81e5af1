#pragma once

#include <QAbstractProxyModel>
#include <QList>
#include <QPersistentModelIndex>

#include <optional>

namespace osc {

// A window of at most windowRows() consecutive rows of a flat table model (the log's
// LogTableModel): row r here is source row windowStart() + r.
//
// Why: a QTableView's vertical QHeaderView keeps one item per row of its model and
// shifts them all when rows are inserted above. On a log of 10,000,000 rows that is
// ~110 MB and a stall of ~180 ms a second while live entries arrive at the top. Shown
// through this window the view never holds more than windowRows() rows; the page
// moves the window (setWindowStart()) as the operator scrolls and shows a scrollbar of
// its own over the whole log.
//
// What the source does, seen through the window:
//  - rows inserted above the window (at or above windowStart() > 0) move windowStart()
//    down by as many: no row changes here, the rows shown stay the same entries;
//  - rows inserted inside the window, or at the top while the window starts at 0 (live
//    entries, newest first), are inserted here; when the window would grow past
//    windowRows(), as many rows are removed at its bottom first (so a view shifts at
//    most windowRows() items);
//  - rows appended after the window's last row appear when the window has room (the
//    source grows at its oldest end while it counts);
//  - dataChanged and vertical headerDataChanged are forwarded for the part inside the
//    window; resets reset the window to the top; layout changes (a sort flip) keep
//    windowStart() and move persistent indexes with their source rows, invalid when
//    their row left the window;
//  - removed or moved source rows (the log model never does either: a purge resets it)
//    reset the window to the top too.
// sort() sorts the source.
//
// setWindowStart() is a layout change: persistent indexes (a view's selection and
// current index) follow their source rows, and become invalid when those rows are
// outside the new window.
class LogWindowModel final : public QAbstractProxyModel
{
    Q_OBJECT

public:
    // Enough rows that a page scrolled by the keyboard or the wheel re-centres the
    // window rarely; few enough that the view's header stays under a megabyte.
    static constexpr int defaultWindowRows = 100000;

    explicit LogWindowModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *source) override;

    int windowRows() const { return m_windowRows; }
    // Resets the model. Tests use small windows.
    void setWindowRows(int rows);
    int windowStart() const { return m_start; }
    // Clamped to [0, source rows - windowRows()]. A layout change when it moves; no
    // move while the source is inserting rows or resetting.
    void setWindowStart(int start);
    int sourceRowCount() const;

    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &index) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    // Between the source's rowsAboutToBeInserted and rowsInserted.
    struct PendingInsert
    {
        int shift = 0; // rows inserted above the window
        int shown = 0; // rows inserted here
    };

    void connectSource();
    int clampedStart(int start, int sourceRows) const;
    int windowCount(int start, int sourceRows) const;
    void onRowsAboutToBeInserted(const QModelIndex &parent, int first, int last);
    void onRowsInserted(const QModelIndex &parent);
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                       const QList<int> &roles);
    void onHeaderDataChanged(Qt::Orientation orientation, int first, int last);
    void onLayoutAboutToBeChanged(const QList<QPersistentModelIndex> &parents,
                                  QAbstractItemModel::LayoutChangeHint hint);
    void onLayoutChanged(const QList<QPersistentModelIndex> &parents,
                         QAbstractItemModel::LayoutChangeHint hint);
    void beginWindowReset();
    void endWindowReset();

    int m_windowRows = defaultWindowRows;
    int m_start = 0;
    int m_count = 0;
    std::optional<PendingInsert> m_pendingInsert;
    bool m_resetting = false;
    // A layout change of the source: our persistent indexes and their source rows.
    QModelIndexList m_layoutProxyIndexes;
    QList<QPersistentModelIndex> m_layoutSourceIndexes;
    QList<QMetaObject::Connection> m_sourceConnections;
};

} // namespace osc
