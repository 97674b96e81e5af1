// Storage: creation, pragmas, migrations, and the errors for files that are not
// (or no longer) environment databases of this version.
#include "../helpers/olderschema.h"
#include "storage/compilationinputs.h"
#include "storage/database.h"
#include "storage/jsontexts.h"
#include "storage/newcompilation.h"
#include "storage/schema.h"
#include "storage/timestamps.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <limits>

using namespace osc;

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void createsCurrentSchemaWithPragmas();
    void reopensExisting();
    void migratesForwardFromOlderSchema();
    void migrationSixPacksCompilationInputs();
    void migrationTenKeepsTheLocksInModuleOrder();
    void compilationInputsPackAndUnpack();
    void refusesNewerSchema();
    void refusesFilesThatAreNotEnvironments_data();
    void refusesFilesThatAreNotEnvironments();
    void writeCommitsOrRollsBack();
    void sqlErrorsBecomeErrors();
    void storedTimeIsQtsIsoText_data();
    void storedTimeIsQtsIsoText();
    void jsonTextsReadBackAsTheyWereWritten();
    void keptStatementsBindEachValueToItsPlaceholder();
    void newCompilationsAreNumberedAboveEveryIdGiven();

private:
    QTemporaryDir m_dir;
};

static QString pragma(Database &db, const QString &name)
{
    Result<QVariant> value = scalar(db, QStringLiteral("PRAGMA ") + name);
    return value ? value->toString() : QStringLiteral("<error>");
}

// Writes a plain SQLite database with arbitrary statements, outside our Database class.
static void writeRawSqlite(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase raw
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery query(raw);
        for (const QString &statement : statements)
            QVERIFY2(query.exec(statement), qPrintable(statement));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

void TestDatabase::createsCurrentSchemaWithPragmas()
{
    const QString path = m_dir.filePath(QStringLiteral("create.db"));
    Result<std::unique_ptr<Database>> db
        = Database::openSqlite(path, Database::OpenMode::CreateNew);
    QVERIFY2(db.ok(), qPrintable(db ? QString() : db.error().fullText()));
    QCOMPARE((*db)->meta(QStringLiteral("schema_version")).value(),
             QString::number(Database::schemaVersion));
    QCOMPARE(pragma(**db, QStringLiteral("journal_mode")), QStringLiteral("wal"));
    QCOMPARE(pragma(**db, QStringLiteral("foreign_keys")), QStringLiteral("1"));
    QCOMPARE(pragma(**db, QStringLiteral("busy_timeout")),
             QString::number(Database::busyTimeoutMs));
    QCOMPARE(pragma(**db, QStringLiteral("cache_size")), QStringLiteral("-65536"));
    QCOMPARE(pragma(**db, QStringLiteral("wal_autocheckpoint")), QStringLiteral("10000"));
    QCOMPARE(pragma(**db, QStringLiteral("temp_store")), QStringLiteral("2")); // memory
    for (const QString &table :
         {QStringLiteral("modules"), QStringLiteral("module_versions"),
          QStringLiteral("compilations"), QStringLiteral("deployments"),
          QStringLiteral("error_log_batches"), QStringLiteral("general_log_batches"),
          QStringLiteral("execution_module_batches")}) {
        Result<QVariant> found = scalar(**db,
                                        QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE "
                                                       "type = 'table' AND name = ?"),
                                        {table});
        QCOMPARE(found->toInt(), 1);
    }
    // Compilations are found by their version alone (schema 9).
    Result<QSqlQuery> indexed = (*db)->exec(
        QStringLiteral("SELECT name FROM pragma_index_info('compilations_by_version')"));
    QVERIFY(indexed.ok());
    QVERIFY(indexed->next());
    QCOMPARE(indexed->value(0).toString(), QStringLiteral("version_id"));
    QVERIFY(!indexed->next());

    Result<std::unique_ptr<Database>> again
        = Database::openSqlite(path, Database::OpenMode::CreateNew);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, ErrorCode::Environment);
    QVERIFY(again.error().message.contains(path));
}

