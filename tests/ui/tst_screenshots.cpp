// Renders every screen to PNG files, for people to look at: <build>/screenshots/*.png
// (or $OSC_SCREENSHOT_DIR). Each test asserts that its screen is in the state it
// names before grabbing it.

#include "mainwindow.h"
#include "modules/moduledetailpage.h"
#include "modules/modulesfiltermodel.h"
#include "modules/modulesmodel.h"
#include "modules/modulespage.h"
#include "modules/modulesscreen.h"
#include "uitestsupport.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

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
    void placeholderPages();

private:
    void save(QWidget *widget, const QString &name);
    static bool openAndWait(ModulesScreen *screen, const QString &name);

    QTemporaryDir m_dir;
    QTemporaryDir m_emptyDir;
    QString m_outputDir;
    QString m_linked;
    const QString m_longName = QStringLiteral(
        "Customer_Relationship_Management_Extended_Integration_Services_Legacy_Adapter");
    const QString m_broken = QStringLiteral("Invoice_Consumer_With_Stale_Reference");
};

void TestScreenshots::initTestCase()
{
    testing::isolateSettings();
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

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
