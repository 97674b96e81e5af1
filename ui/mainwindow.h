#pragma once

#include "environment/environment.h"

#include <QFutureWatcher>
#include <QMainWindow>
#include <QPointer>

class QLabel;
class QMessageBox;
class QStackedWidget;
class QSystemTrayIcon;
class QTabBar;

namespace osc {

class AreaWidget;
class EnvironmentHealthPage;
class LogPage;
class ModulesScreen;
class Page;
class PlatformUpgradePage;
class StepBanner;
class StepMonitor;
class UpgradesPage;

// The console's window: the areas Monitoring, Factory and Administration, each with
// its screens in a side list, and a status bar naming the environment. It builds the
// pages and wires them; each page does its own work. Window geometry and the last
// page shown are kept with QSettings.
//
// Over every area, the step banner follows the environment's newest upgrade step
// (StepMonitor polls it in a worker, whichever process runs it); while it shows, each
// area's side list has a "More details" link under it. The window title and the tray
// icon's tooltip show the progress of a running step, and the tray says when a step
// ends. Details of a preparation open Administration > Platform Upgrade (its live
// progress, counts and the failed modules, as Service Center's PrepareModules page);
// those of a deployment open Factory > Upgrades with the execution's details.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(const QString &dataDir, const QString &user, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Page keys: "monitoring/errors", "factory/modules", "administration/settings", …
    QStringList pageKeys() const;
    QString currentPageKey() const;
    void showPage(const QString &key);
    Page *page(const QString &key) const;
    ModulesScreen *modulesScreen() const { return m_modules; }
    PlatformUpgradePage *platformUpgradePage() const { return m_platformUpgrade; }
    UpgradesPage *upgradesPage() const { return m_upgrades; }
    LogPage *errorLogPage() const { return m_errorLog; }
    LogPage *generalLogPage() const { return m_generalLog; }
    EnvironmentHealthPage *healthPage() const { return m_health; }

    // Reloads the environment facts shown in the status bar.
    void refreshEnvironmentInfo();
    QString environmentStatusText() const;

    StepBanner *stepBanner() const { return m_banner; }
    StepMonitor *stepMonitor() const { return m_stepMonitor; }
    // The "More details" link under the side list of area `index`.
    QLabel *sideDetailsLink(int index) const { return m_sideLinks.value(index); }
    // The title without the step's progress (as set by setWindowTitle()).
    QString baseWindowTitle() const { return m_baseTitle; }
    // The tray icon's tooltip (also kept where there is no system tray).
    QString trayToolTip() const { return m_trayToolTip; }
    // The last notification of a step that ended: title and message.
    QString lastNotificationTitle() const { return m_notificationTitle; }
    QString lastNotificationMessage() const { return m_notificationMessage; }
    QSystemTrayIcon *trayIcon() const { return m_tray; }

    // Opens the details of the step the banner shows.
    void showStepDetails();
    // Opens the Error Log on the errors of the step the banner shows.
    void showStepErrors();
    // Opens the Error Log on one entry.
    void showErrorLogEntry(qint64 entryId);

signals:
    // A step ended and the window said so (in the tray when there is one).
    void stepNotified(const QString &title, const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    AreaWidget *addArea(const QString &title);
    void buildMenus();
    void onAreaChanged(int index);
    void onPageChanged();
    void onInfoLoaded();
    void saveState();
    void showAbout();
    void addSideLink(AreaWidget *area);
    void onStepChanged();
    void onStepEnded(const ExecutionSummary &execution);
    void applyWindowTitle();

    QString m_dataDir;
    QString m_user;
    QTabBar *m_areaBar = nullptr;
    QStackedWidget *m_areas = nullptr;
    QList<AreaWidget *> m_areaWidgets;
    ModulesScreen *m_modules = nullptr;
    PlatformUpgradePage *m_platformUpgrade = nullptr;
    UpgradesPage *m_upgrades = nullptr;
    LogPage *m_errorLog = nullptr;
    LogPage *m_generalLog = nullptr;
    EnvironmentHealthPage *m_health = nullptr;
    QPointer<QMessageBox> m_closeBox;
    bool m_closeConfirmed = false;
    QLabel *m_folderLabel = nullptr;
    QLabel *m_platformLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    QFutureWatcher<Result<EnvironmentInfo>> m_infoWatcher;
    bool m_infoReloadPending = false;

    StepMonitor *m_stepMonitor = nullptr;
    StepBanner *m_banner = nullptr;
    QList<QLabel *> m_sideLinks;
    QSystemTrayIcon *m_tray = nullptr;
    QString m_baseTitle;
    bool m_settingTitle = false;
    QString m_trayToolTip;
    QString m_notificationTitle;
    QString m_notificationMessage;
};

} // namespace osc