void TestDatabase::reopensExisting()
{
    const QString path = m_dir.filePath(QStringLiteral("reopen.db"));
    {
        Result<std::unique_ptr<Database>> db
            = Database::openSqlite(path, Database::OpenMode::CreateNew);
        QVERIFY(db.ok());
        QVERIFY((*db)->setMeta(QStringLiteral("probe"), QStringLiteral("kept")).ok());
    }
    Result<std::unique_ptr<Database>> db
        = Database::openSqlite(path, Database::OpenMode::OpenExisting);
    QVERIFY(db.ok());
    QCOMPARE((*db)->meta(QStringLiteral("probe")).value(), QStringLiteral("kept"));
}

void TestDatabase::migratesForwardFromOlderSchema()
{
    const QString path = m_dir.filePath(QStringLiteral("old.db"));
    writeRawSqlite(path,
                   {QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
                    QStringLiteral("INSERT INTO meta VALUES ('schema_version', '0')")});
    Result<std::unique_ptr<Database>> db
        = Database::openSqlite(path, Database::OpenMode::OpenExisting);
    QVERIFY2(db.ok(), qPrintable(db ? QString() : db.error().fullText()));
    QCOMPARE((*db)->meta(QStringLiteral("schema_version")).value(),
             QString::number(Database::schemaVersion));
    QVERIFY((*db)->exec(QStringLiteral("SELECT COUNT(*) FROM modules")).ok());
}

// Schema 6 moves a compilation's links to its producer compilations into its own row:
// what an environment of schema 5 recorded is kept, as "moduleId:compilationId" pairs.
void TestDatabase::migrationSixPacksCompilationInputs()
{
    const QString path = m_dir.filePath(QStringLiteral("five.db"));
    QStringList statements = testing::olderSchemaStatements(5);
    const QString at = QStringLiteral("'2026-12-01T10:00:00.000Z'");
    for (int module = 1; module <= 3; ++module) {
        statements << QStringLiteral("INSERT INTO modules (id, name, created_at) VALUES (%1, "
                                     "'M%1', %2)")
                          .arg(module)
                          .arg(at)
                   << QStringLiteral("INSERT INTO module_versions (id, module_id, number, "
                                     "source_path, source_hash, source_bytes, logic_size, "
                                     "uploaded_at, uploaded_by) VALUES (%1, %1, 1, '', '', 0, 0, "
                                     "%2, 'ann')")
                          .arg(module)
                          .arg(at)
                   << QStringLiteral("INSERT INTO compilations (id, version_id, platform_version, "
                                     "status, started_at, finished_at, duration_ms, started_by) "
                                     "VALUES (%1, %2, '11.12.0', 'succeeded', %3, %3, 1, 'ann')")
                          .arg(module * 10)
                          .arg(module)
                          .arg(at);
    }
    // M3 was built against M1 and M2; M2 against M1; M1 against nothing.
    statements << QStringLiteral("INSERT INTO compilation_inputs VALUES (30, 10), (30, 20), "
                                 "(20, 10)");
    writeRawSqlite(path, statements);

    Result<std::unique_ptr<Database>> db
        = Database::openSqlite(path, Database::OpenMode::OpenExisting);
    QVERIFY2(db.ok(), qPrintable(db ? QString() : db.error().fullText()));
    QCOMPARE((*db)->meta(QStringLiteral("schema_version")).value(),
             QString::number(Database::schemaVersion));
    const auto inputsOf = [&](int compilation) {
        Result<QVariant> packed = scalar(
            **db, QStringLiteral("SELECT inputs FROM compilations WHERE id = ?"), {compilation});
        QList<CompilationInput> inputs
            = unpackCompilationInputs(packed ? packed->toString() : QString());
        std::sort(inputs.begin(), inputs.end(),
                  [](const auto &a, const auto &b) { return a.compilationId < b.compilationId; });
        return inputs;
    };
    QCOMPARE(inputsOf(10), QList<CompilationInput>());
    QCOMPARE(inputsOf(20), QList<CompilationInput>({CompilationInput{1, 10}}));
    QCOMPARE(inputsOf(30),
             QList<CompilationInput>({CompilationInput{1, 10}, CompilationInput{2, 20}}));
    QVERIFY(!(*db)->exec(QStringLiteral("SELECT COUNT(*) FROM compilation_inputs")).ok());
}

