#include "platformupgradepage.h"

#include "common/environmenttask.h"
#include "common/formatting.h"
#include "common/lockrefusaldialog.h"
#include "common/pagelabels.h"
#include "common/progressbars.h"
#include "common/tones.h"
#include "domain/messages.h"
#include "upgradepreviewpanel.h"
#include "util/namelist.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace osc {

namespace {

constexpr int maxCompilingShown = 4;

QString moduleStateName(ModuleRunState state)
{
    switch (state) {
    case ModuleRunState::Pending:
        return PlatformUpgradePage::tr("Pending");
    case ModuleRunState::Running:
        return PlatformUpgradePage::tr("Compiling");
    case ModuleRunState::Succeeded:
        return PlatformUpgradePage::tr("Prepared");
    case ModuleRunState::Failed:
        return PlatformUpgradePage::tr("Failed");
    case ModuleRunState::Skipped:
        return PlatformUpgradePage::tr("Skipped");
    }
    return {};
}

} // namespace

PlatformUpgradePage::PlatformUpgradePage(const QString &dataDir, const QString &user,
                                         QWidget *parent)
    : Page(parent), m_dataDir(dataDir), m_user(user), m_pollTimer(new QTimer(this))
{
    auto *content = new QWidget;
    auto *title = new QLabel(tr("Platform Upgrade"), content);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    title->setFont(titleFont);

    // The platform, and the upgrade to a newer installed version.
    m_platformValue = makeValueLabel(content, QStringLiteral("currentPlatform"));
    m_componentsValue = makeWrappingLabel(content, QStringLiteral("systemComponents"));
    m_targetCombo = new QComboBox(content);
    m_targetCombo->setObjectName(QStringLiteral("targetCombo"));
    m_targetCombo->setAccessibleName(tr("Platform version to upgrade to"));
    m_targetCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_upgradeButton = new QPushButton(tr("&Upgrade\u2026"), content);
    m_upgradeButton->setObjectName(QStringLiteral("upgradeButton"));
    m_skipPreparation = new QCheckBox(tr("S&kip the modules preparation"), content);
    m_skipPreparation->setObjectName(QStringLiteral("skipPreparationCheck"));
    m_skipPreparation->setToolTip(
        tr("For an unattended upgrade: no module is compiled with the new version, so every "
           "module must be published again."));
    m_withoutComponents = new QCheckBox(tr("Do&n't install the system components"), content);
    m_withoutComponents->setObjectName(QStringLiteral("noSystemComponentsCheck"));
    m_withoutComponents->setToolTip(
        tr("Install them later with Install System Components. Until then, the modules "
           "preparation fails."));
    m_upgradeHint = makeWrappingLabel(content, QStringLiteral("upgradeHint"));
    m_upgradeHint->setForegroundRole(QPalette::PlaceholderText);
    m_noTargets = makeWrappingLabel(content, QStringLiteral("noTargetsLabel"));
    m_noTargets->setText(tr("This environment runs the newest installed platform version."));
    m_noTargets->setForegroundRole(QPalette::PlaceholderText);

    m_upgradeForm = new QWidget(content);
    auto *targetRow = new QHBoxLayout;
    targetRow->setContentsMargins(0, 0, 0, 0);
    targetRow->addWidget(m_targetCombo);
    targetRow->addWidget(m_upgradeButton);
    targetRow->addStretch(1);
    auto *formLayout = new QVBoxLayout(m_upgradeForm);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addLayout(targetRow);
    formLayout->addWidget(m_skipPreparation);
    formLayout->addWidget(m_withoutComponents);
    formLayout->addWidget(m_upgradeHint);
    m_preview = new UpgradePreviewPanel(dataDir, m_upgradeForm);
    m_preview->setObjectName(QStringLiteral("upgradePreview"));
    formLayout->addWidget(m_preview);

    m_targetLabel = makeNameLabel(tr("Upgrade &to:"), content);
    m_targetLabel->setBuddy(m_targetCombo);
    auto *platformGrid = new QGridLayout;
    platformGrid->setHorizontalSpacing(12);
    platformGrid->setColumnStretch(1, 1);
    platformGrid->addWidget(makeNameLabel(tr("Platform version:"), content), 0, 0);
    platformGrid->addWidget(m_platformValue, 0, 1);
    platformGrid->addWidget(makeNameLabel(tr("System components:"), content), 1, 0,
                            Qt::AlignLeft | Qt::AlignTop);
    platformGrid->addWidget(m_componentsValue, 1, 1);
    platformGrid->addWidget(m_targetLabel, 2, 0, Qt::AlignLeft | Qt::AlignVCenter);
    platformGrid->addWidget(m_upgradeForm, 2, 1);
    platformGrid->addWidget(m_noTargets, 2, 1); // shown instead of the form
    // The label lines up with the combo, not with the checkboxes under it.
    platformGrid->setAlignment(m_targetLabel, Qt::AlignLeft | Qt::AlignTop);
    const int comboOffset = std::max(
        0, (m_targetCombo->sizeHint().height() - m_targetLabel->sizeHint().height()) / 2);
    m_targetLabel->setContentsMargins(0, comboOffset, 0, 0);
    m_noTargets->setContentsMargins(0, comboOffset, 0, 0);

    // The modules preparation of the current version.
    m_preparationTitle = makeSectionTitle(tr("Modules preparation"), content);
    m_statusPanel = new QFrame(content);
    m_statusPanel->setObjectName(QStringLiteral("preparationPanel"));
    m_headline = makeWrappingLabel(m_statusPanel, QStringLiteral("preparationHeadline"));
    QFont headlineFont = m_headline->font();
    headlineFont.setBold(true);
    m_headline->setFont(headlineFont);
    m_detail = makeWrappingLabel(m_statusPanel, QStringLiteral("preparationDetail"));
    auto *panelLayout = new QVBoxLayout(m_statusPanel);
    panelLayout->addWidget(m_headline);
    panelLayout->addWidget(m_detail);

    m_progress = new QProgressBar(content);
    m_progress->setObjectName(QStringLiteral("preparationProgress"));
    m_progress->setAccessibleName(tr("Modules preparation progress"));
    m_progress->setTextVisible(false);
    m_progressText = makeValueLabel(content, QStringLiteral("preparationProgressText"));
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addSpacing(8);
    progressRow->addWidget(m_progressText);

    m_prepared = makeValueLabel(content, QStringLiteral("preparedCount"));
    m_failed = makeValueLabel(content, QStringLiteral("failedCount"));
    m_skipped = makeValueLabel(content, QStringLiteral("skippedCount"));
    m_pending = makeValueLabel(content, QStringLiteral("pendingCount"));
    m_total = makeValueLabel(content, QStringLiteral("totalCount"));
    m_countsRow = new QWidget(content);
    auto *countsRow = new QHBoxLayout(m_countsRow);
    countsRow->setContentsMargins(0, 0, 0, 0);
    const auto addCount = [&](const QString &name, QLabel *value) {
        countsRow->addWidget(makeNameLabel(name, m_countsRow));
        QFont font = value->font();
        font.setBold(true);
        value->setFont(font);
        countsRow->addWidget(value);
        countsRow->addSpacing(16);
    };
    addCount(tr("Prepared:"), m_prepared);
    addCount(tr("Failed:"), m_failed);
    addCount(tr("Skipped:"), m_skipped);
    addCount(tr("Pending:"), m_pending);
    addCount(tr("Total:"), m_total);
    countsRow->addStretch(1);

    m_times = makeWrappingLabel(content, QStringLiteral("preparationTimes"));
    m_compilingLabel = makeWrappingLabel(content, QStringLiteral("compilingNow"));
    m_compilingLabel->setForegroundRole(QPalette::PlaceholderText);

    m_prepareButton = new QPushButton(tr("&Prepare Modules"), content);
    m_prepareButton->setObjectName(QStringLiteral("prepareButton"));
    m_prepareButton->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_prepareButton->setToolTip(
        tr("Compile, without deploying, every module published with success that is not "
           "prepared for this version yet: after errors, the failed and skipped ones."));
    m_holdButton = new QPushButton(tr("Ho&ld"), content);
    m_holdButton->setObjectName(QStringLiteral("holdButton"));
    m_holdButton->setIcon(style()->standardIcon(QStyle::SP_MediaPause));
    m_holdButton->setToolTip(tr("Finish the modules being compiled, then stop and release the "
                                "locks. Resume continues where it stopped."));
    m_resumeButton = new QPushButton(tr("&Resume"), content);
    m_resumeButton->setObjectName(QStringLiteral("resumeButton"));
    m_resumeButton->setIcon(style()->standardIcon(QStyle::SP_MediaSeekForward));
    m_resumeButton->setToolTip(
        tr("Continue the modules preparation on hold, or stopped, where it stopped."));
    m_installButton = new QPushButton(tr("&Install System Components"), content);
    m_installButton->setObjectName(QStringLiteral("installComponentsButton"));
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_prepareButton);
    buttonRow->addWidget(m_holdButton);
    buttonRow->addWidget(m_resumeButton);
    buttonRow->addStretch(1);
    buttonRow->addWidget(m_installButton);

    m_problemsTitle = makeSectionTitle(QString(), content);
    m_problemsTitle->setObjectName(QStringLiteral("problemsTitle"));
    m_problemsTable = new QTreeWidget(content);
    m_problemsTable->setObjectName(QStringLiteral("problemsTable"));
    m_problemsTable->setAccessibleName(tr("Modules with errors"));
    m_problemsTable->setHeaderLabels({tr("Module"), tr("Result"), tr("Reason")});
    m_problemsTable->setRootIsDecorated(false);
    m_problemsTable->setUniformRowHeights(true);
    m_problemsTable->setAlternatingRowColors(true);
    m_problemsTable->setAllColumnsShowFocus(true);
    m_problemsTable->setWordWrap(false);
    m_problemsTable->setTextElideMode(Qt::ElideRight);
    m_problemsTable->header()->setStretchLastSection(true);
    m_problemsTable->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_problemsTable->setColumnWidth(0, fontMetrics().averageCharWidth() * 34);
    m_problemsTable->setColumnWidth(1, fontMetrics().averageCharWidth() * 12);
    m_problemsTable->setMinimumHeight(fontMetrics().lineSpacing() * 8);
    m_problemsTitle->setBuddy(m_problemsTable);

    auto *layout = new QVBoxLayout(content);
    layout->addWidget(title);
    layout->addSpacing(8);
    layout->addWidget(makeSectionTitle(tr("Platform"), content));
    layout->addLayout(platformGrid);
    layout->addSpacing(16);
    layout->addWidget(m_preparationTitle);
    layout->addWidget(m_statusPanel);
    layout->addLayout(progressRow);
    layout->addWidget(m_countsRow);
    layout->addWidget(m_times);
    layout->addWidget(m_compilingLabel);
    layout->addSpacing(4);
    layout->addLayout(buttonRow);
    layout->addSpacing(12);
    layout->addWidget(m_problemsTitle);
    layout->addWidget(m_problemsTable, 1);
    layout->addStretch(0);

    // The page scrolls when the window is short rather than squeezing its texts.
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("platformUpgradeScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    content->setAutoFillBackground(false);
    scroll->viewport()->setAutoFillBackground(false);
    auto *pageLayout = new QVBoxLayout(this);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addWidget(scroll);

    connect(m_upgradeButton, &QPushButton::clicked, this, &PlatformUpgradePage::confirmUpgrade);
    connect(m_prepareButton, &QPushButton::clicked, this, [this] { prepareModules(); });
    connect(m_holdButton, &QPushButton::clicked, this, [this] { holdPreparation(); });
    connect(m_resumeButton, &QPushButton::clicked, this, [this] { resumePreparation(); });
    connect(m_installButton, &QPushButton::clicked, this, [this] { installSystemComponents(); });
    connect(m_targetCombo, &QComboBox::currentIndexChanged, this,
            &PlatformUpgradePage::updatePlatformSection);
    connect(m_skipPreparation, &QCheckBox::toggled, this,
            &PlatformUpgradePage::updatePlatformSection);
    connect(m_withoutComponents, &QCheckBox::toggled, this,
            &PlatformUpgradePage::updatePlatformSection);
    connect(&m_pollWatcher, &QFutureWatcherBase::finished, this, &PlatformUpgradePage::onPolled);
    connect(&m_holdWatcher, &QFutureWatcherBase::finished, this,
            &PlatformUpgradePage::onHoldFinished);

    m_pollTimer->setInterval(std::chrono::seconds(1));
    connect(m_pollTimer, &QTimer::timeout, this, [this] {
        if (!m_pollWatcher.isRunning()) // a slow poll skips a tick rather than queueing one
            poll();
    });
    m_pollTimer->start();
    updateView();
    poll();
}

