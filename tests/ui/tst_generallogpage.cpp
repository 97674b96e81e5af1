// Monitoring > General log on a real environment whose operations wrote it (uploads,
// publishes, a refused publish): its columns, filters, the detail pane, live entries
// from another operation, and a render for review.
#include "logs/logbatches.h"
#include "monitoring/logdetailview.h"
#include "monitoring/logfilterbar.h"
#include "monitoring/logpage.h"
#include "monitoring/logtablemodel.h"
#include "operations/operationkind.h"
#include "uitestsupport.h"

#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace osc;

namespace {
constexpr int timeoutMs = 10000;
}

class TestGeneralLogPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void operationsAreListedWithWhoAndWhen();
    void refusalIsFoundByText();

private:
    qint64 count(const QString &where);

    QTemporaryDir m_dir;
    std::unique_ptr<Environment> m_environment;
    QTranslator m_english;
};

void TestGeneralLogPage::initTestCase()
{
    // English plurals, word for word as an English user reads them.
    QVERIFY(m_english.load(QStringLiteral(OSC_TRANSLATIONS_DIR "/osc_en.qm")));
    QCoreApplication::installTranslator(&m_english);
    testing::isolateSettings();
    QString error;
    m_environment = testing::createSmallFactory(m_dir.path(), &error);
    QVERIFY2(m_environment, qPrintable(error));
    // A publish refused while another operation holds the module.
    testing::OtherHolder other(m_dir.path(), std::chrono::minutes(5));
    QVERIFY(other.hold(OperationKind::DeleteModule, QStringLiteral("ops-robot"),
                       {QStringLiteral("Orders_Core")}));
    const Result<PublishOutcome> refused
        = m_environment->publish(QStringLiteral("Orders_Core"), 0, QStringLiteral("maria.silva"));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::Locked);
    other.release();
}

qint64 TestGeneralLogPage::count(const QString &where)
{
    auto db = Database::openSqlite(DataFolder(m_dir.path()).databaseFile(),
                                   Database::OpenMode::OpenExisting);
    // Every entry in a row first (a writer may have left batches), then plain SQL.
    while (LogBatches(**db).spread().value() > 0) { }
    return scalar(**db, QStringLiteral("SELECT COUNT(*) FROM general_log WHERE ") + where)
        .value()
        .toLongLong();
}

void TestGeneralLogPage::operationsAreListedWithWhoAndWhen()
{
    LogPage page(LogKind::General, m_dir.path());
    page.resize(1180, 700);
    LogTableModel *model = page.model();
    QTRY_VERIFY_WITH_TIMEOUT(model->hasLayout() && !model->isCounting(), timeoutMs);
    const qint64 all = count(QStringLiteral("1 = 1"));
    QVERIFY(all > 4);
    QCOMPARE(model->totalCount(), all);
    QCOMPARE(page.statusText(), QLocale().toString(all) + QStringLiteral(" entries"));
    QStringList headers;
    for (int column = 0; column < model->columnCount(); ++column)
        headers << model->headerData(column, Qt::Horizontal).toString();
    QCOMPARE(headers,
             (QStringList{QStringLiteral("Id"), QStringLiteral("Instant"), QStringLiteral("Event"),
                          QStringLiteral("Operation"), QStringLiteral("User"),
                          QStringLiteral("Module"), QStringLiteral("Message")}));

    page.filterBar()->operationBox()->setCurrentIndex(
        page.filterBar()->operationBox()->findData(operationKey(OperationKind::Publish)));
    const qint64 publishes = count(QStringLiteral("operation = 'publish'"));
    QTRY_COMPARE_WITH_TIMEOUT(model->totalCount(), publishes, timeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(model->index(0, 0).data(LogTableModel::LoadedRole).toBool(),
                             timeoutMs);
    page.view()->setCurrentIndex(page.view()->model()->index(0, 0));
    QTRY_VERIFY_WITH_TIMEOUT(page.detailView()->shownId() > 0, timeoutMs);
    const QString detail = page.detailView()->text();
    for (const QString &field :
         {QStringLiteral("Event"), QStringLiteral("User"), QStringLiteral("Server"),
          QStringLiteral("Process id"), QStringLiteral("1-Click Publish")})
        QVERIFY2(detail.contains(field), qPrintable(field + u'\n' + detail));
    QVERIFY2(!detail.contains(QStringLiteral("Platform version")), "not a General log field");

    // Another operation's entries arrive while the page is open.
    QSignalSpy arrived(model, &LogTableModel::entriesArrived);
    QVERIFY(m_environment->publish(QStringLiteral("Billing_Core"), 0, testing::testUser).ok());
    model->pollNow();
    QVERIFY(arrived.wait(timeoutMs));
    QTRY_COMPARE_WITH_TIMEOUT(model->totalCount(), count(QStringLiteral("operation = 'publish'")),
                              timeoutMs);
}

void TestGeneralLogPage::refusalIsFoundByText()
{
    LogPage page(LogKind::General, m_dir.path());
    page.resize(1180, 700);
    page.filterBar()->textEdit()->setText(QStringLiteral("maria.silva"));
    page.filterBar()->applyPendingText();
    LogTableModel *model = page.model();
    const qint64 expected = count(QStringLiteral("user_name = 'maria.silva'"));
    QVERIFY(expected >= 1);
    QTRY_COMPARE_WITH_TIMEOUT(model->totalCount(), expected, timeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(
        page.statusText(),
        expected == 1 ? QStringLiteral("1 matching entry")
                      : QStringLiteral("%1 matching entries").arg(QLocale().toString(expected)),
        timeoutMs);
    bool sawRefusal = false;
    for (int row = 0; row < model->rowCount(); ++row) {
        QTRY_VERIFY_WITH_TIMEOUT(model->index(row, 0).data(LogTableModel::LoadedRole).toBool(),
                                 timeoutMs);
        QCOMPARE(model->recordAt(row)->user, QStringLiteral("maria.silva"));
        sawRefusal = sawRefusal || model->recordAt(row)->step == QStringLiteral("refused");
    }
    QVERIFY(sawRefusal);
    page.view()->setCurrentIndex(page.view()->model()->index(0, 0));
    QTRY_VERIFY_WITH_TIMEOUT(page.detailView()->shownId() > 0, timeoutMs);

    QString outputDir = qEnvironmentVariable("OSC_SCREENSHOT_DIR");
    if (outputDir.isEmpty())
        outputDir
            = QDir(QCoreApplication::applicationDirPath()).absoluteFilePath("../../screenshots");
    QVERIFY(QDir().mkpath(outputDir));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    const QString path = QDir(outputDir).filePath(QStringLiteral("76-general-log-refusal.png"));
    QVERIFY(page.grab().save(path));
    qInfo("screenshot: %s", qPrintable(path));
}

QTEST_MAIN(TestGeneralLogPage)
#include "tst_generallogpage.moc"