// Migration 10 rebuilds module_locks stored by module, with no index by operation:
// the locks held when it runs stay, with their operation, fence and time.
void TestDatabase::migrationTenKeepsTheLocksInModuleOrder()
{
    const QString path = m_dir.filePath(QStringLiteral("schema9.db"));
    QStringList statements = testing::olderSchemaStatements(9);
    statements << QStringLiteral("INSERT INTO operations (id, kind, started_by, started_at, "
                                 "status, holder_pid, holder_host) VALUES (4, 'publish', 'ann', "
                                 "'2026-12-02T10:00:00.000Z', 'running', 1, 'host')")
               << QStringLiteral("INSERT INTO module_locks VALUES ('B', 4, 7, "
                                 "'2026-12-02T10:00:01.000Z'), ('A', 4, 7, "
                                 "'2026-12-02T10:00:02.000Z')");
    writeRawSqlite(path, statements);

    Result<std::unique_ptr<Database>> db
        = Database::openSqlite(path, Database::OpenMode::OpenExisting);
    QVERIFY2(db.ok(), qPrintable(db ? QString() : db.error().fullText()));
    QCOMPARE((*db)->meta(QStringLiteral("schema_version")).value(),
             QString::number(Database::schemaVersion));
    Result<QSqlQuery> locks = (*db)->exec(
        QStringLiteral("SELECT module, operation_id, fence, acquired_at FROM module_locks"));
    QVERIFY(locks);
    QStringList rows;
    while (locks->next()) {
        rows << QStringLiteral("%1 %2 %3 %4")
                    .arg(locks->value(0).toString(), locks->value(1).toString(),
                         locks->value(2).toString(), locks->value(3).toString());
    }
    // Read in the table's own order, which is now the module's.
    QCOMPARE(rows,
             (QStringList{QStringLiteral("A 4 7 2026-12-02T10:00:02.000Z"),
                          QStringLiteral("B 4 7 2026-12-02T10:00:01.000Z")}));
    QVERIFY(!(*db)->exec(QStringLiteral("SELECT rowid FROM module_locks")).ok());
    Result<QVariant> indexes
        = scalar(**db,
                 QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' "
                                "AND tbl_name = 'module_locks' AND sql IS NOT NULL"));
    QVERIFY(indexes);
    QCOMPARE(indexes->toInt(), 0);
    // A lock still names a running operation.
    QVERIFY(!(*db)->exec(QStringLiteral("INSERT INTO module_locks VALUES ('C', 99, 1, 'x')")).ok());
}