PlatformUpgradePage::~PlatformUpgradePage()
{
    m_pollTimer->stop();
    m_pollWatcher.disconnect(this);
    m_holdWatcher.disconnect(this);
    // A running preparation is asked to hold, and waited for while the page is whole.
    delete m_job;
    m_pollWatcher.waitForFinished();
    m_holdWatcher.waitForFinished();
    for (QWidget *dialog : {static_cast<QWidget *>(m_messageBox.data()),
                            static_cast<QWidget *>(m_refusalDialog.data())}) {
        if (dialog) {
            dialog->disconnect(this);
            delete dialog;
        }
    }
}

void PlatformUpgradePage::refresh()
{
    poll();
    m_preview->reload();
}

QWidget *PlatformUpgradePage::initialFocusWidget()
{
    if (m_targetCombo->isVisibleTo(this) && m_targetCombo->isEnabled())
        return m_targetCombo;
    return m_prepareButton;
}

void PlatformUpgradePage::setPollInterval(std::chrono::milliseconds interval)
{
    m_pollTimer->setInterval(interval);
}

std::optional<ExecutionSummary> PlatformUpgradePage::preparation() const
{
    if (m_ended)
        return m_ended;
    return m_snapshot ? m_snapshot->preparation : std::nullopt;
}

bool PlatformUpgradePage::isPreparing() const
{
    if (!m_job)
        return false;
    switch (m_job->request().kind) {
    case PreparationRequest::Kind::Prepare:
    case PreparationRequest::Kind::Resume:
        return true;
    case PreparationRequest::Kind::Upgrade:
        return m_lastUpgrade && m_lastUpgrade->prepare;
    case PreparationRequest::Kind::InstallSystemComponents:
        return false;
    }
    return false;
}

