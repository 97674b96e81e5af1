#include "upgradespage.h"

#include "common/environmenttask.h"
#include "common/formatting.h"
#include "common/lockrefusaldialog.h"
#include "common/pagelabels.h"
#include "common/progressbars.h"
#include "common/tones.h"
#include "executiondetaildialog.h"
#include "executionsmodel.h"
#include "executiontext.h"
#include "upgradesnapshot.h"
#include "util/namelist.h"

#include <QComboBox>
#include <QDateTime>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStyle>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace osc {

namespace {

constexpr int maxWorkingShown = 4;
// The plan is read again at least every this many polls: a publish changes it
// without changing any execution.
constexpr int pollsPerPlan = 5;
// Hidden, the page polls this seldom: it only keeps the report and Deploy current.
constexpr qint64 hiddenPollIntervalMs = 5000;
constexpr int maxDecisionsListed = 200;

// What Deploy All does, where it is offered.
QString deployAllText(const PlatformVersion &version)
{
    return UpgradesPage::tr("Deploy All deploys, for each module, its latest successful "
                            "compilation in platform version %1, unless it is already deployed. "
                            "You decide when: until then, the modules keep running their current "
                            "version.")
        .arg(version.toString());
}

QString remainingText(qint64 etaMs)
{
    return etaMs < 0 ? UpgradesPage::tr("unknown") : format::duration(etaMs);
}

} // namespace

