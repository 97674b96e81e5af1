#include "mainwindow.h"

#include "common/environmenttask.h"
#include "health/environmenthealthpage.h"
#include "logs/logrecord.h"
#include "modules/modulesscreen.h"
#include "monitoring/logpage.h"
#include "operations/operationkind.h"
#include "shell/areawidget.h"
#include "shell/placeholderpage.h"
#include "shell/stepbanner.h"
#include "shell/stepmonitor.h"
#include "upgrade/platformupgradepage.h"
#include "upgrade/upgradespage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QTabBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace osc {

namespace {
const auto geometryKey = QStringLiteral("mainWindow/geometry");
const auto lastPageKey = QStringLiteral("mainWindow/lastPage");
const auto defaultPage = QStringLiteral("factory/modules");
constexpr int statusMessageMs = 15000;
} // namespace

MainWindow::MainWindow(const QString &dataDir, const QString &user, QWidget *parent)
    : QMainWindow(parent)
    , m_dataDir(dataDir)
    , m_user(user)
    , m_areaBar(new QTabBar(this))
    , m_areas(new QStackedWidget(this))
    , m_folderLabel(new QLabel(this))
    , m_platformLabel(new QLabel(this))
    , m_countLabel(new QLabel(this))
    , m_stepMonitor(new StepMonitor(dataDir, this))
    , m_banner(new StepBanner(dataDir, this))
{
    m_baseTitle = tr("Open Service Center");
    setWindowTitle(m_baseTitle);

    m_areaBar->setObjectName(QStringLiteral("areaBar"));
    m_areaBar->setAccessibleName(tr("Areas"));
    m_areaBar->setDocumentMode(true);
    m_areaBar->setExpanding(false);
    m_areaBar->setDrawBase(true);

    AreaWidget *monitoring = addArea(tr("&Monitoring"));
    m_errorLog = new LogPage(LogKind::Errors, dataDir, monitoring);
    monitoring->addPage(QStringLiteral("monitoring/errors"), tr("Errors"), m_errorLog);
    m_generalLog = new LogPage(LogKind::General, dataDir, monitoring);
    monitoring->addPage(QStringLiteral("monitoring/general-log"), tr("General log"), m_generalLog);

    AreaWidget *factory = addArea(tr("Fa&ctory"));
    m_modules = new ModulesScreen(dataDir, user, factory);
    factory->addPage(defaultPage, tr("Modules"), m_modules);
    m_upgrades = new UpgradesPage(dataDir, user, factory);
    factory->addPage(QStringLiteral("factory/upgrades"), tr("Upgrades"), m_upgrades);

    AreaWidget *administration = addArea(tr("&Administration"));
    m_platformUpgrade = new PlatformUpgradePage(dataDir, user, administration);
    administration->addPage(QStringLiteral("administration/platform-upgrade"),
                            tr("Platform Upgrade"), m_platformUpgrade);
    m_health = new EnvironmentHealthPage(dataDir, user, administration);
    administration->addPage(QStringLiteral("administration/health"), tr("Environment Health"),
                            m_health);
    administration->addPage(
        QStringLiteral("administration/settings"), tr("Settings"),
        new PlaceholderPage(tr("Settings"),
                            tr("The environment's settings, and Apply Settings to the factory."),
                            administration));

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_areaBar);
    layout->addWidget(m_banner);
    layout->addWidget(m_areas, 1);
    setCentralWidget(central);
    for (AreaWidget *area : std::as_const(m_areaWidgets))
        addSideLink(area);
    // From the area tabs to the banner's links, then to the page.
    setTabOrder(m_areaBar, m_banner->detailsLink());
    setTabOrder(m_banner->detailsLink(), m_banner->errorLogLink());
    setTabOrder(m_banner->errorLogLink(), m_banner->closeButton());

    m_folderLabel->setObjectName(QStringLiteral("environmentFolder"));
    m_folderLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_folderLabel->setToolTip(dataDir);
    // A long path gives way to the platform and module count, which stay whole.
    m_folderLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_platformLabel->setObjectName(QStringLiteral("platformVersion"));
    m_countLabel->setObjectName(QStringLiteral("moduleCount"));
    statusBar()->addPermanentWidget(m_folderLabel, 1);
    statusBar()->addPermanentWidget(m_platformLabel);
    statusBar()->addPermanentWidget(m_countLabel);
    m_folderLabel->setText(tr("Environment: %1").arg(dataDir));

    buildMenus();

    connect(m_areaBar, &QTabBar::currentChanged, this, &MainWindow::onAreaChanged);
    for (AreaWidget *area : std::as_const(m_areaWidgets))
        connect(area, &AreaWidget::currentPageChanged, this, &MainWindow::onPageChanged);
    connect(m_modules, &ModulesScreen::environmentChanged, this,
            &MainWindow::refreshEnvironmentInfo);
    connect(m_modules, &ModulesScreen::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, statusMessageMs); });
    // An upgrade or a preparation that ended (here or in another process) changes the
    // platform shown in the status bar and the modules' states.
    connect(m_platformUpgrade, &PlatformUpgradePage::environmentChanged, this, [this] {
        refreshEnvironmentInfo();
        m_modules->refresh();
    });
    connect(m_platformUpgrade, &PlatformUpgradePage::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, statusMessageMs); });
    // A deployment that ended (here or in another process) changed the modules' states.
    connect(m_upgrades, &UpgradesPage::environmentChanged, this, [this] {
        refreshEnvironmentInfo();
        m_modules->refresh();
    });
    connect(m_upgrades, &UpgradesPage::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, statusMessageMs); });
    connect(m_health, &EnvironmentHealthPage::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, statusMessageMs); });
    connect(&m_infoWatcher, &QFutureWatcherBase::finished, this, &MainWindow::onInfoLoaded);

    connect(m_stepMonitor, &StepMonitor::polled, this,
            [this] { m_banner->showExecution(m_stepMonitor->newest(), m_stepMonitor->etaMs()); });
    connect(m_banner, &StepBanner::changed, this, &MainWindow::onStepChanged);
    connect(m_banner, &StepBanner::stepEnded, this, &MainWindow::onStepEnded);
    connect(m_banner, &StepBanner::detailsRequested, this, &MainWindow::showStepDetails);
    connect(m_banner, &StepBanner::errorLogRequested, this, &MainWindow::showStepErrors);
    connect(m_upgrades, &UpgradesPage::errorLogEntryRequested, this,
            &MainWindow::showErrorLogEntry);
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon().isNull()
                                         ? style()->standardIcon(QStyle::SP_ComputerIcon)
                                         : QApplication::windowIcon(),
                                     this);
        m_tray->setToolTip(m_baseTitle);
        connect(m_tray, &QSystemTrayIcon::activated, this, [this] {
            showNormal();
            raise();
            activateWindow();
        });
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, &MainWindow::showStepDetails);
        m_tray->show();
    }
    m_trayToolTip = m_baseTitle;

    const QSettings settings;
    if (!restoreGeometry(settings.value(geometryKey).toByteArray()))
        resize(1180, 760);
    const QString lastPage = settings.value(lastPageKey, defaultPage).toString();
    showPage(pageKeys().contains(lastPage) ? lastPage : defaultPage);

    refreshEnvironmentInfo();
}

