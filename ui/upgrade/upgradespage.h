#pragma once

#include "deploymentjob.h"
#include "preparationjob.h"
#include "shell/page.h"
#include "upgradesreportsnapshot.h"

#include <QColor>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QPointer>
#include <QSet>

#include <chrono>
#include <functional>
#include <optional>

class QComboBox;
class QFrame;
class QLabel;
class QMessageBox;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTimer;
class QTreeView;

namespace osc {

class ExecutionDetailDialog;
class ExecutionsModel;
class LockRefusalDialog;

// Factory > Upgrades (seeds 002 and 004): the current platform version's upgrade
// steps — the newest modules preparation or deployment with its live progress and
// outcome; the Prepare button, which prepares again what the last preparation left
// failed or skipped; the Deploy button, enabled only when Deploy All applies (the
// platform version has it, the modules preparation has ended, and a module is waiting
// to be deployed; otherwise its tooltip says why); Hold and Resume for the step that
// runs or is on hold — and the upgrades report: every execution of a modules
// preparation or a deployment, newest first, each opening its details
// (ExecutionDetailDialog).
//
// Work. Deploy confirms first with the plan read at that moment (what will run and
// why, how many modules deploy and how many are skipped), then runs it in a
// DeploymentJob; Prepare runs in a PreparationJob (each: its own thread pool, its own
// Environment); Resume uses the job of the held step's kind. A poll reads the
// executions every second in a worker of the global pool (the plan when an execution
// changed, and every few seconds since a publish changes it too), so a step run by
// scctl or another console shows live. While this page runs a step, the counts,
// elapsed time and ETA come from the run's snapshots; otherwise from the execution's
// row. The GUI thread does no database work; the destructor asks a step this page runs
// to hold (see DeploymentJob and PreparationJob), then waits for its workers.
class UpgradesPage final : public Page
{
    Q_OBJECT

public:
    UpgradesPage(const QString &dataDir, const QString &user, QWidget *parent = nullptr);
    ~UpgradesPage() override;

    void refresh() override;
    QWidget *initialFocusWidget() override;

    // The last poll; empty until the first one ends.
    const std::optional<UpgradesReportSnapshot> &snapshot() const { return m_snapshot; }
    // Deploy All's plan as the last poll read it, or why it does not apply.
    const std::optional<DeploymentPlan> &plan() const { return m_plan; }
    const std::optional<Error> &planError() const { return m_planError; }
    // This page runs a deployment, or a preparation (a new run or a resume).
    bool isDeploying() const { return m_job != nullptr; }
    bool isPreparing() const { return m_prepareJob != nullptr; }
    // What the step section shows.
    QString statusHeadline() const;
    QString statusDetail() const;
    ExecutionCounts shownCounts() const { return m_shownCounts; }
    // The dialog the page has open (a confirmation, an error, a refusal), if any.
    QWidget *openDialog() const;

    ExecutionsModel *executionsModel() const { return m_model; }
    QSortFilterProxyModel *executionsFilter() const { return m_filter; }
    QTreeView *executionsView() const { return m_view; }
    // Opens the details of an execution (in the dialog already open, if any).
    ExecutionDetailDialog *openExecution(qint64 executionId);
    ExecutionDetailDialog *detailDialog() const;

    // The actions, as their buttons run them; false when they cannot run now.
    // deploy() reads the plan and asks to confirm; startDeployment() runs at once.
    // hold() and resume() act on the current version's step of either kind.
    bool deploy();
    bool startDeployment();
    bool prepare();
    bool hold();
    bool resume();