UpgradesPage::UpgradesPage(const QString &dataDir, const QString &user, QWidget *parent)
    : Page(parent)
    , m_dataDir(dataDir)
    , m_user(user)
    , m_pollTimer(new QTimer(this))
    , m_model(new ExecutionsModel(this))
    , m_filter(new QSortFilterProxyModel(this))
{
    auto *title = new QLabel(tr("Upgrades"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    title->setFont(titleFont);

    // The current version's step: the modules preparation, then Deploy All.
    m_sectionTitle = makeSectionTitle(tr("Upgrade steps"), this);
    m_sectionTitle->setObjectName(QStringLiteral("stepTitle"));
    m_statusPanel = new QFrame(this);
    m_statusPanel->setObjectName(QStringLiteral("stepPanel"));
    m_headline = makeWrappingLabel(m_statusPanel, QStringLiteral("stepHeadline"));
    QFont bold = m_headline->font();
    bold.setBold(true);
    m_headline->setFont(bold);
    m_detail = makeWrappingLabel(m_statusPanel, QStringLiteral("stepDetail"));
    auto *panelLayout = new QVBoxLayout(m_statusPanel);
    panelLayout->addWidget(m_headline);
    panelLayout->addWidget(m_detail);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("stepProgress"));
    m_progress->setAccessibleName(tr("Upgrade step progress"));
    m_progress->setTextVisible(false);
    m_progressText = makeValueLabel(this, QStringLiteral("stepProgressText"));
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addSpacing(8);
    progressRow->addWidget(m_progressText);

    m_succeeded = makeValueLabel(this, QStringLiteral("succeededCount"));
    m_failed = makeValueLabel(this, QStringLiteral("failedCount"));
    m_skipped = makeValueLabel(this, QStringLiteral("skippedCount"));
    m_pending = makeValueLabel(this, QStringLiteral("pendingCount"));
    m_total = makeValueLabel(this, QStringLiteral("totalCount"));
    m_countsRow = new QWidget(this);
    auto *countsRow = new QHBoxLayout(m_countsRow);
    countsRow->setContentsMargins(0, 0, 0, 0);
    const auto addCount = [&](const QString &name, QLabel *value) {
        QLabel *nameLabel = makeNameLabel(name, m_countsRow);
        countsRow->addWidget(nameLabel);
        value->setFont(bold);
        countsRow->addWidget(value);
        countsRow->addSpacing(16);
        return nameLabel;
    };
    m_succeededName = addCount(tr("Deployed:"), m_succeeded);
    addCount(tr("Failed:"), m_failed);
    addCount(tr("Skipped:"), m_skipped);
    addCount(tr("Pending:"), m_pending);
    addCount(tr("Total:"), m_total);
    countsRow->addStretch(1);

    m_times = makeWrappingLabel(this, QStringLiteral("stepTimes"));
    m_workingLabel = makeWrappingLabel(this, QStringLiteral("workingNow"));
    m_workingLabel->setForegroundRole(QPalette::PlaceholderText);

    m_prepareButton = new QPushButton(tr("&Prepare"), this);
    m_prepareButton->setObjectName(QStringLiteral("prepareButton"));
    m_prepareButton->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_deployButton = new QPushButton(tr("&Deploy\u2026"), this);
    m_deployButton->setObjectName(QStringLiteral("deployButton"));
    m_deployButton->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_holdButton = new QPushButton(tr("Ho&ld"), this);
    m_holdButton->setObjectName(QStringLiteral("holdButton"));
    m_holdButton->setIcon(style()->standardIcon(QStyle::SP_MediaPause));
    m_holdButton->setToolTip(tr("Finish the modules being prepared or deployed, then stop and "
                                "release the locks. Resume continues where it stopped."));
    m_resumeButton = new QPushButton(tr("&Resume"), this);
    m_resumeButton->setObjectName(QStringLiteral("resumeButton"));
    m_resumeButton->setIcon(style()->standardIcon(QStyle::SP_MediaSeekForward));
    m_resumeButton->setToolTip(tr("Continue the step on hold, or stopped, where it stopped."));
    m_stepDetailsButton = new QPushButton(tr("Step De&tails"), this);
    m_stepDetailsButton->setObjectName(QStringLiteral("stepDetailsButton"));
    m_stepDetailsButton->setToolTip(tr("Every module of this step and its state."));
    m_deployHint = makeWrappingLabel(this, QStringLiteral("deployHint"));
    m_deployHint->setForegroundRole(QPalette::PlaceholderText);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_prepareButton);
    buttonRow->addWidget(m_deployButton);
    buttonRow->addWidget(m_holdButton);
    buttonRow->addWidget(m_resumeButton);
    buttonRow->addWidget(m_stepDetailsButton);
    buttonRow->addSpacing(8);
    buttonRow->addWidget(m_deployHint, 1);
    // The buttons keep their size when the hint is hidden.
    buttonRow->addStretch(0);

    // The upgrades report.
    auto *reportTitle = makeSectionTitle(tr("Upgrades report"), this);
    m_kindCombo = new QComboBox(this);
    m_kindCombo->setObjectName(QStringLiteral("kindFilter"));
    m_kindCombo->setAccessibleName(tr("Show executions of kind"));
    m_kindCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_kindCombo->addItem(tr("All executions"));
    m_kindCombo->addItem(tr("Preparations"), executionKindKey(ExecutionKind::Preparation));
    m_kindCombo->addItem(tr("Deployments"), executionKindKey(ExecutionKind::Deployment));
    auto *kindLabel = new QLabel(tr("&Show:"), this);
    kindLabel->setBuddy(m_kindCombo);
    m_reportCount = makeValueLabel(this, QStringLiteral("executionCount"));
    m_reportCount->setForegroundRole(QPalette::PlaceholderText);
    auto *reportRow = new QHBoxLayout;
    reportRow->addWidget(reportTitle);
    reportRow->addSpacing(12);
    reportRow->addWidget(kindLabel);
    reportRow->addWidget(m_kindCombo);
    reportRow->addStretch(1);
    reportRow->addWidget(m_reportCount);

    m_filter->setSourceModel(m_model);
    m_filter->setSortRole(ExecutionsModel::SortRole);
    m_filter->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setFilterRole(ExecutionsModel::KindRole);
    m_filter->setFilterKeyColumn(int(ExecutionsModel::Column::Kind));
    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("executionsView"));
    m_view->setAccessibleName(tr("Upgrades report"));
    m_view->setModel(m_filter);
    m_view->setRootIsDecorated(false);
    m_view->setItemsExpandable(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(int(ExecutionsModel::Column::Id), Qt::DescendingOrder);
    m_view->setMinimumHeight(fontMetrics().lineSpacing() * 6);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    // Each column as wide as its header or its widest usual value, sort mark included.
    using Column = ExecutionsModel::Column;
    const QFontMetrics metrics = m_view->fontMetrics();
    const int padding = header->style()->pixelMetric(QStyle::PM_HeaderMargin) * 2 + 4;
    const int sortMark = header->style()->pixelMetric(QStyle::PM_HeaderMarkSize);
    const auto fit = [&](Column column, const QStringList &samples) {
        int width
            = metrics.horizontalAdvance(m_model->headerData(int(column), Qt::Horizontal).toString())
            + sortMark;
        for (const QString &sample : samples)
            width = std::max(width, metrics.horizontalAdvance(sample));
        header->resizeSection(int(column), width + padding);
    };
    const QString time = format::dateTime(QDateTime(QDate(2024, 12, 28), QTime(23, 58)));
    fit(Column::Id, {QStringLiteral("9999")});
    fit(Column::Kind,
        {executiontext::kindName(ExecutionKind::Preparation),
         executiontext::kindName(ExecutionKind::Deployment)});
    fit(Column::PlatformVersion, {QStringLiteral("11.19.0")});
    fit(Column::StartedBy, {QStringLiteral("Compiler Service")});
    fit(Column::Started, {time});
    fit(Column::Ended, {time});
    fit(Column::Duration, {format::duration(59 * 60 * 1000 + 59000)});
    fit(Column::Status, {executiontext::statusName(ExecutionStatus::FinishedWithErrors)});
    for (Column column : {Column::Total, Column::Succeeded, Column::Failed, Column::Skipped})
        fit(column, {QStringLiteral("99999")});
    m_noExecutions = new QLabel(this);
    m_noExecutions->setObjectName(QStringLiteral("noExecutionsLabel"));
    m_noExecutions->setAlignment(Qt::AlignCenter);
    m_noExecutions->setWordWrap(true);
    m_noExecutions->setForegroundRole(QPalette::PlaceholderText);
    m_reportStack = new QStackedWidget(this);
    m_reportStack->addWidget(m_view);
    m_reportStack->addWidget(m_noExecutions);

    auto *reportHint = makeNameLabel(
        tr("Double-click an execution, or press Enter, to see its modules and export it."), this);
    reportHint->setWordWrap(true);
    m_detailsButton = new QPushButton(tr("&Execution Details\u2026"), this);
    m_detailsButton->setObjectName(QStringLiteral("executionDetailsButton"));
    auto *reportButtons = new QHBoxLayout;
    reportButtons->addWidget(reportHint, 1);
    reportButtons->addWidget(m_detailsButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addSpacing(8);
    layout->addWidget(m_sectionTitle);
    layout->addWidget(m_statusPanel);
    layout->addLayout(progressRow);
    layout->addWidget(m_countsRow);
    layout->addWidget(m_times);
    layout->addWidget(m_workingLabel);
    layout->addSpacing(4);
    layout->addLayout(buttonRow);
    layout->addSpacing(16);
    layout->addLayout(reportRow);
    layout->addWidget(m_reportStack, 1);
    layout->addLayout(reportButtons);

    connect(m_prepareButton, &QPushButton::clicked, this, [this] { prepare(); });
    connect(m_deployButton, &QPushButton::clicked, this, [this] { deploy(); });
    connect(m_holdButton, &QPushButton::clicked, this, [this] { hold(); });
    connect(m_resumeButton, &QPushButton::clicked, this, [this] { resume(); });
    connect(m_stepDetailsButton, &QPushButton::clicked, this, [this] {
        const std::optional<ExecutionSummary> step = currentStep();
        const qint64 id = m_liveExecution != 0 ? m_liveExecution : step ? step->id : 0;
        if (id != 0)
            openExecution(id);
    });
    connect(m_detailsButton, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid())
            openExecution(current.data(ExecutionsModel::IdRole).toLongLong());
    });
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        openExecution(index.data(ExecutionsModel::IdRole).toLongLong());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &UpgradesPage::updateButtons);
    connect(m_kindCombo, &QComboBox::currentIndexChanged, this, [this] {
        const QString key = m_kindCombo->currentData().toString();
        m_filter->setFilterRegularExpression(
            key.isEmpty() ? QRegularExpression()
                          : QRegularExpression(QRegularExpression::anchoredPattern(key)));
        updateReportSection();
    });
    connect(&m_pollWatcher, &QFutureWatcherBase::finished, this, &UpgradesPage::onPolled);
    connect(&m_planWatcher, &QFutureWatcherBase::finished, this, &UpgradesPage::onPlanRead);
    connect(&m_holdWatcher, &QFutureWatcherBase::finished, this, &UpgradesPage::onHoldFinished);

    m_pollTimer->setInterval(std::chrono::seconds(1));
    connect(m_pollTimer, &QTimer::timeout, this, [this] {
        if (m_pollWatcher.isRunning()) // a slow poll skips a tick rather than queueing one
            return;
        if (!isVisible() && !runsJob() && m_sinceFullPoll.isValid()
            && m_sinceFullPoll.elapsed() < hiddenPollIntervalMs)
            return;
        poll();
    });
    m_pollTimer->start();
    updateView();
    poll();
}

