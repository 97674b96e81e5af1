// scctl errors / log: the flags the Monitoring screens brought (--until, --before-id,
// --group, --export with --format), run as a real child process on a real
// environment, checked against direct SQL; and that the output without them is
// unchanged.
#include "engine/executionreport.h"
#include "environment/datafolder.h"
#include "logs/logbatches.h"
#include "logs/loggroups.h"
#include "scctlprocess.h"
#include "storage/database.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace osc;
using osc::testing::scctl;
using osc::testing::ScctlRun;

namespace {

// Within the default retention (two weeks), which opening the environment applies:
// whole hours, 13 days ago.
const QDateTime base = QDateTime::fromSecsSinceEpoch(
    QDateTime::currentSecsSinceEpoch() / 3600 * 3600 - 13 * 86400, Qt::UTC);

QString iso(const QDateTime &time)
{
    return time.toString(Qt::ISODate);
}

} // namespace

class TestScctlLogs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void untilBoundsTheTime();
    void beforeIdPagesBack();
    void groupListsTheCauses();
    void exportWritesTheWholeFilter();
    void badFlagsAreUsageErrors_data();
    void badFlagsAreUsageErrors();
    void outputWithoutTheNewFlagsIsUnchanged();

private:
    ScctlRun run(QStringList arguments);
    qint64 count(const QString &table, const QString &where, const QVariantList &bindings = {});

    QTemporaryDir m_dir;
};

ScctlRun TestScctlLogs::run(QStringList arguments)
{
    arguments.prepend(m_dir.path());
    arguments.prepend(QStringLiteral("--env"));
    return scctl(arguments);
}

qint64 TestScctlLogs::count(const QString &table, const QString &where,
                            const QVariantList &bindings)
{
    auto db = Database::openSqlite(DataFolder(m_dir.path()).databaseFile(),
                                   Database::OpenMode::OpenExisting);
    // scctl's writer leaves its last batches for the next writer: rows first.
    while (LogBatches(**db).spread().value() > 0) { }
    return scalar(**db, QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2").arg(table, where),
                  bindings)
        .value()
        .toLongLong();
}

void TestScctlLogs::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const ScctlRun init = scctl(
        {QStringLiteral("--env"), m_dir.path(), QStringLiteral("env"), QStringLiteral("init")});
    QVERIFY2(init.exitCode == 0, init.err.constData());
    auto db = Database::openSqlite(DataFolder(m_dir.path()).databaseFile(),
                                   Database::OpenMode::OpenExisting);
    QVERIFY(db.ok());
    // Rows by SQL take AUTOINCREMENT ids: batches left with ids given become rows first.
    while (LogBatches(**db).spread().value() > 0) { }
    Result<void> filled = (*db)->write([&]() -> Result<void> {
        for (const QString &sql :
             {QStringLiteral(
                  "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 300)"
                  " INSERT INTO error_log (instant_ms, module, operation_id, operation, step,"
                  " message, detail) SELECT ? + x * 3600000, 'Module_' || (x % 5), x / 10,"
                  " CASE x % 2 WHEN 0 THEN 'publish' ELSE 'delete' END, 'compile', CASE x % 3"
                  " WHEN 0 THEN 'Timeout after ' || x || ' ms' ELSE 'Producer module ''Core_' ||"
                  " (x % 4) || ''' failed, \"quoted\"' END, 'line one' || char(10) || 'line,"
                  " two' FROM n"),
              QStringLiteral(
                  "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 120)"
                  " INSERT INTO general_log (instant_ms, operation_id, operation, user_name,"
                  " module, event, message) SELECT ? + x * 3600000, x, 'publish', CASE x % 2"
                  " WHEN 0 THEN 'maria' ELSE 'joao' END, 'Module_' || (x % 5), 'step', 'Step ' ||"
                  " x || ' done' FROM n")}) {
            if (Result<QSqlQuery> done = (*db)->exec(sql, {base.toMSecsSinceEpoch()}); !done)
                return done.error();
        }
        return {};
    });
    QVERIFY2(filled.ok(), qPrintable(filled ? QString() : filled.error().fullText()));
}

