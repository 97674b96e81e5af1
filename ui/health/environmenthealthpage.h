#pragma once

#include "health/environmenthealth.h"
#include "shell/page.h"
#include "util/result.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QPointer>

#include <chrono>
#include <optional>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTimer;
class QTreeView;

namespace osc {

class LockHealthModel;
class LockedFilesModel;
class ReleaseLockDialog;
class WorkersModel;

// Administration > Environment Health: the engine's workers (each unfinished upgrade
// step, from whichever process runs it, with its process and lease), every module
// lock with its operation, user, holder process and host and lease age (stale leases
// flagged in words and colour), and the processes holding files in the compilations
// and deployments folders.
//
// Work. A poll reads Environment::health() every two seconds in a worker of the
// global pool (the file scan walks the folders there, never on the GUI thread; it
// runs at most once in ten times its own duration, and at every refresh()); a slow
// poll skips ticks rather than queueing them, and a hidden page does not poll.
// Release… opens a ReleaseLockDialog for the selected lock, which says what
// releasing does and, for a live lease, needs an explicit acknowledgement; the
// release runs in a worker (Environment::releaseLock(), forced only for the live
// lease the operator acknowledged, and only if the same operation still holds it),
// then the page polls again. The destructor waits for its workers.
class EnvironmentHealthPage final : public Page
{
    Q_OBJECT

public:
    EnvironmentHealthPage(const QString &dataDir, const QString &user, QWidget *parent = nullptr);
    ~EnvironmentHealthPage() override;

    void refresh() override;
    QWidget *initialFocusWidget() override;

    // The last reading; empty until the first poll ends.
    const std::optional<EnvironmentHealth> &health() const { return m_health; }
    const std::optional<Error> &pollError() const { return m_pollError; }
    QString engineSummary() const; // what the engine section says above its table
    QString locksSummary() const;

    WorkersModel *workersModel() const { return m_workers; }
    LockHealthModel *locksModel() const { return m_locks; }
    LockedFilesModel *filesModel() const { return m_files; }
    QTreeView *workersView() const { return m_workersView; }
    QTreeView *locksView() const { return m_locksView; }
    QTreeView *filesView() const { return m_filesView; }
    QPushButton *releaseButton() const { return m_releaseButton; }

    // Selects the lock of `module` in the table; false when it is not listed.
    bool selectLock(const QString &module);
    // Opens the confirmation for the selected lock (Release…); null when none is selected.
    ReleaseLockDialog *releaseSelected();
    ReleaseLockDialog *releaseDialog() const; // the confirmation open, if any

    // A poll runs (or one more is due after it).
    bool isPolling() const { return m_pollWatcher.isRunning(); }
    // The outcome of the last release this page ran; empty before the first.
    const std::optional<Result<LockRelease>> &lastRelease() const { return m_lastRelease; }

    // The poll's period (two seconds); tests make it shorter.
    void setPollInterval(std::chrono::milliseconds interval);

signals:
    // A poll ended and the page shows its result.
    void polled();
    // A release ended (here): lastRelease() says how.
    void releaseFinished();
    void statusMessage(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void poll(bool scanFiles = false);
    void onPolled();
    void onReleaseConfirmed(const LockHealth &lock);
    void onReleaseFinished();
    void updateView();
    void updateReleaseButton();
    std::optional<LockHealth> selectedLock() const;

    QString m_dataDir;
    QString m_user;

    QTimer *m_pollTimer = nullptr;
    QFutureWatcher<Result<EnvironmentHealth>> m_pollWatcher;
    bool m_pollAgain = false;
    bool m_scanAgain = false;
    bool m_pollScans = false; // the poll running walks the folders
    // The walk of the folders is the costly part of a reading: it runs at most once
    // in ten times its own duration (and at every refresh()), so that a large
    // factory's folders never keep a core busy.
    QElapsedTimer m_sinceFileScan;
    qint64 m_fileScanMs = 0;
    QDateTime m_filesReadAt;
    std::optional<EnvironmentHealth> m_health;
    std::optional<Error> m_pollError;
    QFutureWatcher<Result<LockRelease>> m_releaseWatcher;
    std::optional<Result<LockRelease>> m_lastRelease;
    QPointer<ReleaseLockDialog> m_dialog;
    QString m_releasing; // the module whose lock is being released

    WorkersModel *m_workers = nullptr;
    LockHealthModel *m_locks = nullptr;
    LockedFilesModel *m_files = nullptr;
    QSortFilterProxyModel *m_workersSort = nullptr;
    QSortFilterProxyModel *m_locksSort = nullptr;
    QSortFilterProxyModel *m_filesSort = nullptr;

    QLabel *m_readAt = nullptr;
    QLabel *m_engineSummary = nullptr;
    QStackedWidget *m_workersStack = nullptr;
    QTreeView *m_workersView = nullptr;
    QLabel *m_noWorkers = nullptr;
    QLabel *m_locksSummary = nullptr;
    QStackedWidget *m_locksStack = nullptr;
    QTreeView *m_locksView = nullptr;
    QLabel *m_noLocks = nullptr;
    QPushButton *m_releaseButton = nullptr;
    QLabel *m_releaseHint = nullptr;
    QLabel *m_filesSummary = nullptr;
    QString m_filesNote;
    QStackedWidget *m_filesStack = nullptr;
    QTreeView *m_filesView = nullptr;
    QLabel *m_noFiles = nullptr;
};

} // namespace osc
