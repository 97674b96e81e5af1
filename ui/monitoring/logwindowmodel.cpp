#include "logwindowmodel.h"

#include <algorithm>
#include <utility>

namespace osc {

LogWindowModel::LogWindowModel(QObject *parent) : QAbstractProxyModel(parent) { }

void LogWindowModel::setSourceModel(QAbstractItemModel *source)
{
    beginResetModel();
    for (const QMetaObject::Connection &connection : std::as_const(m_sourceConnections))
        disconnect(connection);
    m_sourceConnections.clear();
    m_pendingInsert.reset();
    QAbstractProxyModel::setSourceModel(source);
    if (sourceModel())
        connectSource();
    m_start = 0;
    m_count = windowCount(0, sourceRowCount());
    endResetModel();
}

void LogWindowModel::connectSource()
{
    QAbstractItemModel *source = sourceModel();
    const auto reset = [this] {
        beginWindowReset();
    };
    const auto resetDone = [this] {
        endWindowReset();
    };
    m_sourceConnections = {
        connect(source, &QAbstractItemModel::rowsAboutToBeInserted, this,
                &LogWindowModel::onRowsAboutToBeInserted),
        connect(source, &QAbstractItemModel::rowsInserted, this,
                [this](const QModelIndex &parent) { onRowsInserted(parent); }),
        connect(source, &QAbstractItemModel::dataChanged, this, &LogWindowModel::onDataChanged),
        connect(source, &QAbstractItemModel::headerDataChanged, this,
                &LogWindowModel::onHeaderDataChanged),
        connect(source, &QAbstractItemModel::layoutAboutToBeChanged, this,
                &LogWindowModel::onLayoutAboutToBeChanged),
        connect(source, &QAbstractItemModel::layoutChanged, this, &LogWindowModel::onLayoutChanged),
        connect(source, &QAbstractItemModel::modelAboutToBeReset, this, reset),
        connect(source, &QAbstractItemModel::modelReset, this, resetDone),
        // The log model never removes or moves rows, nor changes its columns; a source
        // that does is still shown right, by a reset.
        connect(source, &QAbstractItemModel::rowsAboutToBeRemoved, this, reset),
        connect(source, &QAbstractItemModel::rowsRemoved, this, resetDone),
        connect(source, &QAbstractItemModel::rowsAboutToBeMoved, this, reset),
        connect(source, &QAbstractItemModel::rowsMoved, this, resetDone),
        connect(source, &QAbstractItemModel::columnsAboutToBeInserted, this, reset),
        connect(source, &QAbstractItemModel::columnsInserted, this, resetDone),
        connect(source, &QAbstractItemModel::columnsAboutToBeRemoved, this, reset),
        connect(source, &QAbstractItemModel::columnsRemoved, this, resetDone),
        connect(source, &QAbstractItemModel::columnsAboutToBeMoved, this, reset),
        connect(source, &QAbstractItemModel::columnsMoved, this, resetDone),
    };
}

int LogWindowModel::sourceRowCount() const
{
    return sourceModel() ? sourceModel()->rowCount() : 0;
}

int LogWindowModel::clampedStart(int start, int sourceRows) const
{
    return std::clamp(start, 0, std::max(0, sourceRows - m_windowRows));
}

int LogWindowModel::windowCount(int start, int sourceRows) const
{
    return std::clamp(sourceRows - start, 0, m_windowRows);
}

void LogWindowModel::setWindowRows(int rows)
{
    beginResetModel();
    m_windowRows = std::max(1, rows);
    m_start = clampedStart(m_start, sourceRowCount());
    m_count = windowCount(m_start, sourceRowCount());
    endResetModel();
}

void LogWindowModel::setWindowStart(int start)
{
    // Not in the middle of a change of the source: its rows and ours would disagree.
    // The window stays; the caller reads windowStart() again.
    if (m_pendingInsert || m_resetting)
        return;
    const int sourceRows = sourceRowCount();
    const int clamped = clampedStart(start, sourceRows);
    if (clamped == m_start)
        return;
    emit layoutAboutToBeChanged();
    const QModelIndexList before = persistentIndexList();
    QList<int> sourceRowsBefore;
    sourceRowsBefore.reserve(before.size());
    for (const QModelIndex &index : before)
        sourceRowsBefore << m_start + index.row();
    m_start = clamped;
    m_count = windowCount(m_start, sourceRows);
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i)
        after << index(sourceRowsBefore.at(i) - m_start, before.at(i).column());
    changePersistentIndexList(before, after);
    emit layoutChanged();
}

QModelIndex LogWindowModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !sourceModel())
        return {};
    Q_ASSERT(proxyIndex.model() == this);
    return sourceModel()->index(m_start + proxyIndex.row(), proxyIndex.column());
}

QModelIndex LogWindowModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.model() != sourceModel())
        return {};
    return index(sourceIndex.row() - m_start, sourceIndex.column());
}