void TestDatabase::compilationInputsPackAndUnpack()
{
    const QList<CompilationInput> inputs{{12, 345}, {13, 9'000'000'000}};
    QCOMPARE(packCompilationInputs(inputs), QStringLiteral("12:345,13:9000000000"));
    QCOMPARE(unpackCompilationInputs(packCompilationInputs(inputs)), inputs);
    QCOMPARE(packCompilationInputs({{0, 7}, {-1, std::numeric_limits<qint64>::max()}}),
             QStringLiteral("0:7,-1:9223372036854775807"));
    QCOMPARE(packCompilationInputs({}), QString());
    QCOMPARE(unpackCompilationInputs(QString()), QList<CompilationInput>());
    // Whatever is not a pair of numbers is skipped, not misread.
    QCOMPARE(unpackCompilationInputs(QStringLiteral("12:345,x:1,7,,8:,13:9")),
             QList<CompilationInput>({{12, 345}, {13, 9}}));
}

void TestDatabase::refusesNewerSchema()
{
    const QString path = m_dir.filePath(QStringLiteral("newer.db"));
    writeRawSqlite(path,
                   {QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
                    QStringLiteral("INSERT INTO meta VALUES ('schema_version', '99')")});
    Result<std::unique_ptr<Database>> db
        = Database::openSqlite(path, Database::OpenMode::OpenExisting);
    QVERIFY(!db.ok());
    QCOMPARE(db.error().code, ErrorCode::Environment);
    QCOMPARE(db.error().message,
             QStringLiteral("The environment database %1 was written by a newer version of Open "
                            "Service Center (schema 99; this version understands up to schema %2). "
                            "Open it with a newer Open Service Center.")
                 .arg(path)
                 .arg(Database::schemaVersion));
}

void TestDatabase::refusesFilesThatAreNotEnvironments_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("sqlite");
    QTest::addColumn<QString>("expected");

    QTest::newRow("text file -> damaged or not a database")
        << QByteArray("hello, this is not a database\n") << false
        << QStringLiteral("The environment database %1 is damaged or is not a database. Restore "
                          "it from a backup, or create a new environment in another folder.");
    QTest::newRow("truncated sqlite header -> damaged or not a database")
        << QByteArray("SQLite format") << false
        << QStringLiteral("The environment database %1 is damaged or is not a database. Restore "
                          "it from a backup, or create a new environment in another folder.");
    QTest::newRow("some other sqlite database -> not an environment")
        << QByteArray() << true
        << QStringLiteral("%1 is not an Open Service Center environment database (it has no "
                          "schema version). Open the folder of an environment, or create one with "
                          "'scctl env init'.");
}

void TestDatabase::refusesFilesThatAreNotEnvironments()
{
    QFETCH(QByteArray, content);
    QFETCH(bool, sqlite);
    QFETCH(QString, expected);
    const QString path
        = m_dir.filePath(QStringLiteral("%1.db").arg(QTest::currentDataTag()).replace(u' ', u'_'));
    if (sqlite) {
        writeRawSqlite(path, {QStringLiteral("CREATE TABLE contacts (name TEXT)")});
    } else {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    Result<std::unique_ptr<Database>> db
        = Database::openSqlite(path, Database::OpenMode::OpenExisting);
    QVERIFY(!db.ok());
    QCOMPARE(db.error().code, ErrorCode::Environment);
    QCOMPARE(db.error().message, expected.arg(path));
}

void TestDatabase::writeCommitsOrRollsBack()
{
    const QString path = m_dir.filePath(QStringLiteral("write.db"));
    Result<std::unique_ptr<Database>> db
        = Database::openSqlite(path, Database::OpenMode::CreateNew);
    QVERIFY(db.ok());
    Database &database = **db;
    QVERIFY(
        database.write([&]() { return database.setMeta(QStringLiteral("a"), QStringLiteral("1")); })
            .ok());
    Result<void> failed = database.write([&]() -> Result<void> {
        if (Result<void> set = database.setMeta(QStringLiteral("b"), QStringLiteral("2")); !set)
            return set;
        return makeError(ErrorCode::Failed, QStringLiteral("stop"));
    });
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error().message, QStringLiteral("stop"));
    QCOMPARE(database.meta(QStringLiteral("a")).value(), QStringLiteral("1"));
    QCOMPARE(database.meta(QStringLiteral("b")).value(), QString());
}

void TestDatabase::sqlErrorsBecomeErrors()
{
    const QString path = m_dir.filePath(QStringLiteral("errors.db"));
    Result<std::unique_ptr<Database>> db
        = Database::openSqlite(path, Database::OpenMode::CreateNew);
    QVERIFY(db.ok());
    Result<QSqlQuery> bad = (*db)->exec(QStringLiteral("SELECT * FROM no_such_table"));
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().code, ErrorCode::Internal);
    QVERIFY(bad.error().detail.contains(QStringLiteral("no_such_table")));
}

void TestDatabase::storedTimeIsQtsIsoText_data()
{
    QTest::addColumn<QDateTime>("time");
    QTest::newRow("utc") << QDateTime(QDate(2026, 11, 22), QTime(2, 30, 0, 7), Qt::UTC);
    QTest::newRow("end of a year")
        << QDateTime(QDate(1999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC);
    QTest::newRow("offset converted to UTC")
        << QDateTime(QDate(2026, 3, 1), QTime(0, 15), Qt::OffsetFromUTC, 3600);
    QTest::newRow("epoch") << QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);
    QTest::newRow("year 10000") << QDateTime(QDate(10000, 1, 1), QTime(0, 0), Qt::UTC);
    QTest::newRow("year 999") << QDateTime(QDate(999, 3, 4), QTime(5, 6, 7, 8), Qt::UTC);
    QTest::newRow("negative year") << QDateTime(QDate(-44, 3, 15), QTime(12, 0), Qt::UTC);
    QTest::newRow("local time") << QDateTime(QDate(2026, 7, 1), QTime(9, 30, 15, 250),
                                             Qt::LocalTime);
    QTest::newRow("invalid") << QDateTime();
}

void TestDatabase::storedTimeIsQtsIsoText()
{
    QFETCH(QDateTime, time);
    QCOMPARE(toStoredTime(time), time.toUTC().toString(Qt::ISODateWithMs));
    if (time.isValid() && time.date().year() > 0 && time.date().year() < 10000)
        QCOMPARE(fromStoredTime(toStoredTime(time)), time);
}

