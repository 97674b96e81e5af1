#include "logpage.h"

#include "common/environmenttask.h"
#include "common/formatting.h"
#include "logdetailview.h"
#include "logfilterbar.h"
#include "loggroupsmodel.h"
#include "logjobs.h"
#include "logtablemodel.h"
#include "logwindowmodel.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace osc {

namespace {

constexpr int maxSkipsListed = 5;

QString number(qint64 value)
{
    return QLocale().toString(value);
}

// The count of a plural form (tr()'s n, an int; "%Ln" shows it as number() does).
int pluralCount(qint64 value)
{
    return int(std::clamp<qint64>(value, 0, std::numeric_limits<int>::max()));
}

QLabel *makeNote(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

LogPage::LogPage(LogKind kind, const QString &dataDir, QWidget *parent)
    : Page(parent)
    , m_kind(kind)
    , m_dataDir(dataDir)
    , m_model(new LogTableModel(kind, dataDir, this))
    , m_window(new LogWindowModel(this))
    , m_groups(new LogGroupsModel(this))
    , m_groupsSorted(new QSortFilterProxyModel(this))
    , m_filters(new LogFilterBar(this))
{
    setObjectName(kind == LogKind::Errors ? QStringLiteral("errorLogPage")
                                          : QStringLiteral("generalLogPage"));
    m_jobs.setMaxThreadCount(2);
    // Before the page's own connections to the model: the window follows every change
    // of the model before the page looks at it.
    m_window->setSourceModel(m_model);

    auto *title = new QLabel(kind == LogKind::Errors ? tr("Error Log") : tr("General log"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("logStatus"));
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_groupButton = new QPushButton(tr("&Group by cause"), this);
    m_groupButton->setObjectName(QStringLiteral("groupByCause"));
    m_groupButton->setCheckable(true);
    m_groupButton->setToolTip(tr("Group the entries that share a message (numbers, quoted "
                                 "names and paths aside), with their count, first and last "
                                 "time seen"));
    m_exportButton = new QToolButton(this);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setText(tr("&Export"));
    m_exportButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *exportMenu = new QMenu(m_exportButton);
    exportMenu->addAction(tr("Export to CSV\u2026"), this,
                          [this] { chooseExport(LogExportFormat::Csv); });
    exportMenu->addAction(tr("Export to JSON\u2026"), this,
                          [this] { chooseExport(LogExportFormat::Json); });
    m_exportButton->setMenu(exportMenu);
    m_exportButton->setToolTip(tr("Write the entries of the current filter to a file"));

    auto *header = new QHBoxLayout;
    header->addWidget(title);
    header->addSpacing(12);
    header->addWidget(m_status, 1, Qt::AlignBottom);
    header->addWidget(m_groupButton);
    header->addWidget(m_exportButton);

    m_context = new QLabel(this);
    m_context->setObjectName(QStringLiteral("executionContext"));
    m_context->setWordWrap(true);
    m_context->setTextFormat(Qt::RichText);
    m_context->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_context->setFrameShape(QFrame::StyledPanel);
    m_context->setMargin(6);
    m_context->setVisible(false);
    m_error = makeNote(this, QStringLiteral("logError"));
    m_error->setVisible(false);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xb0, 0x20, 0x20));
    m_error->setPalette(errorPalette);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("logView"));
    m_view->setAccessibleName(kind == LogKind::Errors ? tr("Error Log entries")
                                                      : tr("General log entries"));
    m_view->setModel(m_window);
    // The page's scrollbar stands for it (see the class comment).
    m_view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    const int digit = m_view->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    m_view->horizontalHeader()->setMinimumSectionSize(digit * 6);
    m_table = new QFrame(this);
    m_table->setObjectName(QStringLiteral("logTable"));
    m_scrollBar = new QScrollBar(Qt::Vertical, m_table);
    m_scrollBar->setObjectName(QStringLiteral("logScrollBar"));
    m_scrollBar->setAccessibleName(tr("Position in the log"));
    auto *tableLayout = new QHBoxLayout(m_table);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    // Where the view's own scrollbar was: inside its frame, or beside it in styles that
    // frame the contents only.
    if (style()->styleHint(QStyle::SH_ScrollView_FrameOnlyAroundContents, nullptr, m_view)) {
        m_table->setFrameShape(QFrame::NoFrame);
        tableLayout->setSpacing(
            style()->pixelMetric(QStyle::PM_ScrollView_ScrollBarSpacing, nullptr, m_view));
    } else {
        m_table->setFrameStyle(m_view->frameStyle());
        m_view->setFrameShape(QFrame::NoFrame);
        tableLayout->setSpacing(0);
    }
    tableLayout->addWidget(m_view, 1);
    tableLayout->addWidget(m_scrollBar);
    fitColumns();
    m_view->installEventFilter(this);
    m_view->viewport()->installEventFilter(this);
    // The last section stretches by itself; any other resized outside fitColumns() was
    // sized by hand.
    connect(m_view->horizontalHeader(), &QHeaderView::sectionResized, this, [this](int section) {
        if (!m_fitting && section != m_model->columnCount() - 1)
            m_columnsSizedByHand = true;
    });
    const int instantColumn = m_model->columnOf(LogTableModel::Column::Instant);
    m_view->horizontalHeader()->setSortIndicator(instantColumn, Qt::DescendingOrder);
    m_view->setSortingEnabled(true);
    // Only the id order is sortable: another column puts the indicator back.
    connect(m_view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            [this, instantColumn](int column, Qt::SortOrder order) {
                const auto sorted = m_model->columns().value(column);
                if (sorted == LogTableModel::Column::Id || sorted == LogTableModel::Column::Instant)
                    return;
                QSignalBlocker block(m_view->horizontalHeader());
                m_view->horizontalHeader()->setSortIndicator(instantColumn, m_model->sortOrder());
                Q_UNUSED(order);
            });

