// An execution's per-module records (schema 8): packed a batch a row, read back with
// the rows an execution recorded before schema 8, a module's latest record winning;
// a damaged batch named in a clear error; each module's latest preparation state.
#include "../helpers/olderschema.h"
#include "engine/executionmodulebatch.h"
#include "engine/executionstore.h"
#include "storage/database.h"
#include "storage/schema.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace osc;

namespace {

ExecutionStore::ModuleRecord record(const QString &module, ModuleRunState state,
                                    qint64 versionId = 0, int version = 0)
{
    ExecutionStore::ModuleRecord record;
    record.update.module = module;
    record.update.state = state;
    record.versionId = versionId;
    record.version = version;
    return record;
}

// "A=succeeded B=pending": each module's state, by name.
QString states(const QList<ExecutionStore::ModuleRecord> &records)
{
    QStringList items;
    for (const ExecutionStore::ModuleRecord &record : records)
        items << record.update.module + u'=' + moduleRunStateKey(record.update.state);
    return items.join(u' ');
}

} // namespace

class TestExecutionStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void packingKeepsEveryField();
    void thePlanPacksAsPendingRecords();
    void damagedPackingIsRefused_data();
    void damagedPackingIsRefused();
    void latestRecordWinsAndPlanVersionStays();
    void rowsFromBeforeSchema8AreRead();
    void anExecutionOfSchema7IsResumedAfterTheUpgrade();
    void resumeResetsRunningModules();
    void aRunThatLostItsExecutionRecordsNothing();
    void damagedBatchIsReported();
    void latestPreparationMarks();
    void detailNamesEachVersionsProducers();

private:
    qint64 createExecution(const QList<ExecutionStore::NewModule> &modules,
                           const QString &status = QStringLiteral("running"));
    void insertRow(qint64 executionId, const QString &module, const QString &state,
                   qint64 operationId = 0);
    void write(const std::function<Result<void>()> &work);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestExecutionStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    Result<std::unique_ptr<Database>> db = Database::openSqlite(
        m_dir->filePath(QStringLiteral("environment.db")), Database::OpenMode::CreateNew);
    QVERIFY(db.ok());
    m_db = std::move(db).value();
    for (const QString &sql :
         {QStringLiteral("INSERT INTO operations (id, kind, started_by, started_at, status, "
                         "holder_pid, holder_host) VALUES (7, 'modules-upgrade', 'test', "
                         "'2026-12-01T10:00:00.000Z', 'running', 1, 'h')")})
        QVERIFY(m_db->exec(sql).ok());
}

void TestExecutionStore::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestExecutionStore::write(const std::function<Result<void>()> &work)
{
    const Result<void> done = m_db->write(work);
    QVERIFY2(done.ok(), qPrintable(done ? QString() : done.error().fullText()));
}

qint64 TestExecutionStore::createExecution(const QList<ExecutionStore::NewModule> &modules,
                                           const QString &status)
{
    qint64 id = 0;
    write([&]() -> Result<void> {
        Result<qint64> created = ExecutionStore(*m_db).createInTransaction(
            ExecutionKind::Preparation, PlatformVersion{11, 12, 0}, QStringLiteral("test"), 2, 0, 7,
            modules);
        if (!created)
            return created.error();
        id = *created;
        Result<QSqlQuery> marked = m_db->exec(
            QStringLiteral("UPDATE executions SET status = ? WHERE id = ?"), {status, id});
        if (!marked)
            return marked.error();
        return {};
    });
    return id;
}

// A row of execution_modules as schema 7 wrote it.
void TestExecutionStore::insertRow(qint64 executionId, const QString &module, const QString &state,
                                   qint64 operationId)
{
    QVERIFY(m_db->exec(QStringLiteral("INSERT INTO execution_modules (execution_id, module, "
                                      "version_id, version, state, reason, blocked_by, worker, "
                                      "started_ms, ended_ms, compilation_id, sequence, "
                                      "operation_id) VALUES (?, ?, 11, 3, ?, 'why', 'P', 'w-1', "
                                      "100, 250, 42, 5, ?)"),
                       {executionId, module, state, operationId})
                .ok());
}

