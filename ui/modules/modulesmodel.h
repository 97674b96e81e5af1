#pragma once

#include "environment/environment.h"

#include <QAbstractTableModel>
#include <QIcon>
#include <QList>

#include <array>

namespace osc {

// The factory's modules as a flat table, one ModuleSummary a row, keyed by module id.
// Plain values only: the rows come from a worker's Environment::modules() and are
// handed over with setModules() on the GUI thread.
class ModulesModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column {
        Name,
        Application,
        Status,
        RunningVersion,
        LatestVersion,
        LastPublished,
        Producers,
        Consumers,
        Count
    };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole, // a value that orders the column (numbers, ranks, times)
        IdRole, // qint64 module id
        NameRole, // module name
        ApplicationRole, // application name
        StatusRole, // int(ModuleStatus)
    };
    Q_ENUM(Role)

    explicit ModulesModel(QObject *parent = nullptr);

    // Replaces the rows. When the ids are the same, in the same order (a refresh after
    // a publish), only the rows that changed are announced, with dataChanged, so the
    // views keep their selection and scroll position; otherwise the model resets.
    void setModules(QList<ModuleSummary> modules);
    const QList<ModuleSummary> &modules() const { return m_modules; }
    const ModuleSummary &moduleAt(int row) const { return m_modules.at(row); }
    int rowOfId(qint64 id) const; // -1 when absent
    int rowOfName(const QString &name) const; // -1 when absent

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QVariant displayData(const ModuleSummary &module, Column column) const;
    QVariant sortData(const ModuleSummary &module, Column column) const;

    QList<ModuleSummary> m_modules;
    // One per status, indexed by its value (Broken is the last).
    std::array<QIcon, size_t(ModuleStatus::Broken) + 1> m_statusIcons;
};

} // namespace osc