    m_groupsPanel = new QWidget(this);
    m_groupsStatus = makeNote(m_groupsPanel, QStringLiteral("groupsStatus"));
    m_groupsCancel = new QPushButton(tr("Cancel"), m_groupsPanel);
    m_groupsCancel->setObjectName(QStringLiteral("cancelGrouping"));
    m_groupsCancel->setVisible(false);
    m_groupsSorted->setSourceModel(m_groups);
    m_groupsSorted->setSortRole(LogGroupsModel::SortRole);
    m_groupsView = new QTableView(m_groupsPanel);
    m_groupsView->setObjectName(QStringLiteral("groupsView"));
    m_groupsView->setAccessibleName(tr("Entries grouped by cause"));
    m_groupsView->setModel(m_groupsSorted);
    m_groupsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_groupsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_groupsView->setWordWrap(false);
    m_groupsView->setAlternatingRowColors(true);
    m_groupsView->verticalHeader()->setVisible(false);
    m_groupsView->horizontalHeader()->setStretchLastSection(true);
    m_groupsView->setSortingEnabled(true);
    m_groupsView->sortByColumn(int(LogGroupsModel::Column::Count), Qt::DescendingOrder);
    m_groupsView->setColumnWidth(int(LogGroupsModel::Column::Count), digit * 10);
    m_groupsView->setColumnWidth(int(LogGroupsModel::Column::Modules), digit * 22);
    m_groupsView->setColumnWidth(int(LogGroupsModel::Column::FirstSeen), digit * 21);
    m_groupsView->setColumnWidth(int(LogGroupsModel::Column::LastSeen), digit * 21);
    auto *groupsTop = new QHBoxLayout;
    groupsTop->addWidget(m_groupsStatus, 1);
    groupsTop->addWidget(m_groupsCancel);
    auto *groupsLayout = new QVBoxLayout(m_groupsPanel);
    groupsLayout->setContentsMargins(0, 0, 0, 0);
    groupsLayout->addLayout(groupsTop);
    groupsLayout->addWidget(m_groupsView, 1);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_groupsPanel);
    m_detail = new LogDetailView(this);
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("logSplitter"));
    m_splitter->addWidget(m_stack);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);

    m_exportRow = new QWidget(this);
    m_exportProgress = new QProgressBar(m_exportRow);
    m_exportProgress->setObjectName(QStringLiteral("exportProgress"));
    m_exportProgress->setAccessibleName(tr("Export progress"));
    m_exportProgress->setTextVisible(false);
    m_exportStatus = makeNote(m_exportRow, QStringLiteral("exportStatus"));
    m_exportCancel = new QPushButton(tr("Cancel"), m_exportRow);
    m_exportCancel->setObjectName(QStringLiteral("cancelExport"));
    auto *exportLayout = new QHBoxLayout(m_exportRow);
    exportLayout->setContentsMargins(0, 0, 0, 0);
    exportLayout->addWidget(m_exportStatus, 1);
    exportLayout->addWidget(m_exportProgress);
    exportLayout->addWidget(m_exportCancel);
    m_exportRow->setVisible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_filters);
    layout->addWidget(m_context);
    layout->addWidget(m_error);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_exportRow);

    connect(m_filters, &LogFilterBar::changed, this, &LogPage::applyFilters);
    connect(m_model, &LogTableModel::layoutUpdated, this, &LogPage::updateStatus);
    connect(m_model, &LogTableModel::failed, this, &LogPage::updateStatus);
    connect(m_model, &LogTableModel::located, this, &LogPage::onLocated);
    connect(m_model, &LogTableModel::entryFound, this, &LogPage::onEntryFound);
    connect(
        m_window, &QAbstractItemModel::rowsInserted, this,
        [this](const QModelIndex &, int first, int last) { onWindowRowsInserted(first, last); });
    // Rows above the window move its start, not its rows: only the page's scrollbar moves.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &LogPage::syncScrollBar);
    connect(m_window, &QAbstractItemModel::modelReset, this, &LogPage::syncScrollBar);
    connect(m_window, &QAbstractItemModel::layoutChanged, this, [this] {
        restoreSelection();
        syncScrollBar();
    });
    connect(m_scrollBar, &QScrollBar::valueChanged, this, &LogPage::onScrollBarMoved);
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this, &LogPage::onViewScrolled);
    connect(m_view->verticalScrollBar(), &QScrollBar::rangeChanged, this, &LogPage::syncScrollBar);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &LogPage::onDataChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // A new filter (or a purge) laid the rows out again: find the entry again.
        if (m_selectedId != 0 && m_pendingShow == 0) {
            m_pendingShow = m_selectedId;
            m_showRetried = true;
            m_model->locate(m_selectedId);
        }
        onCurrentChanged();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &LogPage::onCurrentChanged);
    connect(m_detail, &LogDetailView::linkActivated, this, &LogPage::onDetailLink);
    connect(m_context, &QLabel::linkActivated, this,
            [this](const QString &link) { onDetailLink(QUrl(link)); });
    connect(m_groupButton, &QPushButton::toggled, this, &LogPage::setGrouped);
    connect(m_groupsCancel, &QPushButton::clicked, this, [this] { m_grouping.cancel(); });
    connect(&m_grouping, &QFutureWatcherBase::finished, this, &LogPage::onGroupingDone);
    connect(&m_grouping, &QFutureWatcherBase::progressValueChanged, this, [this](int read) {
        m_groupsStatus->setText(
            tr("Grouping the entries by cause\u2026 %1 read").arg(number(read)));
    });
    connect(m_groupsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &LogPage::onGroupCurrentChanged);
    connect(m_groupsView, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        showEntry(index.data(LogGroupsModel::LatestIdRole).toLongLong());
    });
    connect(m_exportCancel, &QPushButton::clicked, this, &LogPage::cancelExport);
    connect(&m_export, &QFutureWatcherBase::finished, this, &LogPage::onExportDone);
    connect(&m_export, &QFutureWatcherBase::progressValueChanged, this, [this](int written) {
        if (m_exportProgress->maximum() > 0)
            m_exportProgress->setValue(int(std::min<qint64>(written, m_exportProgress->maximum())));
        m_exportStatus->setText(tr("Exporting to %1\u2026 %Ln entry(ies) written", nullptr, written)
                                    .arg(QDir::toNativeSeparators(m_exportPath)));
    });
    connect(&m_execution, &QFutureWatcherBase::finished, this, &LogPage::onExecutionLoaded);

    m_model->setPollInterval(LogTableModel::defaultPollIntervalMs);
    m_model->setQuery(m_filters->query());
}

