#include "executiondetaildialog.h"

#include "common/backgroundpool.h"
#include "common/environmenttask.h"
#include "common/formatting.h"
#include "common/pagelabels.h"
#include "common/tones.h"
#include "errorentrydialog.h"
#include "executioncharts.h"
#include "executionmodulesmodel.h"
#include "executiontext.h"
#include "util/namelist.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QStyle>
#include <QTabWidget>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace osc {

namespace {

constexpr int maxNamesShown = 12;

// "A, B, C and 4 more", or an em dash for none.
QString nameList(const QStringList &names)
{
    if (names.isEmpty())
        return QStringLiteral("\u2014");
    return listWithMore(names, maxNamesShown);
}

} // namespace

ExecutionDetailDialog::ExecutionDetailDialog(const QString &dataDir, qint64 executionId,
                                             QWidget *parent)
    : QDialog(parent)
    , m_dataDir(dataDir)
    , m_executionId(executionId)
    , m_reloadTimer(new QTimer(this))
    , m_model(new ExecutionModulesModel(this))
    , m_filter(new ExecutionModulesFilterModel(this))
{
    setObjectName(QStringLiteral("executionDetailDialog"));
    setSizeGripEnabled(true);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("executionTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_panel = new QFrame(this);
    m_panel->setObjectName(QStringLiteral("executionPanel"));
    m_headline = makeWrappingLabel(m_panel, QStringLiteral("executionHeadline"));
    QFont bold = m_headline->font();
    bold.setBold(true);
    m_headline->setFont(bold);
    m_detail = makeWrappingLabel(m_panel, QStringLiteral("executionDetail"));
    auto *panelLayout = new QVBoxLayout(m_panel);
    panelLayout->addWidget(m_headline);
    panelLayout->addWidget(m_detail);

    m_status = makeValueLabel(this, QStringLiteral("executionStatus"));
    m_platform = makeValueLabel(this, QStringLiteral("executionPlatform"));
    m_startedBy = makeValueLabel(this, QStringLiteral("executionStartedBy"));
    m_workers = makeValueLabel(this, QStringLiteral("executionWorkers"));
    m_started = makeValueLabel(this, QStringLiteral("executionStarted"));
    m_ended = makeValueLabel(this, QStringLiteral("executionEnded"));
    m_duration = makeValueLabel(this, QStringLiteral("executionDuration"));
    m_previous = new QLabel(this);
    m_previous->setObjectName(QStringLiteral("previousExecution"));
    m_previous->setTextFormat(Qt::RichText);
    m_previous->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_counts = makeWrappingLabel(this, QStringLiteral("executionCounts"));
    m_cycles = makeWrappingLabel(this, QStringLiteral("executionCycles"));

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(12);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    grid->addWidget(makeNameLabel(tr("Status:"), this), 0, 0);
    grid->addWidget(m_status, 0, 1);
    grid->addWidget(makeNameLabel(tr("Platform version:"), this), 0, 2);
    grid->addWidget(m_platform, 0, 3);
    grid->addWidget(makeNameLabel(tr("Started by:"), this), 1, 0);
    grid->addWidget(m_startedBy, 1, 1);
    grid->addWidget(makeNameLabel(tr("Workers:"), this), 1, 2);
    grid->addWidget(m_workers, 1, 3);
    grid->addWidget(makeNameLabel(tr("Started:"), this), 2, 0);
    grid->addWidget(m_started, 2, 1);
    grid->addWidget(makeNameLabel(tr("Ended:"), this), 2, 2);
    grid->addWidget(m_ended, 2, 3);
    grid->addWidget(makeNameLabel(tr("Duration:"), this), 3, 0);
    grid->addWidget(m_duration, 3, 1);
    grid->addWidget(makeNameLabel(tr("Previous run:"), this), 3, 2);
    grid->addWidget(m_previous, 3, 3);
    grid->addWidget(makeNameLabel(tr("Modules:"), this), 4, 0, Qt::AlignLeft | Qt::AlignTop);
    grid->addWidget(m_counts, 4, 1, 1, 3);
    grid->addWidget(m_cycles, 5, 0, 1, 4);

    // What changed since the execution this one re-ran.
    m_changes = new QWidget(this);
    m_changes->setObjectName(QStringLiteral("executionChanges"));
    m_changesTitle = new QLabel(m_changes);
    m_changesTitle->setFont(bold);
    m_newlyFixed = makeWrappingLabel(m_changes, QStringLiteral("newlyFixed"));
    m_stillFailing = makeWrappingLabel(m_changes, QStringLiteral("stillFailing"));
    m_newlyFailing = makeWrappingLabel(m_changes, QStringLiteral("newlyFailing"));
    auto *changesGrid = new QGridLayout(m_changes);
    changesGrid->setContentsMargins(0, 0, 0, 0);
    changesGrid->setHorizontalSpacing(12);
    changesGrid->setColumnStretch(1, 1);
    changesGrid->addWidget(m_changesTitle, 0, 0, 1, 2);
    changesGrid->addWidget(makeNameLabel(tr("Newly fixed:"), m_changes), 1, 0, Qt::AlignTop);
    changesGrid->addWidget(m_newlyFixed, 1, 1);
    changesGrid->addWidget(makeNameLabel(tr("Still failing:"), m_changes), 2, 0, Qt::AlignTop);
    changesGrid->addWidget(m_stillFailing, 2, 1);
    changesGrid->addWidget(makeNameLabel(tr("Newly failing:"), m_changes), 3, 0, Qt::AlignTop);
    changesGrid->addWidget(m_newlyFailing, 3, 1);

    // The modules, failed first.
    auto *modulesTitle = new QLabel(tr("Modules"), this);
    modulesTitle->setFont(bold);
    m_stateCombo = new QComboBox(this);
    m_stateCombo->setObjectName(QStringLiteral("stateFilter"));
    m_stateCombo->setAccessibleName(tr("Show modules in state"));
    m_stateCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *stateLabel = new QLabel(tr("&Show:"), this);
    stateLabel->setBuddy(m_stateCombo);
    m_moduleCount = makeValueLabel(this, QStringLiteral("moduleCount"));
    m_moduleCount->setForegroundRole(QPalette::PlaceholderText);
    auto *modulesRow = new QHBoxLayout;
    modulesRow->addWidget(modulesTitle);
    modulesRow->addSpacing(12);
    modulesRow->addWidget(stateLabel);
    modulesRow->addWidget(m_stateCombo);
    modulesRow->addSpacing(12);
    auto *linksHint = new QLabel(
        tr("Double-click a failed module for its Error Log entry, a skipped one for the "
           "producer that caused it."),
        this);
    linksHint->setObjectName(QStringLiteral("moduleLinksHint"));
    linksHint->setForegroundRole(QPalette::PlaceholderText);
    linksHint->setWordWrap(true); // two lines rather than a wider dialog
    linksHint->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    modulesRow->addWidget(linksHint, 1);
    modulesRow->addSpacing(12);
    modulesRow->addWidget(m_moduleCount);

    m_filter->setSourceModel(m_model);
    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("executionModulesView"));
    m_view->setAccessibleName(tr("Modules of the execution"));
    m_view->setModel(m_filter);
    m_view->setRootIsDecorated(false);
    m_view->setItemsExpandable(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(int(ExecutionModulesModel::Column::State), Qt::AscendingOrder);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    // Each column as wide as its header or its widest usual value, sort mark included.
    using Column = ExecutionModulesModel::Column;
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
    QStringList states;
    for (const ModuleRunState state :
         {ModuleRunState::Pending, ModuleRunState::Running, ModuleRunState::Succeeded,
          ModuleRunState::Failed, ModuleRunState::Skipped}) {
        states << executiontext::moduleStateName(ExecutionKind::Preparation, state)
               << executiontext::moduleStateName(ExecutionKind::Deployment, state);
    }
    fit(Column::Module, {QStringLiteral("Underwriting_Validation_CS")});
    fit(Column::Version, {QStringLiteral("999")});
    fit(Column::State, states);
    fit(Column::BlockedBy, {QStringLiteral("Foundation_Lib_Core")});
    fit(Column::Duration, {format::duration(59900)});
    fit(Column::Worker, {QStringLiteral("worker-99")});
    fit(Column::ErrorId, {QStringLiteral("999999")});
    header->setSectionResizeMode(int(Column::Reason), QHeaderView::Stretch);
    m_noModules = new QLabel(tr("No module matches this state."), this);
    m_noModules->setObjectName(QStringLiteral("noModulesLabel"));
    m_noModules->setAlignment(Qt::AlignCenter);
    m_noModules->setForegroundRole(QPalette::PlaceholderText);
    m_noModules->setVisible(false);

    m_exportNote = makeWrappingLabel(this, QStringLiteral("exportNote"));
    m_exportNote->setForegroundRole(QPalette::PlaceholderText);
    m_exportButton = new QPushButton(tr("&Export\u2026"), this);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setToolTip(tr("Save this execution and its modules as CSV or JSON."));
    m_exportButton->setEnabled(false);
    auto *closeButton = new QPushButton(tr("&Close"), this);
    closeButton->setObjectName(QStringLiteral("closeDetailButton"));
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_exportButton, QDialogButtonBox::ActionRole);
    buttons->addButton(closeButton, QDialogButtonBox::RejectRole);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_exportNote, 1);
    bottom->addWidget(buttons);

    // The modules' table and the charts share the room below the summary.
    auto *modulesPage = new QWidget(this);
    auto *modulesLayout = new QVBoxLayout(modulesPage);
    modulesLayout->addLayout(modulesRow);
    modulesLayout->addWidget(m_view, 1);
    modulesLayout->addWidget(m_noModules, 1);
    m_charts = new ExecutionChartsWidget(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("executionTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(modulesPage, tr("&Modules"));
    m_tabs->addTab(m_charts, tr("C&harts"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_panel);
    layout->addLayout(grid);
    layout->addSpacing(6);
    layout->addWidget(m_changes);
    layout->addSpacing(6);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(bottom);

    connect(m_stateCombo, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant state = m_stateCombo->currentData();
        m_filter->setStateFilter(state.isValid() ? std::optional(ModuleRunState(state.toInt()))
                                                 : std::nullopt);
        updateModuleCount();
    });
    connect(m_previous, &QLabel::linkActivated, this, [this] {
        if (m_report && m_report->detail.summary.previousId != 0)
            showExecution(m_report->detail.summary.previousId);
    });
    connect(m_view, &QAbstractItemView::activated, this, &ExecutionDetailDialog::activateModule);
    connect(&m_errorWatcher, &QFutureWatcherBase::finished, this,
            &ExecutionDetailDialog::onErrorEntryLoaded);
    connect(m_exportButton, &QPushButton::clicked, this, &ExecutionDetailDialog::exportWithDialog);
    connect(closeButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &ExecutionDetailDialog::onLoaded);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this,
            &ExecutionDetailDialog::updateModuleCount);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this,
            &ExecutionDetailDialog::updateModuleCount);
    connect(m_filter, &QAbstractItemModel::modelReset, this,
            &ExecutionDetailDialog::updateModuleCount);

    m_reloadTimer->setInterval(std::chrono::seconds(1));
    m_reloadTimer->setSingleShot(true);
    connect(m_reloadTimer, &QTimer::timeout, this, &ExecutionDetailDialog::reload);

    resize(std::min(metrics.averageCharWidth() * 150, 1100), 720);
    showReport();
    reload();
}