void TestExecutionStore::packingKeepsEveryField()
{
    ExecutionStore::ModuleRecord full;
    full.update.module = QStringLiteral("Órders_Portal_%1").arg(QString(300, u'x'));
    full.update.state = ModuleRunState::Skipped;
    full.update.reason = QStringLiteral("Skipped: producer 'Ünits' failed to prepare.\nline 2");
    full.update.blockedBy = QStringLiteral("Ünits");
    full.update.worker = QStringLiteral("Thread (pooled) 2");
    full.update.startedMs = 1764583200123;
    full.update.endedMs = 1764583200999;
    full.update.compilationId = 9'000'000'001;
    full.update.sequence = 20'000;
    full.versionId = 77;
    full.version = 12;
    full.operationId = 31;
    const QList<ExecutionStore::ModuleRecord> records{full,
                                                      record(QString(), ModuleRunState::Pending)};

    const std::optional<QList<ExecutionStore::ModuleRecord>> back
        = unpackModuleRecords(packModuleRecords(records));
    QVERIFY(back.has_value());
    QCOMPARE(back->size(), 2);
    const ExecutionStore::ModuleRecord &got = back->at(0);
    QCOMPARE(got.update.module, full.update.module);
    QCOMPARE(got.update.state, full.update.state);
    QCOMPARE(got.update.reason, full.update.reason);
    QCOMPARE(got.update.blockedBy, full.update.blockedBy);
    QCOMPARE(got.update.worker, full.update.worker);
    QCOMPARE(got.update.startedMs, full.update.startedMs);
    QCOMPARE(got.update.endedMs, full.update.endedMs);
    QCOMPARE(got.update.compilationId, full.update.compilationId);
    QCOMPARE(got.update.sequence, full.update.sequence);
    QCOMPARE(got.versionId, full.versionId);
    QCOMPARE(got.version, full.version);
    QCOMPARE(got.operationId, full.operationId);
    QCOMPARE(back->at(1).update.module, QString());
    QCOMPARE(back->at(1).update.state, ModuleRunState::Pending);
    QVERIFY(unpackModuleRecords(packModuleRecords({}))->isEmpty());
}

