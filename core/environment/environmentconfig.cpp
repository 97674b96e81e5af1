#include "environmentconfig.h"

#include "compiler/externalcompiler.h"
#include "logs/logstore.h"
#include "storage/database.h"

#include <QCoreApplication>

#include <optional>

namespace osc {

namespace {

enum class Kind { Seconds, Weeks, Count, Command };

struct Definition
{
    QString key;
    QString metaKey;
    QString defaultValue;
    Kind kind;
    double minimum = 0;
    double maximum = 0;
    const char *description;
};

// The one table of environment settings: key, storage, default, rule, meaning.
const QList<Definition> &definitions()
{
    static const QList<Definition> all = {
        {EnvironmentConfig::leaseSeconds, QStringLiteral("config.locks.lease-seconds"),
         QStringLiteral("10"), Kind::Seconds, 0.2, 3600,
         QT_TRANSLATE_NOOP("EnvironmentConfig",
                           "How long a module lock outlives its holder when the holder stops "
                           "renewing it (killed or hung). Holders renew every third of it.")},
        {EnvironmentConfig::fileRetrySeconds, QStringLiteral("config.files.retry-seconds"),
         QStringLiteral("5"), Kind::Seconds, 0, 600,
         QT_TRANSLATE_NOOP("EnvironmentConfig",
                           "How long compile and deploy steps retry a file that another process "
                           "keeps locked before they fail with FILE_IN_USE.")},
        {EnvironmentConfig::compilerCommand, QStringLiteral("config.compiler.command"), QString(),
         Kind::Command, 0, 0,
         QT_TRANSLATE_NOOP("EnvironmentConfig",
                           "An external compiler command with {module}, {source}, {output}, "
                           "{platform} and {version} placeholders; empty for the built-in "
                           "compiler.")},
        {EnvironmentConfig::compilerTimeoutSeconds,
         QStringLiteral("config.compiler.timeout-seconds"), QStringLiteral("600"), Kind::Seconds, 1,
         86400,
         QT_TRANSLATE_NOOP("EnvironmentConfig",
                           "How long the external compiler command may run for one module.")},
        {EnvironmentConfig::preparationWorkers, QStringLiteral("config.preparation.workers"),
         QStringLiteral("0"), Kind::Count, 0, 256,
         QT_TRANSLATE_NOOP("EnvironmentConfig",
                           "How many modules the modules preparation compiles at once; 0 for "
                           "one per processor core.")},
        // Shared with LogStore, which owns the retention rule.
        {EnvironmentConfig::logRetentionWeeks, QStringLiteral("log_retention_weeks"),
         QString::number(LogStore::defaultRetentionWeeks), Kind::Weeks, LogStore::minRetentionWeeks,
         LogStore::maxRetentionWeeks,
         QT_TRANSLATE_NOOP("EnvironmentConfig",
                           "Error Log and General log entries older than this many weeks are "
                           "purged.")},
    };
    return all;
}

const Definition *find(const QString &key)
{
    for (const Definition &definition : definitions()) {
        if (definition.key == key)
            return &definition;
    }
    return nullptr;
}

Error unknownKey(const QString &key)
{
    return makeError(ErrorCode::BadInput,
                     QCoreApplication::translate("EnvironmentConfig",
                                                 "Unknown environment setting '%1'. Settings: %2.")
                         .arg(key, EnvironmentConfig::keys().join(QStringLiteral(", "))));
}

std::optional<Error> validate(const Definition &definition, const QString &value)
{
    switch (definition.kind) {
    case Kind::Command:
        if (value.isEmpty())
            return std::nullopt;
        if (Result<void> valid = ExternalCompiler::validateTemplate(value); !valid)
            return valid.error();
        return std::nullopt;
    case Kind::Seconds:
    case Kind::Weeks:
    case Kind::Count: {
        bool ok = false;
        const double number
            = definition.kind == Kind::Seconds ? value.toDouble(&ok) : value.toInt(&ok);
        if (ok && number >= definition.minimum && number <= definition.maximum)
            return std::nullopt;
        return makeError(ErrorCode::BadInput,
                         QCoreApplication::translate(
                             "EnvironmentConfig",
                             "'%1' is not a valid value for %2: give a number from %3 to %4.")
                             .arg(value, definition.key)
                             .arg(definition.minimum)
                             .arg(definition.maximum));
    }
    }
    Q_UNREACHABLE();
    return std::nullopt;
}

std::chrono::milliseconds fromSeconds(const QString &text)
{
    return std::chrono::milliseconds(qint64(text.toDouble() * 1000.0));
}

} // namespace

QStringList EnvironmentConfig::keys()
{
    QStringList keys;
    for (const Definition &definition : definitions())
        keys << definition.key;
    return keys;
}

Result<QString> EnvironmentConfig::value(const QString &key)
{
    const Definition *definition = find(key);
    if (!definition)
        return unknownKey(key);
    Result<QString> stored = m_db.meta(definition->metaKey);
    if (!stored)
        return stored.error();
    return stored->isEmpty() ? definition->defaultValue : *stored;
}

Result<QList<ConfigEntry>> EnvironmentConfig::entries()
{
    QList<ConfigEntry> entries;
    for (const Definition &definition : definitions()) {
        Result<QString> stored = m_db.meta(definition.metaKey);
        if (!stored)
            return stored.error();
        ConfigEntry entry;
        entry.key = definition.key;
        entry.defaultValue = definition.defaultValue;
        entry.isDefault = stored->isEmpty();
        entry.value = entry.isDefault ? definition.defaultValue : *stored;
        entry.description
            = QCoreApplication::translate("EnvironmentConfig", definition.description);
        entries << entry;
    }
    return entries;
}

Result<void> EnvironmentConfig::setValue(const QString &key, const QString &value)
{
    const Definition *definition = find(key);
    if (!definition)
        return unknownKey(key);
    const QString trimmed = value.trimmed();
    if (!trimmed.isEmpty()) {
        if (std::optional<Error> invalid = validate(*definition, trimmed))
            return *invalid;
    }
    return m_db.write([&]() -> Result<void> {
        if (trimmed.isEmpty()) {
            Result<QSqlQuery> removed = m_db.exec(QStringLiteral("DELETE FROM meta WHERE key = ?"),
                                                  {definition->metaKey});
            return removed ? Result<void>() : Result<void>(removed.error());
        }
        return m_db.setMeta(definition->metaKey, trimmed);
    });
}

Result<std::chrono::milliseconds> EnvironmentConfig::lease()
{
    Result<QString> text = value(leaseSeconds);
    if (!text)
        return text.error();
    return fromSeconds(*text);
}

Result<RetryPolicy> EnvironmentConfig::filePolicy()
{
    Result<QString> text = value(fileRetrySeconds);
    if (!text)
        return text.error();
    RetryPolicy policy;
    policy.timeout = fromSeconds(*text);
    return policy;
}

Result<int> EnvironmentConfig::preparationWorkerCount()
{
    Result<QString> text = value(preparationWorkers);
    if (!text)
        return text.error();
    return text->toInt();
}

Result<std::chrono::milliseconds> EnvironmentConfig::compilerTimeout()
{
    Result<QString> text = value(compilerTimeoutSeconds);
    if (!text)
        return text.error();
    return fromSeconds(*text);
}

} // namespace osc
