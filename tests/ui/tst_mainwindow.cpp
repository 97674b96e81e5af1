#include "health/environmenthealthpage.h"
#include "mainwindow.h"
#include "modules/moduledetailpage.h"
#include "modules/modulesfiltermodel.h"
#include "modules/modulesmodel.h"
#include "modules/modulespage.h"
#include "modules/modulesscreen.h"
#include "monitoring/logpage.h"
#include "shell/placeholderpage.h"
#include "uitestsupport.h"
#include "upgrade/platformupgradepage.h"
#include "upgrade/upgradespage.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeView>

using namespace osc;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void opensOnFactoryModulesListingTheModules();
    void statusBarNamesTheEnvironment();
    void everyAreaHasItsPages();
    void searchFiltersByNameAndApplication();
    void statusFilterWithNoMatchShowsTheEmptyState();
    void enterOpensTheModuleAndEscapeComesBack();
    void remembersTheLastPage();
    void mnemonicsAreUniqueOnEveryPage_data();
    void mnemonicsAreUniqueOnEveryPage();

private:
    QTemporaryDir m_dir;
    QList<ModuleSummary> m_modules;
};

static constexpr int moduleCount = 40;

void TestMainWindow::initTestCase()
{
    testing::isolateSettings();
    QVERIFY(m_dir.isValid());
    QString error;
    auto environment = testing::createDemoEnvironment(m_dir.path(), moduleCount, &error);
    QVERIFY2(environment, qPrintable(error));
    auto modules = environment->modules();
    QVERIFY2(modules.ok(), qPrintable(modules.ok() ? QString() : modules.error().fullText()));
    m_modules = modules.value();
    QCOMPARE(m_modules.size(), moduleCount);
}

void TestMainWindow::init()
{
    QSettings().clear();
}

void TestMainWindow::opensOnFactoryModulesListingTheModules()
{
    MainWindow window(m_dir.path(), testing::testUser);
    window.show();
    QCOMPARE(window.currentPageKey(), QStringLiteral("factory/modules"));
    ModulesPage *list = window.modulesScreen()->listPage();
    QVERIFY(!window.modulesScreen()->isShowingDetail());
    QTRY_COMPARE_WITH_TIMEOUT(list->filterModel()->rowCount(), moduleCount, 10000);
    // English plurals come from osc_en.qm, which the tests do not load.
    QCOMPARE(list->countLabel()->text(), ModulesPage::tr("%n module(s)", nullptr, moduleCount));
    QVERIFY(list->countLabel()->text().startsWith(QStringLiteral("40 module")));
    QVERIFY(list->view()->isVisible());

    QStringList expected;
    for (const ModuleSummary &module : std::as_const(m_modules))
        expected << module.name;
    QStringList shown;
    for (int row = 0; row < list->filterModel()->rowCount(); ++row)
        shown << list->filterModel()->index(row, 0).data(ModulesModel::NameRole).toString();
    expected.sort(Qt::CaseInsensitive);
    QCOMPARE(shown, expected); // sorted by name on start
}

void TestMainWindow::statusBarNamesTheEnvironment()
{
    MainWindow window(m_dir.path(), testing::testUser);
    window.show();
    auto *platform = window.statusBar()->findChild<QLabel *>(QStringLiteral("platformVersion"));
    auto *folder = window.statusBar()->findChild<QLabel *>(QStringLiteral("environmentFolder"));
    QVERIFY(platform && folder);
    QTRY_COMPARE_WITH_TIMEOUT(platform->text(), QStringLiteral("Platform 11.11.0"), 10000);
    QVERIFY2(folder->text().contains(QDir::toNativeSeparators(m_dir.path())),
             qPrintable(folder->text()));
}

void TestMainWindow::everyAreaHasItsPages()
{
    MainWindow window(m_dir.path(), testing::testUser);
    const QStringList expected{
        "monitoring/errors",       "monitoring/general-log",          "factory/modules",
        "factory/upgrades",        "administration/platform-upgrade", "administration/health",
        "administration/settings",
    };
    QCOMPARE(window.pageKeys(), expected);
    for (const QString &key : expected) {
        window.showPage(key);
        QCOMPARE(window.currentPageKey(), key);
        if (key == QLatin1String("factory/modules"))
            continue;
        if (key == QLatin1String("administration/platform-upgrade")) {
            QVERIFY(qobject_cast<PlatformUpgradePage *>(window.page(key)));
            continue;
        }
        if (key == QLatin1String("factory/upgrades")) {
            QVERIFY(qobject_cast<UpgradesPage *>(window.page(key)));
            continue;
        }
        if (key == QLatin1String("administration/health")) {
            QVERIFY(qobject_cast<EnvironmentHealthPage *>(window.page(key)));
            continue;
        }
        if (key.startsWith(QLatin1String("monitoring/"))) {
            auto *log = qobject_cast<LogPage *>(window.page(key));
            QVERIFY2(log, qPrintable(key));
            QCOMPARE(log->kind(),
                     key == QLatin1String("monitoring/errors") ? LogKind::Errors
                                                               : LogKind::General);
            continue;
        }
        auto *placeholder = qobject_cast<PlaceholderPage *>(window.page(key));
        QVERIFY2(placeholder, qPrintable(key));
        QVERIFY(!placeholder->title().isEmpty());
        QVERIFY(placeholder->description().size() > 40);
    }
}

