#pragma once

#include "engine/execution.h"
#include "logs/logexport.h"
#include "logs/loggroups.h"
#include "shell/page.h"

#include <QAbstractItemView>
#include <QDateTime>
#include <QFutureWatcher>
#include <QPersistentModelIndex>
#include <QThreadPool>

class QFrame;
class QKeyEvent;
class QLabel;
class QProgressBar;
class QPushButton;
class QScrollBar;
class QSortFilterProxyModel;
class QSplitter;
class QStackedWidget;
class QTableView;
class QToolButton;
class QUrl;

namespace osc {

class LogDetailView;
class LogFilterBar;
class LogGroupsModel;
class LogTableModel;
class LogWindowModel;

// Monitoring > Errors (the Error Log) and Monitoring > General log: one page class,
// for either log.
//
// A table of the entries matching the filters (LogFilterBar), newest first (the
// Instant and Id headers sort oldest first), a count, and a detail pane with every
// field of the selected entry (LogDetailView). The table is a LogTableModel: it pages
// through the database in its own thread, so millions of entries scroll smoothly and
// new entries appear at the top while the selection stays on its entry.
//
// The view shows the model through a LogWindowModel, a window of at most
// LogWindowModel::windowRows() rows, so that its vertical header holds that many items
// and not one per entry. The view's own vertical scrollbar is hidden; the page's
// scrollBar(), where the view's was, spans the whole log. Moving it, or scrolling the
// view (wheel, arrows, PageUp/PageDown), moves the window before the view reaches its
// edge; Home and End go to the newest and the oldest entry. The selection is held as
// the model's entry (a persistent index of model()), so it stays on its entry while
// entries arrive and while the window moves, and comes back into the view when the
// window covers it again. Rows of view() are window rows: windowModel() maps them.
//
// "Group by cause" shows, instead of the entries, the groups of entries that share
// a message signature (messageSignature()): count, modules, first and last seen,
// computed in a worker; selecting a group shows its newest entry, activating it
// shows that entry in the table. Export writes the current filter's entries to CSV
// or JSON in a worker, with a progress bar and Cancel; the window stays responsive.
//
// From an upgrade step: showExecutionErrors() shows that execution's entries and,
// above the table, which modules were skipped and a link to the failure of the
// producer that caused each skip. showEntry() selects one entry by id (clearing the
// filters when they hide it).
class LogPage final : public Page
{
    Q_OBJECT

public:
    LogPage(LogKind kind, const QString &dataDir, QWidget *parent = nullptr);
    ~LogPage() override;

    void refresh() override;
    QWidget *initialFocusWidget() override;

    // The entries of one execution of an upgrade step: operation kind `operation`
    // ("modules-upgrade", "modules-deployment") from `since` (its start); the
    // execution's failed and skipped modules are read in a worker and summed up above
    // the table, each skip linking to the failure of the producer that caused it.
    void showExecutionErrors(const QString &operation, const QDateTime &since, qint64 executionId);
    // Selects entry `id` and shows it in the detail pane (filters are cleared first
    // when they hide it; a purged entry is said to be gone).
    void showEntry(qint64 id);

    void setGrouped(bool grouped);
    bool isGrouped() const;
    // Exports the current filter to `path` in a worker; exportFinished() follows.
    void exportTo(const QString &path, LogExportFormat format);
    bool isExporting() const { return m_export.isRunning(); }
    void cancelExport();

    LogKind kind() const { return m_kind; }
    LogTableModel *model() const { return m_model; }
    // The view's model: a window of model().
    LogWindowModel *windowModel() const { return m_window; }
    // Over the whole log: its value is the model's row at the top of the view.
    QScrollBar *scrollBar() const { return m_scrollBar; }
    LogGroupsModel *groupsModel() const { return m_groups; }
    QTableView *view() const { return m_view; }
    QTableView *groupsView() const { return m_groupsView; }
    LogDetailView *detailView() const { return m_detail; }
    LogFilterBar *filterBar() const { return m_filters; }
    QPushButton *groupButton() const { return m_groupButton; }
    QToolButton *exportButton() const { return m_exportButton; }
    QString statusText() const;
    QString contextText() const;
    QString exportStatusText() const;
    QProgressBar *exportProgress() const { return m_exportProgress; }
    // The entry the selection is on (0 when none, or not loaded yet).
    qint64 selectedId() const { return m_selectedId; }

signals:
    void exportFinished(bool succeeded, const QString &message);
    void groupingFinished();
    // showEntry() found (row >= 0, a row of model()) or did not find (-1) its entry.
    void entryShown(qint64 id, int row);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Scrolling through the window.
    int rowsInView() const;
    bool windowNeedsMoving(int viewTop) const;
    void showModelRowAtTop(int row);
    void selectModelRow(int row, QAbstractItemView::ScrollHint hint);
    void onScrollBarMoved(int value);
    void onViewScrolled(int value);
    void syncScrollBar();
    void restoreSelection();
    void onWindowRowsInserted(int first, int last);
    bool navigate(QKeyEvent *event);

    void fitColumns();
    void applyFilters();
    void updateStatus();
    void onCurrentChanged();
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    void onLocated(qint64 id, int row);
    void onEntryFound(quint64 requestId, const LogRecord &record);
    void onDetailLink(const QUrl &url);
    void startGrouping();
    void onGroupingDone();
    void onGroupCurrentChanged();
    void onExportDone();
    void onExecutionLoaded();
    void chooseExport(LogExportFormat format);

    LogKind m_kind;
    QString m_dataDir;
    QThreadPool m_jobs;
    LogTableModel *m_model = nullptr;
    LogWindowModel *m_window = nullptr;
    LogGroupsModel *m_groups = nullptr;
    QSortFilterProxyModel *m_groupsSorted = nullptr;
    LogFilterBar *m_filters = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_context = nullptr;
    QLabel *m_error = nullptr;
    QStackedWidget *m_stack = nullptr;
    QFrame *m_table = nullptr; // the view and the page's scrollbar, in one frame
    QTableView *m_view = nullptr;
    QScrollBar *m_scrollBar = nullptr;
    QWidget *m_groupsPanel = nullptr;
    QTableView *m_groupsView = nullptr;
    QLabel *m_groupsStatus = nullptr;
    QPushButton *m_groupsCancel = nullptr;
    LogDetailView *m_detail = nullptr;
    QSplitter *m_splitter = nullptr;
    QPushButton *m_groupButton = nullptr;
    QToolButton *m_exportButton = nullptr;
    QWidget *m_exportRow = nullptr;
    QProgressBar *m_exportProgress = nullptr;
    QLabel *m_exportStatus = nullptr;
    QPushButton *m_exportCancel = nullptr;

    bool m_fitting = false;
    bool m_columnsSizedByHand = false;
    qint64 m_selectedId = 0;
    // The selected entry's row in m_model, also while it is outside the window.
    QPersistentModelIndex m_selectedEntry;
    bool m_scrolling = false; // the page sets the view's scrollbar
    qint64 m_pendingShow = 0; // showEntry() waiting for its row
    bool m_showRetried = false; // the filters were cleared for it already
    quint64 m_producerRequest = 0;
    quint64 m_groupEntryRequest = 0;
    QString m_exportPath;
    QFutureWatcher<Result<LogGrouping>> m_grouping;
    QFutureWatcher<Result<LogExportOutcome>> m_export;
    QFutureWatcher<Result<ExecutionDetail>> m_execution;
    qint64 m_executionId = 0;
};

} // namespace osc