LogPage::~LogPage()
{
    m_grouping.cancel();
    m_export.cancel();
    m_grouping.waitForFinished();
    m_export.waitForFinished();
    m_execution.waitForFinished();
    m_jobs.waitForDone();
    // QWidget's destructor hides the view, which lays its scrollbar out once more.
    m_view->verticalScrollBar()->disconnect(this);
    m_scrollBar->disconnect(this);
    m_window->disconnect(this);
}

bool LogPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::Resize)
        fitColumns();
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        syncScrollBar();
    if (watched == m_view && event->type() == QEvent::KeyPress
        && navigate(static_cast<QKeyEvent *>(event)))
        return true;
    return Page::eventFilter(watched, event);
}

// The rows that fit whole in the viewport (rows are all one height): the view's own
// scrollbar says so too, but only after its next layout, without a signal.
int LogPage::rowsInView() const
{
    const int rowHeight = std::max(1, m_view->verticalHeader()->defaultSectionSize());
    return std::max(1, m_view->viewport()->height() / rowHeight);
}

// Whether the view, its top row at window row `viewTop`, is within a quarter of the
// window of an edge the log goes on past: a page or a few wheel steps must never reach
// that edge (the window is much taller than a page).
bool LogPage::windowNeedsMoving(int viewTop) const
{
    const int margin = m_window->windowRows() / 4;
    const int start = m_window->windowStart();
    const int count = m_window->rowCount();
    const bool moreAbove = start > 0;
    const bool moreBelow = start + count < m_window->sourceRowCount();
    return (moreAbove && viewTop < margin)
        || (moreBelow && viewTop + rowsInView() > count - margin);
}