ExecutionDetailDialog::~ExecutionDetailDialog()
{
    m_reloadTimer->stop();
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
    m_errorWatcher.disconnect(this);
    m_errorWatcher.waitForFinished();
}

int ExecutionDetailDialog::replotCount() const
{
    return m_charts->replotCount();
}

void ExecutionDetailDialog::setReloadInterval(std::chrono::milliseconds interval)
{
    m_reloadTimer->setInterval(interval);
}

void ExecutionDetailDialog::showExecution(qint64 executionId)
{
    if (executionId == m_executionId)
        return reload();
    m_executionId = executionId;
    m_report.reset();
    m_error.reset();
    m_exportNote->clear();
    m_stateCombo->setCurrentIndex(0);
    showReport();
    reload();
}

void ExecutionDetailDialog::reload()
{
    if (m_watcher.isRunning()) {
        m_loadAgain = true;
        return;
    }
    m_reloadTimer->stop();
    m_watcher.setFuture(runWithEnvironment(
        m_dataDir, [id = m_executionId](Environment &environment) -> Result<ExecutionReport> {
            Result<ExecutionDetail> detail = environment.execution(id);
            if (!detail)
                return detail.error();
            ExecutionReport report;
            report.detail = *detail;
            if (const qint64 previousId = report.detail.summary.previousId; previousId != 0) {
                Result<ExecutionDetail> previous = environment.execution(previousId);
                if (!previous)
                    return previous.error();
                report.comparison = compareExecutions(report.detail, *previous);
            }
            // The charts' series (the critical path among them) cost time with tens of
            // thousands of modules: computed here, never on the GUI thread.
            report.charts = std::make_shared<const ExecutionChartData>(
                computeChartData(report.detail, QDateTime::currentDateTime()));
            return report;
        }));
}

