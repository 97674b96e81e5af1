#include "commands.h"
#include "output.h"

#include "environment/datafolder.h"
#include "logs/logexport.h"
#include "logs/loggroups.h"
#include "logs/logstore.h"
#include "storage/database.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

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
    const std::optional<QString> until
        = takeOption(context.args, QStringLiteral("--until"), &missing);
    const std::optional<QString> beforeId
        = takeOption(context.args, QStringLiteral("--before-id"), &missing);
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
    if (until) {
        const std::optional<QDateTime> time = parseSince(*until);
        if (!time) {
            *exitCode = usageError(context,
                                   QStringLiteral("--until takes a date or time in ISO "
                                                  "8601 (2026-11-22, "
                                                  "2026-11-22T08:00:00+00:00) or an "
                                                  "age (30m, 12h, 7d, 2w), not '%1'.")
                                       .arg(*until));
            return std::nullopt;
        }
        query.until = *time;
    }
    if (beforeId) {
        bool ok = false;
        query.beforeId = beforeId->toLongLong(&ok);
        if (!ok || query.beforeId <= 0) {
            *exitCode = usageError(
                context,
                QStringLiteral("--before-id takes an entry id (a positive number), not '%1'.")
                    .arg(*beforeId));
            return std::nullopt;
        }
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

// What --group and --export ask for, taken before the filters.
struct LogOutput
{
    bool group = false;
    std::optional<QString> exportPath;
    std::optional<LogExportFormat> format;
};

std::optional<LogOutput> takeOutput(Context &context, int *exitCode)
{
    LogOutput output;
    output.group = takeFlag(context.args, QStringLiteral("--group"));
    bool missing = false;
    output.exportPath = takeOption(context.args, QStringLiteral("--export"), &missing);
    const std::optional<QString> format
        = takeOption(context.args, QStringLiteral("--format"), &missing);
    if (missing) {
        *exitCode = usageError(context, QStringLiteral("An option is missing its value."));
        return std::nullopt;
    }
    if (format && !output.exportPath) {
        *exitCode = usageError(context, QStringLiteral("--format goes with --export FILE."));
        return std::nullopt;
    }
    if (output.group && output.exportPath) {
        *exitCode
            = usageError(context, QStringLiteral("--group and --export cannot be used together."));
        return std::nullopt;
    }
    if (output.exportPath) {
        const QString key = format.value_or(QFileInfo(*output.exportPath).suffix());
        output.format = logExportFormatFromKey(key);
        if (!output.format) {
            *exitCode = usageError(
                context,
                format ? QStringLiteral("--format takes csv or json, not '%1'.").arg(*format)
                       : QStringLiteral("--export needs a file ending in .csv or .json, or "
                                        "--format csv|json."));
            return std::nullopt;
        }
    }
    return output;
}

// --group and --export read the whole filter (--limit aside) on a connection of their
// own to the environment's database.
int groupOrExport(Context &context, Environment &environment, LogKind kind, const LogQuery &query,
                  const LogOutput &output)
{
    Result<std::unique_ptr<Database>> db = Database::openSqlite(
        DataFolder(environment.dataDir()).databaseFile(), Database::OpenMode::OpenExisting);
    if (!db)
        return report(context, db.error());
    LogStore store(**db);
    if (output.exportPath) {
        Result<LogExportOutcome> exported
            = exportLog(store, kind, query, *output.format, *output.exportPath);
        if (!exported)
            return report(context, exported.error());
        const QString path
            = QDir::toNativeSeparators(QFileInfo(*output.exportPath).absoluteFilePath());
        if (context.json)
            emitJson(QJsonObject{{QStringLiteral("exported"), exported->rows},
                                 {QStringLiteral("path"), path},
                                 {QStringLiteral("format"), logExportFormatKey(*output.format)}});
        else
            out() << QStringLiteral("Exported %1 to %2.\n")
                         .arg(countOf(exported->rows, QStringLiteral("entry"),
                                      QStringLiteral("entries")),
                              path)
                  << Qt::flush;
        return ExitDone;
    }
    Result<LogGrouping> grouping = groupLog(store, kind, query);
    if (!grouping)
        return report(context, grouping.error());
    if (context.json) {
        QJsonArray groups;
        for (const LogGroup &group : std::as_const(grouping->groups))
            groups.append(QJsonObject{{QStringLiteral("signature"), group.signature},
                                      {QStringLiteral("count"), group.count},
                                      {QStringLiteral("modules"), group.moduleCount},
                                      {QStringLiteral("firstSeen"), isoTime(group.firstSeen)},
                                      {QStringLiteral("lastSeen"), isoTime(group.lastSeen)},
                                      {QStringLiteral("latestId"), group.latestId},
                                      {QStringLiteral("latestModule"), group.latestModule},
                                      {QStringLiteral("latestMessage"), group.latestMessage}});
        emitJson(QJsonObject{{QStringLiteral("groups"), groups},
                             {QStringLiteral("entries"), grouping->entries}});
        return ExitDone;
    }
    if (grouping->groups.isEmpty()) {
        out() << QStringLiteral("No entries match.\n") << Qt::flush;
        return ExitDone;
    }
    QString text;
    for (const LogGroup &group : std::as_const(grouping->groups)) {
        text += QStringLiteral("%1  %2 .. %3  %4  #%5\n")
                    .arg(group.count, 8)
                    .arg(isoTime(group.firstSeen), isoTime(group.lastSeen))
                    .arg(group.moduleCount == 1
                             ? group.latestModule
                             : QStringLiteral("%1 modules").arg(group.moduleCount))
                    .arg(group.latestId);
        text += QStringLiteral("    ") + group.signature + u'\n';
    }
    text += QStringLiteral("%1, %2.\n")
                .arg(countOf(grouping->entries, QStringLiteral("entry"), QStringLiteral("entries")),
                     countOf(grouping->groups.size(), QStringLiteral("cause"),
                             QStringLiteral("causes")));
    out() << text << Qt::flush;
    return ExitDone;
}

} // namespace

int errorsCommand(Context &context)
{
    int exitCode = ExitDone;
    const std::optional<LogOutput> output = takeOutput(context, &exitCode);
    if (!output)
        return exitCode;
    const std::optional<LogQuery> query = takeQuery(context, &exitCode);
    if (!query)
        return exitCode;
    Result<std::unique_ptr<Environment>> environment = openEnvironment(context);
    if (!environment)
        return report(context, environment.error());
    if (output->group || output->exportPath)
        return groupOrExport(context, **environment, LogKind::Errors, *query, *output);
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
    const std::optional<LogOutput> output = takeOutput(context, &exitCode);
    if (!output)
        return exitCode;
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
            out() << QStringLiteral("Purged %1 older than %2.\n")
                         .arg(countOf(*purged, QStringLiteral("log entry"),
                                      QStringLiteral("log entries")),
                              countOf(weeks->toInt(), QStringLiteral("week"),
                                      QStringLiteral("weeks")))
                  << Qt::flush;
        return ExitDone;
    }
    if (output->group || output->exportPath)
        return groupOrExport(context, **environment, LogKind::General, *query, *output);
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
