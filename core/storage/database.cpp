#include "database.h"

#include "storage/schema.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QThread>

namespace osc {

static QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("osc-%1").arg(counter.fetchAndAddRelaxed(1));
}

// Qt 6 binds a value by position through a placeholder name it formats for each value
// (QSqlResult::bindValue(int) runs QString::arg): some 2,000 instructions a value, a
// third of the cost of inserting a compilation row. Kept statements name their
// placeholders once instead, and bind by name (a hash lookup).
struct Database::KeptStatement
{
    QSqlQuery query;
    QStringList placeholders; // of each '?', in order
};

// `sql` with each '?' outside quoted text named :b0, :b1, … in order; their names
// go to `placeholders`. Quoted as Qt's own placeholder parser quotes: '…', "…", `…`
// and […]. Kept statements hold no SQL comments.
static QString withNamedPlaceholders(const QString &sql, QStringList &placeholders)
{
    QString named;
    named.reserve(sql.size() + 16);
    QChar closingQuote;
    for (const QChar c : sql) {
        if (!closingQuote.isNull()) {
            if (c == closingQuote)
                closingQuote = QChar();
            named += c;
        } else if (c == u'\'' || c == u'"' || c == u'`' || c == u'[') {
            closingQuote = c == u'[' ? QChar(u']') : c;
            named += c;
        } else if (c == u'?') {
            placeholders << QStringLiteral(":b%1").arg(placeholders.size());
            named += placeholders.constLast();
        } else {
            named += c;
        }
    }
    return named;
}

Database::Database(QString connectionName, QString filePath)
    : m_connectionName(std::move(connectionName))
    , m_filePath(std::move(filePath))
    , m_thread(QThread::currentThread())
{ }

Database::~Database()
{
    m_kept.reset(); // statements before their connection
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::openSqlite(const QString &filePath, OpenMode mode)
{
    const bool exists = QFileInfo::exists(filePath);
    if (mode == OpenMode::OpenExisting && !exists) {
        return makeError(
            ErrorCode::Environment,
            QCoreApplication::translate("Database", "The environment database %1 does not exist.")
                .arg(filePath));
    }
    if (mode == OpenMode::CreateNew && exists) {
        return makeError(ErrorCode::Environment,
                         QCoreApplication::translate(
                             "Database",
                             "Cannot create an environment database at %1: a file is already "
                             "there. Choose an empty folder.")
                             .arg(filePath));
    }
    std::unique_ptr<Database> database(new Database(nextConnectionName(), filePath));
    QSqlDatabase db
        = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connectionName);
    db.setDatabaseName(filePath);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
    if (!db.open()) {
        return makeError(
            ErrorCode::Environment,
            QCoreApplication::translate("Database", "Cannot open the environment database %1: %2")
                .arg(filePath, db.lastError().text()));
    }
    // The file is never opened by anything but SQLite: closing any other descriptor
    // of it would drop the POSIX locks SQLite holds on it for the other connections
    // of this process (and corrupt what they see). SQLite itself says whether it is
    // a database when it first reads it.
    if (exists) {
        QSqlQuery probe(db);
        if (!probe.exec(QStringLiteral("PRAGMA schema_version"))) {
            return makeError(ErrorCode::Environment,
                             QCoreApplication::translate(
                                 "Database",
                                 "The environment database %1 is damaged or is not a database. "
                                 "Restore it from a backup, or create a new environment in "
                                 "another folder.")
                                 .arg(filePath),
                             probe.lastError().text());
        }
    }
    if (Result<void> ready = database->setUp(mode); !ready)
        return ready.error();
    return database;
}