// Model row `row` at the top of the view: the window is centred on it when the view
// would come near the window's edge.
void LogPage::showModelRowAtTop(int row)
{
    if (windowNeedsMoving(row - m_window->windowStart()))
        m_window->setWindowStart(row - (m_window->windowRows() - rowsInView()) / 2);
    {
        const QScopedValueRollback scrolling(m_scrolling, true);
        m_view->verticalScrollBar()->setValue(row - m_window->windowStart());
    }
    syncScrollBar();
}

void LogPage::selectModelRow(int row, QAbstractItemView::ScrollHint hint)
{
    const int start = m_window->windowStart();
    const bool inside = row >= start && row < start + m_window->rowCount();
    if (!inside || windowNeedsMoving(row - start - rowsInView() / 2))
        m_window->setWindowStart(row - m_window->windowRows() / 2);
    const QModelIndex index = m_window->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return;
    m_view->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index, hint);
}

void LogPage::onScrollBarMoved(int value)
{
    showModelRowAtTop(value);
}

void LogPage::onViewScrolled(int value)
{
    if (m_scrolling)
        return;
    if (windowNeedsMoving(value))
        showModelRowAtTop(m_window->windowStart() + value);
    else
        syncScrollBar();
}

// The page's scrollbar: the whole log, its value the model row at the top of the view.
void LogPage::syncScrollBar()
{
    const QScrollBar *viewBar = m_view->verticalScrollBar();
    const int outside = m_window->sourceRowCount() - m_window->rowCount();
    const QSignalBlocker block(m_scrollBar);
    m_scrollBar->setRange(0, outside + viewBar->maximum());
    m_scrollBar->setPageStep(rowsInView());
    m_scrollBar->setValue(m_window->windowStart() + viewBar->value());
}

