#pragma once

#include "environment/environment.h"

#include <QFutureWatcher>
#include <QMap>
#include <QObject>
#include <QPointer>

#include <atomic>
#include <chrono>
#include <memory>
#include <optional>

class QMessageBox;
class QWidget;

namespace osc {

class LockRefusalDialog;
class LockWaitDialog;

// One operation on one module, as the operator asked for it.
struct ModuleOperationRequest
{
    enum class Kind { Publish, Delete, ApplySettings };

    Kind kind = Kind::Publish;
    QString module;
    int version = 0; // Publish: 0 = the latest uploaded version
    bool force = false; // Delete: even though other modules reference it
    QMap<QString, QString> settings; // ApplySettings: the values to apply
};

// How an operation flow ended. Cancelled (the operator declined a confirmation or
// stopped waiting for a lock) is its own outcome, never an error.
struct ModuleOperationResult
{
    enum class Status { Succeeded, Failed, Refused, Cancelled };

    ModuleOperationRequest request;
    Status status = Status::Cancelled;
    // One translated line saying what happened (for a status bar or a headline);
    // core's message for a failure or a refusal. Empty when nothing ran.
    QString summary;
    std::optional<Error> error; // Failed, Refused: core's error, detail included
    int publishedVersion = 0; // Publish
    QStringList brokenConsumers; // Delete: consumers left referencing the module
    bool redeployed = false; // ApplySettings: false when the module was never deployed

    bool succeeded() const { return status == Status::Succeeded; }
    // Whether the environment may have changed: a failed publish records its
    // compilation; bad input is refused before anything is done.
    bool changedEnvironment() const
    {
        return status == Status::Succeeded
            || (status == Status::Failed && error && error->code != ErrorCode::BadInput);
    }
};

// The operator's operations on a module — 1-Click Publish, Delete module and Apply
// Settings — with every dialog on the way: the delete confirmation, "Delete anyway"
// when other modules still reference it, the refusal dialog when another operation
// holds the module (wait and run when free, try again, close), and a failure dialog
// when asked for. The module list and the module detail page each own one.
//
// One flow at a time: a start function returns false while one is active. Every
// flow that started ends with finished() emitted exactly once, in the GUI thread.
// The work runs on the thread pool, in a worker that opens its own Environment; the
// dialogs are not application-modal, so the window stays responsive throughout.
// The destructor stops a wait for a lock and waits for running work.
class ModuleOperations final : public QObject
{
    Q_OBJECT

public:
    // Dialogs are parented to `dialogParent`, which also owns this object.
    ModuleOperations(const QString &dataDir, const QString &user, QWidget *dialogParent);
    ~ModuleOperations() override;

    bool publish(const QString &module, int version = 0);
    // Asks for confirmation first.
    bool deleteModule(const QString &module);
    bool applySettings(const QString &module, const QMap<QString, QString> &values);

    // A flow is in progress: a dialog of it is open or its work is running.
    bool isActive() const { return m_active; }
    // Work is running on the thread pool (or waiting there for a lock), until its
    // result is handled.
    bool isRunning() const;
    // The running flow's request; meaningful while isActive().
    const ModuleOperationRequest &request() const { return m_request; }
    // What the running work does, for a busy label ("Publishing 'X'…").
    QString progressText() const;

    // Whether this object shows failures in a dialog (the list has no room for
    // them); otherwise the owner shows them from finished(). Off by default.
    void setShowsFailures(bool shows) { m_showsFailures = shows; }
    // How long "Wait and run when free" waits before giving up (one hour).
    void setWaitTimeout(std::chrono::milliseconds timeout) { m_waitTimeout = timeout; }

    // The dialog of the running flow, if one is open (for tests and screenshots).
    QWidget *openDialog() const;

signals:
    // isActive(), isRunning() or progressText() changed.
    void stateChanged();
    void finished(const ModuleOperationResult &result);

private:
    // What the worker hands back: plain values only.
    struct Report
    {
        std::optional<Error> error;
        QStringList consumers; // a delete refused because these reference the module
        QList<PublishOutcome> published;
        std::optional<DeleteOutcome> deleted;
        std::optional<ApplySettingsOutcome> applied;
    };

    bool begin(const ModuleOperationRequest &request);
    void run(std::chrono::milliseconds waitLock);
    void onWorkFinished();
    void onWaiting(const QString &detail);
    void onStarted();
    void showRefusal(const Error &error);
    void showDeleteRefused(const Error &error, const QStringList &consumers);
    void showFailure(const Error &error);
    void waitAndRun();
    void end(ModuleOperationResult result);
    QString operationName() const;
    QWidget *dialogParent() const;

    QString m_dataDir;
    QString m_user;
    QPointer<QWidget> m_dialogParent;
    bool m_showsFailures = false;
    std::chrono::milliseconds m_waitTimeout = std::chrono::hours(1);

    bool m_active = false;
    bool m_running = false;
    bool m_waitingForLock = false;
    ModuleOperationRequest m_request;
    // Shared with the worker, which polls it while it waits for a lock.
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QFutureWatcher<Result<Report>> m_watcher;

    QPointer<QMessageBox> m_messageBox;
    QPointer<LockRefusalDialog> m_refusalDialog;
    QPointer<LockWaitDialog> m_waitDialog;
};

} // namespace osc
