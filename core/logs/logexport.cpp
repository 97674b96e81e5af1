#include "logexport.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace osc {

namespace {

QString isoInstant(const QDateTime &instant)
{
    return instant.toUTC().toString(Qt::ISODateWithMs);
}

QVariantList fieldsOf(LogKind kind, const LogRecord &r)
{
    if (kind == LogKind::Errors)
        return {r.id,
                isoInstant(r.instant),
                r.module,
                r.moduleVersion,
                r.operationId,
                r.operation,
                r.step,
                r.message,
                r.detail,
                r.server,
                r.processId,
                r.thread,
                r.platformVersion};
    return {r.id,          isoInstant(r.instant),
            r.operationId, r.operation,
            r.user,        r.module,
            r.step,        r.message,
            r.server,      r.processId};
}

QString csvField(const QVariant &value)
{
    QString text = value.toString();
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n')
        || text.contains(u'\r')) {
        text.replace(u'"', QStringLiteral("\"\""));
        return u'"' + text + u'"';
    }
    return text;
}

QByteArray csvLine(const QVariantList &fields)
{
    QStringList cells;
    cells.reserve(fields.size());
    for (const QVariant &field : fields)
        cells << csvField(field);
    return (cells.join(u',') + QStringLiteral("\r\n")).toUtf8();
}

QByteArray jsonEntry(const QStringList &columns, const QVariantList &fields)
{
    QJsonObject object;
    for (qsizetype i = 0; i < columns.size(); ++i)
        object.insert(columns.at(i), QJsonValue::fromVariant(fields.at(i)));
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Error writeError(const QString &path, const QString &reason)
{
    return makeError(
        ErrorCode::Failed,
        QCoreApplication::translate("LogExport", "Could not write the export to %1: %2")
            .arg(QDir::toNativeSeparators(path), reason));
}

} // namespace

QString logExportFormatKey(LogExportFormat format)
{
    return format == LogExportFormat::Csv ? QStringLiteral("csv") : QStringLiteral("json");
}

std::optional<LogExportFormat> logExportFormatFromKey(const QString &key)
{
    if (key.compare(QStringLiteral("csv"), Qt::CaseInsensitive) == 0)
        return LogExportFormat::Csv;
    if (key.compare(QStringLiteral("json"), Qt::CaseInsensitive) == 0)
        return LogExportFormat::Json;
    return std::nullopt;
}

QStringList logExportColumns(LogKind kind)
{
    if (kind == LogKind::Errors)
        return {QStringLiteral("id"),
                QStringLiteral("instant"),
                QStringLiteral("module"),
                QStringLiteral("moduleVersion"),
                QStringLiteral("operationId"),
                QStringLiteral("operation"),
                QStringLiteral("step"),
                QStringLiteral("message"),
                QStringLiteral("detail"),
                QStringLiteral("server"),
                QStringLiteral("processId"),
                QStringLiteral("thread"),
                QStringLiteral("platformVersion")};
    return {QStringLiteral("id"),        QStringLiteral("instant"), QStringLiteral("operationId"),
            QStringLiteral("operation"), QStringLiteral("user"),    QStringLiteral("module"),
            QStringLiteral("event"),     QStringLiteral("message"), QStringLiteral("server"),
            QStringLiteral("processId")};
}

Result<LogExportOutcome> exportLog(LogStore &store, LogKind kind, const LogQuery &query,
                                   LogExportFormat format, const QString &path,
                                   const std::function<bool(qint64)> &progress)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return writeError(path, file.errorString());
    const QStringList columns = logExportColumns(kind);
    const bool json = format == LogExportFormat::Json;
    if (json)
        file.write(
            QStringLiteral("{\"log\":\"%1\",\"entries\":[\n").arg(logKindKey(kind)).toUtf8());
    else
        file.write(csvLine(QVariantList(columns.cbegin(), columns.cend())));

    LogExportOutcome outcome;
    LogQuery page = query;
    page.beforeId = 0;
    page.limit = LogStore::maxLimit;
    for (;;) {
        Result<QList<LogRecord>> rows = store.records(kind, page);
        if (!rows) {
            file.cancelWriting();
            return rows.error();
        }
        QByteArray chunk;
        for (const LogRecord &row : std::as_const(*rows)) {
            const QVariantList fields = fieldsOf(kind, row);
            if (json) {
                if (outcome.rows > 0)
                    chunk += ",\n";
                chunk += jsonEntry(columns, fields);
            } else {
                chunk += csvLine(fields);
            }
            ++outcome.rows;
        }
        if (file.write(chunk) != chunk.size()) {
            const QString reason = file.errorString();
            file.cancelWriting();
            return writeError(path, reason);
        }
        const bool more = rows->size() == page.limit;
        if (more)
            page.beforeId = rows->constLast().id;
        if (progress && !progress(outcome.rows)) {
            file.cancelWriting();
            outcome.cancelled = true;
            return outcome;
        }
        if (!more)
            break;
    }
    if (json)
        file.write(QStringLiteral("\n],\"count\":%1}\n").arg(outcome.rows).toUtf8());
    if (!file.commit())
        return writeError(path, file.errorString());
    return outcome;
}

} // namespace osc
