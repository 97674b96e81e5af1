// Factory > Upgrades against real environments in temporary folders, with real worker
// threads: Deploy All from the page (when it applies, its confirmation, the run, its
// outcome), the upgrades report and its models, an execution's details and export, a
// run of another Environment shown live, and Resume of a deployment on hold.

#include "domain/messages.h"
#include "engine/executionreport.h"
#include "mainwindow.h"
#include "uitestsupport.h"
#include "upgrade/executiondetaildialog.h"
#include "upgrade/executionmodulesmodel.h"
#include "upgrade/executionsmodel.h"
#include "upgrade/upgradespage.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace osc;

namespace {

constexpr int runTimeout = 120000; // a step, on a loaded machine
constexpr int stepTimeout = 30000;
const PlatformVersion v11_12{11, 12, 0};
const PlatformVersion v11_19{11, 19, 0};

QString errorText(const Error &error)
{
    return error.fullText();
}

} // namespace

class TestUpgradesPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void deployDisabledSaysWhy_data();
    void deployDisabledSaysWhy();
    void deployFromThePage();
    void detailsShowTheModulesAndExport();
    void detailsCompareWithThePreviousRun();
    void reportSortsByValue();
    void showsAnExecutionOfAnotherEnvironment();
    void resumesADeploymentOnHold();
    void prepareAgainOnlyWhatFailed();
    void holdAndResumeAPreparation();
    void quittingWhileItDeploysAsksThenHolds();

private:
    // The small factory (four modules, published at 11.11.0), upgraded to 11.19.0 and
    // prepared: four modules waiting to be deployed.
    std::unique_ptr<Environment> preparedFactory(const QTemporaryDir &dir);
    std::unique_ptr<UpgradesPage> openPage(const QString &dataDir);
    static QPushButton *button(UpgradesPage &page, const char *name);
    static QString text(QWidget &widget, const char *name);
    static DeploymentJobResult lastResult(const QSignalSpy &spy);
    // The rows of the report whose kind is `kind`.
    static QList<int> rowsOfKind(const ExecutionsModel &model, ExecutionKind kind);
};

void TestUpgradesPage::initTestCase()
{
    testing::isolateSettings();
}

std::unique_ptr<Environment> TestUpgradesPage::preparedFactory(const QTemporaryDir &dir)
{
    QString error;
    std::unique_ptr<Environment> environment = testing::createSmallFactory(dir.path(), &error);
    if (!environment) {
        qWarning("%s", qPrintable(error));
        return nullptr;
    }
    const Result<UpgradeOutcome> upgraded
        = environment->upgradePlatform(UpgradeRequest{v11_19}, testing::testUser);
    if (!upgraded) {
        qWarning("%s", qPrintable(errorText(upgraded.error())));
        return nullptr;
    }
    PreparationOptions options;
    options.user = testing::testUser;
    const Result<ExecutionSummary> prepared = environment->prepareModules(options);
    if (!prepared || prepared->status != ExecutionStatus::Succeeded) {
        qWarning("preparation: %s",
                 qPrintable(prepared ? prepared->message : errorText(prepared.error())));
        return nullptr;
    }
    return environment;
}

std::unique_ptr<UpgradesPage> TestUpgradesPage::openPage(const QString &dataDir)
{
    auto page = std::make_unique<UpgradesPage>(dataDir, testing::testUser);
    page->setPollInterval(std::chrono::milliseconds(100));
    page->resize(1100, 760);
    page->show();
    return page;
}

QPushButton *TestUpgradesPage::button(UpgradesPage &page, const char *name)
{
    auto *found = page.findChild<QPushButton *>(QLatin1String(name));
    if (!found)
        qFatal("no button %s", name);
    return found;
}

QString TestUpgradesPage::text(QWidget &widget, const char *name)
{
    auto *found = widget.findChild<QLabel *>(QLatin1String(name));
    if (!found)
        qFatal("no label %s", name);
    return found->text();
}

DeploymentJobResult TestUpgradesPage::lastResult(const QSignalSpy &spy)
{
    return spy.last().at(0).value<DeploymentJobResult>();
}

QList<int> TestUpgradesPage::rowsOfKind(const ExecutionsModel &model, ExecutionKind kind)
{
    QList<int> rows;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, 0).data(ExecutionsModel::KindRole).toString()
            == executionKindKey(kind))
            rows << row;
    }
    return rows;
}

