#include "loggroupsmodel.h"

#include "common/formatting.h"

#include <QLocale>

namespace osc {

LogGroupsModel::LogGroupsModel(QObject *parent) : QAbstractTableModel(parent) { }

void LogGroupsModel::setGrouping(const LogGrouping &grouping)
{
    beginResetModel();
    m_grouping = grouping;
    endResetModel();
}

void LogGroupsModel::clear()
{
    setGrouping({});
}

int LogGroupsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_grouping.groups.size());
}

int LogGroupsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::ColumnCount);
}

QVariant LogGroupsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LogGroup &group = m_grouping.groups.at(index.row());
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Column::Count:
            return QLocale().toString(group.count);
        case Column::Modules:
            if (group.moduleCount == 1)
                return group.latestModule;
            return group.moduleCount >= LogGroup::maxCountedModules
                ? tr("%1+ modules").arg(QLocale().toString(group.moduleCount))
                : tr("%n module(s)", nullptr, group.moduleCount);
        case Column::FirstSeen:
            return format::dateTimeSeconds(group.firstSeen);
        case Column::LastSeen:
            return format::dateTimeSeconds(group.lastSeen);
        case Column::Signature:
            return group.signature;
        case Column::ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        return column == Column::Signature ? tr("Latest: %1").arg(group.latestMessage) : QVariant();
    case Qt::TextAlignmentRole:
        return column == Column::Count ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case SortRole:
        switch (column) {
        case Column::Count:
            return group.count;
        case Column::Modules:
            return group.moduleCount;
        case Column::FirstSeen:
            return group.firstSeen.toMSecsSinceEpoch();
        case Column::LastSeen:
            return group.lastSeen.toMSecsSinceEpoch();
        case Column::Signature:
            return group.signature;
        case Column::ColumnCount:
            break;
        }
        return {};
    case LatestIdRole:
        return group.latestId;
    default:
        return {};
    }
}

QVariant LogGroupsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Count:
        return tr("Entries");
    case Column::Modules:
        return tr("Modules");
    case Column::FirstSeen:
        return tr("First seen");
    case Column::LastSeen:
        return tr("Last seen");
    case Column::Signature:
        return tr("Message (what varies shown as # and \u2026)");
    case Column::ColumnCount:
        break;
    }
    return {};
}

} // namespace osc