void TestExecutionStore::thePlanPacksAsPendingRecords()
{
    const QList<ExecutionStore::NewModule> plan{
        {QStringLiteral("Órders_Portal"), 77, 12, 0},
        {QStringLiteral("Ünits"), 78, 3, 9'000'000'001}, // Deploy All: its compilation
    };
    QList<ExecutionStore::ModuleRecord> records;
    for (const ExecutionStore::NewModule &module : plan) {
        ExecutionStore::ModuleRecord pending;
        pending.update.module = module.module;
        pending.update.compilationId = module.compilationId;
        pending.versionId = module.versionId;
        pending.version = module.version;
        records << pending;
    }
    QCOMPARE(packPlannedModules(plan), packModuleRecords(records));
    QCOMPARE(packPlannedModules({}), packModuleRecords({}));
    const std::optional<QList<ExecutionStore::ModuleRecord>> back
        = unpackModuleRecords(packPlannedModules(plan));
    QVERIFY(back.has_value());
    QCOMPARE(back->size(), 2);
    for (int i = 0; i < 2; ++i) {
        const ExecutionStore::ModuleRecord &got = back->at(i);
        QCOMPARE(got.update.module, plan.at(i).module);
        QCOMPARE(got.update.state, ModuleRunState::Pending);
        QCOMPARE(got.update.compilationId, plan.at(i).compilationId);
        QCOMPARE(got.versionId, plan.at(i).versionId);
        QCOMPARE(got.version, plan.at(i).version);
        QVERIFY(got.update.reason.isEmpty() && got.update.blockedBy.isEmpty()
                && got.update.worker.isEmpty());
        QCOMPARE(got.update.startedMs, qint64(0));
        QCOMPARE(got.update.sequence, qint64(0));
        QCOMPARE(got.operationId, qint64(0));
    }
}

void TestExecutionStore::damagedPackingIsRefused_data()
{
    QTest::addColumn<QByteArray>("packed");
    const QByteArray good
        = packModuleRecords({record(QStringLiteral("A"), ModuleRunState::Succeeded, 1, 1),
                             record(QStringLiteral("B"), ModuleRunState::Failed, 2, 1)});
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("last byte missing") << good.chopped(1);
    QTest::newRow("cut in the middle") << good.left(good.size() / 2);
    QTest::newRow("a byte too many") << good + QByteArray(1, '\0');
    QByteArray version = good;
    version[0] = 9;
    QTest::newRow("unknown format version") << version;
    QByteArray count = good;
    count[1] = char(0xff);
    count[2] = char(0xff);
    QTest::newRow("count far beyond the bytes") << count;
    QByteArray state = good;
    const qsizetype at = state.indexOf("succeeded");
    state[at] = 'X';
    QTest::newRow("a state no version has") << state;
}

void TestExecutionStore::damagedPackingIsRefused()
{
    QFETCH(QByteArray, packed);
    QVERIFY(!unpackModuleRecords(packed).has_value());
}

// The plan gives each module its version; each later batch replaces the module's
// state, and the version stays the plan's. Records come back by module name.
void TestExecutionStore::latestRecordWinsAndPlanVersionStays()
{
    const qint64 id = createExecution(
        {{QStringLiteral("C"), 30, 3}, {QStringLiteral("A"), 10, 1}, {QStringLiteral("B"), 20, 2}});
    ExecutionStore store(*m_db);
    QCOMPARE(states(store.modules(id).value()), QStringLiteral("A=pending B=pending C=pending"));

    ExecutionStore::ModuleUpdate running;
    running.module = QStringLiteral("A");
    running.state = ModuleRunState::Running;
    running.startedMs = 100;
    ExecutionStore::ModuleUpdate done = running;
    done.state = ModuleRunState::Succeeded;
    done.endedMs = 180;
    done.compilationId = 5;
    done.sequence = 1;
    ExecutionStore::ModuleUpdate failed;
    failed.module = QStringLiteral("C");
    failed.state = ModuleRunState::Failed;
    failed.reason = QStringLiteral("2 compilation errors");
    failed.sequence = 2;
    write([&] { return store.updateModulesInTransaction(id, 7, {running}); });
    write([&] { return store.updateModulesInTransaction(id, 7, {done, failed}); });

    const QList<ExecutionStore::ModuleRecord> records = store.modules(id).value();
    QCOMPARE(states(records), QStringLiteral("A=succeeded B=pending C=failed"));
    QCOMPARE(records.at(0).versionId, 10);
    QCOMPARE(records.at(0).version, 1);
    QCOMPARE(records.at(0).update.compilationId, 5);
    QCOMPARE(records.at(0).update.endedMs, 180);
    QCOMPARE(records.at(0).operationId, 7);
    QCOMPARE(records.at(1).operationId, 0); // planned only
    QCOMPARE(records.at(2).version, 3);
    QCOMPARE(records.at(2).update.reason, QStringLiteral("2 compilation errors"));
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM execution_module_batches"))
                 .value()
                 .toInt(),
             3); // the plan, then one a batch whatever its size

    const ExecutionStore::Finished finished = store.finished(id).value();
    QCOMPARE(finished.succeeded.value(QStringLiteral("A")), 5);
    QCOMPARE(finished.failed, QStringList{QStringLiteral("C")});
    QCOMPARE(finished.lastSequence, 2);

    const ExecutionDetail detail = store.detail(id).value();
    QCOMPARE(detail.modules.size(), 3);
    QCOMPARE(detail.modules.at(0).durationMs, 80);
    QCOMPARE(detail.modules.at(2).version, 3);
    QCOMPARE(detail.modules.at(2).state, ModuleRunState::Failed);
}

