#pragma once

#include "environment/environment.h"

#include <QFutureWatcher>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
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
class ModulesPage final : public QWidget
{
    Q_OBJECT

public:
    explicit ModulesPage(const QString &dataDir, QWidget *parent = nullptr);
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

signals:
    // The operator opened a module (double-click, Enter).
    void moduleActivated(const QString &name);
    // A load ended and the list shows its rows (or its error).
    void loaded();

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
    QFutureWatcher<Result<QList<ModuleSummary>>> m_loadWatcher;
    bool m_reloadPending = false;
    bool m_hasLoaded = false;
    QString m_loadError;
};

} // namespace osc
