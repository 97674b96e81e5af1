// The upgrades report's shared exports: what a re-run changed since the run it
// re-runs, the JSON keys (CLI.md vocabulary), the CSV with RFC 4180 quoting, and a
// clear error when the export cannot be written.
#include "engine/executionreport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace osc;

namespace {

// A run in one line: "A=failed B=succeeded C=skipped" (names and ModuleRunState keys).
ExecutionDetail parseRun(qint64 id, const QString &spec)
{
    ExecutionDetail detail;
    detail.summary.id = id;
    for (const QString &item : spec.split(u' ', Qt::SkipEmptyParts)) {
        const QStringList parts = item.split(u'=');
        ExecutionModuleResult module;
        module.module = parts.at(0);
        module.version = 1;
        module.state = moduleRunStateFromKey(parts.at(1)).value();
        detail.modules.append(module);
    }
    return detail;
}

QStringList names(const QString &list)
{
    return list.split(u' ', Qt::SkipEmptyParts);
}

QStringList sortedKeys(const QJsonObject &object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}

const QDateTime started(QDate(2026, 11, 22), QTime(2, 30, 0), Qt::UTC);

// An ended re-run (execution 7 re-runs 5) with a failed module, a skipped consumer
// and a succeeded one.
ExecutionDetail sampleDetail()
{
    ExecutionDetail detail;
    ExecutionSummary &summary = detail.summary;
    summary.id = 7;
    summary.kind = ExecutionKind::Preparation;
    summary.platformVersion = PlatformVersion{11, 12, 0};
    summary.startedBy = QStringLiteral("alice");
    summary.startedAt = started;
    summary.endedAt = started.addSecs(90);
    summary.status = ExecutionStatus::FinishedWithErrors;
    summary.counts = ExecutionCounts{3, 1, 1, 1, 0, 0};
    summary.workers = 2;
    summary.previousId = 5;
    summary.message = QStringLiteral("Some modules failed.");

    ExecutionModuleResult failed;
    failed.module = QStringLiteral("Billing_CS");
    failed.version = 4;
    failed.state = ModuleRunState::Failed;
    failed.reason = QStringLiteral("platform API 'Legacy.SoapCall' was removed");
    failed.worker = QStringLiteral("worker-1");
    failed.startedAt = started.addSecs(1);
    failed.endedAt = started.addSecs(3);
    failed.durationMs = 2000;
    failed.errorId = 123;

    ExecutionModuleResult skipped;
    skipped.module = QStringLiteral("Billing_Portal");
    skipped.version = 2;
    skipped.state = ModuleRunState::Skipped;
    skipped.reason = QStringLiteral("its producer Billing_CS failed");
    skipped.blockedBy = QStringLiteral("Billing_CS");

    ExecutionModuleResult succeeded;
    succeeded.module = QStringLiteral("Customer_Lib");
    succeeded.version = 9;
    succeeded.state = ModuleRunState::Succeeded;
    succeeded.worker = QStringLiteral("worker-2");
    succeeded.startedAt = started.addSecs(1);
    succeeded.endedAt = started.addMSecs(1250);
    succeeded.durationMs = 250;
    succeeded.compilationId = 88;

    detail.modules = {failed, skipped, succeeded};
    return detail;
}

} // namespace

class TestExecutionReport : public QObject
{
    Q_OBJECT

private slots:
    void compareExecutions_data();
    void compareExecutions();
    void jsonKeys_data();
    void jsonKeys();
    void jsonValues();
    void isoTimeHasAnOffset();
    void csvQuoting_data();
    void csvQuoting();
    void csvRows();
    void writeReport_data();
    void writeReport();
    void writeReportToAnUnwritablePath_data();
    void writeReportToAnUnwritablePath();
    void criticalPath_data();
    void criticalPath();
};