void TestUpgradesPage::deployDisabledSaysWhy_data()
{
    QTest::addColumn<QString>("upgradeTo"); // empty: stays on 11.11.0
    QTest::addColumn<bool>("skipPreparation");
    QTest::addColumn<QString>("tooltip");
    QTest::addColumn<QString>("prepareTooltip"); // Prepare's; enabled when it starts "Compile"

    QTest::newRow("11.11.0 -> no Deploy All before 11.19.0, no preparation")
        << QString() << false
        << "Platform version 11.11.0 has no Deploy All (it comes with 11.19.0): publish the "
           "modules one at a time, or upgrade to 11.19.0 or later."
        << "Platform version 11.11.0 has no modules preparation: publishing a module compiles "
           "it with this version.";
    QTest::newRow("11.15.0 -> no Deploy All before 11.19.0, everything prepared")
        << "11.15.0" << false
        << "Platform version 11.15.0 has no Deploy All (it comes with 11.19.0): publish the "
           "modules one at a time, or upgrade to 11.19.0 or later."
        << "Every module published with success is prepared for platform version 11.15.0.";
    QTest::newRow("11.19.0 without the preparation -> nothing to deploy, Prepare applies")
        << "11.19.0" << true
        << "Nothing to deploy for platform version 11.19.0: 4 module(s) skipped (already "
           "deployed, not prepared, or failed to prepare)."
        << "Compile, without deploying, every module published with success that is not "
           "prepared for this platform version yet.";
}

void TestUpgradesPage::deployDisabledSaysWhy()
{
    QFETCH(QString, upgradeTo);
    QFETCH(bool, skipPreparation);
    QFETCH(QString, tooltip);
    QFETCH(QString, prepareTooltip);
    QTemporaryDir dir;
    QString error;
    std::unique_ptr<Environment> environment = testing::createSmallFactory(dir.path(), &error);
    QVERIFY2(environment, qPrintable(error));
    if (!upgradeTo.isEmpty()) {
        const Result<UpgradeOutcome> upgraded = environment->upgradePlatform(
            UpgradeRequest{*PlatformVersion::parse(upgradeTo), true, skipPreparation},
            testing::testUser);
        QVERIFY2(upgraded.ok(), qPrintable(upgraded ? QString() : errorText(upgraded.error())));
        if (upgraded->prepare) {
            PreparationOptions options;
            options.user = testing::testUser;
            QVERIFY(environment->prepareModules(options).ok());
        }
    }
    // The tooltip is core's word for it.
    const Result<DeploymentPlan> plan = environment->deploymentPlan();
    QCOMPARE(plan ? plan->summary() : plan.error().message, tooltip);

    auto page = openPage(dir.path());
    QTRY_VERIFY_WITH_TIMEOUT(page->snapshot().has_value() && (page->plan() || page->planError()),
                             stepTimeout);
    QPushButton *deploy = button(*page, "deployButton");
    QVERIFY(!deploy->isEnabled());
    QCOMPARE(deploy->toolTip(), tooltip);
    QVERIFY(!page->deploy());
    QVERIFY(!button(*page, "holdButton")->isEnabled());
    QVERIFY(!button(*page, "resumeButton")->isEnabled());
    QPushButton *prepare = button(*page, "prepareButton");
    QCOMPARE(prepare->toolTip(), prepareTooltip);
    QCOMPARE(prepare->isEnabled(), prepareTooltip.startsWith(QStringLiteral("Compile")));
}

