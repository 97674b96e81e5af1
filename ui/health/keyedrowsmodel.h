#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QSet>
#include <QString>

#include <utility>

namespace osc {

// A table model of rows keyed by a stable string, kept in ascending key order, that
// follows a poll without losing the views' selection: setRows() merges the new rows
// into the old ones, removing and inserting only the rows whose key came or went and
// announcing changed rows with exact dataChanged ranges. A change of many rows at
// once (a first reading, a whole factory locked) resets the model instead.
template<typename Row> class KeyedRowsModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    const QList<Row> &rows() const { return m_rows; }
    const Row &rowAt(int row) const { return m_rows.at(row); }
    int rowOfKey(const QString &key) const
    {
        for (int row = 0; row < m_rows.size(); ++row) {
            if (keyOf(m_rows.at(row)) == key)
                return row;
        }
        return -1;
    }

protected:
    virtual QString keyOf(const Row &row) const = 0;
    virtual bool sameRow(const Row &a, const Row &b) const = 0;

    // `rows` in ascending key order, keys unique.
    void setRows(QList<Row> rows)
    {
        // The usual reading: the same keys as before, values changed.
        bool sameKeys = rows.size() == m_rows.size() && !rows.isEmpty();
        for (qsizetype row = 0; sameKeys && row < rows.size(); ++row)
            sameKeys = keyOf(rows.at(row)) == keyOf(m_rows.at(row));
        if (sameKeys) {
            QList<std::pair<int, int>> changedRuns; // first and last row of each run
            int first = -1;
            for (int row = 0; row <= rows.size(); ++row) {
                const bool changed = row < rows.size() && !sameRow(m_rows.at(row), rows.at(row));
                if (changed && first < 0) {
                    first = row;
                } else if (!changed && first >= 0) {
                    changedRuns.append({first, row - 1});
                    first = -1;
                }
            }
            m_rows = std::move(rows);
            for (const auto &[from, to] : std::as_const(changedRuns))
                emit dataChanged(index(from, 0), index(to, columnCount() - 1));
            return;
        }
        constexpr qsizetype maxRowMoves = 64;
        QSet<QString> oldKeys;
        for (const Row &row : std::as_const(m_rows))
            oldKeys.insert(keyOf(row));
        qsizetype moves = 0;
        QSet<QString> newKeys;
        for (const Row &row : std::as_const(rows)) {
            newKeys.insert(keyOf(row));
            if (!oldKeys.contains(keyOf(row)))
                ++moves;
        }
        moves += oldKeys.size() - (newKeys.size() - moves);
        if (moves > maxRowMoves || m_rows.isEmpty() || rows.isEmpty()) {
            if (m_rows.isEmpty() && rows.isEmpty())
                return;
            beginResetModel();
            m_rows = std::move(rows);
            endResetModel();
            return;
        }
        const int lastColumn = columnCount() - 1;
        int row = 0;
        qsizetype next = 0;
        int changedFrom = -1;
        const auto flushChanged = [&](int end) {
            if (changedFrom >= 0)
                emit dataChanged(index(changedFrom, 0), index(end - 1, lastColumn));
            changedFrom = -1;
        };
        while (row < m_rows.size() || next < rows.size()) {
            const bool oldLeft = row < m_rows.size();
            const bool newLeft = next < rows.size();
            if (oldLeft && (!newLeft || keyOf(m_rows.at(row)) < keyOf(rows.at(next)))) {
                flushChanged(row);
                beginRemoveRows({}, row, row);
                m_rows.removeAt(row);
                endRemoveRows();
                continue;
            }
            if (!oldLeft || keyOf(rows.at(next)) < keyOf(m_rows.at(row))) {
                flushChanged(row);
                beginInsertRows({}, row, row);
                m_rows.insert(row, rows.at(next));
                endInsertRows();
                ++row;
                ++next;
                continue;
            }
            if (!sameRow(m_rows.at(row), rows.at(next))) {
                m_rows[row] = rows.at(next);
                if (changedFrom < 0)
                    changedFrom = row;
            } else {
                flushChanged(row);
            }
            ++row;
            ++next;
        }
        flushChanged(row);
    }

private:
    QList<Row> m_rows;
};

} // namespace osc