QString PlatformUpgradePage::statusHeadline() const
{
    return m_headline->text();
}

QString PlatformUpgradePage::statusDetail() const
{
    return m_detail->text();
}

QWidget *PlatformUpgradePage::openDialog() const
{
    if (m_refusalDialog)
        return m_refusalDialog;
    return m_messageBox;
}

// --- The poll -----------------------------------------------------------------------

void PlatformUpgradePage::poll()
{
    if (m_pollWatcher.isRunning()) { // it follows the one running
        m_pollAgain = true;
        return;
    }
    SnapshotRequest request;
    request.problemsKnownFor = m_problemsOf;
    m_pollWatcher.setFuture(runWithEnvironment(m_dataDir, [request](Environment &environment) {
        return readUpgradeSnapshot(environment, request);
    }));
}

void PlatformUpgradePage::onPolled()
{
    const Result<UpgradeSnapshot> result = m_pollWatcher.result();
    if (!result) {
        m_pollError = result.error();
        updateView();
        emit polled();
        if (std::exchange(m_pollAgain, false))
            poll();
        return;
    }
    m_pollError.reset();
    const std::optional<UpgradeSnapshot> previous = std::move(m_snapshot);
    m_snapshot = *result;
    const UpgradeSnapshot &now = *m_snapshot;
    if (m_ended && m_ended->platformVersion == now.platformVersion)
        m_ended.reset(); // the poll reads it now

    // The first poll changes nothing: the window loads the rest itself.
    bool changed = previous && previous->platformVersion != now.platformVersion;
    if (now.installedComponents) {
        changed = changed
            || (previous && m_componentsKnown && m_installedComponents != *now.installedComponents);
        m_installedComponents = *now.installedComponents;
        m_componentsKnown = true;
    }
    if (now.problemsOf != 0) {
        m_problems = now.problems;
        m_problemsOf = now.problemsOf;
    }
    // A step that ended changed the modules' states.
    const auto stepState = [](const std::optional<UpgradeSnapshot> &snapshot) {
        if (!snapshot || !snapshot->preparation)
            return std::pair<qint64, ExecutionStatus>(0, ExecutionStatus::Running);
        return std::pair(snapshot->preparation->id, snapshot->preparation->status);
    };
    if (previous && stepState(previous) != stepState(m_snapshot)) {
        changed
            = changed || (now.preparation && now.preparation->status != ExecutionStatus::Running);
    }

    // A preparation whose process died: resume it here, once, unless it was asked to
    // hold (then the operator resumes it).
    if (!m_job && now.preparation && now.preparation->isOrphaned()
        && !now.preparation->holdRequested && !m_autoResumed.contains(now.preparation->id)) {
        m_autoResumed.insert(now.preparation->id);
        PreparationRequest request;
        request.kind = PreparationRequest::Kind::Resume;
        request.automatic = true;
        startJob(request);
    }

    updateView();
    if (changed)
        emit environmentChanged();
    emit polled();
    if (std::exchange(m_pollAgain, false))
        poll();
}