// The window came back over the selected entry: select it again, where it is (the view
// does not scroll to it).
void LogPage::restoreSelection()
{
    if (m_view->currentIndex().isValid() || !m_selectedEntry.isValid())
        return;
    const QModelIndex index = m_window->mapFromSource(m_selectedEntry);
    if (!index.isValid())
        return;
    const bool autoScroll = m_view->hasAutoScroll();
    m_view->setAutoScroll(false);
    m_view->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->setAutoScroll(autoScroll);
}

// Home and End go to the newest and the oldest entry of the whole log (the table's own
// go to the first and last column, or the window's ends). Arrows and pages without a
// current row in the window start from the top row in view.
bool LogPage::navigate(QKeyEvent *event)
{
    const int total = m_window->sourceRowCount();
    if (total == 0)
        return false;
    switch (event->key()) {
    case Qt::Key_Home:
        selectModelRow(0, QAbstractItemView::PositionAtTop);
        return true;
    case Qt::Key_End:
        selectModelRow(total - 1, QAbstractItemView::PositionAtBottom);
        return true;
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_PageUp:
    case Qt::Key_PageDown:
        if (!m_view->currentIndex().isValid()) {
            const int top = std::max(0, m_view->rowAt(0));
            m_view->selectionModel()->setCurrentIndex(m_window->index(top, 0),
                                                      QItemSelectionModel::NoUpdate);
        }
        return false;
    default:
        return false;
    }
}

// Fixed widths for the short columns; Module and Operation share what is left with the
// message, so that a narrow window still shows some of every column. Until the
// operator sizes a column by hand.
void LogPage::fitColumns()
{
    if (m_columnsSizedByHand)
        return;
    m_fitting = true;
    const int digit = m_view->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    const auto set = [&](LogTableModel::Column column, int width) {
        const int section = m_model->columnOf(column);
        if (section >= 0)
            m_view->setColumnWidth(section, width);
    };
    set(LogTableModel::Column::Id, digit * 9);
    set(LogTableModel::Column::Instant, digit * 20);
    set(LogTableModel::Column::Step, digit * 10);
    set(LogTableModel::Column::User, digit * 13);
    int fixed = digit * (9 + 20 + 10);
    if (m_model->columnOf(LogTableModel::Column::User) >= 0)
        fixed += digit * 13;
    // The view's own width (the page's scrollbar is beside it): its viewport follows
    // only once the view is laid out.
    const int inner = m_view->width() - 2 * m_view->frameWidth();
    const int left = std::max(0, inner - fixed);
    set(LogTableModel::Column::Module, std::clamp(left / 4, digit * 10, digit * 24));
    set(LogTableModel::Column::Operation, std::clamp(left / 4, digit * 10, digit * 26));
    m_fitting = false;
}

void LogPage::refresh()
{
    m_model->reload();
    if (isGrouped())
        startGrouping();
}

QWidget *LogPage::initialFocusWidget()
{
    return m_view;
}

void LogPage::applyFilters()
{
    if (m_executionId == 0)
        m_context->setVisible(false);
    m_model->setQuery(m_filters->query());
    if (isGrouped())
        startGrouping();
}

QString LogPage::statusText() const
{
    return m_status->text();
}

QString LogPage::contextText() const
{
    return m_context->isHidden() ? QString() : m_context->text();
}

QString LogPage::exportStatusText() const
{
    return m_exportStatus->text();
}

void LogPage::updateStatus()
{
    const QString error = m_model->errorText();
    m_error->setVisible(!error.isEmpty());
    m_error->setText(error.isEmpty() ? QString() : tr("The log could not be read: %1").arg(error));
    const qint64 total = m_model->totalCount();
    const bool filtering = m_filters->isFiltering();
    if (!error.isEmpty())
        m_status->clear();
    else if (!m_model->hasLayout())
        m_status->setText(tr("Reading the log\u2026"));
    else if (m_model->isCounting())
        m_status->setText(
            tr("Counting\u2026 %Ln matching entry(ies) so far", nullptr, pluralCount(total)));
    else if (total == 0)
        m_status->setText(filtering
                              ? tr("No entry matches these filters.")
                              : (m_kind == LogKind::Errors ? tr("The Error Log is empty.")
                                                           : tr("The General log is empty.")));
    else
        m_status->setText(filtering ? tr("%Ln matching entry(ies)", nullptr, pluralCount(total))
                                    : tr("%Ln entry(ies)", nullptr, pluralCount(total)));
}