// Texts that JSON must escape (quotes, backslashes, control characters) and those it
// carries as they are (accents, a character outside the BMP) come back unchanged and
// in order through the database's reading of the array (SQLite's json_each).
void TestDatabase::jsonTextsReadBackAsTheyWereWritten()
{
    Result<std::unique_ptr<Database>> db = Database::openSqlite(
        m_dir.filePath(QStringLiteral("json.db")), Database::OpenMode::CreateNew);
    QVERIFY(db.ok());
    const QStringList texts{QStringLiteral("plain"),
                            QStringLiteral("a \"quoted\" \\ back\\slash/"),
                            QStringLiteral("tab\tnew\nline\r bell\a unit\x1f end"),
                            QStringLiteral("Gest\u00e3o \u00e7\u00e3o \U0001F600"),
                            QStringLiteral("ends escaped\\"),
                            QStringLiteral("\"\""),
                            QStringLiteral("\n"),
                            QString(),
                            QStringLiteral("")};
    Result<QSqlQuery> read = (*db)->exec(
        QStringLiteral("SELECT value FROM %1 ORDER BY key").arg((*db)->dialect().jsonTexts()),
        {jsonTexts(texts)});
    QVERIFY2(read.ok(), qPrintable(read ? QString() : read.error().fullText()));
    for (const QString &text : texts) {
        QVERIFY(read->next());
        QVERIFY(!read->value(0).isNull()); // a null QString is written as ""
        QCOMPARE(read->value(0).toString(), text);
    }
    QVERIFY(!read->next());

    Result<QVariant> none
        = scalar(**db, QStringLiteral("SELECT COUNT(*) FROM %1").arg((*db)->dialect().jsonTexts()),
                 {jsonTexts({})});
    QVERIFY(none.ok());
    QCOMPARE(none->toInt(), 0);
}

// Kept statements bind by name (Database::execKept()): each '?' outside quoted text is
// one placeholder, in order, whatever the values bound the previous time.
void TestDatabase::keptStatementsBindEachValueToItsPlaceholder()
{
    Result<std::unique_ptr<Database>> db = Database::openSqlite(
        m_dir.filePath(QStringLiteral("kept.db")), Database::OpenMode::CreateNew);
    QVERIFY(db.ok());
    const QString sql = QStringLiteral("SELECT ? || '-?-' || ? || '''?'''");
    const QList<std::pair<QVariantList, QString>> runs{
        {{QStringLiteral("a"), QStringLiteral("b")}, QStringLiteral("a-?-b'?'")},
        {{QStringLiteral("c"), 42}, QStringLiteral("c-?-42'?'")},
        {{QString(), QStringLiteral("e")}, QStringLiteral("-?-e'?'")}, // a null QString is ""
    };
    for (const auto &[bindings, expected] : runs) {
        Result<Database::Outcome> done = (*db)->execKept(sql, bindings);
        QVERIFY2(done.ok(), qPrintable(done ? QString() : done.error().fullText()));
        QCOMPARE(done->firstValue.toString(), expected);
    }
    Result<Database::Outcome> quoted = (*db)->execKept(
        QStringLiteral("SELECT \"a?\" || `b?` || [c?] || ? FROM (SELECT 'x' AS \"a?\", 'y' "
                       "AS `b?`, 'z' AS [c?])"),
        {QStringLiteral("!")});
    QVERIFY2(quoted.ok(), qPrintable(quoted ? QString() : quoted.error().fullText()));
    QCOMPARE(quoted->firstValue.toString(), QStringLiteral("xyz!"));
    Result<Database::Outcome> sum
        = (*db)->execKept(QStringLiteral("SELECT ? + ? * ?"), {1, 2, qint64(1) << 40});
    QVERIFY(sum.ok());
    QCOMPARE(sum->firstValue.toLongLong(), 1 + (qint64(2) << 40));

    Result<Database::Outcome> missing = (*db)->execKept(sql, {QStringLiteral("a")});
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, ErrorCode::Internal);
    QVERIFY2(missing.error().detail.contains(QStringLiteral("1 values bound to 2 placeholders")),
             qPrintable(missing.error().detail));
}