QModelIndex LogWindowModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= m_count || column < 0 || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex LogWindowModel::parent(const QModelIndex &) const
{
    return {};
}

QModelIndex LogWindowModel::sibling(int row, int column, const QModelIndex &) const
{
    return index(row, column);
}

int LogWindowModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int LogWindowModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !sourceModel() ? 0 : sourceModel()->columnCount();
}

bool LogWindowModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && m_count > 0 && columnCount() > 0;
}

QVariant LogWindowModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!sourceModel())
        return {};
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= m_count)
            return {};
        section += m_start;
    }
    return sourceModel()->headerData(section, orientation, role);
}

void LogWindowModel::sort(int column, Qt::SortOrder order)
{
    if (sourceModel())
        sourceModel()->sort(column, order);
}

// Decided before the source changes, while our rows still map to its rows: rows that
// fall out at the bottom are removed now, the insertion begins now and ends when the
// source's does.
void LogWindowModel::onRowsAboutToBeInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    const int inserted = last - first + 1;
    PendingInsert pending;
    if (m_start > 0 && first <= m_start) {
        pending.shift = inserted;
    } else if (first < m_start + m_count || m_count < m_windowRows) {
        const int at = first - m_start;
        const int newCount = std::min(m_windowRows, m_count + inserted);
        const int shown = std::min(inserted, m_windowRows - at);
        const int keptBelow = newCount - at - shown;
        const int removed = (m_count - at) - keptBelow;
        if (removed > 0) {
            beginRemoveRows({}, m_count - removed, m_count - 1);
            m_count -= removed;
            endRemoveRows();
        }
        beginInsertRows({}, at, at + shown - 1);
        pending.shown = shown;
    }
    m_pendingInsert = pending;
}

void LogWindowModel::onRowsInserted(const QModelIndex &parent)
{
    if (parent.isValid() || !m_pendingInsert)
        return;
    const PendingInsert pending = *std::exchange(m_pendingInsert, std::nullopt);
    m_start += pending.shift;
    if (pending.shown > 0) {
        m_count += pending.shown;
        endInsertRows();
    }
}

void LogWindowModel::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                   const QList<int> &roles)
{
    if (!topLeft.isValid() || topLeft.parent().isValid())
        return;
    const int top = std::max(topLeft.row(), m_start);
    const int bottom = std::min(bottomRight.row(), m_start + m_count - 1);
    if (top > bottom)
        return;
    emit dataChanged(index(top - m_start, topLeft.column()),
                     index(bottom - m_start, bottomRight.column()), roles);
}

void LogWindowModel::onHeaderDataChanged(Qt::Orientation orientation, int first, int last)
{
    if (orientation == Qt::Horizontal) {
        emit headerDataChanged(orientation, first, last);
        return;
    }
    const int top = std::max(first, m_start);
    const int bottom = std::min(last, m_start + m_count - 1);
    if (top <= bottom)
        emit headerDataChanged(orientation, top - m_start, bottom - m_start);
}

void LogWindowModel::onLayoutAboutToBeChanged(const QList<QPersistentModelIndex> &,
                                              QAbstractItemModel::LayoutChangeHint hint)
{
    emit layoutAboutToBeChanged({}, hint);
    m_layoutProxyIndexes = persistentIndexList();
    m_layoutSourceIndexes.clear();
    m_layoutSourceIndexes.reserve(m_layoutProxyIndexes.size());
    for (const QModelIndex &index : std::as_const(m_layoutProxyIndexes))
        m_layoutSourceIndexes << QPersistentModelIndex(mapToSource(index));
}

void LogWindowModel::onLayoutChanged(const QList<QPersistentModelIndex> &,
                                     QAbstractItemModel::LayoutChangeHint hint)
{
    const int sourceRows = sourceRowCount();
    m_start = clampedStart(m_start, sourceRows);
    m_count = windowCount(m_start, sourceRows);
    QModelIndexList after;
    after.reserve(m_layoutSourceIndexes.size());
    for (const QPersistentModelIndex &source : std::as_const(m_layoutSourceIndexes))
        after << mapFromSource(source);
    changePersistentIndexList(m_layoutProxyIndexes, after);
    m_layoutProxyIndexes.clear();
    m_layoutSourceIndexes.clear();
    emit layoutChanged({}, hint);
}

void LogWindowModel::beginWindowReset()
{
    if (m_resetting)
        return;
    m_resetting = true;
    beginResetModel();
}

// A new layout of the source starts at its top: so does the window.
void LogWindowModel::endWindowReset()
{
    if (!m_resetting)
        return;
    m_pendingInsert.reset();
    m_start = 0;
    m_count = windowCount(0, sourceRowCount());
    m_resetting = false;
    endResetModel();
}

} // namespace osc
