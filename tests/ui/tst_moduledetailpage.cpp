#include "modules/moduledetailpage.h"
#include "uitestsupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace osc;

namespace {

QStringList itemTexts(const QListWidget *list)
{
    QStringList texts;
    for (int row = 0; row < list->count(); ++row)
        texts << list->item(row)->text();
    return texts;
}

template<typename T> T *child(const QWidget &page, const char *name)
{
    T *widget = page.findChild<T *>(QLatin1String(name));
    if (!widget)
        qFatal("no child %s", name);
    return widget;
}

} // namespace

class TestModuleDetailPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsTheModuleWithProducersAndConsumers();
    void activatingAProducerOpensIt();
    void publishSucceedsAndThePageShowsIt();
    void republishesAnOlderVersion();
    void failingPublishShowsEveryDiagnostic();
    void unknownModuleShowsTheError();
    void settingsFormShowsTheCurrentValues();
    void moduleWithoutSettingsSaysSo();
    void mnemonicsAreUnique();

private:
    std::unique_ptr<Environment> openEnvironment();
    static bool showAndWait(ModuleDetailPage &page, const QString &name);

    QTemporaryDir m_dir;
    QString m_linked; // a module with producers and consumers
};

void TestModuleDetailPage::initTestCase()
{
    testing::isolateSettings();
    QVERIFY(m_dir.isValid());
    QString error;
    auto environment = testing::createSmallFactory(m_dir.path(), &error);
    QVERIFY2(environment, qPrintable(error));
    m_linked = QStringLiteral("Orders_Core");
}

std::unique_ptr<Environment> TestModuleDetailPage::openEnvironment()
{
    auto opened = Environment::open(m_dir.path());
    if (!opened) {
        qWarning("%s", qPrintable(opened.error().fullText()));
        return nullptr;
    }
    return std::move(opened.value());
}

bool TestModuleDetailPage::showAndWait(ModuleDetailPage &page, const QString &name)
{
    QSignalSpy loaded(&page, &ModuleDetailPage::loaded);
    page.showModule(name);
    return loaded.wait(10000);
}

void TestModuleDetailPage::showsTheModuleWithProducersAndConsumers()
{
    auto environment = openEnvironment();
    QVERIFY(environment);
    const auto expected = environment->module(m_linked);
    QVERIFY(expected.ok());

    ModuleDetailPage page(m_dir.path(), testing::testUser);
    page.show();
    QVERIFY(showAndWait(page, m_linked));
    QVERIFY(page.detail().has_value());

    QCOMPARE(child<QLabel>(page, "nameLabel")->text(), m_linked);
    QVERIFY(child<QLabel>(page, "statusValue")->text().contains(QStringLiteral("Up to date")));
    QCOMPARE(itemTexts(child<QListWidget>(page, "producersList")), expected->producers);
    QCOMPARE(itemTexts(child<QListWidget>(page, "consumersList")), expected->consumers);
    QCOMPARE(expected->producers, QStringList{"Foundation_Lib"});
    QCOMPARE(expected->consumers, QStringList{"Orders_Portal"});
    QCOMPARE(child<QTreeWidget>(page, "versionsTable")->topLevelItemCount(),
             int(expected->versions.size()));
    QCOMPARE(child<QTreeWidget>(page, "compilationsTable")->topLevelItemCount(),
             int(expected->compilations.size()));
    QVERIFY(expected->deployment.has_value());
    QCOMPARE(child<QLabel>(page, "runningFolder")->text(), expected->deployment->runningPath);
    QVERIFY(child<QPushButton>(page, "publishButton")->isEnabled());
}

void TestModuleDetailPage::activatingAProducerOpensIt()
{
    ModuleDetailPage page(m_dir.path(), testing::testUser);
    page.show();
    QVERIFY(showAndWait(page, m_linked));

    auto *producers = child<QListWidget>(page, "producersList");
    QVERIFY(producers->count() > 0);
    const QString producer = producers->item(0)->text();
    QSignalSpy loaded(&page, &ModuleDetailPage::loaded);
    producers->setFocus();
    producers->setCurrentRow(0);
    QTest::keyClick(producers, Qt::Key_Return);
    QCOMPARE(page.moduleName(), producer);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(child<QLabel>(page, "nameLabel")->text(), producer);
    QCOMPARE(producer, QStringLiteral("Foundation_Lib"));
    QCOMPARE(itemTexts(child<QListWidget>(page, "consumersList")),
             (QStringList{"Billing_Core", "Orders_Core"}));
}