void TestExecutionReport::compareExecutions_data()
{
    QTest::addColumn<QString>("previous");
    QTest::addColumn<QString>("current");
    QTest::addColumn<QString>("newlyFixed");
    QTest::addColumn<QString>("stillFailing");
    QTest::addColumn<QString>("newlyFailing");

    QTest::newRow("failed before, succeeded now -> newly fixed") << "A=failed"
                                                                 << "A=succeeded"
                                                                 << "A"
                                                                 << ""
                                                                 << "";
    QTest::newRow("skipped before, succeeded now -> newly fixed") << "A=skipped"
                                                                  << "A=succeeded"
                                                                  << "A"
                                                                  << ""
                                                                  << "";
    QTest::newRow("failed in both -> still failing") << "A=failed"
                                                     << "A=failed"
                                                     << ""
                                                     << "A"
                                                     << "";
    QTest::newRow("skipped counts as failing -> still failing") << "A=failed B=skipped"
                                                                << "A=skipped B=failed"
                                                                << ""
                                                                << "A B"
                                                                << "";
    QTest::newRow("succeeded before, failed now -> newly failing") << "A=succeeded"
                                                                   << "A=failed"
                                                                   << ""
                                                                   << ""
                                                                   << "A";
    QTest::newRow("succeeded before, skipped now -> newly failing") << "A=succeeded"
                                                                    << "A=skipped"
                                                                    << ""
                                                                    << ""
                                                                    << "A";
    QTest::newRow("absent before, failed now -> newly failing") << "B=failed"
                                                                << "A=failed B=failed"
                                                                << ""
                                                                << "B"
                                                                << "A";
    QTest::newRow("absent before, succeeded now -> no change") << ""
                                                               << "A=succeeded"
                                                               << ""
                                                               << ""
                                                               << "";
    QTest::newRow("succeeded in both -> no change") << "A=succeeded"
                                                    << "A=succeeded"
                                                    << ""
                                                    << ""
                                                    << "";
    QTest::newRow("pending or running now -> in no list") << "A=failed B=failed"
                                                          << "A=pending B=running"
                                                          << ""
                                                          << ""
                                                          << "";
    QTest::newRow("absent now -> in no list") << "A=failed B=failed"
                                              << "B=succeeded"
                                              << "B"
                                              << ""
                                              << "";
    QTest::newRow("a mixed re-run -> each list sorted by name")
        << "D=failed C=skipped B=failed A=skipped E=succeeded"
        << "E=skipped D=succeeded C=failed B=succeeded A=skipped F=failed"
        << "B D"
        << "A C"
        << "E F";
}

void TestExecutionReport::compareExecutions()
{
    QFETCH(QString, previous);
    QFETCH(QString, current);
    QFETCH(QString, newlyFixed);
    QFETCH(QString, stillFailing);
    QFETCH(QString, newlyFailing);

    const ExecutionComparison comparison
        = osc::compareExecutions(parseRun(2, current), parseRun(1, previous));
    QCOMPARE(comparison.previousId, 1);
    QCOMPARE(comparison.newlyFixed, names(newlyFixed));
    QCOMPARE(comparison.stillFailing, names(stillFailing));
    QCOMPARE(comparison.newlyFailing, names(newlyFailing));
}

