#pragma once

#include "environment/environment.h"

#include <QFutureWatcher>
#include <QMainWindow>
#include <QPointer>

class QLabel;
class QMessageBox;
class QStackedWidget;
class QTabBar;

namespace osc {

class AreaWidget;
class ModulesScreen;
class Page;
class PlatformUpgradePage;
class UpgradesPage;

// The console's window: the areas Monitoring, Factory and Administration, each with
// its screens in a side list, and a status bar naming the environment. It builds the
// pages and wires them; each page does its own work. Window geometry and the last
// page shown are kept with QSettings.
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

    // Reloads the environment facts shown in the status bar.
    void refreshEnvironmentInfo();
    QString environmentStatusText() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    AreaWidget *addArea(const QString &title);
    void buildMenus();
    void onAreaChanged(int index);
    void onPageChanged();
    void onInfoLoaded();
    void saveState();
    void showAbout();

    QString m_dataDir;
    QString m_user;
    QTabBar *m_areaBar = nullptr;
    QStackedWidget *m_areas = nullptr;
    QList<AreaWidget *> m_areaWidgets;
    ModulesScreen *m_modules = nullptr;
    PlatformUpgradePage *m_platformUpgrade = nullptr;
    UpgradesPage *m_upgrades = nullptr;
    QPointer<QMessageBox> m_closeBox;
    bool m_closeConfirmed = false;
    QLabel *m_folderLabel = nullptr;
    QLabel *m_platformLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    QFutureWatcher<Result<EnvironmentInfo>> m_infoWatcher;
    bool m_infoReloadPending = false;
};

} // namespace osc
