#pragma once

#include "environment/environment.h"
#include "moduleoperations.h"

#include <QFutureWatcher>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QTabWidget;
class QToolButton;
class QTreeWidget;
class QVBoxLayout;

namespace osc {

// Factory > Modules > a module: its status and why, versions, producers and
// consumers, compilations with their diagnostics, deployment, and its settings in an
// editable form; 1-Click Publish of the latest or an older version, Delete module and
// Apply Settings (through ModuleOperations, with its dialogs).
//
// Loading and operations run on the thread pool, each worker with its own
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
    // An operation flow is in progress (a dialog of it is open, or it runs).
    bool isBusy() const;
    ModuleOperations *operations() const { return m_operations; }
    // The detail last loaded, for the module shown; empty until loaded.
    const std::optional<ModuleDetail> &detail() const { return m_detail; }

    // Publishes `version` (0: the one selected in the version selector) of the
    // module shown, as the Publish button does.
    void publish(int version = 0);
    // Deletes the module shown, after confirmation, as the Delete button does.
    void deleteModule();
    // Applies the settings changed in the form, as the Apply Settings button does.
    void applySettings();
    // The values changed in the settings form and not applied yet.
    QMap<QString, QString> changedSettings() const;

signals:
    void backRequested();
    // A load ended: the page shows the module's detail, or the load's error.
    void loaded();
    // A publish ended, with success or not; the modules changed either way
    // (a failed compile is recorded too).
    void publishFinished(bool succeeded, const QString &summary);
    // Any operation flow ended (publish included), however it ended.
    void operationFinished(const ModuleOperationResult &result);
    // The module shown was deleted; backRequested() follows.
    void moduleDeleted(const QString &name);
    void modulesChanged();

private:
    void startLoad();
    void onLoadFinished();
    void onOperationFinished(const ModuleOperationResult &result);
    void showDetail(const ModuleDetail &detail);
    void showLoadError(const Error &error);
    void showCompilationDiagnostics();
    void updateOperationControls();
    void fillSettings(const ModuleDetail &detail);
    void rebuildSettingsForm(const QList<Setting> &settings);
    void updateSettingsState();
    void revertSettings();
    void showSettingsError(const QString &message);
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
    ModuleOperations *m_operations = nullptr;

    // One row of the settings form: the value the module runs with, and its editor
    // (a check box for a Boolean, a line edit otherwise).
    struct SettingEditor
    {
        Setting setting; // defaultValue: the current value
        QLabel *name = nullptr;
        QLineEdit *line = nullptr;
        QCheckBox *check = nullptr;
        QString value() const;
    };
    QString m_settingsModule; // the module the form holds
    QList<SettingEditor> m_settingEditors;

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
    QPushButton *m_deleteButton = nullptr;
    QProgressBar *m_operationBusy = nullptr;
    QLabel *m_operationBusyLabel = nullptr;
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
    QWidget *m_settingsPanel = nullptr;
    QScrollArea *m_settingsScroll = nullptr;
    QVBoxLayout *m_settingsContent = nullptr;
    QWidget *m_settingsForm = nullptr;
    QLabel *m_settingsError = nullptr;
    QPushButton *m_applyButton = nullptr;
    QPushButton *m_revertButton = nullptr;
    QLabel *m_settingsChanges = nullptr;
    QLabel *m_noSettings = nullptr;

    QFutureWatcher<Result<ModuleDetail>> m_loadWatcher;
};

} // namespace osc
