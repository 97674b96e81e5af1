#include "workersmodel.h"

#include "common/formatting.h"
#include "common/tones.h"
#include "healthtext.h"

#include <QBrush>
#include <QColor>
#include <QIcon>

namespace osc {

WorkersModel::WorkersModel(QObject *parent) : KeyedRowsModel<WorkerRow>(parent) { }

void WorkersModel::setSteps(const QList<EngineStep> &steps, const QDateTime &readAt)
{
    QList<WorkerRow> rows;
    for (const EngineStep &step : steps) {
        EngineStep bare = step;
        bare.workers.clear();
        for (const EngineWorker &worker : step.workers)
            rows << WorkerRow{bare, worker, readAt};
    }
    std::sort(rows.begin(), rows.end(),
              [this](const WorkerRow &a, const WorkerRow &b) { return keyOf(a) < keyOf(b); });
    setRows(std::move(rows));
}

QString WorkersModel::keyOf(const WorkerRow &row) const
{
    return QStringLiteral("%1:%2")
        .arg(row.step.execution.id, 12, 10, QLatin1Char('0'))
        .arg(row.worker.slot, 4, 10, QLatin1Char('0'));
}

bool WorkersModel::sameRow(const WorkerRow &a, const WorkerRow &b) const
{
    // A busy worker's "for how long" grows with every reading.
    return a.worker == b.worker && a.worker.activity != WorkerActivity::Busy
        && a.step.execution.status == b.step.execution.status
        && a.step.processRunning == b.step.processRunning && a.step.holderPid == b.step.holderPid
        && a.step.lease.state == b.step.lease.state;
}

int WorkersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant WorkersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const WorkerRow &row = rowAt(index.row());
    const Column column = Column(index.column());
    const bool stale = !row.step.processRunning || row.step.lease.isStale();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Column::Step:
            return healthtext::stepName(row.step);
        case Column::Worker:
            return tr("Worker %1").arg(row.worker.slot);
        case Column::State:
            return healthtext::activityName(row.worker.activity);
        case Column::Module:
            return row.worker.module.isEmpty() ? QStringLiteral("\u2014") : row.worker.module;
        case Column::Since:
            if (!row.worker.since.isValid())
                return QStringLiteral("\u2014");
            return tr("%1 (%2)").arg(
                format::dateTimeSeconds(row.worker.since),
                format::duration(std::max<qint64>(0, row.worker.since.msecsTo(row.readAt))));
        case Column::Process:
            if (row.step.execution.status == ExecutionStatus::OnHold)
                return tr("none (on hold)");
            return healthtext::process(row.step.holderPid, row.step.holderHost)
                + (stale ? tr(" \u2014 not responding") : QString());
        case Column::Count:
            break;
        }
        break;
    case Qt::ToolTipRole:
        if (column == Column::Step || column == Column::Process)
            return healthtext::stepSummary(row.step);
        break;
    case Qt::ForegroundRole:
        if (row.worker.activity == WorkerActivity::Idle
            || row.worker.activity == WorkerActivity::OnHold)
            return QBrush(neutralTone);
        if (row.worker.activity == WorkerActivity::Stopped && column == Column::State)
            return QBrush(errorTone);
        break;
    case SortRole:
        switch (column) {
        case Column::Step:
            return row.step.execution.id;
        case Column::Worker:
            return row.worker.slot;
        case Column::State:
            return int(row.worker.activity);
        case Column::Module:
            return row.worker.module;
        case Column::Since:
            return row.worker.since.isValid() ? row.worker.since.toMSecsSinceEpoch() : qint64(0);
        case Column::Process:
            return row.step.holderPid;
        case Column::Count:
            break;
        }
        break;
    case ExecutionIdRole:
        return row.step.execution.id;
    case ActivityRole:
        return int(row.worker.activity);
    case StaleRole:
        return stale;
    default:
        break;
    }
    return {};
}

QVariant WorkersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Step:
        return tr("Step");
    case Column::Worker:
        return tr("Worker");
    case Column::State:
        return tr("State");
    case Column::Module:
        return tr("Module");
    case Column::Since:
        return tr("Since");
    case Column::Process:
        return tr("Process");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace osc