// The selected entry is the view's current row, or, while the window is elsewhere, the
// entry it was on.
void LogPage::onCurrentChanged()
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid())
        m_selectedEntry = m_window->mapToSource(current.siblingAtColumn(0));
    if (!m_selectedEntry.isValid()) {
        if (m_pendingShow == 0) {
            m_selectedId = 0;
            m_detail->showNotice(tr("Select an entry to see every field."));
        }
        return;
    }
    const int row = m_selectedEntry.row();
    const std::optional<LogRecord> record = m_model->recordAt(row);
    m_selectedId = m_model->idAt(row);
    if (record)
        m_detail->showRecord(m_kind, *record);
    else
        m_detail->showLoading();
}

void LogPage::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    // Grouped, the detail pane shows the selected group's entry; the table's selection
    // shows again when the groups close (setGrouped()).
    if (isGrouped() || !m_selectedEntry.isValid())
        return;
    const int row = m_selectedEntry.row();
    if (row >= topLeft.row() && row <= bottomRight.row()
        && m_detail->shownId() != m_model->idAt(row))
        onCurrentChanged();
}

void LogPage::onWindowRowsInserted(int first, int last)
{
    // New entries arrive at the top (newest first) while the window is there: the rows
    // in view stay in view. (Above a window further down they move only its start.)
    QScrollBar *bar = m_view->verticalScrollBar();
    if (bar->value() == 0 || first > bar->value()) {
        syncScrollBar();
        return;
    }
    const int added = last - first + 1;
    bar->setMaximum(bar->maximum() + added);
    bar->setValue(bar->value() + added);
}

void LogPage::showEntry(qint64 id)
{
    if (id <= 0)
        return;
    if (isGrouped())
        m_groupButton->setChecked(false);
    m_pendingShow = id;
    m_showRetried = false;
    m_model->locate(id);
}

void LogPage::onLocated(qint64 id, int row)
{
    if (id != m_pendingShow)
        return;
    if (row >= 0) {
        m_pendingShow = 0;
        m_selectedEntry = m_model->index(row, 0);
        selectModelRow(row, QAbstractItemView::PositionAtCenter);
        onCurrentChanged();
        emit entryShown(id, row);
        return;
    }
    if (!m_showRetried && m_filters->isFiltering()) {
        // The filters hide it: show the whole log.
        m_showRetried = true;
        m_filters->reset();
        m_model->locate(id);
        return;
    }
    m_pendingShow = 0;
    m_view->selectionModel()->clearSelection();
    m_selectedEntry = QPersistentModelIndex();
    m_selectedId = 0;
    m_detail->showNotice(tr("Entry %1 is not in the log: retention has removed it, or it was "
                            "never written.")
                             .arg(id));
    emit entryShown(id, -1);
}

void LogPage::onDetailLink(const QUrl &url)
{
    if (url.scheme() == QStringLiteral("entry")) {
        showEntry(url.path().toLongLong());
    } else if (url.scheme() == QStringLiteral("producer")) {
        LogQuery query;
        query.module = QUrl::fromPercentEncoding(url.path().toUtf8());
        // The producer's failure that came before this entry.
        query.beforeId = m_detail->shownId() > 0 ? m_detail->shownId() : 0;
        m_producerRequest = m_model->requestEntry(query);
    }
}

