#pragma once

#include "engine/execution.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSortFilterProxyModel>

#include <optional>

namespace osc {

// The modules of one execution (ExecutionDetail::modules), one a row, keyed by module
// name. setModules() replaces them; when the names are the same (a running execution
// read again) only the span of rows that changed is announced, in one dataChanged().
class ExecutionModulesModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column {
        Module,
        Version,
        State,
        Reason,
        BlockedBy,
        Duration,
        Worker,
        ErrorId,
        Count
    };
    Q_ENUM(Column)

    enum Role {
        NameRole = Qt::UserRole, // module name
        StateRole, // int(ModuleRunState)
    };
    Q_ENUM(Role)

    explicit ExecutionModulesModel(QObject *parent = nullptr);

    // `kind` names the states ("Deployed" or "Prepared").
    void setModules(ExecutionKind kind, QList<ExecutionModuleResult> modules);
    const QList<ExecutionModuleResult> &modules() const { return m_modules; }

    // Whether row `left` orders before row `right` by `column` (by value; the state:
    // failed first), without building a QVariant: the filter model sorts tens of thousands of rows,
    // and re-checks the order of every changed row on each reload.
    bool rowLessThan(int left, int right, Column column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant displayData(const ExecutionModuleResult &module, Column column) const;

    ExecutionKind m_kind = ExecutionKind::Preparation;
    QList<ExecutionModuleResult> m_modules;
};

// Filters an ExecutionModulesModel by state, and sorts through its rowLessThan().
class ExecutionModulesFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ExecutionModulesFilterModel(QObject *parent = nullptr);

    std::optional<ModuleRunState> stateFilter() const { return m_state; }
    void setStateFilter(std::optional<ModuleRunState> state);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    std::optional<ModuleRunState> m_state;
};

} // namespace osc
