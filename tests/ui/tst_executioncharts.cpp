// The execution details' charts and row links against a real environment: the small
// factory upgraded to 11.19.0 and prepared by two workers, with two extra modules (one
// calling an API 11.12.0 removed, so that it fails to prepare, and its consumer,
// skipped). Renders the dialog to <build>/screenshots/6x-*.png.

#include "engine/executionreport.h"
#include "uitestsupport.h"
#include "upgrade/errorentrydialog.h"
#include "upgrade/executioncharts.h"
#include "upgrade/executiondetaildialog.h"
#include "upgrade/executionmodulesmodel.h"
#include "upgrade/executiontext.h"

#include <QDir>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <QTranslator>
#include <QTreeView>

#include <qcustomplot.h>

#include <algorithm>

using namespace osc;

namespace {

constexpr int loadTimeout = 30000;
const PlatformVersion v11_19{11, 19, 0};
const QString legacyModule = QStringLiteral("Legacy_Hashing");
const QString legacyConsumer = QStringLiteral("Hashing_Portal");

ModuleDefinition hashingModule(const QString &name, const QString &producer)
{
    ModuleDefinition module;
    module.name = name;
    module.application = QStringLiteral("Hashing");
    Element run;
    run.kind = ElementKind::Action;
    run.name = QStringLiteral("Run");
    run.isPublic = true;
    run.inputs = {{QStringLiteral("Value"), QStringLiteral("Text")}};
    run.size = 20;
    if (producer.isEmpty()) // Crypto.MD5: gone since 11.12.0, so it fails to prepare
        run.calls << ApiCall{QStringLiteral("Crypto.MD5"),
                             QStringLiteral("(Value: Text) -> (Hash: Text)")};
    else
        module.references << Reference{producer, QStringLiteral("Run"), ElementKind::Action,
                                       signatureOf(run)};
    module.elements << run;
    return module;
}

// Every module that ran, finished or not.
int modulesThatRan(const ExecutionDetail &detail)
{
    return int(std::count_if(detail.modules.cbegin(), detail.modules.cend(),
                             [](const auto &module) { return module.startedAt.isValid(); }));
}

// The segments a timeline graph draws: each is start, end, end (under a NaN: the break).
int segmentsOf(const QCPGraph *graph)
{
    return graph->dataCount() / 3;
}

// Whether a segment of the timeline graph `name` on `row` covers [start, end].
bool drawnOver(const QCustomPlot *timeline, const QString &name, int row, double start, double end)
{
    for (int i = 0; i < timeline->graphCount(); ++i) {
        const QCPGraph *graph = timeline->graph(i);
        if (graph->name() != name || graph->dataCount() == 0 || graph->data()->at(0)->value != row)
            continue;
        for (int segment = 0; segment < segmentsOf(graph); ++segment)
            if (graph->data()->at(3 * segment)->key <= start
                && graph->data()->at(3 * segment + 1)->key >= end)
                return true;
    }
    return false;
}

} // namespace

class TestExecutionCharts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void chartsMatchTheEngine();
    void replotsOncePerReload();
    void failedRowShowsItsErrorLogEntry();
    void skippedRowSelectsItsProducer();
    void runningExecutionProjectsItsEnd();
    void nothingRanShowsWhy();
    void manyModulesStayFewPlottables();

private:
    // Small factory + Legacy_Hashing (fails) <- Hashing_Portal (skipped), prepared.
    bool prepare();
    std::unique_ptr<ExecutionDetailDialog> openDialog();
    void save(QWidget *widget, const QString &name);

    QTemporaryDir m_dir;
    std::unique_ptr<Environment> m_environment;
    ExecutionDetail m_detail;
    QString m_outputDir;
    QTranslator m_english; // the English plural forms, as an operator sees them
};

void TestExecutionCharts::initTestCase()
{
    testing::isolateSettings();
    QVERIFY(m_english.load(QStringLiteral(OSC_TRANSLATIONS_DIR "/osc_en.qm")));
    QCoreApplication::installTranslator(&m_english);
    m_outputDir = qEnvironmentVariable("OSC_SCREENSHOT_DIR");
    if (m_outputDir.isEmpty())
        m_outputDir
            = QDir(QCoreApplication::applicationDirPath()).absoluteFilePath("../../screenshots");
    QVERIFY(QDir().mkpath(m_outputDir));
    QVERIFY(prepare());
}