void TestExecutionReport::jsonKeys_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<QStringList>("keys");

    const QStringList summaryKeys{"counts",    "cycles",          "detail",     "durationMs",
                                  "endedAt",   "holdRequested",   "id",         "kind",
                                  "message",   "platformVersion", "previousId", "startedAt",
                                  "startedBy", "status",          "workers"};
    ExecutionSummary running = sampleDetail().summary;
    running.holderPid = 4242;
    running.holderHost = QStringLiteral("build-7");

    QTest::newRow("summary -> CLI.md's keys")
        << executionToJson(sampleDetail().summary) << summaryKeys;
    QTest::newRow("running summary -> with its holder")
        << executionToJson(running) << QStringList(summaryKeys + QStringList{"holder"});
    QTest::newRow("detail without comparison -> modules, no changes")
        << executionToJson(sampleDetail()) << QStringList(summaryKeys + QStringList{"modules"});
    QTest::newRow("detail with comparison -> modules and changes")
        << executionToJson(sampleDetail(), ExecutionComparison{5, {}, {}, {}})
        << QStringList(summaryKeys + QStringList{"changes", "modules"});

    const QJsonArray modules = executionToJson(sampleDetail())[u"modules"].toArray();
    const QStringList moduleKeys{"blockedBy", "compilationId", "durationMs", "endedAt", "module",
                                 "reason",    "startedAt",     "state",      "version", "worker"};
    QTest::newRow("failed module -> with errorId")
        << modules.at(0).toObject() << QStringList(moduleKeys + QStringList{"errorId"});
    QTest::newRow("skipped module -> no errorId") << modules.at(1).toObject() << moduleKeys;
    QTest::newRow("succeeded module -> no errorId") << modules.at(2).toObject() << moduleKeys;
    QTest::newRow("changes -> previousId and the three lists")
        << executionToJson(sampleDetail(), ExecutionComparison{5, {}, {}, {}})[u"changes"]
               .toObject()
        << QStringList{"newlyFailing", "newlyFixed", "previousId", "stillFailing"};
}

void TestExecutionReport::jsonKeys()
{
    QFETCH(QJsonObject, json);
    QFETCH(QStringList, keys);
    keys.sort();
    QCOMPARE(sortedKeys(json), keys);
}

void TestExecutionReport::jsonValues()
{
    const ExecutionComparison comparison{5, {"Customer_Lib"}, {"Billing_CS"}, {"Billing_Portal"}};
    const QJsonObject json = executionToJson(sampleDetail(), comparison);
    QCOMPARE(json[u"id"].toInteger(), 7);
    QCOMPARE(json[u"kind"].toString(), QStringLiteral("preparation"));
    QCOMPARE(json[u"platformVersion"].toString(), QStringLiteral("11.12.0"));
    QCOMPARE(json[u"status"].toString(), QStringLiteral("finished-with-errors"));
    QCOMPARE(json[u"durationMs"].toInteger(), 90000);
    QCOMPARE(json[u"previousId"].toInteger(), 5);
    QCOMPARE(json[u"startedAt"].toString(), isoTimeWithOffset(started));
    QCOMPARE(json[u"counts"].toObject(),
             (QJsonObject{
                 {"total", 3}, {"succeeded", 1}, {"failed", 1}, {"skipped", 1}, {"pending", 0}}));

    const QJsonArray modules = json[u"modules"].toArray();
    QCOMPARE(modules.at(0)[u"errorId"].toInteger(), 123);
    QCOMPARE(modules.at(0)[u"state"].toString(), QStringLiteral("failed"));
    QVERIFY(modules.at(0)[u"blockedBy"].isNull());
    QVERIFY(modules.at(0)[u"compilationId"].isNull());
    QCOMPARE(modules.at(1)[u"blockedBy"].toString(), QStringLiteral("Billing_CS"));
    QVERIFY(modules.at(1)[u"startedAt"].isNull());
    QCOMPARE(modules.at(2)[u"compilationId"].toInteger(), 88);

    const QJsonObject changes = json[u"changes"].toObject();
    QCOMPARE(changes[u"previousId"].toInteger(), 5);
    QCOMPARE(changes[u"newlyFixed"].toArray(), QJsonArray{"Customer_Lib"});
    QCOMPARE(changes[u"stillFailing"].toArray(), QJsonArray{"Billing_CS"});
    QCOMPARE(changes[u"newlyFailing"].toArray(), QJsonArray{"Billing_Portal"});

    // A first run has no previous one.
    ExecutionSummary first = sampleDetail().summary;
    first.previousId = 0;
    first.endedAt = QDateTime();
    QVERIFY(executionToJson(first)[u"previousId"].isNull());
    QVERIFY(executionToJson(first)[u"endedAt"].isNull());
}

