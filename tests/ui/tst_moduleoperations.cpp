// Publish, Delete module and Apply Settings from the module detail page and the
// modules list, driven through their widgets and dialogs against a real environment:
// the running folder's settings, core's validation message, "Delete anyway" and the
// broken consumer, the LOCKED refusal word for word with a holder in another
// connection, waiting for a lock to be free, and cancelling that wait.
#include "domain/messages.h"
#include "modules/moduledetailpage.h"
#include "modules/moduleoperations.h"
#include "modules/modulesfiltermodel.h"
#include "modules/modulesmodel.h"
#include "modules/modulespage.h"
#include "modules/modulesscreen.h"
#include "uitestsupport.h"

#include <QCheckBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace osc;
using Status = ModuleOperationResult::Status;

Q_DECLARE_METATYPE(OperationKind)

namespace {

const QString settingsModule = QStringLiteral("Report_Settings");
const QString core = QStringLiteral("Orders_Core");
const QString portal = QStringLiteral("Orders_Portal");

template<typename T> T *child(const QWidget &parent, const QString &name)
{
    T *widget = parent.findChild<T *>(name);
    if (!widget)
        qFatal("no child %s", qPrintable(name));
    return widget;
}

ModuleOperationResult resultOf(const QSignalSpy &spy, int index = 0)
{
    return spy.at(index).at(0).value<ModuleOperationResult>();
}

} // namespace

class TestModuleOperations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void applySettingsRedeploysWithTheNewValues();
    void badSettingValueShowsCoresMessage();
    void decliningTheDeleteConfirmationDeletesNothing();
    void deleteWithConsumersOffersDeleteAnyway();
    void deleteFromTheDetailGoesBackToTheList();
    void listContextMenuPublishesAndDeletes();
    void failedPublishFromTheListShowsTheErrorDialog();
    void lockedOperationShowsTheCatalogueMessage_data();
    void lockedOperationShowsTheCatalogueMessage();
    void waitAndRunWhenFreeRunsOnceTheLeaseExpires();
    void cancelWhileWaitingClosesQuietly();

private:
    bool showAndWait(ModuleDetailPage &page, const QString &name);
    QJsonObject runningSettings(const QString &module) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_dataDir;
};

void TestModuleOperations::initTestCase()
{
    testing::isolateSettings();
}

// Every test gets a new factory: these operations change it.
void TestModuleOperations::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_dataDir = m_dir->filePath(QStringLiteral("env"));
    QString error;
    auto environment = testing::createSmallFactory(m_dataDir, &error);
    QVERIFY2(environment, qPrintable(error));
    QVERIFY(environment->importDefinitions({testing::moduleWithSettings(settingsModule)},
                                           testing::testUser));
    QVERIFY(environment->publish(settingsModule, 0, testing::testUser));
}

bool TestModuleOperations::showAndWait(ModuleDetailPage &page, const QString &name)
{
    QSignalSpy loaded(&page, &ModuleDetailPage::loaded);
    page.showModule(name);
    return loaded.wait(10000);
}

