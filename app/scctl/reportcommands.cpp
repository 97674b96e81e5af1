#include "commands.h"
#include "output.h"

#include <QDir>
#include <QFileInfo>

namespace osc::cli {

// The export an `upgrades ID` run asked for: on stdout (--csv) or into a file (--output).
struct ExportRequest
{
    std::optional<ReportFormat> format;
    std::optional<QString> path;
};

static int showExecution(Context &context, Environment &environment, qint64 id,
                         const ExportRequest &request)
{
    Result<ExecutionDetail> detail = environment.execution(id);
    if (!detail)
        return report(context, detail.error());
    std::optional<ExecutionComparison> comparison;
    if (detail->summary.previousId > 0) {
        Result<ExecutionDetail> previous = environment.execution(detail->summary.previousId);
        if (!previous)
            return report(context, previous.error());
        comparison = compareExecutions(*detail, *previous);
    }
    if (request.path) {
        const ReportFormat format = *request.format;
        if (Result<void> written = writeExecutionReport(*request.path, format, *detail, comparison);
            !written)
            return report(context, written.error());
        const QString path = QDir::toNativeSeparators(QFileInfo(*request.path).absoluteFilePath());
        const QString formatName
            = format == ReportFormat::Csv ? QStringLiteral("csv") : QStringLiteral("json");
        if (context.json)
            emitJson(QJsonObject{{QStringLiteral("id"), id},
                                 {QStringLiteral("format"), formatName},
                                 {QStringLiteral("path"), path}});
        else
            out() << QStringLiteral("Wrote the report of execution %1 to %2 (%3).\n")
                         .arg(QString::number(id), path, formatName.toUpper())
                  << Qt::flush;
        return ExitDone;
    }
    if (request.format == ReportFormat::Csv) {
        out() << QString::fromUtf8(executionToCsv(*detail)) << Qt::flush;
        return ExitDone;
    }
    if (context.json)
        emitJson(toJson(*detail, comparison));
    else
        out() << toText(*detail, comparison) << Qt::flush;
    return ExitDone;
}

int upgradesCommand(Context &context)
{
    bool missing = false;
    ExportRequest request;
    request.path = takeOption(context.args, QStringLiteral("--output"), &missing);
    const bool csv = takeFlag(context.args, QStringLiteral("--csv"));
    if (missing)
        return usageError(context, QStringLiteral("--output is missing its file."));
    for (const QString &arg : std::as_const(context.args)) {
        if (arg.startsWith(u'-'))
            return usageError(context, QStringLiteral("Unknown option '%1'.").arg(arg));
    }
    if (context.args.size() > 1)
        return usageError(context, unexpected(context.args.mid(1)));
    std::optional<qint64> id;
    if (!context.args.isEmpty()) {
        const std::optional<int> parsed = parsePositive(context.args.first());
        if (!parsed)
            return usageError(context,
                              QStringLiteral("'%1' is not an execution id (see 'scctl "
                                             "upgrades').")
                                  .arg(context.args.first()));
        id = *parsed;
    }
    if (csv && context.json)
        return usageError(context, QStringLiteral("--csv and --json are exclusive: choose one."));
    if ((csv || request.path) && !id)
        return usageError(context,
                          QStringLiteral("%1 exports one execution: give its ID (see 'scctl "
                                         "upgrades').")
                              .arg(csv ? QStringLiteral("--csv") : QStringLiteral("--output")));
    if (csv)
        request.format = ReportFormat::Csv;
    else if (request.path && context.json)
        request.format = ReportFormat::Json;
    if (request.path && !request.format) {
        const QString suffix = QFileInfo(*request.path).suffix().toLower();
        if (suffix == QLatin1String("csv"))
            request.format = ReportFormat::Csv;
        else if (suffix == QLatin1String("json"))
            request.format = ReportFormat::Json;
        else
            return usageError(context,
                              QStringLiteral("Cannot tell the format of '%1': name it .csv or "
                                             ".json, or add --csv or --json.")
                                  .arg(*request.path));
    }

    Result<std::unique_ptr<Environment>> environment = openEnvironment(context);
    if (!environment)
        return report(context, environment.error());
    if (id)
        return showExecution(context, **environment, *id, request);
    Result<QList<ExecutionSummary>> executions = (*environment)->executions();
    if (!executions)
        return report(context, executions.error());
    if (context.json) {
        QJsonArray array;
        for (const ExecutionSummary &summary : std::as_const(*executions))
            array.append(toJson(summary));
        emitJson(QJsonObject{{QStringLiteral("executions"), array}});
    } else {
        out() << toText(*executions) << Qt::flush;
    }
    return ExitDone;
}

} // namespace osc::cli
