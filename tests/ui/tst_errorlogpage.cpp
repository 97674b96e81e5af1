// Monitoring > Errors on real environments: the table, its filters and Reset, the
// detail pane with every field, the link from PRODUCER_NOT_PREPARED to the producer's
// failure, showEntry(), an upgrade step's errors with its skipped modules leading to
// their producer's failure, grouping by cause, export (finished and cancelled), live
// entries that keep the operator's row in view; the page's scrollbar over the whole log
// and the window of it the table shows (its edges crossed by the scrollbar, the
// keyboard and the wheel; the selection kept across live entries and window moves);
// and renders for review.
#include "domain/messages.h"
#include "files/filelock.h"
#include "logs/logstore.h"
#include "logs/logwriter.h"
#include "logtestsupport.h"
#include "monitoring/logdetailview.h"
#include "monitoring/logfilterbar.h"
#include "monitoring/loggroupsmodel.h"
#include "monitoring/logpage.h"
#include "monitoring/logtablemodel.h"
#include "monitoring/logwindowmodel.h"
#include "operations/operationkind.h"
#include "uitestsupport.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTranslator>
#include <QUrl>
#include <QWheelEvent>

using namespace osc;

namespace {

const QDateTime base = testing::logBase;
constexpr int timeoutMs = 10000;

// `count` Error Log rows by SQL (logtestsupport.h).
Result<void> fill(Database &db, int count)
{
    return testing::fillErrorLog(db, count);
}

qint64 sqlCount(Database &db, const QString &where)
{
    return scalar(db, QStringLiteral("SELECT COUNT(*) FROM error_log WHERE ") + where)
        .value()
        .toLongLong();
}

QString number(qint64 value)
{
    return QLocale().toString(value);
}

// The status line's count, word for word as an English user reads it (the test loads
// osc_en.qm, which gives the plurals their English forms).
QString entries(qint64 count)
{
    return count == 1 ? QStringLiteral("1 entry") : number(count) + QStringLiteral(" entries");
}

QString matchingEntries(qint64 count)
{
    return count == 1 ? QStringLiteral("1 matching entry")
                      : number(count) + QStringLiteral(" matching entries");
}

} // namespace

class TestErrorLogPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void filtersAndReset();
    void detailShowsEveryField();
    void producerLinkLeadsToItsFailure();
    void showEntryClearsFiltersThatHideIt();
    void showEntryOfAPurgedEntrySaysSo();
    void executionErrorsLeadFromSkipsToTheirProducer();
    void groupByCause();
    void exportWritesTheFilter();
    void exportCanBeCancelled();
    void liveEntriesKeepTheRowsInView();
    void scrollBarSpansTheWholeLog();
    void keyboardAndWheelCrossTheWindowEdges();
    void selectionStaysOnItsEntryWhileTheWindowMoves();
    void screenshots();

private:
    std::unique_ptr<LogPage> openPage(const QString &dir);
    std::unique_ptr<LogPage> openWindowedPage(int entries);
    void appendErrors(int count);
    qint64 appendError(const ErrorLogEntry &entry);
    void save(QWidget *widget, const QString &name);

    QString m_outputDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    QTranslator m_english;
};

void TestErrorLogPage::initTestCase()
{
    QVERIFY(m_english.load(QStringLiteral(OSC_TRANSLATIONS_DIR "/osc_en.qm")));
    QCoreApplication::installTranslator(&m_english);
    m_outputDir = qEnvironmentVariable("OSC_SCREENSHOT_DIR");
    if (m_outputDir.isEmpty())
        m_outputDir
            = QDir(QCoreApplication::applicationDirPath()).absoluteFilePath("../../screenshots");
    QVERIFY(QDir().mkpath(m_outputDir));
}

void TestErrorLogPage::init()
{
    testing::isolateSettings();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto created = Environment::create(m_dir->path(), PlatformVersion{11, 11, 0});
    QVERIFY(created.ok());
    created.value().reset();
    Result<std::unique_ptr<Database>> db = Database::openSqlite(
        DataFolder(m_dir->path()).databaseFile(), Database::OpenMode::OpenExisting);
    QVERIFY(db.ok());
    m_db = std::move(db).value();
}

void TestErrorLogPage::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

std::unique_ptr<LogPage> TestErrorLogPage::openPage(const QString &dir)
{
    auto page = std::make_unique<LogPage>(LogKind::Errors, dir);
    page->resize(1100, 700);
    page->model()->setPollInterval(0); // tests poll by hand
    return page;
}

// A page shown on `entries` entries, its table on a window of windowRows rows (a log of
// millions on 100,000, scaled down).
constexpr int windowRows = 200;

