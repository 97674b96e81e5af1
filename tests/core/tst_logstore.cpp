// The Error Log and the General log: the batching writer (threads, durability, failed
// flushes), every query filter against a brute-force expectation, hostile search text,
// keyset paging while entries arrive, and the retention purge.
#include "domain/messages.h"
#include "files/filelock.h"
#include "logs/logbatch.h"
#include "logs/logbatches.h"
#include "logs/logexport.h"
#include "logs/logfacts.h"
#include "logs/loggroups.h"
#include "logs/logstore.h"
#include "logs/logwriter.h"
#include "storage/database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <functional>
#include <thread>

using namespace osc;

namespace {

const QDateTime base = QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);

// The words of a text as the full-text index sees them: runs of letters and digits,
// lower case, diacritics removed ("Ação" is "acao").
QStringList tokens(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    static const QRegularExpression marks(QStringLiteral("\\p{Mn}+"));
    return text.normalized(QString::NormalizationForm_D)
        .remove(marks)
        .toLower()
        .split(separators, Qt::SkipEmptyParts);
}

bool containsPhrase(const QStringList &haystack, const QStringList &phrase)
{
    if (phrase.isEmpty())
        return false;
    for (qsizetype i = 0; i + phrase.size() <= haystack.size(); ++i) {
        if (std::equal(phrase.cbegin(), phrase.cend(), haystack.cbegin() + i))
            return true;
    }
    return false;
}

// What LogQuery::text promises, computed without SQL: every word of the query (as a
// phrase of its tokens) appears in one of the columns.
bool textMatches(const QString &queryText, const QStringList &columns)
{
    const QStringList words
        = queryText.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return true;
    bool anyWord = false;
    for (const QString &word : words) {
        const QStringList phrase = tokens(word);
        if (phrase.isEmpty())
            continue;
        anyWord = true;
        const bool found = std::any_of(columns.cbegin(), columns.cend(), [&](const QString &c) {
            return containsPhrase(tokens(c), phrase);
        });
        if (!found)
            return false;
    }
    return anyWord;
}

bool matches(const ErrorLogEntry &e, const LogQuery &q)
{
    return (!q.since.isValid() || e.instant >= q.since)
        && (!q.until.isValid() || e.instant < q.until)
        && (q.module.isEmpty() || e.module == q.module)
        && (q.operationId == 0 || e.operationId == q.operationId)
        && (q.operation.isEmpty() || e.operation == q.operation)
        && (q.beforeId == 0 || e.id < q.beforeId) && (q.afterId == 0 || e.id > q.afterId)
        && textMatches(q.text, {e.message, e.detail, e.module});
}

bool matches(const GeneralLogEntry &e, const LogQuery &q)
{
    return (!q.since.isValid() || e.instant >= q.since)
        && (!q.until.isValid() || e.instant < q.until)
        && (q.module.isEmpty() || e.module == q.module)
        && (q.operationId == 0 || e.operationId == q.operationId)
        && (q.operation.isEmpty() || e.operation == q.operation)
        && (q.beforeId == 0 || e.id < q.beforeId) && (q.afterId == 0 || e.id > q.afterId)
        && textMatches(q.text, {e.message, e.module, e.user});
}

template<typename Entry> QList<qint64> ids(const QList<Entry> &entries)
{
    QList<qint64> result;
    for (const Entry &entry : entries)
        result << entry.id;
    return result;
}

// The rows and the batches read from one snapshot, as LogStore reads them.
class ReadTransaction
{
public:
    explicit ReadTransaction(Database &db) : m_db(db)
    {
        (void)m_db.exec(QStringLiteral("SAVEPOINT all_entries"));
    }
    ~ReadTransaction() { (void)m_db.exec(QStringLiteral("RELEASE all_entries")); }

private:
    Database &m_db;
};

// Every stored error, oldest first: the rows, read with plain SQL (not through
// LogStore), then the entries still in batches (they are newer than every row).
QList<ErrorLogEntry> allErrors(Database &db)
{
    QList<ErrorLogEntry> entries;
    const ReadTransaction snapshot(db); // a batch spread meanwhile is read once
    Result<QSqlQuery> rows = db.exec(QStringLiteral(
        "SELECT id, instant_ms, module, operation_id, operation, message, detail, server,"
        " process_id, thread FROM error_log ORDER BY id"));
    if (!rows)
        return entries;
    while (rows->next()) {
        ErrorLogEntry e;
        e.id = rows->value(0).toLongLong();
        e.instant = QDateTime::fromMSecsSinceEpoch(rows->value(1).toLongLong(), Qt::UTC);
        e.module = rows->value(2).toString();
        e.operationId = rows->value(3).toLongLong();
        e.operation = rows->value(4).toString();
        e.message = rows->value(5).toString();
        e.detail = rows->value(6).toString();
        e.server = rows->value(7).toString();
        e.processId = rows->value(8).toLongLong();
        e.thread = rows->value(9).toString();
        entries << e;
    }
    Result<std::vector<ErrorLogEntry>> batched = LogBatches(db).errors(0, 0);
    if (!batched)
        return {};
    std::for_each(batched->crbegin(), batched->crend(),
                  [&](const ErrorLogEntry &e) { entries << e; });
    return entries;
}

QList<GeneralLogEntry> allGeneral(Database &db)
{
    QList<GeneralLogEntry> entries;
    const ReadTransaction snapshot(db);
    Result<QSqlQuery> rows = db.exec(QStringLiteral(
        "SELECT id, instant_ms, operation_id, operation, user_name, module, event, message,"
        " server, process_id FROM general_log ORDER BY id"));
    if (!rows)
        return entries;
    while (rows->next()) {
        GeneralLogEntry e;
        e.id = rows->value(0).toLongLong();
        e.instant = QDateTime::fromMSecsSinceEpoch(rows->value(1).toLongLong(), Qt::UTC);
        e.operationId = rows->value(2).toLongLong();
        e.operation = rows->value(3).toString();
        e.user = rows->value(4).toString();
        e.module = rows->value(5).toString();
        e.event = rows->value(6).toString();
        e.message = rows->value(7).toString();
        e.server = rows->value(8).toString();
        e.processId = rows->value(9).toLongLong();
        entries << e;
    }
    Result<std::vector<GeneralLogEntry>> batched = LogBatches(db).general(0, 0);
    if (!batched)
        return {};
    std::for_each(batched->crbegin(), batched->crend(),
                  [&](const GeneralLogEntry &e) { entries << e; });
    return entries;
}

template<typename Entry> QList<qint64> expectedIds(const QList<Entry> &all, const LogQuery &q)
{
    QList<qint64> result;
    for (auto it = all.crbegin(); it != all.crend(); ++it) {
        if (matches(*it, q))
            result << it->id;
    }
    return result;
}

const QStringList modules
    = {QStringLiteral("Billing_Core"), QStringLiteral("Billing_UI"), QStringLiteral("Orders_CS"),
       QStringLiteral("Common_Lib"), QStringLiteral("Payments-Gateway_IS")};
const QStringList kinds
    = {QStringLiteral("publish"), QStringLiteral("delete"), QStringLiteral("configuration-update")};
const QStringList vocabulary
    = {QStringLiteral("timeout"), QStringLiteral("refused"),   QStringLiteral("customer"),
       QStringLiteral("invoice"), QStringLiteral("antivirus"), QStringLiteral("file"),
       QStringLiteral("in"),      QStringLiteral("use"),       QStringLiteral("NOT"),
       QStringLiteral("near"),    QStringLiteral("m4242"),     QStringLiteral("reference"),
       QStringLiteral("Ação"),    QStringLiteral("compile"),   QStringLiteral("lock")};

// A fixed, varied set of entries: 5 modules, 3 kinds, 30 operations, instants over
// ten days, messages and details drawn from a small vocabulary (with punctuation).
ErrorLogEntry sampleError(int i)
{
    ErrorLogEntry e;
    e.instant = base.addSecs(qint64(i) * 1447);
    e.module = modules.at(i % modules.size());
    e.moduleVersion = 1 + i % 4;
    e.operationId = 1 + (i * 7) % 30;
    e.operation = kinds.at((i / 2) % kinds.size());
    e.step = QStringLiteral("compile");
    QStringList words;
    for (int w = 0; w < 6; ++w)
        words << vocabulary.at((i * 31 + w * 17 + (i / 3) * w) % vocabulary.size());
    e.message = words.join(u' ') + QStringLiteral(".");
    e.detail = QStringLiteral("/srv/osc/deployments/%1/file-%2.dll: holder pid %3 (%4)")
                   .arg(e.module)
                   .arg(i % 9)
                   .arg(1000 + i % 13)
                   .arg(vocabulary.at((i * 5) % vocabulary.size()))
        + (i % 4 == 0 ? QStringLiteral(": file-in-use") : QString());
    e.platformVersion = QStringLiteral("11.19.0");
    return e;
}

GeneralLogEntry sampleGeneral(int i)
{
    GeneralLogEntry e;
    e.instant = base.addSecs(qint64(i) * 3001);
    e.operationId = 1 + i % 12;
    e.operation = kinds.at(i % kinds.size());
    e.user = i % 2 ? QStringLiteral("maria.silva") : QStringLiteral("ops-robot");
    e.module = modules.at((i / 2) % modules.size());
    e.event = i % 5 == 0 ? QStringLiteral("refused") : QStringLiteral("step");
    e.message = QStringLiteral("%1 %2 step %3")
                    .arg(vocabulary.at(i % vocabulary.size()), e.module)
                    .arg(i);
    return e;
}

// Where a query finds the entries it reads: all still in batches; one batch spread and
// indexed, one spread and not indexed, the rest still in batches; or all in rows and
// in the full-text index. Results must not depend on it.
enum class Stage { InBatches, Mixed, Indexed };
constexpr Stage allStages[] = {Stage::InBatches, Stage::Mixed, Stage::Indexed};

const char *stageName(Stage stage)
{
    switch (stage) {
    case Stage::InBatches:
        return "in batches";
    case Stage::Mixed:
        return "mixed";
    case Stage::Indexed:
        return "indexed";
    }
    return "";
}

} // namespace

class TestLogStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void writerFromSeveralThreadsFillsEnvironment();
    void destructorWritesWhatIsQueued();
    void writerCommitsWithinItsIntervalWithoutFlush();
    void errorFilters_data();
    void errorFilters();
    void generalLogFilters_data();
    void generalLogFilters();
    void hostileSearchText_data();
    void hostileSearchText();
    void keysetPagingWhileEntriesArrive_data();
    void keysetPagingWhileEntriesArrive();
    void badPageSizeIsRefused_data();
    void badPageSizeIsRefused();
    void retentionSetting_data();
    void retentionSetting();
    void retentionPurgesBothLogsAndTheirTextIndex();
    void failedFlushKeepsEntriesAndSucceedsLater();
    void textQueriesAgreeWhateverIsIndexed_data();
    void textQueriesAgreeWhateverIsIndexed();
    void writerStartIndexesWhatACrashLeft();
    void purgeAfterPartialIndexingKeepsTextIndexConsistent();
    void idsAgreeWithEntries_data();
    void idsAgreeWithEntries();
    void idSpanOfFilters();
    void recordById();
    void messageSignature_data();
    void messageSignature();
    void groupingCountsEachCause();
    void groupingFollowsTheFilterAndStops();
    void exportCsvHoldsEveryMatchingEntry();
    void exportJsonHoldsEveryMatchingEntry();
    void cancelledExportLeavesNoFile();
    void exportToUnwritablePathFails();
    void entryFactsOfFileInUseAndProducer();
    void batchPackingKeepsEveryField();
    void damagedPackingIsRefused_data();
    void damagedPackingIsRefused();
    void batchIdsFollowEveryIdGiven();
    void writerSpreadsBatchesLeftBehind();
    void purgeReachesEntriesStillInBatches();
    void damagedBatchIsReportedAndKept();
    void twoWritersShareIdsAndCatchUpTogether();
    void upgradedLogNeverGivesAnIdAgain();

private:
    void insertDirectly(int errors, int general);
    bool textIndexIsConsistent(bool withContent);
    std::unique_ptr<LogWriter> openWriter(const LogWriterOptions &options = {});
    void writeSamples(int errors, int general);
    void storeInBatches(int errors, int general, int batches);
    void storeAt(Stage stage);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
};

void TestLogStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("environment.db"));
    Result<std::unique_ptr<Database>> db
        = Database::openSqlite(m_path, Database::OpenMode::CreateNew);
    QVERIFY2(db.ok(), qPrintable(db ? QString() : db.error().fullText()));
    m_db = std::move(db).value();
}

void TestLogStore::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

std::unique_ptr<LogWriter> TestLogStore::openWriter(const LogWriterOptions &options)
{
    Result<std::unique_ptr<LogWriter>> writer = LogWriter::open(m_path, options);
    if (!writer) {
        qWarning() << writer.error().fullText();
        return {};
    }
    return std::move(writer).value();
}

void TestLogStore::writeSamples(int errors, int general)
{
    std::unique_ptr<LogWriter> writer = openWriter();
    QVERIFY(writer);
    for (int i = 0; i < errors; ++i)
        writer->append(sampleError(i));
    for (int i = 0; i < general; ++i)
        writer->append(sampleGeneral(i));
    Result<void> flushed = writer->flush();
    QVERIFY2(flushed.ok(), qPrintable(flushed ? QString() : flushed.error().fullText()));
}

// The samples as a writer stores them (its host name and process id filled in), in
// `batches` batches of each log, none of them spread into rows yet.
void TestLogStore::storeInBatches(int errors, int general, int batches)
{
    LogBatches store(*m_db);
    for (int b = 0; b < batches; ++b) {
        std::vector<ErrorLogEntry> errorBatch;
        for (int i = errors * b / batches; i < errors * (b + 1) / batches; ++i) {
            ErrorLogEntry e = sampleError(i);
            e.server = QSysInfo::machineHostName();
            e.processId = QCoreApplication::applicationPid();
            errorBatch.push_back(e);
        }
        std::vector<GeneralLogEntry> generalBatch;
        for (int i = general * b / batches; i < general * (b + 1) / batches; ++i) {
            GeneralLogEntry e = sampleGeneral(i);
            e.server = QSysInfo::machineHostName();
            e.processId = QCoreApplication::applicationPid();
            generalBatch.push_back(e);
        }
        Result<void> stored = store.append(errorBatch, generalBatch);
        QVERIFY2(stored.ok(), qPrintable(stored ? QString() : stored.error().fullText()));
    }
}

void TestLogStore::storeAt(Stage stage)
{
    LogBatches batches(*m_db);
    LogStore store(*m_db);
    if (stage == Stage::InBatches)
        return;
    if (stage == Stage::Mixed) {
        QVERIFY(batches.spread().value() > 0);
        QVERIFY(store.indexText(100000).value() > 0);
        QVERIFY(batches.spread().value() > 0);
        QVERIFY(batches.entryCount().value() > 0);
        return;
    }
    while (batches.spread().value() > 0) { }
    while (store.indexText(100000).value() > 0) { }
    QCOMPARE(store.unindexedTextCount().value(), qint64(0));
}

void TestLogStore::writerFromSeveralThreadsFillsEnvironment()
{
    std::unique_ptr<LogWriter> writer = openWriter();
    QVERIFY(writer);
    constexpr int threadCount = 4;
    constexpr int perThread = 1500; // more than one batch in all
    QList<QThread *> threads;
    for (int t = 0; t < threadCount; ++t) {
        QThread *thread = QThread::create([&writer, t] {
            for (int i = 0; i < perThread; ++i) {
                ErrorLogEntry error;
                error.module = QStringLiteral("Module_%1").arg(t);
                error.message = QStringLiteral("failure %1 of thread %2").arg(i).arg(t);
                writer->append(error);
                if (i % 10 == 0) {
                    GeneralLogEntry step;
                    step.event = QStringLiteral("step");
                    step.message = QStringLiteral("step %1").arg(i);
                    writer->append(step);
                }
            }
        });
        thread->setObjectName(QStringLiteral("appender-%1").arg(t));
        threads << thread;
    }
    for (QThread *thread : threads)
        thread->start();
    for (QThread *thread : threads) {
        QVERIFY(thread->wait());
        delete thread;
    }
    Result<void> flushed = writer->flush();
    QVERIFY2(flushed.ok(), qPrintable(flushed ? QString() : flushed.error().fullText()));
    QCOMPARE(writer->pendingCount(), 0);

    const QList<ErrorLogEntry> errors = allErrors(*m_db);
    QCOMPARE(errors.size(), threadCount * perThread);
    QMap<QString, int> perThreadName;
    for (const ErrorLogEntry &e : errors) {
        QCOMPARE(e.server, QSysInfo::machineHostName());
        QCOMPARE(e.processId, QCoreApplication::applicationPid());
        QVERIFY(e.instant.isValid());
        ++perThreadName[e.thread];
        // The thread that appended it, named after its module.
        QCOMPARE(e.thread.mid(9), e.module.mid(7));
    }
    QCOMPARE(perThreadName.size(), threadCount);
    for (int count : std::as_const(perThreadName))
        QCOMPARE(count, perThread);

    const QList<GeneralLogEntry> general = allGeneral(*m_db);
    QCOMPARE(general.size(), threadCount * (perThread / 10));
    for (const GeneralLogEntry &e : general) {
        QCOMPARE(e.server, QSysInfo::machineHostName());
        QCOMPARE(e.processId, QCoreApplication::applicationPid());
    }
}

void TestLogStore::destructorWritesWhatIsQueued()
{
    {
        std::unique_ptr<LogWriter> writer = openWriter();
        QVERIFY(writer);
        for (int i = 0; i < 120; ++i)
            writer->append(sampleError(i));
    }
    QCOMPARE(allErrors(*m_db).size(), 120);
}

