#pragma once

#include "environment/environment.h"

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <memory>
#include <optional>

namespace osc {

// What the operator asked the Platform Upgrade page to do.
struct PreparationRequest
{
    enum class Kind {
        Upgrade, // upgrade the platform, then prepare the modules when the upgrade says so
        Prepare, // a new modules preparation (only what is not prepared yet)
        Resume, // the preparation on hold or interrupted, where it stopped
        InstallSystemComponents,
    };

    Kind kind = Kind::Prepare;
    UpgradeRequest upgrade; // Upgrade
    bool automatic = false; // Resume: the page resumed a run whose process died
};

// How a job ended. A preparation that ran ends with `execution` (Succeeded,
// FinishedWithErrors, Failed or OnHold: outcomes, not errors); `error` says what
// refused or failed before or instead of it (the upgrade, the locks, a conflict).
struct PreparationJobResult
{
    PreparationRequest request;
    std::optional<UpgradeOutcome> upgraded; // Upgrade: the upgrade was done
    QString installedComponents; // InstallSystemComponents: the version installed
    std::optional<ExecutionSummary> execution;
    std::optional<Error> error;

    bool succeeded() const { return !error.has_value(); }
};

// One upgrade action of the Platform Upgrade page, run once: start(), then
// upgraded() (Upgrade only), preparationStarted() and progress() while a preparation
// runs, and finished() exactly once. Every signal is emitted in the thread that owns
// the job (the GUI thread).
//
// The work runs in a thread pool of the job's own, in a worker that opens its own
// Environment: the preparation runs there for minutes and must not hold a thread of
// the global pool that the pages' loads share. The preparation's snapshots (at most
// one per progressInterval) reach the owner's thread as queued calls; the worker
// touches nothing of the GUI.
//
// Destruction while the work runs: the running preparation is asked to hold (from
// the worker, through a second Environment of its own), so it starts nothing new,
// records the modules it is compiling as they finish, ends OnHold and releases its
// locks; the destructor waits for that. A later Resume continues where it stopped.
// An upgrade or an install in flight is short and is waited for.
class PreparationJob final : public QObject
{
    Q_OBJECT

public:
    PreparationJob(const QString &dataDir, const QString &user, const PreparationRequest &request,
                   QObject *parent = nullptr);
    ~PreparationJob() override;

    void start();
    bool isRunning() const { return m_running; }
    const PreparationRequest &request() const { return m_request; }

    // How often the preparation reports progress (100 ms by default).
    void setProgressInterval(std::chrono::milliseconds interval) { m_interval = interval; }

signals:
    void upgraded(const UpgradeOutcome &outcome);
    void preparationStarted(const ExecutionSummary &execution);
    void progress(const StepProgress &progress);
    void finished(const PreparationJobResult &result);

private:
    void onWorkFinished();

    QString m_dataDir;
    QString m_user;
    PreparationRequest m_request;
    std::chrono::milliseconds m_interval{100};
    bool m_running = false;
    // Set by the destructor; the worker's progress callback asks the run to hold.
    std::shared_ptr<std::atomic<bool>> m_holdOnExit = std::make_shared<std::atomic<bool>>(false);
    QThreadPool m_pool;
    QFutureWatcher<Result<PreparationJobResult>> m_watcher;
};

} // namespace osc
