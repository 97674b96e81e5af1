#pragma once

#include "engine/executionreport.h"
#include "logs/logentries.h"

#include <QDialog>
#include <QFutureWatcher>

#include <chrono>
#include <memory>
#include <optional>

class QComboBox;
class QFrame;
class QLabel;
class QModelIndex;
class QPushButton;
class QTabWidget;
class QTimer;
class QTreeView;

namespace osc {

class ErrorEntryDialog;
class ExecutionChartsWidget;
class ExecutionModulesFilterModel;
class ExecutionModulesModel;
struct ExecutionChartData;

// One execution with what changed since the one it re-ran, and its charts' series:
// read and computed in one go by a worker.
struct ExecutionReport
{
    ExecutionDetail detail;
    std::optional<ExecutionComparison> comparison; // when it re-runs a previous execution
    std::shared_ptr<const ExecutionChartData> charts;
};

// The details of one execution of the upgrades report (a modules preparation or a
// Deploy All): its summary (status, message, cause, counts, duration, workers, the
// execution it re-ran), what changed since that one (newly fixed, still failing,
// newly failing), and the table of its modules, filterable by state, failed first.
// Export… writes it as CSV or JSON (the same files as `scctl upgrades --export`).
// A Charts tab draws the modules done over time (with an ETA while it runs) and the
// workers' timeline with the critical path. Activating a failed module shows its
// Error Log entry; activating a skipped one selects the producer that caused it.
//
// Not modal. The execution loads in a worker of the global pool (its own Environment);
// while it has not ended, it is read again every second, so a running step's modules
// change state live.
class ExecutionDetailDialog final : public QDialog
{
    Q_OBJECT

public:
    ExecutionDetailDialog(const QString &dataDir, qint64 executionId, QWidget *parent = nullptr);
    ~ExecutionDetailDialog() override;

    qint64 executionId() const { return m_executionId; }
    // Shows another execution (the previous one, from its link).
    void showExecution(qint64 executionId);
    void reload();

    // The last load; empty until the first one ends.
    const std::optional<ExecutionReport> &report() const { return m_report; }
    std::optional<Error> loadError() const { return m_error; }
    ExecutionModulesModel *modulesModel() const { return m_model; }
    ExecutionModulesFilterModel *filterModel() const { return m_filter; }
    QTreeView *modulesView() const { return m_view; }
    QTabWidget *tabs() const { return m_tabs; }
    ExecutionChartsWidget *charts() const { return m_charts; }
    // How many times the charts were replotted (see ExecutionChartsWidget).
    int replotCount() const;
    // The Error Log entry shown from a failed module (null until one was asked for).
    ErrorEntryDialog *errorEntryDialog() const { return m_errorDialog; }
    // What activating a row of modulesView() does: a failed module shows its Error Log
    // entry (read in a worker), a skipped one selects its producer in the table.
    void activateModule(const QModelIndex &index);
    // Shows only the modules in `state` (all of them when empty).
    void setStateFilter(std::optional<ModuleRunState> state);

    // Writes the report to `path` (what Export… does after its file dialog).
    Result<void> exportTo(const QString &path, ReportFormat format) const;
    // The format a file name asks for by its extension (.csv, .json), if any.
    static std::optional<ReportFormat> formatOfPath(const QString &path);

    // How often a running execution is read again (one second); tests shorten it.
    void setReloadInterval(std::chrono::milliseconds interval);

signals:
    // A load ended and the dialog shows it.
    void loaded();
    // The Error Log entry asked for by activateModule() is shown.
    void errorEntryShown();
    // The operator asked to see an Error Log entry in Monitoring > Errors.
    void errorLogEntryRequested(qint64 entryId);

private:
    void onLoaded();
    void showReport();
    void exportWithDialog();
    void updateModuleCount();
    void showErrorEntry(const QString &module, qint64 errorId);
    void onErrorEntryLoaded();
    bool selectModule(const QString &module);

    QString m_dataDir;
    qint64 m_executionId = 0;
    std::optional<ExecutionReport> m_report;
    std::optional<Error> m_error;
    QFutureWatcher<Result<ExecutionReport>> m_watcher;
    bool m_loadAgain = false;
    QTimer *m_reloadTimer = nullptr;
    QFutureWatcher<Result<QList<ErrorLogEntry>>> m_errorWatcher;
    QString m_errorModule;
    qint64 m_errorId = 0; // asked for
    qint64 m_loadingErrorId = 0; // being read
    ErrorEntryDialog *m_errorDialog = nullptr;

    QLabel *m_title = nullptr;
    QFrame *m_panel = nullptr;
    QLabel *m_headline = nullptr;
    QLabel *m_detail = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_platform = nullptr;
    QLabel *m_startedBy = nullptr;
    QLabel *m_workers = nullptr;
    QLabel *m_started = nullptr;
    QLabel *m_ended = nullptr;
    QLabel *m_duration = nullptr;
    QLabel *m_previous = nullptr;
    QLabel *m_counts = nullptr;
    QLabel *m_cycles = nullptr;
    QWidget *m_changes = nullptr;
    QLabel *m_changesTitle = nullptr;
    QLabel *m_newlyFixed = nullptr;
    QLabel *m_stillFailing = nullptr;
    QLabel *m_newlyFailing = nullptr;
    QTabWidget *m_tabs = nullptr;
    ExecutionChartsWidget *m_charts = nullptr;
    QComboBox *m_stateCombo = nullptr;
    QLabel *m_moduleCount = nullptr;
    QTreeView *m_view = nullptr;
    QLabel *m_noModules = nullptr;
    QLabel *m_exportNote = nullptr;
    QPushButton *m_exportButton = nullptr;
    ExecutionModulesModel *m_model = nullptr;
    ExecutionModulesFilterModel *m_filter = nullptr;
};

} // namespace osc