std::unique_ptr<LogPage> TestErrorLogPage::openWindowedPage(int entries)
{
    if (!fill(*m_db, entries).ok())
        return nullptr;
    auto page = openPage(m_dir->path());
    page->windowModel()->setWindowRows(windowRows);
    page->show();
    if (!QTest::qWaitForWindowExposed(page.get()))
        return nullptr;
    // Laid out, and the view too (its scrollbar's range is set by its delayed layout).
    QScrollBar *bar = page->scrollBar();
    if (!QTest::qWaitFor(
            [&] {
                return page->model()->hasLayout() && page->model()->totalCount() == entries
                    && bar->maximum() == entries - bar->pageStep();
            },
            timeoutMs))
        return nullptr;
    return page;
}

void TestErrorLogPage::appendErrors(int count)
{
    std::unique_ptr<LogWriter> writer = LogWriter::open(m_db->filePath()).value();
    for (int i = 0; i < count; ++i) {
        ErrorLogEntry entry;
        entry.message = QStringLiteral("live %1").arg(i);
        writer->append(entry);
    }
    QVERIFY(writer->flush().ok());
}

qint64 TestErrorLogPage::appendError(const ErrorLogEntry &entry)
{
    std::unique_ptr<LogWriter> writer = LogWriter::open(m_db->filePath()).value();
    writer->append(entry);
    if (!writer->flush().ok())
        return 0;
    // The newest entry, wherever it is yet (in a batch or spread into a row).
    return LogStore(*m_db).idSpan(LogKind::Errors, LogQuery()).value().maxId;
}

void TestErrorLogPage::save(QWidget *widget, const QString &name)
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    const QPixmap pixmap = widget->grab();
    QVERIFY(!pixmap.isNull());
    const QString path = QDir(m_outputDir).filePath(name + QStringLiteral(".png"));
    QVERIFY2(pixmap.save(path), qPrintable(path));
    qInfo("screenshot: %s", qPrintable(path));
}

void TestErrorLogPage::filtersAndReset()
{
    QVERIFY(fill(*m_db, 1200).ok());
    auto page = openPage(m_dir->path());
    QTRY_COMPARE_WITH_TIMEOUT(page->statusText(), entries(1200), timeoutMs);
    // The count as the locale writes numbers.
    QVERIFY2(page->statusText().startsWith(number(1200) + QStringLiteral(" entr")),
             qPrintable(page->statusText()));
    LogFilterBar *filters = page->filterBar();

    filters->moduleEdit()->setText(QStringLiteral("Module_3"));
    filters->applyPendingText();
    const qint64 module = sqlCount(*m_db, QStringLiteral("module = 'Module_3'"));
    QTRY_COMPARE_WITH_TIMEOUT(page->statusText(), matchingEntries(module), timeoutMs);
    QCOMPARE(page->model()->rowCount(), module);

    filters->operationBox()->setCurrentIndex(
        filters->operationBox()->findData(QStringLiteral("delete")));
    const qint64 both
        = sqlCount(*m_db, QStringLiteral("module = 'Module_3' AND operation = 'delete'"));
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->totalCount(), both, timeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(page->model()->index(0, 0).data(LogTableModel::LoadedRole).toBool(),
                             timeoutMs);
    const std::optional<LogRecord> first = page->model()->recordAt(0);
    QCOMPARE(first->module, QStringLiteral("Module_3"));
    QCOMPARE(first->operation, QStringLiteral("delete"));

    filters->textEdit()->setText(QStringLiteral("no-such-word-anywhere"));
    filters->applyPendingText();
    QTRY_COMPARE_WITH_TIMEOUT(page->statusText(), QStringLiteral("No entry matches these filters."),
                              timeoutMs);

    QTest::mouseClick(filters->resetButton(), Qt::LeftButton);
    QVERIFY(filters->moduleEdit()->text().isEmpty());
    QVERIFY(filters->textEdit()->text().isEmpty());
    QCOMPARE(filters->operationBox()->currentIndex(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(page->statusText(), entries(1200), timeoutMs);

    filters->timeRangeBox()->setCurrentIndex(
        filters->timeRangeBox()->findData(int(LogFilterBar::TimeRange::Between)));
    QVERIFY(filters->fromEdit()->isVisibleTo(page.get()));
    filters->fromEdit()->setDateTime(base.addSecs(100 * 60).toLocalTime());
    filters->toEdit()->setDateTime(base.addSecs(200 * 60).toLocalTime());
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->totalCount(), 100, timeoutMs);
}

void TestErrorLogPage::detailShowsEveryField()
{
    ErrorLogEntry entry;
    entry.module = QStringLiteral("Billing_CS");
    entry.moduleVersion = 7;
    entry.operationId = 42;
    entry.operation = operationKey(OperationKind::ModulesDeployment);
    entry.step = QStringLiteral("deploy");
    entry.message = messages::fileInUse() + u'\n'
        + fileInUseExplanation(
                        QStringLiteral("/srv/env/deployments/Billing_CS/7/bin/Billing.dll"),
                        {FileHolder{4242, QStringLiteral("backupd"), QStringLiteral("POSIX")}});
    entry.detail = QStringLiteral("file: /srv/env/deployments/Billing_CS/7/bin/Billing.dll\n"
                                  "holder: 4242 backupd POSIX\nwaited 5000 ms, 12 attempts");
    entry.server = QStringLiteral("build-agent-3");
    entry.processId = 31337;
    entry.thread = QStringLiteral("DeployWorker-2");
    entry.platformVersion = QStringLiteral("11.19.0");
    const qint64 id = appendError(entry);
    QVERIFY(id > 0);

    auto page = openPage(m_dir->path());
    QSignalSpy shown(page.get(), &LogPage::entryShown);
    page->showEntry(id);
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), timeoutMs);
    QCOMPARE(shown.constFirst().at(1).toInt(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(page->detailView()->shownId(), id, timeoutMs);
    const QString text = page->detailView()->text();
    for (const QString &expected :
         {QStringLiteral("Billing_CS, version 7"),
          QStringLiteral("Modules deployment (operation 42)"), QStringLiteral("deploy"),
          QStringLiteral("build-agent-3"), QStringLiteral("31337"),
          QStringLiteral("DeployWorker-2"), QStringLiteral("11.19.0"),
          QStringLiteral("/srv/env/deployments/Billing_CS/7/bin/Billing.dll"),
          QStringLiteral("process 4242 (backupd)"), messages::fileInUse(),
          QStringLiteral("waited 5000 ms, 12 attempts"),
          entry.instant.isValid() ? QString() : QStringLiteral("UTC")}) {
        QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" in:\n") + text));
    }
    QCOMPARE(page->selectedId(), id);
}

