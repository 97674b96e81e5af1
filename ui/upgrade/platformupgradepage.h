#pragma once

#include "preparationjob.h"
#include "shell/page.h"
#include "upgradesnapshot.h"

#include <QColor>
#include <QFutureWatcher>
#include <QPointer>
#include <QSet>

#include <chrono>
#include <optional>

class QCheckBox;
class QComboBox;
class QFrame;
class QLabel;
class QMessageBox;
class QProgressBar;
class QPushButton;
class QTimer;
class QTreeWidget;

namespace osc {

class LockRefusalDialog;
class UpgradePreviewPanel;

// Administration > Platform Upgrade (seeds 002 and 001): the platform version and
// its system components, the upgrade to a newer installed version (with or without
// the system components and the modules preparation), and the modules preparation of
// the current version — its status, progress, counts, elapsed time and ETA, and
// Prepare Modules, Hold, Resume and Install System Components.
//
// Work. Every action runs in a PreparationJob (its own thread pool, its own
// Environment); one at a time. A poll reads the environment every second in a worker
// of the global pool (locks, platform version, executions: cheap; the environment's
// info only when something changed), so a preparation run by scctl or another console
// shows live, and an upgrade done elsewhere reaches the status bar through
// environmentChanged(). While this page runs the preparation, its counts, elapsed time
// and ETA come from the run's own snapshots; otherwise from the execution's row.
//
// Crash resume. When the poll finds the current version's preparation still Running
// with no live holder (its process died and its lease expired), the page resumes it
// where it stopped, once per execution, and says so.
//
// Nothing blocks the GUI thread. The destructor asks a preparation that this page runs
// to hold (see PreparationJob), then waits for its workers.
class PlatformUpgradePage final : public Page
{
    Q_OBJECT

public:
    PlatformUpgradePage(const QString &dataDir, const QString &user, QWidget *parent = nullptr);
    ~PlatformUpgradePage() override;

    void refresh() override;
    QWidget *initialFocusWidget() override;

    // The last poll; empty until the first one ends.
    const std::optional<UpgradeSnapshot> &snapshot() const { return m_snapshot; }
    // A job of this page runs (an upgrade, an install, or the preparation).
    bool isBusy() const { return m_job != nullptr; }
    // This page runs the modules preparation (a job is running one, or about to).
    bool isPreparing() const;
    // What the preparation section shows.
    QString statusHeadline() const;
    QString statusDetail() const;
    ExecutionCounts shownCounts() const { return m_shownCounts; }
    // The dialog the page has open (a confirmation, an error), if any.
    QWidget *openDialog() const;
    // What the selected upgrade would do (read when the target or an option changes).
    UpgradePreviewPanel *previewPanel() const { return m_preview; }

    // The actions, as their buttons run them; false when they cannot run now.
    bool upgrade(const PlatformVersion &to, bool skipPreparation, bool withoutComponents);
    bool prepareModules();
    bool holdPreparation();
    bool resumePreparation();
    bool installSystemComponents();

    // The poll's period (one second); tests make it shorter.
    void setPollInterval(std::chrono::milliseconds interval);

signals:
    // The platform version, the system components or the modules' states changed
    // (here or in another process): the status bar and the module list refresh.
    void environmentChanged();
    // A one-line outcome for the status bar.
    void statusMessage(const QString &message);
    // A poll ended and the page shows its result (for tests).
    void polled();
    // A job of this page ended and the page shows its outcome.
    void jobFinished(const PreparationJobResult &result);

private:
    void poll();
    void onPolled();
    void confirmUpgrade();
    bool startJob(const PreparationRequest &request);
    void onJobUpgraded(const UpgradeOutcome &outcome);
    void onJobProgress(const StepProgress &progress);
    void onJobFinished(const PreparationJobResult &result);
    void onHoldFinished();
    void showError(const QString &title, const Error &error);
    void showLockRefusal(const Error &error, const PreparationRequest &request);
    void updateView();
    void updatePlatformSection();
    void updatePreparationSection();
    void updateProblems();
    void updateButtons();
    void setPanelTone(const QColor &accent);
    // The current version's preparation as the page knows it best.
    std::optional<ExecutionSummary> preparation() const;

    QString m_dataDir;
    QString m_user;

    // The poll.
    QTimer *m_pollTimer = nullptr;
    QFutureWatcher<Result<UpgradeSnapshot>> m_pollWatcher;
    bool m_pollAgain = false; // a poll was asked for while one ran
    std::optional<UpgradeSnapshot> m_snapshot;
    std::optional<Error> m_pollError;
    QString m_installedComponents; // the last read
    bool m_componentsKnown = false;
    QList<ExecutionModuleResult> m_problems;
    qint64 m_problemsOf = 0; // the execution m_problems belongs to

    // The job, and what it reports while it runs.
    PreparationJob *m_job = nullptr;
    std::optional<StepProgress> m_live; // the running preparation's last snapshot
    QSet<QString> m_compiling; // modules the running preparation compiles now
    qint64 m_liveExecution = 0;
    std::optional<UpgradeOutcome> m_lastUpgrade; // this session's last upgrade
    // A preparation a job of this page ended for a version the poll has not seen yet.
    std::optional<ExecutionSummary> m_ended;
    QString m_note; // what this page did last, shown under the status
    QSet<qint64> m_autoResumed; // executions this page resumed by itself

    QFutureWatcher<Result<ExecutionSummary>> m_holdWatcher;
    ExecutionCounts m_shownCounts;

    QPointer<QMessageBox> m_messageBox;
    QPointer<LockRefusalDialog> m_refusalDialog;

    // Platform section.
    QLabel *m_platformValue = nullptr;
    QLabel *m_componentsValue = nullptr;
    QComboBox *m_targetCombo = nullptr;
    QLabel *m_targetLabel = nullptr;
    QCheckBox *m_skipPreparation = nullptr;
    QCheckBox *m_withoutComponents = nullptr;
    QPushButton *m_upgradeButton = nullptr;
    QLabel *m_upgradeHint = nullptr;
    UpgradePreviewPanel *m_preview = nullptr;
    QLabel *m_noTargets = nullptr;
    QWidget *m_upgradeForm = nullptr;

    // Preparation section.
    QLabel *m_preparationTitle = nullptr;
    QFrame *m_statusPanel = nullptr;
    QColor m_panelTone;
    QLabel *m_headline = nullptr;
    QLabel *m_detail = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_progressText = nullptr;
    QWidget *m_countsRow = nullptr;
    QLabel *m_prepared = nullptr;
    QLabel *m_failed = nullptr;
    QLabel *m_skipped = nullptr;
    QLabel *m_pending = nullptr;
    QLabel *m_total = nullptr;
    QLabel *m_times = nullptr;
    QLabel *m_compilingLabel = nullptr;
    QPushButton *m_prepareButton = nullptr;
    QPushButton *m_holdButton = nullptr;
    QPushButton *m_resumeButton = nullptr;
    QPushButton *m_installButton = nullptr;
    QLabel *m_problemsTitle = nullptr;
    QTreeWidget *m_problemsTable = nullptr;
    qint64 m_problemsShownFor = 0;
};

} // namespace osc