void ExecutionDetailDialog::onLoaded()
{
    const Result<ExecutionReport> result = m_watcher.result();
    // A load of an execution shown before another was asked for is dropped.
    const bool current = !result || result->detail.summary.id == m_executionId;
    if (current) {
        std::optional<ExecutionReport> previous;
        if (result) {
            previous = std::exchange(m_report, *result);
            m_error.reset();
        } else {
            m_error = result.error();
        }
        showReport(); // the model and the charts let go of the previous rows
        if (previous)
            releaseInBackground(std::move(*previous));
    }
    if (std::exchange(m_loadAgain, false) || !current) {
        reload();
    } else if (m_report && !isEnded(m_report->detail.summary.status)) {
        m_reloadTimer->start(); // it still runs (or is on hold): follow it
    }
    if (current)
        emit loaded();
}

void ExecutionDetailDialog::showReport()
{
    if (!m_report) {
        setWindowTitle(tr("Execution %1").arg(m_executionId));
        m_title->setText(tr("Execution %1").arg(m_executionId));
        m_headline->setText(m_error ? m_error->message : tr("Loading\u2026"));
        m_detail->setText(m_error ? m_error->detail : QString());
        m_detail->setVisible(!m_detail->text().isEmpty());
        for (QLabel *label : {m_status, m_platform, m_startedBy, m_workers, m_started, m_ended,
                              m_duration, m_previous, m_counts, m_cycles})
            label->clear();
        m_cycles->setVisible(false);
        m_changes->setVisible(false);
        m_exportButton->setEnabled(false);
        m_model->setModules(ExecutionKind::Preparation, {});
        m_charts->setData(nullptr);
        return;
    }
    const ExecutionSummary &summary = m_report->detail.summary;
    const QString kind = executiontext::kindName(summary.kind);
    setWindowTitle(tr("%1 %2 \u2013 Execution Details").arg(kind).arg(summary.id));
    m_title->setText(summary.kind == ExecutionKind::Deployment
                         ? tr("Modules deployment \u00b7 execution %1").arg(summary.id)
                         : tr("Modules preparation \u00b7 execution %1").arg(summary.id));

    const QString status = executiontext::statusName(summary.status);
    QString headline = summary.message.isEmpty() ? status : summary.message;
    if (summary.status == ExecutionStatus::Running)
        headline = summary.runsInAProcess()
            ? tr("Running in process %1 on %2.").arg(summary.holderPid).arg(summary.holderHost)
            : tr("Stopped: the process running it ended. Resume continues where it stopped.");
    else if (summary.status == ExecutionStatus::OnHold)
        headline = tr("On hold. Resume continues where it stopped.");
    m_headline->setText(headline);
    m_detail->setText(summary.detail);
    m_detail->setVisible(!summary.detail.isEmpty());
    m_panel->setStyleSheet(
        panelStyle(m_panel->objectName(), executiontext::statusColor(summary.status)));

    m_status->setText(summary.status == ExecutionStatus::Running && summary.holdRequested
                          ? tr("%1 (asked to hold)").arg(status)
                          : status);
    m_platform->setText(summary.platformVersion.toString());
    m_startedBy->setText(summary.startedBy);
    m_workers->setText(summary.workers > 0 ? QString::number(summary.workers)
                                           : QStringLiteral("\u2014"));
    m_started->setText(format::dateTimeSeconds(summary.startedAt));
    m_ended->setText(summary.endedAt.isValid() ? format::dateTimeSeconds(summary.endedAt)
                                               : tr("Not ended"));
    m_duration->setText(format::duration(summary.durationMs()));
    m_previous->setText(summary.previousId != 0
                            ? tr("<a href=\"#\">Execution %1</a>").arg(summary.previousId)
                            : tr("None: a first run"));
    const ExecutionCounts &c = summary.counts;
    const QString succeeded
        = summary.kind == ExecutionKind::Deployment ? tr("%1 deployed") : tr("%1 prepared");
    QStringList counts{tr("%1 in total").arg(c.total), succeeded.arg(c.succeeded),
                       tr("%1 failed").arg(c.failed), tr("%1 skipped").arg(c.skipped)};
    if (c.pending > 0)
        counts << tr("%1 pending").arg(c.pending);
    m_counts->setText(counts.join(QStringLiteral(" \u00b7 ")));
    m_cycles->setText(tr("Reference cycles (their modules run together): %1")
                          .arg(summary.cycles.join(QStringLiteral("; "))));
    m_cycles->setVisible(!summary.cycles.isEmpty());

    const std::optional<ExecutionComparison> &comparison = m_report->comparison;
    m_changes->setVisible(comparison.has_value());
    if (comparison) {
        m_changesTitle->setText(tr("Changes since execution %1").arg(comparison->previousId));
        m_newlyFixed->setText(nameList(comparison->newlyFixed));
        m_stillFailing->setText(nameList(comparison->stillFailing));
        m_newlyFailing->setText(nameList(comparison->newlyFailing));
    }

    // The state filter names the states as this kind of run has them.
    const QVariant selected = m_stateCombo->currentData();
    {
        const QSignalBlocker blocker(m_stateCombo);
        m_stateCombo->clear();
        m_stateCombo->addItem(tr("All modules"));
        for (const ModuleRunState state :
             {ModuleRunState::Failed, ModuleRunState::Skipped, ModuleRunState::Succeeded,
              ModuleRunState::Running, ModuleRunState::Pending})
            m_stateCombo->addItem(executiontext::moduleStateName(summary.kind, state), int(state));
        m_stateCombo->setCurrentIndex(std::max(0, m_stateCombo->findData(selected)));
    }
    m_model->setModules(summary.kind, m_report->detail.modules);
    m_charts->setData(m_report->charts);
    m_exportButton->setEnabled(true);
    updateModuleCount();
}

