#include "executioncharts.h"

#include "common/formatting.h"
#include "common/tones.h"
#include "engine/executionreport.h"
#include "executiontext.h"

#include <QCollator>
#include <QHash>
#include <QLabel>
#include <QSet>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolTip>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <tuple>

namespace osc {

namespace {

const QColor criticalColor = brokenTone; // purple: no module state uses it

double secondsBetween(const QDateTime &from, const QDateTime &to)
{
    return double(from.msecsTo(to)) / 1000.0;
}

bool isFinished(ModuleRunState state)
{
    return state == ModuleRunState::Succeeded || state == ModuleRunState::Failed
        || state == ModuleRunState::Skipped;
}

// mm:ss, h:mm:ss once the axis reaches an hour; seconds with milliseconds ("0.250")
// for a run of a few seconds, where mm:ss would read 00:00 throughout.
void fitTimeFormat(QCPAxis *axis)
{
    auto ticker = qSharedPointerDynamicCast<QCPAxisTickerTime>(axis->ticker());
    if (!ticker)
        return;
    const double upper = axis->range().upper;
    const bool seconds = upper < 10;
    ticker->setFieldWidth(QCPAxisTickerTime::tuSeconds, seconds ? 1 : 2);
    ticker->setTimeFormat(upper >= 3600 ? QStringLiteral("%h:%m:%s")
                              : seconds ? QStringLiteral("%s.%z")
                                        : QStringLiteral("%m:%s"));
    axis->setLabel(seconds ? ExecutionChartsWidget::tr("Time since start (s)")
                           : ExecutionChartsWidget::tr("Time since start"));
}

QSharedPointer<QCPAxisTickerTime> timeTicker(int tickCount)
{
    auto ticker = QSharedPointer<QCPAxisTickerTime>::create();
    ticker->setFieldWidth(QCPAxisTickerTime::tuHours, 1); // 1:30:00
    ticker->setTickCount(tickCount);
    return ticker;
}

// Below the plot, in a row of its own, so that it never hides a point or a bar.
void putLegendBelow(QCustomPlot *plot)
{
    auto *row = new QCPLayoutGrid;
    plot->plotLayout()->addElement(plot->plotLayout()->rowCount(), 0, row);
    row->setMargins(QMargins(6, 0, 6, 6));
    plot->axisRect()->insetLayout()->take(plot->legend);
    row->addElement(0, 0, plot->legend);
    plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    plot->legend->setVisible(true);
    plot->plotLayout()->setRowStretchFactor(plot->plotLayout()->rowCount() - 1, 0.001);
}

void styleAxisRect(QCustomPlot *plot)
{
    const QPalette palette = plot->palette();
    plot->setBackground(palette.base());
    for (QCPAxis *axis : {plot->xAxis, plot->yAxis}) {
        axis->setBasePen(QPen(palette.color(QPalette::Mid)));
        axis->setTickPen(QPen(palette.color(QPalette::Mid)));
        axis->setSubTickPen(QPen(palette.color(QPalette::Mid)));
        axis->setTickLabelColor(palette.color(QPalette::Text));
        axis->setLabelColor(palette.color(QPalette::Text));
        axis->grid()->setPen(QPen(palette.color(QPalette::Midlight), 0, Qt::DotLine));
    }
    plot->legend->setBrush(QColor(255, 255, 255, 220));
    plot->legend->setBorderPen(QPen(palette.color(QPalette::Mid)));
    plot->legend->setIconSize(18, 10);
}

} // namespace

ExecutionChartData computeChartData(const ExecutionDetail &detail, const QDateTime &now)
{
    ExecutionChartData data;
    const ExecutionSummary &summary = detail.summary;
    const QDateTime start = summary.startedAt;
    data.kind = summary.kind;
    data.total = int(detail.modules.size());
    data.running = !isEnded(summary.status);
    const QDateTime readAt = summary.endedAt.isValid() ? summary.endedAt : now;
    data.nowSeconds = start.isValid() ? std::max(0.0, secondsBetween(start, readAt)) : 0.0;

    // Modules done over time.
    QVector<double> ends;
    ends.reserve(detail.modules.size());
    QHash<QString, QDateTime> endOf;
    for (const ExecutionModuleResult &module : detail.modules)
        if (module.endedAt.isValid())
            endOf.insert(module.module, module.endedAt);
    for (const ExecutionModuleResult &module : detail.modules) {
        if (!isFinished(module.state))
            continue;
        // A module skipped without a time of its own is done when the producer that
        // caused it failed; one with no time at all counts at the start.
        const QDateTime end
            = module.endedAt.isValid() ? module.endedAt : endOf.value(module.blockedBy, start);
        ends << std::max(0.0, secondsBetween(start, end));
    }
    std::sort(ends.begin(), ends.end());
    data.finished = int(ends.size());
    data.doneSeconds = ends;
    data.doneCounts.reserve(ends.size());
    for (qsizetype i = 0; i < ends.size(); ++i)
        data.doneCounts << double(i + 1);

    const int remaining = data.total - data.finished;
    if (data.running && remaining > 0 && data.finished > 0 && data.nowSeconds > 0) {
        const double rate = data.finished / data.nowSeconds; // modules a second
        data.etaSeconds = {ends.constLast(), data.nowSeconds + remaining / rate};
        data.etaCounts = {double(data.finished), double(data.total)};
    }

    // Workers' timeline.
    data.criticalPath = criticalPath(detail);
    const QSet<QString> critical(data.criticalPath.cbegin(), data.criticalPath.cend());
    QSet<QString> workers;
    for (const ExecutionModuleResult &module : detail.modules)
        if (module.startedAt.isValid() && !module.worker.isEmpty())
            workers.insert(module.worker);
    data.workers = QStringList(workers.cbegin(), workers.cend());
    // worker-2 before worker-10.
    QCollator collator;
    collator.setNumericMode(true);
    std::sort(data.workers.begin(), data.workers.end(), collator);
    for (const ExecutionModuleResult &module : detail.modules) {
        if (!module.startedAt.isValid() || module.worker.isEmpty())
            continue;
        if (module.state != ModuleRunState::Running && !module.endedAt.isValid())
            continue;
        ExecutionChartData::Bar bar;
        bar.row = int(data.workers.indexOf(module.worker));
        bar.start = std::max(0.0, secondsBetween(start, module.startedAt));
        bar.end = module.state == ModuleRunState::Running
            ? std::max(bar.start, data.nowSeconds)
            : std::max(bar.start, secondsBetween(start, module.endedAt));
        bar.state = module.state;
        bar.critical = critical.contains(module.module);
        bar.module = module.module;
        data.bars << bar;
    }
    std::sort(data.bars.begin(), data.bars.end(), [](const auto &a, const auto &b) {
        return std::tie(a.row, a.start, a.end) < std::tie(b.row, b.start, b.end);
    });
    return data;
}

ExecutionChartsWidget::ExecutionChartsWidget(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_empty(new QLabel(this))
    , m_progress(new QCustomPlot(this))
    , m_timeline(new QCustomPlot(this))
{
    setObjectName(QStringLiteral("executionCharts"));
    m_empty->setObjectName(QStringLiteral("chartsEmptyLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    m_progress->setObjectName(QStringLiteral("progressChart"));
    m_progress->setAccessibleName(tr("Modules done over time"));
    m_timeline->setObjectName(QStringLiteral("timelineChart"));
    m_timeline->setAccessibleName(tr("Workers' timeline"));
    for (QCustomPlot *plot : {m_progress, m_timeline}) {
        plot->setMinimumSize(240, 180);
        plot->setNoAntialiasingOnDrag(true);
        plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
        plot->axisRect()->setRangeDrag(Qt::Horizontal);
        plot->axisRect()->setRangeZoom(Qt::Horizontal);
        connect(plot, &QCustomPlot::afterReplot, this, [this] { ++m_replots; });
        styleAxisRect(plot);
    }

    // Modules done over time.
    auto *title = new QCPTextElement(m_progress, tr("Modules done over time"),
                                     QFont(font().family(), font().pointSize(), QFont::Bold));
    m_progress->plotLayout()->insertRow(0);
    m_progress->plotLayout()->addElement(0, 0, title);
    m_progress->xAxis->setTicker(timeTicker(4));
    m_progress->xAxis->setLabel(tr("Time since start"));
    m_progress->yAxis->setLabel(tr("Modules done"));
    m_progress->yAxis->ticker()->setTickCount(5);
    m_doneGraph = m_progress->addGraph();
    m_doneGraph->setName(tr("Done"));
    m_doneGraph->setPen(QPen(executiontext::moduleStateColor(ModuleRunState::Succeeded), 2));
    QColor doneFill = successTone;
    doneFill.setAlpha(40);
    m_doneGraph->setBrush(doneFill);
    m_doneGraph->setLineStyle(QCPGraph::lsStepLeft);
    m_etaGraph = m_progress->addGraph();
    m_etaGraph->setName(tr("Projection (ETA)"));
    m_etaGraph->setPen(
        QPen(executiontext::moduleStateColor(ModuleRunState::Running), 2, Qt::DashLine));
    putLegendBelow(m_progress);

    // Workers' timeline.
    auto *timelineTitle
        = new QCPTextElement(m_timeline, tr("Workers' timeline"),
                             QFont(font().family(), font().pointSize(), QFont::Bold));
    m_timeline->plotLayout()->insertRow(0);
    m_timeline->plotLayout()->addElement(0, 0, timelineTitle);
    m_timeline->xAxis->setTicker(timeTicker(6));
    m_timeline->xAxis->setLabel(tr("Time since start"));
    m_timeline->yAxis->setTicker(QSharedPointer<QCPAxisTickerText>::create());
    m_timeline->yAxis->setRangeReversed(true); // the first worker on top
    m_timeline->yAxis->grid()->setVisible(false);
    m_timeline->yAxis->setSubTicks(false);
    putLegendBelow(m_timeline);
    connect(m_timeline, &QCustomPlot::afterLayout, this, &ExecutionChartsWidget::fitBarWidths);
    m_timeline->setMouseTracking(true); // tool tips without a button pressed
    connect(m_timeline, &QCustomPlot::mouseMove, this, &ExecutionChartsWidget::showBarToolTip);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_progress);
    splitter->addWidget(m_timeline);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(splitter);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    rebuild();
}

int ExecutionChartsWidget::timelineGraphCount() const
{
    return int(m_barGraphs.size() + m_criticalGraphs.size());
}

void ExecutionChartsWidget::setData(std::shared_ptr<const ExecutionChartData> data)
{
    m_data = std::move(data);
    rebuild();
}

void ExecutionChartsWidget::rebuild()
{
    if (!m_data || m_data->total == 0 || (m_data->finished == 0 && m_data->bars.isEmpty())) {
        m_empty->setText(!m_data                  ? tr("Loading\u2026")
                             : m_data->total == 0 ? tr("This execution has no modules.")
                                                  : tr("No module has run yet."));
        m_stack->setCurrentWidget(m_empty);
        m_barCount = 0;
        m_criticalCount = 0;
        return;
    }
    const ExecutionChartData &data = *m_data;
    m_stack->setCurrentIndex(1);
    const double end = std::max({data.nowSeconds, data.doneSeconds.value(data.finished - 1, 0.0),
                                 data.etaSeconds.value(1, 0.0), 0.01});

    // Modules done over time, from the start (0 done).
    QVector<double> keys{0.0};
    QVector<double> values{0.0};
    keys += data.doneSeconds;
    values += data.doneCounts;
    if (!data.running || data.nowSeconds > keys.constLast()) { // flat until now (or the end)
        keys << std::max(data.nowSeconds, keys.constLast());
        values << values.constLast();
    }
    m_doneGraph->setData(keys, values, true);
    m_doneGraph->setName(tr("Done: %1 of %2").arg(data.finished).arg(data.total));
    m_etaGraph->setData(data.etaSeconds, data.etaCounts, true);
    const bool eta = !data.etaSeconds.isEmpty();
    if (eta) {
        const double left = std::max(0.0, data.etaSeconds.constLast() - data.nowSeconds);
        m_etaGraph->setName(
            tr("Projection: about %1 left").arg(format::duration(qint64(left * 1000))));
        m_etaGraph->addToLegend();
    } else
        m_etaGraph->removeFromLegend();
    m_progress->xAxis->setRange(0, end * 1.02);
    m_progress->yAxis->setRange(0, std::max(1.0, data.total * 1.05));
    fitTimeFormat(m_progress->xAxis);

    // Workers' timeline: per worker and state, one graph whose line runs from each
    // bar's start to its end, broken by NaN between bars (a worker runs one module at
    // a time, so its bars are sorted by time). A few dozen plottables whatever the
    // number of modules: tens of thousands of bars stay one polyline each.
    for (QCPGraph *graph : std::as_const(m_barGraphs))
        m_timeline->removeGraph(graph);
    for (QCPGraph *graph : std::as_const(m_criticalGraphs))
        m_timeline->removeGraph(graph);
    m_barGraphs.clear();
    m_criticalGraphs.clear();
    m_barCount = 0;
    m_criticalCount = 0;
    const ModuleRunState states[]
        = {ModuleRunState::Succeeded, ModuleRunState::Failed, ModuleRunState::Running};
    const double nan = std::numeric_limits<double>::quiet_NaN();
    // Bars less than a pixel apart (on a chart 2,000 pixels wide) are drawn as one
    // segment: side by side they look the same, and a worker's thousands of modules in
    // a row cost one stroke instead of one each (a replot took 30-60 ms at 20,000).
    // The tooltip still finds each module in m_data->bars.
    const double joinGap = end / 2000.0;
    QSet<int> inLegend;
    const auto addGraph = [&](int row, const QColor &color, const QString &name, int legendKey,
                              const auto &accept) -> QCPGraph * {
        QVector<double> k; // start, end, end (under a NaN value: the break) per segment
        QVector<double> v;
        for (const ExecutionChartData::Bar &bar : data.bars) {
            if (bar.row != row || !accept(bar))
                continue;
            // A bar of a few milliseconds still shows as a sliver.
            const double barEnd = std::max(bar.end, bar.start + end / 250.0);
            if (!k.isEmpty() && bar.start - k.at(k.size() - 2) <= joinGap) {
                k[k.size() - 2] = std::max(k.at(k.size() - 2), barEnd);
                k.last() = k.at(k.size() - 2);
                continue;
            }
            k << bar.start << barEnd << barEnd;
            v << row << row << nan;
        }
        if (k.isEmpty())
            return nullptr;
        QCPGraph *graph = m_timeline->addGraph();
        graph->setAdaptiveSampling(false);
        graph->setPen(QPen(color, 6, Qt::SolidLine, Qt::FlatCap));
        graph->setName(name);
        graph->setData(k, v, true);
        if (inLegend.contains(legendKey))
            graph->removeFromLegend();
        inLegend.insert(legendKey);
        return graph;
    };
    for (int row = 0; row < data.workers.size(); ++row) {
        for (const ModuleRunState state : states) {
            if (QCPGraph *graph = addGraph(
                    row, executiontext::moduleStateColor(state),
                    executiontext::moduleStateName(data.kind, state), int(state),
                    [state](const ExecutionChartData::Bar &bar) { return bar.state == state; }))
                m_barGraphs << graph;
        }
    }
    for (int row = 0; row < data.workers.size(); ++row) {
        if (QCPGraph *graph
            = addGraph(row, criticalColor, tr("Critical path"), -1,
                       [](const ExecutionChartData::Bar &bar) { return bar.critical; }))
            m_criticalGraphs << graph;
    }
    for (const ExecutionChartData::Bar &bar : data.bars) {
        m_barCount += 1;
        m_criticalCount += bar.critical ? 1 : 0;
    }
    auto ticker = qSharedPointerDynamicCast<QCPAxisTickerText>(m_timeline->yAxis->ticker());
    ticker->clear();
    for (int row = 0; row < data.workers.size(); ++row)
        ticker->addTick(row, data.workers.at(row));
    m_timeline->xAxis->setRange(0, end * 1.02);
    m_timeline->yAxis->setRange(-0.6, data.workers.size() - 0.4);
    fitTimeFormat(m_timeline->xAxis);

    requestReplot();
}

void ExecutionChartsWidget::fitBarWidths()
{
    // Bars fill most of their row, the critical path a band in their middle.
    const double row
        = std::abs(m_timeline->yAxis->coordToPixel(1) - m_timeline->yAxis->coordToPixel(0));
    const double barWidth = std::clamp(row * 0.6, 2.0, 28.0);
    const double criticalWidth = std::max(2.0, barWidth * 0.4);
    for (QCPGraph *graph : std::as_const(m_barGraphs)) {
        QPen pen = graph->pen();
        pen.setWidthF(barWidth);
        graph->setPen(pen);
    }
    for (QCPGraph *graph : std::as_const(m_criticalGraphs)) {
        QPen pen = graph->pen();
        pen.setWidthF(criticalWidth);
        graph->setPen(pen);
    }
}

void ExecutionChartsWidget::showBarToolTip(QMouseEvent *event)
{
    if (!m_data || m_data->bars.isEmpty())
        return;
    const QPointF position = event->position();
    const double key = m_timeline->xAxis->pixelToCoord(position.x());
    const int row = int(std::lround(m_timeline->yAxis->pixelToCoord(position.y())));
    const double slack
        = std::abs(m_timeline->xAxis->pixelToCoord(3) - m_timeline->xAxis->pixelToCoord(0));
    // Bars are sorted by row and start. The bar under the pointer wins; failing that, the
    // nearer of its neighbours on the row, if within a few pixels (short bars are thin).
    const auto &bars = m_data->bars;
    const auto next = std::upper_bound(bars.cbegin(), bars.cend(), std::pair(row, key),
                                       [](const std::pair<int, double> &value, const auto &bar) {
                                           return value < std::pair(bar.row, bar.start);
                                       });
    const auto distance = [&](auto it) {
        if (it == bars.cend() || it->row != row)
            return std::numeric_limits<double>::infinity();
        return key < it->start ? it->start - key : std::max(0.0, key - it->end);
    };
    const auto previous = next == bars.cbegin() ? bars.cend() : next - 1;
    const auto nearest = distance(previous) <= distance(next) ? previous : next;
    if (distance(nearest) > slack) {
        QToolTip::hideText();
        return;
    }
    const ExecutionChartData::Bar &bar = *nearest;
    QString text = tr("%1\n%2 \u00b7 %3 \u00b7 %4")
                       .arg(bar.module, executiontext::moduleStateName(m_data->kind, bar.state),
                            m_data->workers.value(bar.row),
                            format::duration(qint64((bar.end - bar.start) * 1000)));
    if (bar.critical)
        text += QLatin1Char('\n') + tr("On the critical path");
    QToolTip::showText(event->globalPosition().toPoint(), text, m_timeline);
}

void ExecutionChartsWidget::requestReplot()
{
    if (!isVisible()) {
        m_dirty = true; // replotted when shown
        return;
    }
    m_dirty = false;
    // Queued: however many loads end within a frame, each chart draws once.
    m_progress->replot(QCustomPlot::rpQueuedReplot);
    m_timeline->replot(QCustomPlot::rpQueuedReplot);
}

void ExecutionChartsWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        requestReplot();
}

} // namespace osc