QJsonObject TestModuleOperations::runningSettings(const QString &module) const
{
    QFile file(m_dataDir + QStringLiteral("/running/") + module + QStringLiteral("/settings.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

void TestModuleOperations::applySettingsRedeploysWithTheNewValues()
{
    QCOMPARE(runningSettings(settingsModule).value(QStringLiteral("MaxLines")).toString(),
             QStringLiteral("50"));
    ModuleDetailPage page(m_dataDir, testing::testUser);
    page.show();
    QVERIFY(showAndWait(page, settingsModule));
    auto *apply = child<QPushButton>(page, QStringLiteral("applySettingsButton"));
    auto *maxLines = child<QLineEdit>(page, QStringLiteral("settingEditor:MaxLines"));
    auto *sendMail = child<QCheckBox>(page, QStringLiteral("settingEditor:SendMail"));
    QCOMPARE(maxLines->text(), QStringLiteral("50"));
    QVERIFY(sendMail->isChecked());
    QVERIFY(!apply->isEnabled());

    maxLines->selectAll();
    QTest::keyClicks(maxLines, QStringLiteral("75"));
    QTest::keyClick(sendMail, Qt::Key_Space);
    QVERIFY(!sendMail->isChecked());
    QVERIFY(apply->isEnabled());

    QSignalSpy finished(page.operations(), &ModuleOperations::finished);
    QSignalSpy changed(&page, &ModuleDetailPage::modulesChanged);
    QTest::mouseClick(apply, Qt::LeftButton);
    // While it runs: the busy indicator says what runs, and nothing else can start.
    QVERIFY(page.operations()->isRunning());
    QVERIFY(child<QProgressBar>(page, QStringLiteral("operationBusy"))->isVisible());
    QCOMPARE(child<QLabel>(page, QStringLiteral("operationBusyLabel"))->text(),
             QStringLiteral("Applying settings to \u2018%1\u2019\u2026").arg(settingsModule));
    QVERIFY(!apply->isEnabled());
    QVERIFY(!child<QPushButton>(page, QStringLiteral("publishButton"))->isEnabled());
    QVERIFY(!child<QPushButton>(page, QStringLiteral("deleteButton"))->isEnabled());

    QVERIFY(finished.wait(30000));
    const ModuleOperationResult result = resultOf(finished);
    QCOMPARE(result.status, Status::Succeeded);
    QVERIFY(result.redeployed);
    QCOMPARE(result.request.settings,
             (QMap<QString, QString>{{"MaxLines", "75"}, {"SendMail", "false"}}));
    QCOMPARE(changed.size(), 1);

    // The running folder has the new values, and the untouched ones.
    const QJsonObject running = runningSettings(settingsModule);
    QCOMPARE(running.value(QStringLiteral("MaxLines")).toString(), QStringLiteral("75"));
    QCOMPARE(running.value(QStringLiteral("SendMail")).toString(), QStringLiteral("false"));
    QCOMPARE(running.value(QStringLiteral("Title")).toString(), QStringLiteral("Daily report"));
    QCOMPARE(child<QLabel>(page, QStringLiteral("outcomeHeadline"))->text(),
             QStringLiteral("Applied MaxLines=75, SendMail=false to \u2018%1\u2019 and redeployed "
                            "it.")
                 .arg(settingsModule));
    QVERIFY(!child<QProgressBar>(page, QStringLiteral("operationBusy"))->isVisible());

    // The page reloads: the form holds the applied values, with nothing left to apply.
    QTRY_VERIFY_WITH_TIMEOUT(!page.isLoading() && page.detail()
                                 && page.detail()->settings.at(1).defaultValue == u"75",
                             10000);
    QCOMPARE(maxLines->text(), QStringLiteral("75"));
    QVERIFY(page.changedSettings().isEmpty());
    QVERIFY(!apply->isEnabled());
}

void TestModuleOperations::badSettingValueShowsCoresMessage()
{
    ModuleDetailPage page(m_dataDir, testing::testUser);
    page.show();
    QVERIFY(showAndWait(page, settingsModule));
    auto *maxLines = child<QLineEdit>(page, QStringLiteral("settingEditor:MaxLines"));
    auto *error = child<QLabel>(page, QStringLiteral("settingsError"));
    QVERIFY(!error->isVisible());
    maxLines->selectAll();
    QTest::keyClicks(maxLines, QStringLiteral("many"));

    QSignalSpy finished(page.operations(), &ModuleOperations::finished);
    QTest::keyClick(maxLines, Qt::Key_Return); // Enter in a field applies, as the button does
    QVERIFY(finished.wait(30000));
    QCOMPARE(resultOf(finished).status, Status::Failed);
    QCOMPARE(resultOf(finished).error->code, ErrorCode::BadInput);

    // Core's message, word for word, next to the form; the edit is kept.
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(),
             QStringLiteral("'many' is not a valid Integer value for setting 'MaxLines' of '%1'.")
                 .arg(settingsModule));
    QCOMPARE(maxLines->text(), QStringLiteral("many"));
    QVERIFY(child<QPushButton>(page, QStringLiteral("applySettingsButton"))->isEnabled());
    QVERIFY(!child<QFrame>(page, QStringLiteral("outcomePanel"))->isVisible());
    QCOMPARE(runningSettings(settingsModule).value(QStringLiteral("MaxLines")).toString(),
             QStringLiteral("50"));
    // Reverting puts back the running value and clears the message.
    QTest::mouseClick(child<QPushButton>(page, QStringLiteral("revertSettingsButton")),
                      Qt::LeftButton);
    QCOMPARE(maxLines->text(), QStringLiteral("50"));
    QVERIFY(!error->isVisible());
}

void TestModuleOperations::decliningTheDeleteConfirmationDeletesNothing()
{
    ModuleDetailPage page(m_dataDir, testing::testUser);
    page.show();
    QVERIFY(showAndWait(page, portal));
    QSignalSpy finished(page.operations(), &ModuleOperations::finished);
    QTest::mouseClick(child<QPushButton>(page, QStringLiteral("deleteButton")), Qt::LeftButton);
    QMessageBox *confirm = nullptr;
    QTRY_VERIFY(confirm = testing::visibleTopLevel<QMessageBox>("confirmDeleteDialog"));
    QCOMPARE(QApplication::activeModalWidget(), confirm);
    QCOMPARE(confirm->text(), QStringLiteral("Delete the module \u2018%1\u2019?").arg(portal));
    // While the question is open, nothing else can start.
    QVERIFY(!child<QPushButton>(page, QStringLiteral("publishButton"))->isEnabled());
    QVERIFY(testing::clickButton(confirm, QStringLiteral("cancelDeleteButton")));
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(resultOf(finished).status, Status::Cancelled);
    QVERIFY(!page.operations()->isRunning());
    QVERIFY(child<QPushButton>(page, QStringLiteral("deleteButton"))->isEnabled());
    auto environment = Environment::open(m_dataDir);
    QVERIFY(environment);
    QVERIFY(environment.value()->module(portal));
}

void TestModuleOperations::deleteWithConsumersOffersDeleteAnyway()
{
    ModuleDetailPage page(m_dataDir, testing::testUser);
    page.show();
    QVERIFY(showAndWait(page, core));
    QCOMPARE(page.detail()->consumers, QStringList{portal});
    QSignalSpy finished(page.operations(), &ModuleOperations::finished);
    QSignalSpy deleted(&page, &ModuleDetailPage::moduleDeleted);
    QSignalSpy back(&page, &ModuleDetailPage::backRequested);

    QTest::mouseClick(child<QPushButton>(page, QStringLiteral("deleteButton")), Qt::LeftButton);
    QMessageBox *confirm = nullptr;
    QTRY_VERIFY(confirm = testing::visibleTopLevel<QMessageBox>("confirmDeleteDialog"));
    QVERIFY(testing::clickButton(confirm, QStringLiteral("confirmDeleteButton")));

    // Core refuses: its message, and the choice to delete anyway.
    QMessageBox *refused = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(refused = testing::visibleTopLevel<QMessageBox>("deleteRefusedDialog"),
                             30000);
    QCOMPARE(refused->text(),
             QStringLiteral("Module '%1' was not deleted: 1 module(s) reference it (%2). Deleting "
                            "it would break them: publish them without their references to '%1' "
                            "first, or delete it anyway and they will show as broken.")
                 .arg(core, portal));
    QCOMPARE(refused->informativeText(),
             QStringLiteral("Delete it anyway? The 1 module(s) referencing it will show as Broken "
                            "until they are published without their references to \u2018%1\u2019.")
                 .arg(core));
    QCOMPARE(finished.size(), 0);
    QVERIFY(testing::clickButton(refused, QStringLiteral("deleteAnywayButton")));

    QVERIFY(finished.wait(30000));
    const ModuleOperationResult result = resultOf(finished);
    QCOMPARE(result.status, Status::Succeeded);
    QVERIFY(result.request.force);
    QCOMPARE(result.brokenConsumers, QStringList{portal});
    QCOMPARE(result.summary,
             QStringLiteral("Deleted \u2018%1\u2019. 1 module(s) now show as Broken: %2.")
                 .arg(core, portal));
    QCOMPARE(deleted.size(), 1);
    QCOMPARE(back.size(), 1);

    // The consumer shows as broken, and why.
    QVERIFY(showAndWait(page, portal));
    QCOMPARE(page.detail()->summary.status, ModuleStatus::Broken);
    QVERIFY(child<QLabel>(page, QStringLiteral("statusValue"))->text().contains(u"Broken"));
    QVERIFY(child<QLabel>(page, QStringLiteral("statusMessage"))->text().contains(core));
}

void TestModuleOperations::deleteFromTheDetailGoesBackToTheList()
{
    ModulesScreen screen(m_dataDir, testing::testUser);
    screen.resize(1000, 700);
    screen.show();
    ModulesPage *list = screen.listPage();
    QSignalSpy listLoaded(list, &ModulesPage::loaded);
    QVERIFY(listLoaded.wait(10000));
    QVERIFY(list->model()->rowOfName(portal) >= 0);
    QSignalSpy loaded(screen.detailPage(), &ModuleDetailPage::loaded);
    screen.openModule(portal);
    QVERIFY(loaded.wait(10000));
    QVERIFY(screen.isShowingDetail());
    QSignalSpy status(&screen, &ModulesScreen::statusMessage);

    QTest::mouseClick(child<QPushButton>(*screen.detailPage(), QStringLiteral("deleteButton")),
                      Qt::LeftButton);
    QMessageBox *confirm = nullptr;
    QTRY_VERIFY(confirm = testing::visibleTopLevel<QMessageBox>("confirmDeleteDialog"));
    QVERIFY(testing::clickButton(confirm, QStringLiteral("confirmDeleteButton")));
    QTRY_VERIFY_WITH_TIMEOUT(!screen.isShowingDetail(), 30000);
    QCOMPARE(status.size(), 1);
    QCOMPARE(status.first().at(0).toString(),
             QStringLiteral("Deleted \u2018%1\u2019.").arg(portal));
    // The list reloads without it.
    QTRY_VERIFY_WITH_TIMEOUT(list->model()->rowOfName(portal) < 0, 10000);
    QVERIFY(list->model()->rowOfName(core) >= 0);
}

void TestModuleOperations::listContextMenuPublishesAndDeletes()
{
    ModulesPage page(m_dataDir, testing::testUser);
    page.resize(1000, 600);
    page.show();
    QSignalSpy loaded(&page, &ModulesPage::loaded);
    QVERIFY(loaded.wait(10000));
    const auto rowOf = [&](const QString &name) {
        const QModelIndex source = page.model()->index(page.model()->rowOfName(name), 0);
        return page.filterModel()->mapFromSource(source);
    };
    const auto openMenu = [&](const QString &name) -> QMenu * {
        const QRect rect = page.view()->visualRect(rowOf(name));
        emit page.view()->customContextMenuRequested(rect.center());
        return testing::visibleTopLevel<QMenu>("moduleContextMenu");
    };
    const QString billing = QStringLiteral("Billing_Core");
    QSignalSpy finished(&page, &ModulesPage::operationFinished);
    QSignalSpy changed(&page, &ModulesPage::modulesChanged);

    // Publish.
    QMenu *menu = nullptr;
    QVERIFY((menu = openMenu(billing)));
    QCOMPARE(page.view()->currentIndex().data(ModulesModel::NameRole).toString(), billing);
    auto *publish = menu->findChild<QAction *>(QStringLiteral("publishAction"));
    QVERIFY(publish && publish->isEnabled());
    publish->trigger();
    menu->close();
    QVERIFY(page.operations()->isRunning());
    QVERIFY(child<QProgressBar>(page, QStringLiteral("operationBusy"))->isVisible());
    QCOMPARE(child<QLabel>(page, QStringLiteral("operationBusyLabel"))->text(),
             QStringLiteral("Publishing \u2018%1\u2019\u2026").arg(billing));
    // One operation at a time: a menu opened meanwhile offers none.
    QVERIFY((menu = openMenu(core)));
    QVERIFY(!menu->findChild<QAction *>(QStringLiteral("deleteAction"))->isEnabled());
    menu->close();
    QVERIFY(finished.wait(30000));
    QCOMPARE(resultOf(finished).status, Status::Succeeded);
    QVERIFY2(resultOf(finished).summary.startsWith(
                 QStringLiteral("Published version 1 of \u2018%1\u2019 in ").arg(billing)),
             qPrintable(resultOf(finished).summary));
    QCOMPARE(changed.size(), 1);
    QVERIFY(!child<QProgressBar>(page, QStringLiteral("operationBusy"))->isVisible());
    QTRY_VERIFY(!page.isLoading());

    // Delete: the same confirmation as on the detail page; the row goes away.
    QVERIFY((menu = openMenu(billing)));
    menu->findChild<QAction *>(QStringLiteral("deleteAction"))->trigger();
    menu->close();
    QMessageBox *confirm = nullptr;
    QTRY_VERIFY(confirm = testing::visibleTopLevel<QMessageBox>("confirmDeleteDialog"));
    QCOMPARE(confirm->text(), QStringLiteral("Delete the module \u2018%1\u2019?").arg(billing));
    QVERIFY(testing::clickButton(confirm, QStringLiteral("confirmDeleteButton")));
    QVERIFY(finished.wait(30000));
    QCOMPARE(resultOf(finished, 1).status, Status::Succeeded);
    QCOMPARE(resultOf(finished, 1).request.kind, ModuleOperationRequest::Kind::Delete);
    QTRY_VERIFY_WITH_TIMEOUT(page.model()->rowOfName(billing) < 0, 10000);
}

void TestModuleOperations::failedPublishFromTheListShowsTheErrorDialog()
{
    auto environment = Environment::open(m_dataDir);
    QVERIFY(environment);
    const auto producer = environment.value()->moduleSource(core);
    QVERIFY(producer);
    const QString broken = QStringLiteral("Stale_Consumer");
    QVERIFY(environment.value()->importDefinitions(
        {testing::mismatchedConsumerOf(producer.value(), broken)}, testing::testUser));
    environment.value().reset();

    ModulesPage page(m_dataDir, testing::testUser);
    page.show();
    QSignalSpy loaded(&page, &ModulesPage::loaded);
    QVERIFY(loaded.wait(10000));
    QSignalSpy finished(&page, &ModulesPage::operationFinished);
    QVERIFY(page.operations()->publish(broken));
    QVERIFY(finished.wait(30000));
    const ModuleOperationResult result = resultOf(finished);
    QCOMPARE(result.status, Status::Failed);
    QCOMPARE(result.error->code, ErrorCode::Failed);

    // Core's message, and the diagnostics behind Show Details.
    QMessageBox *failure = nullptr;
    QTRY_VERIFY(failure = testing::visibleTopLevel<QMessageBox>("operationFailedDialog"));
    QCOMPARE(failure->text(), result.error->message);
    QVERIFY(failure->text().startsWith(
        QStringLiteral("Publishing '%1' version 1 failed: 1 compilation error(s)").arg(broken)));
    QCOMPARE(failure->detailedText(), result.error->detail);
    QVERIFY(failure->detailedText().contains(core));
    QVERIFY(testing::clickButton(failure, QStringLiteral("closeFailureButton")));
    QTRY_VERIFY(!testing::visibleTopLevel("operationFailedDialog"));
}

void TestModuleOperations::lockedOperationShowsTheCatalogueMessage_data()
{
    QTest::addColumn<int>("operation");
    QTest::addColumn<OperationKind>("holderKind");
    QTest::addColumn<QString>("holderUser");
    QTest::newRow("publish refused by another 1-Click Publish")
        << int(ModuleOperationRequest::Kind::Publish) << OperationKind::Publish
        << QStringLiteral("alice");
    QTest::newRow("publish refused by the Modules upgrade")
        << int(ModuleOperationRequest::Kind::Publish) << OperationKind::ModulesUpgrade
        << compilerServiceUser();
    QTest::newRow("delete refused by a Solution publish")
        << int(ModuleOperationRequest::Kind::Delete) << OperationKind::SolutionPublish
        << QStringLiteral("alice");
    QTest::newRow("apply settings refused by a Configuration update")
        << int(ModuleOperationRequest::Kind::ApplySettings) << OperationKind::ConfigurationUpdate
        << QStringLiteral("alice");
}

void TestModuleOperations::lockedOperationShowsTheCatalogueMessage()
{
    QFETCH(int, operation);
    QFETCH(OperationKind, holderKind);
    QFETCH(QString, holderUser);
    const auto kind = ModuleOperationRequest::Kind(operation);
    const QString module = settingsModule;

    ModuleDetailPage page(m_dataDir, testing::testUser);
    page.show();
    QVERIFY(showAndWait(page, module));
    testing::OtherHolder other(m_dataDir, std::chrono::minutes(5));
    QVERIFY(other.hold(holderKind, holderUser, {module}));
    QSignalSpy finished(page.operations(), &ModuleOperations::finished);

    OperationKind requested = OperationKind::Publish;
    switch (kind) {
    case ModuleOperationRequest::Kind::Publish:
        QTest::mouseClick(child<QPushButton>(page, QStringLiteral("publishButton")),
                          Qt::LeftButton);
        break;
    case ModuleOperationRequest::Kind::Delete: {
        requested = OperationKind::DeleteModule;
        QTest::mouseClick(child<QPushButton>(page, QStringLiteral("deleteButton")), Qt::LeftButton);
        QWidget *confirm = nullptr;
        QTRY_VERIFY(confirm = testing::visibleTopLevel("confirmDeleteDialog"));
        QVERIFY(testing::clickButton(confirm, QStringLiteral("confirmDeleteButton")));
        break;
    }
    case ModuleOperationRequest::Kind::ApplySettings: {
        requested = OperationKind::ConfigurationUpdate;
        auto *title = child<QLineEdit>(page, QStringLiteral("settingEditor:Title"));
        title->setText(QStringLiteral("Weekly report"));
        QTest::mouseClick(child<QPushButton>(page, QStringLiteral("applySettingsButton")),
                          Qt::LeftButton);
        break;
    }
    }

    // The refusal dialog: the LOCKED message word for word, and the holder.
    QWidget *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(dialog = testing::visibleTopLevel("lockRefusalDialog"), 30000);
    QCOMPARE(QApplication::activeModalWidget(), dialog);
    const auto expected = [&] {
        return messages::locked(operationName(requested), testing::testUser,
                                other.lastRefusalTime(), operationName(holderKind), holderUser,
                                other.ticket().startedAt, module);
    };
    auto *message = child<QLabel>(*dialog, QStringLiteral("refusalMessage"));
    QCOMPARE(message->text(), expected());
    QVERIFY(message->textInteractionFlags().testFlag(Qt::TextSelectableByMouse));
    QVERIFY(message->wordWrap());
    const QString holder = child<QLabel>(*dialog, QStringLiteral("refusalDetail"))->text();
    QVERIFY2(
        holder.contains(QStringLiteral("process %1 on ").arg(QCoreApplication::applicationPid())),
        qPrintable(holder));
    QCOMPARE(finished.size(), 0);
    QVERIFY(page.isBusy());
    QVERIFY(!child<QPushButton>(page, QStringLiteral("publishButton"))->isEnabled());

    // Try again: still locked, refused again with the new attempt's time.
    QVERIFY(testing::clickButton(dialog, QStringLiteral("tryAgainButton")));
    QWidget *again = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (again = testing::visibleTopLevel("lockRefusalDialog")) && again != dialog, 30000);
    QCOMPARE(child<QLabel>(*again, QStringLiteral("refusalMessage"))->text(), expected());

    // Close: the flow ends as refused, with nothing more to say.
    QVERIFY(testing::clickButton(again, QStringLiteral("closeButton")));
    QTRY_COMPARE(finished.size(), 1);
    const ModuleOperationResult result = resultOf(finished);
    QCOMPARE(result.status, Status::Refused);
    QCOMPARE(result.error->code, ErrorCode::Locked);
    QCOMPARE(result.summary, expected());
    QVERIFY(!child<QFrame>(page, QStringLiteral("outcomePanel"))->isVisible());
    QVERIFY(!page.isBusy());
    QVERIFY(child<QPushButton>(page, QStringLiteral("publishButton"))->isEnabled());
    other.release();
}

void TestModuleOperations::waitAndRunWhenFreeRunsOnceTheLeaseExpires()
{
    ModuleDetailPage page(m_dataDir, testing::testUser);
    page.show();
    QVERIFY(showAndWait(page, core));
    // A holder with a 500 ms lease, renewed until the refusal is on screen and never
    // again after: as a holder that died.
    testing::OtherHolder other(m_dataDir, std::chrono::milliseconds(500));
    QVERIFY(other.hold(OperationKind::Publish, QStringLiteral("alice"), {core}));
    QTimer keeper;
    connect(&keeper, &QTimer::timeout, this, [&] { QVERIFY(other.renew()); });
    keeper.start(100);

    QSignalSpy finished(page.operations(), &ModuleOperations::finished);
    QTest::mouseClick(child<QPushButton>(page, QStringLiteral("publishButton")), Qt::LeftButton);
    QWidget *refusal = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(refusal = testing::visibleTopLevel("lockRefusalDialog"), 30000);
    keeper.stop();
    QVERIFY(testing::clickButton(refusal, QStringLiteral("waitButton")));

    // Waiting: an indeterminate progress naming the module, and the page is busy.
    QWidget *waiting = nullptr;
    QTRY_VERIFY(waiting = testing::visibleTopLevel("lockWaitDialog"));
    QCOMPARE(child<QLabel>(*waiting, QStringLiteral("waitText"))->text(),
             QStringLiteral("Waiting for \u2018%1\u2019\u2026").arg(core));
    QCOMPARE(child<QProgressBar>(*waiting, QStringLiteral("waitBusy"))->maximum(), 0);
    QVERIFY(page.operations()->isRunning());

    // The lease expires, the lock is recovered, and the publish runs.
    QVERIFY(finished.wait(30000));
    const ModuleOperationResult result = resultOf(finished);
    QVERIFY2(result.succeeded(), qPrintable(result.summary));
    QVERIFY(result.summary.startsWith(
        QStringLiteral("Published version 1 of \u2018%1\u2019 in ").arg(core)));
    QTRY_VERIFY(!testing::visibleTopLevel("lockWaitDialog"));
    QVERIFY(!testing::visibleTopLevel("lockRefusalDialog"));
    QVERIFY(
        child<QLabel>(page, QStringLiteral("outcomeHeadline"))->text().startsWith(u"Published"));
}

void TestModuleOperations::cancelWhileWaitingClosesQuietly()
{
    ModuleDetailPage page(m_dataDir, testing::testUser);
    page.show();
    QVERIFY(showAndWait(page, core));
    testing::OtherHolder other(m_dataDir, std::chrono::minutes(5));
    QVERIFY(other.hold(OperationKind::DeleteModule, QStringLiteral("alice"), {core}));
    QSignalSpy finished(page.operations(), &ModuleOperations::finished);
    QSignalSpy changed(&page, &ModuleDetailPage::modulesChanged);

    QTest::mouseClick(child<QPushButton>(page, QStringLiteral("publishButton")), Qt::LeftButton);
    QWidget *refusal = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(refusal = testing::visibleTopLevel("lockRefusalDialog"), 30000);
    QVERIFY(testing::clickButton(refusal, QStringLiteral("waitButton")));
    QWidget *waiting = nullptr;
    QTRY_VERIFY(waiting = testing::visibleTopLevel("lockWaitDialog"));
    // Once the worker waits, the dialog names the holder.
    QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(*waiting, QStringLiteral("waitDetail"))
                                 ->text()
                                 .contains(QStringLiteral("Delete module started by alice")),
                             10000);
    QCOMPARE(child<QLabel>(page, QStringLiteral("operationBusyLabel"))->text(),
             QStringLiteral("Waiting for \u2018%1\u2019\u2026").arg(core));

    QVERIFY(testing::clickButton(waiting, QStringLiteral("cancelWaitButton")));
    QVERIFY(finished.wait(10000));
    QCOMPARE(resultOf(finished).status, Status::Cancelled);
    QVERIFY(!resultOf(finished).error);
    // Nothing else: no dialog, no outcome panel, nothing changed.
    QVERIFY(!testing::visibleTopLevel("lockWaitDialog"));
    QVERIFY(!testing::visibleTopLevel("lockRefusalDialog"));
    QVERIFY(!testing::visibleTopLevel("operationFailedDialog"));
    QVERIFY(!child<QFrame>(page, QStringLiteral("outcomePanel"))->isVisible());
    QCOMPARE(changed.size(), 0);
    QVERIFY(!page.isBusy());
    QVERIFY(child<QPushButton>(page, QStringLiteral("publishButton"))->isEnabled());
    other.release();
}

QTEST_MAIN(TestModuleOperations)
#include "tst_moduleoperations.moc"