UpgradesPage::~UpgradesPage()
{
    m_pollTimer->stop();
    m_pollWatcher.disconnect(this);
    m_planWatcher.disconnect(this);
    m_holdWatcher.disconnect(this);
    // A running step is asked to hold, and waited for while the page is whole.
    delete m_job;
    delete m_prepareJob;
    m_pollWatcher.waitForFinished();
    m_planWatcher.waitForFinished();
    m_holdWatcher.waitForFinished();
    for (QWidget *dialog : {static_cast<QWidget *>(m_messageBox.data()),
                            static_cast<QWidget *>(m_refusalDialog.data()),
                            static_cast<QWidget *>(m_detailDialog.data())}) {
        if (dialog) {
            dialog->disconnect(this);
            delete dialog;
        }
    }
}

void UpgradesPage::refresh()
{
    m_readPlan = true;
    poll();
    if (m_detailDialog)
        m_detailDialog->reload();
}

QWidget *UpgradesPage::initialFocusWidget()
{
    if (m_deployButton->isEnabled())
        return m_deployButton;
    if (m_prepareButton->isEnabled())
        return m_prepareButton;
    return m_view;
}

void UpgradesPage::setPollInterval(std::chrono::milliseconds interval)
{
    m_pollTimer->setInterval(interval);
}

QString UpgradesPage::statusHeadline() const
{
    return m_headline->text();
}

QString UpgradesPage::statusDetail() const
{
    return m_detail->text();
}

QWidget *UpgradesPage::openDialog() const
{
    if (m_refusalDialog)
        return m_refusalDialog;
    return m_messageBox;
}

std::optional<ExecutionSummary> UpgradesPage::currentStep() const
{
    if (m_ended)
        return m_ended;
    return m_snapshot ? m_snapshot->latestStep() : std::nullopt;
}

ExecutionDetailDialog *UpgradesPage::detailDialog() const
{
    return m_detailDialog;
}

ExecutionDetailDialog *UpgradesPage::openExecution(qint64 executionId)
{
    if (executionId <= 0)
        return nullptr;
    if (!m_detailDialog) {
        auto *dialog = new ExecutionDetailDialog(m_dataDir, executionId, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &ExecutionDetailDialog::errorLogEntryRequested, this,
                &UpgradesPage::errorLogEntryRequested);
        m_detailDialog = dialog;
    } else {
        m_detailDialog->showExecution(executionId);
    }
    m_detailDialog->show();
    m_detailDialog->raise();
    m_detailDialog->activateWindow();
    return m_detailDialog;
}

// --- The poll -----------------------------------------------------------------------

void UpgradesPage::poll()
{
    if (m_pollWatcher.isRunning()) { // it follows the one running
        m_pollAgain = true;
        return;
    }
    UpgradesReportRequest request;
    request.planFingerprint = m_planFingerprint;
    request.readPlan = m_readPlan || ++m_pollsSincePlan >= pollsPerPlan;
    m_sinceFullPoll.start();
    m_pollWatcher.setFuture(runWithEnvironment(m_dataDir, [request](Environment &environment) {
        return readUpgradesReport(environment, request);
    }));
}