void ExecutionDetailDialog::updateModuleCount()
{
    const int shown = m_filter->rowCount();
    const int total = m_model->rowCount();
    m_moduleCount->setText(shown == total ? tr("%n module(s)", nullptr, total)
                                          : tr("%1 of %n module(s)", nullptr, total).arg(shown));
    const bool empty = shown == 0 && m_report.has_value();
    m_noModules->setText(total == 0 ? tr("This execution has no modules.")
                                    : tr("No module of this execution is in this state."));
    m_noModules->setVisible(empty);
    m_view->setVisible(!empty);
}

void ExecutionDetailDialog::setStateFilter(std::optional<ModuleRunState> state)
{
    const int index = state ? m_stateCombo->findData(int(*state)) : 0;
    m_stateCombo->setCurrentIndex(std::max(0, index));
}

void ExecutionDetailDialog::activateModule(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const QString name = index.data(ExecutionModulesModel::NameRole).toString();
    const auto &modules = m_model->modules();
    const auto found = std::find_if(modules.cbegin(), modules.cend(),
                                    [&name](const auto &module) { return module.module == name; });
    if (found == modules.cend())
        return;
    if (found->state == ModuleRunState::Failed)
        showErrorEntry(found->module, found->errorId);
    else if (found->state == ModuleRunState::Skipped && !found->blockedBy.isEmpty())
        selectModule(found->blockedBy);
}

