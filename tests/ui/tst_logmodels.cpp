// The log screens' models on a real SQLite database: LogTableModel (keyset chunks read
// in its own thread, runs laid out from the ids, live arrivals, purges) checked with
// QAbstractItemModelTester, row by row against direct SQL for each filter alone and
// combined, at chunk boundaries while a writer inserts; and LogGroupsModel.
#include "logs/loggroups.h"
#include "logs/logstore.h"
#include "logs/logwriter.h"
#include "logtestsupport.h"
#include "monitoring/loggroupsmodel.h"
#include "monitoring/logreader.h"
#include "monitoring/logtablemodel.h"
#include "storage/database.h"
#include "uitestsupport.h"

#include <QAbstractItemModelTester>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

using namespace osc;

namespace {

const QDateTime base = testing::logBase;
constexpr int chunk = LogReader::chunkRows;

// `count` Error Log rows and as many General log rows (logtestsupport.h).
Result<void> fill(Database &db, int count, int startAt = 0)
{
    if (Result<void> errors = testing::fillErrorLog(db, count, startAt); !errors)
        return errors;
    return testing::fillGeneralLog(db, count, startAt);
}

// Every row's id, in view order, waiting for the chunks the model reads.
QList<qint64> rowIds(LogTableModel &model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, 0);
        if (!index.data(LogTableModel::LoadedRole).toBool()) {
            QSignalSpy loaded(&model, &LogTableModel::chunkLoaded);
            while (!index.data(LogTableModel::LoadedRole).toBool()) {
                if (!loaded.wait(5000))
                    return ids;
            }
        }
        ids << index.data(LogTableModel::IdRole).toLongLong();
    }
    return ids;
}

bool waitLaidOut(LogTableModel &model)
{
    QSignalSpy updated(&model, &LogTableModel::layoutUpdated);
    while (!model.hasLayout() || model.isCounting()) {
        if (!updated.wait(10000))
            return false;
    }
    return model.errorText().isEmpty();
}

QList<qint64> sqlIds(Database &db, const QString &table, const QString &where,
                     const QVariantList &bindings)
{
    QList<qint64> ids;
    Result<QSqlQuery> rows
        = db.exec(QStringLiteral("SELECT id FROM %1 e%2 ORDER BY id DESC")
                      .arg(table, where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where),
                  bindings);
    if (!rows)
        return {qint64(-1)};
    while (rows->next())
        ids << rows->value(0).toLongLong();
    return ids;
}

} // namespace

class TestLogModels : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void runsSplitIdsIntoChunks();
    void modelPassesTheModelTester();
    void rowsMatchDirectSql_data();
    void rowsMatchDirectSql();
    void chunkBoundariesStayWhileEntriesArrive();
    void selectionStaysOnItsEntryWhenEntriesArrive();
    void locateFindsEntriesInDenseAndSparseRuns();
    void purgeLaysTheFilterOutAgain();
    void textFilterIsCountedInSlices();
    void oldestFirstFlipsTheRows();
    void unreadableDatabaseIsReported();
    void groupsModelPassesTheModelTester();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestLogModels::init()
{
    testing::isolateSettings();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    Result<std::unique_ptr<Database>> db = testing::createLogDatabase(m_dir->path());
    QVERIFY2(db.ok(), qPrintable(db ? QString() : db.error().fullText()));
    m_db = std::move(db).value();
}

