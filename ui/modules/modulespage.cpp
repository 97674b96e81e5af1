#include "modulespage.h"

#include "common/environmenttask.h"
#include "common/pagelabels.h"
#include "common/statusstyle.h"
#include "modulesfiltermodel.h"
#include "modulesmodel.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QStackedWidget>
#include <QStyle>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace osc {

namespace {
constexpr int searchDelayMs = 150;
const auto headerStateKey = QStringLiteral("modulesPage/headerState");
} // namespace

ModulesPage::ModulesPage(const QString &dataDir, QWidget *parent)
    : ModulesPage(dataDir, QString(), parent)
{ }

ModulesPage::ModulesPage(const QString &dataDir, const QString &user, QWidget *parent)
    : QWidget(parent)
    , m_dataDir(dataDir)
    , m_model(new ModulesModel(this))
    , m_filter(new ModulesFilterModel(this))
    , m_search(new QLineEdit(this))
    , m_statusCombo(new QComboBox(this))
    , m_countLabel(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_refreshButton(new QPushButton(tr("&Refresh"), this))
    , m_errorBanner(makeErrorBanner(this, QStringLiteral("errorBanner")))
    , m_stack(new QStackedWidget(this))
    , m_view(new QTreeView(this))
    , m_emptyState(new QWidget(this))
    , m_emptyTitle(new QLabel(m_emptyState))
    , m_emptyText(new QLabel(m_emptyState))
    , m_emptyAction(new QPushButton(m_emptyState))
    , m_searchTimer(new QTimer(this))
{
    m_filter->setSourceModel(m_model);

    auto *title = new QLabel(tr("Modules"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    title->setFont(titleFont);

    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Search modules or applications"));
    m_search->setAccessibleName(tr("Search modules"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(fontMetrics().averageCharWidth() * 36);

    m_statusCombo->setObjectName(QStringLiteral("statusFilter"));
    m_statusCombo->setAccessibleName(tr("Status filter"));
    m_statusCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_statusCombo->addItem(tr("All statuses"), -1);
    for (const ModuleStatus status : moduleStatusesByAttention)
        m_statusCombo->addItem(statusIcon(status), statusDisplayName(status), int(status));

    auto *statusLabel = new QLabel(tr("&Status:"), this);
    statusLabel->setBuddy(m_statusCombo);

    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(100);
    m_busy->setAccessibleName(tr("Loading modules"));
    m_busy->setVisible(false);
    m_refreshButton->setToolTip(tr("Reload the modules from the environment (F5)"));

    // An operation started from the context menu: what it does, while it runs.
    m_operationBusy = new QProgressBar(this);
    m_operationBusy->setObjectName(QStringLiteral("operationBusy"));
    m_operationBusy->setRange(0, 0);
    m_operationBusy->setTextVisible(false);
    m_operationBusy->setMaximumWidth(100);
    m_operationBusy->setVisible(false);
    m_operationLabel = new QLabel(this);
    m_operationLabel->setObjectName(QStringLiteral("operationBusyLabel"));
    m_operationLabel->setTextFormat(Qt::PlainText);
    m_operationLabel->setVisible(false);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_search, 2);
    filterRow->addSpacing(8);
    filterRow->addWidget(statusLabel);
    filterRow->addWidget(m_statusCombo);
    filterRow->addStretch(1);
    filterRow->addWidget(m_operationBusy);
    filterRow->addWidget(m_operationLabel);
    filterRow->addSpacing(8);
    filterRow->addWidget(m_busy);
    filterRow->addWidget(m_countLabel);
    filterRow->addSpacing(8);
    filterRow->addWidget(m_refreshButton);

    // The list: a flat tree view with uniform rows, so 20,000 modules scroll and sort
    // without measuring each row, and without any per-row widget.
    m_view->setObjectName(QStringLiteral("modulesView"));
    m_view->setAccessibleName(tr("Modules"));
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

    QHeaderView *header = m_view->header();
    header->setSectionsMovable(true);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    const int charWidth = fontMetrics().averageCharWidth();
    const auto setWidth = [&](ModulesModel::Column column, int characters) {
        header->resizeSection(int(column), charWidth * characters);
    };
    setWidth(ModulesModel::Column::Application, 24);
    // Wide enough for the longest status name in the current language, plus its dot.
    int statusWidth = 0;
    for (ModuleStatus status : allModuleStatuses())
        statusWidth
            = std::max(statusWidth, fontMetrics().horizontalAdvance(statusDisplayName(status)));
    header->resizeSection(int(ModulesModel::Column::Status), statusWidth + 4 * charWidth + 16);
    setWidth(ModulesModel::Column::RunningVersion, 10);
    setWidth(ModulesModel::Column::LatestVersion, 10);
    setWidth(ModulesModel::Column::LastPublished, 20);
    setWidth(ModulesModel::Column::Producers, 12);
    setWidth(ModulesModel::Column::Consumers, 12);
    m_view->sortByColumn(int(ModulesModel::Column::Name), Qt::AscendingOrder);
    m_view->viewport()->installEventFilter(this);
    const QByteArray headerState = QSettings().value(headerStateKey).toByteArray();
    if (!headerState.isEmpty())
        header->restoreState(headerState);

    // The empty state: loading, no modules, no match, or an error with a retry.
    m_emptyState->setObjectName(QStringLiteral("emptyState"));
    QFont emptyTitleFont = m_emptyTitle->font();
    emptyTitleFont.setPointSizeF(emptyTitleFont.pointSizeF() * 1.2);
    emptyTitleFont.setBold(true);
    m_emptyTitle->setFont(emptyTitleFont);
    m_emptyTitle->setAlignment(Qt::AlignHCenter);
    m_emptyText->setWordWrap(true);
    m_emptyText->setAlignment(Qt::AlignHCenter);
    m_emptyText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // The texts fill a centred column of bounded width, so that a wrapped label gets
    // that width and the height it needs (a centred label would get one line).
    auto *column = new QWidget(m_emptyState);
    column->setMaximumWidth(520);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->addWidget(m_emptyTitle);
    columnLayout->addWidget(m_emptyText);
    columnLayout->addSpacing(8);
    columnLayout->addWidget(m_emptyAction, 0, Qt::AlignHCenter);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column, 4);
    row->addStretch(1);
    auto *emptyLayout = new QVBoxLayout(m_emptyState);
    emptyLayout->addStretch(2);
    emptyLayout->addLayout(row);
    emptyLayout->addStretch(3);

    m_stack->addWidget(m_view);
    m_stack->addWidget(m_emptyState);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(filterRow);
    layout->addWidget(m_errorBanner);
    layout->addWidget(m_stack, 1);

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(searchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, &ModulesPage::applyTextFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    // Enter in the search field applies the filter now and moves into the list.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        applyTextFilter();
        if (m_filter->rowCount() > 0) {
            m_view->setFocus();
            if (!m_view->currentIndex().isValid())
                m_view->setCurrentIndex(m_filter->index(0, 0));
        }
    });
    connect(m_statusCombo, &QComboBox::currentIndexChanged, this, &ModulesPage::applyStatusFilter);
    connect(m_refreshButton, &QPushButton::clicked, this, &ModulesPage::reload);
    connect(m_emptyAction, &QPushButton::clicked, this, [this] {
        if (!m_loadError.isEmpty() && m_model->rowCount() == 0) {
            reload();
            return;
        }
        m_search->clear();
        m_statusCombo->setCurrentIndex(0);
        applyTextFilter();
    });
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (index.isValid())
            emit moduleActivated(index.data(ModulesModel::NameRole).toString());
    });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &ModulesPage::updateCountAndState);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &ModulesPage::updateCountAndState);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &ModulesPage::updateCountAndState);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &ModulesPage::updateCountAndState);
    connect(&m_loadWatcher, &QFutureWatcherBase::finished, this, &ModulesPage::onLoadFinished);

    auto *findShortcut = new QShortcut(QKeySequence::Find, this);
    findShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(findShortcut, &QShortcut::activated, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });

    if (!user.isEmpty()) {
        m_operations = new ModuleOperations(m_dataDir, user, this);
        m_operations->setShowsFailures(true);
        connect(m_operations, &ModuleOperations::stateChanged, this,
                &ModulesPage::updateOperationState);
        connect(m_operations, &ModuleOperations::finished, this, &ModulesPage::onOperationFinished);
        m_view->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(m_view, &QWidget::customContextMenuRequested, this, &ModulesPage::showContextMenu);
        auto *deleteShortcut = new QShortcut(QKeySequence::Delete, m_view);
        deleteShortcut->setContext(Qt::WidgetShortcut);
        connect(deleteShortcut, &QShortcut::activated, this, [this] {
            const QString name = currentModuleName();
            if (!name.isEmpty())
                m_operations->deleteModule(name);
        });
    }

    setFocusProxy(m_view);
    updateCountAndState();
    reload();
}