void TestErrorLogPage::producerLinkLeadsToItsFailure()
{
    ErrorLogEntry failure;
    failure.module = QStringLiteral("Orders_Core");
    failure.operation = QStringLiteral("publish");
    failure.message = QStringLiteral("Compilation failed: 2 errors");
    const qint64 failureId = appendError(failure);
    ErrorLogEntry unrelated;
    unrelated.module = QStringLiteral("Billing_Core");
    unrelated.message = QStringLiteral("Timeout");
    appendError(unrelated);
    ErrorLogEntry consumer;
    consumer.module = QStringLiteral("Orders_Portal");
    consumer.operation = QStringLiteral("publish");
    consumer.message = messages::producerNotPrepared(QStringLiteral("Orders_Core"));
    const qint64 consumerId = appendError(consumer);

    auto page = openPage(m_dir->path());
    QSignalSpy shown(page.get(), &LogPage::entryShown);
    page->showEntry(consumerId);
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), timeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(page->detailView()->shownId(), consumerId, timeoutMs);
    QVERIFY(page->detailView()->text().contains(
        QStringLiteral("Show the failure of producer Orders_Core")));
    shown.clear();
    emit page->detailView()->linkActivated(QUrl(QStringLiteral("producer:Orders_Core")));
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), timeoutMs);
    QCOMPARE(shown.constFirst().at(0).toLongLong(), failureId);
    QCOMPARE(shown.constFirst().at(1).toInt(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(page->detailView()->shownId(), failureId, timeoutMs);
    QVERIFY(page->detailView()->text().contains(QStringLiteral("Compilation failed: 2 errors")));
}

void TestErrorLogPage::showEntryClearsFiltersThatHideIt()
{
    QVERIFY(fill(*m_db, 900).ok());
    auto page = openPage(m_dir->path());
    page->filterBar()->moduleEdit()->setText(QStringLiteral("Module_1"));
    page->filterBar()->applyPendingText();
    QTRY_VERIFY_WITH_TIMEOUT(!page->model()->isCounting() && page->model()->totalCount() < 900,
                             timeoutMs);
    const qint64 hidden = 702; // Module_2
    QSignalSpy shown(page.get(), &LogPage::entryShown);
    page->showEntry(hidden);
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), timeoutMs);
    QCOMPARE(shown.constFirst().at(0).toLongLong(), hidden);
    QCOMPARE(shown.constFirst().at(1).toInt(), 900 - int(hidden));
    QVERIFY(page->filterBar()->moduleEdit()->text().isEmpty());
    QCOMPARE(page->view()->currentIndex().row(), 900 - int(hidden));
    QTRY_COMPARE_WITH_TIMEOUT(page->detailView()->shownId(), hidden, timeoutMs);
    QVERIFY(page->detailView()->text().contains(QStringLiteral("Module_2")));
}