void TestUpgradesPage::deployFromThePage()
{
    QTemporaryDir dir;
    std::unique_ptr<Environment> environment = preparedFactory(dir);
    QVERIFY(environment);
    auto page = openPage(dir.path());
    QAbstractItemModelTester modelTester(page->executionsModel(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester filterTester(page->executionsFilter(),
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy finished(page.get(), &UpgradesPage::jobFinished);
    QSignalSpy changed(page.get(), &UpgradesPage::environmentChanged);

    // Ready: the report has the preparation, Deploy says what it does.
    QPushButton *deploy = button(*page, "deployButton");
    QTRY_VERIFY_WITH_TIMEOUT(deploy->isEnabled(), stepTimeout);
    QCOMPARE(deploy->toolTip(),
             QStringLiteral("Deploys 4 module(s) prepared for platform version 11.19.0."));
    QCOMPARE(page->executionsModel()->rowCount(), 1);
    QCOMPARE(rowsOfKind(*page->executionsModel(), ExecutionKind::Preparation), QList<int>{0});
    QCOMPARE(page->statusHeadline(), QStringLiteral("4 prepared module(s) ready to deploy."));
    QCOMPARE(button(*page, "prepareButton")->toolTip(),
             QStringLiteral("Every module published with success is prepared for platform "
                            "version 11.19.0."));

    // The confirmation says up front what will run and why.
    QTest::mouseClick(deploy, Qt::LeftButton);
    QMessageBox *confirm = nullptr;
    QTRY_VERIFY(confirm = testing::visibleTopLevel<QMessageBox>("confirmDeployDialog"));
    QCOMPARE(confirm->text(),
             QStringLiteral("Deploy the prepared modules for platform version 11.19.0?"));
    QVERIFY2(confirm->informativeText().startsWith(
                 QStringLiteral("Deploys 4 module(s) prepared for platform version 11.19.0.")),
             qPrintable(confirm->informativeText()));
    QVERIFY2(confirm->informativeText().contains(
                 QStringLiteral("4 module(s) will be deployed and 0 module(s) skipped")),
             qPrintable(confirm->informativeText()));
    QVERIFY2(confirm->detailedText().contains(QStringLiteral("Deploy Foundation_Lib (version 1)")),
             qPrintable(confirm->detailedText()));
    QVERIFY(testing::clickButton(confirm, QStringLiteral("confirmDeployButton")));
    QVERIFY(page->isDeploying());
    QVERIFY(!deploy->isEnabled());

    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, runTimeout);
    const DeploymentJobResult result = lastResult(finished);
    QVERIFY2(result.succeeded(), qPrintable(result.error ? errorText(*result.error) : QString()));
    QVERIFY(result.execution);
    QCOMPARE(result.execution->kind, ExecutionKind::Deployment);
    QCOMPARE(result.execution->status, ExecutionStatus::Succeeded);
    QCOMPARE(result.execution->counts.succeeded, 4);
    QVERIFY(!changed.isEmpty());

    // The outcome, and the report's new row with the engine's counts.
    const Result<QList<ExecutionSummary>> executions = environment->executions();
    QVERIFY(executions.ok());
    const ExecutionSummary &newest = executions->constFirst();
    QCOMPARE(newest.id, result.execution->id);
    QCOMPARE(page->statusHeadline(), newest.message);
    QCOMPARE(page->shownCounts(), newest.counts);
    QCOMPARE(text(*page, "succeededCount"), QStringLiteral("4"));
    auto *progress = page->findChild<QProgressBar *>(QStringLiteral("stepProgress"));
    QCOMPARE(progress->value(), progress->maximum());
    QTRY_COMPARE_WITH_TIMEOUT(page->executionsModel()->rowCount(), 2, stepTimeout);
    ExecutionsModel *model = page->executionsModel();
    QCOMPARE(rowsOfKind(*model, ExecutionKind::Deployment), QList<int>{0});
    const auto cell = [model](ExecutionsModel::Column column) {
        return model->index(0, int(column)).data().toString();
    };
    QCOMPARE(cell(ExecutionsModel::Column::Kind), QStringLiteral("Deployment"));
    QCOMPARE(cell(ExecutionsModel::Column::PlatformVersion), QStringLiteral("11.19.0"));
    QCOMPARE(cell(ExecutionsModel::Column::StartedBy), testing::testUser);
    QCOMPARE(cell(ExecutionsModel::Column::Status), QStringLiteral("Succeeded"));
    QCOMPARE(cell(ExecutionsModel::Column::Total), QString::number(newest.counts.total));
    QCOMPARE(cell(ExecutionsModel::Column::Succeeded), QString::number(newest.counts.succeeded));
    QCOMPARE(cell(ExecutionsModel::Column::Failed), QString::number(newest.counts.failed));
    QCOMPARE(cell(ExecutionsModel::Column::Skipped), QString::number(newest.counts.skipped));
    QVERIFY(!cell(ExecutionsModel::Column::Ended).isEmpty());

    // Nothing is left to deploy: Deploy says so.
    QTRY_VERIFY_WITH_TIMEOUT(deploy->toolTip().startsWith(QStringLiteral("Nothing to deploy")),
                             stepTimeout);
    QVERIFY(!deploy->isEnabled());

    // The kind filter.
    auto *kinds = page->findChild<QComboBox *>(QStringLiteral("kindFilter"));
    kinds->setCurrentIndex(kinds->findData(QStringLiteral("preparation")));
    QCOMPARE(page->executionsFilter()->rowCount(), 1);
    QCOMPARE(page->executionsFilter()->index(0, 0).data(ExecutionsModel::KindRole).toString(),
             QStringLiteral("preparation"));
    kinds->setCurrentIndex(0);
    QCOMPARE(page->executionsFilter()->rowCount(), 2);
}

void TestUpgradesPage::detailsShowTheModulesAndExport()
{
    QTemporaryDir dir;
    std::unique_ptr<Environment> environment = preparedFactory(dir);
    QVERIFY(environment);
    StepOptions options;
    options.user = testing::testUser;
    const Result<ExecutionSummary> deployed = environment->deployPreparedModules(options);
    QVERIFY2(deployed.ok(), qPrintable(deployed ? QString() : errorText(deployed.error())));
    QCOMPARE(deployed->status, ExecutionStatus::Succeeded);

    auto page = openPage(dir.path());
    QTRY_COMPARE_WITH_TIMEOUT(page->executionsModel()->rowCount(), 2, stepTimeout);
    // Activating the row opens its details.
    QTreeView *view = page->executionsView();
    const QModelIndex first = page->executionsFilter()->index(0, 0);
    QCOMPARE(first.data(ExecutionsModel::IdRole).toLongLong(), deployed->id);
    view->setCurrentIndex(first);
    QVERIFY(button(*page, "executionDetailsButton")->isEnabled());
    QTest::mouseClick(button(*page, "executionDetailsButton"), Qt::LeftButton);
    ExecutionDetailDialog *dialog = page->detailDialog();
    QVERIFY(dialog);
    QAbstractItemModelTester modelTester(dialog->modulesModel(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester filterTester(dialog->filterModel(),
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->report().has_value(), stepTimeout);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->executionId(), deployed->id);
    QCOMPARE(text(*dialog, "executionHeadline"), deployed->message);
    QCOMPARE(text(*dialog, "executionStatus"), QStringLiteral("Succeeded"));
    QCOMPARE(text(*dialog, "executionPlatform"), QStringLiteral("11.19.0"));
    QCOMPARE(text(*dialog, "executionStartedBy"), testing::testUser);
    QVERIFY(!dialog->findChild<QWidget *>(QStringLiteral("executionChanges"))->isVisible());

    // The modules and their states.
    ExecutionModulesModel *modules = dialog->modulesModel();
    QCOMPARE(modules->rowCount(), 4);
    QStringList names;
    for (int row = 0; row < modules->rowCount(); ++row) {
        names << modules->index(row, 0).data().toString();
        QCOMPARE(modules->index(row, int(ExecutionModulesModel::Column::State)).data().toString(),
                 QStringLiteral("Deployed"));
        QCOMPARE(modules->index(row, int(ExecutionModulesModel::Column::Version)).data().toString(),
                 QStringLiteral("1"));
    }
    names.sort();
    QCOMPARE(names,
             (QStringList{"Billing_Core", "Foundation_Lib", "Orders_Core", "Orders_Portal"}));
    dialog->setStateFilter(ModuleRunState::Failed);
    QCOMPARE(dialog->filterModel()->rowCount(), 0);
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("noModulesLabel"))->isVisible());
    dialog->setStateFilter(std::nullopt);
    QCOMPARE(dialog->filterModel()->rowCount(), 4);

    // Export: CSV and JSON by extension, with the report's contents.
    QCOMPARE(ExecutionDetailDialog::formatOfPath(QStringLiteral("a/report.CSV")),
             std::optional(ReportFormat::Csv));
    QCOMPARE(ExecutionDetailDialog::formatOfPath(QStringLiteral("report.json")),
             std::optional(ReportFormat::Json));
    QCOMPARE(ExecutionDetailDialog::formatOfPath(QStringLiteral("report.txt")), std::nullopt);
    QTemporaryDir out;
    const QString csvPath = out.filePath(QStringLiteral("deployment.csv"));
    QVERIFY(dialog->exportTo(csvPath, ReportFormat::Csv).ok());
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csv.readAll().split('\n');
    QCOMPARE(lines.first().trimmed(),
             QByteArray("module,version,state,reason,blockedBy,worker,startedAt,endedAt,"
                        "durationMs,compilationId,errorId"));
    QCOMPARE(lines.size(), 6); // the header, four modules, and the last line end
    for (const QString &name : std::as_const(names)) {
        const auto line = std::find_if(lines.cbegin(), lines.cend(), [&](const QByteArray &l) {
            return l.startsWith(name.toUtf8() + ",1,succeeded,");
        });
        QVERIFY2(line != lines.cend(), qPrintable(name));
    }

    const QString jsonPath = out.filePath(QStringLiteral("deployment.json"));
    QVERIFY(dialog->exportTo(jsonPath, ReportFormat::Json).ok());
    QFile json(jsonPath);
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QJsonObject object = QJsonDocument::fromJson(json.readAll()).object();
    QCOMPARE(object.value("id").toInteger(), deployed->id);
    QCOMPARE(object.value("kind").toString(), QStringLiteral("deployment"));
    QCOMPARE(object.value("status").toString(), QStringLiteral("succeeded"));
    QCOMPARE(object.value("counts").toObject().value("succeeded").toInt(), 4);
    QCOMPARE(object.value("modules").toArray().size(), 4);
    QVERIFY(!object.contains("changes"));

    // A folder is no file: the error says so.
    const Result<void> refused = dialog->exportTo(out.path(), ReportFormat::Csv);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(QDir::toNativeSeparators(out.path())),
             qPrintable(refused.error().message));
}