ModulesPage::~ModulesPage()
{
    QSettings().setValue(headerStateKey, m_view->header()->saveState());
    m_loadWatcher.waitForFinished();
    // Waits for a running operation while the page is still whole.
    delete m_operations;
}

QString ModulesPage::currentModuleName() const
{
    return m_view->currentIndex().data(ModulesModel::NameRole).toString();
}

QMenu *ModulesPage::createContextMenu(const QModelIndex &index)
{
    if (!m_operations || !index.isValid())
        return nullptr;
    const QString name = index.data(ModulesModel::NameRole).toString();
    const bool free = !m_operations->isActive();
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("moduleContextMenu"));
    QAction *open
        = menu->addAction(tr("&Open"), this, [this, name] { emit moduleActivated(name); });
    open->setObjectName(QStringLiteral("openAction"));
    menu->setDefaultAction(open);
    menu->addSeparator();
    QAction *publish = menu->addAction(style()->standardIcon(QStyle::SP_MediaPlay),
                                       tr("&Publish Latest Version"), this,
                                       [this, name] { m_operations->publish(name); });
    publish->setObjectName(QStringLiteral("publishAction"));
    publish->setEnabled(free);
    QAction *remove
        = menu->addAction(style()->standardIcon(QStyle::SP_TrashIcon), tr("De&lete\u2026"), this,
                          [this, name] { m_operations->deleteModule(name); });
    remove->setObjectName(QStringLiteral("deleteAction"));
    remove->setShortcut(QKeySequence::Delete);
    remove->setEnabled(free);
    if (!free) {
        const QString busy = m_operations->progressText();
        publish->setToolTip(busy);
        remove->setToolTip(busy);
    }
    return menu;
}

