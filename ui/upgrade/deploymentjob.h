#pragma once

#include "environment/environment.h"

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <chrono>
#include <memory>
#include <optional>

namespace osc {

// How a DeploymentJob ended. A deployment that ran ends with `execution` (Succeeded,
// FinishedWithErrors, Failed or OnHold: outcomes, not errors); `error` says what
// refused it before it ran (a module locked, a preparation not ended, a run of
// another process).
struct DeploymentJobResult
{
    enum class Kind {
        Deploy, // Deploy All: a new run, or the resume of the unfinished one
        Resume, // the step on hold or interrupted (Environment::resumeStep)
    };

    Kind kind = Kind::Deploy;
    std::optional<ExecutionSummary> execution;
    std::optional<Error> error;

    bool succeeded() const { return !error.has_value(); }
};

// One Deploy All of the Upgrades page, run once: start(), then deploymentStarted() and
// progress() while it runs, and finished() exactly once. Every signal is emitted in
// the thread that owns the job (the GUI thread).
//
// The work runs in a thread pool of the job's own, in a worker that opens its own
// Environment (a deployment of thousands of modules must not hold a thread of the
// global pool that the pages' loads share). Its snapshots (at most one per
// progressInterval) reach the owner's thread as queued calls; the worker touches
// nothing of the GUI.
//
// Destruction while it runs: the deployment is asked to hold (from the worker, through
// a second Environment of its own), so it starts nothing new, records the modules it
// is deploying as they finish, ends OnHold and releases its locks; the destructor
// waits for that. A later Resume or Deploy continues where it stopped.
class DeploymentJob final : public QObject
{
    Q_OBJECT

public:
    DeploymentJob(const QString &dataDir, const QString &user, DeploymentJobResult::Kind kind,
                  QObject *parent = nullptr);
    ~DeploymentJob() override;

    void start();
    bool isRunning() const { return m_running; }
    DeploymentJobResult::Kind kind() const { return m_kind; }

    // How often the deployment reports progress (100 ms by default).
    void setProgressInterval(std::chrono::milliseconds interval) { m_interval = interval; }

signals:
    void deploymentStarted(const ExecutionSummary &execution);
    void progress(const StepProgress &progress);
    void finished(const DeploymentJobResult &result);

private:
    void onWorkFinished();

    QString m_dataDir;
    QString m_user;
    DeploymentJobResult::Kind m_kind;
    std::chrono::milliseconds m_interval{100};
    bool m_running = false;
    // Set by the destructor; the worker's progress callback asks the run to hold.
    std::shared_ptr<std::atomic<bool>> m_holdOnExit = std::make_shared<std::atomic<bool>>(false);
    QThreadPool m_pool;
    QFutureWatcher<Result<DeploymentJobResult>> m_watcher;
};

} // namespace osc
