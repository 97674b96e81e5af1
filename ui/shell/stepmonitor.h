#pragma once

#include "engine/execution.h"
#include "util/result.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QList>
#include <QObject>

#include <chrono>
#include <optional>

class QTimer;

namespace osc {

// Follows the environment's newest upgrade step (a modules preparation or a Deploy
// All), whichever process runs it: a poll reads the executions about every second in
// a worker of the global pool (its own Environment; the GUI thread does no database
// work) and keeps the newest one. While it runs, the time left is estimated from the
// rate of finished modules between polls (over the last minute); -1 until known.
// The destructor waits for the poll in flight.
class StepMonitor final : public QObject
{
    Q_OBJECT

public:
    explicit StepMonitor(const QString &dataDir, QObject *parent = nullptr);
    ~StepMonitor() override;

    // The newest execution as the last poll read it; empty when there is none (yet).
    const std::optional<ExecutionSummary> &newest() const { return m_newest; }
    // The last poll's error, if it failed (the newest execution is kept).
    const std::optional<Error> &error() const { return m_error; }
    // Estimated time left of the running step, in ms; -1 while unknown.
    qint64 etaMs() const { return m_etaMs; }

    // The poll's period (one second); tests make it shorter.
    void setPollInterval(std::chrono::milliseconds interval);
    // Polls now (or right after the poll in flight).
    void poll();

signals:
    // A poll ended; newest() and etaMs() hold its result.
    void polled();

private:
    struct Sample
    {
        qint64 atMs = 0;
        int done = 0;
    };

    void onPolled();
    void updateEstimate();

    QString m_dataDir;
    QTimer *m_timer = nullptr;
    QFutureWatcher<Result<QList<ExecutionSummary>>> m_watcher;
    bool m_pollAgain = false;
    std::optional<ExecutionSummary> m_newest;
    std::optional<Error> m_error;
    QElapsedTimer m_clock;
    qint64 m_samplesOf = 0; // the execution the samples belong to
    QList<Sample> m_samples;
    qint64 m_etaMs = -1;
};

} // namespace osc
