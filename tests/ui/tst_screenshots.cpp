// Renders every screen to PNG files, for people to look at: <build>/screenshots/*.png
// (or $OSC_SCREENSHOT_DIR). Each test asserts that its screen is in the state it
// names before grabbing it.

#include "mainwindow.h"
#include "modules/moduledetailpage.h"
#include "modules/moduleoperations.h"
#include "modules/modulesfiltermodel.h"
#include "modules/modulesmodel.h"
#include "modules/modulespage.h"
#include "modules/modulesscreen.h"
#include "shell/stepbanner.h"
#include "uitestsupport.h"
#include "upgrade/executiondetaildialog.h"
#include "upgrade/executionmodulesmodel.h"
#include "upgrade/executionsmodel.h"
#include "upgrade/platformupgradepage.h"
#include "upgrade/upgradepreviewpanel.h"
#include "upgrade/upgradespage.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollArea>
#include <QScrollBar>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeView>
#include <QTreeWidget>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

using namespace osc;

class TestScreenshots : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void modulesList();
    void modulesLoading();
    void modulesNoMatch();
    void modulesEmptyEnvironment();
    void moduleDetailTabs();
    void publishSucceeded();
    void publishFailed();
    void modulesContextMenu();
    void settingsForm();
    void deleteDialogs();
    void lockRefusalAndWaiting();
    void placeholderPages();
    void platformUpgrade();
    void platformUpgradeFinishedWithErrors();
    void platformUpgradeStepFailed();
    void platformUpgradeNewest();
    void platformUpgradeLockRefusal();
    void upgradesNoDeployAll();
    void upgradesDeploy();
    void upgradesOnHold();
    void stepBanner();

private:
    void save(QWidget *widget, const QString &name);
    // The window with a dialog over it, where the operator sees it.
    void saveWithDialog(QWidget *window, QWidget *dialog, const QString &name);
    static bool openAndWait(ModulesScreen *screen, const QString &name);

    QTranslator m_english; // an English operator's texts, plural forms included
    QTemporaryDir m_dir;
    QTemporaryDir m_emptyDir;
    QString m_outputDir;
    QString m_linked;
    QString m_withSettings; // the module with the most settings, an Integer among them
    const QString m_longName = QStringLiteral(
        "Customer_Relationship_Management_Extended_Integration_Services_Legacy_Adapter");
    const QString m_broken = QStringLiteral("Invoice_Consumer_With_Stale_Reference");
};

void TestScreenshots::initTestCase()
{
    testing::isolateSettings();
    QVERIFY(m_english.load(QStringLiteral(OSC_TRANSLATIONS_DIR "/osc_en.qm")));
    QCoreApplication::installTranslator(&m_english);
    m_outputDir = qEnvironmentVariable("OSC_SCREENSHOT_DIR");
    if (m_outputDir.isEmpty())
        m_outputDir
            = QDir(QCoreApplication::applicationDirPath()).absoluteFilePath("../../screenshots");
    QVERIFY(QDir().mkpath(m_outputDir));

    QString error;
    auto environment = testing::createDemoEnvironment(m_dir.path(), 80, &error);
    QVERIFY2(environment, qPrintable(error));
    const auto modules = environment->modules();
    QVERIFY(modules.ok());
    for (const ModuleSummary &module : modules.value()) {
        if (module.producerCount > 1 && module.consumerCount > 1) {
            m_linked = module.name;
            break;
        }
    }
    QVERIFY(!m_linked.isEmpty());
    qsizetype most = 0;
    for (const ModuleSummary &module : modules.value()) {
        const auto detail = environment->module(module.name);
        QVERIFY(detail.ok());
        const bool hasInteger
            = std::any_of(detail->settings.cbegin(), detail->settings.cend(),
                          [](const Setting &setting) { return setting.type == u"Integer"; });
        if (hasInteger && detail->settings.size() > most) {
            most = detail->settings.size();
            m_withSettings = module.name;
        }
    }
    QVERIFY(!m_withSettings.isEmpty());
    const auto producer = environment->moduleSource(m_linked);
    QVERIFY(producer.ok());
    QVERIFY(environment
                ->importDefinitions(
                    {testing::uploadedOnlyModule(
                         m_longName, QStringLiteral("Customer Relationship Management Suite")),
                     testing::mismatchedConsumerOf(producer.value(), m_broken)},
                    testing::testUser)
                .ok());

    auto empty = Environment::create(m_emptyDir.path(), PlatformVersion{11, 11, 0});
    QVERIFY(empty.ok());
}

void TestScreenshots::save(QWidget *widget, const QString &name)
{
    // Lay out what changed since the last event loop turn, as a shown window would
    // before painting; otherwise labels keep the width of their previous text.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    const QPixmap pixmap = widget->grab();
    QVERIFY(!pixmap.isNull());
    const QString path = QDir(m_outputDir).filePath(name + QStringLiteral(".png"));
    QVERIFY2(pixmap.save(path), qPrintable(path));
    qInfo("screenshot: %s", qPrintable(path));
}