void TestMainWindow::searchFiltersByNameAndApplication()
{
    MainWindow window(m_dir.path(), testing::testUser);
    window.show();
    ModulesPage *list = window.modulesScreen()->listPage();
    QTRY_COMPARE_WITH_TIMEOUT(list->filterModel()->rowCount(), moduleCount, 10000);

    // A fragment of one module's application: every module of that application and
    // every module whose name holds the fragment match, in any letter case.
    const QString fragment = m_modules.at(moduleCount / 2).application.left(5).toUpper();
    QVERIFY(!fragment.isEmpty());
    int expected = 0;
    for (const ModuleSummary &module : std::as_const(m_modules)) {
        if (module.name.contains(fragment, Qt::CaseInsensitive)
            || module.application.contains(fragment, Qt::CaseInsensitive))
            ++expected;
    }
    QVERIFY(expected > 0 && expected < moduleCount);

    QTest::keyClicks(list->searchField(), fragment);
    QTRY_COMPARE(list->filterModel()->rowCount(), expected);
    QCOMPARE(list->countLabel()->text(),
             ModulesPage::tr("%1 of %n module(s)", nullptr, moduleCount).arg(expected));
    QVERIFY(list->countLabel()->text().startsWith(QStringLiteral("%1 of 40 module").arg(expected)));

    list->searchField()->clear();
    QTRY_COMPARE(list->filterModel()->rowCount(), moduleCount);
}

void TestMainWindow::statusFilterWithNoMatchShowsTheEmptyState()
{
    MainWindow window(m_dir.path(), testing::testUser);
    window.show();
    ModulesPage *list = window.modulesScreen()->listPage();
    QTRY_COMPARE_WITH_TIMEOUT(list->filterModel()->rowCount(), moduleCount, 10000);

    // The demo factory is published at 11.11.0: nothing is "Not upgraded".
    QComboBox *status = list->statusFilter();
    const int notUpgraded = status->findData(int(ModuleStatus::NotUpgraded));
    QVERIFY(notUpgraded > 0);
    QCOMPARE(status->itemText(notUpgraded), QStringLiteral("Not upgraded (0)"));
    status->setCurrentIndex(notUpgraded);
    QCOMPARE(list->filterModel()->rowCount(), 0);
    QVERIFY(!list->view()->isVisible());
    auto *empty = list->findChild<QWidget *>(QStringLiteral("emptyState"));
    QVERIFY(empty && empty->isVisible());

    status->setCurrentIndex(status->findData(int(ModuleStatus::UpToDate)));
    QCOMPARE(list->filterModel()->rowCount(), moduleCount);
    QVERIFY(list->view()->isVisible());
}

void TestMainWindow::enterOpensTheModuleAndEscapeComesBack()
{
    MainWindow window(m_dir.path(), testing::testUser);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ModulesScreen *screen = window.modulesScreen();
    ModulesPage *list = screen->listPage();
    QTRY_COMPARE_WITH_TIMEOUT(list->filterModel()->rowCount(), moduleCount, 10000);

    const QModelIndex third = list->filterModel()->index(2, 0);
    const QString name = third.data(ModulesModel::NameRole).toString();
    list->view()->setFocus();
    list->view()->setCurrentIndex(third);
    QSignalSpy loaded(screen->detailPage(), &ModuleDetailPage::loaded);
    QTest::keyClick(list->view(), Qt::Key_Return);
    QVERIFY(screen->isShowingDetail());
    QVERIFY(loaded.wait(10000));
    QCOMPARE(screen->detailPage()->moduleName(), name);
    auto *nameLabel = screen->detailPage()->findChild<QLabel *>(QStringLiteral("nameLabel"));
    QCOMPARE(nameLabel->text(), name);

    QTest::keyClick(screen->detailPage(), Qt::Key_Escape);
    QVERIFY(!screen->isShowingDetail());
    QCOMPARE(list->view()->currentIndex().data(ModulesModel::NameRole).toString(), name);
}