// Fewer entries than a batch, no flush(): each is written one interval after it was
// appended, also when it comes to a writer that went idle (its queue empty, the text
// index current) after the one before.
void TestLogStore::writerCommitsWithinItsIntervalWithoutFlush()
{
    std::unique_ptr<LogWriter> writer = openWriter();
    QVERIFY(writer);
    LogStore store(*m_db);
    for (int i = 0; i < 3; ++i) {
        writer->append(sampleError(i));
        QTRY_COMPARE_WITH_TIMEOUT(allErrors(*m_db).size(), i + 1, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(store.unindexedTextCount().value(), qint64(0), 5000);
    }
    for (int i = 0; i < 3; ++i) {
        writer->append(sampleGeneral(i));
        QTRY_COMPARE_WITH_TIMEOUT(allGeneral(*m_db).size(), i + 1, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(store.unindexedTextCount().value(), qint64(0), 5000);
    }
    QCOMPARE(writer->pendingCount(), 0);
}

void TestLogStore::errorFilters_data()
{
    QTest::addColumn<LogQuery>("query");
    QTest::addColumn<int>("stage");
    const auto make = [](const std::function<void(LogQuery &)> &set) {
        LogQuery q;
        q.limit = 10000;
        set(q);
        return q;
    };
    const auto addRow = [](const char *name, const LogQuery &query) {
        for (const Stage stage : allStages)
            QTest::addRow("%s: %s", stageName(stage), name) << query << int(stage);
    };
    addRow("no filter -> every entry", make([](LogQuery &) {}));
    addRow("since alone", make([](LogQuery &q) { q.since = base.addDays(4); }));
    addRow("until alone is exclusive",
           make([](LogQuery &q) { q.until = base.addSecs(1447 * 50); }));
    addRow("time range", make([](LogQuery &q) {
               q.since = base.addDays(2);
               q.until = base.addDays(3);
           }));
    addRow("empty time range -> nothing", make([](LogQuery &q) {
               q.since = base.addDays(3);
               q.until = base.addDays(2);
           }));
    addRow("module alone", make([](LogQuery &q) { q.module = QStringLiteral("Orders_CS"); }));
    addRow("module is exact, not a prefix -> nothing",
           make([](LogQuery &q) { q.module = QStringLiteral("Billing"); }));
    addRow("operation id alone", make([](LogQuery &q) { q.operationId = 17; }));
    addRow("operation kind alone",
           make([](LogQuery &q) { q.operation = QStringLiteral("configuration-update"); }));
    addRow("text: one word", make([](LogQuery &q) { q.text = QStringLiteral("antivirus"); }));
    addRow("text: any case", make([](LogQuery &q) { q.text = QStringLiteral("TIMEOUT"); }));
    addRow("text: all words required",
           make([](LogQuery &q) { q.text = QStringLiteral("customer invoice"); }));
    addRow("text: found in detail",
           make([](LogQuery &q) { q.text = QStringLiteral("file-3.dll"); }));
    addRow("text: found in module", make([](LogQuery &q) { q.text = QStringLiteral("Payments"); }));
    addRow("text: accented word", make([](LogQuery &q) { q.text = QStringLiteral("ação"); }));
    addRow("text: no such word -> nothing",
           make([](LogQuery &q) { q.text = QStringLiteral("zebra"); }));
    addRow("blank text -> no text filter",
           make([](LogQuery &q) { q.text = QStringLiteral("   "); }));
    addRow("module + kind", make([](LogQuery &q) {
               q.module = QStringLiteral("Billing_UI");
               q.operation = QStringLiteral("publish");
           }));
    addRow("time + text", make([](LogQuery &q) {
               q.since = base.addDays(1);
               q.until = base.addDays(6);
               q.text = QStringLiteral("refused");
           }));
    addRow("module + text", make([](LogQuery &q) {
               q.module = QStringLiteral("Common_Lib");
               q.text = QStringLiteral("lock");
           }));
    addRow("operation id + text", make([](LogQuery &q) {
               q.operationId = 8;
               q.text = QStringLiteral("compile");
           }));
    addRow("every filter at once", make([](LogQuery &q) {
               q.since = base.addDays(1);
               q.until = base.addDays(9);
               q.module = QStringLiteral("Billing_Core");
               q.operationId = 11;
               q.operation = QStringLiteral("configuration-update");
               q.text = QStringLiteral("holder");
           }));
    addRow("kind + time + text + before id", make([](LogQuery &q) {
               q.since = base.addDays(1);
               q.operation = QStringLiteral("publish");
               q.text = QStringLiteral("use");
               q.beforeId = 400;
           }));
}

void TestLogStore::errorFilters()
{
    QFETCH(LogQuery, query);
    QFETCH(int, stage);
    storeInBatches(600, 0, 3);
    storeAt(Stage(stage));
    const QList<ErrorLogEntry> all = allErrors(*m_db);
    QCOMPARE(all.size(), 600);
    const QList<qint64> expected = expectedIds(all, query);

    LogStore store(*m_db);
    Result<QList<ErrorLogEntry>> found = store.errors(query);
    QVERIFY2(found.ok(), qPrintable(found ? QString() : found.error().fullText()));
    QCOMPARE(ids(*found), expected);
    QCOMPARE(expected.isEmpty(), QByteArray(QTest::currentDataTag()).endsWith("nothing"));
    Result<qint64> counted = store.countErrors(query);
    QVERIFY(counted.ok());
    QCOMPARE(*counted, qint64(expected.size()));

    // The same through small pages: the concatenation is the full answer.
    LogQuery paged = query;
    paged.limit = 7;
    QList<qint64> pages;
    for (;;) {
        Result<QList<ErrorLogEntry>> page = store.errors(paged);
        QVERIFY(page.ok());
        QVERIFY(page->size() <= 7);
        pages << ids(*page);
        if (page->size() < 7)
            break;
        paged.beforeId = page->last().id;
    }
    QCOMPARE(pages, expected);

    // Rows come back whole.
    if (!found->isEmpty()) {
        const ErrorLogEntry &first = found->first();
        const ErrorLogEntry sample = sampleError(int(first.id - 1));
        QCOMPARE(first.instant, sample.instant);
        QCOMPARE(first.instant.timeSpec(), Qt::UTC);
        QCOMPARE(first.module, sample.module);
        QCOMPARE(first.moduleVersion, sample.moduleVersion);
        QCOMPARE(first.operationId, sample.operationId);
        QCOMPARE(first.operation, sample.operation);
        QCOMPARE(first.step, sample.step);
        QCOMPARE(first.message, sample.message);
        QCOMPARE(first.detail, sample.detail);
        QCOMPARE(first.platformVersion, sample.platformVersion);
        QCOMPARE(first.server, QSysInfo::machineHostName());
    }
}

void TestLogStore::generalLogFilters_data()
{
    QTest::addColumn<LogQuery>("query");
    QTest::addColumn<int>("stage");
    const auto make = [](const std::function<void(LogQuery &)> &set) {
        LogQuery q;
        q.limit = 10000;
        set(q);
        return q;
    };
    const auto addRow = [](const char *name, const LogQuery &query) {
        for (const Stage stage : allStages)
            QTest::addRow("%s: %s", stageName(stage), name) << query << int(stage);
    };
    addRow("no filter -> every entry", make([](LogQuery &) {}));
    addRow("time range", make([](LogQuery &q) {
               q.since = base.addDays(1);
               q.until = base.addDays(2);
           }));
    addRow("module alone", make([](LogQuery &q) { q.module = QStringLiteral("Common_Lib"); }));
    addRow("operation id alone", make([](LogQuery &q) { q.operationId = 5; }));
    addRow("operation kind alone",
           make([](LogQuery &q) { q.operation = QStringLiteral("delete"); }));
    addRow("text: user name", make([](LogQuery &q) { q.text = QStringLiteral("maria.silva"); }));
    addRow("text: message word + module",
           make([](LogQuery &q) { q.text = QStringLiteral("maria.silva Orders_CS"); }));
    addRow("kind + operation id + text", make([](LogQuery &q) {
               q.operation = QStringLiteral("publish");
               q.operationId = 4;
               q.text = QStringLiteral("step");
           }));
}

void TestLogStore::generalLogFilters()
{
    QFETCH(LogQuery, query);
    QFETCH(int, stage);
    storeInBatches(0, 300, 3);
    storeAt(Stage(stage));
    const QList<GeneralLogEntry> all = allGeneral(*m_db);
    QCOMPARE(all.size(), 300);
    const QList<qint64> expected = expectedIds(all, query);

    LogStore store(*m_db);
    Result<QList<GeneralLogEntry>> found = store.generalLog(query);
    QVERIFY2(found.ok(), qPrintable(found ? QString() : found.error().fullText()));
    QCOMPARE(ids(*found), expected);
    QVERIFY(!expected.isEmpty());
    QCOMPARE(store.countGeneralLog(query).value(), qint64(expected.size()));
    if (!found->isEmpty()) {
        const GeneralLogEntry &first = found->first();
        const GeneralLogEntry sample = sampleGeneral(int(first.id - 1));
        QCOMPARE(first.instant, sample.instant);
        QCOMPARE(first.user, sample.user);
        QCOMPARE(first.module, sample.module);
        QCOMPARE(first.event, sample.event);
        QCOMPARE(first.message, sample.message);
        QCOMPARE(first.operation, sample.operation);
        QCOMPARE(first.operationId, sample.operationId);
        QCOMPARE(first.processId, QCoreApplication::applicationPid());
    }
}

void TestLogStore::hostileSearchText_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("lone minus") << QStringLiteral("-");
    QTest::newRow("minus before a word (not an exclusion)") << QStringLiteral("-timeout");
    QTest::newRow("lone double quote") << QStringLiteral("\"");
    QTest::newRow("unbalanced quote after a word") << QStringLiteral("timeout\"");
    QTest::newRow("quoted phrase") << QStringLiteral("\"customer invoice\"");
    QTest::newRow("column filter syntax") << QStringLiteral("message:timeout");
    QTest::newRow("unknown column filter") << QStringLiteral("nosuchcolumn:timeout");
    QTest::newRow("lone star") << QStringLiteral("*");
    QTest::newRow("prefix star") << QStringLiteral("time*");
    QTest::newRow("caret") << QStringLiteral("^timeout");
    QTest::newRow("boolean operators as words") << QStringLiteral("refused NOT");
    QTest::newRow("NEAR group") << QStringLiteral("NEAR(timeout refused, 2)");
    QTest::newRow("parentheses") << QStringLiteral("(timeout");
    QTest::newRow("plus and braces") << QStringLiteral("{timeout}: +lock");
    QTest::newRow("SQL injection") << QStringLiteral("'; DROP TABLE error_log; --");
    QTest::newRow("only punctuation -> nothing") << QStringLiteral("-- :: \"\" **");
    QTest::newRow("path with punctuation") << QStringLiteral("/srv/osc/deployments/Orders_CS/");
    QTest::newRow("hyphenated words") << QStringLiteral("file-in-use");
    QTest::newRow("control characters") << QStringLiteral("time\tout\x01lock");
}

void TestLogStore::hostileSearchText()
{
    QFETCH(QString, text);
    writeSamples(200, 0);
    const QList<ErrorLogEntry> all = allErrors(*m_db);
    LogQuery query;
    query.limit = 10000;
    query.text = text;
    LogStore store(*m_db);
    Result<QList<ErrorLogEntry>> found = store.errors(query);
    QVERIFY2(found.ok(), qPrintable(found ? QString() : found.error().fullText()));
    QCOMPARE(ids(*found), expectedIds(all, query));
    Result<qint64> counted = store.countErrors(query);
    QVERIFY2(counted.ok(), qPrintable(counted ? QString() : counted.error().fullText()));
    // With a module, the other query plan (index first, then the text) must agree.
    query.module = QStringLiteral("Billing_Core");
    Result<QList<ErrorLogEntry>> narrowed = store.errors(query);
    QVERIFY2(narrowed.ok(), qPrintable(narrowed ? QString() : narrowed.error().fullText()));
    QCOMPARE(ids(*narrowed), expectedIds(all, query));
    QCOMPARE(allErrors(*m_db).size(), 200);
}

void TestLogStore::keysetPagingWhileEntriesArrive_data()
{
    QTest::addColumn<LogQuery>("query");
    LogQuery q;
    q.limit = 64;
    QTest::newRow("no filter") << q;
    q.module = QStringLiteral("Orders_CS");
    q.limit = 9;
    QTest::newRow("module") << q;
    q = {};
    q.limit = 25;
    q.text = QStringLiteral("timeout");
    QTest::newRow("text") << q;
    q.operation = QStringLiteral("delete");
    q.since = base.addDays(1);
    QTest::newRow("text + kind + time") << q;
}

void TestLogStore::keysetPagingWhileEntriesArrive()
{
    QFETCH(LogQuery, query);
    std::unique_ptr<LogWriter> writer = openWriter();
    QVERIFY(writer);
    for (int i = 0; i < 500; ++i)
        writer->append(sampleError(i));
    QVERIFY(writer->flush().ok());
    LogQuery all = query;
    all.limit = 10000;
    const QList<qint64> expected = expectedIds(allErrors(*m_db), all);
    QVERIFY(expected.size() > query.limit); // more than one page

    LogStore store(*m_db);
    QList<qint64> seen;
    LogQuery page = query;
    int next = 500;
    for (int round = 0;; ++round) {
        Result<QList<ErrorLogEntry>> entries = store.errors(page);
        QVERIFY(entries.ok());
        seen << ids(*entries);
        if (entries->size() < page.limit)
            break;
        page.beforeId = entries->last().id;
        // New entries (some matching every filter) land between pages.
        for (int i = 0; i < 40; ++i)
            writer->append(sampleError(next++ % 500));
        QVERIFY(writer->flush().ok());
        QVERIFY(round < 1000);
    }
    QCOMPARE(seen, expected);
    QCOMPARE(QSet<qint64>(seen.cbegin(), seen.cend()).size(), seen.size());
}

void TestLogStore::badPageSizeIsRefused_data()
{
    QTest::addColumn<int>("limit");
    QTest::newRow("zero") << 0;
    QTest::newRow("negative") << -5;
    QTest::newRow("above the maximum") << LogStore::maxLimit + 1;
}

void TestLogStore::badPageSizeIsRefused()
{
    QFETCH(int, limit);
    LogQuery query;
    query.limit = limit;
    LogStore store(*m_db);
    Result<QList<ErrorLogEntry>> errors = store.errors(query);
    QVERIFY(!errors.ok());
    QCOMPARE(errors.error().code, ErrorCode::BadInput);
    QCOMPARE(
        errors.error().message,
        QStringLiteral("A log page holds from 1 to 10000 entries; %1 were asked for.").arg(limit));
    QVERIFY(!store.generalLog(query).ok());
}

void TestLogStore::retentionSetting_data()
{
    QTest::addColumn<int>("weeks");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("zero weeks -> refused") << 0 << false;
    QTest::newRow("negative -> refused") << -2 << false;
    QTest::newRow("one week -> kept") << 1 << true;
    QTest::newRow("ten years -> kept") << 520 << true;
    QTest::newRow("over ten years -> refused") << 521 << false;
}

void TestLogStore::retentionSetting()
{
    QFETCH(int, weeks);
    QFETCH(bool, accepted);
    LogStore store(*m_db);
    QCOMPARE(store.retentionWeeks().value(), LogStore::defaultRetentionWeeks);
    QCOMPARE(LogStore::defaultRetentionWeeks, 2);
    Result<void> set = store.setRetentionWeeks(weeks);
    QCOMPARE(set.ok(), accepted);
    if (accepted) {
        QCOMPARE(store.retentionWeeks().value(), weeks);
        QCOMPARE(m_db->meta(QStringLiteral("log_retention_weeks")).value(), QString::number(weeks));
    } else {
        QCOMPARE(set.error().code, ErrorCode::BadInput);
        QCOMPARE(set.error().message,
                 QStringLiteral("The log retention must be from 1 to 520 weeks; %1 is not "
                                "allowed.")
                     .arg(weeks));
        QCOMPARE(store.retentionWeeks().value(), LogStore::defaultRetentionWeeks);
    }
}

void TestLogStore::retentionPurgesBothLogsAndTheirTextIndex()
{
    const QDateTime now = base.addDays(60);
    constexpr int oldErrors = LogStore::purgeBatchRows + 1500; // more than one batch
    {
        std::unique_ptr<LogWriter> writer = openWriter();
        QVERIFY(writer);
        for (int i = 0; i < oldErrors; ++i) {
            ErrorLogEntry e;
            e.instant = now.addDays(-30).addSecs(i);
            e.module = QStringLiteral("Old_Module");
            e.message = QStringLiteral("obsolete failure %1").arg(i);
            writer->append(e);
        }
        for (int i = 0; i < 30; ++i) {
            ErrorLogEntry e;
            e.instant = now.addDays(-13).addSecs(i); // within two weeks
            e.module = QStringLiteral("New_Module");
            e.message = QStringLiteral("recent failure %1").arg(i);
            writer->append(e);
            GeneralLogEntry g;
            g.instant = i % 2 ? now.addDays(-15) : now.addDays(-1);
            g.event = QStringLiteral("step");
            g.message = i % 2 ? QStringLiteral("obsolete step") : QStringLiteral("recent step");
            writer->append(g);
        }
        QVERIFY(writer->flush().ok());
    }
    LogStore store(*m_db);
    LogQuery obsolete;
    obsolete.text = QStringLiteral("obsolete");
    QCOMPARE(store.countErrors(obsolete).value(), qint64(oldErrors));

    Result<PurgeReport> purged = store.applyRetention(now);
    QVERIFY2(purged.ok(), qPrintable(purged ? QString() : purged.error().fullText()));
    QCOMPARE(purged->cutoff, now.addDays(-14));
    QCOMPARE(purged->errorsDeleted, qint64(oldErrors));
    QCOMPARE(purged->generalDeleted, qint64(15));

    QCOMPARE(store.countErrors({}).value(), qint64(30));
    QCOMPARE(store.countGeneralLog({}).value(), qint64(15));
    QCOMPARE(store.countErrors(obsolete).value(), qint64(0));
    QCOMPARE(store.countGeneralLog(obsolete).value(), qint64(0));
    LogQuery oldModule;
    oldModule.text = QStringLiteral("Old_Module");
    QCOMPARE(store.errors(oldModule)->size(), 0);
    LogQuery recent;
    recent.text = QStringLiteral("recent");
    QCOMPARE(store.countErrors(recent).value(), qint64(30));
    QCOMPARE(store.countGeneralLog(recent).value(), qint64(15));
    // The full-text indexes agree with their tables, once they have caught up.
    QVERIFY(textIndexIsConsistent(false));
    while (store.indexText().value() > 0) { }
    QCOMPARE(store.unindexedTextCount().value(), qint64(0));
    QVERIFY(textIndexIsConsistent(true));
    // Nothing left to purge.
    Result<PurgeReport> again = store.applyRetention(now);
    QCOMPARE(again->errorsDeleted + again->generalDeleted, qint64(0));
    QVERIFY(!store.purgeOlderThan(QDateTime()).ok());
}

void TestLogStore::failedFlushKeepsEntriesAndSucceedsLater()
{
    LogWriterOptions options;
    options.busyTimeoutMs = 50;
    std::unique_ptr<LogWriter> writer = openWriter(options);
    QVERIFY(writer);

    // Another connection holds the write lock: the writer's batch cannot start.
    QVERIFY(m_db->exec(QStringLiteral("BEGIN IMMEDIATE")).ok());
    for (int i = 0; i < 25; ++i)
        writer->append(sampleError(i));
    writer->append(sampleGeneral(0));
    Result<void> blocked = writer->flush();
    QVERIFY(!blocked.ok());
    QVERIFY2(blocked.error().message.contains(m_path), qPrintable(blocked.error().fullText()));
    QVERIFY2(blocked.error().detail.contains(QStringLiteral("locked")),
             qPrintable(blocked.error().fullText()));
    QCOMPARE(writer->pendingCount(), 26);
    // A second attempt while still locked fails the same way and loses nothing.
    QVERIFY(!writer->flush().ok());
    QCOMPARE(writer->pendingCount(), 26);
    QVERIFY(m_db->exec(QStringLiteral("ROLLBACK")).ok());
    QCOMPARE(allErrors(*m_db).size(), 0);

    writer->append(sampleError(25));
    Result<void> flushed = writer->flush();
    QVERIFY2(flushed.ok(), qPrintable(flushed ? QString() : flushed.error().fullText()));
    QCOMPARE(writer->pendingCount(), 0);
    const QList<ErrorLogEntry> errors = allErrors(*m_db);
    QCOMPARE(errors.size(), 26);
    for (int i = 0; i < errors.size(); ++i)
        QCOMPARE(errors.at(i).message, sampleError(i).message); // in append order
    QCOMPARE(allGeneral(*m_db).size(), 1);
}

// Rows stored the way a writer stores them, but with no writer to index them: what a
// writer killed between its batch and its indexing step leaves behind.
void TestLogStore::insertDirectly(int errors, int general)
{
    Result<void> written = m_db->write([&]() -> Result<void> {
        for (int i = 0; i < errors; ++i) {
            const ErrorLogEntry e = sampleError(i);
            Result<QSqlQuery> done = m_db->exec(
                QStringLiteral("INSERT INTO error_log (instant_ms, module, module_version,"
                               " operation_id, operation, step, message, detail, server,"
                               " platform_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {e.instant.toMSecsSinceEpoch(), e.module, e.moduleVersion, e.operationId,
                 e.operation, e.step, e.message, e.detail, QSysInfo::machineHostName(),
                 e.platformVersion});
            if (!done)
                return done.error();
        }
        for (int i = 0; i < general; ++i) {
            const GeneralLogEntry e = sampleGeneral(i);
            Result<QSqlQuery> done = m_db->exec(
                QStringLiteral("INSERT INTO general_log (instant_ms, operation_id, operation,"
                               " user_name, module, event, message, process_id)"
                               " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                {e.instant.toMSecsSinceEpoch(), e.operationId, e.operation, e.user, e.module,
                 e.event, e.message, QCoreApplication::applicationPid()});
            if (!done)
                return done.error();
        }
        return {};
    });
    QVERIFY2(written.ok(), qPrintable(written ? QString() : written.error().fullText()));
}

// FTS5's own check; with `withContent`, also that the index holds exactly the rows of
// its table (true only when nothing waits to be indexed).
bool TestLogStore::textIndexIsConsistent(bool withContent)
{
    for (const QString &index :
         {QStringLiteral("error_log_text"), QStringLiteral("general_log_text")}) {
        Result<QSqlQuery> checked
            = m_db->exec(QStringLiteral("INSERT INTO %1 (%1, rank) VALUES ('integrity-check', %2)")
                             .arg(index)
                             .arg(withContent ? 1 : 0));
        if (!checked) {
            qWarning().noquote() << checked.error().fullText();
            return false;
        }
    }
    return true;
}

void TestLogStore::textQueriesAgreeWhateverIsIndexed_data()
{
    QTest::addColumn<int>("indexedRows");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("module");
    const QStringList texts
        = {QStringLiteral("timeout"),     QStringLiteral("customer invoice"),
           QStringLiteral("file-3.dll"),  QStringLiteral("ação"),
           QStringLiteral("ACAO"),        QStringLiteral("Payments"),
           QStringLiteral("file-in-use"), QStringLiteral("NEAR(timeout refused, 2)"),
           QStringLiteral("use"),         QStringLiteral("zebra")};
    for (int indexed : {0, 250, 600}) {
        for (const QString &text : texts) {
            for (const QString &module : {QString(), QStringLiteral("Billing_Core")}) {
                QTest::addRow("%d indexed, '%s'%s", indexed, qPrintable(text),
                              module.isEmpty() ? "" : " + module")
                    << indexed << text << module;
            }
        }
    }
}

void TestLogStore::textQueriesAgreeWhateverIsIndexed()
{
    QFETCH(int, indexedRows);
    QFETCH(QString, text);
    QFETCH(QString, module);
    insertDirectly(600, 0);
    LogStore store(*m_db);
    if (indexedRows > 0)
        QCOMPARE(store.indexText(indexedRows).value(), qint64(indexedRows));
    QCOMPARE(store.unindexedTextCount().value(), qint64(600 - indexedRows));
    QCOMPARE(m_db->meta(QStringLiteral("error_log_text_indexed")).value().toInt(), indexedRows);

    const QList<ErrorLogEntry> all = allErrors(*m_db);
    LogQuery query;
    query.limit = 10000;
    query.text = text;
    query.module = module;
    const QList<qint64> expected = expectedIds(all, query);
    QCOMPARE(ids(store.errors(query).value()), expected);
    QCOMPARE(store.countErrors(query).value(), qint64(expected.size()));
    // Pages that straddle the mark of the index.
    query.limit = 9;
    QList<qint64> pages;
    for (;;) {
        const QList<ErrorLogEntry> page = store.errors(query).value();
        pages << ids(page);
        if (page.size() < query.limit)
            break;
        query.beforeId = page.last().id;
    }
    QCOMPARE(pages, expected);
}

void TestLogStore::writerStartIndexesWhatACrashLeft()
{
    insertDirectly(3000, 40);
    LogStore store(*m_db);
    QCOMPARE(store.unindexedTextCount().value(), qint64(3040));
    LogQuery timeout;
    timeout.text = QStringLiteral("timeout");
    const qint64 matching = store.countErrors(timeout).value();
    QVERIFY(matching > 0);

    std::unique_ptr<LogWriter> writer = openWriter();
    QVERIFY(writer);
    QTRY_COMPARE_WITH_TIMEOUT(store.unindexedTextCount().value(), qint64(0), 20000);
    QVERIFY(textIndexIsConsistent(true));
    QCOMPARE(m_db->meta(QStringLiteral("error_log_text_indexed")).value(), QStringLiteral("3000"));
    QCOMPARE(m_db->meta(QStringLiteral("general_log_text_indexed")).value(), QStringLiteral("40"));
    QCOMPARE(store.countErrors(timeout).value(), matching);
}

void TestLogStore::purgeAfterPartialIndexingKeepsTextIndexConsistent()
{
    // sampleError(i) is i * 1447 s after base: the first 300 are older than the cutoff.
    const QDateTime cutoff = base.addSecs(qint64(300) * 1447);
    insertDirectly(600, 0);
    LogStore store(*m_db);
    QCOMPARE(store.indexText(200).value(), qint64(200)); // ids 1 … 200 indexed
    LogQuery timeout;
    timeout.text = QStringLiteral("timeout");
    timeout.limit = 10000;

    Result<PurgeReport> purged = store.purgeOlderThan(cutoff);
    QVERIFY2(purged.ok(), qPrintable(purged ? QString() : purged.error().fullText()));
    QCOMPARE(purged->errorsDeleted, qint64(300)); // 200 indexed, 100 not
    QVERIFY(textIndexIsConsistent(false));
    const QList<ErrorLogEntry> left = allErrors(*m_db);
    QCOMPARE(left.size(), 300);
    QCOMPARE(ids(store.errors(timeout).value()), expectedIds(left, timeout));

    while (store.indexText(64).value() > 0) { }
    QVERIFY(textIndexIsConsistent(true));
    QCOMPARE(ids(store.errors(timeout).value()), expectedIds(left, timeout));
    // A purge of indexed rows only, now.
    QVERIFY(store.purgeOlderThan(base.addSecs(qint64(450) * 1447)).ok());
    QVERIFY(textIndexIsConsistent(true));
    const QList<ErrorLogEntry> rest = allErrors(*m_db);
    QCOMPARE(rest.size(), 150);
    QCOMPARE(ids(store.errors(timeout).value()), expectedIds(rest, timeout));
}

QTEST_GUILESS_MAIN(TestLogStore)
#include "tst_logstore.moc"

void TestLogStore::idsAgreeWithEntries_data()
{
    QTest::addColumn<LogQuery>("query");
    QTest::addColumn<bool>("partlyIndexed");
    const auto query = [](auto fill) {
        LogQuery q;
        q.limit = 100000;
        fill(q);
        return q;
    };
    QTest::newRow("no filter") << query([](LogQuery &) {}) << false;
    QTest::newRow("after an id") << query([](LogQuery &q) { q.afterId = 300; }) << false;
    QTest::newRow("between two ids") << query([](LogQuery &q) {
        q.afterId = 100;
        q.beforeId = 250;
    }) << false;
    QTest::newRow("module after an id") << query([](LogQuery &q) {
        q.module = QStringLiteral("Orders_CS");
        q.afterId = 200;
    }) << false;
    QTest::newRow("time range") << query([](LogQuery &q) {
        q.since = base.addDays(2);
        q.until = base.addDays(5);
    }) << false;
    QTest::newRow("text, index current")
        << query([](LogQuery &q) { q.text = QStringLiteral("timeout"); }) << false;
    QTest::newRow("text, half indexed, after an id") << query([](LogQuery &q) {
        q.text = QStringLiteral("customer");
        q.afterId = 150;
    }) << true;
    QTest::newRow("kind + text, half indexed") << query([](LogQuery &q) {
        q.operation = QStringLiteral("delete");
        q.text = QStringLiteral("antivirus");
    }) << true;
    QTest::newRow("operation id + text, half indexed") << query([](LogQuery &q) {
        q.operationId = 7;
        q.text = QStringLiteral("file");
    }) << true;
    QTest::newRow("small page") << query([](LogQuery &q) {
        q.limit = 7;
        q.text = QStringLiteral("use");
    }) << true;
}

void TestLogStore::idsAgreeWithEntries()
{
    QFETCH(LogQuery, query);
    QFETCH(bool, partlyIndexed);
    insertDirectly(600, 400);
    LogStore store(*m_db);
    Result<qint64> indexed = store.indexText(partlyIndexed ? 300 : 1000);
    QVERIFY(indexed.ok());
    // The newest entries are still in batches.
    storeInBatches(100, 60, 2);
    QList<qint64> expected = expectedIds(allErrors(*m_db), query);
    expected.resize(std::min<qsizetype>(expected.size(), query.limit));
    Result<QList<qint64>> errorIds = store.ids(LogKind::Errors, query);
    QVERIFY2(errorIds.ok(), qPrintable(errorIds ? QString() : errorIds.error().fullText()));
    QCOMPARE(*errorIds, expected);
    Result<QList<LogRecord>> summaries = store.summaries(LogKind::Errors, query);
    QVERIFY(summaries.ok());
    QCOMPARE(summaries->size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i)
        QCOMPARE(summaries->at(i).id, expected.at(i));

    QList<qint64> expectedGeneral = expectedIds(allGeneral(*m_db), query);
    expectedGeneral.resize(std::min<qsizetype>(expectedGeneral.size(), query.limit));
    Result<QList<qint64>> generalIds = store.ids(LogKind::General, query);
    QVERIFY(generalIds.ok());
    QCOMPARE(*generalIds, expectedGeneral);
    Result<qint64> count = store.count(LogKind::Errors, query);
    QVERIFY(count.ok());
    QCOMPARE(*count, qint64(expectedIds(allErrors(*m_db), query).size()));
}

void TestLogStore::idSpanOfFilters()
{
    insertDirectly(300, 0);
    storeInBatches(50, 0, 2); // ids 301 to 350, in batches
    LogStore store(*m_db);
    const QList<ErrorLogEntry> all = allErrors(*m_db);
    QCOMPARE(all.size(), 350);
    for (const QString &module : modules) {
        for (const qint64 afterId : {0, 320}) {
            LogQuery query;
            query.module = module;
            query.afterId = afterId;
            QList<qint64> expected = expectedIds(all, query);
            Result<LogIdSpan> span = store.idSpan(LogKind::Errors, query);
            QVERIFY(span.ok());
            QCOMPARE(span->maxId, expected.constFirst());
            QCOMPARE(span->minId, expected.constLast());
        }
        LogQuery query;
        query.module = module;
        query.beforeId = 301; // the rows alone
        QList<qint64> expected = expectedIds(all, query);
        Result<LogIdSpan> span = store.idSpan(LogKind::Errors, query);
        QVERIFY(span.ok());
        QCOMPARE(span->maxId, expected.constFirst());
        QCOMPARE(span->minId, expected.constLast());
    }
    Result<LogIdSpan> whole = store.idSpan(LogKind::Errors, LogQuery());
    QVERIFY(whole.ok());
    QCOMPARE(whole->minId, 1);
    QCOMPARE(whole->maxId, 350);
    LogQuery none;
    none.module = QStringLiteral("No_Such_Module");
    Result<LogIdSpan> empty = store.idSpan(LogKind::Errors, none);
    QVERIFY(empty.ok());
    QCOMPARE(empty->minId, 0);
    QCOMPARE(empty->maxId, 0);
    LogQuery text;
    text.text = QStringLiteral("timeout");
    Result<LogIdSpan> refused = store.idSpan(LogKind::Errors, text);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::BadInput);
    LogQuery tooMany;
    tooMany.limit = LogStore::maxIdLimit + 1;
    Result<QList<qint64>> refusedIds = store.ids(LogKind::Errors, tooMany);
    QVERIFY(!refusedIds.ok());
    QCOMPARE(refusedIds.error().code, ErrorCode::BadInput);
}