void TestScreenshots::saveWithDialog(QWidget *window, QWidget *dialog, const QString &name)
{
    QVERIFY(dialog && dialog->isVisible());
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QPixmap pixmap = window->grab();
    const QPixmap over = dialog->grab();
    QVERIFY(!pixmap.isNull() && !over.isNull());
    {
        QPainter painter(&pixmap);
        painter.fillRect(pixmap.rect(), QColor(0, 0, 0, 40));
        const QPoint at((pixmap.width() - over.width()) / 2, (pixmap.height() - over.height()) / 3);
        painter.setPen(QColor(0, 0, 0, 90));
        painter.drawRect(QRect(at, over.size()).adjusted(-1, -1, 0, 0));
        painter.drawPixmap(at, over);
    }
    const QString path = QDir(m_outputDir).filePath(name + QStringLiteral(".png"));
    QVERIFY2(pixmap.save(path), qPrintable(path));
    qInfo("screenshot: %s", qPrintable(path));
}

bool TestScreenshots::openAndWait(ModulesScreen *screen, const QString &name)
{
    QSignalSpy loaded(screen->detailPage(), &ModuleDetailPage::loaded);
    screen->openModule(name);
    return loaded.wait(10000);
}

void TestScreenshots::modulesList()
{
    MainWindow window(m_dir.path(), testing::testUser);
    window.resize(1280, 800);
    window.show();
    ModulesPage *list = window.modulesScreen()->listPage();
    QSignalSpy loaded(list, &ModulesPage::loaded);
    QVERIFY(loaded.wait(10000));
    QTRY_VERIFY(window.environmentStatusText().contains(QStringLiteral("11.11.0")));
    save(&window, QStringLiteral("01-factory-modules"));
    window.resize(900, 600);
    save(&window, QStringLiteral("02-factory-modules-narrow"));
}

void TestScreenshots::modulesLoading()
{
    MainWindow window(m_dir.path(), testing::testUser);
    window.resize(1280, 800);
    window.show();
    // The load finishes through the event loop, which has not run yet.
    QCOMPARE(window.modulesScreen()->listPage()->model()->rowCount(), 0);
    save(&window, QStringLiteral("03-factory-modules-loading"));
    QSignalSpy loaded(window.modulesScreen()->listPage(), &ModulesPage::loaded);
    QVERIFY(loaded.wait(10000));
}

void TestScreenshots::modulesNoMatch()
{
    MainWindow window(m_dir.path(), testing::testUser);
    window.resize(1280, 800);
    window.show();
    ModulesPage *list = window.modulesScreen()->listPage();
    QSignalSpy loaded(list, &ModulesPage::loaded);
    QVERIFY(loaded.wait(10000));
    QTest::keyClicks(list->searchField(), QStringLiteral("customer"));
    QTRY_VERIFY(list->filterModel()->isFiltering());
    save(&window, QStringLiteral("04-factory-modules-search"));
    list->searchField()->setText(QStringLiteral("no such module"));
    QTRY_COMPARE(list->filterModel()->rowCount(), 0);
    save(&window, QStringLiteral("05-factory-modules-no-match"));
}

void TestScreenshots::modulesEmptyEnvironment()
{
    MainWindow window(m_emptyDir.path(), testing::testUser);
    window.resize(1280, 800);
    window.show();
    QSignalSpy loaded(window.modulesScreen()->listPage(), &ModulesPage::loaded);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(window.modulesScreen()->listPage()->model()->rowCount(), 0);
    QTRY_VERIFY(window.environmentStatusText().contains(QStringLiteral("11.11.0")));
    save(&window, QStringLiteral("06-factory-modules-empty-environment"));
}

void TestScreenshots::moduleDetailTabs()
{
    MainWindow window(m_dir.path(), testing::testUser);
    window.resize(1280, 800);
    window.show();
    ModulesScreen *screen = window.modulesScreen();
    QVERIFY(openAndWait(screen, m_linked));
    auto *tabs = screen->detailPage()->findChild<QTabWidget *>(QStringLiteral("detailTabs"));
    QVERIFY(tabs);
    const QStringList names{"versions", "producers-consumers", "compilations", "deployment",
                            "settings"};
    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        save(&window, QStringLiteral("1%1-module-detail-%2").arg(tab).arg(names.value(tab)));
    }
    QVERIFY(openAndWait(screen, m_longName));
    save(&window, QStringLiteral("15-module-detail-long-name-never-published"));
}