bool TestExecutionCharts::prepare()
{
    QString error;
    m_environment = testing::createSmallFactory(m_dir.path(), &error);
    if (!m_environment) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    const QList<ModuleDefinition> hashing{hashingModule(legacyModule, {}),
                                          hashingModule(legacyConsumer, legacyModule)};
    if (!m_environment->importDefinitions(hashing, testing::testUser))
        return false;
    for (const ModuleDefinition &module : hashing)
        if (!m_environment->publish(module.name, 0, testing::testUser))
            return false;
    if (!m_environment->upgradePlatform(UpgradeRequest{v11_19}, testing::testUser))
        return false;
    PreparationOptions options;
    options.user = testing::testUser;
    options.workers = 2;
    const Result<ExecutionSummary> prepared = m_environment->prepareModules(options);
    if (!prepared || prepared->status != ExecutionStatus::FinishedWithErrors) {
        qWarning("preparation: %s",
                 qPrintable(prepared ? prepared->message : prepared.error().fullText()));
        return false;
    }
    const Result<ExecutionDetail> detail = m_environment->execution(prepared->id);
    if (!detail)
        return false;
    m_detail = *detail;
    return m_detail.summary.counts.failed == 1 && m_detail.summary.counts.skipped == 1;
}

std::unique_ptr<ExecutionDetailDialog> TestExecutionCharts::openDialog()
{
    auto dialog = std::make_unique<ExecutionDetailDialog>(m_dir.path(), m_detail.summary.id);
    dialog->resize(1100, 720);
    dialog->show();
    return dialog;
}

void TestExecutionCharts::save(QWidget *widget, const QString &name)
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    const QPixmap pixmap = widget->grab();
    QVERIFY(!pixmap.isNull());
    const QString path = QDir(m_outputDir).filePath(name + QStringLiteral(".png"));
    QVERIFY2(pixmap.save(path), qPrintable(path));
    qInfo("screenshot: %s", qPrintable(path));
}

void TestExecutionCharts::chartsMatchTheEngine()
{
    auto dialog = openDialog();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->report().has_value(), loadTimeout);
    dialog->tabs()->setCurrentWidget(dialog->charts());
    ExecutionChartsWidget *charts = dialog->charts();
    QVERIFY(charts->data());
    const ExecutionChartData &data = *charts->data();
    const ExecutionCounts &counts = m_detail.summary.counts;
    const int finished = counts.succeeded + counts.failed + counts.skipped;

    // Modules done over time: a point per finished module, the last one at the total.
    QCOMPARE(data.total, counts.total);
    QCOMPARE(data.finished, finished);
    QCOMPARE(data.doneSeconds.size(), finished);
    QCOMPARE(data.doneCounts.constLast(), double(finished));
    QVERIFY(std::is_sorted(data.doneSeconds.cbegin(), data.doneSeconds.cend()));
    QVERIFY(data.etaSeconds.isEmpty()); // it has ended: nothing to project
    QCPGraph *done = charts->progressPlot()->graph(0);
    QCOMPARE(done->dataCount(), finished + 2); // from (0, 0), flat until the end
    QCOMPARE(done->data()->at(done->dataCount() - 1)->value, double(finished));

    // Workers' timeline: a row per worker, a bar per module that ran.
    QSet<QString> workers;
    for (const ExecutionModuleResult &module : m_detail.modules)
        if (module.startedAt.isValid())
            workers.insert(module.worker);
    QCOMPARE(QSet<QString>(data.workers.cbegin(), data.workers.cend()), workers);
    QCOMPARE(data.workers.size(), 2);
    auto ticker
        = qSharedPointerDynamicCast<QCPAxisTickerText>(charts->timelinePlot()->yAxis->ticker());
    QVERIFY(ticker);
    QCOMPARE(ticker->ticks().values(), data.workers);
    QCOMPARE(charts->timelineBarCount(), modulesThatRan(m_detail));
    QCOMPARE(data.bars.size(), modulesThatRan(m_detail));
    // Each bar is drawn in its state's colour on its worker's row (bars less than a pixel
    // apart share a segment), and each critical one again in the critical path's.
    const QString criticalName = ExecutionChartsWidget::tr("Critical path");
    for (const ExecutionChartData::Bar &bar : data.bars) {
        QVERIFY2(drawnOver(charts->timelinePlot(),
                           executiontext::moduleStateName(data.kind, bar.state), bar.row, bar.start,
                           bar.end),
                 qPrintable(bar.module));
        if (bar.critical)
            QVERIFY2(drawnOver(charts->timelinePlot(), criticalName, bar.row, bar.start, bar.end),
                     qPrintable(bar.module));
    }

    // The critical path: the engine's, and the bars highlighted are its modules.
    const QStringList path = criticalPath(m_detail);
    QVERIFY(!path.isEmpty());
    QCOMPARE(data.criticalPath, path);
    QStringList highlighted;
    for (const ExecutionChartData::Bar &bar : data.bars)
        if (bar.critical)
            highlighted << bar.module;
    QCOMPARE(QSet<QString>(highlighted.cbegin(), highlighted.cend()),
             QSet<QString>(path.cbegin(), path.cend()));
    QCOMPARE(charts->criticalBarCount(), int(path.size()));

    QTRY_VERIFY(dialog->replotCount() > 0);
    // Pointing at a bar names its module (the longest: a bar a pixel wide is ambiguous).
    const ExecutionChartData::Bar &bar = *std::max_element(
        data.bars.cbegin(), data.bars.cend(), [](const auto &left, const auto &right) {
            return left.end - left.start < right.end - right.start;
        });
    QCustomPlot *timeline = charts->timelinePlot();
    const QPoint atBar(int(timeline->xAxis->coordToPixel((bar.start + bar.end) / 2)),
                       int(timeline->yAxis->coordToPixel(bar.row)));
    QTest::mouseMove(timeline, atBar);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY2(QToolTip::text().startsWith(bar.module), qPrintable(QToolTip::text()));
    save(dialog.get(), QStringLiteral("6x-execution-charts"));
    dialog->tabs()->setCurrentIndex(0);
    save(dialog.get(), QStringLiteral("6x-execution-modules"));
}