// An execution recorded before schema 8 has a row a module; one resumed after the
// upgrade adds batches over them.
void TestExecutionStore::rowsFromBeforeSchema8AreRead()
{
    const qint64 id = createExecution({});
    insertRow(id, QStringLiteral("B"), QStringLiteral("pending"));
    insertRow(id, QStringLiteral("A"), QStringLiteral("failed"), 7);
    ExecutionStore store(*m_db);
    QList<ExecutionStore::ModuleRecord> records = store.modules(id).value();
    QCOMPARE(states(records), QStringLiteral("A=failed B=pending"));
    const ExecutionStore::ModuleRecord &a = records.at(0);
    QCOMPARE(a.versionId, 11);
    QCOMPARE(a.version, 3);
    QCOMPARE(a.update.reason, QStringLiteral("why"));
    QCOMPARE(a.update.blockedBy, QStringLiteral("P"));
    QCOMPARE(a.update.worker, QStringLiteral("w-1"));
    QCOMPARE(a.update.startedMs, 100);
    QCOMPARE(a.update.endedMs, 250);
    QCOMPARE(a.update.compilationId, 42);
    QCOMPARE(a.update.sequence, 5);
    QCOMPARE(a.operationId, 7);

    ExecutionStore::ModuleUpdate done;
    done.module = QStringLiteral("B");
    done.state = ModuleRunState::Succeeded;
    done.compilationId = 43;
    write([&] { return store.attachInTransaction(id, 8, 2); }); // resumed by operation 8
    write([&] { return store.updateModulesInTransaction(id, 8, {done}); });
    records = store.modules(id).value();
    QCOMPARE(states(records), QStringLiteral("A=failed B=succeeded"));
    QCOMPARE(records.at(1).version, 3); // the row's
    QCOMPARE(records.at(1).update.compilationId, 43);
    QCOMPARE(records.at(1).operationId, 8);
}