void TestScreenshots::publishSucceeded()
{
    MainWindow window(m_dir.path(), testing::testUser);
    window.resize(1280, 800);
    window.show();
    ModulesScreen *screen = window.modulesScreen();
    ModuleDetailPage *page = screen->detailPage();
    QVERIFY(openAndWait(screen, m_linked));
    QSignalSpy finished(page, &ModuleDetailPage::publishFinished);
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("publishButton")),
                      Qt::LeftButton);
    QVERIFY(page->isPublishing());
    save(&window, QStringLiteral("20-publish-running"));
    QVERIFY(finished.wait(30000));
    QVERIFY(finished.first().at(0).toBool());
    QSignalSpy loaded(page, &ModuleDetailPage::loaded);
    QVERIFY(loaded.wait(10000));
    save(&window, QStringLiteral("21-publish-succeeded"));
}

void TestScreenshots::publishFailed()
{
    MainWindow window(m_dir.path(), testing::testUser);
    window.resize(1280, 800);
    window.show();
    ModulesScreen *screen = window.modulesScreen();
    ModuleDetailPage *page = screen->detailPage();
    QVERIFY(openAndWait(screen, m_broken));
    QSignalSpy finished(page, &ModuleDetailPage::publishFinished);
    page->publish();
    QVERIFY(finished.wait(30000));
    QVERIFY(!finished.first().at(0).toBool());
    QSignalSpy loaded(page, &ModuleDetailPage::loaded);
    QVERIFY(loaded.wait(10000));
    save(&window, QStringLiteral("22-publish-failed"));
    auto *tabs = page->findChild<QTabWidget *>(QStringLiteral("detailTabs"));
    tabs->setCurrentIndex(2);
    save(&window, QStringLiteral("23-publish-failed-compilations"));
}

void TestScreenshots::modulesContextMenu()
{
    MainWindow window(m_dir.path(), testing::testUser);
    window.resize(1280, 800);
    window.show();
    ModulesPage *list = window.modulesScreen()->listPage();
    QSignalSpy loaded(list, &ModulesPage::loaded);
    QVERIFY(loaded.wait(10000));
    const QModelIndex index = list->filterModel()->index(2, 0);
    std::unique_ptr<QMenu> menu(list->createContextMenu(index));
    QVERIFY(menu);
    list->view()->setCurrentIndex(index);
    menu->adjustSize();
    // A popup cannot be grabbed over its window offscreen: paint it where it opens.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QPixmap pixmap = window.grab();
    const QRect row = list->view()->visualRect(index);
    const QPoint at = list->view()->viewport()->mapTo(&window, row.center());
    {
        QPainter painter(&pixmap);
        painter.drawPixmap(at, menu->grab());
    }
    const QString path = QDir(m_outputDir).filePath(QStringLiteral("07-modules-context-menu.png"));
    QVERIFY(pixmap.save(path));
    qInfo("screenshot: %s", qPrintable(path));
}

void TestScreenshots::settingsForm()
{
    MainWindow window(m_dir.path(), testing::testUser);
    window.resize(1280, 800);
    window.show();
    ModulesScreen *screen = window.modulesScreen();
    ModuleDetailPage *page = screen->detailPage();
    QVERIFY(openAndWait(screen, m_withSettings));
    QVERIFY(!page->detail()->settings.isEmpty());
    auto *tabs = page->findChild<QTabWidget *>(QStringLiteral("detailTabs"));
    tabs->setCurrentIndex(4);
    save(&window, QStringLiteral("16-module-detail-settings-form"));

    // A value core rejects: its message next to the form, the edit kept.
    QString integer;
    int current = 0;
    for (const Setting &setting : page->detail()->settings) {
        if (setting.type == QLatin1String("Integer")) {
            integer = setting.name;
            current = setting.defaultValue.toInt();
            break;
        }
    }
    QVERIFY(!integer.isEmpty());
    auto *editor = page->findChild<QLineEdit *>(QStringLiteral("settingEditor:") + integer);
    QVERIFY(editor);
    editor->setText(QStringLiteral("twenty"));
    QSignalSpy finished(page->operations(), &ModuleOperations::finished);
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("applySettingsButton")),
                      Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    // Shown by the page's own handler of the outcome; under a loaded machine it may
    // come a moment after the signal.
    QTRY_VERIFY_WITH_TIMEOUT(
        page->findChild<QLabel *>(QStringLiteral("settingsError"))->isVisible(), 10000);
    save(&window, QStringLiteral("17-module-detail-settings-rejected"));

    // A value it accepts: the module is redeployed and the page says so.
    editor->setText(QString::number(current + 10));
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("applySettingsButton")),
                      Qt::LeftButton);
    QVERIFY(page->operations()->isRunning());
    save(&window, QStringLiteral("18-module-detail-settings-applying"));
    QVERIFY(finished.wait(30000));
    QVERIFY(finished.last().at(0).value<ModuleOperationResult>().succeeded());
    QSignalSpy loaded(page, &ModuleDetailPage::loaded);
    QVERIFY(loaded.wait(10000));
    save(&window, QStringLiteral("19-module-detail-settings-applied"));

    // A module without settings, with a long name.
    QVERIFY(openAndWait(screen, m_longName));
    tabs->setCurrentIndex(4);
    QVERIFY(page->detail()->settings.isEmpty());
    save(&window, QStringLiteral("1a-module-detail-settings-none-long-name"));
}

