#pragma once

#include "engine/execution.h"

#include <QAbstractTableModel>
#include <QList>

namespace osc {

// The upgrades report: every execution of an upgrade step (modules preparations and
// Deploy All runs), one ExecutionSummary a row, keyed by execution id, in the order
// given (Environment::executions(): newest first). Plain values only: the rows come
// from a worker and are handed over with setExecutions() on the GUI thread.
class ExecutionsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column {
        Id,
        Kind,
        PlatformVersion,
        StartedBy,
        Started,
        Ended,
        Duration,
        Status,
        Total,
        Succeeded,
        Failed,
        Skipped,
        Count
    };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole, // a value that orders the column (numbers, times, ranks)
        IdRole, // qint64 execution id
        KindRole, // the kind's key: "preparation", "deployment"
        StatusRole, // int(ExecutionStatus)
    };
    Q_ENUM(Role)

    explicit ExecutionsModel(QObject *parent = nullptr);

    // Replaces the rows. New executions at the top (the usual case: a step started)
    // are inserted, and changed rows announced with dataChanged, so views keep their
    // selection; any other change resets the model.
    void setExecutions(QList<ExecutionSummary> executions);
    const QList<ExecutionSummary> &executions() const { return m_executions; }
    const ExecutionSummary &executionAt(int row) const { return m_executions.at(row); }
    int rowOfId(qint64 id) const; // -1 when absent

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant displayData(const ExecutionSummary &execution, Column column) const;
    QVariant sortData(const ExecutionSummary &execution, Column column) const;

    QList<ExecutionSummary> m_executions;
};

} // namespace osc