void TestLogModels::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestLogModels::runsSplitIdsIntoChunks()
{
    // 500 contiguous ids, then 450 with gaps, then 250 contiguous.
    QList<qint64> ids;
    for (qint64 id = 10000; id > 9500; --id)
        ids << id;
    for (qint64 id = 9000; id > 8100; id -= 2)
        ids << id;
    for (qint64 id = 5000; id > 4750; --id)
        ids << id;
    const QList<LogRun> runs = LogReader::runsOf(ids);
    qint64 total = 0;
    qsizetype at = 0;
    for (const LogRun &run : runs) {
        QCOMPARE(run.topId, ids.at(at));
        QCOMPARE(run.bottomId, ids.at(at + run.length - 1));
        if (run.dense)
            QCOMPARE(run.topId - run.bottomId + 1, run.length);
        else
            QVERIFY(run.length <= chunk);
        at += run.length;
        total += run.length;
    }
    QCOMPARE(total, ids.size());
    QCOMPARE(runs.size(), 1 + 3 + 1); // dense 500; 200 + 200 + 50 sparse; dense 250
    QVERIFY(runs.at(0).dense);
    QCOMPARE(runs.at(0).length, 500);
    QVERIFY(!runs.at(1).dense);
    QVERIFY(runs.at(4).dense);
    QCOMPARE(runs.at(4).length, 250);
    QVERIFY(LogReader::runsOf({}).isEmpty());
}

void TestLogModels::modelPassesTheModelTester()
{
    QVERIFY(fill(*m_db, 1500).ok());
    QVERIFY(m_db->exec(QStringLiteral("DELETE FROM error_log WHERE id % 37 = 0")).ok());
    LogTableModel model(LogKind::Errors, m_dir->path());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setQuery(LogQuery{});
    QVERIFY(waitLaidOut(model));
    const QList<qint64> expected = sqlIds(*m_db, QStringLiteral("error_log"), {}, {});
    QCOMPARE(model.rowCount(), expected.size());
    QCOMPARE(rowIds(model), expected);

    // Arrivals at the top, a sort flip, a filter, a reload: each checked by the tester.
    std::unique_ptr<LogWriter> writer = LogWriter::open(m_db->filePath()).value();
    for (int i = 0; i < 30; ++i) {
        ErrorLogEntry entry;
        entry.module = QStringLiteral("Arrived");
        entry.message = QStringLiteral("arrival %1").arg(i);
        writer->append(entry);
    }
    QVERIFY(writer->flush().ok());
    // flush() makes the arrivals durable as a batch; the rows sqlIds() reads below exist
    // once the writer thread has spread it (at once when idle, later on a loaded machine).
    QTRY_COMPARE_WITH_TIMEOUT(
        scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM error_log_batches"))->toInt(), 0, 5000);
    QSignalSpy arrived(&model, &LogTableModel::entriesArrived);
    model.pollNow();
    QVERIFY(arrived.wait(5000));
    QCOMPARE(arrived.constFirst().constFirst().toInt(), 30);
    QCOMPARE(rowIds(model), sqlIds(*m_db, QStringLiteral("error_log"), {}, {}));
    model.sort(model.columnOf(LogTableModel::Column::Instant), Qt::AscendingOrder);
    model.sort(model.columnOf(LogTableModel::Column::Id), Qt::DescendingOrder);
    LogQuery query;
    query.module = QStringLiteral("Module_3");
    model.setQuery(query);
    QVERIFY(waitLaidOut(model));
    model.reload();
    QVERIFY(waitLaidOut(model));
    QCOMPARE(rowIds(model),
             sqlIds(*m_db, QStringLiteral("error_log"), QStringLiteral("module = 'Module_3'"), {}));
}

void TestLogModels::rowsMatchDirectSql_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<LogQuery>("query");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QVariantList>("bindings");
    const int errors = int(LogKind::Errors);
    const int general = int(LogKind::General);
    const auto q = [](auto fill) {
        LogQuery query;
        fill(query);
        return query;
    };
    QTest::newRow("errors: no filter") << errors << LogQuery{} << QString() << QVariantList{};
    QTest::newRow("errors: module")
        << errors << q([](LogQuery &x) { x.module = QStringLiteral("Module_2"); })
        << QStringLiteral("module = ?") << QVariantList{QStringLiteral("Module_2")};
    QTest::newRow("errors: operation kind")
        << errors << q([](LogQuery &x) { x.operation = QStringLiteral("delete"); })
        << QStringLiteral("operation = ?") << QVariantList{QStringLiteral("delete")};
    QTest::newRow("errors: operation id") << errors << q([](LogQuery &x) { x.operationId = 17; })
                                          << QStringLiteral("operation_id = 17") << QVariantList{};
    QTest::newRow("errors: time range")
        << errors << q([](LogQuery &x) {
               x.since = base.addSecs(300 * 60);
               x.until = base.addSecs(1700 * 60);
           })
        << QStringLiteral("instant_ms >= ? AND instant_ms < ?")
        << QVariantList{base.addSecs(300 * 60).toMSecsSinceEpoch(),
                        base.addSecs(1700 * 60).toMSecsSinceEpoch()};
    QTest::newRow("errors: text") << errors
                                  << q([](LogQuery &x) { x.text = QStringLiteral("timeout"); })
                                  << QStringLiteral("id IN (SELECT rowid FROM error_log_text WHERE"
                                                    " error_log_text MATCH '\"timeout\"')")
                                  << QVariantList{};
    QTest::newRow("errors: module + kind + time + text")
        << errors << q([](LogQuery &x) {
               x.module = QStringLiteral("Module_1");
               x.operation = QStringLiteral("modules-upgrade");
               x.since = base.addSecs(200 * 60);
               x.text = QStringLiteral("missing reference");
           })
        << QStringLiteral(
               "module = 'Module_1' AND operation = 'modules-upgrade' AND instant_ms >= ?"
               " AND id IN (SELECT rowid FROM error_log_text WHERE error_log_text MATCH"
               " '\"missing\" \"reference\"')")
        << QVariantList{base.addSecs(200 * 60).toMSecsSinceEpoch()};
    QTest::newRow("errors: kind + operation id") << errors << q([](LogQuery &x) {
        x.operation = QStringLiteral("publish");
        x.operationId = 4;
    }) << QStringLiteral("operation = 'publish' AND operation_id = 4")
                                                 << QVariantList{};
    QTest::newRow("errors: nothing matches")
        << errors << q([](LogQuery &x) { x.module = QStringLiteral("Nope"); })
        << QStringLiteral("module = 'Nope'") << QVariantList{};
    QTest::newRow("general: user text")
        << general << q([](LogQuery &x) { x.text = QStringLiteral("maria"); })
        << QStringLiteral("id IN (SELECT rowid FROM general_log_text WHERE general_log_text MATCH"
                          " '\"maria\"')")
        << QVariantList{};
    QTest::newRow("general: kind + module") << general << q([](LogQuery &x) {
        x.operation = QStringLiteral("delete");
        x.module = QStringLiteral("Module_5");
    }) << QStringLiteral("operation = 'delete' AND module = 'Module_5'")
                                            << QVariantList{};
}