bool ExecutionDetailDialog::selectModule(const QString &module)
{
    const int sourceRow = [&] {
        const auto &modules = m_model->modules();
        for (int row = 0; row < modules.size(); ++row)
            if (modules.at(row).module == module)
                return row;
        return -1;
    }();
    if (sourceRow < 0)
        return false; // the producer is not part of this execution
    QModelIndex index = m_filter->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid()) { // hidden by the state filter: show every module
        setStateFilter(std::nullopt);
        index = m_filter->mapFromSource(m_model->index(sourceRow, 0));
    }
    m_tabs->setCurrentIndex(0);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
    m_view->setFocus();
    return true;
}

void ExecutionDetailDialog::showErrorEntry(const QString &module, qint64 errorId)
{
    if (!m_errorDialog) {
        m_errorDialog = new ErrorEntryDialog(this);
        m_errorDialog->setModal(false);
        connect(m_errorDialog, &ErrorEntryDialog::showInErrorLogRequested, this,
                &ExecutionDetailDialog::errorLogEntryRequested);
    }
    m_errorModule = module;
    m_errorId = errorId;
    if (errorId == 0) {
        m_errorDialog->setUnavailable(module, tr("No Error Log entry for %1.").arg(module),
                                      tr("This module's failure was not written to the Error "
                                         "Log: its reason in the table is all there is."));
        m_errorDialog->show();
        m_errorDialog->raise();
        emit errorEntryShown();
        return;
    }
    if (m_errorWatcher.isRunning())
        return; // its end reads the entry asked for last
    m_loadingErrorId = errorId;
    m_errorWatcher.setFuture(
        runWithEnvironment(m_dataDir, [module, errorId](Environment &environment) {
            LogQuery query;
            query.module = module;
            query.beforeId = errorId + 1; // exclusive: the entry itself comes first
            query.limit = 1;
            return environment.errors(query);
        }));
}