void TestScctlLogs::untilBoundsTheTime()
{
    const QDateTime since = base.addSecs(50 * 3600);
    const QDateTime until = base.addSecs(80 * 3600);
    const ScctlRun errors = run({QStringLiteral("--json"), QStringLiteral("errors"),
                                 QStringLiteral("--since"), iso(since), QStringLiteral("--until"),
                                 iso(until), QStringLiteral("--limit"), QStringLiteral("1000")});
    QVERIFY2(errors.exitCode == 0, errors.err.constData());
    const QJsonArray entries = errors.json().value(QStringLiteral("errors")).toArray();
    QCOMPARE(entries.size(),
             count(QStringLiteral("error_log"),
                   QStringLiteral("instant_ms >= ? AND instant_ms < ?"),
                   {since.toMSecsSinceEpoch(), until.toMSecsSinceEpoch()}));
    QCOMPARE(entries.size(), 30);
    for (const QJsonValue &entry : entries) {
        const QDateTime instant = QDateTime::fromString(
            entry.toObject().value(QStringLiteral("instant")).toString(), Qt::ISODateWithMs);
        QVERIFY(instant >= since && instant < until);
    }
    const ScctlRun log
        = run({QStringLiteral("--json"), QStringLiteral("log"), QStringLiteral("--until"),
               iso(base.addSecs(10 * 3600)), QStringLiteral("--grep"), QStringLiteral("maria")});
    QVERIFY2(log.exitCode == 0, log.err.constData());
    QCOMPARE(log.json().value(QStringLiteral("entries")).toArray().size(),
             count(QStringLiteral("general_log"),
                   QStringLiteral("instant_ms < ? AND user_name = 'maria'"),
                   {base.addSecs(10 * 3600).toMSecsSinceEpoch()}));
}

void TestScctlLogs::beforeIdPagesBack()
{
    const ScctlRun page
        = run({QStringLiteral("--json"), QStringLiteral("errors"), QStringLiteral("--before-id"),
               QStringLiteral("101"), QStringLiteral("--limit"), QStringLiteral("5")});
    QVERIFY2(page.exitCode == 0, page.err.constData());
    QList<qint64> ids;
    for (const QJsonValue &entry : page.json().value(QStringLiteral("errors")).toArray())
        ids << entry.toObject().value(QStringLiteral("id")).toInteger();
    QCOMPARE(ids, (QList<qint64>{100, 99, 98, 97, 96}));
}

void TestScctlLogs::groupListsTheCauses()
{
    const ScctlRun grouped
        = run({QStringLiteral("--json"), QStringLiteral("errors"), QStringLiteral("--group"),
               QStringLiteral("--limit"), QStringLiteral("3")}); // --limit does not cut a grouping
    QVERIFY2(grouped.exitCode == 0, grouped.err.constData());
    const QJsonObject json = grouped.json();
    QCOMPARE(json.value(QStringLiteral("entries")).toInteger(), 300);
    const QJsonArray groups = json.value(QStringLiteral("groups")).toArray();
    QCOMPARE(groups.size(), 2);
    const QJsonObject first = groups.at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("signature")).toString(),
             QStringLiteral("Producer module '\u2026' failed, '\u2026'"));
    QCOMPARE(first.value(QStringLiteral("count")).toInteger(), 200);
    QCOMPARE(first.value(QStringLiteral("modules")).toInt(), 5);
    QCOMPARE(first.value(QStringLiteral("latestId")).toInteger(), 299);
    const QJsonObject second = groups.at(1).toObject();
    QCOMPARE(second.value(QStringLiteral("signature")).toString(),
             QStringLiteral("Timeout after # ms"));
    QCOMPARE(second.value(QStringLiteral("count")).toInteger(), 100);
    QCOMPARE(QDateTime::fromString(second.value(QStringLiteral("firstSeen")).toString(),
                                   Qt::ISODateWithMs),
             base.addSecs(3 * 3600));

    const ScctlRun text = run({QStringLiteral("errors"), QStringLiteral("--group"),
                               QStringLiteral("--module"), QStringLiteral("Module_1")});
    QVERIFY2(text.exitCode == 0, text.err.constData());
    const QString output = QString::fromUtf8(text.out);
    QVERIFY2(output.contains(QStringLiteral("Timeout after # ms")), qPrintable(output));
    QVERIFY2(output.endsWith(QStringLiteral("60 entries, 2 causes.\n")), qPrintable(output));
    const ScctlRun none = run({QStringLiteral("log"), QStringLiteral("--group"),
                               QStringLiteral("--module"), QStringLiteral("Nobody")});
    QCOMPARE(none.exitCode, 0);
    QCOMPARE(none.out, QByteArray("No entries match.\n"));
}

