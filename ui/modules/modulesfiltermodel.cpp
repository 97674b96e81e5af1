#include "modulesfiltermodel.h"

#include "modulesmodel.h"

namespace osc {

ModulesFilterModel::ModulesFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(ModulesModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void ModulesFilterModel::setTextFilter(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateRowsFilter();
}

void ModulesFilterModel::setStatusFilter(std::optional<ModuleStatus> status)
{
    if (status == m_status)
        return;
    m_status = status;
    invalidateRowsFilter();
}

bool ModulesFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_status && index.data(ModulesModel::StatusRole).toInt() != int(*m_status))
        return false;
    if (m_text.isEmpty())
        return true;
    return index.data(ModulesModel::NameRole).toString().contains(m_text, Qt::CaseInsensitive)
        || index.data(ModulesModel::ApplicationRole)
               .toString()
               .contains(m_text, Qt::CaseInsensitive);
}

} // namespace osc