void TestExecutionCharts::replotsOncePerReload()
{
    auto dialog = openDialog();
    QSignalSpy loaded(dialog.get(), &ExecutionDetailDialog::loaded);
    QVERIFY(loaded.wait(loadTimeout));
    QTest::qWait(50); // let the shown dialog settle (its first layout may replot)

    // Hidden (the Modules tab in front), the charts do not draw on a reload.
    int before = dialog->replotCount();
    dialog->reload();
    QVERIFY(loaded.wait(loadTimeout));
    QTest::qWait(50);
    QCOMPARE(dialog->replotCount(), before);

    // Shown, they draw what changed while hidden.
    dialog->tabs()->setCurrentWidget(dialog->charts());
    QTRY_VERIFY(dialog->replotCount() >= before + 2);
    QTest::qWait(50);

    before = dialog->replotCount();
    for (int i = 0; i < 3; ++i) {
        dialog->reload();
        QVERIFY(loaded.wait(loadTimeout));
    }
    QTRY_VERIFY(dialog->replotCount() > before);
    QTest::qWait(50);
    // Three reloads: at most one replot of each of the two charts per reload.
    QVERIFY2(dialog->replotCount() - before <= 3 * 2,
             qPrintable(QString::number(dialog->replotCount() - before)));
}

void TestExecutionCharts::failedRowShowsItsErrorLogEntry()
{
    auto dialog = openDialog();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->report().has_value(), loadTimeout);
    const auto failed
        = std::find_if(m_detail.modules.cbegin(), m_detail.modules.cend(),
                       [](const auto &m) { return m.state == ModuleRunState::Failed; });
    QVERIFY(failed != m_detail.modules.cend());
    QCOMPARE(failed->module, legacyModule);
    QVERIFY(failed->errorId != 0);
    LogQuery query;
    query.module = failed->module;
    query.beforeId = failed->errorId + 1;
    query.limit = 1;
    const Result<QList<ErrorLogEntry>> entries = m_environment->errors(query);
    QVERIFY(entries.ok() && entries->size() == 1);
    const ErrorLogEntry &entry = entries->constFirst();
    QCOMPARE(entry.id, failed->errorId);

    QModelIndex row;
    for (int i = 0; i < dialog->filterModel()->rowCount(); ++i) {
        const QModelIndex index = dialog->filterModel()->index(i, 0);
        if (index.data(ExecutionModulesModel::NameRole).toString() == failed->module)
            row = index;
    }
    QVERIFY(row.isValid());
    QSignalSpy shown(dialog.get(), &ExecutionDetailDialog::errorEntryShown);
    emit dialog->modulesView()->activated(row);
    QVERIFY(shown.wait(loadTimeout));
    ErrorEntryDialog *entryDialog = dialog->errorEntryDialog();
    QVERIFY(entryDialog && entryDialog->isVisible());
    QCOMPARE(entryDialog->message(), entry.message);
    QCOMPARE(entryDialog->detail(), entry.detail);
    QVERIFY(!entry.message.isEmpty());
    save(entryDialog, QStringLiteral("6x-error-entry"));

    // "Show in the Error Log" asks for this entry in Monitoring > Errors.
    QSignalSpy requested(dialog.get(), &ExecutionDetailDialog::errorLogEntryRequested);
    auto *showInLog = entryDialog->findChild<QPushButton *>(QStringLiteral("showInErrorLogButton"));
    QVERIFY(showInLog && showInLog->isEnabled());
    QTest::mouseClick(showInLog, Qt::LeftButton);
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.constFirst().constFirst().toLongLong(), entry.id);
}