void TestLogModels::rowsMatchDirectSql()
{
    QFETCH(int, kind);
    QFETCH(LogQuery, query);
    QFETCH(QString, where);
    QFETCH(QVariantList, bindings);
    QVERIFY(fill(*m_db, 2400).ok());
    // Gaps (a sparse layout for most filters), and half the text indexed: the newest
    // rows are matched by the tail scan.
    QVERIFY(m_db->exec(QStringLiteral("DELETE FROM error_log WHERE id % 29 = 0")).ok());
    QVERIFY(m_db->exec(QStringLiteral("DELETE FROM general_log WHERE id % 31 = 0")).ok());
    LogStore store(*m_db);
    QVERIFY(store.indexText(1200).ok());
    LogTableModel model(LogKind(kind), m_dir->path());
    model.setQuery(query);
    QVERIFY(waitLaidOut(model));
    const QList<qint64> shown = rowIds(model);
    while (store.indexText(100000).value() > 0) { }
    const QString table = kind == int(LogKind::Errors) ? QStringLiteral("error_log")
                                                       : QStringLiteral("general_log");
    const QList<qint64> expected = sqlIds(*m_db, table, where, bindings);
    QCOMPARE(model.totalCount(), expected.size());
    QCOMPARE(shown, expected);
}

void TestLogModels::chunkBoundariesStayWhileEntriesArrive()
{
    QVERIFY(fill(*m_db, 5 * chunk + 37).ok());
    QVERIFY(m_db->exec(QStringLiteral("DELETE FROM error_log WHERE id % 11 = 0")).ok());
    LogQuery query;
    query.operation = QStringLiteral("delete"); // sparse: chunks from the id runs
    const QList<qint64> before
        = sqlIds(*m_db, QStringLiteral("error_log"), QStringLiteral("operation = 'delete'"), {});
    LogTableModel model(LogKind::Errors, m_dir->path());
    model.setPollInterval(0);
    model.setQuery(query);
    QVERIFY(waitLaidOut(model));
    QVERIFY(model.runCount() > 1);

    // A writer inserts matching and other entries while the rows are read: at least
    // 100 of them whatever the timing (a loaded machine may read every boundary before
    // the writer has opened its log), and the reading starts once the first is durable.
    std::atomic<bool> stop = false;
    std::atomic<int> durable = 0;
    std::thread writer([&] {
        std::unique_ptr<LogWriter> log = LogWriter::open(m_db->filePath()).value();
        for (int i = 0; i < 100 || !stop; ++i) {
            ErrorLogEntry entry;
            entry.operation = i % 2 ? QStringLiteral("delete") : QStringLiteral("publish");
            entry.message = QStringLiteral("concurrent %1").arg(i);
            log->append(entry);
            if (i % 50 == 49 && log->flush().ok())
                durable = i + 1;
        }
        (void)log->flush();
    });
    auto joinWriter = qScopeGuard([&] { // also when a check below fails
        stop = true;
        writer.join();
    });
    QTRY_VERIFY_WITH_TIMEOUT(durable > 0, 30000);
    // Rows at each chunk boundary, read while entries arrive, are the snapshot's.
    for (int boundary = chunk; boundary < model.rowCount(); boundary += chunk) {
        for (int row : {boundary - 1, boundary, boundary + 1}) {
            if (row >= model.rowCount())
                continue;
            const QModelIndex index = model.index(row, 0);
            QTRY_VERIFY_WITH_TIMEOUT(index.data(LogTableModel::LoadedRole).toBool(), 5000);
            QCOMPARE(index.data(LogTableModel::IdRole).toLongLong(), before.at(row));
        }
    }
    QCOMPARE(rowIds(model), before);
    joinWriter.dismiss();
    stop = true;
    writer.join();

    // The arrivals go on top; every old row moved down by as many.
    QSignalSpy arrived(&model, &LogTableModel::entriesArrived);
    model.pollNow();
    QVERIFY(arrived.wait(5000));
    const QList<qint64> after
        = sqlIds(*m_db, QStringLiteral("error_log"), QStringLiteral("operation = 'delete'"), {});
    const int added = arrived.constFirst().constFirst().toInt();
    QCOMPARE(added, after.size() - before.size());
    QVERIFY(added > 0);
    QCOMPARE(rowIds(model), after);
    QCOMPARE(after.mid(added), before);
}