void TestScctlLogs::exportWritesTheWholeFilter()
{
    const QString csv = m_dir.filePath(QStringLiteral("errors.csv"));
    const ScctlRun exported = run({QStringLiteral("errors"), QStringLiteral("--operation"),
                                   QStringLiteral("delete"), QStringLiteral("--export"), csv});
    QVERIFY2(exported.exitCode == 0, exported.err.constData());
    QCOMPARE(QString::fromUtf8(exported.out),
             QStringLiteral("Exported 150 entries to %1.\n").arg(csv));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QVERIFY(content.startsWith("id,instant,module,moduleVersion,operationId,operation,step,"
                               "message,detail,server,processId,thread,platformVersion\r\n"));
    // Quoted fields keep their commas, quotes and line breaks.
    QVERIFY(content.contains("\"Producer module 'Core_1' failed, \"\"quoted\"\"\""));
    QVERIFY(content.contains("\"line one\nline, two\""));
    QCOMPARE(content.count("\r\n"), 151);

    const QString json = m_dir.filePath(QStringLiteral("log.data"));
    const ScctlRun log
        = run({QStringLiteral("--json"), QStringLiteral("log"), QStringLiteral("--export"), json,
               QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--grep"),
               QStringLiteral("joao")});
    QVERIFY2(log.exitCode == 0, log.err.constData());
    QCOMPARE(log.json().value(QStringLiteral("exported")).toInteger(), 60);
    QFile logFile(json);
    QVERIFY(logFile.open(QIODevice::ReadOnly));
    const QJsonObject document = QJsonDocument::fromJson(logFile.readAll()).object();
    QCOMPARE(document.value(QStringLiteral("log")).toString(), QStringLiteral("general"));
    QCOMPARE(document.value(QStringLiteral("entries")).toArray().size(), 60);
    QCOMPARE(document.value(QStringLiteral("entries"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("user"))
                 .toString(),
             QStringLiteral("joao"));

    const ScctlRun unwritable = run({QStringLiteral("errors"), QStringLiteral("--export"),
                                     m_dir.filePath(QStringLiteral("missing/folder/e.csv"))});
    QCOMPARE(unwritable.exitCode, 1);
    QVERIFY2(unwritable.err.contains("missing/folder/e.csv"), unwritable.err.constData());
}

void TestScctlLogs::badFlagsAreUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("bad until") << QStringList{QStringLiteral("errors"), QStringLiteral("--until"),
                                              QStringLiteral("yesterday")}
                               << QStringLiteral("--until takes a date or time");
    QTest::newRow("bad before-id")
        << QStringList{QStringLiteral("log"), QStringLiteral("--before-id"), QStringLiteral("x")}
        << QStringLiteral("--before-id takes an entry id");
    QTest::newRow("unknown format")
        << QStringList{QStringLiteral("errors"), QStringLiteral("--export"),
                       QStringLiteral("e.txt")}
        << QStringLiteral("--export needs a file ending in .csv or .json");
    QTest::newRow("format alone") << QStringList{QStringLiteral("errors"),
                                                 QStringLiteral("--format"), QStringLiteral("csv")}
                                  << QStringLiteral("--format goes with --export FILE.");
    QTest::newRow("bad format") << QStringList{QStringLiteral("errors"), QStringLiteral("--export"),
                                               QStringLiteral("e.csv"), QStringLiteral("--format"),
                                               QStringLiteral("xml")}
                                << QStringLiteral("--format takes csv or json, not 'xml'.");
    QTest::newRow("group and export")
        << QStringList{QStringLiteral("errors"), QStringLiteral("--group"),
                       QStringLiteral("--export"), QStringLiteral("e.csv")}
        << QStringLiteral("--group and --export cannot be used together.");
}

void TestScctlLogs::badFlagsAreUsageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const ScctlRun refused = run(arguments);
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(QString::fromUtf8(refused.err).contains(message), refused.err.constData());
}

void TestScctlLogs::outputWithoutTheNewFlagsIsUnchanged()
{
    const ScctlRun errors
        = run({QStringLiteral("errors"), QStringLiteral("--limit"), QStringLiteral("1")});
    QCOMPARE(errors.exitCode, 0);
    const QString expected = QStringLiteral("#300  %1  Module_0  publish #30 (compile)\n"
                                            "    Timeout after 300 ms\n"
                                            "      line one\n"
                                            "      line, two\n");
    QCOMPARE(QString::fromUtf8(errors.out),
             expected.arg(isoTimeWithOffset(base.addSecs(300 * 3600))));
}

QTEST_MAIN(TestScctlLogs)
#include "tst_scctl_logs.moc"
