#pragma once

#include "storage/sqldialect.h"
#include "util/result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>
#include <optional>

class QThread;

namespace osc {

// One connection to an environment's database, owned by the thread that opened it.
// Opening checks that the file is an environment database of a schema this build
// understands, applies pending forward migrations, and turns every failure into an
// Error that names the path and says what to do.
class Database final
{
public:
    enum class OpenMode { CreateNew, OpenExisting };

    static constexpr int schemaVersion = 11;
    static constexpr int busyTimeoutMs = 10000;

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    static Result<std::unique_ptr<Database>> openSqlite(const QString &filePath, OpenMode mode);

    const SqlDialect &dialect() const { return m_dialect; }
    QString filePath() const { return m_filePath; }

    // Runs one statement with positional bindings; SQL errors become Internal errors
    // carrying the statement and the driver's text. A null QString binds as '' (text);
    // bind an invalid QVariant() for SQL NULL.
    Result<QSqlQuery> exec(const QString &sql, const QVariantList &bindings = {});

    // What a kept statement did.
    struct Outcome
    {
        int rowsAffected = 0;
        QVariant lastInsertId;
        QVariant firstValue; // first column of the first row, for a query
    };
    // Runs a statement that is prepared once per connection and kept, for the
    // statements a loop runs thousands of times (preparing costs more than running
    // them). Rows beyond the first are not read. Same errors as exec().
    Result<Outcome> execKept(const QString &sql, const QVariantList &bindings);

    // Runs `work` in a write transaction (dialect().beginWrite()). Commits when it
    // returns success, rolls back when it returns an error. Not reentrant.
    Result<void> write(const std::function<Result<void>()> &work);
    // Whether write() is running its work on this connection.
    bool inWrite() const { return m_inWrite; }

    // meta table access (schema version, platform version, …).
    Result<QString> meta(const QString &key);
    Result<void> setMeta(const QString &key, const QString &value);

private:
    Database(QString connectionName, QString filePath);
    Result<void> setUp(OpenMode mode);
    Result<int> storedSchemaVersion();
    Result<void> migrate(int fromVersion);

    QString m_connectionName;
    QString m_filePath;
    SqlDialect m_dialect{SqlDialect::Engine::Sqlite};
    QThread *m_thread = nullptr;
    struct KeptStatement;
    std::unique_ptr<QHash<QString, KeptStatement>> m_kept; // execKept()'s statements
    bool m_inWrite = false;
};

// Shortcuts for the common "first column of the first row" reads.
Result<QVariant> scalar(Database &db, const QString &sql, const QVariantList &bindings = {});

// A read transaction as a savepoint (so that it also nests in the caller's
// transaction): every read made on the connection while it lives sees one snapshot
// of the database. Check error() before relying on it.
class ReadSnapshot final
{
public:
    explicit ReadSnapshot(Database &db);
    ~ReadSnapshot();
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

    // Why the snapshot could not be taken; empty when it was.
    const std::optional<Error> &error() const { return m_error; }

private:
    Database &m_db;
    std::optional<Error> m_error;
};

// "?,?,?": `count` bind markers, for "IN (...)" lists.
QString placeholders(qsizetype count);

} // namespace osc