void TestMainWindow::remembersTheLastPage()
{
    {
        MainWindow window(m_dir.path(), testing::testUser);
        window.show();
        window.showPage(QStringLiteral("administration/health"));
        window.close();
    }
    MainWindow window(m_dir.path(), testing::testUser);
    QCOMPARE(window.currentPageKey(), QStringLiteral("administration/health"));
}

// The Alt+letter of everything a page shows (menus, area tabs, buttons, labels of
// fields, tabs, group boxes). Two visible widgets with one letter make Alt+letter
// ambiguous: it then only moves the focus between them.
static QStringList mnemonicClashes(QWidget *window)
{
    QMultiHash<QChar, QString> owners;
    const auto add = [&](const QString &text, const QWidget *widget) {
        const qsizetype amp
            = QString(text).replace(QStringLiteral("&&"), QStringLiteral("__")).indexOf(u'&');
        if (amp >= 0 && amp + 1 < text.size())
            owners.insert(text.at(amp + 1).toLower(),
                          QStringLiteral("'%1' (%2)").arg(text, widget->objectName()));
    };
    for (const QWidget *widget : window->findChildren<QWidget *>()) {
        if (!widget->isVisible())
            continue;
        if (const auto *menuBar = qobject_cast<const QMenuBar *>(widget)) {
            for (const QAction *menu : menuBar->actions())
                add(menu->text(), widget);
        } else if (const auto *tabs = qobject_cast<const QTabBar *>(widget)) {
            for (int tab = 0; tab < tabs->count(); ++tab)
                add(tabs->tabText(tab), widget);
        } else if (const auto *button = qobject_cast<const QAbstractButton *>(widget)) {
            add(button->text(), widget);
        } else if (const auto *label = qobject_cast<const QLabel *>(widget)) {
            if (label->buddy())
                add(label->text(), widget);
        } else if (const auto *group = qobject_cast<const QGroupBox *>(widget)) {
            add(group->title(), widget);
        }
    }
    QStringList clashes;
    for (const QChar letter : owners.uniqueKeys()) {
        const QStringList texts = owners.values(letter);
        if (texts.size() > 1)
            clashes << QStringLiteral("Alt+%1: %2").arg(letter.toUpper(), texts.join(u", "));
    }
    return clashes;
}

void TestMainWindow::mnemonicsAreUniqueOnEveryPage_data()
{
    QTest::addColumn<QString>("translation");
    QTest::newRow("English (the source text)") << QString();
    QTest::newRow("Portuguese") << QStringLiteral(OSC_TRANSLATIONS_DIR "/osc_pt_PT.qm");
}

void TestMainWindow::mnemonicsAreUniqueOnEveryPage()
{
    QFETCH(QString, translation);
    QTranslator translator;
    if (!translation.isEmpty()) {
        QVERIFY2(translator.load(translation), qPrintable(translation));
        QCoreApplication::installTranslator(&translator);
    }
    const auto untranslate = qScopeGuard([&] { QCoreApplication::removeTranslator(&translator); });
    MainWindow window(m_dir.path(), testing::testUser);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.menuBar()->actions().size(), 3); // File, View, Help
    QStringList problems;
    const auto check = [&](const QString &where) {
        for (const QString &clash : mnemonicClashes(&window))
            problems << where + QStringLiteral(": ") + clash;
    };
    for (const QString &key : window.pageKeys()) {
        window.showPage(key);
        check(key);
    }
    // The modules list when nothing matches: its empty state offers to clear the filters.
    window.showPage(QStringLiteral("factory/modules"));
    ModulesScreen *screen = window.modulesScreen();
    QTRY_COMPARE_WITH_TIMEOUT(screen->listPage()->filterModel()->rowCount(), moduleCount, 10000);
    screen->listPage()->searchField()->setText(QStringLiteral("no such module"));
    QTRY_COMPARE(screen->listPage()->filterModel()->rowCount(), 0);
    check(QStringLiteral("factory/modules, nothing matches"));
    screen->listPage()->searchField()->clear();
    // The module detail, on each of its tabs (the settings tab has buttons).
    QSignalSpy loaded(screen->detailPage(), &ModuleDetailPage::loaded);
    screen->openModule(m_modules.first().name);
    QVERIFY(loaded.wait(10000));
    auto *tabs = screen->detailPage()->findChild<QTabWidget *>();
    QVERIFY(tabs);
    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        check(QStringLiteral("module detail, tab %1").arg(tabs->tabText(tab)));
    }
    problems.removeDuplicates();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