// NewCompilations numbers its rows itself, so that each id is known before the rows
// are written: above every id the table ever gave (a deleted highest row included, as
// AUTOINCREMENT promises), each row with its own id, however the rows are split into
// statements; and the table's own numbering goes on above them.
void TestDatabase::newCompilationsAreNumberedAboveEveryIdGiven()
{
    Result<std::unique_ptr<Database>> opened = Database::openSqlite(
        m_dir.filePath(QStringLiteral("numbered.db")), Database::OpenMode::CreateNew);
    QVERIFY(opened.ok());
    Database &db = **opened;
    const QString at = QStringLiteral("2026-12-02T10:00:00.000Z");
    QVERIFY(db.exec(QStringLiteral("INSERT INTO modules (id, name, created_at) VALUES (1, 'M', ?)"),
                    {at}));
    QVERIFY(db.exec(QStringLiteral("INSERT INTO module_versions (id, module_id, number, "
                                   "source_path, source_hash, source_bytes, logic_size, "
                                   "uploaded_at, uploaded_by) VALUES (7, 1, 1, '', '', 0, 0, ?, "
                                   "'ann')"),
                    {at}));
    NewCompilation row;
    row.versionId = 7;
    row.platformVersion = QStringLiteral("11.12.0");
    row.succeeded = true;
    row.startedAt = row.finishedAt = QDateTime::fromString(at, Qt::ISODateWithMs);
    row.startedBy = QStringLiteral("ann");
    qint64 first = 0;
    Result<void> one = db.write([&]() -> Result<void> {
        Result<qint64> id = insertCompilation(db, row);
        if (!id)
            return id.error();
        first = *id;
        return {};
    });
    QVERIFY2(one.ok(), qPrintable(one ? QString() : one.error().fullText()));
    QCOMPARE(first, 1);
    // The table's own numbering gives 2, deleted at once: 2 is never given again.
    QVERIFY(db.exec(QStringLiteral("INSERT INTO compilations (version_id, platform_version, "
                                   "status, started_at, finished_at, duration_ms, started_by) "
                                   "VALUES (7, '11.12.0', 'failed', ?, ?, 0, 'ann')"),
                    {at, at}));
    QVERIFY(db.exec(QStringLiteral("DELETE FROM compilations WHERE id = 2")));

    constexpr int count = 41; // one statement of 32 rows, one of 8, one of 1
    QList<qint64> ids;
    Result<void> written = db.write([&]() -> Result<void> {
        NewCompilations rows(db);
        for (int i = 0; i < count; ++i) {
            row.durationMs = i;
            row.folder = QStringLiteral("folder-%1").arg(i);
            Result<qint64> id = rows.add(row);
            if (!id)
                return id.error();
            ids << *id;
        }
        rows.setInputs(ids.at(40), {{1, 1}, {1, ids.at(0)}});
        return rows.insert();
    });
    QVERIFY2(written.ok(), qPrintable(written ? QString() : written.error().fullText()));
    for (int i = 0; i < count; ++i)
        QCOMPARE(ids.at(i), 3 + i);
    Result<QSqlQuery> stored = db.exec(QStringLiteral(
        "SELECT id, duration_ms, folder, inputs FROM compilations WHERE id > 2 ORDER BY id"));
    QVERIFY(stored);
    int read = 0;
    while (stored->next()) {
        QCOMPARE(stored->value(0).toLongLong(), ids.at(read));
        QCOMPARE(stored->value(1).toInt(), read);
        QCOMPARE(stored->value(2).toString(), QStringLiteral("folder-%1").arg(read));
        const QList<CompilationInput> inputs = unpackCompilationInputs(stored->value(3).toString());
        QCOMPARE(inputs,
                 read == 40 ? (QList<CompilationInput>{{1, 1}, {1, 3}})
                            : QList<CompilationInput>());
        ++read;
    }
    QCOMPARE(read, count);

    Result<QSqlQuery> next
        = db.exec(QStringLiteral("INSERT INTO compilations (version_id, platform_version, "
                                 "status, started_at, finished_at, duration_ms, started_by) "
                                 "VALUES (7, '11.12.0', 'failed', ?, ?, 0, 'ann')"),
                  {at, at});
    QVERIFY(next);
    QCOMPARE(next->lastInsertId().toLongLong(), 3 + count);
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