void TestExecutionCharts::skippedRowSelectsItsProducer()
{
    auto dialog = openDialog();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->report().has_value(), loadTimeout);
    // Only the skipped modules shown: the producer is shown again to be selected.
    dialog->setStateFilter(ModuleRunState::Skipped);
    QCOMPARE(dialog->filterModel()->rowCount(), 1);
    const QModelIndex skipped = dialog->filterModel()->index(0, 0);
    QCOMPARE(skipped.data(ExecutionModulesModel::NameRole).toString(), legacyConsumer);
    emit dialog->modulesView()->activated(skipped);
    const QModelIndex current = dialog->modulesView()->currentIndex();
    QVERIFY(current.isValid());
    QCOMPARE(current.data(ExecutionModulesModel::NameRole).toString(), legacyModule);
    QVERIFY(dialog->modulesView()->selectionModel()->isRowSelected(current.row(), {}));
    QCOMPARE(dialog->filterModel()->rowCount(), m_detail.modules.size());
    // No Error Log entry for a skipped module.
    QVERIFY(!dialog->errorEntryDialog());
}

void TestExecutionCharts::runningExecutionProjectsItsEnd()
{
    // The prepared run as if read 3 s after its start, with its last modules still to
    // come: the projection goes from the last point to the total.
    ExecutionDetail running = m_detail;
    running.summary.status = ExecutionStatus::Running;
    running.summary.endedAt = {};
    const QDateTime start = running.summary.startedAt;
    for (int i = 0; i < running.modules.size(); ++i) {
        ExecutionModuleResult &module = running.modules[i];
        module.startedAt = start.addMSecs(i * 500);
        module.endedAt = start.addMSecs(i * 500 + 400);
        module.worker = QStringLiteral("worker-%1").arg(i % 2 + 1);
        if (i >= 4) {
            module.state = i == 4 ? ModuleRunState::Running : ModuleRunState::Pending;
            module.endedAt = {};
            if (i > 4)
                module.startedAt = {};
        } else {
            module.state = ModuleRunState::Succeeded;
        }
    }
    const ExecutionChartData data = computeChartData(running, start.addMSecs(3000));
    QVERIFY(data.running);
    QCOMPARE(data.finished, 4);
    QCOMPARE(data.etaSeconds.size(), 2);
    QCOMPARE(data.etaSeconds.constFirst(), data.doneSeconds.constLast());
    QCOMPARE(data.etaCounts.constLast(), double(running.modules.size()));
    // 4 done in 3 s: the remaining ones at that rate.
    const int remaining = int(running.modules.size()) - 4;
    QCOMPARE(data.etaSeconds.constLast(), 3.0 + remaining * 3.0 / 4);
    QCOMPARE(data.bars.size(), 5); // the running one included, up to now
    QVERIFY(std::any_of(data.bars.cbegin(), data.bars.cend(), [](const auto &bar) {
        return bar.state == ModuleRunState::Running && bar.end == 3.0;
    }));

    ExecutionChartsWidget charts;
    charts.resize(1000, 340);
    charts.setData(std::make_shared<const ExecutionChartData>(data));
    charts.show();
    QTRY_VERIFY(charts.replotCount() >= 2);
    QCOMPARE(charts.progressPlot()->graph(1)->dataCount(), 2);
    QVERIFY(charts.progressPlot()->legend->hasItemWithPlottable(charts.progressPlot()->graph(1)));
    save(&charts, QStringLiteral("6x-charts-running"));
}

