#pragma once

#include "engine/stepsupport.h"

#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

namespace osc {

// The StepOptions of a GUI job that runs an upgrade step in its worker: the step's
// callbacks (called in the worker) reach `job`'s thread as queued calls to `started`
// and `progress`, and once `holdOnExit` is set (the job is being destroyed) the next
// snapshot asks the running step to hold, through a second Environment opened in the
// worker (the one running the step is busy in that very call). The job must outlive
// the step (its destructor waits for the worker).
StepOptions jobStepOptions(QObject *job, const QString &dataDir, const QString &user,
                           std::chrono::milliseconds progressInterval,
                           std::shared_ptr<const std::atomic<bool>> holdOnExit,
                           std::function<void(const ExecutionSummary &)> started,
                           std::function<void(const StepProgress &)> progress);

} // namespace osc