// A real environment of schema 7, whose execution was interrupted with a failure, a
// success and a module running, is upgraded on open; its rows are then read and resumed.
void TestExecutionStore::anExecutionOfSchema7IsResumedAfterTheUpgrade()
{
    const QString path = m_dir->filePath(QStringLiteral("seven.db"));
    QStringList statements = testing::olderSchemaStatements(7);
    statements << QStringLiteral("INSERT INTO operations (id, kind, started_by, started_at, "
                                 "status, holder_pid, holder_host) VALUES (7, 'modules-upgrade', "
                                 "'ann', '2026-12-01T10:00:00.000Z', 'interrupted', 1, 'h')")
               << QStringLiteral("INSERT INTO executions (id, kind, platform_version, started_by, "
                                 "started_at, status, total, operation_id) VALUES (1, "
                                 "'preparation', '11.12.0', 'ann', '2026-12-01T10:00:00.000Z', "
                                 "'running', 4, 7)")
               << QStringLiteral("INSERT INTO execution_modules (execution_id, module, "
                                 "version_id, version, state, compilation_id, sequence, "
                                 "operation_id) VALUES (1, 'A', 10, 1, 'failed', 0, 2, 7), (1, "
                                 "'B', 20, 2, 'succeeded', 21, 1, 7), (1, 'C', 30, 3, "
                                 "'running', 0, 0, 7), (1, 'D', 40, 4, 'pending', 0, 0, 0)");
    {
        QSqlDatabase raw
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("seven"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery query(raw);
        for (const QString &statement : std::as_const(statements))
            QVERIFY2(query.exec(statement), qPrintable(statement));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("seven"));

    Result<std::unique_ptr<Database>> opened
        = Database::openSqlite(path, Database::OpenMode::OpenExisting);
    QVERIFY2(opened.ok(), qPrintable(opened ? QString() : opened.error().fullText()));
    Database &db = **opened;
    QCOMPARE(db.meta(QStringLiteral("schema_version")).value(),
             QString::number(Database::schemaVersion));
    ExecutionStore store(db);
    QCOMPARE(states(store.modules(1).value()),
             QStringLiteral("A=failed B=succeeded C=running D=pending"));
    const ExecutionStore::Finished finished = store.finished(1).value();
    QCOMPARE(finished.failed, QStringList{QStringLiteral("A")});
    QCOMPARE(finished.succeeded.value(QStringLiteral("B")), 21);
    QCOMPARE(finished.lastSequence, 2);

    QVERIFY(db.exec(QStringLiteral("INSERT INTO operations (id, kind, started_by, started_at, "
                                   "status, holder_pid, holder_host) VALUES (8, "
                                   "'modules-upgrade', 'bob', '2026-12-01T11:00:00.000Z', "
                                   "'running', 2, 'h')"))
                .ok());
    const Result<void> resumed = db.write([&]() -> Result<void> {
        if (Result<void> attached = store.attachInTransaction(1, 8, 2); !attached)
            return attached;
        ExecutionStore::ModuleUpdate done;
        done.module = QStringLiteral("D");
        done.state = ModuleRunState::Succeeded;
        done.compilationId = 41;
        done.sequence = finished.lastSequence + 1;
        return store.updateModulesInTransaction(1, 8, {done});
    });
    QVERIFY2(resumed.ok(), qPrintable(resumed ? QString() : resumed.error().fullText()));
    const QList<ExecutionStore::ModuleRecord> records = store.modules(1).value();
    QCOMPARE(states(records), QStringLiteral("A=failed B=succeeded C=pending D=succeeded"));
    QCOMPARE(records.at(2).version, 3); // the row's
    QCOMPARE(records.at(3).version, 4);
    QCOMPARE(records.at(3).update.compilationId, 41);
    QCOMPARE(store.finished(1).value().lastSequence, 3);
}

// A resume takes over the modules a dead process left running: pending again,
// without their worker and start; the others keep their records.
void TestExecutionStore::resumeResetsRunningModules()
{
    const qint64 id = createExecution({{QStringLiteral("A"), 10, 1}, {QStringLiteral("B"), 20, 1}});
    insertRow(id, QStringLiteral("C"), QStringLiteral("running"), 7);
    ExecutionStore store(*m_db);
    ExecutionStore::ModuleUpdate running;
    running.module = QStringLiteral("A");
    running.state = ModuleRunState::Running;
    running.worker = QStringLiteral("w-2");
    running.startedMs = 100;
    ExecutionStore::ModuleUpdate done;
    done.module = QStringLiteral("B");
    done.state = ModuleRunState::Succeeded;
    done.compilationId = 9;
    write([&] { return store.updateModulesInTransaction(id, 7, {running, done}); });

    write([&] { return store.attachInTransaction(id, 8, 2); });
    const QList<ExecutionStore::ModuleRecord> records = store.modules(id).value();
    QCOMPARE(states(records), QStringLiteral("A=pending B=succeeded C=pending"));
    QCOMPARE(records.at(0).update.worker, QString());
    QCOMPARE(records.at(0).update.startedMs, 0);
    QCOMPARE(records.at(0).version, 1);
    QCOMPARE(records.at(1).update.compilationId, 9);
    QCOMPARE(records.at(2).version, 3);
    QCOMPARE(store.find(id).value()->counts.running, 0);
}

void TestExecutionStore::aRunThatLostItsExecutionRecordsNothing()
{
    const qint64 id = createExecution({{QStringLiteral("A"), 10, 1}, {QStringLiteral("B"), 20, 1}});
    ExecutionStore store(*m_db);
    write([&] { return store.attachInTransaction(id, 8, 2); }); // another process resumed it

    // The run of operation 7, whose lease expired, still tries to record its results.
    ExecutionStore::ModuleUpdate failed;
    failed.module = QStringLiteral("A");
    failed.state = ModuleRunState::Failed;
    failed.sequence = 1;
    const Result<void> late
        = m_db->write([&] { return store.updateModulesInTransaction(id, 7, {failed}); });
    QVERIFY(!late.ok());
    QCOMPARE(late.error().code, ErrorCode::Locked);
    QVERIFY2(late.error().message.contains(
                 QStringLiteral("Execution %1 is no longer run by this operation").arg(id)),
             qPrintable(late.error().message));
    QCOMPARE(late.error().detail,
             QStringLiteral("execution %1, operation 7, now run by operation 8").arg(id));
    QCOMPARE(states(store.modules(id).value()), QStringLiteral("A=pending B=pending"));

    // The process that resumed it records its own.
    write([&] { return store.updateModulesInTransaction(id, 8, {failed}); });
    QCOMPARE(states(store.modules(id).value()), QStringLiteral("A=failed B=pending"));

    // An execution deleted while it ran (by hand) takes no records either.
    const Result<void> gone
        = m_db->write([&] { return store.updateModulesInTransaction(id + 1, 8, {failed}); });
    QVERIFY(!gone.ok());
    QCOMPARE(gone.error().code, ErrorCode::NotFound);
    QVERIFY2(gone.error().message.contains(QStringLiteral("does not exist")),
             qPrintable(gone.error().message));
}

void TestExecutionStore::damagedBatchIsReported()
{
    const qint64 id = createExecution({{QStringLiteral("A"), 10, 1}});
    QVERIFY(m_db->exec(QStringLiteral("INSERT INTO execution_module_batches (execution_id, number, "
                                      "entries) VALUES (?, 2, ?)"),
                       {id, QByteArray("\x01garbage")})
                .ok());
    ExecutionStore store(*m_db);
    const Result<QList<ExecutionStore::ModuleRecord>> modules = store.modules(id);
    const Result<ExecutionDetail> detail = store.detail(id);
    const Result<ExecutionStore::Finished> finished = store.finished(id);
    QVERIFY(!modules.ok());
    QVERIFY(!detail.ok());
    QVERIFY(!finished.ok());
    for (const Error &error : {modules.error(), detail.error(), finished.error()}) {
        const Result<void> read = error;
        QCOMPARE(read.error().code, ErrorCode::Environment);
        QVERIFY2(
            read.error().message.contains(
                QStringLiteral("execution %1 (batch 2 in table execution_module_batches of %2)")
                    .arg(id)
                    .arg(m_db->filePath())),
            qPrintable(read.error().message));
        QVERIFY(
            read.error().message.contains(QStringLiteral("Restore the database from a backup")));
    }
    // Kept, never deleted. The modules list still shows what the readable batches say.
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM execution_module_batches"))
                 .value()
                 .toInt(),
             2);
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral("execution %1 \\(batch 2").arg(id)));
    const Result<QHash<QString, ExecutionStore::PreparationMark>> marks
        = store.latestPreparationMarks(PlatformVersion{11, 12, 0});
    QVERIFY(marks.ok());
    QCOMPARE(marks->value(QStringLiteral("A")).state, ModuleRunState::Pending);
}