void TestModuleDetailPage::publishSucceedsAndThePageShowsIt()
{
    ModuleDetailPage page(m_dir.path(), testing::testUser);
    page.show();
    QVERIFY(showAndWait(page, m_linked));
    const int compilationsBefore = int(page.detail()->compilations.size());
    const int latest = page.detail()->summary.latestVersion;

    QSignalSpy finished(&page, &ModuleDetailPage::publishFinished);
    QSignalSpy changed(&page, &ModuleDetailPage::modulesChanged);
    auto *publish = child<QPushButton>(page, "publishButton");
    QTest::mouseClick(publish, Qt::LeftButton);
    // While it runs: the button is disabled and the busy indicator shows.
    QVERIFY(page.isPublishing());
    QVERIFY(!publish->isEnabled());
    QVERIFY(child<QProgressBar>(page, "operationBusy")->isVisible());

    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().at(0).toBool(), true);
    QCOMPARE(changed.size(), 1);
    QVERIFY(!child<QProgressBar>(page, "operationBusy")->isVisible());
    QVERIFY(child<QFrame>(page, "outcomePanel")->isVisible());
    const QString headline = child<QLabel>(page, "outcomeHeadline")->text();
    QVERIFY2(
        headline.startsWith(
            QStringLiteral("Published version %1 of \u2018%2\u2019 in ").arg(latest).arg(m_linked)),
        qPrintable(headline));
    QVERIFY(!child<QPlainTextEdit>(page, "outcomeDetails")->isVisible());

    // The page reloads and shows the new compilation.
    QTRY_COMPARE_WITH_TIMEOUT(int(page.detail()->compilations.size()), compilationsBefore + 1,
                              10000);
    QCOMPARE(child<QTreeWidget>(page, "compilationsTable")->topLevelItemCount(),
             compilationsBefore + 1);
    QVERIFY(publish->isEnabled());
}

void TestModuleDetailPage::republishesAnOlderVersion()
{
    // Upload a second version of a module, then republish the first one.
    auto environment = openEnvironment();
    QVERIFY(environment);
    const auto source = environment->moduleSource(m_linked);
    QVERIFY(source.ok());
    ModuleDefinition changed = source.value();
    changed.description += QStringLiteral(" (revised)");
    QVERIFY(environment->importDefinitions({changed}, testing::testUser).ok());
    environment.reset();

    ModuleDetailPage page(m_dir.path(), testing::testUser);
    page.show();
    QVERIFY(showAndWait(page, m_linked));
    const int latest = page.detail()->summary.latestVersion;
    QVERIFY(latest >= 2);
    auto *versions = child<QComboBox>(page, "versionCombo");
    QCOMPARE(versions->count(), int(page.detail()->versions.size()));
    QCOMPARE(versions->currentData().toInt(), latest);
    versions->setCurrentIndex(versions->findData(latest - 1));

    QSignalSpy finished(&page, &ModuleDetailPage::publishFinished);
    QTest::mouseClick(child<QPushButton>(page, "publishButton"), Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    QVERIFY(finished.first().at(0).toBool());
    QTRY_VERIFY_WITH_TIMEOUT(page.detail() && page.detail()->summary.runningVersion == latest - 1,
                             10000);
    QVERIFY(child<QLabel>(page, "outcomeHeadline")
                ->text()
                .contains(QStringLiteral("version %1 ").arg(latest - 1)));
}

void TestModuleDetailPage::failingPublishShowsEveryDiagnostic()
{
    auto environment = openEnvironment();
    QVERIFY(environment);
    const auto producer = environment->moduleSource(m_linked);
    QVERIFY(producer.ok());
    const QString broken = QStringLiteral("Broken_Consumer");
    const ModuleDefinition consumer = testing::mismatchedConsumerOf(producer.value(), broken);
    QVERIFY(!consumer.references.isEmpty());
    QVERIFY(environment->importDefinitions({consumer}, testing::testUser).ok());

    ModuleDetailPage page(m_dir.path(), testing::testUser);
    page.show();
    QVERIFY(showAndWait(page, broken));
    QCOMPARE(page.detail()->summary.status, ModuleStatus::NeverPublished);

    QSignalSpy finished(&page, &ModuleDetailPage::publishFinished);
    QTest::mouseClick(child<QPushButton>(page, "publishButton"), Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().at(0).toBool(), false);
    const QString summary = finished.first().at(1).toString();

    // Every diagnostic of the failed compilation is in the outcome panel.
    QTRY_VERIFY2_WITH_TIMEOUT(page.detail() && !page.detail()->compilations.isEmpty(),
                              qPrintable(summary), 10000);
    const auto detail = environment->module(broken);
    QVERIFY(detail.ok());
    const CompilationInfo &failed = detail->compilations.first();
    QVERIFY(!failed.succeeded);
    QVERIFY(!failed.diagnostics.isEmpty());
    auto *details = child<QPlainTextEdit>(page, "outcomeDetails");
    QVERIFY(details->isVisible());
    for (const QString &diagnostic : failed.diagnostics)
        QVERIFY2(details->toPlainText().contains(diagnostic), qPrintable(diagnostic));
    QVERIFY(details->toPlainText().contains(m_linked));
    QVERIFY(child<QLabel>(page, "outcomeHeadline")
                ->text()
                .startsWith(QStringLiteral("Publishing '%1' version 1 failed: 1 compilation "
                                           "error(s) for platform version 11.11.0. The running "
                                           "version is unchanged.")
                                .arg(broken)));

    // The compilations table selects the failed one and shows its diagnostics.
    auto *compilations = child<QTreeWidget>(page, "compilationsTable");
    QCOMPARE(compilations->topLevelItemCount(), 1);
    QCOMPARE(compilations->topLevelItem(0)->text(2), QStringLiteral("Failed"));
    QCOMPARE(child<QPlainTextEdit>(page, "compilationDiagnostics")->toPlainText(),
             failed.diagnostics.join(u'\n'));
}

void TestModuleDetailPage::unknownModuleShowsTheError()
{
    ModuleDetailPage page(m_dir.path(), testing::testUser);
    page.show();
    QVERIFY(showAndWait(page, QStringLiteral("No_Such_Module")));
    QVERIFY(!page.detail().has_value());
    auto *error = child<QLabel>(page, "loadError");
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(QStringLiteral("No_Such_Module")));
    QVERIFY(!child<QPushButton>(page, "publishButton")->isEnabled());
}