void TestErrorLogPage::showEntryOfAPurgedEntrySaysSo()
{
    QVERIFY(fill(*m_db, 50).ok());
    auto page = openPage(m_dir->path());
    QSignalSpy shown(page.get(), &LogPage::entryShown);
    page->showEntry(5000);
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), timeoutMs);
    QCOMPARE(shown.constFirst().at(1).toInt(), -1);
    QVERIFY2(page->detailView()->text().contains(QStringLiteral("Entry 5000 is not in the log")),
             qPrintable(page->detailView()->text()));
    QVERIFY(!page->view()->currentIndex().isValid());
}

void TestErrorLogPage::executionErrorsLeadFromSkipsToTheirProducer()
{
    m_db.reset();
    QTemporaryDir dir;
    QString error;
    std::unique_ptr<Environment> environment
        = testing::createDemoEnvironment(dir.path(), 150, &error);
    QVERIFY2(environment, qPrintable(error));
    // An unrelated error before the step: not one of its entries.
    {
        std::unique_ptr<LogWriter> writer
            = LogWriter::open(DataFolder(dir.path()).databaseFile()).value();
        ErrorLogEntry before;
        before.operation = operationKey(OperationKind::ModulesUpgrade);
        before.instant = QDateTime::currentDateTimeUtc().addDays(-1);
        before.message = QStringLiteral("an older preparation's error");
        writer->append(before);
        QVERIFY(writer->flush().ok());
    }
    QVERIFY(
        environment->upgradePlatform(UpgradeRequest{PlatformVersion{11, 19, 0}}, testing::testUser)
            .ok());
    PreparationOptions options;
    options.user = testing::testUser;
    const Result<ExecutionSummary> prepared = environment->prepareModules(options);
    QVERIFY(prepared.ok());
    QVERIFY(prepared->counts.failed > 0 && prepared->counts.skipped > 0);
    const ExecutionDetail detail = environment->execution(prepared->id).value();

    auto page = openPage(dir.path());
    page->showExecutionErrors(operationKey(OperationKind::ModulesUpgrade), prepared->startedAt,
                              prepared->id);
    QCOMPARE(page->filterBar()->operationBox()->currentData().toString(),
             operationKey(OperationKind::ModulesUpgrade));
    QTRY_VERIFY_WITH_TIMEOUT(page->contextText().contains(QStringLiteral("was skipped")),
                             timeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(page->model()->hasLayout() && !page->model()->isCounting(), timeoutMs);
    // Every failed module's entry, and nothing from before the step.
    QCOMPARE(page->model()->totalCount(), qint64(prepared->counts.failed));
    for (int row = 0; row < page->model()->rowCount(); ++row) {
        QTRY_VERIFY_WITH_TIMEOUT(
            page->model()->index(row, 0).data(LogTableModel::LoadedRole).toBool(), timeoutMs);
        QCOMPARE(page->model()->recordAt(row)->operation,
                 operationKey(OperationKind::ModulesUpgrade));
    }
    const QString context = page->contextText();
    QVERIFY2(context.contains(QStringLiteral("%1 failed, %2 skipped")
                                  .arg(prepared->counts.failed)
                                  .arg(prepared->counts.skipped)),
             qPrintable(context));
    // The first skipped module named leads to its producer's failure entry.
    const ExecutionModuleResult *skipped = nullptr;
    for (const ExecutionModuleResult &module : detail.modules) {
        if (module.state == ModuleRunState::Skipped && !module.blockedBy.isEmpty()) {
            skipped = &module;
            break;
        }
    }
    QVERIFY(skipped);
    qint64 producerEntry = 0;
    for (const ExecutionModuleResult &module : detail.modules) {
        if (module.module == skipped->blockedBy)
            producerEntry = module.errorId;
    }
    QVERIFY(producerEntry > 0);
    const QString link = QStringLiteral("entry:%1").arg(producerEntry);
    QVERIFY2(context.contains(skipped->module) && context.contains(link), qPrintable(context));
    QSignalSpy shown(page.get(), &LogPage::entryShown);
    auto *label = page->findChild<QLabel *>(QStringLiteral("executionContext"));
    QVERIFY(label);
    emit label->linkActivated(link);
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), timeoutMs);
    QCOMPARE(shown.constFirst().at(0).toLongLong(), producerEntry);
    QVERIFY(shown.constFirst().at(1).toInt() >= 0);
    QTRY_COMPARE_WITH_TIMEOUT(page->detailView()->shownId(), producerEntry, timeoutMs);
    QVERIFY(page->detailView()->text().contains(skipped->blockedBy));
    save(page.get(), QStringLiteral("70-error-log-execution"));
}

