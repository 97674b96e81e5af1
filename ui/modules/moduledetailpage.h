#pragma once

#include "environment/environment.h"

#include <QFutureWatcher>
#include <QWidget>

class QComboBox;
class QFrame;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QToolButton;
class QTreeWidget;

namespace osc {

// Factory > Modules > a module: its status and why, versions, producers and
// consumers, compilations with their diagnostics, deployment and settings, and
// 1-Click Publish of the latest or an older version.
//
// Loading and publishing run on the thread pool, each worker with its own
// Environment on the data folder; the page stays responsive and shows a busy
// indicator meanwhile. The destructor waits for running work.
class ModuleDetailPage final : public QWidget
{
    Q_OBJECT

public:
    ModuleDetailPage(const QString &dataDir, const QString &user, QWidget *parent = nullptr);
    ~ModuleDetailPage() override;

    // Shows the module, loading its detail in the background.
    void showModule(const QString &name);
    // Loads the current module again.
    void reload();
    QString moduleName() const { return m_name; }
    bool isLoading() const;
    bool isPublishing() const;
    // The detail last loaded, for the module shown; empty until loaded.
    const std::optional<ModuleDetail> &detail() const { return m_detail; }

    // Publishes `version` (0: the one selected in the version selector) of the
    // module shown, as the Publish button does.
    void publish(int version = 0);

signals:
    void backRequested();
    // A load ended: the page shows the module's detail, or the load's error.
    void loaded();
    // A publish ended, with success or not; the modules changed either way
    // (a failed compile is recorded too).
    void publishFinished(bool succeeded, const QString &summary);
    void modulesChanged();

private:
    void startLoad();
    void onLoadFinished();
    void onPublishFinished();
    void showDetail(const ModuleDetail &detail);
    void showLoadError(const Error &error);
    void showCompilationDiagnostics();
    void updatePublishControls();
    void showOutcome(bool succeeded, const QString &headline, const QString &details);
    QWidget *buildVersionsTab();
    QWidget *buildDependenciesTab();
    QWidget *buildCompilationsTab();
    QWidget *buildDeploymentTab();
    QWidget *buildSettingsTab();

    QString m_dataDir;
    QString m_user;
    QString m_name; // the module shown or asked for
    QString m_loadingName; // the module the running load is for
    bool m_reloadPending = false;
    std::optional<ModuleDetail> m_detail;
    QString m_publishingModule;
    int m_publishingVersion = 0;

    QToolButton *m_backButton = nullptr;
    QLabel *m_nameLabel = nullptr;
    QProgressBar *m_loadBusy = nullptr;
    QStackedWidget *m_bodyStack = nullptr;
    QLabel *m_loadErrorLabel = nullptr;
    QWidget *m_body = nullptr;
    QLabel *m_applicationValue = nullptr;
    QLabel *m_statusValue = nullptr;
    QLabel *m_runningValue = nullptr;
    QLabel *m_latestValue = nullptr;
    QFrame *m_statusPanel = nullptr;
    QLabel *m_statusMessage = nullptr;
    QComboBox *m_versionCombo = nullptr;
    QPushButton *m_publishButton = nullptr;
    QProgressBar *m_publishBusy = nullptr;
    QLabel *m_publishBusyLabel = nullptr;
    QFrame *m_outcomePanel = nullptr;
    QLabel *m_outcomeHeadline = nullptr;
    QPlainTextEdit *m_outcomeDetails = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTreeWidget *m_versions = nullptr;
    QListWidget *m_producers = nullptr;
    QLabel *m_noProducers = nullptr;
    QListWidget *m_consumers = nullptr;
    QLabel *m_noConsumers = nullptr;
    QTreeWidget *m_compilations = nullptr;
    QLabel *m_diagnosticsTitle = nullptr;
    QPlainTextEdit *m_diagnostics = nullptr;
    QStackedWidget *m_deploymentStack = nullptr;
    QLabel *m_deploymentVersion = nullptr;
    QLabel *m_deploymentPlatform = nullptr;
    QLabel *m_deploymentWhen = nullptr;
    QLabel *m_deploymentBy = nullptr;
    QLabel *m_deploymentFolder = nullptr;
    QTreeWidget *m_settings = nullptr;
    QLabel *m_noSettings = nullptr;

    QFutureWatcher<Result<ModuleDetail>> m_loadWatcher;
    QFutureWatcher<Result<PublishOutcome>> m_publishWatcher;
};

} // namespace osc