void TestModuleDetailPage::settingsFormShowsTheCurrentValues()
{
    ModuleDetailPage page(m_dir.path(), testing::testUser);
    page.show();
    QVERIFY(showAndWait(page, QStringLiteral("Foundation_Lib")));
    auto *editor = page.findChild<QLineEdit *>(QStringLiteral("settingEditor:DefaultCountry"));
    QVERIFY(editor);
    QCOMPARE(editor->text(), page.detail()->settings.first().defaultValue);
    QCOMPARE(editor->text(), QStringLiteral("PT"));
    auto *apply = child<QPushButton>(page, "applySettingsButton");
    auto *revert = child<QPushButton>(page, "revertSettingsButton");
    // Apply is enabled only while a value differs from the one the module runs with.
    QVERIFY(!apply->isEnabled());
    editor->setText(QStringLiteral("ES"));
    QVERIFY(apply->isEnabled());
    QCOMPARE(page.changedSettings(), (QMap<QString, QString>{{"DefaultCountry", "ES"}}));
    QCOMPARE(child<QLabel>(page, "settingsChanges")->text(),
             QStringLiteral("1 change(s) not applied"));
    editor->setText(QStringLiteral("PT"));
    QVERIFY(!apply->isEnabled());
    editor->setText(QStringLiteral("FR"));
    QTest::mouseClick(revert, Qt::LeftButton);
    QCOMPARE(editor->text(), QStringLiteral("PT"));
    QVERIFY(!apply->isEnabled());

    // A reload keeps what the operator is editing.
    editor->setText(QStringLiteral("DE"));
    QSignalSpy loaded(&page, &ModuleDetailPage::loaded);
    page.reload();
    QVERIFY(loaded.wait(10000));
    QCOMPARE(page.findChild<QLineEdit *>(QStringLiteral("settingEditor:DefaultCountry")), editor);
    QCOMPARE(editor->text(), QStringLiteral("DE"));
    QVERIFY(apply->isEnabled());
}

void TestModuleDetailPage::moduleWithoutSettingsSaysSo()
{
    ModuleDetailPage page(m_dir.path(), testing::testUser);
    page.show();
    QVERIFY(showAndWait(page, QStringLiteral("Orders_Portal")));
    QVERIFY(page.detail()->settings.isEmpty());
    child<QTabWidget>(page, "detailTabs")->setCurrentIndex(4);
    QVERIFY(child<QLabel>(page, "noSettings")->isVisible());
    QVERIFY(!child<QPushButton>(page, "applySettingsButton")->isVisible());
    QVERIFY(child<QPushButton>(page, "deleteButton")->isEnabled());
}

// Alt+letter reaches one control only: no two buttons or labelled fields of the
// page share a mnemonic.
void TestModuleDetailPage::mnemonicsAreUnique()
{
    ModuleDetailPage page(m_dir.path(), testing::testUser);
    page.show();
    QVERIFY(showAndWait(page, QStringLiteral("Foundation_Lib")));
    QStringList texts;
    for (const QAbstractButton *button : page.findChildren<QAbstractButton *>())
        texts << button->text();
    for (const QLabel *label : page.findChildren<QLabel *>()) {
        if (label->buddy())
            texts << label->text();
    }
    QMap<QChar, QString> owners;
    for (const QString &text : std::as_const(texts)) {
        const QString single = QString(text).replace(QStringLiteral("&&"), QString());
        const qsizetype amp = single.indexOf(u'&');
        if (amp < 0 || amp + 1 >= single.size())
            continue;
        const QChar key = single.at(amp + 1).toLower();
        QVERIFY2(
            !owners.contains(key),
            qPrintable(
                QStringLiteral("Alt+%1: \"%2\" and \"%3\"").arg(key, owners.value(key), text)));
        owners.insert(key, text);
    }
    QVERIFY(owners.size() >= 7);
}

QTEST_MAIN(TestModuleDetailPage)
#include "tst_moduledetailpage.moc"