void TestScreenshots::deleteDialogs()
{
    MainWindow window(m_dir.path(), testing::testUser);
    window.resize(1280, 800);
    window.show();
    ModulesScreen *screen = window.modulesScreen();
    ModuleDetailPage *page = screen->detailPage();
    QVERIFY(openAndWait(screen, m_linked));
    QVERIFY(!page->detail()->consumers.isEmpty());
    QSignalSpy finished(page->operations(), &ModuleOperations::finished);

    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("deleteButton")),
                      Qt::LeftButton);
    QWidget *confirm = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(confirm = testing::visibleTopLevel("confirmDeleteDialog"), 15000);
    saveWithDialog(&window, confirm, QStringLiteral("24-delete-confirmation"));
    QVERIFY(testing::clickButton(confirm, QStringLiteral("confirmDeleteButton")));
    QWidget *refused = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(refused = testing::visibleTopLevel("deleteRefusedDialog"), 30000);
    saveWithDialog(&window, refused, QStringLiteral("25-delete-refused-consumers"));
    QVERIFY(testing::clickButton(refused, QStringLiteral("keepModuleButton")));
    QTRY_COMPARE(finished.size(), 1);

    // The long name in the confirmation.
    QVERIFY(openAndWait(screen, m_longName));
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("deleteButton")),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(confirm = testing::visibleTopLevel("confirmDeleteDialog"), 15000);
    saveWithDialog(&window, confirm, QStringLiteral("26-delete-confirmation-long-name"));
    QVERIFY(testing::clickButton(confirm, QStringLiteral("cancelDeleteButton")));
    QTRY_COMPARE(finished.size(), 2);
}

void TestScreenshots::lockRefusalAndWaiting()
{
    MainWindow window(m_dir.path(), testing::testUser);
    window.resize(1280, 800);
    window.show();
    ModulesScreen *screen = window.modulesScreen();
    ModuleDetailPage *page = screen->detailPage();
    QVERIFY(openAndWait(screen, m_longName));
    testing::OtherHolder other(m_dir.path(), std::chrono::minutes(5));
    QVERIFY(other.hold(OperationKind::ModulesUpgrade, compilerServiceUser(), {m_longName}));
    QSignalSpy finished(page->operations(), &ModuleOperations::finished);

    page->publish();
    QWidget *refusal = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(refusal = testing::visibleTopLevel("lockRefusalDialog"), 30000);
    saveWithDialog(&window, refusal, QStringLiteral("27-lock-refusal-long-name"));
    QVERIFY(testing::clickButton(refusal, QStringLiteral("waitButton")));
    QWidget *waiting = nullptr;
    QTRY_VERIFY(waiting = testing::visibleTopLevel("lockWaitDialog"));
    QTRY_VERIFY_WITH_TIMEOUT(waiting->findChild<QLabel *>(QStringLiteral("waitDetail"))
                                 ->text()
                                 .contains(compilerServiceUser()),
                             10000);
    saveWithDialog(&window, waiting, QStringLiteral("28-lock-waiting"));
    save(&window, QStringLiteral("29-lock-waiting-page"));
    QVERIFY(testing::clickButton(waiting, QStringLiteral("cancelWaitButton")));
    QVERIFY(finished.wait(10000));
    other.release();
}

void TestScreenshots::placeholderPages()
{
    MainWindow window(m_dir.path(), testing::testUser);
    window.resize(1280, 800);
    window.show();
    QSignalSpy loaded(window.modulesScreen()->listPage(), &ModulesPage::loaded);
    QVERIFY(loaded.wait(10000));
    int index = 30;
    for (const QString &key : window.pageKeys()) {
        if (key == QLatin1String("factory/modules"))
            continue;
        window.showPage(key);
        QCOMPARE(window.currentPageKey(), key);
        save(&window, QStringLiteral("%1-%2").arg(index++).arg(QString(key).replace(u'/', u'-')));
    }
}