void TestLogStore::recordById()
{
    insertDirectly(50, 20);
    LogStore store(*m_db);
    Result<std::optional<LogRecord>> found = store.record(LogKind::Errors, 17);
    QVERIFY(found.ok());
    QVERIFY(found->has_value());
    const ErrorLogEntry expected = sampleError(16);
    QCOMPARE((*found)->id, 17);
    QCOMPARE((*found)->message, expected.message);
    QCOMPARE((*found)->detail, expected.detail);
    QCOMPARE((*found)->moduleVersion, expected.moduleVersion);
    Result<std::optional<LogRecord>> general = store.record(LogKind::General, 3);
    QVERIFY(general.ok());
    QCOMPARE((*general)->user, sampleGeneral(2).user);
    QCOMPARE((*general)->step, sampleGeneral(2).event);
    QVERIFY(m_db->exec(QStringLiteral("DELETE FROM error_log WHERE id = 17")).ok());
    Result<std::optional<LogRecord>> gone = store.record(LogKind::Errors, 17);
    QVERIFY(gone.ok());
    QVERIFY2(!gone->has_value(), "a deleted id must not return its neighbour");
}

void TestLogStore::messageSignature_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("signature");
    QTest::newRow("digits -> #") << QStringLiteral("Timeout after 30000 ms on attempt 3")
                                 << QStringLiteral("Timeout after # ms on attempt #");
    QTest::newRow("quoted names -> '…'")
        << messages::producerNotPrepared(QStringLiteral("Orders_Core"))
        << messages::producerNotPrepared(QStringLiteral("\u2026"));
    QTest::newRow("apostrophe inside a word is not a quote")
        << QStringLiteral("This Module hasn't been upgraded")
        << QStringLiteral("This Module hasn't been upgraded");
    QTest::newRow("double quotes") << QStringLiteral("Element \"GetInvoice\" has 2 inputs")
                                   << QStringLiteral("Element '\u2026' has # inputs");
    QTest::newRow("paths -> <path>")
        << QStringLiteral("/srv/osc/compilations/m42/out.cs(12,3): missing 3 args")
        << QStringLiteral("<path> missing # args");
    QTest::newRow("windows path") << QStringLiteral(
        "Cannot open C:\\osc\\running\\Billing_CS\\bin now")
                                  << QStringLiteral("Cannot open <path> now");
    QTest::newRow("white space collapsed")
        << QStringLiteral("  a\tb \n c  ") << QStringLiteral("a b c");
    QTest::newRow("unclosed quote stays")
        << QStringLiteral("it's 'open") << QStringLiteral("it's 'open");
    QTest::newRow("versions") << QStringLiteral("compiled for 11.19.0")
                              << QStringLiteral("compiled for #.#.#");
}