void TestErrorLogPage::groupByCause()
{
    QVERIFY(fill(*m_db, 1000).ok());
    auto page = openPage(m_dir->path());
    // An entry selected in the table before grouping.
    QTRY_VERIFY_WITH_TIMEOUT(page->model()->idAt(5) > 0, timeoutMs);
    page->view()->setCurrentIndex(page->view()->model()->index(5, 0));
    const qint64 selected = page->model()->idAt(5);
    QTRY_COMPARE_WITH_TIMEOUT(page->detailView()->shownId(), selected, timeoutMs);
    QSignalSpy grouped(page.get(), &LogPage::groupingFinished);
    QTest::mouseClick(page->groupButton(), Qt::LeftButton);
    QVERIFY(page->isGrouped());
    QVERIFY(grouped.wait(timeoutMs));
    QCOMPARE(page->groupsModel()->rowCount(), 3);
    QCOMPARE(page->groupsModel()->grouping().entries, 1000);
    // The groups view sorts by count: the largest cause first.
    QTableView *view = page->groupsView();
    const QModelIndex top = view->model()->index(0, int(LogGroupsModel::Column::Signature));
    QCOMPARE(top.data().toString(), QStringLiteral("Compilation failed: missing reference #"));
    QCOMPARE(view->model()->index(0, 0).data(LogGroupsModel::SortRole).toLongLong(), 600);
    const qint64 latest = top.data(LogGroupsModel::LatestIdRole).toLongLong();
    view->selectionModel()->setCurrentIndex(
        top, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QTRY_COMPARE_WITH_TIMEOUT(page->detailView()->shownId(), latest, timeoutMs);
    QVERIFY(latest != selected);
    // Rows of the hidden table read again (a chunk arriving) leave the group's entry.
    emit page->model()->dataChanged(page->model()->index(0, 0), page->model()->index(20, 0));
    QCOMPARE(page->detailView()->shownId(), latest);
    save(page.get(), QStringLiteral("71-error-log-grouped"));

    // A filter groups again, over its entries only.
    page->filterBar()->moduleEdit()->setText(QStringLiteral("Module_4"));
    page->filterBar()->applyPendingText();
    QVERIFY(grouped.wait(timeoutMs));
    QCOMPARE(page->groupsModel()->grouping().entries,
             sqlCount(*m_db, QStringLiteral("module = 'Module_4'")));

    // Activating a group shows its newest entry in the table.
    QSignalSpy shown(page.get(), &LogPage::entryShown);
    emit view->activated(view->model()->index(0, 0));
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), timeoutMs);
    QVERIFY(!page->isGrouped());
    QVERIFY(!page->groupButton()->isChecked());
    QCOMPARE(page->selectedId(),
             view->model()->index(0, 0).data(LogGroupsModel::LatestIdRole).toLongLong());
}

void TestErrorLogPage::exportWritesTheFilter()
{
    QVERIFY(fill(*m_db, 3000).ok());
    auto page = openPage(m_dir->path());
    page->filterBar()->operationBox()->setCurrentIndex(
        page->filterBar()->operationBox()->findData(QStringLiteral("publish")));
    QTRY_VERIFY_WITH_TIMEOUT(page->model()->hasLayout() && !page->model()->isCounting(), timeoutMs);
    const QString path = m_dir->filePath(QStringLiteral("errors.csv"));
    QSignalSpy finished(page.get(), &LogPage::exportFinished);
    page->exportTo(path, LogExportFormat::Csv);
    QVERIFY(page->isExporting());
    QVERIFY(!page->exportButton()->isEnabled());
    QVERIFY(finished.wait(timeoutMs));
    QVERIFY2(finished.constFirst().at(0).toBool(),
             qPrintable(finished.constFirst().at(1).toString()));
    QVERIFY(page->exportButton()->isEnabled());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    const qint64 expected = sqlCount(*m_db, QStringLiteral("operation = 'publish'"));
    QCOMPARE(lines.size() - 2, expected); // header, rows, empty after the last line break
    QVERIFY(lines.at(1).contains(",publish,"));
    QVERIFY2(page->exportStatusText().contains(QDir::toNativeSeparators(path)),
             qPrintable(page->exportStatusText()));
}

void TestErrorLogPage::exportCanBeCancelled()
{
    QVERIFY(fill(*m_db, 80000).ok());
    auto page = openPage(m_dir->path());
    QTRY_VERIFY_WITH_TIMEOUT(page->model()->hasLayout() && !page->model()->isCounting(), timeoutMs);
    const QString path = m_dir->filePath(QStringLiteral("errors.json"));
    QSignalSpy finished(page.get(), &LogPage::exportFinished);
    page->exportTo(path, LogExportFormat::Json);
    QVERIFY(page->exportProgress()->isVisibleTo(page.get()));
    QCOMPARE(page->exportProgress()->maximum(), 80000);
    page->cancelExport();
    QVERIFY(finished.wait(timeoutMs));
    QVERIFY(!finished.constFirst().at(0).toBool());
    QCOMPARE(finished.constFirst().at(1).toString(),
             QStringLiteral("Export cancelled: nothing was written."));
    QVERIFY(!QFile::exists(path));
}