void TestUpgradesPage::detailsCompareWithThePreviousRun()
{
    // The demo factory at 11.12.0 prepares with errors; preparing again re-runs the
    // failed and skipped modules, which fail again.
    QTemporaryDir dir;
    QString error;
    std::unique_ptr<Environment> environment
        = testing::createDemoEnvironment(dir.path(), 60, &error);
    QVERIFY2(environment, qPrintable(error));
    QVERIFY(environment->upgradePlatform(UpgradeRequest{v11_12, true, true}, testing::testUser));
    PreparationOptions options;
    options.user = testing::testUser;
    const Result<ExecutionSummary> first = environment->prepareModules(options);
    QVERIFY(first.ok());
    QCOMPARE(first->status, ExecutionStatus::FinishedWithErrors);
    const Result<ExecutionSummary> again = environment->prepareModules(options);
    QVERIFY(again.ok());
    QCOMPARE(again->previousId, first->id);
    const Result<ExecutionDetail> now = environment->execution(again->id);
    const Result<ExecutionDetail> before = environment->execution(first->id);
    QVERIFY(now.ok() && before.ok());
    const ExecutionComparison expected = compareExecutions(*now, *before);
    QVERIFY(!expected.stillFailing.isEmpty());

    auto page = openPage(dir.path());
    ExecutionDetailDialog *dialog = page->openExecution(again->id);
    QVERIFY(dialog);
    QSignalSpy loaded(dialog, &ExecutionDetailDialog::loaded);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->report().has_value(), stepTimeout);
    QVERIFY(dialog->report()->comparison.has_value());
    QCOMPARE(dialog->report()->comparison->stillFailing, expected.stillFailing);
    QCOMPARE(dialog->report()->comparison->newlyFixed, expected.newlyFixed);
    QCOMPARE(dialog->report()->comparison->newlyFailing, expected.newlyFailing);
    QVERIFY(dialog->findChild<QWidget *>(QStringLiteral("executionChanges"))->isVisible());
    QVERIFY(text(*dialog, "stillFailing").startsWith(expected.stillFailing.constFirst()));
    QCOMPARE(text(*dialog, "newlyFixed"),
             expected.newlyFixed.isEmpty() ? QStringLiteral("\u2014")
                                           : text(*dialog, "newlyFixed"));

    // Failed first by default.
    const QModelIndex top = dialog->filterModel()->index(0, 0);
    QCOMPARE(ModuleRunState(top.data(ExecutionModulesModel::StateRole).toInt()),
             ModuleRunState::Failed);
    QCOMPARE(dialog->filterModel()
                 ->index(0, int(ExecutionModulesModel::Column::State))
                 .data()
                 .toString(),
             QStringLiteral("Failed"));
    dialog->setStateFilter(ModuleRunState::Skipped);
    QCOMPARE(dialog->filterModel()->rowCount(), again->counts.skipped);

    // The JSON export carries the changes.
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("preparation.json"));
    QVERIFY(dialog->exportTo(path, ReportFormat::Json).ok());
    QFile json(path);
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QJsonObject changes
        = QJsonDocument::fromJson(json.readAll()).object().value("changes").toObject();
    QCOMPARE(changes.value("previousId").toInteger(), first->id);
    QCOMPARE(changes.value("stillFailing").toArray().size(), expected.stillFailing.size());

    // The previous execution's link shows it.
    loaded.clear();
    emit dialog->findChild<QLabel *>(QStringLiteral("previousExecution"))->linkActivated("#");
    QTRY_COMPARE_WITH_TIMEOUT(dialog->executionId(), first->id, stepTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->report() && dialog->report()->detail.summary.id == first->id,
                             stepTimeout);
    QVERIFY(!dialog->report()->comparison.has_value());
}

