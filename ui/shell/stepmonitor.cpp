#include "stepmonitor.h"

#include "common/environmenttask.h"

#include <QTimer>

namespace osc {

namespace {
// The rate is measured over this much of the recent past: long enough to smooth the
// modules' uneven sizes, short enough to follow a change of pace.
constexpr qint64 rateWindowMs = 60000;
} // namespace

StepMonitor::StepMonitor(const QString &dataDir, QObject *parent)
    : QObject(parent), m_dataDir(dataDir), m_timer(new QTimer(this))
{
    m_clock.start();
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &StepMonitor::onPolled);
    m_timer->setInterval(std::chrono::seconds(1));
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (!m_watcher.isRunning()) // a slow poll skips a tick rather than queueing one
            poll();
    });
    m_timer->start();
    poll();
}

StepMonitor::~StepMonitor()
{
    m_timer->stop();
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
}

void StepMonitor::setPollInterval(std::chrono::milliseconds interval)
{
    m_timer->setInterval(interval);
}

void StepMonitor::poll()
{
    if (m_watcher.isRunning()) {
        m_pollAgain = true;
        return;
    }
    m_watcher.setFuture(runWithEnvironment(
        m_dataDir, [](Environment &environment) -> Result<QList<ExecutionSummary>> {
            Result<QList<ExecutionSummary>> executions = environment.executions();
            if (!executions)
                return executions.error();
            // Newest first: only the first one crosses back.
            return executions->isEmpty() ? QList<ExecutionSummary>()
                                         : QList<ExecutionSummary>{executions->constFirst()};
        }));
}

void StepMonitor::onPolled()
{
    const Result<QList<ExecutionSummary>> result = m_watcher.result();
    if (result) {
        m_error.reset();
        m_newest = result->isEmpty() ? std::nullopt
                                     : std::optional<ExecutionSummary>(result->constFirst());
        updateEstimate();
    } else {
        m_error = result.error();
    }
    emit polled();
    if (std::exchange(m_pollAgain, false))
        poll();
}

void StepMonitor::updateEstimate()
{
    if (!m_newest || m_newest->status != ExecutionStatus::Running) {
        // On hold or ended: a resume starts measuring again.
        m_samples.clear();
        m_samplesOf = 0;
        m_etaMs = -1;
        return;
    }
    const ExecutionCounts &counts = m_newest->counts;
    const int done = counts.succeeded + counts.failed + counts.skipped;
    if (m_samplesOf != m_newest->id) {
        m_samples.clear();
        m_samplesOf = m_newest->id;
    }
    const qint64 now = m_clock.elapsed();
    m_samples.append(Sample{now, done});
    while (m_samples.size() > 2 && now - m_samples.constFirst().atMs > rateWindowMs)
        m_samples.removeFirst();

    const Sample &first = m_samples.constFirst();
    const int finished = done - first.done;
    const qint64 spanMs = now - first.atMs;
    const int remaining = std::max(0, counts.total - done);
    if (finished <= 0 || spanMs <= 0) {
        m_etaMs = -1; // no module finished while this window watched: not known yet
        return;
    }
    m_etaMs = qint64(double(remaining) * double(spanMs) / double(finished));
}

} // namespace osc