void ModulesPage::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_view->indexAt(position);
    QMenu *menu = createContextMenu(index);
    if (!menu)
        return;
    m_view->setCurrentIndex(index);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(m_view->viewport()->mapToGlobal(position));
}

void ModulesPage::updateOperationState()
{
    const bool running = m_operations->isRunning();
    const QString doing = m_operations->progressText();
    m_operationBusy->setVisible(running);
    m_operationBusy->setAccessibleName(doing);
    m_operationLabel->setText(doing);
    m_operationLabel->setVisible(running);
}

void ModulesPage::onOperationFinished(const ModuleOperationResult &result)
{
    emit operationFinished(result);
    if (result.changedEnvironment()) {
        reload();
        emit modulesChanged();
    }
}

bool ModulesPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fitNameColumn();
    return QWidget::eventFilter(watched, event);
}

// The name column takes the width the others leave, but never less than a readable
// minimum: a narrow window scrolls sideways instead of hiding the names.
void ModulesPage::fitNameColumn()
{
    QHeaderView *header = m_view->header();
    const int name = int(ModulesModel::Column::Name);
    int others = 0;
    for (int section = 0; section < header->count(); ++section) {
        if (section != name && !header->isSectionHidden(section))
            others += header->sectionSize(section);
    }
    const int minimum = fontMetrics().averageCharWidth() * 30;
    header->resizeSection(name, std::max(minimum, m_view->viewport()->width() - others));
}

void ModulesPage::reload()
{
    if (isLoading()) {
        m_reloadPending = true;
        return;
    }
    startLoad();
}

bool ModulesPage::isLoading() const
{
    return m_loadWatcher.isRunning();
}

void ModulesPage::startLoad()
{
    m_reloadPending = false;
    m_busy->setVisible(true);
    m_refreshButton->setEnabled(false);
    m_loadWatcher.setFuture(runWithEnvironment(
        m_dataDir, [](Environment &environment) { return environment.modules(); }));
    updateCountAndState();
}