    // The poll's period (one second); tests make it shorter.
    void setPollInterval(std::chrono::milliseconds interval);

signals:
    // A step ended (here or in another process): modules' states changed.
    void environmentChanged();
    // A one-line outcome for the status bar.
    void statusMessage(const QString &message);
    // A poll ended and the page shows its result (for tests).
    void polled();
    // The operator asked, from an execution's details, to see an Error Log entry.
    void errorLogEntryRequested(qint64 entryId);
    // A job of this page ended and the page shows its outcome.
    void jobFinished(const DeploymentJobResult &result);
    void preparationFinished(const PreparationJobResult &result);

private:
    void poll();
    void onPolled();
    void onPlanRead();
    void confirmDeployment(const DeploymentPlan &plan);
    bool startJob(DeploymentJobResult::Kind kind);
    bool startPreparationJob(PreparationRequest::Kind kind);
    void onStepStarted(const ExecutionSummary &execution);
    void onJobProgress(const StepProgress &progress);
    void onJobFinished(const DeploymentJobResult &result);
    void onPreparationJobFinished(const PreparationJobResult &result);
    // What both jobs do when they end; `title`: the error's, when one refused the step.
    void onStepJobEnded(const std::optional<ExecutionSummary> &execution,
                        const std::optional<Error> &error, const QString &title,
                        const std::function<void()> &retry);
    void onHoldFinished();
    void showError(const QString &title, const Error &error);
    void showLockRefusal(const Error &error, const std::function<void()> &retry);
    void setExecutions(const QList<ExecutionSummary> &executions);
    void updateView();
    void updateStepSection();
    void updateButtons();
    void updateReportSection();
    void setPanelTone(const QColor &accent);
    // The current version's newest step (of either kind) as the page knows it best.
    std::optional<ExecutionSummary> currentStep() const;
    // A job of this page runs a step.
    bool runsJob() const { return m_job != nullptr || m_prepareJob != nullptr; }
    // Why a step cannot start now (one runs, here or elsewhere); empty when none runs.
    QString stepRunningBlocker() const;
    // Why Deploy, or Prepare, cannot run now; empty when it can.
    QString deployBlocker() const;
    QString prepareBlocker() const;

    QString m_dataDir;
    QString m_user;

    // The poll.
    QTimer *m_pollTimer = nullptr;
    QElapsedTimer m_sinceFullPoll;
    int m_pollsSincePlan = 0;
    QFutureWatcher<Result<UpgradesReportSnapshot>> m_pollWatcher;
    bool m_pollAgain = false;
    bool m_readPlan = true; // the next poll reads the plan whatever changed
    std::optional<UpgradesReportSnapshot> m_snapshot;
    std::optional<Error> m_pollError;
    std::optional<DeploymentPlan> m_plan;
    std::optional<Error> m_planError;
    QString m_planFingerprint;

    // Deploy: the plan read to confirm it.
    QFutureWatcher<Result<DeploymentPlan>> m_planWatcher;

    // The job (one at a time), and what it reports while it runs.
    DeploymentJob *m_job = nullptr;
    PreparationJob *m_prepareJob = nullptr;
    std::optional<StepProgress> m_live;
    QSet<QString> m_working; // modules the running step deploys or compiles now
    qint64 m_liveExecution = 0;
    std::optional<ExecutionSummary> m_ended; // this page's last run, until the poll has it
    QString m_note;

    QFutureWatcher<Result<ExecutionSummary>> m_holdWatcher;
    ExecutionCounts m_shownCounts;

    QPointer<QMessageBox> m_messageBox;
    QPointer<LockRefusalDialog> m_refusalDialog;
    QPointer<ExecutionDetailDialog> m_detailDialog;

    // Step section.
    QLabel *m_sectionTitle = nullptr;
    QFrame *m_statusPanel = nullptr;
    QColor m_panelTone;
    QLabel *m_headline = nullptr;
    QLabel *m_detail = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_progressText = nullptr;
    QWidget *m_countsRow = nullptr;
    QLabel *m_succeededName = nullptr; // "Prepared:" or "Deployed:"
    QLabel *m_succeeded = nullptr;
    QLabel *m_failed = nullptr;
    QLabel *m_skipped = nullptr;
    QLabel *m_pending = nullptr;
    QLabel *m_total = nullptr;
    QLabel *m_times = nullptr;
    QLabel *m_workingLabel = nullptr;
    QPushButton *m_prepareButton = nullptr;
    QPushButton *m_deployButton = nullptr;
    QPushButton *m_holdButton = nullptr;
    QPushButton *m_resumeButton = nullptr;
    QPushButton *m_stepDetailsButton = nullptr;
    QLabel *m_deployHint = nullptr;

    // Report section.
    ExecutionsModel *m_model = nullptr;
    QSortFilterProxyModel *m_filter = nullptr;
    QComboBox *m_kindCombo = nullptr;
    QLabel *m_reportCount = nullptr;
    QStackedWidget *m_reportStack = nullptr;
    QTreeView *m_view = nullptr;
    QLabel *m_noExecutions = nullptr;
    QPushButton *m_detailsButton = nullptr;
};

} // namespace osc