void TestLogModels::selectionStaysOnItsEntryWhenEntriesArrive()
{
    QVERIFY(fill(*m_db, 900).ok());
    LogTableModel model(LogKind::Errors, m_dir->path());
    model.setPollInterval(0);
    QTableView view;
    view.setModel(&model);
    model.setQuery(LogQuery{});
    QVERIFY(waitLaidOut(model));
    const int row = 250; // in the second chunk
    QTRY_VERIFY(model.index(row, 0).data(LogTableModel::LoadedRole).toBool());
    const qint64 id = model.index(row, 0).data(LogTableModel::IdRole).toLongLong();
    view.selectionModel()->setCurrentIndex(
        model.index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    std::unique_ptr<LogWriter> writer = LogWriter::open(m_db->filePath()).value();
    for (int i = 0; i < 75; ++i) {
        ErrorLogEntry entry;
        entry.message = QStringLiteral("new %1").arg(i);
        writer->append(entry);
    }
    QVERIFY(writer->flush().ok());
    QSignalSpy arrived(&model, &LogTableModel::entriesArrived);
    model.pollNow();
    QVERIFY(arrived.wait(5000));
    QCOMPARE(view.currentIndex().row(), row + 75);
    QTRY_VERIFY(view.currentIndex().data(LogTableModel::LoadedRole).toBool());
    QCOMPARE(view.currentIndex().data(LogTableModel::IdRole).toLongLong(), id);
    QCOMPARE(view.selectionModel()->selectedRows().size(), 1);
    QCOMPARE(view.selectionModel()->selectedRows().constFirst().row(), row + 75);
}

void TestLogModels::locateFindsEntriesInDenseAndSparseRuns()
{
    QVERIFY(fill(*m_db, 1000).ok());
    QVERIFY(m_db->exec(QStringLiteral("DELETE FROM error_log WHERE id BETWEEN 400 AND 650"
                                      " AND id % 3 = 0"))
                .ok());
    LogTableModel model(LogKind::Errors, m_dir->path());
    model.setQuery(LogQuery{});
    QVERIFY(waitLaidOut(model));
    const QList<qint64> all = sqlIds(*m_db, QStringLiteral("error_log"), {}, {});
    QSignalSpy located(&model, &LogTableModel::located);
    for (qint64 id : {qint64(1000), qint64(700), qint64(500), qint64(401), qint64(1)}) {
        located.clear();
        model.locate(id);
        if (located.isEmpty())
            QVERIFY(located.wait(5000));
        QCOMPARE(located.constFirst().at(0).toLongLong(), id);
        QCOMPARE(located.constFirst().at(1).toInt(), int(all.indexOf(id)));
    }
    located.clear();
    model.locate(600); // deleted
    if (located.isEmpty())
        QVERIFY(located.wait(5000));
    QCOMPARE(located.constFirst().at(1).toInt(), -1);
}

void TestLogModels::purgeLaysTheFilterOutAgain()
{
    QVERIFY(fill(*m_db, 800).ok());
    LogTableModel model(LogKind::Errors, m_dir->path());
    model.setPollInterval(0);
    model.setQuery(LogQuery{});
    QVERIFY(waitLaidOut(model));
    QCOMPARE(model.rowCount(), 800);
    LogStore store(*m_db);
    Result<PurgeReport> purged = store.purgeOlderThan(base.addSecs(301 * 60));
    QVERIFY(purged.ok());
    QCOMPARE(purged->errorsDeleted, 300);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.pollNow();
    QVERIFY(reset.wait(5000));
    QVERIFY(waitLaidOut(model));
    QCOMPARE(model.rowCount(), 500);
    QCOMPARE(rowIds(model), sqlIds(*m_db, QStringLiteral("error_log"), {}, {}));
}

void TestLogModels::textFilterIsCountedInSlices()
{
    // More matches than a first slice and a full slice: the count grows, then settles.
    const int count = LogReader::sliceIds + 8000;
    QVERIFY(fill(*m_db, count * 5 / 3).ok()); // 3 entries in 5 say "Compilation"
    LogStore store(*m_db);
    while (store.indexText(200000).value() > 0) { }
    LogQuery query;
    query.text = QStringLiteral("compilation");
    LogTableModel model(LogKind::Errors, m_dir->path());
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.setQuery(query);
    QVERIFY(waitLaidOut(model));
    QVERIFY2(inserted.size() >= 3, "one insertion a slice");
    const qint64 expected = store.count(LogKind::Errors, query).value();
    QVERIFY(expected > LogReader::sliceIds);
    QCOMPARE(model.totalCount(), expected);
    // Deep rows are read by their chunk, at once.
    for (int row : {model.rowCount() - 1, model.rowCount() / 2, LogReader::firstSliceIds}) {
        const QModelIndex index = model.index(row, 0);
        QTRY_VERIFY_WITH_TIMEOUT(index.data(LogTableModel::LoadedRole).toBool(), 5000);
        LogQuery check = query;
        check.limit = 1;
        check.beforeId = index.data(LogTableModel::IdRole).toLongLong();
        // As many newer matches as the row's number.
        LogQuery newer = query;
        newer.afterId = check.beforeId;
        QCOMPARE(store.count(LogKind::Errors, newer).value(), qint64(row));
    }
}

void TestLogModels::oldestFirstFlipsTheRows()
{
    QVERIFY(fill(*m_db, 450).ok());
    QVERIFY(m_db->exec(QStringLiteral("DELETE FROM error_log WHERE id % 4 = 0")).ok());
    LogTableModel model(LogKind::Errors, m_dir->path());
    model.setPollInterval(0);
    model.setQuery(LogQuery{});
    QVERIFY(waitLaidOut(model));
    QList<qint64> expected = sqlIds(*m_db, QStringLiteral("error_log"), {}, {});
    model.sort(model.columnOf(LogTableModel::Column::Instant), Qt::AscendingOrder);
    QCOMPARE(model.sortOrder(), Qt::AscendingOrder);
    std::reverse(expected.begin(), expected.end());
    QCOMPARE(rowIds(model), expected);
    // Other columns do not sort.
    model.sort(model.columnOf(LogTableModel::Column::Module), Qt::DescendingOrder);
    QCOMPARE(model.sortOrder(), Qt::AscendingOrder);
    // Arrivals go to the bottom, oldest first.
    std::unique_ptr<LogWriter> writer = LogWriter::open(m_db->filePath()).value();
    ErrorLogEntry entry;
    entry.message = QStringLiteral("last");
    writer->append(entry);
    QVERIFY(writer->flush().ok());
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.pollNow();
    QVERIFY(inserted.wait(5000));
    QCOMPARE(inserted.constFirst().at(1).toInt(), expected.size());
    QTRY_VERIFY(model.index(model.rowCount() - 1, 0).data(LogTableModel::LoadedRole).toBool());
    QCOMPARE(model.recordAt(model.rowCount() - 1)->message, QStringLiteral("last"));
}

void TestLogModels::unreadableDatabaseIsReported()
{
    QTemporaryDir empty;
    LogTableModel model(LogKind::Errors, empty.path());
    QSignalSpy failed(&model, &LogTableModel::failed);
    model.setQuery(LogQuery{});
    QVERIFY(failed.wait(5000));
    QVERIFY(!model.errorText().isEmpty());
    QVERIFY2(model.errorText().contains(empty.path()), qPrintable(model.errorText()));
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.isCounting());
}

void TestLogModels::groupsModelPassesTheModelTester()
{
    QVERIFY(fill(*m_db, 500).ok());
    LogStore store(*m_db);
    Result<LogGrouping> grouping = groupLog(store, LogKind::Errors, LogQuery{});
    QVERIFY(grouping.ok());
    LogGroupsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setGrouping(*grouping);
    // Causes: "Timeout after # ms", "Producer module '…' failed", "Compilation failed:
    // missing reference #".
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, int(LogGroupsModel::Column::Signature)).data().toString(),
             QStringLiteral("Compilation failed: missing reference #"));
    QCOMPARE(model.index(0, int(LogGroupsModel::Column::Count))
                 .data(LogGroupsModel::SortRole)
                 .toLongLong(),
             300);
    QCOMPARE(model.index(1, int(LogGroupsModel::Column::Count))
                 .data(LogGroupsModel::SortRole)
                 .toLongLong(),
             100);
    QCOMPARE(model.index(0, 0).data(LogGroupsModel::LatestIdRole).toLongLong(), 499);
    QCOMPARE(model.index(0, int(LogGroupsModel::Column::Modules)).data().toString(),
             LogGroupsModel::tr("%n module(s)", nullptr, 7));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(TestLogModels)
#include "tst_logmodels.moc"