void TestScreenshots::platformUpgrade()
{
    // A factory whose every module takes a while to compile, so the run can be seen.
    QTemporaryDir dir;
    QString error;
    auto environment = testing::createDemoEnvironment(dir.path(), 40, &error);
    QVERIFY2(environment, qPrintable(error));
    QVERIFY(environment->config()
                .setValue(EnvironmentConfig::compilerCommand, QStringLiteral("sleep 0.4"))
                .ok());

    MainWindow window(dir.path(), testing::testUser);
    window.resize(1280, 800);
    window.show();
    window.showPage(QStringLiteral("administration/platform-upgrade"));
    PlatformUpgradePage *page = window.platformUpgradePage();
    QSignalSpy finished(page, &PlatformUpgradePage::jobFinished);
    QTRY_VERIFY_WITH_TIMEOUT(page->snapshot().has_value(), 10000);
    QTRY_VERIFY(window.environmentStatusText().contains(QStringLiteral("11.11.0")));
    auto *combo = page->findChild<QComboBox *>(QStringLiteral("targetCombo"));
    QCOMPARE(combo->count(), 3);
    UpgradePreviewPanel *preview = page->previewPanel();
    QTRY_VERIFY_WITH_TIMEOUT(preview->preview().has_value(), 10000);
    save(&window, QStringLiteral("40-platform-upgrade-before"));

    combo->setCurrentIndex(combo->findText(QStringLiteral("11.12.0")));
    QTRY_VERIFY_WITH_TIMEOUT(
        preview->preview() && preview->preview()->plan.to == PlatformVersion(11, 12, 0), 10000);
    save(&window, QStringLiteral("40b-platform-upgrade-preview-removed-apis"));
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("upgradeButton")),
                      Qt::LeftButton);
    QWidget *confirm = nullptr;
    QTRY_VERIFY(confirm = testing::visibleTopLevel("confirmUpgradeDialog"));
    saveWithDialog(&window, confirm, QStringLiteral("41-platform-upgrade-confirmation"));
    QVERIFY(testing::clickButton(confirm, QStringLiteral("confirmUpgradeButton")));

    QTRY_VERIFY_WITH_TIMEOUT(page->isPreparing() && page->shownCounts().succeeded >= 3, 60000);
    QTRY_VERIFY(window.environmentStatusText().contains(QStringLiteral("11.12.0")));
    save(&window, QStringLiteral("42-platform-upgrade-preparing"));

    // Quitting while it runs asks first.
    window.close();
    QWidget *quit = nullptr;
    QTRY_VERIFY(quit = testing::visibleTopLevel("confirmQuitDialog"));
    saveWithDialog(&window, quit, QStringLiteral("43-platform-upgrade-quit-confirmation"));
    QVERIFY(testing::clickButton(quit, QStringLiteral("keepRunningButton")));
    QVERIFY(window.isVisible());

    QVERIFY(page->holdPreparation());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    QCOMPARE(finished.first().at(0).value<PreparationJobResult>().execution->status,
             ExecutionStatus::OnHold);
    save(&window, QStringLiteral("44-platform-upgrade-on-hold"));
}

void TestScreenshots::platformUpgradeFinishedWithErrors()
{
    QTemporaryDir dir;
    QString error;
    auto environment = testing::createDemoEnvironment(dir.path(), 150, &error);
    QVERIFY2(environment, qPrintable(error));
    QVERIFY(environment->upgradePlatform(UpgradeRequest{PlatformVersion{11, 12, 0}},
                                         testing::testUser));
    PreparationOptions options;
    options.user = testing::testUser;
    const Result<ExecutionSummary> prepared = environment->prepareModules(options);
    QVERIFY(prepared.ok());
    QCOMPARE(prepared->status, ExecutionStatus::FinishedWithErrors);

    MainWindow window(dir.path(), testing::testUser);
    window.resize(1280, 800);
    window.show();
    window.showPage(QStringLiteral("administration/platform-upgrade"));
    PlatformUpgradePage *page = window.platformUpgradePage();
    auto *problems = page->findChild<QTreeWidget *>(QStringLiteral("problemsTable"));
    QTRY_VERIFY_WITH_TIMEOUT(problems->topLevelItemCount() > 0, 10000);
    QCOMPARE(page->statusHeadline(), QStringLiteral("There were errors preparing some modules."));
    save(&window, QStringLiteral("45-platform-upgrade-finished-with-errors"));
    // A short window: the page scrolls rather than squeezing the table.
    window.resize(900, 600);
    auto *scroll = page->findChild<QScrollArea *>(QStringLiteral("platformUpgradeScroll"));
    QTRY_VERIFY(scroll->verticalScrollBar()->isVisible());
    save(&window, QStringLiteral("46-platform-upgrade-finished-with-errors-narrow"));
    // Factory > Upgrades offers to prepare the failed and skipped modules again.
    window.resize(1280, 800);
    window.showPage(QStringLiteral("factory/upgrades"));
    UpgradesPage *upgrades = window.upgradesPage();
    QTRY_VERIFY_WITH_TIMEOUT(
        upgrades->findChild<QPushButton *>(QStringLiteral("prepareButton"))->isEnabled(), 10000);
    save(&window, QStringLiteral("5a-upgrades-preparation-finished-with-errors"));
    window.resize(900, 600);
    // The banner over another screen, wide and narrow.
    QCOMPARE(window.stepBanner()->headline(),
             QStringLiteral("There were errors preparing some modules."));
    window.showPage(QStringLiteral("factory/modules"));
    save(&window, QStringLiteral("64-banner-prep-some-failed-narrow"));
    window.resize(1280, 800);
    save(&window, QStringLiteral("63-banner-prep-some-failed"));
}