// The newest preparation that has a module decides; a module pending in a step that
// ended (it failed) has no state; pending in a step still going is pending.
void TestExecutionStore::latestPreparationMarks()
{
    const qint64 first = createExecution(
        {{QStringLiteral("A"), 1, 1}, {QStringLiteral("B"), 2, 1}, {QStringLiteral("C"), 3, 1}},
        QStringLiteral("finished-with-errors"));
    ExecutionStore store(*m_db);
    ExecutionStore::ModuleUpdate failed;
    failed.module = QStringLiteral("A");
    failed.state = ModuleRunState::Failed;
    ExecutionStore::ModuleUpdate skipped;
    skipped.module = QStringLiteral("B");
    skipped.state = ModuleRunState::Skipped;
    skipped.blockedBy = QStringLiteral("A");
    write([&] { return store.updateModulesInTransaction(first, 7, {failed, skipped}); });

    QHash<QString, ExecutionStore::PreparationMark> marks
        = store.latestPreparationMarks(PlatformVersion{11, 12, 0}).value();
    QCOMPARE(marks.value(QStringLiteral("A")).state, ModuleRunState::Failed);
    QCOMPARE(marks.value(QStringLiteral("B")).state, ModuleRunState::Skipped);
    QCOMPARE(marks.value(QStringLiteral("B")).blockedBy, QStringLiteral("A"));
    QVERIFY(marks.contains(QStringLiteral("C")));
    QVERIFY(!marks.value(QStringLiteral("C")).state.has_value()); // the step ended
    QVERIFY(store.latestPreparationMarks(PlatformVersion{11, 19, 0}).value().isEmpty());

    // A re-run of A and B, still going: they are pending; C keeps the first run's.
    createExecution({{QStringLiteral("A"), 1, 1}, {QStringLiteral("B"), 2, 1}});
    marks = store.latestPreparationMarks(PlatformVersion{11, 12, 0}).value();
    QCOMPARE(marks.value(QStringLiteral("A")).state, ModuleRunState::Pending);
    QCOMPARE(marks.value(QStringLiteral("B")).state, ModuleRunState::Pending);
    QCOMPARE(marks.value(QStringLiteral("B")).blockedBy, QString());
    QVERIFY(!marks.value(QStringLiteral("C")).state.has_value());

    // One module's mark: the newest preparation that has it.
    marks = store.latestPreparationMarks(PlatformVersion{11, 12, 0}, QStringLiteral("C")).value();
    QCOMPARE(marks.size(), 1);
    QVERIFY(!marks.value(QStringLiteral("C")).state.has_value());
    marks = store.latestPreparationMarks(PlatformVersion{11, 12, 0}, QStringLiteral("B")).value();
    QCOMPARE(marks.keys(), QStringList{QStringLiteral("B")});
    QCOMPARE(marks.value(QStringLiteral("B")).state, ModuleRunState::Pending);
}