void TestErrorLogPage::liveEntriesKeepTheRowsInView()
{
    QVERIFY(fill(*m_db, 2000).ok());
    auto page = openPage(m_dir->path());
    page->show();
    QVERIFY(QTest::qWaitForWindowExposed(page.get()));
    QSignalSpy shown(page.get(), &LogPage::entryShown);
    page->showEntry(1500); // row 500
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), timeoutMs);
    QScrollBar *bar = page->view()->verticalScrollBar();
    QTRY_VERIFY(bar->value() > 0);
    const int top = bar->value();
    std::unique_ptr<LogWriter> writer = LogWriter::open(m_db->filePath()).value();
    for (int i = 0; i < 40; ++i) {
        ErrorLogEntry entry;
        entry.message = QStringLiteral("live %1").arg(i);
        writer->append(entry);
    }
    QVERIFY(writer->flush().ok());
    QSignalSpy arrived(page->model(), &LogTableModel::entriesArrived);
    page->model()->pollNow();
    QVERIFY(arrived.wait(timeoutMs));
    QCOMPARE(page->view()->currentIndex().row(), 540);
    QCOMPARE(page->selectedId(), 1500);
    QCOMPARE(bar->value(), top + 40);
    QCOMPARE(page->scrollBar()->value(), top + 40);
    QTRY_COMPARE(page->statusText(), entries(2040));
}