void TestScreenshots::platformUpgradeStepFailed()
{
    QTemporaryDir dir;
    QString error;
    QVERIFY2(testing::createSmallFactory(dir.path(), &error), qPrintable(error));
    MainWindow window(dir.path(), testing::testUser);
    window.resize(1280, 800);
    window.show();
    window.showPage(QStringLiteral("administration/platform-upgrade"));
    PlatformUpgradePage *page = window.platformUpgradePage();
    QSignalSpy finished(page, &PlatformUpgradePage::jobFinished);
    QTRY_VERIFY_WITH_TIMEOUT(page->snapshot().has_value(), 10000);
    QVERIFY(page->upgrade(PlatformVersion{11, 12, 0}, false, true));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    QTRY_VERIFY_WITH_TIMEOUT(page->statusDetail().contains(QStringLiteral("system components")),
                             10000);
    QCOMPARE(page->statusHeadline(), QStringLiteral("There was an error preparing your modules."));
    QTRY_VERIFY(window.environmentStatusText().contains(QStringLiteral("11.12.0")));
    save(&window, QStringLiteral("47-platform-upgrade-step-failed"));
}

void TestScreenshots::platformUpgradeNewest()
{
    QTemporaryDir dir;
    QVERIFY(Environment::create(dir.path(), PlatformVersion{11, 19, 0}).ok());
    MainWindow window(dir.path(), testing::testUser);
    window.resize(1280, 800);
    window.show();
    window.showPage(QStringLiteral("administration/platform-upgrade"));
    PlatformUpgradePage *page = window.platformUpgradePage();
    QTRY_VERIFY_WITH_TIMEOUT(page->snapshot().has_value(), 10000);
    QVERIFY(page->findChild<QLabel *>(QStringLiteral("noTargetsLabel"))->isVisible());
    QTRY_VERIFY(window.environmentStatusText().contains(QStringLiteral("11.19.0")));
    save(&window, QStringLiteral("48-platform-upgrade-newest-version"));
}

void TestScreenshots::platformUpgradeLockRefusal()
{
    QTemporaryDir dir;
    QString error;
    auto environment = testing::createSmallFactory(dir.path(), &error);
    QVERIFY2(environment, qPrintable(error));
    QVERIFY(environment->upgradePlatform(UpgradeRequest{PlatformVersion{11, 12, 0}, true, true},
                                         testing::testUser));
    testing::OtherHolder other(dir.path(), std::chrono::minutes(5));
    QVERIFY(other.hold(OperationKind::Publish, QStringLiteral("alice"),
                       {QStringLiteral("Orders_Core")}));
    MainWindow window(dir.path(), testing::testUser);
    window.resize(1280, 800);
    window.show();
    window.showPage(QStringLiteral("administration/platform-upgrade"));
    PlatformUpgradePage *page = window.platformUpgradePage();
    QTRY_VERIFY_WITH_TIMEOUT(page->snapshot().has_value(), 10000);
    QVERIFY(page->prepareModules());
    QWidget *refusal = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(refusal = testing::visibleTopLevel("lockRefusalDialog"), 30000);
    saveWithDialog(&window, refusal, QStringLiteral("49-platform-upgrade-lock-refusal"));
    QVERIFY(testing::clickButton(refusal, QStringLiteral("closeButton")));
    other.release();
}

void TestScreenshots::upgradesNoDeployAll()
{
    QTemporaryDir dir;
    QString error;
    QVERIFY2(testing::createSmallFactory(dir.path(), &error), qPrintable(error));
    MainWindow window(dir.path(), testing::testUser);
    window.resize(1280, 800);
    window.show();
    window.showPage(QStringLiteral("factory/upgrades"));
    UpgradesPage *page = window.upgradesPage();
    QTRY_VERIFY_WITH_TIMEOUT(page->planError().has_value(), 10000);
    QVERIFY(!page->findChild<QPushButton *>(QStringLiteral("deployButton"))->isEnabled());
    QVERIFY(page->findChild<QLabel *>(QStringLiteral("noExecutionsLabel"))->isVisible());
    QTRY_VERIFY(window.environmentStatusText().contains(QStringLiteral("11.11.0")));
    save(&window, QStringLiteral("50-factory-upgrades-no-deploy-all"));
}