// The report shows each module's producers as the version in the execution
// references them (not the module's latest version).
void TestExecutionStore::detailNamesEachVersionsProducers()
{
    const QString stamp = QStringLiteral("2026-12-01T10:00:00.000Z");
    for (const auto &[sql, bindings] : {
             std::pair{QStringLiteral("INSERT INTO modules (id, name, created_at) VALUES (1, 'A', "
                                      "?), (2, 'B', ?)"),
                       QVariantList{stamp, stamp}},
             std::pair{QStringLiteral("INSERT INTO module_versions (id, module_id, number, "
                                      "source_path, source_hash, source_bytes, logic_size, "
                                      "uploaded_at, uploaded_by) VALUES (10, 1, 1, 'a1', '', 0, "
                                      "0, ?, 't'), (11, 1, 2, 'a2', '', 0, 0, ?, 't'), (20, 2, 1, "
                                      "'b1', '', 0, 0, ?, 't')"),
                       QVariantList{stamp, stamp, stamp}},
             std::pair{QStringLiteral("INSERT INTO version_producers (version_id, producer_name) "
                                      "VALUES (10, 'Z'), (10, 'P'), (11, 'Q'), (20, 'A')"),
                       QVariantList{}},
         }) {
        QVERIFY(m_db->exec(sql, bindings).ok());
    }
    const qint64 id = createExecution({{QStringLiteral("B"), 20, 1}, {QStringLiteral("A"), 10, 1}});
    const ExecutionDetail detail = ExecutionStore(*m_db).detail(id).value();
    QCOMPARE(detail.modules.size(), 2);
    QCOMPARE(detail.modules.at(0).module, QStringLiteral("A"));
    QCOMPARE(detail.modules.at(0).producers,
             (QStringList{QStringLiteral("P"), QStringLiteral("Z")}));
    QCOMPARE(detail.modules.at(1).producers, QStringList{QStringLiteral("A")});
}

QTEST_GUILESS_MAIN(TestExecutionStore)
#include "tst_executionstore.moc"