MainWindow::~MainWindow()
{
    m_infoWatcher.waitForFinished();
}

void MainWindow::addSideLink(AreaWidget *area)
{
    // The side list gets a column of its own with the link under it; AreaWidget
    // keeps its list and pages as they are.
    auto *column = new QWidget(area);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->setSpacing(0);
    delete area->layout()->replaceWidget(area->sideList(), column);
    columnLayout->addWidget(area->sideList(), 1);
    auto *link = new QLabel(column);
    link->setObjectName(QStringLiteral("sideDetailsLink"));
    link->setText(QStringLiteral("<a href=\"#\">%1</a>").arg(tr("More details").toHtmlEscaped()));
    link->setAccessibleName(tr("More details about the upgrade step"));
    link->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    link->setFocusPolicy(Qt::StrongFocus);
    link->setContentsMargins(8, 6, 8, 8);
    link->setVisible(false);
    columnLayout->addWidget(link);
    setTabOrder(area->sideList(), link);
    connect(link, &QLabel::linkActivated, this, &MainWindow::showStepDetails);
    m_sideLinks.append(link);
}

void MainWindow::showStepDetails()
{
    const std::optional<ExecutionSummary> &step = m_banner->execution();
    if (!step)
        return;
    if (step->kind == ExecutionKind::Deployment) {
        showPage(QStringLiteral("factory/upgrades"));
        m_upgrades->openExecution(step->id);
    } else {
        showPage(QStringLiteral("administration/platform-upgrade"));
    }
}