void TestLogStore::messageSignature()
{
    QFETCH(QString, message);
    QFETCH(QString, signature);
    QCOMPARE(osc::messageSignature(message), signature);
}

void TestLogStore::groupingCountsEachCause()
{
    // Three causes: a producer not prepared (two producers, one cause), a timeout with
    // varying numbers, and one lock message; instants out of id order on purpose.
    std::unique_ptr<LogWriter> writer = openWriter();
    QVERIFY(writer);
    const auto add = [&](const QString &module, const QString &message, int minutes) {
        ErrorLogEntry e;
        e.module = module;
        e.operation = QStringLiteral("publish");
        e.message = message;
        e.instant = base.addSecs(minutes * 60);
        writer->append(e);
    };
    add(QStringLiteral("A"), messages::producerNotPrepared(QStringLiteral("P1")), 10);
    add(QStringLiteral("B"), QStringLiteral("Timeout after 30 s"), 5);
    add(QStringLiteral("C"), messages::producerNotPrepared(QStringLiteral("P2")), 1);
    add(QStringLiteral("A"), QStringLiteral("Timeout after 45 s"), 20);
    add(QStringLiteral("D"), messages::producerNotPrepared(QStringLiteral("P1")), 15);
    add(QStringLiteral("E"), QStringLiteral("Lock lost"), 2);
    QVERIFY(writer->flush().ok());
    LogStore store(*m_db);
    Result<LogGrouping> grouping = groupLog(store, LogKind::Errors, LogQuery{});
    QVERIFY2(grouping.ok(), qPrintable(grouping ? QString() : grouping.error().fullText()));
    QCOMPARE(grouping->entries, 6);
    QVERIFY(!grouping->cancelled);
    QCOMPARE(grouping->groups.size(), 3);
    const LogGroup &producer = grouping->groups.at(0);
    QCOMPARE(producer.count, 3);
    QCOMPARE(producer.moduleCount, 3);
    QCOMPARE(producer.latestId, 5);
    QCOMPARE(producer.latestModule, QStringLiteral("D"));
    QCOMPARE(producer.latestMessage, messages::producerNotPrepared(QStringLiteral("P1")));
    QCOMPARE(producer.firstSeen, base.addSecs(60));
    QCOMPARE(producer.lastSeen, base.addSecs(15 * 60));
    const LogGroup &timeout = grouping->groups.at(1);
    QCOMPARE(timeout.signature, QStringLiteral("Timeout after # s"));
    QCOMPARE(timeout.count, 2);
    QCOMPARE(timeout.firstSeen, base.addSecs(5 * 60));
    QCOMPARE(timeout.lastSeen, base.addSecs(20 * 60));
    QCOMPARE(timeout.moduleCount, 2);
    const LogGroup &lock = grouping->groups.at(2);
    QCOMPARE(lock.signature, QStringLiteral("Lock lost"));
    QCOMPARE(lock.count, 1);
    QCOMPARE(lock.latestId, 6);
}

