#pragma once

#include "health/environmenthealth.h"
#include "keyedrowsmodel.h"

namespace osc {

// One worker of an unfinished upgrade step, with the step it belongs to.
struct WorkerRow
{
    EngineStep step; // without its workers (they are rows of their own)
    EngineWorker worker;
    QDateTime readAt; // when the reading was taken: "for how long" is measured from it
};

// The engine's workers (Environment Health): one row per worker slot of each step
// that has not ended, keyed by execution and slot. Rows come from a worker thread's
// EnvironmentHealth, handed over with setSteps() on the GUI thread.
class WorkersModel final : public KeyedRowsModel<WorkerRow>
{
    Q_OBJECT

public:
    enum class Column { Step, Worker, State, Module, Since, Process, Count };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole,
        ExecutionIdRole, // qint64
        ActivityRole, // int(WorkerActivity)
        StaleRole, // bool: the step's process does not hold a live lease
    };
    Q_ENUM(Role)

    explicit WorkersModel(QObject *parent = nullptr);

    void setSteps(const QList<EngineStep> &steps, const QDateTime &readAt);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    QString keyOf(const WorkerRow &row) const override;
    bool sameRow(const WorkerRow &a, const WorkerRow &b) const override;
};

} // namespace osc
