#pragma once

#include "environment/environment.h"
#include "moduleoperations.h"

#include <QFutureWatcher>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTimer;
class QTreeView;

namespace osc {

class ModulesFilterModel;
class ModulesModel;

// Factory > Modules: the searchable, sortable list of the factory's modules.
// Loading runs on the thread pool with the worker's own Environment; the page shows
// a busy indicator meanwhile and keeps showing the previous rows on a reload.
//
// Given the operator's user name, rows have a context menu with Publish and
// Delete… (and Delete on the keyboard), run by ModuleOperations as on the module
// detail page; without one the list only reads.
class ModulesPage final : public QWidget
{
    Q_OBJECT

public:
    explicit ModulesPage(const QString &dataDir, QWidget *parent = nullptr);
    ModulesPage(const QString &dataDir, const QString &user, QWidget *parent = nullptr);
    ~ModulesPage() override;

    // Starts loading the modules; a reload asked while one runs follows it.
    void reload();
    bool isLoading() const;
    // Selects the module's row, if it is shown.
    void selectModule(const QString &name);

    ModulesModel *model() const { return m_model; }
    ModulesFilterModel *filterModel() const { return m_filter; }
    QTreeView *view() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *statusFilter() const { return m_statusCombo; }
    QLabel *countLabel() const { return m_countLabel; }
    // Null when the page was made without a user.
    ModuleOperations *operations() const { return m_operations; }

    // The context menu of the row at `index` (a view index), as a right click opens
    // it; null for no row or a read-only page. The caller owns it.
    QMenu *createContextMenu(const QModelIndex &index);

signals:
    // The operator opened a module (double-click, Enter).
    void moduleActivated(const QString &name);
    // A load ended and the list shows its rows (or its error).
    void loaded();
    // An operation started from the list ended, however it ended.
    void operationFinished(const ModuleOperationResult &result);
    // An operation may have changed modules: pages showing them refresh.
    void modulesChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitNameColumn();
    void startLoad();
    void onLoadFinished();
    void applyTextFilter();
    void applyStatusFilter();
    void updateStatusCombo();
    void updateCountAndState();
    void showContextMenu(const QPoint &position);
    void updateOperationState();
    void onOperationFinished(const ModuleOperationResult &result);
    QString currentModuleName() const;

    QString m_dataDir;
    ModulesModel *m_model = nullptr;
    ModulesFilterModel *m_filter = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_statusCombo = nullptr;
    QLabel *m_countLabel = nullptr;
    QProgressBar *m_busy = nullptr;
    QPushButton *m_refreshButton = nullptr;
    QLabel *m_errorBanner = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTreeView *m_view = nullptr;
    QWidget *m_emptyState = nullptr;
    QLabel *m_emptyTitle = nullptr;
    QLabel *m_emptyText = nullptr;
    QPushButton *m_emptyAction = nullptr;
    QTimer *m_searchTimer = nullptr;
    ModuleOperations *m_operations = nullptr;
    QProgressBar *m_operationBusy = nullptr;
    QLabel *m_operationLabel = nullptr;
    QFutureWatcher<Result<QList<ModuleSummary>>> m_loadWatcher;
    bool m_reloadPending = false;
    bool m_hasLoaded = false;
    QString m_loadError;
};

} // namespace osc