Result<void> Database::setUp(OpenMode mode)
{
    for (const QString &statement : m_dialect.connectionSetup()) {
        if (Result<QSqlQuery> done = exec(statement); !done) {
            return makeError(ErrorCode::Environment,
                             QCoreApplication::translate(
                                 "Database",
                                 "The environment database %1 cannot be used: %2. If the file "
                                 "is damaged, restore it from a backup.")
                                 .arg(m_filePath, done.error().detail));
        }
    }

    if (mode == OpenMode::CreateNew) {
        return write([this]() -> Result<void> {
            if (Result<QSqlQuery> created = exec(QStringLiteral(
                    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"));
                !created)
                return created.error();
            if (Result<void> stored
                = setMeta(QStringLiteral("schema_version"), QStringLiteral("0"));
                !stored)
                return stored;
            return migrate(0);
        });
    }

    Result<int> stored = storedSchemaVersion();
    if (!stored)
        return stored.error();
    if (*stored > schemaVersion) {
        return makeError(ErrorCode::Environment,
                         QCoreApplication::translate(
                             "Database",
                             "The environment database %1 was written by a newer version of "
                             "Open Service Center (schema %2; this version understands up to "
                             "schema %3). Open it with a newer Open Service Center.")
                             .arg(m_filePath)
                             .arg(*stored)
                             .arg(schemaVersion));
    }
    if (*stored == schemaVersion)
        return {};
    return write([this, from = *stored]() { return migrate(from); });
}

Result<int> Database::storedSchemaVersion()
{
    Result<QSqlQuery> query
        = exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'"));
    if (!query || !query->next()) {
        return makeError(ErrorCode::Environment,
                         QCoreApplication::translate(
                             "Database",
                             "%1 is not an Open Service Center environment database (it has no "
                             "schema version). Open the folder of an environment, or create one "
                             "with 'scctl env init'.")
                             .arg(m_filePath),
                         query ? QString() : query.error().detail);
    }
    bool ok = false;
    const int version = query->value(0).toString().toInt(&ok);
    if (!ok) {
        return makeError(ErrorCode::Environment,
                         QCoreApplication::translate(
                             "Database",
                             "The environment database %1 is damaged: its schema version is "
                             "unreadable. Restore it from a backup.")
                             .arg(m_filePath));
    }
    return version;
}

// Runs inside a write transaction: either every step up to schemaVersion lands, or none.
Result<void> Database::migrate(int fromVersion)
{
    for (int version = fromVersion + 1; version <= schemaVersion; ++version) {
        for (const QString &statement : schemaMigration(version, m_dialect)) {
            if (Result<QSqlQuery> done = exec(statement); !done)
                return done.error();
        }
        if (Result<void> stored
            = setMeta(QStringLiteral("schema_version"), QString::number(version));
            !stored)
            return stored;
    }
    return {};
}

Result<QSqlQuery> Database::exec(const QString &sql, const QVariantList &bindings)
{
    Q_ASSERT_X(m_thread == QThread::currentThread(), "Database::exec",
               "a connection is used only in the thread that opened it");
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    bool ok = false;
    if (bindings.isEmpty()) {
        ok = query.exec(sql);
    } else {
        ok = query.prepare(sql);
        if (ok) {
            for (const QVariant &value : bindings) {
                // A null QString is text that happens to be empty, not SQL NULL
                // (bind QVariant() for that): Qt would otherwise bind it as NULL.
                const bool nullText
                    = value.typeId() == QMetaType::QString && value.toString().isNull();
                query.addBindValue(nullText ? QVariant(QStringLiteral("")) : value);
            }
            ok = query.exec();
        }
    }
    if (!ok) {
        const QSqlError error = query.lastError();
        return makeError(
            ErrorCode::Internal,
            QCoreApplication::translate("Database", "A database operation failed on %1.")
                .arg(m_filePath),
            error.text() + QStringLiteral(" [") + sql + u']');
    }
    return query;
}

Result<Database::Outcome> Database::execKept(const QString &sql, const QVariantList &bindings)
{
    Q_ASSERT_X(m_thread == QThread::currentThread(), "Database::execKept",
               "a connection is used only in the thread that opened it");
    if (!m_kept)
        m_kept = std::make_unique<QHash<QString, KeptStatement>>();
    auto it = m_kept->find(sql);
    if (it == m_kept->end()) {
        KeptStatement statement{QSqlQuery(QSqlDatabase::database(m_connectionName, false)), {}};
        statement.query.setForwardOnly(true);
        if (!statement.query.prepare(withNamedPlaceholders(sql, statement.placeholders))) {
            return makeError(
                ErrorCode::Internal,
                QCoreApplication::translate("Database", "A database operation failed on %1.")
                    .arg(m_filePath),
                statement.query.lastError().text() + QStringLiteral(" [") + sql + u']');
        }
        it = m_kept->insert(sql, statement);
    }
    if (bindings.size() != it->placeholders.size()) {
        return makeError(
            ErrorCode::Internal,
            QCoreApplication::translate("Database", "A database operation failed on %1.")
                .arg(m_filePath),
            QStringLiteral("%1 values bound to %2 placeholders [%3]")
                .arg(bindings.size())
                .arg(it->placeholders.size())
                .arg(sql));
    }
    QSqlQuery &query = it->query;
    for (int i = 0; i < bindings.size(); ++i) {
        const QVariant &value = bindings.at(i);
        const bool nullText = value.typeId() == QMetaType::QString && value.toString().isNull();
        query.bindValue(it->placeholders.at(i), nullText ? QVariant(QStringLiteral("")) : value);
    }
    if (!query.exec()) {
        const QString error = query.lastError().text();
        query.finish();
        return makeError(
            ErrorCode::Internal,
            QCoreApplication::translate("Database", "A database operation failed on %1.")
                .arg(m_filePath),
            error + QStringLiteral(" [") + sql + u']');
    }
    Outcome outcome;
    outcome.rowsAffected = query.numRowsAffected();
    outcome.lastInsertId = query.lastInsertId();
    if (query.isSelect() && query.next())
        outcome.firstValue = query.value(0);
    query.finish();
    return outcome;
}

Result<void> Database::write(const std::function<Result<void>()> &work)
{
    Q_ASSERT_X(!m_inWrite, "Database::write", "write transactions do not nest");
    if (Result<QSqlQuery> begun = exec(m_dialect.beginWrite()); !begun)
        return begun.error();
    m_inWrite = true;
    Result<void> outcome = work();
    m_inWrite = false;
    if (!outcome) {
        (void)exec(QStringLiteral("ROLLBACK"));
        return outcome;
    }
    if (Result<QSqlQuery> committed = exec(QStringLiteral("COMMIT")); !committed) {
        (void)exec(QStringLiteral("ROLLBACK"));
        return committed.error();
    }
    return {};
}

Result<QString> Database::meta(const QString &key)
{
    Result<QSqlQuery> query = exec(QStringLiteral("SELECT value FROM meta WHERE key = ?"), {key});
    if (!query)
        return query.error();
    if (!query->next())
        return QString();
    return query->value(0).toString();
}

Result<void> Database::setMeta(const QString &key, const QString &value)
{
    Result<QSqlQuery> done = exec(m_dialect.upsert(QStringLiteral("meta"),
                                                   {QStringLiteral("key"), QStringLiteral("value")},
                                                   {QStringLiteral("key")}),
                                  {key, value});
    if (!done)
        return done.error();
    return {};
}

QString placeholders(qsizetype count)
{
    return QStringList(count, QStringLiteral("?")).join(u',');
}

Result<QVariant> scalar(Database &db, const QString &sql, const QVariantList &bindings)
{
    Result<QSqlQuery> query = db.exec(sql, bindings);
    if (!query)
        return query.error();
    if (!query->next())
        return QVariant();
    return query->value(0);
}

ReadSnapshot::ReadSnapshot(Database &db) : m_db(db)
{
    if (Result<QSqlQuery> begun = m_db.exec(QStringLiteral("SAVEPOINT read_snapshot")); !begun)
        m_error = begun.error();
}

ReadSnapshot::~ReadSnapshot()
{
    if (!m_error)
        (void)m_db.exec(QStringLiteral("RELEASE read_snapshot"));
}

} // namespace osc