void TestLogStore::groupingFollowsTheFilterAndStops()
{
    insertDirectly(600, 0);
    LogStore store(*m_db);
    (void)store.indexText(250); // a text filter over indexed rows and the tail
    LogQuery query;
    query.module = QStringLiteral("Billing_UI");
    query.text = QStringLiteral("file");
    const QList<ErrorLogEntry> all = allErrors(*m_db);
    QHash<QString, qint64> expected;
    for (const ErrorLogEntry &e : all) {
        if (matches(e, query))
            ++expected[osc::messageSignature(e.message)];
    }
    QVERIFY(!expected.isEmpty());
    Result<LogGrouping> grouping = groupLog(store, LogKind::Errors, query);
    QVERIFY(grouping.ok());
    QHash<QString, qint64> counted;
    for (const LogGroup &group : grouping->groups)
        counted.insert(group.signature, group.count);
    QCOMPARE(counted, expected);

    // Stopped after the first page: what was read is grouped, and it says so.
    Database &db = *m_db;
    Result<void> more = db.write([&]() -> Result<void> {
        Result<QSqlQuery> done = db.exec(
            QStringLiteral("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n"
                           " WHERE x < ?) INSERT INTO error_log (instant_ms, message)"
                           " SELECT ?, 'bulk ' || x FROM n"),
            {LogStore::maxIdLimit + 1000, base.toMSecsSinceEpoch()});
        if (!done)
            return done.error();
        return {};
    });
    QVERIFY2(more.ok(), qPrintable(more ? QString() : more.error().fullText()));
    int calls = 0;
    Result<LogGrouping> stopped
        = groupLog(store, LogKind::Errors, LogQuery{}, [&calls](qint64) { return ++calls < 1; });
    QVERIFY(stopped.ok());
    QVERIFY(stopped->cancelled);
    QCOMPARE(calls, 1);
    QCOMPARE(stopped->entries, LogStore::maxIdLimit);
}

namespace {

// RFC 4180 fields of a CSV text (quoted fields may hold commas, quotes, line breaks).
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << field;
            field.clear();
        } else if (c == u'\r') {
        } else if (c == u'\n') {
            row << field;
            rows << row;
            row.clear();
            field.clear();
        } else {
            field += c;
        }
    }
    return rows;
}

} // namespace