void UpgradesPage::onPolled()
{
    const Result<UpgradesReportSnapshot> result = m_pollWatcher.result();
    if (!result) {
        m_pollError = result.error();
        updateView();
        emit polled();
        if (std::exchange(m_pollAgain, false))
            poll();
        return;
    }
    m_pollError.reset();
    const std::optional<ExecutionSummary> before = currentStep();
    m_snapshot = *result;
    if (m_snapshot->planRead) {
        m_plan = m_snapshot->plan;
        m_planError = m_snapshot->planError;
        m_planFingerprint = m_snapshot->fingerprint;
        m_pollsSincePlan = 0;
        m_readPlan = false;
    }
    if (m_ended) {
        // The poll has this page's last run once it reads it as it ended.
        for (const ExecutionSummary &execution : std::as_const(m_snapshot->executions)) {
            if (execution.id == m_ended->id && execution.status == m_ended->status) {
                m_ended.reset();
                break;
            }
        }
    }
    setExecutions(m_snapshot->executions);

    // A step that ended (here or elsewhere) changed the modules' states.
    const std::optional<ExecutionSummary> now = currentStep();
    const bool ended = before && now && before->id == now->id
        && before->status == ExecutionStatus::Running && now->status != ExecutionStatus::Running;
    updateView();
    if (ended && !runsJob())
        emit environmentChanged();
    emit polled();
    if (std::exchange(m_pollAgain, false))
        poll();
}

void UpgradesPage::setExecutions(const QList<ExecutionSummary> &executions)
{
    QList<ExecutionSummary> rows = executions;
    // This page's last run as it ended, until the poll reads it so.
    if (m_ended) {
        bool found = false;
        for (ExecutionSummary &row : rows) {
            if (row.id == m_ended->id) {
                row = *m_ended;
                found = true;
            }
        }
        if (!found)
            rows.prepend(*m_ended);
    }
    m_model->setExecutions(rows);
}

// --- Actions ------------------------------------------------------------------------

QString UpgradesPage::stepRunningBlocker() const
{
    if (m_job)
        return tr("The modules deployment is running in this window.");
    if (m_prepareJob)
        return tr("The modules preparation is running in this window.");
    if (!m_snapshot)
        return m_pollError ? m_pollError->message : tr("Reading the environment\u2026");
    std::optional<ExecutionSummary> step = m_snapshot->runningStep();
    if (step && m_ended && step->id == m_ended->id)
        step.reset(); // this page's run ended; the poll has not read it yet
    if (!step)
        return {};
    return step->kind == ExecutionKind::Deployment
        ? tr("A modules deployment is running in process %1 on %2.")
              .arg(step->holderPid)
              .arg(step->holderHost)
        : tr("A modules preparation is running in process %1 on %2.")
              .arg(step->holderPid)
              .arg(step->holderHost);
}

QString UpgradesPage::deployBlocker() const
{
    if (const QString running = stepRunningBlocker(); !running.isEmpty())
        return running;
    if (m_planError)
        return m_planError->message;
    if (!m_plan)
        return tr("Reading the environment\u2026");
    if (m_plan->deployCount() == 0)
        return m_plan->summary(); // "Nothing to deploy for platform version …"
    return {};
}

QString UpgradesPage::prepareBlocker() const
{
    if (const QString running = stepRunningBlocker(); !running.isEmpty())
        return running;
    const QString version = m_snapshot->platformVersion.toString();
    if (!m_snapshot->modulesPreparation)
        return tr("Platform version %1 has no modules preparation: publishing a module "
                  "compiles it with this version.")
            .arg(version);
    const std::optional<ExecutionSummary> step = currentStep();
    if (step && (step->status == ExecutionStatus::OnHold || step->isOrphaned()))
        return step->kind == ExecutionKind::Preparation
            ? tr("The modules preparation for platform version %1 stopped before the end: "
                 "Resume it.")
                  .arg(version)
            : tr("The modules deployment for platform version %1 stopped before the end: "
                 "Resume it first.")
                  .arg(version);
    const std::optional<ExecutionSummary> preparation = m_snapshot->preparation();
    if (preparation && preparation->status == ExecutionStatus::Succeeded)
        return tr("Every module published with success is prepared for platform version %1.")
            .arg(version);
    return {};
}

bool UpgradesPage::prepare()
{
    if (!m_snapshot || !prepareBlocker().isEmpty())
        return false;
    return startPreparationJob(PreparationRequest::Kind::Prepare);
}

bool UpgradesPage::deploy()
{
    if (runsJob() || m_planWatcher.isRunning() || !deployBlocker().isEmpty())
        return false;
    // The confirmation says what runs now, not what the last poll read.
    m_planWatcher.setFuture(runWithEnvironment(
        m_dataDir, [](Environment &environment) { return environment.deploymentPlan(); }));
    updateButtons();
    return true;
}

void UpgradesPage::onPlanRead()
{
    const Result<DeploymentPlan> plan = m_planWatcher.result();
    if (!plan) {
        m_planError = plan.error();
        m_plan.reset();
        showError(tr("Deploy All Not Available"), plan.error());
    } else {
        m_plan = *plan;
        m_planError.reset();
        if (plan->deployCount() == 0) {
            showError(tr("Nothing to Deploy"), makeError(ErrorCode::Conflict, deployBlocker()));
        } else {
            confirmDeployment(*plan);
        }
    }
    updateView();
}

