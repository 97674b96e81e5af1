#pragma once

#include "logs/loggroups.h"

#include <QAbstractTableModel>
#include <QList>

namespace osc {

// The groups of a log filter (entries sharing a message signature), one LogGroup a
// row, most entries first, keyed by signature. Plain values, handed over on the GUI
// thread with setGrouping() once a grouping job ends.
class LogGroupsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column { Count, Modules, FirstSeen, LastSeen, Signature, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole, // counts and instants as numbers
        LatestIdRole, // qint64: the newest entry of the group
    };
    Q_ENUM(Role)

    explicit LogGroupsModel(QObject *parent = nullptr);

    void setGrouping(const LogGrouping &grouping);
    void clear();
    const LogGrouping &grouping() const { return m_grouping; }
    const LogGroup &groupAt(int row) const { return m_grouping.groups.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    LogGrouping m_grouping;
};

} // namespace osc