void TestLogStore::exportCsvHoldsEveryMatchingEntry()
{
    insertDirectly(LogStore::maxLimit + 250, 0); // more than one page
    // A message with every character CSV must quote.
    QVERIFY(m_db->exec(QStringLiteral("UPDATE error_log SET message = ? WHERE id = 5"),
                       {QStringLiteral("a, \"quoted\"\nsecond line")})
                .ok());
    LogStore store(*m_db);
    LogQuery query;
    query.operation = QStringLiteral("delete");
    const QList<ErrorLogEntry> all = allErrors(*m_db);
    QList<ErrorLogEntry> expected;
    for (auto it = all.crbegin(); it != all.crend(); ++it) {
        if (matches(*it, query))
            expected << *it;
    }
    const QString path = m_dir->filePath(QStringLiteral("errors.csv"));
    QList<qint64> progress;
    Result<LogExportOutcome> outcome
        = exportLog(store, LogKind::Errors, query, LogExportFormat::Csv, path, [&](qint64 rows) {
              progress << rows;
              return true;
          });
    QVERIFY2(outcome.ok(), qPrintable(outcome ? QString() : outcome.error().fullText()));
    QCOMPARE(outcome->rows, expected.size());
    QVERIFY(!outcome->cancelled);
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.constLast(), qint64(expected.size()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(file.readAll()));
    QCOMPARE(rows.size(), expected.size() + 1);
    QCOMPARE(rows.at(0), logExportColumns(LogKind::Errors));
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const QStringList &row = rows.at(i + 1);
        const ErrorLogEntry &e = expected.at(i);
        QCOMPARE(row.size(), logExportColumns(LogKind::Errors).size());
        QCOMPARE(row.at(0).toLongLong(), e.id);
        QCOMPARE(QDateTime::fromString(row.at(1), Qt::ISODateWithMs), e.instant);
        QCOMPARE(row.at(2), e.module);
        QCOMPARE(row.at(5), e.operation);
        QCOMPARE(row.at(7), e.message);
        QCOMPARE(row.at(8), e.detail);
    }
}

void TestLogStore::exportJsonHoldsEveryMatchingEntry()
{
    insertDirectly(0, 300);
    LogStore store(*m_db);
    LogQuery query;
    query.text = QStringLiteral("refused");
    query.since = base.addDays(1);
    const QList<GeneralLogEntry> all = allGeneral(*m_db);
    QList<GeneralLogEntry> expected;
    for (auto it = all.crbegin(); it != all.crend(); ++it) {
        if (matches(*it, query))
            expected << *it;
    }
    QVERIFY(!expected.isEmpty());
    const QString path = m_dir->filePath(QStringLiteral("general.json"));
    Result<LogExportOutcome> outcome
        = exportLog(store, LogKind::General, query, LogExportFormat::Json, path);
    QVERIFY(outcome.ok());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(document[QStringLiteral("log")].toString(), QStringLiteral("general"));
    QCOMPARE(document[QStringLiteral("count")].toInteger(), expected.size());
    const QJsonArray entries = document[QStringLiteral("entries")].toArray();
    QCOMPARE(entries.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const QJsonObject entry = entries.at(i).toObject();
        QCOMPARE(entry.keys().size(), logExportColumns(LogKind::General).size());
        QCOMPARE(entry[QStringLiteral("id")].toInteger(), expected.at(i).id);
        QCOMPARE(entry[QStringLiteral("user")].toString(), expected.at(i).user);
        QCOMPARE(entry[QStringLiteral("event")].toString(), expected.at(i).event);
        QCOMPARE(entry[QStringLiteral("message")].toString(), expected.at(i).message);
    }
}

void TestLogStore::cancelledExportLeavesNoFile()
{
    insertDirectly(LogStore::maxLimit + 10, 0);
    LogStore store(*m_db);
    const QString path = m_dir->filePath(QStringLiteral("cancelled.csv"));
    Result<LogExportOutcome> outcome
        = exportLog(store, LogKind::Errors, LogQuery{}, LogExportFormat::Csv, path,
                    [](qint64) { return false; });
    QVERIFY(outcome.ok());
    QVERIFY(outcome->cancelled);
    QVERIFY(!QFile::exists(path));
    // An existing file is left as it was.
    QFile previous(path);
    QVERIFY(previous.open(QIODevice::WriteOnly));
    previous.write("kept");
    previous.close();
    Result<LogExportOutcome> again
        = exportLog(store, LogKind::Errors, LogQuery{}, LogExportFormat::Json, path,
                    [](qint64) { return false; });
    QVERIFY(again.ok());
    QVERIFY(previous.open(QIODevice::ReadOnly));
    QCOMPARE(previous.readAll(), QByteArray("kept"));
}

void TestLogStore::exportToUnwritablePathFails()
{
    insertDirectly(5, 0);
    LogStore store(*m_db);
    const QString path = m_dir->filePath(QStringLiteral("no/such/folder/errors.csv"));
    Result<LogExportOutcome> outcome
        = exportLog(store, LogKind::Errors, LogQuery{}, LogExportFormat::Csv, path);
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error().code, ErrorCode::Failed);
    QVERIFY2(outcome.error().message.contains(path), qPrintable(outcome.error().message));
}

void TestLogStore::entryFactsOfFileInUseAndProducer()
{
    LogRecord fileInUse;
    fileInUse.message = messages::fileInUse() + u'\n'
        + fileInUseExplanation(
                            QStringLiteral("/srv/env/deployments/Billing_CS/7/bin/a.dll"),
                            {FileHolder{4242, QStringLiteral("backupd"), QStringLiteral("POSIX")}});
    const LogEntryFacts facts = entryFacts(fileInUse);
    QCOMPARE(facts.filePath, QStringLiteral("/srv/env/deployments/Billing_CS/7/bin/a.dll"));
    QCOMPARE(facts.holders.size(), 1);
    QVERIFY2(facts.holders.constFirst().contains(QStringLiteral("4242")),
             qPrintable(facts.holders.constFirst()));
    QVERIFY(facts.producer.isEmpty());

    LogRecord notPrepared;
    notPrepared.message = messages::producerNotPrepared(QStringLiteral("Orders_Core"));
    QCOMPARE(entryFacts(notPrepared).producer, QStringLiteral("Orders_Core"));
    LogRecord other;
    other.message = QStringLiteral("Producer module 'X' is fine.");
    QVERIFY(entryFacts(other).producer.isEmpty());
}

void TestLogStore::batchPackingKeepsEveryField()
{
    std::vector<ErrorLogEntry> errors;
    for (int i = 0; i < 5; ++i) {
        ErrorLogEntry e = sampleError(i);
        e.server = QStringLiteral("srv-%1").arg(i);
        e.processId = 4000000000LL + i;
        e.thread = QStringLiteral("worker-%1").arg(i);
        errors.push_back(e);
    }
    errors[1].message = QString(); // empty
    errors[2].detail = QStringLiteral("Ação falhou: 文件被占用 \U0001F512\n\tline 2");
    errors[3].detail = QString(70000, u'x'); // longer than 16 bits can count
    errors[4].message = QString(QChar(0xD800)) + QStringLiteral("after a lone surrogate");
    const std::optional<std::vector<ErrorLogEntry>> back
        = unpackErrorBatch(packLogBatch(errors), 41);
    QVERIFY(back.has_value());
    QCOMPARE(back->size(), errors.size());
    for (size_t i = 0; i < errors.size(); ++i) {
        const ErrorLogEntry &a = errors[i];
        const ErrorLogEntry &b = back->at(i);
        QCOMPARE(b.id, qint64(41 + i));
        QCOMPARE(b.instant, a.instant);
        QCOMPARE(b.instant.timeSpec(), Qt::UTC);
        QCOMPARE(b.module, a.module);
        QCOMPARE(b.moduleVersion, a.moduleVersion);
        QCOMPARE(b.operationId, a.operationId);
        QCOMPARE(b.operation, a.operation);
        QCOMPARE(b.step, a.step);
        if (i != 4) // a lone surrogate cannot be UTF-8: it becomes U+FFFD
            QCOMPARE(b.message, a.message);
        QCOMPARE(b.detail, a.detail);
        QCOMPARE(b.server, a.server);
        QCOMPARE(b.processId, a.processId);
        QCOMPARE(b.thread, a.thread);
        QCOMPARE(b.platformVersion, a.platformVersion);
    }
    QVERIFY(back->at(4).message.endsWith(QStringLiteral("after a lone surrogate")));

    std::vector<GeneralLogEntry> general{sampleGeneral(0), sampleGeneral(1)};
    general[1].user = QStringLiteral("joão.araújo");
    general[1].processId = 77;
    const std::optional<std::vector<GeneralLogEntry>> generalBack
        = unpackGeneralBatch(packLogBatch(general), 1);
    QVERIFY(generalBack.has_value());
    QCOMPARE(generalBack->size(), size_t(2));
    for (size_t i = 0; i < general.size(); ++i) {
        const GeneralLogEntry &a = general[i];
        const GeneralLogEntry &b = generalBack->at(i);
        QCOMPARE(b.id, qint64(1 + i));
        QCOMPARE(b.instant, a.instant);
        QCOMPARE(b.operationId, a.operationId);
        QCOMPARE(b.operation, a.operation);
        QCOMPARE(b.user, a.user);
        QCOMPARE(b.module, a.module);
        QCOMPARE(b.event, a.event);
        QCOMPARE(b.message, a.message);
        QCOMPARE(b.server, a.server);
        QCOMPARE(b.processId, a.processId);
    }
    QVERIFY(unpackErrorBatch(packLogBatch(std::vector<ErrorLogEntry>()), 1)->empty());
}

void TestLogStore::damagedPackingIsRefused_data()
{
    QTest::addColumn<QByteArray>("packed");
    const QByteArray good
        = packLogBatch(std::vector<ErrorLogEntry>{sampleError(0), sampleError(1)});
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("cut in the middle of a text") << good.left(good.size() / 2);
    QTest::newRow("last byte missing") << good.left(good.size() - 1);
    QTest::newRow("a byte too many") << good + 'x';
    QByteArray otherVersion = good;
    otherVersion[0] = 2;
    QTest::newRow("unknown format version") << otherVersion;
    QByteArray hugeCount = good;
    hugeCount[1] = hugeCount[2] = hugeCount[3] = hugeCount[4] = char(0xff);
    QTest::newRow("count far beyond the bytes") << hugeCount;
    QByteArray hugeText = good;
    hugeText[1 + 4 + 8] = char(0xff); // the first entry's module length
    hugeText[1 + 4 + 8 + 3] = char(0x7f);
    QTest::newRow("text length beyond the bytes") << hugeText;
}

