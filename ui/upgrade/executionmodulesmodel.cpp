#include "executionmodulesmodel.h"

#include "common/formatting.h"
#include "executiontext.h"

namespace osc {

namespace {

constexpr int columnCountValue = int(ExecutionModulesModel::Column::Count);

bool sameRow(const ExecutionModuleResult &a, const ExecutionModuleResult &b)
{
    return a.module == b.module && a.version == b.version && a.state == b.state
        && a.reason == b.reason && a.blockedBy == b.blockedBy && a.worker == b.worker
        && a.durationMs == b.durationMs && a.errorId == b.errorId;
}

bool isNumeric(ExecutionModulesModel::Column column)
{
    using Column = ExecutionModulesModel::Column;
    return column == Column::Version || column == Column::Duration || column == Column::ErrorId;
}

} // namespace

ExecutionModulesModel::ExecutionModulesModel(QObject *parent) : QAbstractTableModel(parent) { }

void ExecutionModulesModel::setModules(ExecutionKind kind, QList<ExecutionModuleResult> modules)
{
    bool sameNames = kind == m_kind && modules.size() == m_modules.size();
    for (qsizetype row = 0; sameNames && row < modules.size(); ++row)
        sameNames = modules.at(row).module == m_modules.at(row).module;
    if (!sameNames) {
        beginResetModel();
        m_kind = kind;
        m_modules = std::move(modules);
        endResetModel();
        return;
    }
    const QList<ExecutionModuleResult> old = std::exchange(m_modules, std::move(modules));
    int first = -1;
    int last = -1;
    for (int row = 0; row < m_modules.size(); ++row) {
        if (!sameRow(old.at(row), m_modules.at(row))) {
            first = first < 0 ? row : first;
            last = row;
        }
    }
    // One announcement for every change: a sorting proxy re-sorts once (one layout
    // change), where one a run of changed rows made it re-sort hundreds of times.
    if (first >= 0)
        emit dataChanged(index(first, 0), index(last, columnCountValue - 1));
}

int ExecutionModulesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_modules.size());
}

int ExecutionModulesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : columnCountValue;
}

QVariant ExecutionModulesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ExecutionModuleResult &module = m_modules.at(index.row());
    const auto column = Column(index.column());

    switch (role) {
    case Qt::DisplayRole:
        return displayData(module, column);
    case Qt::ToolTipRole:
        switch (column) {
        case Column::Module:
        case Column::Reason:
        case Column::BlockedBy:
            return displayData(module, column);
        case Column::Duration:
            return module.startedAt.isValid() ? tr("%1 to %2")
                                                    .arg(format::dateTimeSeconds(module.startedAt),
                                                         format::dateTimeSeconds(module.endedAt))
                                              : QString();
        case Column::ErrorId:
            return module.errorId > 0 ? tr("Error Log entry %1").arg(module.errorId) : QString();
        default:
            return {};
        }
    case Qt::ForegroundRole:
        if (column == Column::State)
            return executiontext::moduleStateColor(module.state);
        return {};
    case Qt::TextAlignmentRole:
        return isNumeric(column) ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter)
                                 : QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case NameRole:
        return module.module;
    case StateRole:
        return int(module.state);
    default:
        return {};
    }
}

QVariant ExecutionModulesModel::displayData(const ExecutionModuleResult &module,
                                            Column column) const
{
    switch (column) {
    case Column::Module:
        return module.module;
    case Column::Version:
        return format::versionNumber(module.version);
    case Column::State:
        return executiontext::moduleStateName(m_kind, module.state);
    case Column::Reason:
        return module.reason;
    case Column::BlockedBy:
        return module.blockedBy;
    case Column::Duration:
        return module.startedAt.isValid() || module.durationMs > 0
            ? format::duration(module.durationMs)
            : QString();
    case Column::Worker:
        return module.worker;
    case Column::ErrorId:
        return module.errorId > 0 ? QString::number(module.errorId) : QString();
    case Column::Count:
        break;
    }
    return {};
}

bool ExecutionModulesModel::rowLessThan(int left, int right, Column column) const
{
    const ExecutionModuleResult &a = m_modules.at(left);
    const ExecutionModuleResult &b = m_modules.at(right);
    const auto text = [](const QString &x, const QString &y) {
        return x.compare(y, Qt::CaseInsensitive) < 0;
    };
    switch (column) {
    case Column::Module:
        return text(a.module, b.module);
    case Column::Version:
        return a.version < b.version;
    case Column::State:
        return executiontext::moduleStateRank(a.state) < executiontext::moduleStateRank(b.state);
    case Column::Reason:
        return text(a.reason, b.reason);
    case Column::BlockedBy:
        return text(a.blockedBy, b.blockedBy);
    case Column::Duration:
        return a.durationMs < b.durationMs;
    case Column::Worker:
        return text(a.worker, b.worker);
    case Column::ErrorId:
        return a.errorId < b.errorId;
    case Column::Count:
        break;
    }
    return false;
}

QVariant ExecutionModulesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCountValue)
        return QAbstractTableModel::headerData(section, orientation, role);
    const auto column = Column(section);
    if (role == Qt::TextAlignmentRole)
        return isNumeric(column) ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter)
                                 : QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Column::Module:
        return tr("Module");
    case Column::Version:
        return tr("Version");
    case Column::State:
        return tr("State");
    case Column::Reason:
        return tr("Reason");
    case Column::BlockedBy:
        return tr("Blocked by");
    case Column::Duration:
        return tr("Duration");
    case Column::Worker:
        return tr("Worker");
    case Column::ErrorId:
        return tr("Error Log");
    case Column::Count:
        break;
    }
    return {};
}

ExecutionModulesFilterModel::ExecutionModulesFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{ }

void ExecutionModulesFilterModel::setStateFilter(std::optional<ModuleRunState> state)
{
    if (state == m_state)
        return;
    m_state = state;
    invalidateRowsFilter();
}

bool ExecutionModulesFilterModel::filterAcceptsRow(int sourceRow,
                                                   const QModelIndex &sourceParent) const
{
    Q_UNUSED(sourceParent);
    if (!m_state)
        return true;
    const auto *model = static_cast<const ExecutionModulesModel *>(sourceModel());
    return model->modules().at(sourceRow).state == *m_state;
}

bool ExecutionModulesFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const auto *model = static_cast<const ExecutionModulesModel *>(sourceModel());
    return model->rowLessThan(left.row(), right.row(),
                              ExecutionModulesModel::Column(left.column()));
}

} // namespace osc