// --- Actions ------------------------------------------------------------------------

void PlatformUpgradePage::confirmUpgrade()
{
    const int index = m_targetCombo->currentIndex();
    if (!m_snapshot || index < 0 || index >= m_snapshot->targets.size() || m_job)
        return;
    const UpgradeTarget target = m_snapshot->targets.at(index);
    const PlatformVersion from = m_snapshot->platformVersion;
    const bool skip = m_skipPreparation->isChecked();
    const bool withoutComponents = m_withoutComponents->isChecked();

    QStringList steps;
    steps << (withoutComponents
                  ? tr("The system components are not installed: install them later with Install "
                       "System Components. Until then, the modules preparation fails.")
                  : tr("The system components %1 are installed.").arg(target.systemComponents));
    UpgradeRequest request{target.version, !withoutComponents, skip};
    const UpgradeOutcome plan = PlatformUpgrader::plan(from, request, target.modulesPreparation);
    if (!plan.prepare) {
        steps << plan.noPreparationReason;
    } else {
        steps << tr("Then the modules preparation starts: every module published with success "
                    "is compiled with platform version %1, without deploying it, so running "
                    "applications do not change. Until it ends, modules cannot be published, "
                    "deleted or have their settings applied.")
                     .arg(target.version.toString());
    }

    // What the preview found, when it is read for this target.
    if (const std::optional<UpgradePreview> &preview = m_preview->preview();
        preview && preview->plan.to == target.version && preview->modulesUsingRemovedApis() > 0) {
        steps << tr("%n module(s) call APIs that platform version %1 removed: they fail to "
                    "compile until they are changed and published again.",
                    nullptr, preview->modulesUsingRemovedApis())
                     .arg(target.version.toString());
    }

    if (const std::optional<ExecutionSummary> row = preparation();
        row && (row->status == ExecutionStatus::OnHold || row->isOrphaned())) {
        steps << tr("The modules preparation for platform version %1, which did not finish, "
                    "is abandoned.")
                     .arg(row->platformVersion.toString());
    }

    auto *box = new QMessageBox(QMessageBox::Question, tr("Upgrade Platform"),
                                tr("Upgrade the environment from platform version %1 to %2?")
                                    .arg(from.toString(), target.version.toString()),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("confirmUpgradeDialog"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(steps.join(QStringLiteral("\n\n")));
    QPushButton *confirm = box->addButton(tr("&Upgrade"), QMessageBox::AcceptRole);
    confirm->setObjectName(QStringLiteral("confirmUpgradeButton"));
    QPushButton *cancel = box->addButton(tr("Cancel"), QMessageBox::RejectRole);
    cancel->setObjectName(QStringLiteral("cancelUpgradeButton"));
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    connect(box, &QDialog::finished, this, [this, box, confirm, target, skip, withoutComponents] {
        m_messageBox.clear();
        if (box->clickedButton() == confirm)
            upgrade(target.version, skip, withoutComponents);
    });
    m_messageBox = box;
    box->open();
}

bool PlatformUpgradePage::upgrade(const PlatformVersion &to, bool skipPreparation,
                                  bool withoutComponents)
{
    PreparationRequest request;
    request.kind = PreparationRequest::Kind::Upgrade;
    request.upgrade = UpgradeRequest{to, !withoutComponents, skipPreparation};
    return startJob(request);
}

bool PlatformUpgradePage::prepareModules()
{
    PreparationRequest request;
    request.kind = PreparationRequest::Kind::Prepare;
    return startJob(request);
}

bool PlatformUpgradePage::resumePreparation()
{
    PreparationRequest request;
    request.kind = PreparationRequest::Kind::Resume;
    return startJob(request);
}

bool PlatformUpgradePage::installSystemComponents()
{
    PreparationRequest request;
    request.kind = PreparationRequest::Kind::InstallSystemComponents;
    return startJob(request);
}

bool PlatformUpgradePage::holdPreparation()
{
    if (m_holdWatcher.isRunning())
        return false;
    const bool ownRun = isPreparing() && m_liveExecution != 0;
    const std::optional<ExecutionSummary> step = preparation();
    if (!ownRun && !(step && step->runsInAProcess()))
        return false;
    m_holdWatcher.setFuture(
        runWithEnvironment(m_dataDir, [user = m_user](Environment &environment) {
            return environment.holdStep(user);
        }));
    updateView();
    return true;
}

bool PlatformUpgradePage::startJob(const PreparationRequest &request)
{
    if (m_job)
        return false;
    m_job = new PreparationJob(m_dataDir, m_user, request, this);
    connect(m_job, &PreparationJob::upgraded, this, &PlatformUpgradePage::onJobUpgraded);
    connect(m_job, &PreparationJob::preparationStarted, this,
            [this](const ExecutionSummary &execution) {
                m_liveExecution = execution.id;
                updateView();
            });
    connect(m_job, &PreparationJob::progress, this, &PlatformUpgradePage::onJobProgress);
    connect(m_job, &PreparationJob::finished, this, &PlatformUpgradePage::onJobFinished);
    m_live.reset();
    m_compiling.clear();
    m_liveExecution = 0;
    m_note.clear();
    if (request.kind == PreparationRequest::Kind::Upgrade)
        m_lastUpgrade.reset();
    if (request.automatic && m_snapshot && m_snapshot->preparation)
        m_note = tr("The process that ran the modules preparation (execution %1) ended: this "
                    "window resumed it where it stopped.")
                     .arg(m_snapshot->preparation->id);
    m_job->start();
    updateView();
    return true;
}

void PlatformUpgradePage::onJobUpgraded(const UpgradeOutcome &outcome)
{
    m_lastUpgrade = outcome;
    m_note = outcome.systemComponentsInstalled
        ? tr("Upgraded the platform from %1 to %2 and installed its system components.")
              .arg(outcome.from.toString(), outcome.to.toString())
        : tr("Upgraded the platform from %1 to %2; its system components are not installed.")
              .arg(outcome.from.toString(), outcome.to.toString());
    m_problems.clear();
    m_problemsOf = 0;
    updateView();
    poll(); // it sees the new version and says so (environmentChanged())
}

void PlatformUpgradePage::onJobProgress(const StepProgress &progress)
{
    if (!m_job)
        return;
    m_live = progress;
    m_liveExecution = progress.executionId;
    for (const ModuleStateChange &change : progress.changes) {
        if (change.state == ModuleRunState::Running)
            m_compiling.insert(change.module);
        else
            m_compiling.remove(change.module);
    }
    updateView();
}

void PlatformUpgradePage::onJobFinished(const PreparationJobResult &result)
{
    PreparationJob *job = std::exchange(m_job, nullptr);
    job->deleteLater();
    m_live.reset();
    m_compiling.clear();
    m_liveExecution = 0;

    // The execution as it ended is the row the next poll reads: show it at once, even
    // when the poll has not seen the upgrade before it yet.
    if (result.execution && m_snapshot
        && result.execution->platformVersion == m_snapshot->platformVersion)
        m_snapshot->preparation = *result.execution;
    else if (result.execution)
        m_ended = *result.execution;
    if (result.execution && m_snapshot && m_snapshot->runningStep
        && m_snapshot->runningStep->id == result.execution->id
        && result.execution->status != ExecutionStatus::Running)
        m_snapshot->runningStep.reset();

    QString message;
    if (result.error) {
        const Error &error = *result.error;
        message = error.message;
        if (result.request.automatic) {
            // Nobody asked for it: no dialog, the status says why it did not resume.
            m_note
                = tr("This window could not resume the modules preparation: %1").arg(error.message);
        } else if (error.code == ErrorCode::Locked) {
            PreparationRequest retry = result.request;
            if (retry.kind == PreparationRequest::Kind::Upgrade) // the upgrade was done
                retry.kind = PreparationRequest::Kind::Prepare;
            showLockRefusal(error, retry);
        } else {
            QString title;
            switch (result.request.kind) {
            case PreparationRequest::Kind::Upgrade:
                title = result.upgraded ? tr("Modules Preparation Not Started")
                                        : tr("Platform Not Upgraded");
                break;
            case PreparationRequest::Kind::Prepare:
                title = tr("Modules Preparation Not Started");
                break;
            case PreparationRequest::Kind::Resume:
                title = tr("Modules Preparation Not Resumed");
                break;
            case PreparationRequest::Kind::InstallSystemComponents:
                title = tr("System Components Not Installed");
                break;
            }
            showError(title, error);
        }
    } else if (result.request.kind == PreparationRequest::Kind::InstallSystemComponents) {
        message = tr("Installed the system components %1.").arg(result.installedComponents);
        m_note = message;
    } else if (result.upgraded && !result.upgraded->prepare) {
        message = result.upgraded->noPreparationReason;
    } else if (result.execution) {
        message = result.execution->message;
    }

    updateView();
    poll();
    if (!message.isEmpty())
        emit statusMessage(message);
    emit environmentChanged();
    emit jobFinished(result);
}

void PlatformUpgradePage::onHoldFinished()
{
    const Result<ExecutionSummary> held = m_holdWatcher.result();
    if (!held)
        showError(tr("Modules Preparation Not Put on Hold"), held.error());
    updateView();
    poll();
}

void PlatformUpgradePage::showError(const QString &title, const Error &error)
{
    if (m_messageBox) // one at a time; the newest says what happened last
        m_messageBox->close();
    auto *box
        = new QMessageBox(QMessageBox::Warning, title, error.message, QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("upgradeErrorDialog"));
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

void PlatformUpgradePage::showLockRefusal(const Error &error, const PreparationRequest &request)
{
    if (m_refusalDialog)
        return;
    auto *dialog = new LockRefusalDialog(error.message, error.detail, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The preparation has no way to cancel a wait for locks: it is tried again instead.
    dialog->setWaitOffered(false);
    connect(dialog, &QDialog::finished, this, [this, request](int choice) {
        m_refusalDialog.clear();
        if (choice == LockRefusalDialog::TryAgain)
            startJob(request);
    });
    m_refusalDialog = dialog;
    dialog->open();
}

// --- The view -----------------------------------------------------------------------

void PlatformUpgradePage::updateView()
{
    updatePlatformSection();
    updatePreparationSection();
    updateProblems();
    updateButtons();
}

void PlatformUpgradePage::updatePlatformSection()
{
    if (!m_snapshot) {
        m_platformValue->setText(m_pollError ? tr("Unavailable") : tr("Loading\u2026"));
        m_componentsValue->clear();
        m_upgradeForm->setVisible(false);
        m_noTargets->setVisible(false);
        m_targetLabel->setVisible(false);
        return;
    }
    const UpgradeSnapshot &snapshot = *m_snapshot;
    m_platformValue->setText(snapshot.platformVersion.toString());
    if (!m_componentsKnown)
        m_componentsValue->setText(tr("Loading\u2026"));
    else if (m_installedComponents.isEmpty())
        m_componentsValue->setText(
            tr("None installed. Platform version %1 needs the system components %2.")
                .arg(snapshot.platformVersion.toString(), snapshot.requiredComponents));
    else if (m_installedComponents != snapshot.requiredComponents)
        m_componentsValue->setText(
            tr("%1, from an earlier version. Platform version %2 needs the system components "
               "%3: install them before preparing the modules.")
                .arg(m_installedComponents, snapshot.platformVersion.toString(),
                     snapshot.requiredComponents));
    else
        m_componentsValue->setText(m_installedComponents);

    // The targets, keeping the one selected when the list is the same.
    QStringList versions;
    for (const UpgradeTarget &target : snapshot.targets)
        versions << target.version.toString();
    QStringList shown;
    for (int i = 0; i < m_targetCombo->count(); ++i)
        shown << m_targetCombo->itemText(i);
    if (versions != shown) {
        const QSignalBlocker blocker(m_targetCombo);
        const QString selected = m_targetCombo->currentText();
        m_targetCombo->clear();
        m_targetCombo->addItems(versions);
        // The newest by default: the upgrade operators make most.
        const int index = versions.indexOf(selected);
        m_targetCombo->setCurrentIndex(index >= 0 ? index : int(versions.size()) - 1);
    }
    const bool hasTargets = !snapshot.targets.isEmpty();
    m_upgradeForm->setVisible(hasTargets);
    m_noTargets->setVisible(!hasTargets);
    m_targetLabel->setVisible(true);
    if (!hasTargets) {
        m_upgradeHint->clear();
        return;
    }

    const int index = m_targetCombo->currentIndex();
    if (index < 0 || index >= snapshot.targets.size())
        return;
    const UpgradeTarget &target = snapshot.targets.at(index);
    QString hint;
    const UpgradeRequest request{target.version, !m_withoutComponents->isChecked(),
                                 m_skipPreparation->isChecked()};
    m_preview->setRequest(request);
    const UpgradeOutcome plan
        = PlatformUpgrader::plan(snapshot.platformVersion, request, target.modulesPreparation);
    if (!plan.prepare) {
        hint = m_withoutComponents->isChecked()
            ? tr("Switches to platform version %1 without its system components and without "
                 "preparing the modules: every module must be published again.")
                  .arg(target.version.toString())
            : tr("Switches to platform version %1 and installs its system components %2. The "
                 "modules are not prepared: every module must be published again.")
                  .arg(target.version.toString(), target.systemComponents);
    } else {
        hint = m_withoutComponents->isChecked()
            ? tr("Switches to platform version %1 without its system components, then starts "
                 "the modules preparation, which fails until they are installed.")
                  .arg(target.version.toString())
            : tr("Switches to platform version %1, installs its system components %2, then "
                 "prepares the modules: every module published with success is compiled with "
                 "the new version, without deploying it.")
                  .arg(target.version.toString(), target.systemComponents);
    }
    m_upgradeHint->setText(hint);
}

void PlatformUpgradePage::setPanelTone(const QColor &accent)
{
    if (accent == m_panelTone) // a style sheet repolishes the panel: only when it changes
        return;
    m_panelTone = accent;
    m_statusPanel->setStyleSheet(panelStyle(m_statusPanel->objectName(), accent));
}

void PlatformUpgradePage::updatePreparationSection()
{
    QString headline;
    QString detail;
    QColor tone = neutralTone;
    std::optional<ExecutionCounts> counts;
    bool indeterminate = false;
    QString times;

    const std::optional<ExecutionSummary> row = preparation();
    const PlatformVersion version = m_lastUpgrade && m_job ? m_lastUpgrade->to
        : m_ended                                          ? m_ended->platformVersion
        : m_snapshot                                       ? m_snapshot->platformVersion
                                                           : PlatformVersion{};
    const bool hasFeature
        = (m_lastUpgrade && m_job) || m_ended || (m_snapshot && m_snapshot->modulesPreparation);
    m_preparationTitle->setText(
        version.isNull() || !hasFeature
            ? tr("Modules preparation")
            : tr("Modules preparation for platform version %1").arg(version.toString()));

    const auto startedText = [](const ExecutionSummary &execution) {
        return tr("Execution %1 \u00b7 started %2 by %3")
            .arg(execution.id)
            .arg(format::dateTime(execution.startedAt), execution.startedBy);
    };
    const auto remainingText = [](qint64 etaMs) {
        return etaMs < 0 ? tr("estimating\u2026") : tr("about %1").arg(format::duration(etaMs));
    };
    const QString lockingText = m_snapshot && m_snapshot->progressive
        ? tr("Only the modules being prepared are locked: the others can be published "
             "meanwhile.")
        : tr("Until it ends, modules cannot be published, deleted or have their settings "
             "applied.");
    const bool holdPending = m_holdWatcher.isRunning() || (m_live && m_live->holdRequested)
        || (row && row->holdRequested && row->status == ExecutionStatus::Running);

    if (!m_snapshot && m_pollError) {
        headline = tr("The environment cannot be read.");
        detail = m_pollError->fullText();
        tone = errorTone;
    } else if (!m_snapshot) {
        headline = tr("Loading\u2026");
    } else if (m_job && m_job->request().kind == PreparationRequest::Kind::Upgrade
               && !m_lastUpgrade) {
        headline
            = tr("Upgrading the platform to %1\u2026").arg(m_job->request().upgrade.to.toString());
        tone = runningTone;
        indeterminate = true;
    } else if (m_job
               && m_job->request().kind == PreparationRequest::Kind::InstallSystemComponents) {
        headline = tr("Installing the system components\u2026");
        tone = runningTone;
        indeterminate = true;
    } else if (isPreparing() && !m_live) {
        headline = m_job->request().kind == PreparationRequest::Kind::Resume
            ? tr("Resuming the modules preparation\u2026")
            : tr("Starting the modules preparation\u2026");
        detail = m_note;
        tone = runningTone;
        indeterminate = true;
    } else if (isPreparing()) {
        headline = holdPending
            ? tr("Putting the modules preparation on hold\u2026")
            : tr("Preparing the modules for platform version %1\u2026").arg(version.toString());
        detail = holdPending
            ? tr("The modules being compiled finish first; then it stops and releases its "
                 "locks. Resume continues where it stopped.")
            : (m_job->request().automatic ? m_note
                                          : tr("Every module published with success is compiled "
                                               "with the new version, without deploying it. %1")
                                                .arg(lockingText));
        tone = runningTone;
        counts = m_live->counts;
        times = tr("elapsed %1 \u00b7 remaining %2")
                    .arg(format::duration(m_live->elapsedMs), remainingText(m_live->etaMs));
        times
            = (row && row->id == m_live->executionId ? startedText(*row)
                                                     : tr("Execution %1").arg(m_live->executionId))
            + QStringLiteral(" \u00b7 ") + times;
    } else if (!row) {
        if (!m_snapshot->modulesPreparation) {
            headline = tr("Platform version %1 has no modules preparation.")
                           .arg(m_snapshot->platformVersion.toString());
            detail = m_snapshot->firstWithPreparation.isNull()
                ? tr("After an upgrade, every module must be published again.")
                : tr("It comes with platform version %1: an upgrade to it compiles every module "
                     "published with success with the new version, so that they can be "
                     "published at your teams' pace.")
                      .arg(m_snapshot->firstWithPreparation.toString());
        } else {
            headline = tr("The modules have not been prepared for platform version %1.")
                           .arg(m_snapshot->platformVersion.toString());
            detail = m_lastUpgrade && !m_lastUpgrade->prepare
                ? m_lastUpgrade->noPreparationReason
                : tr("Prepare Modules compiles every module published with success with this "
                     "version, without deploying it.");
        }
    } else {
        counts = row->counts;
        switch (row->status) {
        case ExecutionStatus::Running: {
            tone = runningTone;
            if (row->isOrphaned()) {
                headline = tr("The modules preparation stopped: the process running it ended.");
                detail = row->holdRequested
                    ? tr("It had been asked to hold. Resume continues where it stopped.")
                    : (m_note.isEmpty() ? tr("Resume continues where it stopped.") : m_note);
                tone = warningTone;
                times = startedText(*row);
                break;
            }
            headline = holdPending ? tr("Putting the modules preparation on hold\u2026")
                                   : tr("Preparing the modules for platform version %1\u2026")
                                         .arg(row->platformVersion.toString());
            detail = holdPending
                ? tr("Process %1 on %2 finishes the modules it is compiling, then holds.")
                      .arg(row->holderPid)
                      .arg(row->holderHost)
                : tr("It runs in process %1 on %2, started by %3; this page follows it. %4")
                      .arg(row->holderPid)
                      .arg(row->holderHost, row->startedBy, lockingText);
            const ExecutionCounts &c = row->counts;
            const int done = c.total - c.pending;
            const qint64 elapsed = row->durationMs();
            const qint64 eta = done > 0 ? elapsed * c.pending / done : -1;
            times = startedText(*row) + QStringLiteral(" \u00b7 ")
                + tr("elapsed %1 \u00b7 remaining %2")
                      .arg(format::duration(elapsed), remainingText(eta));
            break;
        }
        case ExecutionStatus::OnHold:
            headline = tr("The modules preparation is on hold.");
            detail = tr("%1 of %2 modules are done. Resume continues where it stopped.")
                         .arg(row->counts.total - row->counts.pending)
                         .arg(row->counts.total);
            tone = warningTone;
            times = startedText(*row);
            break;
        case ExecutionStatus::Succeeded:
            headline = row->message; // core's sentence
            tone = successTone;
            break;
        case ExecutionStatus::FinishedWithErrors:
            headline = row->message; // PREP_SOME_FAILED, verbatim
            detail = tr("%1 failed to compile and %2 were skipped because a producer failed. "
                        "Publish each of them, or press Prepare Modules to prepare them again.")
                         .arg(tr("%n module(s)", nullptr, row->counts.failed),
                              tr("%n module(s)", nullptr, row->counts.skipped));
            tone = warningTone;
            break;
        case ExecutionStatus::Failed: {
            headline = row->message; // PREP_STEP_FAILED, verbatim
            QStringList parts;
            if (m_componentsKnown && m_installedComponents != m_snapshot->requiredComponents)
                parts << tr("Install the system components, then press Prepare Modules.");
            if (!row->detail.isEmpty())
                parts << tr("From the Error Log: %1").arg(row->detail);
            else
                parts << tr("The Error Log has the details of what failed.");
            detail = parts.join(u' ');
            tone = errorTone;
            break;
        }
        case ExecutionStatus::Interrupted:
            headline = row->message.isEmpty() ? tr("The modules preparation was interrupted.")
                                              : row->message;
            tone = neutralTone;
            break;
        }
        if (isEnded(row->status))
            times = startedText(*row) + QStringLiteral(" \u00b7 ")
                + tr("ended %1 \u00b7 took %2")
                      .arg(format::dateTime(row->endedAt), format::duration(row->durationMs()));
    }
    // What this page did last, when the state itself does not say it.
    if (!m_note.isEmpty() && !detail.contains(m_note) && !isPreparing())
        detail = detail.isEmpty() ? m_note : m_note + u' ' + detail;

    m_headline->setText(headline);
    m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty());
    setPanelTone(tone);

    m_shownCounts = counts.value_or(ExecutionCounts{});
    const bool showCounts = counts.has_value() || indeterminate;
    m_progress->setVisible(showCounts);
    m_progressText->setVisible(showCounts);
    m_countsRow->setVisible(counts.has_value());
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
        m_prepared->setText(QString::number(c.succeeded));
        m_failed->setText(QString::number(c.failed));
        m_skipped->setText(QString::number(c.skipped));
        m_pending->setText(QString::number(c.pending));
        m_total->setText(QString::number(c.total));
    }
    m_times->setText(times);
    m_times->setVisible(!times.isEmpty());

    QStringList compiling(m_compiling.cbegin(), m_compiling.cend());
    compiling.sort(Qt::CaseInsensitive);
    if (compiling.isEmpty() || !isPreparing()) {
        m_compilingLabel->clear();
        m_compilingLabel->setVisible(false);
    } else {
        const QString list = listWithMore(compiling, maxCompilingShown);
        m_compilingLabel->setText(tr("Compiling now: %1").arg(list));
        m_compilingLabel->setVisible(true);
    }
}

void PlatformUpgradePage::updateProblems()
{
    const std::optional<ExecutionSummary> row = preparation();
    const bool show = !isPreparing() && row && row->status == ExecutionStatus::FinishedWithErrors
        && m_problemsOf == row->id && !m_problems.isEmpty();
    m_problemsTitle->setVisible(show);
    m_problemsTable->setVisible(show);
    if (!show)
        return;
    if (m_problemsShownFor == m_problemsOf)
        return;
    m_problemsShownFor = m_problemsOf;
    m_problemsTable->clear();
    int failed = 0;
    QList<QTreeWidgetItem *> items;
    for (const ExecutionModuleResult &module : std::as_const(m_problems)) {
        auto *item = new QTreeWidgetItem;
        item->setText(0, module.module);
        item->setText(1, moduleStateName(module.state));
        item->setText(2, module.reason);
        item->setToolTip(2, module.reason);
        if (module.state == ModuleRunState::Failed) {
            item->setForeground(1, errorTone);
            ++failed;
        }
        items << item;
    }
    m_problemsTable->addTopLevelItems(items);
    m_problemsTitle->setText(tr("Modules with errors (%1 failed, %2 skipped)")
                                 .arg(failed)
                                 .arg(m_problems.size() - failed));
}

void PlatformUpgradePage::updateButtons()
{
    const bool busy = m_job != nullptr;
    const std::optional<ExecutionSummary> row = preparation();
    const bool stepRuns = busy || (m_snapshot && m_snapshot->runningStep);
    const bool orphaned = row && row->isOrphaned();
    const bool onHold = row && row->status == ExecutionStatus::OnHold;
    const bool runningElsewhere = !isPreparing() && row && row->runsInAProcess();
    const bool holdPending = m_holdWatcher.isRunning() || (m_live && m_live->holdRequested)
        || (row && row->holdRequested);

    m_upgradeButton->setEnabled(m_snapshot && !stepRuns && m_targetCombo->currentIndex() >= 0);
    m_targetCombo->setEnabled(!busy);
    m_skipPreparation->setEnabled(!busy);
    m_withoutComponents->setEnabled(!busy);
    m_prepareButton->setEnabled(m_snapshot && m_snapshot->modulesPreparation && !stepRuns && !onHold
                                && !orphaned);
    m_holdButton->setEnabled(!holdPending
                             && ((isPreparing() && m_liveExecution != 0) || runningElsewhere));
    m_resumeButton->setEnabled(!busy
                               && (onHold || orphaned || (runningElsewhere && row->holdRequested)));
    const bool componentsMissing = m_snapshot && m_componentsKnown
        && m_installedComponents != m_snapshot->requiredComponents;
    m_installButton->setEnabled(componentsMissing && !stepRuns);
    m_installButton->setToolTip(
        !m_snapshot || !m_componentsKnown ? QString()
            : componentsMissing
            ? tr("Install the system components %1 of platform version %2.")
                  .arg(m_snapshot->requiredComponents, m_snapshot->platformVersion.toString())
            : tr("The system components %1 of platform version %2 are installed.")
                  .arg(m_snapshot->requiredComponents, m_snapshot->platformVersion.toString()));
}

} // namespace osc