void TestUpgradesPage::reportSortsByValue()
{
    // Rows as the report gets them: numbers and times sort as such, not as text.
    ExecutionsModel model;
    QAbstractItemModelTester modelTester(&model,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QDateTime start = QDateTime::currentDateTime().addSecs(-3600);
    QList<ExecutionSummary> rows;
    for (const auto &[id, total, seconds] :
         {std::tuple{12, 9, 5}, std::tuple{11, 100, 70}, std::tuple{2, 20, 600}}) {
        ExecutionSummary row;
        row.id = id;
        row.kind = id == 11 ? ExecutionKind::Deployment : ExecutionKind::Preparation;
        row.platformVersion = id == 2 ? v11_12 : v11_19;
        row.startedAt = start.addSecs(id * 60);
        row.endedAt = row.startedAt.addSecs(seconds);
        row.status = ExecutionStatus::Succeeded;
        row.counts.total = total;
        row.counts.succeeded = total;
        rows << row;
    }
    model.setExecutions(rows);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(ExecutionsModel::SortRole);
    const auto ids = [&proxy] {
        QList<qint64> order;
        for (int row = 0; row < proxy.rowCount(); ++row)
            order << proxy.index(row, 0).data(ExecutionsModel::IdRole).toLongLong();
        return order;
    };
    proxy.sort(int(ExecutionsModel::Column::Id), Qt::AscendingOrder);
    QCOMPARE(ids(), (QList<qint64>{2, 11, 12}));
    proxy.sort(int(ExecutionsModel::Column::Total), Qt::AscendingOrder);
    QCOMPARE(ids(), (QList<qint64>{12, 2, 11})); // 9 < 20 < 100
    proxy.sort(int(ExecutionsModel::Column::Duration), Qt::DescendingOrder);
    QCOMPARE(ids(), (QList<qint64>{2, 11, 12})); // 10 min > 1 min 10 s > 5 s
    proxy.sort(int(ExecutionsModel::Column::Started), Qt::AscendingOrder);
    QCOMPARE(ids(), (QList<qint64>{2, 11, 12}));

    // A new execution at the top is inserted, the others kept.
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    ExecutionSummary running = rows.constFirst();
    running.id = 13;
    running.status = ExecutionStatus::Running;
    running.endedAt = {};
    rows.prepend(running);
    model.setExecutions(rows);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(model.rowOfId(13), 0);
    QCOMPARE(model.index(0, int(ExecutionsModel::Column::Ended)).data().toString(),
             QStringLiteral("\u2014"));
    proxy.sort(int(ExecutionsModel::Column::Ended), Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, 0).data(ExecutionsModel::IdRole).toLongLong(), 13);
}

