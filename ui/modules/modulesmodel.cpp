#include "modulesmodel.h"

#include "common/formatting.h"
#include "common/statusstyle.h"

#include <limits>

namespace osc {

static constexpr int columnCountValue = int(ModulesModel::Column::Count);

static bool sameRow(const ModuleSummary &a, const ModuleSummary &b)
{
    return a.id == b.id && a.name == b.name && a.application == b.application
        && a.latestVersion == b.latestVersion && a.runningVersion == b.runningVersion
        && a.status == b.status && a.lastPublishedAt == b.lastPublishedAt
        && a.producerCount == b.producerCount && a.consumerCount == b.consumerCount;
}

ModulesModel::ModulesModel(QObject *parent) : QAbstractTableModel(parent)
{
    for (const ModuleStatus status : moduleStatusesByAttention)
        m_statusIcons[size_t(status)] = statusIcon(status);
}

void ModulesModel::setModules(QList<ModuleSummary> modules)
{
    bool sameIds = modules.size() == m_modules.size();
    for (qsizetype row = 0; sameIds && row < modules.size(); ++row)
        sameIds = modules.at(row).id == m_modules.at(row).id;

    if (!sameIds) {
        beginResetModel();
        m_modules = std::move(modules);
        endResetModel();
        return;
    }

    // Announce each run of consecutive changed rows once, with its exact range.
    const QList<ModuleSummary> old = std::exchange(m_modules, std::move(modules));
    int first = -1;
    for (int row = 0; row <= m_modules.size(); ++row) {
        const bool changed = row < m_modules.size() && !sameRow(old.at(row), m_modules.at(row));
        if (changed && first < 0) {
            first = row;
        } else if (!changed && first >= 0) {
            emit dataChanged(index(first, 0), index(row - 1, columnCountValue - 1));
            first = -1;
        }
    }
}

int ModulesModel::rowOfId(qint64 id) const
{
    for (int row = 0; row < m_modules.size(); ++row) {
        if (m_modules.at(row).id == id)
            return row;
    }
    return -1;
}

int ModulesModel::rowOfName(const QString &name) const
{
    for (int row = 0; row < m_modules.size(); ++row) {
        if (m_modules.at(row).name == name)
            return row;
    }
    return -1;
}

int ModulesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_modules.size());
}

int ModulesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : columnCountValue;
}

QVariant ModulesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ModuleSummary &module = m_modules.at(index.row());
    const auto column = Column(index.column());

    switch (role) {
    case Qt::DisplayRole:
        return displayData(module, column);
    case Qt::ToolTipRole:
        if (column == Column::RunningVersion && module.runningVersion == 0)
            return tr("Not deployed");
        if (column == Column::LastPublished)
            return module.lastPublishedAt.isValid()
                ? format::dateTimeSeconds(module.lastPublishedAt)
                : tr("Never published");
        if (column == Column::Name || column == Column::Application)
            return displayData(module, column);
        return {};
    case Qt::DecorationRole:
        if (column == Column::Status)
            return m_statusIcons[size_t(module.status)];
        return {};
    case Qt::TextAlignmentRole:
        switch (column) {
        case Column::RunningVersion:
        case Column::LatestVersion:
        case Column::Producers:
        case Column::Consumers:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        }
    case SortRole:
        return sortData(module, column);
    case IdRole:
        return module.id;
    case NameRole:
        return module.name;
    case ApplicationRole:
        return module.application;
    case StatusRole:
        return int(module.status);
    default:
        return {};
    }
}

QVariant ModulesModel::displayData(const ModuleSummary &module, Column column) const
{
    switch (column) {
    case Column::Name:
        return module.name;
    case Column::Application:
        return module.application;
    case Column::Status:
        return statusDisplayName(module.status);
    case Column::RunningVersion:
        return format::versionNumber(module.runningVersion);
    case Column::LatestVersion:
        return format::versionNumber(module.latestVersion);
    case Column::LastPublished:
        return module.lastPublishedAt.isValid() ? format::dateTime(module.lastPublishedAt)
                                                : tr("Never");
    case Column::Producers:
        return module.producerCount;
    case Column::Consumers:
        return module.consumerCount;
    case Column::Count:
        break;
    }
    return {};
}

QVariant ModulesModel::sortData(const ModuleSummary &module, Column column) const
{
    switch (column) {
    case Column::Name:
        return module.name;
    case Column::Application:
        return module.application;
    case Column::Status:
        return statusRank(module.status);
    case Column::RunningVersion:
        return module.runningVersion;
    case Column::LatestVersion:
        return module.latestVersion;
    case Column::LastPublished:
        // Never published sorts before the oldest publication.
        return module.lastPublishedAt.isValid() ? module.lastPublishedAt.toMSecsSinceEpoch()
                                                : std::numeric_limits<qint64>::min();
    case Column::Producers:
        return module.producerCount;
    case Column::Consumers:
        return module.consumerCount;
    case Column::Count:
        break;
    }
    return {};
}

QVariant ModulesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCountValue)
        return QAbstractTableModel::headerData(section, orientation, role);
    const auto column = Column(section);
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Column::Name:
            return tr("Module");
        case Column::Application:
            return tr("Application");
        case Column::Status:
            return tr("Status");
        case Column::RunningVersion:
            return tr("Running");
        case Column::LatestVersion:
            return tr("Latest");
        case Column::LastPublished:
            return tr("Last published");
        case Column::Producers:
            return tr("Producers");
        case Column::Consumers:
            return tr("Consumers");
        case Column::Count:
            break;
        }
    } else if (role == Qt::ToolTipRole) {
        switch (column) {
        case Column::RunningVersion:
            return tr("The version deployed and running");
        case Column::LatestVersion:
            return tr("The highest uploaded version");
        case Column::Producers:
            return tr("Modules this module references");
        case Column::Consumers:
            return tr("Modules that reference this module");
        default:
            break;
        }
    } else if (role == Qt::TextAlignmentRole) {
        switch (column) {
        case Column::RunningVersion:
        case Column::LatestVersion:
        case Column::Producers:
        case Column::Consumers:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        }
    }
    return {};
}

QHash<int, QByteArray> ModulesModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SortRole, "sort");
    names.insert(IdRole, "moduleId");
    names.insert(NameRole, "name");
    names.insert(ApplicationRole, "application");
    names.insert(StatusRole, "status");
    return names;
}

} // namespace osc