void ModulesPage::onLoadFinished()
{
    if (m_reloadPending) {
        startLoad();
        return;
    }
    const Result<QList<ModuleSummary>> result = m_loadWatcher.result();
    m_busy->setVisible(false);
    m_refreshButton->setEnabled(true);
    m_hasLoaded = true;

    if (result.ok()) {
        m_loadError.clear();
        m_errorBanner->setVisible(false);
        const qint64 currentId = m_view->currentIndex().data(ModulesModel::IdRole).toLongLong();
        m_model->setModules(result.value());
        updateStatusCombo();
        if (currentId != 0 && !m_view->currentIndex().isValid()) {
            const int row = m_model->rowOfId(currentId);
            if (row >= 0) {
                const QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
                m_view->setCurrentIndex(index);
                m_view->scrollTo(index);
            }
        }
    } else {
        m_loadError = result.error().message;
        m_errorBanner->setText(tr("The modules could not be loaded: %1").arg(m_loadError));
        m_errorBanner->setToolTip(result.error().detail);
        m_errorBanner->setVisible(m_model->rowCount() > 0);
    }
    updateCountAndState();
    emit loaded();
}

void ModulesPage::selectModule(const QString &name)
{
    const int row = m_model->rowOfName(name);
    if (row < 0)
        return;
    const QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void ModulesPage::applyTextFilter()
{
    m_searchTimer->stop();
    m_filter->setTextFilter(m_search->text());
    updateCountAndState();
}

void ModulesPage::applyStatusFilter()
{
    const int value = m_statusCombo->currentData().toInt();
    m_filter->setStatusFilter(value < 0 ? std::nullopt
                                        : std::optional<ModuleStatus>(ModuleStatus(value)));
    updateCountAndState();
}

void ModulesPage::updateStatusCombo()
{
    QMap<ModuleStatus, int> counts;
    for (const ModuleSummary &module : m_model->modules())
        ++counts[module.status];
    for (int item = 1; item < m_statusCombo->count(); ++item) {
        const auto status = ModuleStatus(m_statusCombo->itemData(item).toInt());
        m_statusCombo->setItemText(
            item, tr("%1 (%2)").arg(statusDisplayName(status)).arg(counts.value(status)));
    }
}

void ModulesPage::updateCountAndState()
{
    const int total = m_model->rowCount();
    const int shown = m_filter->rowCount();
    if (!m_hasLoaded)
        m_countLabel->clear();
    else if (m_filter->isFiltering())
        m_countLabel->setText(tr("%1 of %n module(s)", nullptr, total).arg(shown));
    else
        m_countLabel->setText(tr("%n module(s)", nullptr, total));

    QString title;
    QString text;
    QString action;
    if (!m_hasLoaded) {
        title = tr("Loading modules\u2026");
        text = tr("Reading the factory from %1.").arg(m_dataDir);
    } else if (total == 0 && !m_loadError.isEmpty()) {
        title = tr("The modules could not be loaded");
        text = m_loadError;
        action = tr("&Try Again");
    } else if (total == 0) {
        title = tr("No modules yet");
        text = tr("This environment has no modules. Upload module definition files with "
                  "\u201cscctl import\u201d, then publish them.");
    } else if (shown == 0) {
        title = tr("No modules match");
        text = m_filter->textFilter().isEmpty()
            ? tr("No module has the status you selected.")
            : tr("No module or application name contains \u201c%1\u201d with the status you "
                 "selected.")
                  .arg(m_filter->textFilter());
        if (!m_filter->statusFilter())
            text = tr("No module or application name contains \u201c%1\u201d.")
                       .arg(m_filter->textFilter());
        action = tr("C&lear Filters");
    }

    if (title.isEmpty()) {
        m_stack->setCurrentWidget(m_view);
        return;
    }
    m_emptyTitle->setText(title);
    m_emptyText->setText(text);
    m_emptyAction->setText(action);
    m_emptyAction->setVisible(!action.isEmpty());
    m_stack->setCurrentWidget(m_emptyState);
}

} // namespace osc