void TestUpgradesPage::showsAnExecutionOfAnotherEnvironment()
{
    QTemporaryDir dir;
    std::unique_ptr<Environment> environment = preparedFactory(dir);
    QVERIFY(environment);
    auto page = openPage(dir.path());
    page->setPollInterval(std::chrono::seconds(1)); // as in the window
    QTRY_VERIFY_WITH_TIMEOUT(button(*page, "deployButton")->isEnabled(), stepTimeout);
    QCOMPARE(page->executionsModel()->rowCount(), 1);

    // Another Environment (another console, an scctl) deploys.
    StepOptions options;
    options.user = QStringLiteral("ci-bot");
    const Result<ExecutionSummary> deployed = environment->deployPreparedModules(options);
    QVERIFY2(deployed.ok(), qPrintable(deployed ? QString() : errorText(deployed.error())));

    QTRY_COMPARE_WITH_TIMEOUT(page->executionsModel()->rowCount(), 2, 5000);
    const QModelIndex row = page->executionsModel()->index(0, 0);
    QCOMPARE(row.data(ExecutionsModel::IdRole).toLongLong(), deployed->id);
    QCOMPARE(row.data(ExecutionsModel::KindRole).toString(), QStringLiteral("deployment"));
    QCOMPARE(page->executionsModel()
                 ->index(0, int(ExecutionsModel::Column::StartedBy))
                 .data()
                 .toString(),
             QStringLiteral("ci-bot"));
    QTRY_COMPARE_WITH_TIMEOUT(page->statusHeadline(), deployed->message, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!button(*page, "deployButton")->isEnabled(), 5000);
}

void TestUpgradesPage::resumesADeploymentOnHold()
{
    QTemporaryDir dir;
    std::unique_ptr<Environment> environment = preparedFactory(dir);
    QVERIFY(environment);
    // A deployment held after its first module, by another Environment.
    Result<std::unique_ptr<Environment>> other = Environment::open(dir.path());
    QVERIFY(other.ok());
    bool asked = false;
    StepOptions options;
    options.user = testing::testUser;
    options.workers = 1;
    options.progressInterval = std::chrono::milliseconds(0);
    options.progress = [&](const StepProgress &progress) {
        if (!asked && progress.counts.succeeded >= 1)
            asked = (*other)->holdStep(testing::testUser).ok();
    };
    const Result<ExecutionSummary> held = environment->deployPreparedModules(options);
    QVERIFY2(held.ok(), qPrintable(held ? QString() : errorText(held.error())));
    QCOMPARE(held->status, ExecutionStatus::OnHold);
    QVERIFY(held->counts.pending > 0);

    auto page = openPage(dir.path());
    QSignalSpy finished(page.get(), &UpgradesPage::jobFinished);
    QTRY_COMPARE_WITH_TIMEOUT(page->statusHeadline(),
                              QStringLiteral("The modules deployment is on hold."), stepTimeout);
    QCOMPARE(page->shownCounts(), held->counts);
    QPushButton *resume = button(*page, "resumeButton");
    QTRY_VERIFY(resume->isEnabled());
    QVERIFY(!button(*page, "holdButton")->isEnabled());

    QTest::mouseClick(resume, Qt::LeftButton);
    QVERIFY(page->isDeploying());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, runTimeout);
    const DeploymentJobResult result = lastResult(finished);
    QVERIFY2(result.succeeded(), qPrintable(result.error ? errorText(*result.error) : QString()));
    QCOMPARE(result.execution->id, held->id); // the same execution, resumed
    QCOMPARE(result.execution->status, ExecutionStatus::Succeeded);
    QCOMPARE(result.execution->counts.succeeded, 4);
    QCOMPARE(page->statusHeadline(), result.execution->message);
    QVERIFY(!resume->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(page->executionsModel()->rowCount(), 2, stepTimeout);
}