void MainWindow::showStepErrors()
{
    const std::optional<ExecutionSummary> &step = m_banner->execution();
    if (!step)
        return;
    showPage(QStringLiteral("monitoring/errors"));
    m_errorLog->showExecutionErrors(operationKey(step->kind == ExecutionKind::Preparation
                                                     ? OperationKind::ModulesUpgrade
                                                     : OperationKind::ModulesDeployment),
                                    step->startedAt, step->id);
}

void MainWindow::showErrorLogEntry(qint64 entryId)
{
    showPage(QStringLiteral("monitoring/errors"));
    m_errorLog->showEntry(entryId);
    activateWindow();
    raise();
}

void MainWindow::onStepChanged()
{
    const bool showing = m_banner->isShowing();
    for (QLabel *link : std::as_const(m_sideLinks))
        link->setVisible(showing);
    if (m_banner->isActive()) {
        m_trayToolTip = tr("%1\n%2% — %3")
                            .arg(m_banner->headline())
                            .arg(m_banner->percent())
                            .arg(m_banner->countsText());
    } else {
        m_trayToolTip = m_baseTitle;
    }
    if (m_tray)
        m_tray->setToolTip(m_trayToolTip);
    applyWindowTitle();
}

void MainWindow::onStepEnded(const ExecutionSummary &execution)
{
    // Another process may have run it: the platform and the modules' states changed.
    refreshEnvironmentInfo();
    m_modules->refresh();
    m_notificationTitle = execution.kind == ExecutionKind::Preparation
        ? tr("Modules preparation ended")
        : tr("Modules deployment ended");
    m_notificationMessage = m_banner->headline();
    if (m_tray) {
        m_tray->showMessage(m_notificationTitle, m_notificationMessage,
                            execution.status == ExecutionStatus::Succeeded
                                ? QSystemTrayIcon::Information
                                : QSystemTrayIcon::Warning);
    }
    emit stepNotified(m_notificationTitle, m_notificationMessage);
}

void MainWindow::applyWindowTitle()
{
    const QString title = m_banner->isActive()
        ? tr("%1% — %2 — %3").arg(m_banner->percent()).arg(m_banner->activity(), m_baseTitle)
        : m_baseTitle;
    if (title == windowTitle())
        return;
    m_settingTitle = true;
    setWindowTitle(title);
    m_settingTitle = false;
}

void MainWindow::changeEvent(QEvent *event)
{
    // A title set from outside (the application names the folder) is the base that
    // the step's progress goes in front of.
    if (event->type() == QEvent::WindowTitleChange && !m_settingTitle) {
        m_baseTitle = windowTitle();
        if (!m_banner->isActive() && m_tray)
            m_tray->setToolTip(m_baseTitle);
        if (!m_banner->isActive())
            m_trayToolTip = m_baseTitle;
        applyWindowTitle();
    }
    QMainWindow::changeEvent(event);
}

AreaWidget *MainWindow::addArea(const QString &title)
{
    auto *area = new AreaWidget(m_areas);
    m_areas->addWidget(area);
    m_areaWidgets.append(area);
    m_areaBar->addTab(title);
    return area;
}