void TestLogStore::damagedPackingIsRefused()
{
    QFETCH(QByteArray, packed);
    QVERIFY(!unpackErrorBatch(packed, 1).has_value());
    QVERIFY(!unpackGeneralBatch(packed, 1).has_value());
}

// A batch's ids follow every id the log ever gave, rows written directly included,
// and no id comes back after a purge emptied the log; spreading keeps them.
void TestLogStore::batchIdsFollowEveryIdGiven()
{
    insertDirectly(10, 0);
    storeInBatches(5, 0, 1);
    QList<qint64> expected;
    for (qint64 id = 1; id <= 15; ++id)
        expected << id;
    QCOMPARE(ids(allErrors(*m_db)), expected);
    QCOMPARE(LogBatches(*m_db).entryCount().value(), qint64(5));

    LogStore store(*m_db);
    Result<PurgeReport> purged = store.purgeOlderThan(base.addYears(10));
    QVERIFY(purged.ok());
    QCOMPARE(purged->errorsDeleted, qint64(15)); // the batch was spread, then purged
    QCOMPARE(LogBatches(*m_db).entryCount().value(), qint64(0));
    QVERIFY(allErrors(*m_db).isEmpty());

    storeInBatches(3, 2, 1);
    QCOMPARE(ids(allErrors(*m_db)), (QList<qint64>{16, 17, 18}));
    QCOMPARE(ids(allGeneral(*m_db)), (QList<qint64>{1, 2}));
    while (LogBatches(*m_db).spread().value() > 0) { }
    QCOMPARE(ids(allErrors(*m_db)), (QList<qint64>{16, 17, 18}));
    QCOMPARE(allErrors(*m_db).constFirst().message, sampleError(0).message);
    storeInBatches(1, 0, 1);
    QCOMPARE(ids(allErrors(*m_db)), (QList<qint64>{16, 17, 18, 19}));
}

// What a writer killed before it caught up leaves behind (batches not spread, rows
// not indexed) is caught up by the next writer of any process, and reads the same.
void TestLogStore::writerSpreadsBatchesLeftBehind()
{
    storeInBatches(300, 120, 3);
    LogStore store(*m_db);
    LogQuery query;
    query.limit = 10000;
    query.text = QStringLiteral("antivirus");
    const QList<qint64> before = store.ids(LogKind::Errors, query).value();
    QVERIFY(!before.isEmpty());
    QCOMPARE(store.unindexedTextCount().value(), qint64(420));

    std::unique_ptr<LogWriter> writer = openWriter();
    QVERIFY(writer);
    QTRY_COMPARE_WITH_TIMEOUT(store.unindexedTextCount().value(), qint64(0), 20000);
    QCOMPARE(LogBatches(*m_db).entryCount().value(), qint64(0));
    Result<QVariant> rows = scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM error_log"));
    QCOMPARE(rows->toInt(), 300);
    QCOMPARE(store.ids(LogKind::Errors, query).value(), before);
    QVERIFY(textIndexIsConsistent(true));
}

void TestLogStore::purgeReachesEntriesStillInBatches()
{
    storeInBatches(100, 40, 2);
    LogStore store(*m_db);
    // sampleError(i) is i × 1447 s after base: the first 60 are older than this.
    const QDateTime cutoff = base.addSecs(1447 * 60);
    Result<PurgeReport> purged = store.purgeOlderThan(cutoff);
    QVERIFY(purged.ok());
    QCOMPARE(purged->errorsDeleted, qint64(60));
    for (const ErrorLogEntry &e : allErrors(*m_db))
        QVERIFY(e.instant >= cutoff);
    QCOMPARE(store.countErrors(LogQuery{}).value(), qint64(40));
}

// A batch that cannot be read fails every read and every spread with a message that
// names it, and stays where it is: nothing is silently dropped.
void TestLogStore::damagedBatchIsReportedAndKept()
{
    storeInBatches(20, 0, 2);
    QVERIFY(m_db->exec(QStringLiteral("UPDATE error_log_batches SET entries = x'01ffff'"
                                      " WHERE first_id = 11"))
                .ok());
    LogStore store(*m_db);
    Result<QList<ErrorLogEntry>> read = store.errors(LogQuery{});
    QVERIFY(!read.ok());
    QCOMPARE(read.error().code, ErrorCode::Environment);
    QVERIFY2(read.error().message.contains(QStringLiteral("from id 11 in table error_log_batches"))
                 && read.error().message.contains(m_path),
             qPrintable(read.error().message));
    LogBatches batches(*m_db);
    QCOMPARE(batches.spread().value(), qint64(10)); // the sound, older batch
    Result<qint64> spread = batches.spread();
    QVERIFY(!spread.ok());
    QCOMPARE(spread.error().message, read.error().message);
    QCOMPARE(batches.entryCount().value(), qint64(10));
    // Reads that end before it still work.
    LogQuery older;
    older.beforeId = 11;
    QCOMPARE(store.errors(older).value().size(), 10);
}

// Two writers (two connections, as two processes have) storing small batches at once,
// then both catching up at once: every entry gets its own id, each writer's entries
// keep their order, and spreading and indexing by both leaves every entry once in the
// rows and in the full-text index.
void TestLogStore::twoWritersShareIdsAndCatchUpTogether()
{
    LogWriterOptions options;
    options.batchSize = 40;
    options.flushIntervalMs = 5;
    options.textIndexChunk = 97;
    std::unique_ptr<LogWriter> writers[] = {openWriter(options), openWriter(options)};
    QVERIFY(writers[0] && writers[1]);
    constexpr int perWriter = 1500;
    const QString words[] = {QStringLiteral("alpha"), QStringLiteral("bravo")};
    std::vector<std::thread> appenders;
    for (int w = 0; w < 2; ++w) {
        appenders.emplace_back([&, w] {
            for (int i = 0; i < perWriter; ++i) {
                ErrorLogEntry error = sampleError(i);
                error.message = QStringLiteral("%1 %2").arg(words[w]).arg(i);
                writers[w]->append(error);
                if (i % 3 == 0) {
                    GeneralLogEntry step = sampleGeneral(i);
                    step.message = QStringLiteral("%1 step %2").arg(words[w]).arg(i);
                    writers[w]->append(step);
                }
            }
        });
    }
    for (std::thread &appender : appenders)
        appender.join();
    QVERIFY(writers[0]->flush().ok());
    QVERIFY(writers[1]->flush().ok());

    const auto checkEveryEntryOnce = [&] {
        const QList<ErrorLogEntry> all = allErrors(*m_db);
        QCOMPARE(all.size(), 2 * perWriter);
        int next[] = {0, 0};
        for (qsizetype i = 0; i < all.size(); ++i) {
            if (i > 0)
                QVERIFY(all.at(i).id > all.at(i - 1).id);
            const QStringList parts = all.at(i).message.split(u' ');
            const int w = parts.at(0) == words[0] ? 0 : 1;
            QCOMPARE(parts.at(1).toInt(), next[w]++); // each writer's order is kept
        }
        QCOMPARE(allGeneral(*m_db).size(), 2 * ((perWriter + 2) / 3));
    };
    checkEveryEntryOnce();
    if (QTest::currentTestFailed())
        return;

    LogStore store(*m_db);
    QTRY_COMPARE_WITH_TIMEOUT(store.unindexedTextCount().value(), qint64(0), 30000);
    QCOMPARE(LogBatches(*m_db).entryCount().value(), qint64(0));
    checkEveryEntryOnce();
    QVERIFY(textIndexIsConsistent(true));
    for (const QString &word : words) {
        LogQuery query;
        query.text = word;
        QCOMPARE(store.countErrors(query).value(), qint64(perWriter));
        QCOMPARE(store.countGeneralLog(query).value(), qint64((perWriter + 2) / 3));
    }
}

// A schema-6 environment whose log was purged empty: its ids live on only in
// AUTOINCREMENT's sequence. After migration 7, new entries still get ids above every id
// given before (not only above the text index's mark), and the full-text index stays
// sound through their purge.
void TestLogStore::upgradedLogNeverGivesAnIdAgain()
{
    insertDirectly(30, 5);
    LogStore store(*m_db);
    QVERIFY(store.indexText(20).ok()); // the mark stops at 20, below the last id (30)
    QCOMPARE(store.purgeOlderThan(base.addYears(10)).value().errorsDeleted, qint64(30));
    // What schema 6 had: no batch tables, no "_last_id" keys.
    for (const QString &sql :
         {QStringLiteral("DROP TABLE error_log_batches"),
          QStringLiteral("DROP TABLE general_log_batches"),
          QStringLiteral("DROP TABLE execution_module_batches"),
          QStringLiteral("DELETE FROM meta WHERE key LIKE '%_last_id'"),
          QStringLiteral("UPDATE meta SET value = '6' WHERE key = 'schema_version'")}) {
        QVERIFY(m_db->exec(sql).ok());
    }
    m_db.reset();
    Result<std::unique_ptr<Database>> reopened
        = Database::openSqlite(m_path, Database::OpenMode::OpenExisting);
    QVERIFY2(reopened.ok(), qPrintable(reopened ? QString() : reopened.error().fullText()));
    m_db = std::move(reopened).value();
    QCOMPARE(m_db->meta(QStringLiteral("schema_version")).value(),
             QString::number(Database::schemaVersion));

    storeInBatches(3, 2, 1);
    QCOMPARE(ids(allErrors(*m_db)), (QList<qint64>{31, 32, 33}));
    QCOMPARE(ids(allGeneral(*m_db)), (QList<qint64>{6, 7}));
    LogStore upgraded(*m_db);
    while (LogBatches(*m_db).spread().value() > 0) { }
    while (upgraded.indexText().value() > 0) { }
    LogQuery query;
    query.text = sampleError(0).message.section(u' ', 0, 0);
    QVERIFY(upgraded.countErrors(query).value() > 0);
    QVERIFY(textIndexIsConsistent(true));
    QVERIFY(upgraded.purgeOlderThan(base.addYears(10)).ok());
    QVERIFY(textIndexIsConsistent(true));
}