// After a preparation with errors, Prepare prepares again only the failed and skipped
// modules, in a new execution that the page follows and reports like the engine.
void TestUpgradesPage::prepareAgainOnlyWhatFailed()
{
    QTemporaryDir dir;
    QString error;
    std::unique_ptr<Environment> environment
        = testing::createDemoEnvironment(dir.path(), 150, &error);
    QVERIFY2(environment, qPrintable(error));
    QVERIFY(environment->upgradePlatform(UpgradeRequest{v11_19}, testing::testUser).ok());
    PreparationOptions options;
    options.user = testing::testUser;
    const Result<ExecutionSummary> first = environment->prepareModules(options);
    QVERIFY(first.ok());
    QCOMPARE(first->status, ExecutionStatus::FinishedWithErrors);
    QVERIFY(first->counts.failed > 0 && first->counts.skipped > 0);

    auto page = openPage(dir.path());
    QSignalSpy finished(page.get(), &UpgradesPage::preparationFinished);
    QTRY_COMPARE_WITH_TIMEOUT(page->statusHeadline(), messages::prepSomeFailed(), stepTimeout);
    QCOMPARE(text(*page, "succeededCount"), QString::number(first->counts.succeeded));
    QPushButton *prepare = button(*page, "prepareButton");
    QTRY_VERIFY(prepare->isEnabled());
    QCOMPARE(prepare->toolTip(),
             QStringLiteral("Prepare again the %1 module(s) that failed and the %2 module(s) that "
                            "were skipped in execution %3, with their producers' new "
                            "compilations.")
                 .arg(first->counts.failed)
                 .arg(first->counts.skipped)
                 .arg(first->id));

    QTest::mouseClick(prepare, Qt::LeftButton);
    QVERIFY(page->isPreparing());
    QVERIFY(!prepare->isEnabled());
    QVERIFY(!button(*page, "deployButton")->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, runTimeout);
    const PreparationJobResult result
        = finished.constLast().constFirst().value<PreparationJobResult>();
    QVERIFY2(result.succeeded(), qPrintable(result.error ? errorText(*result.error) : QString()));
    QVERIFY(result.execution);
    QVERIFY(result.execution->id != first->id);
    QCOMPARE(result.execution->kind, ExecutionKind::Preparation);
    // Only what failed or was skipped ran again (and fails again: the sources are the same).
    QCOMPARE(result.execution->counts.total, first->counts.failed + first->counts.skipped);
    QCOMPARE(result.execution->status, ExecutionStatus::FinishedWithErrors);
    QCOMPARE(page->statusHeadline(), messages::prepSomeFailed());
    QCOMPARE(page->shownCounts(), result.execution->counts);
    QTRY_COMPARE_WITH_TIMEOUT(
        rowsOfKind(*page->executionsModel(), ExecutionKind::Preparation).size(), 2, stepTimeout);
    QTRY_VERIFY(prepare->isEnabled());
}

