#include "environmenthealthpage.h"

#include "common/environmenttask.h"
#include "common/formatting.h"
#include "common/pagelabels.h"
#include "healthtext.h"
#include "lockedfilesmodel.h"
#include "lockhealthmodel.h"
#include "releaselockdialog.h"
#include "workersmodel.h"

#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStyle>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace osc {

namespace {

QLabel *makeNote(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QLabel *makeEmptyState(QWidget *parent, const QString &objectName, const QString &text)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QTreeView *makeTable(QWidget *parent, const QString &objectName, const QString &accessibleName,
                     QSortFilterProxyModel *model, int sortColumn)
{
    auto *view = new QTreeView(parent);
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    view->setModel(model);
    view->setRootIsDecorated(false);
    view->setItemsExpandable(false);
    view->setUniformRowHeights(true);
    view->setAllColumnsShowFocus(true);
    view->setAlternatingRowColors(true);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setTextElideMode(Qt::ElideMiddle);
    view->setSortingEnabled(true);
    view->sortByColumn(sortColumn, Qt::AscendingOrder);
    // The section's stack sets the height a table keeps (see updateView()).
    view->setMinimumHeight(1);
    view->header()->setStretchLastSection(true);
    view->header()->setSectionResizeMode(QHeaderView::Interactive);
    return view;
}

QSortFilterProxyModel *makeSort(QAbstractItemModel *source, int sortRole, QObject *parent)
{
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(source);
    proxy->setSortRole(sortRole);
    proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    proxy->setDynamicSortFilter(true);
    return proxy;
}

// Each column as wide as its header or its widest usual value.
void fitColumns(QTreeView *view, const QList<QStringList> &samples)
{
    QHeaderView *header = view->header();
    const QFontMetrics metrics = view->fontMetrics();
    const int padding = header->style()->pixelMetric(QStyle::PM_HeaderMargin) * 2 + 8;
    const int sortMark = header->style()->pixelMetric(QStyle::PM_HeaderMarkSize);
    for (int column = 0; column < samples.size(); ++column) {
        int width = metrics.horizontalAdvance(
                        view->model()->headerData(column, Qt::Horizontal).toString())
            + sortMark;
        for (const QString &sample : samples.at(column))
            width = std::max(width, metrics.horizontalAdvance(sample));
        header->resizeSection(column, width + padding);
    }
}

} // namespace

EnvironmentHealthPage::EnvironmentHealthPage(const QString &dataDir, const QString &user,
                                             QWidget *parent)
    : Page(parent)
    , m_dataDir(dataDir)
    , m_user(user)
    , m_pollTimer(new QTimer(this))
    , m_workers(new WorkersModel(this))
    , m_locks(new LockHealthModel(this))
    , m_files(new LockedFilesModel(this))
{
    m_files->setDataDir(dataDir);
    m_workersSort = makeSort(m_workers, WorkersModel::SortRole, this);
    m_locksSort = makeSort(m_locks, LockHealthModel::SortRole, this);
    m_filesSort = makeSort(m_files, LockedFilesModel::SortRole, this);

    auto *title = new QLabel(tr("Environment Health"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_readAt = makeNote(this, QStringLiteral("healthReadAt"));
    m_readAt->setWordWrap(false);
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(title);
    titleRow->addStretch(1);
    titleRow->addWidget(m_readAt);

    // The engine's workers.
    auto *engineTitle = makeSectionTitle(tr("Engine workers"), this);
    m_engineSummary = new QLabel(this);
    m_engineSummary->setObjectName(QStringLiteral("engineSummary"));
    m_engineSummary->setTextFormat(Qt::PlainText);
    m_engineSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_engineSummary->setWordWrap(true);
    m_workersView = makeTable(this, QStringLiteral("workersView"), tr("Engine workers"),
                              m_workersSort, int(WorkersModel::Column::Step));
    {
        const QString time
            = format::dateTimeSeconds(QDateTime(QDate(2024, 12, 28), QTime(23, 58, 59)));
        fitColumns(m_workersView,
                   {{tr("Modules preparation (execution %1)").arg(9999)},
                    {tr("Worker %1").arg(99)},
                    {healthtext::activityName(WorkerActivity::Stopped),
                     healthtext::activityName(WorkerActivity::Holding)},
                    {QStringLiteral("Customer_Portal_Backoffice_CS")},
                    {tr("%1 (%2)").arg(time, format::duration(59 * 60 * 1000 + 59000))}});
    }
    m_noWorkers = makeEmptyState(
        this, QStringLiteral("noWorkersLabel"),
        tr("The engine is idle: no modules preparation or deployment is running."));
    m_workersStack = new QStackedWidget(this);
    m_workersStack->addWidget(m_workersView);
    m_workersStack->addWidget(m_noWorkers);

    // Module locks.
    auto *locksTitle = makeSectionTitle(tr("Module locks"), this);
    m_locksSummary = new QLabel(this);
    m_locksSummary->setObjectName(QStringLiteral("locksSummary"));
    m_locksSummary->setTextFormat(Qt::PlainText);
    m_locksSummary->setWordWrap(true);
    m_locksView = makeTable(this, QStringLiteral("locksView"), tr("Module locks"), m_locksSort,
                            int(LockHealthModel::Column::Module));
    {
        fitColumns(m_locksView,
                   {{QStringLiteral("Customer_Portal_Backoffice")},
                    {tr("%1 #%2").arg(operationName(OperationKind::ConfigurationUpdate)).arg(9999)},
                    {QStringLiteral("Compiler Service")},
                    {format::duration(59 * 60 * 1000 + 59000)},
                    {healthtext::process(99999, QStringLiteral("build-01"))},
                    {healthtext::lease(LeaseAssessment{LeaseState::NotRenewing, 0, 59000, 0})},
                    {QStringLiteral("23:59:59")}});
    }
    m_noLocks = makeEmptyState(this, QStringLiteral("noLocksLabel"), tr("No module is locked."));
    m_locksStack = new QStackedWidget(this);
    m_locksStack->addWidget(m_locksView);
    m_locksStack->addWidget(m_noLocks);
    m_releaseButton = new QPushButton(tr("&Release\u2026"), this);
    m_releaseButton->setObjectName(QStringLiteral("releaseLockButton"));
    m_releaseButton->setToolTip(
        tr("Release the selected lock: interrupts the operation that holds it."));
    m_releaseHint = makeNote(this, QStringLiteral("releaseHint"));
    auto *releaseRow = new QHBoxLayout;
    releaseRow->addWidget(m_releaseHint, 1);
    releaseRow->addWidget(m_releaseButton);

    // Files held by other processes.
    auto *filesTitle = makeSectionTitle(tr("Files held by other processes"), this);
    m_filesSummary = makeNote(this, QStringLiteral("filesSummary"));
    m_filesNote
        = tr("Processes holding a lock on a file in %1 and %2: a publish or a deployment that "
             "needs the file waits for it, then fails with the name of the process.")
              .arg(QDir::toNativeSeparators(m_dataDir + QStringLiteral("/compilations")),
                   QDir::toNativeSeparators(m_dataDir + QStringLiteral("/deployments")));
    m_filesSummary->setText(m_filesNote);
    m_filesView = makeTable(this, QStringLiteral("filesView"), tr("Files held by other processes"),
                            m_filesSort, int(LockedFilesModel::Column::File));
    fitColumns(m_filesView, {{}, {QStringLiteral("Customer_Portal_CS")}, {tr("Compilation")}});
    m_filesView->header()->resizeSection(
        int(LockedFilesModel::Column::File),
        m_filesView->fontMetrics().horizontalAdvance(
            QStringLiteral("deployments/Customer_Portal_CS/c1234-0123456789ab/bin/Portal.dll")));
    m_noFiles = makeEmptyState(
        this, QStringLiteral("noFilesLabel"),
        tr("No other process holds a file in the compilations or deployments folders."));
    m_filesStack = new QStackedWidget(this);
    m_filesStack->addWidget(m_filesView);
    m_filesStack->addWidget(m_noFiles);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(titleRow);
    layout->addSpacing(8);
    layout->addWidget(engineTitle);
    layout->addWidget(m_engineSummary);
    layout->addWidget(m_workersStack, 20);
    layout->addSpacing(12);
    layout->addWidget(locksTitle);
    layout->addWidget(m_locksSummary);
    layout->addWidget(m_locksStack, 30);
    layout->addLayout(releaseRow);
    layout->addSpacing(12);
    layout->addWidget(filesTitle);
    layout->addWidget(m_filesSummary);
    layout->addWidget(m_filesStack, 20);
    // Sections with nothing to list stay compact: the room goes to the tables, or
    // below everything when every section is empty.
    layout->addStretch(1);

    connect(m_releaseButton, &QPushButton::clicked, this, [this] { releaseSelected(); });
    connect(m_locksView, &QTreeView::activated, this, [this] { releaseSelected(); });
    connect(m_locksView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &EnvironmentHealthPage::updateReleaseButton);
    connect(m_locks, &QAbstractItemModel::dataChanged, this,
            &EnvironmentHealthPage::updateReleaseButton);
    connect(&m_pollWatcher, &QFutureWatcherBase::finished, this, &EnvironmentHealthPage::onPolled);
    connect(&m_releaseWatcher, &QFutureWatcherBase::finished, this,
            &EnvironmentHealthPage::onReleaseFinished);

    m_pollTimer->setInterval(std::chrono::seconds(2));
    connect(m_pollTimer, &QTimer::timeout, this, [this] {
        // A slow poll skips a tick rather than queueing one; a hidden page reads nothing.
        if (m_pollWatcher.isRunning() || !isVisible())
            return;
        poll();
    });
    m_pollTimer->start();
    updateView();
    poll();
}

EnvironmentHealthPage::~EnvironmentHealthPage()
{
    m_pollTimer->stop();
    m_pollWatcher.disconnect(this);
    m_releaseWatcher.disconnect(this);
    m_pollWatcher.waitForFinished();
    m_releaseWatcher.waitForFinished();
}

void EnvironmentHealthPage::refresh()
{
    poll(true);
}

QWidget *EnvironmentHealthPage::initialFocusWidget()
{
    return m_locksView;
}

void EnvironmentHealthPage::setPollInterval(std::chrono::milliseconds interval)
{
    m_pollTimer->setInterval(interval);
}

void EnvironmentHealthPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    poll(true); // a hidden page did not poll: show what is true now
}

void EnvironmentHealthPage::poll(bool scanFiles)
{
    if (m_pollWatcher.isRunning()) { // it follows the one running
        m_pollAgain = true;
        m_scanAgain = m_scanAgain || scanFiles;
        return;
    }
    const qint64 scanEvery = std::max<qint64>(m_pollTimer->interval(), 10 * m_fileScanMs);
    HealthOptions options;
    options.scanFiles
        = scanFiles || !m_sinceFileScan.isValid() || m_sinceFileScan.elapsed() >= scanEvery;
    m_pollScans = options.scanFiles;
    m_pollWatcher.setFuture(runWithEnvironment(
        m_dataDir, [options](Environment &environment) { return environment.health(options); }));
}

void EnvironmentHealthPage::onPolled()
{
    Result<EnvironmentHealth> result = m_pollWatcher.result();
    if (result) {
        if (result->filesScanned) {
            m_sinceFileScan.start();
            m_fileScanMs = result->fileScanMs;
            m_filesReadAt = result->readAt;
            m_files->setFiles(result->lockedFiles);
        } else if (m_health) { // the last walk's findings stand until the next one
            result->filesScanned = m_health->filesScanned;
            result->lockedFiles = m_health->lockedFiles;
            result->fileScanMs = m_health->fileScanMs;
        }
        m_health = *result;
        m_pollError.reset();
        m_workers->setSteps(m_health->steps, m_health->readAt);
        m_locks->setLocks(m_health->locks);
    } else {
        m_pollError = result.error();
    }
    updateView();
    emit polled();
    if (std::exchange(m_pollAgain, false))
        poll(std::exchange(m_scanAgain, false));
}

QString EnvironmentHealthPage::engineSummary() const
{
    if (!m_health)
        return m_pollError ? m_pollError->message : tr("Reading the environment\u2026");
    if (m_health->steps.isEmpty())
        return tr("No upgrade step is running.");
    QStringList lines;
    for (const EngineStep &step : m_health->steps)
        lines << healthtext::stepSummary(step);
    return lines.join(u'\n');
}

QString EnvironmentHealthPage::locksSummary() const
{
    if (!m_health)
        return QString();
    const int count = int(m_health->locks.size());
    const int stale = m_health->staleLockCount();
    const QString lease = tr("Leases last %1 and are renewed every third of it.")
                              .arg(format::duration(m_health->lease.count()));
    if (count == 0)
        return lease;
    QString text = tr("%n module(s) locked", nullptr, count);
    if (stale > 0)
        text += tr(", %n with a stale lease: its holder stopped renewing it or is gone.", nullptr,
                   stale);
    else
        text += u'.';
    return text + u' ' + lease;
}

void EnvironmentHealthPage::updateView()
{
    if (m_health)
        m_readAt->setText(tr("Read at %1 \u00b7 every %2")
                              .arg(format::dateTimeSeconds(m_health->readAt),
                                   format::duration(m_pollTimer->interval())));
    else
        m_readAt->setText(m_pollError ? tr("The environment cannot be read.")
                                      : tr("Reading\u2026"));
    m_engineSummary->setText(engineSummary());
    m_engineSummary->setVisible(!m_health || !m_health->steps.isEmpty() || m_pollError);
    const int tableHeight = fontMetrics().lineSpacing() * 6;
    const auto show
        = [tableHeight](QStackedWidget *stack, QWidget *table, QLabel *empty, bool rows) {
              stack->setCurrentWidget(rows ? table : static_cast<QWidget *>(empty));
              const int emptyHeight = empty->sizeHint().height() + 24;
              stack->setMinimumHeight(rows ? tableHeight : emptyHeight);
              stack->setMaximumHeight(rows ? QWIDGETSIZE_MAX : emptyHeight);
          };
    show(m_workersStack, m_workersView, m_noWorkers, m_workers->rowCount() > 0);
    m_locksSummary->setText(locksSummary());
    show(m_locksStack, m_locksView, m_noLocks, m_locks->rowCount() > 0);
    const bool scanned = m_health && m_health->filesScanned;
    if (m_filesReadAt.isValid())
        m_filesSummary->setText(
            m_filesNote + u' '
            + tr("Last looked at %1 (it took %2).")
                  .arg(m_filesReadAt.toLocalTime().toString(QStringLiteral("HH:mm:ss")),
                       format::duration(m_fileScanMs)));
    m_noFiles->setText(
        !m_health ? tr("Reading\u2026")
            : scanned
            ? tr("No other process holds a file in the compilations or deployments folders.")
            : tr("The folders were not scanned."));
    show(m_filesStack, m_filesView, m_noFiles, m_files->rowCount() > 0);
    updateReleaseButton();
}

std::optional<LockHealth> EnvironmentHealthPage::selectedLock() const
{
    const QModelIndex current = m_locksView->selectionModel()->currentIndex();
    if (!current.isValid() || !m_locksView->selectionModel()->isSelected(current))
        return std::nullopt;
    const int row = m_locks->rowOfKey(current.data(LockHealthModel::ModuleRole).toString());
    if (row < 0)
        return std::nullopt;
    return m_locks->rowAt(row);
}

void EnvironmentHealthPage::updateReleaseButton()
{
    const std::optional<LockHealth> lock = selectedLock();
    const bool releasing = m_releaseWatcher.isRunning();
    m_releaseButton->setEnabled(lock.has_value() && !releasing);
    if (releasing)
        m_releaseHint->setText(tr("Releasing the lock\u2026"));
    else if (!lock)
        m_releaseHint->setText(m_locks->rowCount() > 0 ? tr("Select a lock to release it.")
                                                       : QString());
    else if (lock->lease.isStale())
        m_releaseHint->setText(tr("The lock on '%1' is stale. %2")
                                   .arg(lock->lock.module, healthtext::staleReason(lock->lease)));
    else
        m_releaseHint->setText(tr("The operation holding '%1' is running: release it only if it "
                                  "is stuck.")
                                   .arg(lock->lock.module));
}

bool EnvironmentHealthPage::selectLock(const QString &module)
{
    const int row = m_locks->rowOfKey(module);
    if (row < 0)
        return false;
    const QModelIndex index = m_locksSort->mapFromSource(m_locks->index(row, 0));
    m_locksView->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    updateReleaseButton();
    return true;
}

ReleaseLockDialog *EnvironmentHealthPage::releaseDialog() const
{
    return m_dialog;
}

ReleaseLockDialog *EnvironmentHealthPage::releaseSelected()
{
    const std::optional<LockHealth> lock = selectedLock();
    if (!lock || m_releaseWatcher.isRunning())
        return nullptr;
    if (m_dialog)
        m_dialog->close();
    QStringList modules;
    for (const LockHealth &other : m_locks->rows()) {
        if (other.lock.operationId == lock->lock.operationId)
            modules << other.lock.module;
    }
    m_dialog = new ReleaseLockDialog(*lock, modules, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    const LockHealth chosen = *lock;
    connect(m_dialog, &QDialog::accepted, this, [this, chosen] { onReleaseConfirmed(chosen); });
    m_dialog->open();
    return m_dialog;
}

void EnvironmentHealthPage::onReleaseConfirmed(const LockHealth &lock)
{
    if (m_releaseWatcher.isRunning())
        return;
    // Forced only when the operator acknowledged a live lease; a stale one that came
    // back to life meanwhile is refused. Either way, only that operation's lock.
    const bool force = !lock.lease.isStale();
    const QString module = lock.lock.module;
    const qint64 operationId = lock.lock.operationId;
    const QString user = m_user;
    m_releasing = module;
    m_releaseWatcher.setFuture(
        runWithEnvironment(m_dataDir, [module, user, force, operationId](Environment &environment) {
            return environment.releaseLock(module, user, force, operationId);
        }));
    updateReleaseButton();
}

void EnvironmentHealthPage::onReleaseFinished()
{
    const Result<LockRelease> result = m_releaseWatcher.result();
    m_lastRelease = result;
    if (result) {
        emit statusMessage(tr("Released the lock on '%1': %2 #%3 was interrupted and %n "
                              "module(s) freed.",
                              nullptr, int(result->releasedModules.size()))
                               .arg(m_releasing, operationName(result->operation.kind))
                               .arg(result->operation.operationId));
    } else {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Release Lock"),
                                    tr("The lock was not released."), QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("releaseErrorBox"));
        box->setInformativeText(result.error().message);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    emit releaseFinished();
    updateReleaseButton();
    poll();
}

} // namespace osc