void TestExecutionReport::isoTimeHasAnOffset()
{
    static const QRegularExpression shape(
        QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d[+-]\\d\\d:\\d\\d$"));
    const QString text = isoTimeWithOffset(started);
    QVERIFY2(shape.match(text).hasMatch(), qPrintable(text));
    QCOMPARE(QDateTime::fromString(text, Qt::ISODate), started);
    QCOMPARE(isoTimeWithOffset(QDateTime()), QString());
}

void TestExecutionReport::csvQuoting_data()
{
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QByteArray>("field");

    QTest::newRow("plain text -> as is") << "compile error" << QByteArray("compile error");
    QTest::newRow("empty -> empty field") << "" << QByteArray("");
    QTest::newRow("comma -> quoted")
        << "removed, use Crypto.Sha256" << QByteArray("\"removed, use Crypto.Sha256\"");
    QTest::newRow("quotes -> quoted and doubled")
        << "API \"Legacy.SoapCall\" was removed"
        << QByteArray("\"API \"\"Legacy.SoapCall\"\" was removed\"");
    QTest::newRow("line feed -> quoted, kept")
        << "first line\nsecond line" << QByteArray("\"first line\nsecond line\"");
    QTest::newRow("carriage return -> quoted, kept")
        << "first\r\nsecond" << QByteArray("\"first\r\nsecond\"");
    QTest::newRow("non-ASCII -> UTF-8") << QStringLiteral("Ré-exécution échouée")
                                        << QStringLiteral("Ré-exécution échouée").toUtf8();
}

void TestExecutionReport::csvQuoting()
{
    QFETCH(QString, reason);
    QFETCH(QByteArray, field);

    ExecutionDetail detail;
    ExecutionModuleResult module;
    module.module = QStringLiteral("Billing_CS");
    module.version = 3;
    module.state = ModuleRunState::Failed;
    module.reason = reason;
    module.durationMs = 12;
    module.errorId = 9;
    detail.modules = {module};

    const QByteArray csv = executionToCsv(detail);
    const QByteArray header = "module,version,state,reason,blockedBy,worker,startedAt,endedAt,"
                              "durationMs,compilationId,errorId\r\n";
    QCOMPARE(csv, header + "Billing_CS,3,failed," + field + ",,,,,12,,9\r\n");
}

void TestExecutionReport::csvRows()
{
    const QList<QByteArray> lines = executionToCsv(sampleDetail()).split('\n');
    QCOMPARE(lines.size(), 5); // header, three modules, and the empty rest after the last CRLF
    QCOMPARE(lines.at(1),
             "Billing_CS,4,failed,platform API 'Legacy.SoapCall' was removed,,worker-1,"
                 + isoTimeWithOffset(started.addSecs(1)).toUtf8() + ','
                 + isoTimeWithOffset(started.addSecs(3)).toUtf8() + ",2000,,123\r");
    QCOMPARE(lines.at(2),
             "Billing_Portal,2,skipped,its producer Billing_CS failed,Billing_CS,,,,0,,\r");
    QCOMPARE(lines.at(3),
             "Customer_Lib,9,succeeded,,,worker-2," + isoTimeWithOffset(started.addSecs(1)).toUtf8()
                 + ',' + isoTimeWithOffset(started.addMSecs(1250)).toUtf8() + ",250,88,\r");
    QCOMPARE(lines.at(4), QByteArray());
}

void TestExecutionReport::writeReport_data()
{
    QTest::addColumn<ReportFormat>("format");
    QTest::addColumn<QString>("name");

    QTest::newRow("CSV -> the CSV export") << ReportFormat::Csv << "report.csv";
    QTest::newRow("JSON -> the JSON export, with changes") << ReportFormat::Json << "report.json";
    QTest::newRow("an existing file -> replaced") << ReportFormat::Csv << "existing.csv";
}

void TestExecutionReport::writeReport()
{
    QFETCH(ReportFormat, format);
    QFETCH(QString, name);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(name);
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("an older export that is much longer than nothing");
    }
    const ExecutionComparison comparison{5, {}, {"Billing_CS"}, {}};
    const Result<void> written = writeExecutionReport(path, format, sampleDetail(), comparison);
    QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().fullText()));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    if (format == ReportFormat::Csv)
        QCOMPARE(bytes, executionToCsv(sampleDetail()));
    else
        QCOMPARE(QJsonDocument::fromJson(bytes).object(),
                 executionToJson(sampleDetail(), comparison));
}

