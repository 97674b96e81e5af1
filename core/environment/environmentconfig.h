#pragma once

#include "files/filelock.h"
#include "util/result.h"

#include <QList>
#include <QString>

#include <chrono>

namespace osc {

class Database;

// One environment setting, as listed by `scctl env config`.
struct ConfigEntry
{
    QString key; // "locks.lease-seconds", …
    QString value; // the effective value (the default when never set)
    QString defaultValue;
    bool isDefault = true;
    QString description; // translated
};

// The environment's own settings (not modules' settings): lock leases, file retries,
// the compiler to use, log retention. Stored in the database's meta table, so every
// process that opens the environment sees the same values. Each key's rule (type,
// range) lives here, once.
class EnvironmentConfig
{
public:
    static inline const QString leaseSeconds = QStringLiteral("locks.lease-seconds");
    static inline const QString fileRetrySeconds = QStringLiteral("files.retry-seconds");
    static inline const QString compilerCommand = QStringLiteral("compiler.command");
    static inline const QString compilerTimeoutSeconds = QStringLiteral("compiler.timeout-seconds");
    static inline const QString logRetentionWeeks = QStringLiteral("log.retention-weeks");
    static inline const QString preparationWorkers = QStringLiteral("preparation.workers");

    explicit EnvironmentConfig(Database &db) : m_db(db) { }

    static QStringList keys();

    Result<QList<ConfigEntry>> entries();
    Result<QString> value(const QString &key);
    // Validates and stores; an empty value restores the default. Unknown keys and
    // invalid values are BadInput errors that say what is accepted.
    Result<void> setValue(const QString &key, const QString &value);

    // Typed reads, for the units that use them.
    Result<std::chrono::milliseconds> lease();
    Result<RetryPolicy> filePolicy();
    Result<std::chrono::milliseconds> compilerTimeout();
    // Compile threads of the modules preparation; 0 means one per core.
    Result<int> preparationWorkerCount();

private:
    Database &m_db;
};

} // namespace osc