// A preparation held by another process shows as on hold; Prepare says to resume it,
// and Resume continues it from the page to the end.
void TestUpgradesPage::holdAndResumeAPreparation()
{
    QTemporaryDir dir;
    QString error;
    std::unique_ptr<Environment> environment = testing::createSmallFactory(dir.path(), &error);
    QVERIFY2(environment, qPrintable(error));
    QVERIFY(
        environment->upgradePlatform(UpgradeRequest{v11_19, true, true}, testing::testUser).ok());
    Result<std::unique_ptr<Environment>> other = Environment::open(dir.path());
    QVERIFY(other.ok());
    bool asked = false;
    PreparationOptions options;
    options.user = testing::testUser;
    options.workers = 1;
    options.progressInterval = std::chrono::milliseconds(0);
    options.progress = [&](const StepProgress &progress) {
        if (!asked && progress.counts.succeeded >= 1)
            asked = (*other)->holdStep(testing::testUser).ok();
    };
    const Result<ExecutionSummary> held = environment->prepareModules(options);
    QVERIFY(held.ok());
    QCOMPARE(held->status, ExecutionStatus::OnHold);

    auto page = openPage(dir.path());
    QSignalSpy finished(page.get(), &UpgradesPage::preparationFinished);
    QTRY_COMPARE_WITH_TIMEOUT(page->statusHeadline(),
                              QStringLiteral("The modules preparation is on hold."), stepTimeout);
    QCOMPARE(page->shownCounts(), held->counts);
    QCOMPARE(text(*page, "succeededCount"), QString::number(held->counts.succeeded));
    QPushButton *prepare = button(*page, "prepareButton");
    QVERIFY(!prepare->isEnabled());
    QCOMPARE(prepare->toolTip(),
             QStringLiteral("The modules preparation for platform version 11.19.0 stopped "
                            "before the end: Resume it."));
    QPushButton *resume = button(*page, "resumeButton");
    QTRY_VERIFY(resume->isEnabled());
    QVERIFY(!button(*page, "holdButton")->isEnabled());

    QTest::mouseClick(resume, Qt::LeftButton);
    QVERIFY(page->isPreparing());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, runTimeout);
    const PreparationJobResult result
        = finished.constLast().constFirst().value<PreparationJobResult>();
    QVERIFY2(result.succeeded(), qPrintable(result.error ? errorText(*result.error) : QString()));
    QCOMPARE(result.execution->id, held->id); // the same execution, resumed
    QCOMPARE(result.execution->status, ExecutionStatus::Succeeded);
    QCOMPARE(result.execution->counts.succeeded, 4);
    // Prepared, and nothing deployed yet: Deploy is what comes next.
    QTRY_COMPARE_WITH_TIMEOUT(page->statusHeadline(),
                              QStringLiteral("4 prepared module(s) ready to deploy."), stepTimeout);
    QTRY_VERIFY(button(*page, "deployButton")->isEnabled());
    QVERIFY(!resume->isEnabled());
}

// Quitting the window while it deploys asks first; Hold and Quit holds the run. The
// deployment is kept running by another operation holding the lock of one module,
// which it waits for.
void TestUpgradesPage::quittingWhileItDeploysAsksThenHolds()
{
    QTemporaryDir dir;
    std::unique_ptr<Environment> environment = preparedFactory(dir);
    QVERIFY(environment);
    testing::OtherHolder other(dir.path(), std::chrono::minutes(5));
    QVERIFY(other.hold(OperationKind::Publish, QStringLiteral("alice"),
                       {QStringLiteral("Orders_Portal")}));
    auto window = std::make_unique<MainWindow>(dir.path(), testing::testUser);
    window->show();
    UpgradesPage *page = window->upgradesPage();
    page->setPollInterval(std::chrono::milliseconds(100));
    window->showPage(QStringLiteral("factory/upgrades"));
    QPushButton *deploy = button(*page, "deployButton");
    QTRY_VERIFY_WITH_TIMEOUT(deploy->isEnabled(), stepTimeout);
    QTest::mouseClick(deploy, Qt::LeftButton);
    QMessageBox *confirm = nullptr;
    QTRY_VERIFY(confirm = testing::visibleTopLevel<QMessageBox>("confirmDeployDialog"));
    QVERIFY(testing::clickButton(confirm, QStringLiteral("confirmDeployButton")));
    // Everything deployed but the module alice holds, which it waits for.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const Result<QList<ExecutionSummary>> now = environment->executions();
            return now && now->constFirst().kind == ExecutionKind::Deployment
                && now->constFirst().counts.succeeded == 3;
        }(),
        stepTimeout);

    // Keep Running: nothing changes.
    QVERIFY(!window->close());
    QMessageBox *ask = nullptr;
    QTRY_VERIFY(ask = testing::visibleTopLevel<QMessageBox>("confirmQuitDialog"));
    QCOMPARE(ask->text(), QStringLiteral("The modules deployment is running in this window."));
    QVERIFY(testing::clickButton(ask, QStringLiteral("keepRunningButton")));
    QVERIFY(window->isVisible());
    QVERIFY(page->isDeploying());

    // Hold and Quit: the window closes, and the run holds when the window goes.
    QVERIFY(!window->close());
    QTRY_VERIFY(ask = testing::visibleTopLevel<QMessageBox>("confirmQuitDialog"));
    QVERIFY(testing::clickButton(ask, QStringLiteral("holdAndQuitButton")));
    QTRY_VERIFY(!window->isVisible());
    window.reset();
    const Result<QList<ExecutionSummary>> executions = environment->executions();
    QVERIFY(executions.ok());
    QCOMPARE(executions->constFirst().kind, ExecutionKind::Deployment);
    QCOMPARE(executions->constFirst().status, ExecutionStatus::OnHold);
    QCOMPARE(executions->constFirst().counts.pending, 1);
    other.release();
}

QTEST_MAIN(TestUpgradesPage)
#include "tst_upgradespage.moc"
