#include "commands.h"
#include "output.h"

namespace osc::cli {

namespace {

// "--since" accepts an ISO 8601 date or date-time, or an age: 30m, 12h, 7d, 2w.
std::optional<QDateTime> parseSince(const QString &text)
{
    static const QHash<QChar, qint64> secondsPer{
        {u's', 1}, {u'm', 60}, {u'h', 3600}, {u'd', 86400}, {u'w', 7 * 86400}};
    if (text.size() >= 2 && secondsPer.contains(text.back())) {
        bool ok = false;
        const qint64 count = text.chopped(1).toLongLong(&ok);
        if (ok && count >= 0)
            return QDateTime::currentDateTimeUtc().addSecs(-count * secondsPer.value(text.back()));
    }
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid()) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (date.isValid())
            time = date.startOfDay();
    }
    if (!time.isValid())
        return std::nullopt;
    return time;
}

// The filters both logs share; reports its own usage errors through `exitCode`.
std::optional<LogQuery> takeQuery(Context &context, int *exitCode)
{
    bool missing = false;
    const std::optional<QString> since
        = takeOption(context.args, QStringLiteral("--since"), &missing);
    const std::optional<QString> module
        = takeOption(context.args, QStringLiteral("--module"), &missing);
    const std::optional<QString> operation
        = takeOption(context.args, QStringLiteral("--operation"), &missing);
    const std::optional<QString> grep
        = takeOption(context.args, QStringLiteral("--grep"), &missing);
    const std::optional<QString> limit
        = takeOption(context.args, QStringLiteral("--limit"), &missing);
    if (missing) {
        *exitCode = usageError(context, QStringLiteral("An option is missing its value."));
        return std::nullopt;
    }
    LogQuery query;
    if (since) {
        const std::optional<QDateTime> time = parseSince(*since);
        if (!time) {
            *exitCode = usageError(context,
                                   QStringLiteral("--since takes a date or time in ISO "
                                                  "8601 (2026-11-22, "
                                                  "2026-11-22T08:00:00+00:00) or an "
                                                  "age (30m, 12h, 7d, 2w), not '%1'.")
                                       .arg(*since));
            return std::nullopt;
        }
        query.since = *time;
    }
    query.module = module.value_or(QString());
    if (operation) {
        bool isId = false;
        const qint64 id = operation->toLongLong(&isId);
        if (isId && id > 0) {
            query.operationId = id;
        } else if (operationFromKey(*operation)) {
            query.operation = *operation;
        } else {
            QStringList keys;
            for (OperationKind kind : allOperationKinds())
                keys << operationKey(kind);
            *exitCode = usageError(context,
                                   QStringLiteral("--operation takes an operation id or "
                                                  "one of %1, not '%2'.")
                                       .arg(keys.join(QStringLiteral(", ")), *operation));
            return std::nullopt;
        }
    }
    query.text = grep.value_or(QString());
    if (limit) {
        const std::optional<int> parsed = parsePositive(*limit);
        if (!parsed || *parsed > 10000) {
            *exitCode = usageError(
                context,
                QStringLiteral("--limit takes a number from 1 to 10000, not '%1'.").arg(*limit));
            return std::nullopt;
        }
        query.limit = *parsed;
    }
    if (!context.args.isEmpty()) {
        *exitCode = usageError(context, unexpected(context.args));
        return std::nullopt;
    }
    return query;
}

} // namespace

int errorsCommand(Context &context)
{
    int exitCode = ExitDone;
    const std::optional<LogQuery> query = takeQuery(context, &exitCode);
    if (!query)
        return exitCode;
    Result<std::unique_ptr<Environment>> environment = openEnvironment(context);
    if (!environment)
        return report(context, environment.error());
    Result<QList<ErrorLogEntry>> entries = (*environment)->errors(*query);
    if (!entries)
        return report(context, entries.error());
    if (context.json) {
        QJsonArray array;
        for (const ErrorLogEntry &entry : std::as_const(*entries))
            array.append(toJson(entry));
        emitJson(QJsonObject{{QStringLiteral("errors"), array}});
    } else {
        out() << toText(*entries) << Qt::flush;
    }
    return ExitDone;
}

int logCommand(Context &context)
{
    const bool purge = takeFlag(context.args, QStringLiteral("--purge"));
    int exitCode = ExitDone;
    const std::optional<LogQuery> query = takeQuery(context, &exitCode);
    if (!query)
        return exitCode;
    Result<std::unique_ptr<Environment>> environment = openEnvironment(context);
    if (!environment)
        return report(context, environment.error());
    if (purge) {
        Result<qint64> purged = (*environment)->applyLogRetention();
        if (!purged)
            return report(context, purged.error());
        Result<QString> weeks
            = (*environment)->config().value(EnvironmentConfig::logRetentionWeeks);
        if (!weeks)
            return report(context, weeks.error());
        if (context.json)
            emitJson(QJsonObject{{QStringLiteral("purged"), *purged},
                                 {QStringLiteral("retentionWeeks"), weeks->toInt()}});
        else
            out() << QStringLiteral("Purged %1 log entries older than %2 weeks.\n")
                         .arg(*purged)
                         .arg(*weeks)
                  << Qt::flush;
        return ExitDone;
    }
    Result<QList<GeneralLogEntry>> entries = (*environment)->generalLog(*query);
    if (!entries)
        return report(context, entries.error());
    if (context.json) {
        QJsonArray array;
        for (const GeneralLogEntry &entry : std::as_const(*entries))
            array.append(toJson(entry));
        emitJson(QJsonObject{{QStringLiteral("entries"), array}});
    } else {
        out() << toText(*entries) << Qt::flush;
    }
    return ExitDone;
}

} // namespace osc::cli