void TestScreenshots::upgradesDeploy()
{
    // The demo factory upgraded to 11.19.0 and prepared twice (with errors): some
    // modules deploy, the failed ones are skipped.
    QTemporaryDir dir;
    QString error;
    auto environment = testing::createDemoEnvironment(dir.path(), 60, &error);
    QVERIFY2(environment, qPrintable(error));
    QVERIFY(environment->upgradePlatform(UpgradeRequest{PlatformVersion{11, 19, 0}},
                                         testing::testUser));
    PreparationOptions options;
    options.user = testing::testUser;
    const Result<ExecutionSummary> prepared = environment->prepareModules(options);
    QVERIFY(prepared.ok());
    qint64 withChanges = 0;
    if (prepared->status == ExecutionStatus::FinishedWithErrors) {
        const Result<ExecutionSummary> again = environment->prepareModules(options);
        QVERIFY(again.ok());
        withChanges = again->id;
    }

    MainWindow window(dir.path(), testing::testUser);
    window.resize(1280, 800);
    window.show();
    window.showPage(QStringLiteral("factory/upgrades"));
    UpgradesPage *page = window.upgradesPage();
    QSignalSpy finished(page, &UpgradesPage::jobFinished);
    auto *deploy = page->findChild<QPushButton *>(QStringLiteral("deployButton"));
    QTRY_VERIFY_WITH_TIMEOUT(deploy->isEnabled(), 10000);
    QTRY_VERIFY(window.environmentStatusText().contains(QStringLiteral("11.19.0")));
    save(&window, QStringLiteral("51-factory-upgrades-ready"));

    QTest::mouseClick(deploy, Qt::LeftButton);
    QWidget *confirm = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(confirm = testing::visibleTopLevel("confirmDeployDialog"), 10000);
    saveWithDialog(&window, confirm, QStringLiteral("52-factory-upgrades-deploy-confirmation"));
    QVERIFY(testing::clickButton(confirm, QStringLiteral("confirmDeployButton")));
    QVERIFY(page->isDeploying());
    save(&window, QStringLiteral("53-factory-upgrades-deploying"));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    QVERIFY(finished.first().at(0).value<DeploymentJobResult>().execution.has_value());
    QTRY_COMPARE_WITH_TIMEOUT(page->executionsModel()->rowCount(), withChanges ? 3 : 2, 10000);
    save(&window, QStringLiteral("54-factory-upgrades-deployed"));

    // The deployment's details, then the re-run preparation's with its changes.
    ExecutionDetailDialog *dialog = page->openExecution(page->executionsModel()->executionAt(0).id);
    QVERIFY(dialog);
    dialog->resize(1100, 700);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->report().has_value(), 10000);
    save(dialog, QStringLiteral("55-execution-details-deployment"));
    if (withChanges != 0) {
        dialog->showExecution(withChanges);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->report() && dialog->report()->comparison, 10000);
        save(dialog, QStringLiteral("56-execution-details-preparation-changes"));
        dialog->setStateFilter(ModuleRunState::Pending);
        QCOMPARE(dialog->filterModel()->rowCount(), 0);
        save(dialog, QStringLiteral("57-execution-details-no-module-in-state"));
    }
    dialog->close();

    window.resize(900, 600);
    save(&window, QStringLiteral("58-factory-upgrades-narrow"));
}

void TestScreenshots::upgradesOnHold()
{
    // A deployment held after its first module by another console.
    QTemporaryDir dir;
    QString error;
    auto environment = testing::createSmallFactory(dir.path(), &error);
    QVERIFY2(environment, qPrintable(error));
    QVERIFY(environment->upgradePlatform(UpgradeRequest{PlatformVersion{11, 19, 0}},
                                         testing::testUser));
    PreparationOptions options;
    options.user = testing::testUser;
    QVERIFY(environment->prepareModules(options).ok());
    auto other = Environment::open(dir.path());
    QVERIFY(other.ok());
    bool asked = false;
    StepOptions deployOptions;
    deployOptions.user = QStringLiteral("ci-bot");
    deployOptions.workers = 1;
    deployOptions.progressInterval = std::chrono::milliseconds(0);
    deployOptions.progress = [&](const StepProgress &progress) {
        if (!asked && progress.counts.succeeded >= 1)
            asked = (*other)->holdStep(QStringLiteral("ci-bot")).ok();
    };
    const Result<ExecutionSummary> held = environment->deployPreparedModules(deployOptions);
    QVERIFY(held.ok());
    QCOMPARE(held->status, ExecutionStatus::OnHold);

    MainWindow window(dir.path(), testing::testUser);
    window.resize(1280, 800);
    window.show();
    window.showPage(QStringLiteral("factory/upgrades"));
    UpgradesPage *page = window.upgradesPage();
    QTRY_VERIFY_WITH_TIMEOUT(
        page->findChild<QPushButton *>(QStringLiteral("resumeButton"))->isEnabled(), 10000);
    QCOMPARE(page->statusHeadline(), QStringLiteral("The modules deployment is on hold."));
    save(&window, QStringLiteral("59-factory-upgrades-on-hold"));
}