void TestExecutionCharts::nothingRanShowsWhy()
{
    ExecutionDetail waiting = m_detail;
    waiting.summary.status = ExecutionStatus::Running;
    waiting.summary.endedAt = {};
    for (ExecutionModuleResult &module : waiting.modules) {
        module.state = ModuleRunState::Pending;
        module.startedAt = {};
        module.endedAt = {};
    }
    ExecutionChartsWidget charts;
    charts.resize(1000, 340);
    charts.setData(std::make_shared<const ExecutionChartData>(
        computeChartData(waiting, waiting.summary.startedAt.addSecs(1))));
    charts.show();
    auto *empty = charts.findChild<QLabel *>(QStringLiteral("chartsEmptyLabel"));
    QVERIFY(empty && empty->isVisible());
    QCOMPARE(empty->text(), ExecutionChartsWidget::tr("No module has run yet."));
    QCOMPARE(charts.timelineBarCount(), 0);
    save(&charts, QStringLiteral("6x-charts-nothing-ran"));
}

void TestExecutionCharts::manyModulesStayFewPlottables()
{
    // 20,000 modules on 8 workers: a few graphs per worker, not an item per module.
    constexpr int count = 20000;
    constexpr int workers = 8;
    ExecutionDetail big;
    big.summary.id = 1;
    big.summary.status = ExecutionStatus::FinishedWithErrors;
    big.summary.startedAt = QDateTime::currentDateTime().addSecs(-3 * 3600);
    big.summary.endedAt = big.summary.startedAt.addSecs(2 * 3600);
    for (int i = 0; i < count; ++i) {
        ExecutionModuleResult module;
        module.module = QStringLiteral("Module_%1").arg(i, 5, 10, QLatin1Char('0'));
        module.worker = QStringLiteral("worker-%1").arg(i % workers + 1);
        const qint64 slot = qint64(i / workers) * 2 * 3600 * 1000 / (count / workers);
        module.startedAt = big.summary.startedAt.addMSecs(slot);
        module.endedAt = module.startedAt.addMSecs(2000);
        module.durationMs = 2000;
        module.state = i % 97 == 0 ? ModuleRunState::Failed : ModuleRunState::Succeeded;
        if (i >= workers) // a chain through every worker's previous module
            module.producers
                << QStringLiteral("Module_%1").arg(i - workers, 5, 10, QLatin1Char('0'));
        big.modules << module;
    }
    ExecutionChartsWidget charts;
    charts.resize(1000, 400);
    charts.setData(
        std::make_shared<const ExecutionChartData>(computeChartData(big, big.summary.endedAt)));
    charts.show();
    QCOMPARE(charts.timelineBarCount(), count);
    QVERIFY(charts.timelineGraphCount() <= workers * 4);
    // Bars less than a pixel apart share a segment: far fewer strokes than modules.
    int segments = 0;
    for (int i = 0; i < charts.timelinePlot()->graphCount(); ++i)
        segments += segmentsOf(charts.timelinePlot()->graph(i));
    QVERIFY2(segments < count / 10, qPrintable(QString::number(segments)));
    QCOMPARE(charts.data()->workers.size(), workers);
    QCOMPARE(charts.criticalBarCount(), count / workers); // one chain of the eight
    QTRY_VERIFY(charts.replotCount() >= 2);
    // Hours: the time axis reads h:mm:ss.
    auto ticker
        = qSharedPointerDynamicCast<QCPAxisTickerTime>(charts.timelinePlot()->xAxis->ticker());
    QVERIFY(ticker && ticker->timeFormat().startsWith(QStringLiteral("%h")));
    save(&charts, QStringLiteral("6x-charts-20000-modules"));
}

QTEST_MAIN(TestExecutionCharts)
#include "tst_executioncharts.moc"