void ExecutionDetailDialog::onErrorEntryLoaded()
{
    if (m_loadingErrorId != m_errorId) // another module was asked for meanwhile
        return showErrorEntry(m_errorModule, m_errorId);
    const Result<QList<ErrorLogEntry>> result = m_errorWatcher.result();
    const QList<ErrorLogEntry> entries = result ? *result : QList<ErrorLogEntry>();
    const bool found = !entries.isEmpty() && entries.constFirst().id == m_errorId;
    if (found)
        m_errorDialog->setEntry(entries.constFirst());
    else if (!result)
        m_errorDialog->setUnavailable(m_errorModule, result.error().message, result.error().detail);
    else
        m_errorDialog->setUnavailable(
            m_errorModule, tr("Error Log entry %1 is no longer in the Error Log.").arg(m_errorId),
            tr("Entries are removed when the Error Log is purged."));
    m_errorDialog->show();
    m_errorDialog->raise();
    emit errorEntryShown();
}

std::optional<ReportFormat> ExecutionDetailDialog::formatOfPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv"))
        return ReportFormat::Csv;
    if (suffix == QLatin1String("json"))
        return ReportFormat::Json;
    return std::nullopt;
}

Result<void> ExecutionDetailDialog::exportTo(const QString &path, ReportFormat format) const
{
    if (!m_report)
        return makeError(ErrorCode::NotFound, tr("The execution has not been read yet."));
    return writeExecutionReport(path, format, m_report->detail, m_report->comparison);
}

void ExecutionDetailDialog::exportWithDialog()
{
    if (!m_report)
        return;
    const QString csvFilter = tr("CSV files (*.csv)");
    const QString jsonFilter = tr("JSON files (*.json)");
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    const QString suggested
        = QDir(folder).filePath(QStringLiteral("%1-%2.csv")
                                    .arg(executionKindKey(m_report->detail.summary.kind))
                                    .arg(m_report->detail.summary.id));
    QString filter = csvFilter;
    QString path
        = QFileDialog::getSaveFileName(this, tr("Export Execution Report"), suggested,
                                       csvFilter + QStringLiteral(";;") + jsonFilter, &filter);
    if (path.isEmpty())
        return; // cancelled
    std::optional<ReportFormat> format = formatOfPath(path);
    if (!format) { // no known extension: the filter chosen says which
        format = filter == jsonFilter ? ReportFormat::Json : ReportFormat::Csv;
        path += *format == ReportFormat::Json ? QStringLiteral(".json") : QStringLiteral(".csv");
    }
    const Result<void> written = exportTo(path, *format);
    if (!written) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Report Not Exported"),
                                    written.error().message, QMessageBox::Close, this);
        box->setObjectName(QStringLiteral("exportErrorDialog"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        if (!written.error().detail.isEmpty())
            box->setDetailedText(written.error().detail);
        box->open();
        return;
    }
    m_exportNote->setText(tr("Exported to %1.").arg(QDir::toNativeSeparators(path)));
}

} // namespace osc