void UpgradesPage::confirmDeployment(const DeploymentPlan &plan)
{
    const int deploys = plan.deployCount();
    const int skips = int(plan.modules.size()) - deploys;
    QStringList parts;
    parts << plan.summary();
    parts << tr("%1 will be deployed and %2 skipped (already deployed, or without a successful "
                "compilation in this version).")
                 .arg(tr("%n module(s)", nullptr, deploys), tr("%n module(s)", nullptr, skips));
    parts << tr("Until it ends, the modules being deployed cannot be published, deleted or have "
                "their settings applied. Running applications switch to the new version module "
                "by module.");

    QStringList decisions;
    for (const DeploymentDecision &decision : plan.modules) {
        if (decisions.size() == maxDecisionsListed) {
            decisions << tr("\u2026 and %n more", nullptr,
                            int(plan.modules.size()) - maxDecisionsListed);
            break;
        }
        decisions << (decision.deploy ? tr("Deploy %1 (version %2): %3")
                                      : tr("Skip %1 (version %2): %3"))
                         .arg(decision.module, format::versionNumber(decision.version),
                              decision.reason);
    }

    auto *box = new QMessageBox(QMessageBox::Question, tr("Deploy All"),
                                plan.resumes != 0
                                    ? tr("Resume the modules deployment for platform version %1?")
                                          .arg(plan.platformVersion.toString())
                                    : tr("Deploy the prepared modules for platform version %1?")
                                          .arg(plan.platformVersion.toString()),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("confirmDeployDialog"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(parts.join(QStringLiteral("\n\n")));
    box->setDetailedText(decisions.join(u'\n'));
    QPushButton *confirm = box->addButton(tr("&Deploy"), QMessageBox::AcceptRole);
    confirm->setObjectName(QStringLiteral("confirmDeployButton"));
    QPushButton *cancel = box->addButton(tr("Cancel"), QMessageBox::RejectRole);
    cancel->setObjectName(QStringLiteral("cancelDeployButton"));
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    connect(box, &QDialog::finished, this, [this, box, confirm] {
        m_messageBox.clear();
        if (box->clickedButton() == confirm)
            startDeployment();
    });
    if (m_messageBox)
        m_messageBox->close();
    m_messageBox = box;
    box->open();
}

bool UpgradesPage::startDeployment()
{
    return startJob(DeploymentJobResult::Kind::Deploy);
}

bool UpgradesPage::resume()
{
    const std::optional<ExecutionSummary> step = currentStep();
    if (runsJob() || !step)
        return false;
    return step->kind == ExecutionKind::Preparation
        ? startPreparationJob(PreparationRequest::Kind::Resume)
        : startJob(DeploymentJobResult::Kind::Resume);
}

bool UpgradesPage::hold()
{
    if (m_holdWatcher.isRunning())
        return false;
    const bool ownRun = runsJob() && m_liveExecution != 0;
    const std::optional<ExecutionSummary> step = currentStep();
    if (!ownRun && !(step && step->runsInAProcess()))
        return false;
    m_holdWatcher.setFuture(
        runWithEnvironment(m_dataDir, [user = m_user](Environment &environment) {
            return environment.holdStep(user);
        }));
    updateView();
    return true;
}

bool UpgradesPage::startJob(DeploymentJobResult::Kind kind)
{
    if (runsJob())
        return false;
    m_job = new DeploymentJob(m_dataDir, m_user, kind, this);
    connect(m_job, &DeploymentJob::deploymentStarted, this, &UpgradesPage::onStepStarted);
    connect(m_job, &DeploymentJob::progress, this, &UpgradesPage::onJobProgress);
    connect(m_job, &DeploymentJob::finished, this, &UpgradesPage::onJobFinished);
    m_live.reset();
    m_working.clear();
    m_liveExecution = 0;
    m_note.clear();
    m_job->start();
    updateView();
    return true;
}

bool UpgradesPage::startPreparationJob(PreparationRequest::Kind kind)
{
    if (runsJob())
        return false;
    PreparationRequest request;
    request.kind = kind;
    m_prepareJob = new PreparationJob(m_dataDir, m_user, request, this);
    connect(m_prepareJob, &PreparationJob::preparationStarted, this, &UpgradesPage::onStepStarted);
    connect(m_prepareJob, &PreparationJob::progress, this, &UpgradesPage::onJobProgress);
    connect(m_prepareJob, &PreparationJob::finished, this, &UpgradesPage::onPreparationJobFinished);
    m_live.reset();
    m_working.clear();
    m_liveExecution = 0;
    m_note.clear();
    m_prepareJob->start();
    updateView();
    return true;
}

void UpgradesPage::onStepStarted(const ExecutionSummary &execution)
{
    m_liveExecution = execution.id;
    poll(); // the report shows the new row at once
    updateView();
}

void UpgradesPage::onJobProgress(const StepProgress &progress)
{
    if (!runsJob())
        return;
    m_live = progress;
    m_liveExecution = progress.executionId;
    for (const ModuleStateChange &change : progress.changes) {
        if (change.state == ModuleRunState::Running)
            m_working.insert(change.module);
        else
            m_working.remove(change.module);
    }
    updateView();
}

void UpgradesPage::onJobFinished(const DeploymentJobResult &result)
{
    std::exchange(m_job, nullptr)->deleteLater();
    const DeploymentJobResult::Kind kind = result.kind;
    onStepJobEnded(result.execution, result.error,
                   kind == DeploymentJobResult::Kind::Resume ? tr("Modules Deployment Not Resumed")
                                                             : tr("Modules Deployment Not Started"),
                   [this, kind] { startJob(kind); });
    emit jobFinished(result);
}

void UpgradesPage::onPreparationJobFinished(const PreparationJobResult &result)
{
    std::exchange(m_prepareJob, nullptr)->deleteLater();
    const PreparationRequest::Kind kind = result.request.kind;
    onStepJobEnded(result.execution, result.error,
                   kind == PreparationRequest::Kind::Resume ? tr("Modules Preparation Not Resumed")
                                                            : tr("Modules Preparation Not Started"),
                   [this, kind] { startPreparationJob(kind); });
    emit preparationFinished(result);
}

void UpgradesPage::onStepJobEnded(const std::optional<ExecutionSummary> &execution,
                                  const std::optional<Error> &error, const QString &title,
                                  const std::function<void()> &retry)
{
    m_live.reset();
    m_working.clear();
    m_liveExecution = 0;
    if (execution)
        m_ended = *execution; // shown at once, until the poll reads it
    if (m_snapshot)
        setExecutions(m_snapshot->executions);

    QString message;
    if (error) {
        message = error->message;
        if (error->code == ErrorCode::Locked)
            showLockRefusal(*error, retry);
        else
            showError(title, *error);
    } else if (execution) {
        message = execution->message;
        if (execution->status == ExecutionStatus::OnHold)
            message = execution->kind == ExecutionKind::Preparation
                ? tr("The modules preparation is on hold.")
                : tr("The modules deployment is on hold.");
    }

    m_readPlan = true;
    updateView();
    poll();
    if (!message.isEmpty())
        emit statusMessage(message);
    emit environmentChanged();
}

void UpgradesPage::onHoldFinished()
{
    const Result<ExecutionSummary> held = m_holdWatcher.result();
    if (!held)
        showError(tr("Not Put on Hold"), held.error());
    updateView();
    poll();
}

void UpgradesPage::showError(const QString &title, const Error &error)
{
    if (m_messageBox) // one at a time; the newest says what happened last
        m_messageBox->close();
    auto *box
        = new QMessageBox(QMessageBox::Warning, title, error.message, QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("deployErrorDialog"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (!error.detail.isEmpty())
        box->setDetailedText(error.detail);
    QPushButton *close = box->addButton(tr("&Close"), QMessageBox::RejectRole);
    close->setObjectName(QStringLiteral("closeErrorButton"));
    box->setEscapeButton(close);
    connect(box, &QDialog::finished, this, [this] { m_messageBox.clear(); });
    m_messageBox = box;
    box->open();
}

void UpgradesPage::showLockRefusal(const Error &error, const std::function<void()> &retry)
{
    if (m_refusalDialog)
        return;
    auto *dialog = new LockRefusalDialog(error.message, error.detail, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // A step has no way to cancel a wait for locks: it is tried again instead.
    dialog->setWaitOffered(false);
    connect(dialog, &QDialog::finished, this, [this, retry](int choice) {
        m_refusalDialog.clear();
        if (choice == LockRefusalDialog::TryAgain)
            retry();
    });
    m_refusalDialog = dialog;
    dialog->open();
}

// --- The view -----------------------------------------------------------------------

void UpgradesPage::updateView()
{
    updateStepSection();
    updateButtons();
    updateReportSection();
}

void UpgradesPage::setPanelTone(const QColor &accent)
{
    if (accent == m_panelTone) // a style sheet repolishes the panel: only when it changes
        return;
    m_panelTone = accent;
    m_statusPanel->setStyleSheet(panelStyle(m_statusPanel->objectName(), accent));
}

void UpgradesPage::updateStepSection()
{
    QString headline;
    QString detail;
    QColor tone = neutralTone;
    std::optional<ExecutionCounts> counts;
    bool indeterminate = false;
    QString times;

    const PlatformVersion version = m_snapshot ? m_snapshot->platformVersion : PlatformVersion{};
    m_sectionTitle->setText(
        version.isNull() ? tr("Upgrade steps")
                         : tr("Upgrade steps for platform version %1").arg(version.toString()));

    const auto startedText = [](const ExecutionSummary &execution) {
        return tr("Execution %1 \u00b7 started %2 by %3")
            .arg(execution.id)
            .arg(format::dateTime(execution.startedAt), execution.startedBy);
    };
    const std::optional<ExecutionSummary> row = currentStep();
    const bool holdPending = m_holdWatcher.isRunning() || (m_live && m_live->holdRequested)
        || (row && row->status == ExecutionStatus::Running && row->holdRequested);
    // The kind of step shown: the job's while one runs, else the row's.
    const bool preparation
        = m_prepareJob != nullptr || (!m_job && row && row->kind == ExecutionKind::Preparation);

    if (runsJob()) {
        tone = runningTone;
        if (holdPending) {
            headline = preparation ? tr("Putting the modules preparation on hold\u2026")
                                   : tr("Putting the modules deployment on hold\u2026");
            detail = preparation
                ? tr("The modules being compiled finish first; then it stops and releases its "
                     "locks.")
                : tr("The modules being deployed finish first; then it stops and releases its "
                     "locks.");
        } else if (preparation) {
            headline
                = tr("Preparing the modules for platform version %1\u2026").arg(version.toString());
            detail = tr("It runs in this window. It compiles the modules with the new version "
                        "without deploying them; running applications do not change.");
        } else {
            headline = tr("Deploying the prepared modules for platform version %1\u2026")
                           .arg(version.toString());
            detail = tr("It runs in this window. Modules being deployed cannot be published, "
                        "deleted or have their settings applied until they are done.");
        }
        if (m_live) {
            counts = m_live->counts;
            times = (m_liveExecution != 0 && row && row->id == m_liveExecution
                         ? startedText(*row) + QStringLiteral(" \u00b7 ")
                         : QString())
                + tr("elapsed %1 \u00b7 remaining %2")
                      .arg(format::duration(m_live->elapsedMs), remainingText(m_live->etaMs));
        } else {
            indeterminate = true;
        }
    } else if (!m_snapshot) {
        headline = m_pollError ? tr("The environment cannot be read.") : tr("Loading\u2026");
        detail = m_pollError ? m_pollError->fullText() : QString();
        tone = m_pollError ? errorTone : neutralTone;
    } else if (row && row->status == ExecutionStatus::Running) {
        counts = row->counts;
        if (row->isOrphaned()) {
            headline = preparation
                ? tr("The modules preparation stopped: the process running it ended.")
                : tr("The modules deployment stopped: the process running it ended.");
            detail = preparation
                ? tr("Resume continues where it stopped; no module is compiled twice.")
                : tr("Resume continues where it stopped; no module is deployed twice.");
            tone = warningTone;
            times = startedText(*row);
        } else {
            tone = runningTone;
            const QString runVersion = row->platformVersion.toString();
            if (holdPending) {
                headline = preparation ? tr("Putting the modules preparation on hold\u2026")
                                       : tr("Putting the modules deployment on hold\u2026");
                detail = preparation
                    ? tr("Process %1 on %2 finishes the modules it is compiling, then holds.")
                          .arg(row->holderPid)
                          .arg(row->holderHost)
                    : tr("Process %1 on %2 finishes the modules it is deploying, then holds.")
                          .arg(row->holderPid)
                          .arg(row->holderHost);
            } else {
                headline = preparation
                    ? tr("Preparing the modules for platform version %1\u2026").arg(runVersion)
                    : tr("Deploying the prepared modules for platform version %1\u2026")
                          .arg(runVersion);
                detail = tr("It runs in process %1 on %2, started by %3; this page follows it.")
                             .arg(row->holderPid)
                             .arg(row->holderHost, row->startedBy);
            }
            const ExecutionCounts &c = row->counts;
            const int done = c.total - c.pending;
            const qint64 elapsed = row->durationMs();
            const qint64 eta = done > 0 ? elapsed * c.pending / done : -1;
            times = startedText(*row) + QStringLiteral(" \u00b7 ")
                + tr("elapsed %1 \u00b7 remaining %2")
                      .arg(format::duration(elapsed), remainingText(eta));
        }
    } else if (row && row->status == ExecutionStatus::OnHold) {
        counts = row->counts;
        headline = preparation ? tr("The modules preparation is on hold.")
                               : tr("The modules deployment is on hold.");
        detail = tr("%1 of %2 modules are done. Resume continues where it stopped.")
                     .arg(row->counts.total - row->counts.pending)
                     .arg(row->counts.total);
        tone = warningTone;
        times = startedText(*row);
    } else if (row) {
        counts = row->counts;
        headline = row->message.isEmpty() ? executiontext::statusName(row->status) : row->message;
        switch (row->status) {
        case ExecutionStatus::Succeeded:
            tone = successTone;
            if (!preparation) {
                detail = tr("The environment is fully upgraded to platform version %1.")
                             .arg(row->platformVersion.toString());
            } else if (m_plan && m_plan->deployCount() > 0) {
                // What comes next matters more than the preparation's success.
                tone = runningTone;
                headline
                    = tr("%n prepared module(s) ready to deploy.", nullptr, m_plan->deployCount());
                detail = deployAllText(m_plan->platformVersion);
            }
            break;
        case ExecutionStatus::FinishedWithErrors:
            tone = warningTone;
            detail = preparation
                ? tr("%1 failed to compile and %2 were skipped. Fix or republish the failed "
                     "modules, then press Prepare to prepare again only those left failed or "
                     "skipped.")
                      .arg(tr("%n module(s)", nullptr, row->counts.failed),
                           tr("%n module(s)", nullptr, row->counts.skipped))
                : tr("%1 failed to deploy and %2 were skipped. Press Deploy to deploy again "
                     "only the modules that failed; if they keep failing, publish them instead.")
                      .arg(tr("%n module(s)", nullptr, row->counts.failed),
                           tr("%n module(s)", nullptr, row->counts.skipped));
            break;
        case ExecutionStatus::Failed:
            tone = errorTone;
            detail = row->detail.isEmpty() ? tr("The Error Log has the details of what failed.")
                                           : row->detail;
            break;
        default:
            break;
        }
        times = startedText(*row) + QStringLiteral(" \u00b7 ")
            + tr("ended %1 \u00b7 took %2")
                  .arg(format::dateTime(row->endedAt), format::duration(row->durationMs()));
    } else if (m_planError) {
        headline = tr("Deploy All is not available.");
        detail = m_planError->message;
    } else if (m_plan && m_plan->deployCount() > 0) {
        tone = runningTone;
        headline = tr("%n prepared module(s) ready to deploy.", nullptr, m_plan->deployCount());
        detail = deployAllText(m_plan->platformVersion);
    } else if (m_plan) {
        headline = tr("Nothing to deploy.");
        detail = deployBlocker();
    } else {
        headline = tr("Loading\u2026");
    }

    m_headline->setText(headline);
    m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty());
    setPanelTone(tone);

    m_shownCounts = counts.value_or(ExecutionCounts{});
    const bool showProgress = counts.has_value() || indeterminate;
    m_progress->setVisible(showProgress);
    m_progressText->setVisible(showProgress);
    m_countsRow->setVisible(counts.has_value());
    m_succeededName->setText(preparation ? tr("Prepared:") : tr("Deployed:"));
    if (indeterminate || !counts) {
        m_progress->setRange(0, 0);
        m_progressText->clear();
    } else {
        const ExecutionCounts &c = *counts;
        const int done = c.total - c.pending;
        setProgress(m_progress, 0, std::max(1, c.total), c.total == 0 ? 1 : done);
        m_progressText->setText(tr("%1 of %2 modules (%3%)")
                                    .arg(done)
                                    .arg(c.total)
                                    .arg(c.total == 0 ? 100 : done * 100 / c.total));
        m_succeeded->setText(QString::number(c.succeeded));
        m_failed->setText(QString::number(c.failed));
        m_skipped->setText(QString::number(c.skipped));
        m_pending->setText(QString::number(c.pending));
        m_total->setText(QString::number(c.total));
    }
    m_times->setText(times);
    m_times->setVisible(!times.isEmpty());

    QStringList working(m_working.cbegin(), m_working.cend());
    working.sort(Qt::CaseInsensitive);
    if (working.isEmpty() || !runsJob()) {
        m_workingLabel->clear();
        m_workingLabel->setVisible(false);
    } else {
        const QString list = listWithMore(working, maxWorkingShown);
        m_workingLabel->setText(preparation ? tr("Compiling now: %1").arg(list)
                                            : tr("Deploying now: %1").arg(list));
        m_workingLabel->setVisible(true);
    }
}

void UpgradesPage::updateButtons()
{
    const std::optional<ExecutionSummary> row = currentStep();
    const bool orphaned = row && row->isOrphaned();
    const bool onHold = row && row->status == ExecutionStatus::OnHold;
    const bool runningElsewhere = !runsJob() && row && row->runsInAProcess();
    const bool holdPending = m_holdWatcher.isRunning() || (m_live && m_live->holdRequested)
        || (row && row->status == ExecutionStatus::Running && row->holdRequested);

    const QString blocker = deployBlocker();
    m_deployButton->setEnabled(blocker.isEmpty() && !m_planWatcher.isRunning());
    m_deployButton->setToolTip(blocker.isEmpty() && m_plan ? m_plan->summary() : blocker);
    // Beside the buttons, what Deploy would do or why it cannot, unless the panel says it.
    const QString hint = blocker.isEmpty() && m_plan && m_plan->resumes != 0
        ? m_plan->summary() // "Resumes execution N: …"
        : blocker.isEmpty() && m_plan
        ? tr("%1 to deploy, %2 skipped.")
              .arg(tr("%n module(s)", nullptr, m_plan->deployCount()),
                   tr("%n module(s)", nullptr, int(m_plan->modules.size()) - m_plan->deployCount()))
        : (runsJob() || runningElsewhere || m_detail->text() == blocker ? QString() : blocker);
    m_deployHint->setText(hint);
    m_deployHint->setVisible(!hint.isEmpty());

    const QString prepareWhyNot = m_snapshot ? prepareBlocker() : stepRunningBlocker();
    m_prepareButton->setEnabled(m_snapshot && prepareWhyNot.isEmpty());
    const std::optional<ExecutionSummary> preparation
        = m_snapshot ? m_snapshot->preparation() : std::nullopt;
    m_prepareButton->setToolTip(
        !prepareWhyNot.isEmpty() ? prepareWhyNot
            : preparation && preparation->counts.failed + preparation->counts.skipped > 0
            ? tr("Prepare again the %1 that failed and the %2 that were skipped in execution %3, "
                 "with their producers' new compilations.")
                  .arg(tr("%n module(s)", nullptr, preparation->counts.failed),
                       tr("%n module(s)", nullptr, preparation->counts.skipped))
                  .arg(preparation->id)
            : tr("Compile, without deploying, every module published with success that is not "
                 "prepared for this platform version yet."));

    m_holdButton->setEnabled(!holdPending
                             && ((runsJob() && m_liveExecution != 0) || runningElsewhere));
    m_resumeButton->setEnabled(!runsJob()
                               && (onHold || orphaned || (runningElsewhere && row->holdRequested)));
    m_stepDetailsButton->setEnabled(m_liveExecution != 0 || row.has_value());
    m_detailsButton->setEnabled(m_view->currentIndex().isValid());
}

void UpgradesPage::updateReportSection()
{
    const int total = m_model->rowCount();
    const int shown = m_filter->rowCount();
    if (!m_snapshot && total == 0) {
        m_noExecutions->setText(m_pollError ? m_pollError->fullText() : tr("Loading\u2026"));
    } else if (total == 0) {
        m_noExecutions->setText(
            tr("No modules preparation or deployment has run in this environment yet. Upgrading "
               "the platform (Administration > Platform Upgrade) prepares the modules; Deploy "
               "then deploys them."));
    } else {
        m_noExecutions->setText(tr("No execution of this kind."));
    }
    m_reportStack->setCurrentWidget(shown == 0 ? static_cast<QWidget *>(m_noExecutions) : m_view);
    m_reportCount->setText(shown == total ? tr("%n execution(s)", nullptr, total)
                                          : tr("%1 of %n execution(s)", nullptr, total).arg(shown));
    m_reportCount->setVisible(total > 0);
    m_detailsButton->setEnabled(m_view->currentIndex().isValid());
}

} // namespace osc
