#pragma once

#include "domain/modulestatus.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace osc {

// Filters a ModulesModel by text (a case-insensitive substring of the module's name
// or application) and by status, and sorts by ModulesModel::SortRole.
class ModulesFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ModulesFilterModel(QObject *parent = nullptr);

    QString textFilter() const { return m_text; }
    void setTextFilter(const QString &text);
    std::optional<ModuleStatus> statusFilter() const { return m_status; }
    void setStatusFilter(std::optional<ModuleStatus> status);
    bool isFiltering() const { return !m_text.isEmpty() || m_status.has_value(); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    std::optional<ModuleStatus> m_status;
};

} // namespace osc
