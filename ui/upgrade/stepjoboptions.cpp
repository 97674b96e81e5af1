#include "stepjoboptions.h"

#include "environment/environment.h"

namespace osc {

StepOptions jobStepOptions(QObject *job, const QString &dataDir, const QString &user,
                           std::chrono::milliseconds progressInterval,
                           std::shared_ptr<const std::atomic<bool>> holdOnExit,
                           std::function<void(const ExecutionSummary &)> started,
                           std::function<void(const StepProgress &)> progress)
{
    StepOptions options;
    options.user = user;
    options.progressInterval = progressInterval;
    options.started = [job, started](const ExecutionSummary &execution) {
        QMetaObject::invokeMethod(
            job, [started, execution] { started(execution); }, Qt::QueuedConnection);
    };
    auto heldOnExit = std::make_shared<std::atomic<bool>>(false);
    options.progress
        = [job, dataDir, user, holdOnExit, heldOnExit, progress](const StepProgress &snapshot) {
              if (holdOnExit->load() && !heldOnExit->exchange(true)
                  && snapshot.status == ExecutionStatus::Running) {
                  if (Result<std::unique_ptr<Environment>> other = Environment::open(dataDir))
                      (void)(*other)->holdStep(user);
              }
              QMetaObject::invokeMethod(
                  job, [progress, snapshot] { progress(snapshot); }, Qt::QueuedConnection);
          };
    return options;
}

} // namespace osc
