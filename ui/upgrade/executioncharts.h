#pragma once

#include "engine/execution.h"

#include <QDateTime>
#include <QList>
#include <QStringList>
#include <QVector>
#include <QWidget>

#include <memory>

class QCustomPlot;
class QCPGraph;
class QLabel;
class QMouseEvent;
class QStackedWidget;

namespace osc {

// What the execution details' charts draw, as plain values: computed from an
// ExecutionDetail by computeChartData() in the worker that loaded it, then handed to
// the GUI thread as a std::shared_ptr<const ExecutionChartData>. Times are seconds
// since the execution started.
struct ExecutionChartData
{
    // Modules done over time: one point per finished module (succeeded, failed or
    // skipped), by end time; doneCounts run 1 … finished.
    ExecutionKind kind = ExecutionKind::Preparation;
    QVector<double> doneSeconds;
    QVector<double> doneCounts;
    int total = 0;
    int finished = 0;
    // While it runs: the projection from the last point to (now + the remaining
    // modules at the current rate, total). Empty when nothing is left or known.
    QVector<double> etaSeconds;
    QVector<double> etaCounts;
    double nowSeconds = 0; // when it was read (the end, once ended)
    bool running = false;

    // Workers' timeline: one row per worker, sorted by name; one bar per module that
    // ran (a running one ends at nowSeconds).
    struct Bar
    {
        int row = 0;
        double start = 0;
        double end = 0;
        ModuleRunState state = ModuleRunState::Succeeded;
        bool critical = false;
        QString module;
    };
    QStringList workers;
    QList<Bar> bars;
    QStringList criticalPath; // criticalPath(detail): producers first
};

// Pure; `now` is when `detail` was read (it places the running bars and the ETA).
ExecutionChartData computeChartData(const ExecutionDetail &detail, const QDateTime &now);

// The two charts of an execution's details, side by side: the modules done over time
// (with an ETA projection while it runs) and the workers' timeline (bars by state, the
// critical path highlighted). setData() replots each chart at most once, queued to
// the next frame; a chart that is not visible replots when it is shown.
class ExecutionChartsWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit ExecutionChartsWidget(QWidget *parent = nullptr);

    // Null shows the empty state ("Loading…" or "No module has run yet").
    void setData(std::shared_ptr<const ExecutionChartData> data);
    const std::shared_ptr<const ExecutionChartData> &data() const { return m_data; }

    QCustomPlot *progressPlot() const { return m_progress; }
    QCustomPlot *timelinePlot() const { return m_timeline; }
    // The timeline's graphs: one per worker and state, plus the critical path's.
    int timelineGraphCount() const;
    // How many times the charts were replotted (both charts count).
    int replotCount() const { return m_replots; }
    // How many bars the timeline draws, and how many of them as the critical path.
    int timelineBarCount() const { return m_barCount; }
    int criticalBarCount() const { return m_criticalCount; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void rebuild();
    void requestReplot();
    void fitBarWidths();
    void showBarToolTip(QMouseEvent *event);

    std::shared_ptr<const ExecutionChartData> m_data;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_empty = nullptr;
    QCustomPlot *m_progress = nullptr;
    QCustomPlot *m_timeline = nullptr;
    QCPGraph *m_doneGraph = nullptr;
    QCPGraph *m_etaGraph = nullptr;
    QList<QCPGraph *> m_barGraphs; // rebuilt with the workers
    QList<QCPGraph *> m_criticalGraphs;
    int m_replots = 0;
    int m_barCount = 0;
    int m_criticalCount = 0;
    bool m_dirty = false;
};

} // namespace osc