void LogPage::onEntryFound(quint64 requestId, const LogRecord &record)
{
    if (requestId == m_producerRequest) {
        m_producerRequest = 0;
        if (record.id > 0)
            showEntry(record.id);
        else
            m_detail->showNotice(
                tr("The Error Log holds no failure of that producer before this entry."));
    } else if (requestId == m_groupEntryRequest) {
        m_groupEntryRequest = 0;
        if (record.id > 0)
            m_detail->showRecord(m_kind, record);
        else
            m_detail->showNotice(tr("The newest entry of this group is no longer in the log."));
    }
}

bool LogPage::isGrouped() const
{
    return m_stack->currentWidget() == m_groupsPanel;
}

void LogPage::setGrouped(bool grouped)
{
    if (m_groupButton->isChecked() != grouped) {
        m_groupButton->setChecked(grouped); // comes back here through toggled()
        return;
    }
    if (grouped == isGrouped())
        return;
    m_stack->setCurrentWidget(grouped ? m_groupsPanel : static_cast<QWidget *>(m_table));
    if (grouped) {
        startGrouping();
    } else {
        m_grouping.cancel();
        onCurrentChanged();
    }
}

void LogPage::startGrouping()
{
    m_grouping.cancel();
    m_groups->clear();
    m_groupsCancel->setVisible(true);
    m_groupsStatus->setText(tr("Grouping the entries by cause\u2026"));
    m_detail->showNotice(tr("Select a group to see its newest entry."));
    m_grouping.setFuture(startLogGrouping(&m_jobs, m_dataDir, m_kind, m_model->query()));
}

void LogPage::onGroupingDone()
{
    m_groupsCancel->setVisible(false);
    if (m_grouping.isCanceled()) {
        m_groupsStatus->setText(tr("Grouping cancelled."));
        emit groupingFinished();
        return;
    }
    const Result<LogGrouping> grouping = m_grouping.result();
    if (!grouping) {
        m_groupsStatus->setText(
            tr("The entries could not be grouped: %1").arg(grouping.error().fullText()));
        emit groupingFinished();
        return;
    }
    m_groups->setGrouping(*grouping);
    if (grouping->entries == 0) {
        m_groupsStatus->setText(tr("No entry to group."));
    } else {
        //: %1 is "<n> cause(s)", %2 is "<n> entry(ies)"
        m_groupsStatus->setText(
            tr("%1 among %2. Activate a group to see its newest entry in the list.")
                .arg(tr("%Ln cause(s)", nullptr, pluralCount(grouping->groups.size())),
                     tr("%Ln entry(ies)", nullptr, pluralCount(grouping->entries))));
    }
    emit groupingFinished();
}

void LogPage::onGroupCurrentChanged()
{
    const QModelIndex current = m_groupsView->currentIndex();
    if (!current.isValid())
        return;
    const qint64 latest = current.data(LogGroupsModel::LatestIdRole).toLongLong();
    LogQuery query;
    query.beforeId = latest + 1;
    query.afterId = latest - 1;
    m_detail->showLoading();
    m_groupEntryRequest = m_model->requestEntry(query);
}

void LogPage::chooseExport(LogExportFormat format)
{
    const bool csv = format == LogExportFormat::Csv;
    const QString suggested = QDir::home().filePath(
        QStringLiteral("%1-%2.%3")
            .arg(m_kind == LogKind::Errors ? QStringLiteral("error-log")
                                           : QStringLiteral("general-log"),
                 QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm")),
                 logExportFormatKey(format)));
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Export the entries"), suggested,
                                       csv ? tr("CSV files (*.csv)") : tr("JSON files (*.json)"));
    if (!path.isEmpty())
        exportTo(path, format);
}

void LogPage::exportTo(const QString &path, LogExportFormat format)
{
    if (isExporting())
        return;
    m_exportPath = path;
    const qint64 total = m_model->isCounting() ? 0 : m_model->totalCount();
    m_exportProgress->setRange(0, int(std::min<qint64>(total, std::numeric_limits<int>::max())));
    m_exportProgress->setValue(0);
    m_exportProgress->setVisible(true);
    m_exportCancel->setVisible(true);
    m_exportStatus->setText(tr("Exporting to %1\u2026").arg(QDir::toNativeSeparators(path)));
    m_exportRow->setVisible(true);
    m_exportButton->setEnabled(false);
    m_export.setFuture(startLogExport(&m_jobs, m_dataDir, m_kind, m_model->query(), format, path));
}

