#include "executionreport.h"

#include "engine/preparationgraph.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <cstdlib>

namespace osc {

static bool isFailing(ModuleRunState state)
{
    return state == ModuleRunState::Failed || state == ModuleRunState::Skipped;
}

QStringList criticalPath(const ExecutionDetail &detail)
{
    // Units of the reference graph (a cycle is one unit), in topological order:
    // producers have smaller ids. The longest chain ending at each unit, by DP.
    QList<PreparationModule> modules;
    QHash<QString, const ExecutionModuleResult *> byName;
    for (const ExecutionModuleResult &module : detail.modules) {
        modules << PreparationModule{module.module, module.producers,
                                     std::max<qint64>(0, module.durationMs)};
        byName.insert(module.module, &module);
    }
    Result<PreparationGraph> built = PreparationGraph::build(modules);
    if (!built || built->unitCount() == 0)
        return {};
    const PreparationGraph &graph = *built;
    QList<qint64> longest(graph.unitCount(), 0);
    QList<int> previous(graph.unitCount(), -1);
    int end = -1;
    for (int unit = 0; unit < graph.unitCount(); ++unit) {
        qint64 before = 0;
        for (const QString &member : graph.unitModules(unit)) {
            for (const QString &producer : byName.value(member)->producers) {
                const int from = graph.unitOf(producer);
                if (from >= 0 && from != unit && longest.at(from) > before) {
                    before = longest.at(from);
                    previous[unit] = from;
                }
            }
        }
        longest[unit] = before + graph.unitWeight(unit);
        if (end < 0 || longest.at(unit) > longest.at(end))
            end = unit;
    }
    if (longest.at(end) == 0)
        return {};
    QStringList path;
    for (int unit = end; unit >= 0; unit = previous.at(unit))
        path = graph.unitModules(unit) + path;
    return path;
}

ExecutionComparison compareExecutions(const ExecutionDetail &current,
                                      const ExecutionDetail &previous)
{
    QHash<QString, ModuleRunState> before;
    for (const ExecutionModuleResult &module : previous.modules)
        before.insert(module.module, module.state);
    ExecutionComparison comparison;
    comparison.previousId = previous.summary.id;
    for (const ExecutionModuleResult &module : current.modules) {
        const auto it = before.constFind(module.module);
        const bool failedBefore = it != before.cend() && isFailing(*it);
        if (module.state == ModuleRunState::Succeeded) {
            if (failedBefore)
                comparison.newlyFixed << module.module;
        } else if (isFailing(module.state)) {
            (failedBefore ? comparison.stillFailing : comparison.newlyFailing) << module.module;
        }
    }
    comparison.newlyFixed.sort();
    comparison.stillFailing.sort();
    comparison.newlyFailing.sort();
    return comparison;
}

QString isoTimeWithOffset(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    // Always "+HH:MM", never "Z", so that scripts can rely on one shape.
    const QDateTime local = time.toLocalTime();
    const int offset = local.offsetFromUtc();
    const int minutes = std::abs(offset) / 60;
    const QString sign = offset < 0 ? QStringLiteral("-") : QStringLiteral("+");
    return local.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + sign
        + QStringLiteral("%1:%2")
              .arg(minutes / 60, 2, 10, QLatin1Char('0'))
              .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

static QJsonValue timeValue(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(isoTimeWithOffset(time)) : QJsonValue(QJsonValue::Null);
}

static QJsonValue idValue(qint64 id)
{
    return id > 0 ? QJsonValue(id) : QJsonValue(QJsonValue::Null);
}

static QJsonObject countsJson(const ExecutionCounts &counts)
{
    return QJsonObject{{QStringLiteral("total"), counts.total},
                       {QStringLiteral("succeeded"), counts.succeeded},
                       {QStringLiteral("failed"), counts.failed},
                       {QStringLiteral("skipped"), counts.skipped},
                       {QStringLiteral("pending"), counts.pending}};
}

QJsonObject executionToJson(const ExecutionSummary &summary)
{
    QJsonObject object{{QStringLiteral("id"), summary.id},
                       {QStringLiteral("kind"), executionKindKey(summary.kind)},
                       {QStringLiteral("platformVersion"), summary.platformVersion.toString()},
                       {QStringLiteral("startedBy"), summary.startedBy},
                       {QStringLiteral("startedAt"), timeValue(summary.startedAt)},
                       {QStringLiteral("endedAt"), timeValue(summary.endedAt)},
                       {QStringLiteral("durationMs"), summary.durationMs()},
                       {QStringLiteral("status"), executionStatusKey(summary.status)},
                       {QStringLiteral("message"), summary.message},
                       {QStringLiteral("detail"), summary.detail},
                       {QStringLiteral("counts"), countsJson(summary.counts)},
                       {QStringLiteral("workers"), summary.workers},
                       {QStringLiteral("holdRequested"), summary.holdRequested},
                       {QStringLiteral("previousId"), idValue(summary.previousId)},
                       {QStringLiteral("cycles"), QJsonArray::fromStringList(summary.cycles)}};
    if (summary.holderPid > 0)
        object.insert(QStringLiteral("holder"),
                      QJsonObject{{QStringLiteral("pid"), summary.holderPid},
                                  {QStringLiteral("host"), summary.holderHost}});
    return object;
}

QJsonObject executionToJson(const ExecutionDetail &detail,
                            const std::optional<ExecutionComparison> &comparison)
{
    QJsonObject object = executionToJson(detail.summary);
    QJsonArray modules;
    for (const ExecutionModuleResult &module : detail.modules) {
        QJsonObject row{{QStringLiteral("module"), module.module},
                        {QStringLiteral("version"), module.version},
                        {QStringLiteral("state"), moduleRunStateKey(module.state)},
                        {QStringLiteral("reason"), module.reason},
                        {QStringLiteral("blockedBy"),
                         module.blockedBy.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                    : QJsonValue(module.blockedBy)},
                        {QStringLiteral("worker"), module.worker},
                        {QStringLiteral("startedAt"), timeValue(module.startedAt)},
                        {QStringLiteral("endedAt"), timeValue(module.endedAt)},
                        {QStringLiteral("durationMs"), module.durationMs},
                        {QStringLiteral("compilationId"), idValue(module.compilationId)}};
        if (module.errorId > 0)
            row.insert(QStringLiteral("errorId"), module.errorId);
        modules.append(row);
    }
    object.insert(QStringLiteral("modules"), modules);
    if (comparison) {
        object.insert(QStringLiteral("changes"),
                      QJsonObject{{QStringLiteral("previousId"), comparison->previousId},
                                  {QStringLiteral("newlyFixed"),
                                   QJsonArray::fromStringList(comparison->newlyFixed)},
                                  {QStringLiteral("stillFailing"),
                                   QJsonArray::fromStringList(comparison->stillFailing)},
                                  {QStringLiteral("newlyFailing"),
                                   QJsonArray::fromStringList(comparison->newlyFailing)}});
    }
    return object;
}

// RFC 4180: a field with a comma, a quote or a line break is quoted, its quotes doubled.
static QByteArray csvField(const QString &text)
{
    QByteArray field = text.toUtf8();
    if (field.contains(',') || field.contains('"') || field.contains('\n')
        || field.contains('\r')) {
        field.replace("\"", "\"\"");
        field.prepend('"');
        field.append('"');
    }
    return field;
}

static QString csvId(qint64 id)
{
    return id > 0 ? QString::number(id) : QString();
}

QByteArray executionToCsv(const ExecutionDetail &detail)
{
    const QByteArray lineEnd = "\r\n";
    QByteArray csv = "module,version,state,reason,blockedBy,worker,startedAt,endedAt,durationMs,"
                     "compilationId,errorId"
        + lineEnd;
    for (const ExecutionModuleResult &module : detail.modules) {
        const QStringList fields{module.module,
                                 QString::number(module.version),
                                 moduleRunStateKey(module.state),
                                 module.reason,
                                 module.blockedBy,
                                 module.worker,
                                 isoTimeWithOffset(module.startedAt),
                                 isoTimeWithOffset(module.endedAt),
                                 QString::number(module.durationMs),
                                 csvId(module.compilationId),
                                 csvId(module.errorId)};
        QByteArrayList row;
        for (const QString &field : fields)
            row << csvField(field);
        csv += row.join(',') + lineEnd;
    }
    return csv;
}

Result<void> writeExecutionReport(const QString &path, ReportFormat format,
                                  const ExecutionDetail &detail,
                                  const std::optional<ExecutionComparison> &comparison)
{
    const QByteArray bytes = format == ReportFormat::Csv
        ? executionToCsv(detail)
        : QJsonDocument(executionToJson(detail, comparison)).toJson(QJsonDocument::Indented);
    const QString shown = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    QString reason;
    if (QFileInfo(path).isDir()) {
        reason = QCoreApplication::translate("ExecutionReport", "it is a folder");
    } else {
        QSaveFile file(path);
        if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
            return {};
        reason = file.errorString();
    }
    return makeError(ErrorCode::Failed,
                     QCoreApplication::translate(
                         "ExecutionReport",
                         "Cannot write the report of execution %1 to %2: %3. Choose a file in a "
                         "folder that exists and that you can write to, and check the free disk "
                         "space.")
                         .arg(QString::number(detail.summary.id), shown, reason));
}

} // namespace osc