void MainWindow::buildMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *refresh = viewMenu->addAction(tr("&Refresh"), this, [this] {
        for (AreaWidget *area : std::as_const(m_areaWidgets)) {
            if (area == m_areas->currentWidget() && area->currentPage())
                area->currentPage()->refresh();
        }
        refreshEnvironmentInfo();
    });
    refresh->setShortcut(QKeySequence::Refresh);
    viewMenu->addSeparator();
    // Ctrl+1…3 switch areas, and the side list of the area takes the focus.
    for (int index = 0; index < m_areaBar->count(); ++index) {
        QAction *go = viewMenu->addAction(m_areaBar->tabText(index), this, [this, index] {
            m_areaBar->setCurrentIndex(index);
            m_areaWidgets.at(index)->sideList()->setFocus(Qt::ShortcutFocusReason);
        });
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)));
    }

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *about
        = helpMenu->addAction(tr("&About Open Service Center"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

QStringList MainWindow::pageKeys() const
{
    QStringList keys;
    for (const AreaWidget *area : m_areaWidgets)
        keys += area->pageKeys();
    return keys;
}

QString MainWindow::currentPageKey() const
{
    const auto *area = static_cast<AreaWidget *>(m_areas->currentWidget());
    return area ? area->currentKey() : QString();
}

Page *MainWindow::page(const QString &key) const
{
    for (const AreaWidget *area : m_areaWidgets) {
        if (Page *page = area->page(key))
            return page;
    }
    return nullptr;
}

void MainWindow::showPage(const QString &key)
{
    for (int index = 0; index < m_areaWidgets.size(); ++index) {
        AreaWidget *area = m_areaWidgets.at(index);
        if (!area->hasPage(key))
            continue;
        area->setCurrentKey(key);
        m_areaBar->setCurrentIndex(index);
        m_areas->setCurrentIndex(index);
        if (Page *page = area->currentPage())
            page->initialFocusWidget()->setFocus();
        onPageChanged();
        return;
    }
}

void MainWindow::onAreaChanged(int index)
{
    m_areas->setCurrentIndex(index);
    onPageChanged();
}

void MainWindow::onPageChanged()
{
    QSettings().setValue(lastPageKey, currentPageKey());
}

void MainWindow::refreshEnvironmentInfo()
{
    if (m_infoWatcher.isRunning()) {
        m_infoReloadPending = true;
        return;
    }
    m_infoReloadPending = false;
    m_infoWatcher.setFuture(
        runWithEnvironment(m_dataDir, [](Environment &environment) { return environment.info(); }));
}

void MainWindow::onInfoLoaded()
{
    if (m_infoReloadPending) {
        refreshEnvironmentInfo();
        return;
    }
    const Result<EnvironmentInfo> info = m_infoWatcher.result();
    if (!info.ok()) {
        m_platformLabel->setText(tr("Environment unavailable"));
        m_platformLabel->setToolTip(info.error().fullText());
        m_countLabel->clear();
        return;
    }
    m_folderLabel->setText(tr("Environment: %1").arg(QDir::toNativeSeparators(info->dataDir)));
    m_folderLabel->setToolTip(QDir::toNativeSeparators(info->dataDir));
    m_platformLabel->setText(tr("Platform %1").arg(info->platformVersion.toString()));
    m_platformLabel->setToolTip(
        info->systemComponentsVersion.isEmpty()
            ? QString()
            : tr("System components %1").arg(info->systemComponentsVersion));
    m_countLabel->setText(tr("%n module(s)", nullptr, info->moduleCount));
}

QString MainWindow::environmentStatusText() const
{
    return QStringList{m_folderLabel->text(), m_platformLabel->text(), m_countLabel->text()}.join(
        QStringLiteral(" | "));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // A step this window runs (a preparation, a Deploy All) is put on hold when the
    // window goes (see PlatformUpgradePage, UpgradesPage): the operator says so first.
    const bool preparing = m_platformUpgrade->isPreparing() || m_upgrades->isPreparing();
    if ((preparing || m_upgrades->isDeploying()) && !m_closeConfirmed) {
        event->ignore();
        if (m_closeBox)
            return;
        auto *box
            = new QMessageBox(QMessageBox::Question, tr("Quit Open Service Center"),
                              preparing ? tr("The modules preparation is running in this window.")
                                        : tr("The modules deployment is running in this window."),
                              QMessageBox::NoButton, this);
        box->setObjectName(QStringLiteral("confirmQuitDialog"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setInformativeText(
            preparing
                ? tr("Quitting puts it on hold: the modules being compiled finish first, then it "
                     "stops and releases its locks. Resume it later from Administration > "
                     "Platform Upgrade, or with 'scctl resume'.")
                : tr("Quitting puts it on hold: the modules being deployed finish first, then it "
                     "stops and releases its locks. Resume it later from Factory > Upgrades, or "
                     "with 'scctl resume'."));
        QPushButton *quit = box->addButton(tr("&Hold and Quit"), QMessageBox::AcceptRole);
        quit->setObjectName(QStringLiteral("holdAndQuitButton"));
        QPushButton *stay = box->addButton(tr("Keep &Running"), QMessageBox::RejectRole);
        stay->setObjectName(QStringLiteral("keepRunningButton"));
        box->setDefaultButton(stay);
        box->setEscapeButton(stay);
        connect(box, &QDialog::finished, this, [this, box, quit] {
            m_closeBox.clear();
            if (box->clickedButton() != quit)
                return;
            m_closeConfirmed = true;
            close();
        });
        m_closeBox = box;
        box->open();
        return;
    }
    saveState();
    QMainWindow::closeEvent(event);
}

void MainWindow::saveState()
{
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(lastPageKey, currentPageKey());
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Open Service Center"),
                       tr("<p><b>Open Service Center %1</b></p>"
                          "<p>An administration console for an application platform's "
                          "environment: its modules, their publication, the platform upgrades "
                          "and the logs.</p>")
                           .arg(QCoreApplication::applicationVersion().toHtmlEscaped()));
}

} // namespace osc