void TestErrorLogPage::scrollBarSpansTheWholeLog()
{
    auto page = openWindowedPage(3000);
    QVERIFY(page);
    QTableView *view = page->view();
    LogWindowModel *window = page->windowModel();
    QScrollBar *bar = page->scrollBar();
    QVERIFY(!view->verticalScrollBar()->isVisible());
    QVERIFY(bar->isVisible());
    // Where the view's own was: at its right, as tall as the view.
    QCOMPARE(bar->parentWidget(), view->parentWidget());
    QVERIFY(bar->geometry().left() > view->geometry().right());
    QCOMPARE(bar->geometry().top(), view->geometry().top());
    QCOMPARE(bar->height(), view->height());
    const int inView = bar->pageStep();
    QVERIFY2(inView > 5 && inView < windowRows / 4, qPrintable(QString::number(inView)));
    QCOMPARE(bar->maximum(), 3000 - inView);
    QCOMPARE(view->verticalHeader()->count(), windowRows);

    // The end of the scrollbar is the oldest entry.
    bar->setValue(bar->maximum());
    QCOMPARE(window->windowStart(), 3000 - windowRows);
    const int lastRow = view->rowAt(view->viewport()->height() - 1);
    QCOMPARE(window->windowStart() + lastRow, 2999);
    view->setCurrentIndex(window->index(lastRow, 0));
    QTRY_COMPARE_WITH_TIMEOUT(page->detailView()->shownId(), 1, timeoutMs);
    QCOMPARE(page->selectedId(), 1);
    QVERIFY(view->verticalHeader()->count() <= windowRows);

    // Home in the table: the newest entry, at the top of the scrollbar.
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Home);
    QCOMPARE(bar->value(), 0);
    QCOMPARE(window->windowStart(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(page->detailView()->shownId(), 3000, timeoutMs);
    QCOMPARE(page->selectedId(), 3000);

    // Clicks in the scrollbar page through the log, past the window.
    for (int i = 0; i < 30; ++i)
        bar->triggerAction(QAbstractSlider::SliderPageStepAdd);
    QCOMPARE(bar->value(), 30 * inView);
    QVERIFY(window->windowStart() > 0);
    QCOMPARE(window->windowStart() + view->verticalScrollBar()->value(), 30 * inView);
    const QModelIndex top = window->index(view->rowAt(0), 0);
    QTRY_VERIFY_WITH_TIMEOUT(top.data(LogTableModel::LoadedRole).toBool(), timeoutMs);
    QCOMPARE(top.data(LogTableModel::IdRole).toLongLong(), 3000 - 30 * inView);
}

void TestErrorLogPage::keyboardAndWheelCrossTheWindowEdges()
{
    auto page = openWindowedPage(3000);
    QVERIFY(page);
    QTableView *view = page->view();
    LogWindowModel *window = page->windowModel();
    QScrollBar *bar = page->scrollBar();
    const int inView = bar->pageStep();
    const auto modelRow = [&] {
        return window->mapToSource(view->currentIndex()).row();
    };
    view->setFocus();

    QTest::keyClick(view, Qt::Key_End);
    QCOMPARE(modelRow(), 2999);
    QCOMPARE(bar->value(), bar->maximum());
    QTRY_COMPARE_WITH_TIMEOUT(page->selectedId(), 1, timeoutMs);
    QTest::keyClick(view, Qt::Key_Home);
    QCOMPARE(modelRow(), 0);
    QCOMPARE(bar->value(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(page->selectedId(), 3000, timeoutMs);

    // PageDown through three windows' worth of rows: the current row moves on by at
    // most two pages each time, stays in view, and the window follows.
    QList<int> starts;
    int previous = 0;
    while (modelRow() < 3 * windowRows) {
        QTest::keyClick(view, Qt::Key_PageDown);
        const int row = modelRow();
        QVERIFY2(row > previous && row <= previous + 2 * inView,
                 qPrintable(QStringLiteral("%1 after %2").arg(row).arg(previous)));
        QVERIFY(row >= bar->value() && row < bar->value() + inView);
        QCOMPARE(window->windowStart() + view->verticalScrollBar()->value(), bar->value());
        QVERIFY(view->verticalHeader()->count() <= windowRows);
        if (starts.isEmpty() || starts.constLast() != window->windowStart())
            starts << window->windowStart();
        previous = row;
    }
    QVERIFY2(starts.size() >= 3, "the window moved at least twice");
    QTRY_COMPARE_WITH_TIMEOUT(page->selectedId(), 3000 - previous, timeoutMs);
    QTest::keyClick(view, Qt::Key_Down);
    QCOMPARE(modelRow(), previous + 1);
    while (modelRow() > 0) {
        const int before = modelRow();
        QTest::keyClick(view, Qt::Key_PageUp);
        QVERIFY(modelRow() < before && modelRow() >= before - 2 * inView);
        QVERIFY(modelRow() >= bar->value() && modelRow() < bar->value() + inView);
    }
    QCOMPARE(window->windowStart(), 0);
    QCOMPARE(bar->value(), 0);

    // The wheel, a few rows a step, past the window's edge and back.
    const auto wheel = [&](int steps) {
        const QPoint at = view->viewport()->rect().center();
        for (int i = 0; i < std::abs(steps); ++i) {
            QWheelEvent event(at, view->viewport()->mapToGlobal(at), QPoint(),
                              QPoint(0, steps > 0 ? -120 : 120), Qt::NoButton, Qt::NoModifier,
                              Qt::NoScrollPhase, false);
            QCoreApplication::sendEvent(view->viewport(), &event);
        }
    };
    const int lines = QApplication::wheelScrollLines();
    wheel(100);
    QCOMPARE(bar->value(), 100 * lines);
    QVERIFY(window->windowStart() > 0);
    QCOMPARE(window->windowStart() + view->verticalScrollBar()->value(), 100 * lines);
    wheel(-100);
    QCOMPARE(bar->value(), 0);
    QCOMPARE(window->windowStart(), 0);
}

void TestErrorLogPage::selectionStaysOnItsEntryWhileTheWindowMoves()
{
    auto page = openWindowedPage(3000);
    QVERIFY(page);
    QTableView *view = page->view();
    LogWindowModel *window = page->windowModel();
    QScrollBar *bar = page->scrollBar();
    const int inView = bar->pageStep();
    const auto modelRow = [&] {
        return window->mapToSource(view->currentIndex()).row();
    };
    view->setCurrentIndex(window->index(10, 0));
    QTRY_COMPARE_WITH_TIMEOUT(page->selectedId(), 2990, timeoutMs);

    // Live entries at the top, the window and the view at the top: they show there.
    appendErrors(40);
    QSignalSpy arrived(page->model(), &LogTableModel::entriesArrived);
    page->model()->pollNow();
    QVERIFY(arrived.wait(timeoutMs));
    QCOMPARE(window->windowStart(), 0);
    QCOMPARE(bar->value(), 0);
    QCOMPARE(modelRow(), 50);
    QCOMPARE(page->selectedId(), 2990);
    QCOMPARE(view->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(view->verticalHeader()->count(), windowRows);

    // Scrolled down near the window's bottom edge: the rows in view stay, so the window
    // moves down under them; the selection stays on its entry.
    const int near = windowRows - windowRows / 4 - inView - 1;
    bar->setValue(near);
    QCOMPARE(window->windowStart(), 0);
    appendErrors(40);
    page->model()->pollNow();
    QVERIFY(arrived.wait(timeoutMs));
    QCOMPARE(bar->value(), near + 40);
    QVERIFY(window->windowStart() > 0);
    QCOMPARE(window->windowStart() + view->verticalScrollBar()->value(), near + 40);
    QVERIFY(view->currentIndex().isValid());
    QCOMPARE(modelRow(), 90);
    QCOMPARE(page->selectedId(), 2990);
    QCOMPARE(view->verticalHeader()->count(), windowRows);

    // The window moves away from it: still the selected entry, in the detail too.
    bar->setValue(1500);
    QVERIFY(window->windowStart() > 90);
    QVERIFY(!view->currentIndex().isValid());
    QCOMPARE(page->selectedId(), 2990);
    QCOMPARE(page->detailView()->shownId(), 2990);

    // Live entries above the window: the rows in view stay.
    const int start = window->windowStart();
    const int top = bar->value();
    const qint64 topId = page->model()->idAt(top);
    appendErrors(30);
    page->model()->pollNow();
    QVERIFY(arrived.wait(timeoutMs));
    QCOMPARE(window->windowStart(), start + 30);
    QCOMPARE(bar->value(), top + 30);
    QCOMPARE(page->model()->idAt(bar->value()), topId);
    QCOMPARE(bar->maximum(), 3110 - inView);

    // Back over it: selected again, where it is (the view does not jump to it).
    bar->setValue(100);
    QCOMPARE(bar->value(), 100);
    QVERIFY(view->currentIndex().isValid());
    QCOMPARE(modelRow(), 120);
    QCOMPARE(view->currentIndex().data(LogTableModel::IdRole).toLongLong(), 2990);
    QCOMPARE(view->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(page->selectedId(), 2990);
}

void TestErrorLogPage::screenshots()
{
    QVERIFY(fill(*m_db, 1500).ok());
    ErrorLogEntry entry;
    entry.module = QStringLiteral("Billing_Customer_Invoices_And_Payment_Reconciliation_CS");
    entry.moduleVersion = 12;
    entry.operationId = 4711;
    entry.operation = operationKey(OperationKind::ModulesDeployment);
    entry.step = QStringLiteral("deploy");
    entry.message
        = messages::fileInUse() + u'\n'
        + fileInUseExplanation(
              QStringLiteral("/srv/env/deployments/Billing_Customer_Invoices_And_Payment_"
                             "Reconciliation_CS/c812-5b1f/bin/Billing_Customer_Invoices.dll"),
              {FileHolder{4242, QStringLiteral("backupd"), QStringLiteral("POSIX")}});
    entry.detail = QStringLiteral("file: /srv/env/deployments/Billing_Customer_Invoices_And_"
                                  "Payment_Reconciliation_CS/c812-5b1f/bin/Billing_Customer_"
                                  "Invoices.dll\nholder: 4242 backupd POSIX\nwaited 5000 ms, 12 "
                                  "attempts");
    entry.server = QStringLiteral("build-agent-3");
    entry.processId = 31337;
    entry.thread = QStringLiteral("DeployWorker-2");
    entry.platformVersion = QStringLiteral("11.19.0");
    const qint64 id = appendError(entry);

    auto page = openPage(m_dir->path());
    page->resize(1180, 720);
    page->show(); // the views get their resize events, as in a window
    QVERIFY(QTest::qWaitForWindowExposed(page.get()));
    QSignalSpy shown(page.get(), &LogPage::entryShown);
    page->showEntry(id);
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), timeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(page->detailView()->shownId(), id, timeoutMs);
    save(page.get(), QStringLiteral("72-error-log-file-in-use"));

    page->filterBar()->textEdit()->setText(QStringLiteral("nothing like this"));
    page->filterBar()->applyPendingText();
    QTRY_COMPARE_WITH_TIMEOUT(page->statusText(), QStringLiteral("No entry matches these filters."),
                              timeoutMs);
    save(page.get(), QStringLiteral("73-error-log-no-match"));

    page->resize(760, 600);
    page->filterBar()->reset();
    QTRY_VERIFY_WITH_TIMEOUT(page->model()->totalCount() == 1501, timeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(page->model()->index(0, 0).data(LogTableModel::LoadedRole).toBool(),
                             timeoutMs);
    save(page.get(), QStringLiteral("74-error-log-narrow"));

    m_db.reset();
    QTemporaryDir empty;
    QVERIFY(Environment::create(empty.path(), PlatformVersion{11, 11, 0}).ok());
    auto emptyPage = openPage(empty.path());
    QTRY_COMPARE_WITH_TIMEOUT(emptyPage->statusText(), QStringLiteral("The Error Log is empty."),
                              timeoutMs);
    save(emptyPage.get(), QStringLiteral("75-error-log-empty"));
}

QTEST_MAIN(TestErrorLogPage)
#include "tst_errorlogpage.moc"