void LogPage::cancelExport()
{
    m_export.cancel();
}

void LogPage::onExportDone()
{
    m_exportButton->setEnabled(true);
    m_exportProgress->setVisible(false);
    m_exportCancel->setVisible(false);
    QString message;
    bool succeeded = false;
    if (m_export.isCanceled()) {
        message = tr("Export cancelled: nothing was written.");
    } else if (const Result<LogExportOutcome> outcome = m_export.result(); !outcome) {
        message = outcome.error().fullText();
    } else {
        succeeded = true;
        message = tr("Exported %Ln entry(ies) to %1.", nullptr,
                     int(std::min<qint64>(outcome->rows, INT_MAX)))
                      .arg(QDir::toNativeSeparators(m_exportPath));
    }
    m_exportStatus->setText(message);
    emit exportFinished(succeeded, message);
}

void LogPage::showExecutionErrors(const QString &operation, const QDateTime &since,
                                  qint64 executionId)
{
    if (isGrouped())
        m_groupButton->setChecked(false);
    m_executionId = executionId;
    m_context->setText(tr("Reading execution %1\u2026").arg(executionId));
    m_context->setVisible(true);
    m_filters->showOperationSince(operation, since);
    m_execution.setFuture(
        runWithEnvironment(&m_jobs, m_dataDir, [executionId](Environment &environment) {
            return environment.execution(executionId);
        }));
    // Any later change of the filters is the operator's: the summary goes with it.
    m_executionId = 0;
}

void LogPage::onExecutionLoaded()
{
    const Result<ExecutionDetail> detail = m_execution.result();
    if (!detail) {
        m_context->setText(detail.error().message.toHtmlEscaped());
        return;
    }
    const ExecutionSummary &summary = detail->summary;
    QHash<QString, qint64> failureEntry;
    QList<const ExecutionModuleResult *> skipped;
    for (const ExecutionModuleResult &module : detail->modules) {
        if (module.state == ModuleRunState::Failed)
            failureEntry.insert(module.module, module.errorId);
        else if (module.state == ModuleRunState::Skipped && !module.blockedBy.isEmpty())
            skipped << &module;
    }
    const QString kind = summary.kind == ExecutionKind::Preparation ? tr("Modules preparation")
                                                                    : tr("Modules deployment");
    QString html = tr("<b>%1 %2</b>, started %3: %4 failed, %5 skipped. Showing its errors; "
                      "Reset shows every entry.")
                       .arg(kind.toHtmlEscaped())
                       .arg(summary.id)
                       .arg(format::dateTimeSeconds(summary.startedAt).toHtmlEscaped())
                       .arg(summary.counts.failed)
                       .arg(summary.counts.skipped);
    QStringList lines;
    for (qsizetype i = 0; i < std::min<qsizetype>(skipped.size(), maxSkipsListed); ++i) {
        const ExecutionModuleResult &module = *skipped.at(i);
        const qint64 entry = failureEntry.value(module.blockedBy);
        QString line = tr("%1 was skipped because its producer %2 failed")
                           .arg(module.module.toHtmlEscaped(), module.blockedBy.toHtmlEscaped());
        line += entry > 0 ? QStringLiteral(": <a href=\"entry:%1\">%2</a>")
                                .arg(entry)
                                .arg(tr("show that failure").toHtmlEscaped())
                          : tr(" (no Error Log entry).");
        lines << line;
    }
    if (skipped.size() > maxSkipsListed)
        lines << tr("and %n more skipped module(s).", nullptr,
                    int(skipped.size() - maxSkipsListed));
    if (!lines.isEmpty())
        html += QStringLiteral("<br>") + lines.join(QStringLiteral("<br>"));
    m_context->setText(html);
}

} // namespace osc