void TestExecutionReport::writeReportToAnUnwritablePath_data()
{
    QTest::addColumn<QString>("relativePath");

    QTest::newRow("a folder that does not exist -> error") << "missing/report.csv";
    QTest::newRow("a path that is a folder -> error") << "folder";
    QTest::newRow("a folder that is a file -> error") << "file.txt/report.csv";
}

void TestExecutionReport::writeReportToAnUnwritablePath()
{
    QFETCH(QString, relativePath);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("folder")));
    {
        QFile file(dir.filePath(QStringLiteral("file.txt")));
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    const QString path = dir.filePath(relativePath);
    const Result<void> written = writeExecutionReport(path, ReportFormat::Csv, sampleDetail());
    QVERIFY(!written.ok());
    QCOMPARE(written.error().code, ErrorCode::Failed);
    // "Cannot write … to PATH: REASON. Choose …": the path, why, and what to do.
    const QString message = written.error().message;
    const QString head = QStringLiteral("Cannot write the report of execution 7 to %1: ")
                             .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()));
    const QString tail = QStringLiteral(
        ". Choose a file in a folder that exists and that you can write to, and check the free "
        "disk space.");
    QVERIFY2(message.startsWith(head), qPrintable(message));
    QVERIFY2(message.endsWith(tail), qPrintable(message));
    QVERIFY2(message.size() > head.size() + tail.size(), qPrintable(message)); // the reason
    QVERIFY(QFileInfo(dir.filePath(QStringLiteral("folder"))).isDir());
}

// "A:10; B:5<-A; C:1<-B": each module, its duration in ms and its producers.
static ExecutionDetail timedRun(const QString &spec)
{
    ExecutionDetail detail;
    for (const QString &part : spec.split(u';', Qt::SkipEmptyParts)) {
        const QStringList sides = part.trimmed().split(QStringLiteral("<-"));
        const QStringList head = sides.first().split(u':');
        ExecutionModuleResult module;
        module.module = head.first().trimmed();
        module.durationMs = head.value(1).toLongLong();
        module.state = ModuleRunState::Succeeded;
        if (sides.size() > 1)
            module.producers = sides.at(1).split(u',', Qt::SkipEmptyParts);
        detail.modules << module;
    }
    return detail;
}

void TestExecutionReport::criticalPath_data()
{
    QTest::addColumn<QString>("run");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("nothing ran") << QString() << QStringList();
    QTest::newRow("a chain outweighs a long loner")
        << QStringLiteral("A:10; B:5<-A; C:1<-B; D:15") << QStringList{"A", "B", "C"};
    QTest::newRow("a long loner outweighs a chain")
        << QStringLiteral("A:10; B:5<-A; C:1<-B; D:20") << QStringList{"D"};
    QTest::newRow("the heavier branch of a diamond")
        << QStringLiteral("A:1; B:9<-A; C:2<-A; D:1<-B,C") << QStringList{"A", "B", "D"};
    QTest::newRow("producers outside the execution are ignored")
        << QStringLiteral("B:5<-Outside; C:1<-B") << QStringList{"B", "C"};
    QTest::newRow("a cycle counts as one link")
        << QStringLiteral("A:1; B:4<-A,C; C:4<-B; D:1<-C") << QStringList{"A", "B", "C", "D"};
}

void TestExecutionReport::criticalPath()
{
    QFETCH(QString, run);
    QFETCH(QStringList, expected);
    QCOMPARE(osc::criticalPath(timedRun(run)), expected);
}

QTEST_GUILESS_MAIN(TestExecutionReport)
#include "tst_executionreport.moc"