// The step banner over the screens: a preparation running in another Environment, its
// success, a deployment on hold, and a failed preparation step.
void TestScreenshots::stepBanner()
{
    QTemporaryDir dir;
    QString error;
    auto environment = testing::createSmallFactory(dir.path(), &error);
    QVERIFY2(environment, qPrintable(error));
    QVERIFY(environment->upgradePlatform(UpgradeRequest{PlatformVersion{11, 19, 0}},
                                         testing::testUser));
    auto window = std::make_unique<MainWindow>(dir.path(), testing::testUser);
    window->resize(1280, 800);
    window->show();
    window->showPage(QStringLiteral("factory/modules"));
    StepBanner *banner = window->stepBanner();

    // The preparation, held still after its first module.
    std::atomic<bool> reached = false;
    QSemaphore go;
    const QString dataDir = dir.path();
    QFuture<Result<ExecutionSummary>> run = QtConcurrent::run([&, dataDir] {
        auto other = Environment::open(dataDir);
        if (!other)
            return Result<ExecutionSummary>(other.error());
        PreparationOptions options;
        options.user = testing::testUser;
        options.workers = 1;
        options.progressInterval = std::chrono::milliseconds(0);
        options.progress = [&](const StepProgress &progress) {
            if (!reached && progress.counts.succeeded >= 1) {
                reached = true;
                (void)go.tryAcquire(1, 60000);
            }
        };
        return (*other)->prepareModules(options);
    });
    const auto finish = qScopeGuard([&] {
        go.release();
        run.waitForFinished();
    });
    QTRY_VERIFY_WITH_TIMEOUT(reached, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(banner->isActive() && banner->percent() >= 25, 10000);
    save(window.get(), QStringLiteral("60-banner-preparing"));
    window->resize(760, 600);
    save(window.get(), QStringLiteral("61-banner-preparing-narrow"));
    window->resize(1280, 800);
    go.release();
    QTRY_VERIFY_WITH_TIMEOUT(run.isFinished(), 60000);
    QTRY_VERIFY_WITH_TIMEOUT(banner->isShowing() && !banner->isActive(), 10000);
    QCOMPARE(banner->headline(), run.result()->message);
    // The modules list follows the step's end.
    QTRY_COMPARE_WITH_TIMEOUT(
        window->modulesScreen()->listPage()->model()->index(0, 2).data().toString(),
        QStringLiteral("Prepared"), 10000);
    save(window.get(), QStringLiteral("62-banner-prepared"));

    // A deployment held after its first module.
    auto other = Environment::open(dir.path());
    QVERIFY(other.ok());
    bool asked = false;
    StepOptions deployOptions;
    deployOptions.user = QStringLiteral("ci-bot");
    deployOptions.workers = 1;
    deployOptions.progressInterval = std::chrono::milliseconds(0);
    deployOptions.progress = [&](const StepProgress &progress) {
        if (!asked && progress.counts.succeeded >= 1)
            asked = (*other)->holdStep(QStringLiteral("ci-bot")).ok();
    };
    const Result<ExecutionSummary> held = environment->deployPreparedModules(deployOptions);
    QVERIFY(held.ok());
    QCOMPARE(held->status, ExecutionStatus::OnHold);
    window->showPage(QStringLiteral("factory/upgrades"));
    QTRY_VERIFY_WITH_TIMEOUT(banner->headline().contains(QStringLiteral("is on hold")), 10000);
    save(window.get(), QStringLiteral("65-banner-deployment-on-hold"));

    // A preparation step that failed (no system components), over the Error Log.
    QTemporaryDir failedDir;
    auto failed = testing::createSmallFactory(failedDir.path(), &error);
    QVERIFY2(failed, qPrintable(error));
    QVERIFY(failed->upgradePlatform(UpgradeRequest{PlatformVersion{11, 12, 0}, false, false},
                                    testing::testUser));
    PreparationOptions options;
    options.user = testing::testUser;
    QVERIFY(failed->prepareModules(options).ok());
    window = std::make_unique<MainWindow>(failedDir.path(), testing::testUser);
    window->resize(1280, 800);
    window->show();
    banner = window->stepBanner();
    QTRY_VERIFY_WITH_TIMEOUT(banner->isShowing(), 10000);
    QCOMPARE(banner->headline(), QStringLiteral("There was an error preparing your modules."));
    window->showPage(QStringLiteral("monitoring/errors"));
    save(window.get(), QStringLiteral("66-banner-prep-step-failed"));
}

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
