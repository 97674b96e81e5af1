#include "executionsmodel.h"

#include "common/formatting.h"
#include "executiontext.h"

#include <QSet>

#include <limits>

namespace osc {

namespace {

constexpr int columnCountValue = int(ExecutionsModel::Column::Count);

bool sameRow(const ExecutionSummary &a, const ExecutionSummary &b)
{
    return a.id == b.id && a.kind == b.kind && a.platformVersion == b.platformVersion
        && a.startedBy == b.startedBy && a.startedAt == b.startedAt && a.endedAt == b.endedAt
        && a.status == b.status && a.counts == b.counts && a.holdRequested == b.holdRequested
        && a.holderPid == b.holderPid
        && a.message == b.message
        // A running execution's duration grows with the clock.
        && a.status != ExecutionStatus::Running;
}

} // namespace

ExecutionsModel::ExecutionsModel(QObject *parent) : QAbstractTableModel(parent) { }

void ExecutionsModel::setExecutions(QList<ExecutionSummary> executions)
{
    // The rows already shown must follow the new ones in the same order.
    const qsizetype added = executions.size() - m_executions.size();
    bool prepended = added >= 0;
    for (qsizetype row = 0; prepended && row < m_executions.size(); ++row)
        prepended = executions.at(row + added).id == m_executions.at(row).id;
    if (!prepended) {
        beginResetModel();
        m_executions = std::move(executions);
        endResetModel();
        return;
    }

    if (added > 0) {
        beginInsertRows({}, 0, int(added) - 1);
        m_executions = executions.mid(0, added) + m_executions;
        endInsertRows();
    }
    // Announce each run of consecutive changed rows once, with its exact range.
    const QList<ExecutionSummary> old = std::exchange(m_executions, std::move(executions));
    int first = -1;
    for (int row = 0; row <= m_executions.size(); ++row) {
        const bool changed = row < m_executions.size() && row >= added
            && !sameRow(old.at(row), m_executions.at(row));
        if (changed && first < 0) {
            first = row;
        } else if (!changed && first >= 0) {
            emit dataChanged(index(first, 0), index(row - 1, columnCountValue - 1));
            first = -1;
        }
    }
}

int ExecutionsModel::rowOfId(qint64 id) const
{
    for (int row = 0; row < m_executions.size(); ++row) {
        if (m_executions.at(row).id == id)
            return row;
    }
    return -1;
}

int ExecutionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_executions.size());
}

int ExecutionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : columnCountValue;
}

QVariant ExecutionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ExecutionSummary &execution = m_executions.at(index.row());
    const auto column = Column(index.column());

    switch (role) {
    case Qt::DisplayRole:
        return displayData(execution, column);
    case Qt::ToolTipRole:
        switch (column) {
        case Column::Started:
            return format::dateTimeSeconds(execution.startedAt);
        case Column::Ended:
            return execution.endedAt.isValid() ? format::dateTimeSeconds(execution.endedAt)
                                               : tr("Not ended");
        case Column::Status:
            if (execution.runsInAProcess())
                return tr("Running in process %1 on %2")
                    .arg(execution.holderPid)
                    .arg(execution.holderHost);
            return execution.message.isEmpty() ? QVariant() : QVariant(execution.message);
        case Column::StartedBy:
            return execution.startedBy;
        default:
            return {};
        }
    case Qt::ForegroundRole:
        if (column == Column::Status)
            return executiontext::statusColor(execution.status);
        if (column == Column::Failed && execution.counts.failed > 0)
            return executiontext::moduleStateColor(ModuleRunState::Failed);
        return {};
    case Qt::TextAlignmentRole:
        switch (column) {
        case Column::Id:
        case Column::Duration:
        case Column::Total:
        case Column::Succeeded:
        case Column::Failed:
        case Column::Skipped:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        }
    case SortRole:
        return sortData(execution, column);
    case IdRole:
        return execution.id;
    case KindRole:
        return executionKindKey(execution.kind);
    case StatusRole:
        return int(execution.status);
    default:
        return {};
    }
}

QVariant ExecutionsModel::displayData(const ExecutionSummary &execution, Column column) const
{
    switch (column) {
    case Column::Id:
        return execution.id;
    case Column::Kind:
        return executiontext::kindName(execution.kind);
    case Column::PlatformVersion:
        return execution.platformVersion.toString();
    case Column::StartedBy:
        return execution.startedBy;
    case Column::Started:
        return format::dateTime(execution.startedAt);
    case Column::Ended:
        return execution.endedAt.isValid() ? format::dateTime(execution.endedAt)
                                           : QStringLiteral("\u2014");
    case Column::Duration:
        return format::duration(execution.durationMs());
    case Column::Status:
        if (execution.status == ExecutionStatus::Running && execution.holdRequested)
            return tr("Holding\u2026");
        return executiontext::statusName(execution.status);
    case Column::Total:
        return execution.counts.total;
    case Column::Succeeded:
        return execution.counts.succeeded;
    case Column::Failed:
        return execution.counts.failed;
    case Column::Skipped:
        return execution.counts.skipped;
    case Column::Count:
        break;
    }
    return {};
}

QVariant ExecutionsModel::sortData(const ExecutionSummary &execution, Column column) const
{
    switch (column) {
    case Column::Id:
        return execution.id;
    case Column::Kind:
        return int(execution.kind);
    case Column::PlatformVersion:
        return execution.platformVersion.major * 1000000LL
            + execution.platformVersion.minor * 1000LL + execution.platformVersion.patch;
    case Column::StartedBy:
        return execution.startedBy;
    case Column::Started:
        return execution.startedAt.toMSecsSinceEpoch();
    case Column::Ended:
        // Not ended yet sorts after every ended one.
        return execution.endedAt.isValid() ? execution.endedAt.toMSecsSinceEpoch()
                                           : std::numeric_limits<qint64>::max();
    case Column::Duration:
        return execution.durationMs();
    case Column::Status:
        return int(execution.status);
    case Column::Total:
        return execution.counts.total;
    case Column::Succeeded:
        return execution.counts.succeeded;
    case Column::Failed:
        return execution.counts.failed;
    case Column::Skipped:
        return execution.counts.skipped;
    case Column::Count:
        break;
    }
    return {};
}

QVariant ExecutionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCountValue)
        return QAbstractTableModel::headerData(section, orientation, role);
    const auto column = Column(section);
    if (role == Qt::TextAlignmentRole) {
        switch (column) {
        case Column::Id:
        case Column::Duration:
        case Column::Total:
        case Column::Succeeded:
        case Column::Failed:
        case Column::Skipped:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        }
    }
    if (role == Qt::ToolTipRole && column == Column::Id)
        return tr("Execution number");
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Column::Id:
        return tr("#");
    case Column::Kind:
        return tr("Kind");
    case Column::PlatformVersion:
        return tr("Platform");
    case Column::StartedBy:
        return tr("Started by");
    case Column::Started:
        return tr("Start");
    case Column::Ended:
        return tr("End");
    case Column::Duration:
        return tr("Duration");
    case Column::Status:
        return tr("Status");
    case Column::Total:
        return tr("Total");
    case Column::Succeeded:
        return tr("Succeeded");
    case Column::Failed:
        return tr("Failed");
    case Column::Skipped:
        return tr("Skipped");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace osc
