#include "output.h"

#include <QRegularExpression>
#include <QStringList>

namespace osc::cli {

QString isoTime(const QDateTime &time)
{
    return isoTimeWithOffset(time);
}

static QJsonValue timeValue(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(isoTime(time)) : QJsonValue(QJsonValue::Null);
}

static QString errorCodeKey(ErrorCode code)
{
    switch (code) {
    case ErrorCode::BadInput:
        return QStringLiteral("bad-input");
    case ErrorCode::NotFound:
        return QStringLiteral("not-found");
    case ErrorCode::Locked:
        return QStringLiteral("locked");
    case ErrorCode::Failed:
        return QStringLiteral("failed");
    case ErrorCode::Conflict:
        return QStringLiteral("conflict");
    case ErrorCode::Environment:
        return QStringLiteral("environment");
    case ErrorCode::Internal:
        return QStringLiteral("internal");
    }
    return QStringLiteral("internal");
}

QJsonObject toJson(const EnvironmentInfo &info)
{
    QJsonObject counts;
    for (ModuleStatus status : allModuleStatuses())
        counts.insert(statusKey(status), info.countsByStatus.value(status));
    return QJsonObject{
        {QStringLiteral("dataDir"), info.dataDir},
        {QStringLiteral("platformVersion"), info.platformVersion.toString()},
        {QStringLiteral("systemComponentsVersion"), info.systemComponentsVersion},
        {QStringLiteral("createdAt"), timeValue(info.createdAt)},
        {QStringLiteral("moduleCount"), info.moduleCount},
        {QStringLiteral("modulesByStatus"), counts},
        {QStringLiteral("upgradeStep"),
         info.lastStep ? QJsonValue(toJson(*info.lastStep)) : QJsonValue(QJsonValue::Null)}};
}

QJsonObject toJson(const ExecutionSummary &summary)
{
    return executionToJson(summary);
}

QJsonObject toJson(const ExecutionDetail &detail,
                   const std::optional<ExecutionComparison> &comparison)
{
    return executionToJson(detail, comparison);
}

QJsonObject toJson(const ModuleSummary &summary)
{
    return QJsonObject{{QStringLiteral("name"), summary.name},
                       {QStringLiteral("application"), summary.application},
                       {QStringLiteral("status"), statusKey(summary.status)},
                       {QStringLiteral("latestVersion"), summary.latestVersion},
                       {QStringLiteral("runningVersion"),
                        summary.runningVersion > 0 ? QJsonValue(summary.runningVersion)
                                                   : QJsonValue(QJsonValue::Null)},
                       {QStringLiteral("lastPublishedAt"), timeValue(summary.lastPublishedAt)},
                       {QStringLiteral("producerCount"), summary.producerCount},
                       {QStringLiteral("consumerCount"), summary.consumerCount}};
}

QJsonObject toJson(const ModuleDetail &detail)
{
    QJsonObject object = toJson(detail.summary);
    object.insert(QStringLiteral("statusMessage"), detail.statusMessage);
    if (detail.reason != NotUpgradedReason::None)
        object.insert(QStringLiteral("reason"), reasonKey(detail.reason));
    if (!detail.blockedBy.isEmpty())
        object.insert(QStringLiteral("blockedBy"), detail.blockedBy);

    QJsonArray versions;
    for (const ModuleVersionInfo &version : detail.versions)
        versions.append(QJsonObject{{QStringLiteral("number"), version.number},
                                    {QStringLiteral("uploadedAt"), timeValue(version.uploadedAt)},
                                    {QStringLiteral("uploadedBy"), version.uploadedBy},
                                    {QStringLiteral("sourceHash"), version.sourceHash},
                                    {QStringLiteral("sourceBytes"), version.sourceBytes},
                                    {QStringLiteral("running"), version.running}});
    object.insert(QStringLiteral("versions"), versions);
    object.insert(QStringLiteral("producers"), QJsonArray::fromStringList(detail.producers));
    object.insert(QStringLiteral("consumers"), QJsonArray::fromStringList(detail.consumers));

    QJsonArray compilations;
    for (const CompilationInfo &compilation : detail.compilations)
        compilations.append(QJsonObject{
            {QStringLiteral("id"), compilation.id},
            {QStringLiteral("moduleVersion"), compilation.moduleVersion},
            {QStringLiteral("platformVersion"), compilation.platformVersion.toString()},
            {QStringLiteral("result"),
             compilation.succeeded ? QStringLiteral("succeeded") : QStringLiteral("failed")},
            {QStringLiteral("finishedAt"), timeValue(compilation.finishedAt)},
            {QStringLiteral("durationMs"), compilation.durationMs},
            {QStringLiteral("artifactBytes"), compilation.artifactBytes},
            {QStringLiteral("diagnostics"), QJsonArray::fromStringList(compilation.diagnostics)}});
    object.insert(QStringLiteral("compilations"), compilations);

    if (detail.deployment) {
        const DeploymentInfo &deployment = *detail.deployment;
        object.insert(
            QStringLiteral("deployment"),
            QJsonObject{{QStringLiteral("compilationId"), deployment.compilationId},
                        {QStringLiteral("moduleVersion"), deployment.moduleVersion},
                        {QStringLiteral("platformVersion"), deployment.platformVersion.toString()},
                        {QStringLiteral("deployedAt"), timeValue(deployment.deployedAt)},
                        {QStringLiteral("deployedBy"), deployment.deployedBy},
                        {QStringLiteral("runningPath"), deployment.runningPath}});
    } else {
        object.insert(QStringLiteral("deployment"), QJsonValue(QJsonValue::Null));
    }

    QJsonArray settings;
    for (const Setting &setting : detail.settings)
        settings.append(QJsonObject{{QStringLiteral("name"), setting.name},
                                    {QStringLiteral("type"), setting.type},
                                    {QStringLiteral("value"), setting.defaultValue}});
    object.insert(QStringLiteral("settings"), settings);
    return object;
}

QJsonObject toJson(const ImportReport &report)
{
    return QJsonObject{{QStringLiteral("created"), QJsonArray::fromStringList(report.created)},
                       {QStringLiteral("updated"), QJsonArray::fromStringList(report.updated)},
                       {QStringLiteral("unchanged"), QJsonArray::fromStringList(report.unchanged)}};
}

QJsonObject toJson(const PublishOutcome &outcome)
{
    return QJsonObject{{QStringLiteral("operation"), QStringLiteral("1-Click Publish")},
                       {QStringLiteral("module"), outcome.module},
                       {QStringLiteral("version"), outcome.version},
                       {QStringLiteral("compilationId"), outcome.compilationId},
                       {QStringLiteral("durationMs"), outcome.durationMs},
                       {QStringLiteral("artifactBytes"), outcome.artifactBytes},
                       {QStringLiteral("result"), QStringLiteral("succeeded")}};
}

QJsonObject toJson(const CompilerProfile &profile, const PlatformVersion &current)
{
    QJsonArray features;
    for (PlatformFeature feature : profile.features)
        features.append(featureKey(feature));
    QStringList apis = profile.apis.keys();
    apis.sort();
    QStringList removed = profile.removedApis.keys();
    removed.sort();
    return QJsonObject{{QStringLiteral("version"), profile.version.toString()},
                       {QStringLiteral("current"), profile.version == current},
                       {QStringLiteral("systemComponentsVersion"), profile.systemComponentsVersion},
                       {QStringLiteral("features"), features},
                       {QStringLiteral("apis"), QJsonArray::fromStringList(apis)},
                       {QStringLiteral("removedApis"), QJsonArray::fromStringList(removed)}};
}

QJsonObject toJson(const Error &error)
{
    QJsonObject object{{QStringLiteral("code"), errorCodeKey(error.code)},
                       {QStringLiteral("message"), error.message}};
    if (!error.detail.isEmpty())
        object.insert(QStringLiteral("detail"), error.detail);
    return QJsonObject{{QStringLiteral("error"), object}};
}

QString toText(const EnvironmentInfo &info)
{
    QStringList lines;
    lines << QStringLiteral("Environment:        %1").arg(info.dataDir)
          << QStringLiteral("Platform version:   %1").arg(info.platformVersion.toString())
          << QStringLiteral("System components:  %1").arg(info.systemComponentsVersion)
          << QStringLiteral("Created:            %1").arg(isoTime(info.createdAt))
          << QStringLiteral("Modules:            %1").arg(info.moduleCount);
    for (ModuleStatus status : allModuleStatuses()) {
        if (const int count = info.countsByStatus.value(status))
            lines << QStringLiteral("  %1 %2").arg(statusKey(status) + u':', -18).arg(count);
    }
    if (!info.lastStep) {
        lines << QStringLiteral("Upgrade step:       none");
    } else {
        const ExecutionSummary &step = *info.lastStep;
        lines << QStringLiteral("Upgrade step:       %1 %2 for %3, %4 (%5 of %6 done, %7 failed, "
                                "%8 skipped)")
                     .arg(executionKindKey(step.kind))
                     .arg(step.id)
                     .arg(step.platformVersion.toString(), executionStatusKey(step.status))
                     .arg(step.counts.total - step.counts.pending)
                     .arg(step.counts.total)
                     .arg(step.counts.failed)
                     .arg(step.counts.skipped);
        if (!step.message.isEmpty())
            lines << QStringLiteral("                    %1").arg(step.message);
    }
    return lines.join(u'\n') + u'\n';
}

static QString duration(qint64 ms)
{
    if (ms < 1000)
        return QStringLiteral("%1 ms").arg(ms);
    const qint64 seconds = ms / 1000;
    if (seconds < 60)
        return QStringLiteral("%1 s").arg(double(ms) / 1000.0, 0, 'f', 1);
    if (seconds < 3600)
        return QStringLiteral("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return QStringLiteral("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
}

QString toText(const QList<ExecutionSummary> &executions)
{
    if (executions.isEmpty())
        return QStringLiteral("No upgrade step has run in this environment.\n");
    QStringList lines;
    const QString row = QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8  %9");
    lines << row.arg(QStringLiteral("ID"), 4)
                 .arg(QStringLiteral("KIND"), -11)
                 .arg(QStringLiteral("PLATFORM"), -8)
                 .arg(QStringLiteral("STATUS"), -20)
                 .arg(QStringLiteral("STARTED BY"), -16)
                 .arg(QStringLiteral("START"), -25)
                 .arg(QStringLiteral("END"), -25)
                 .arg(QStringLiteral("DURATION"), 12)
                 .arg(QStringLiteral("TOTAL  OK  FAILED  SKIPPED"));
    for (const ExecutionSummary &step : executions) {
        lines << row.arg(step.id, 4)
                     .arg(executionKindKey(step.kind), -11)
                     .arg(step.platformVersion.toString(), -8)
                     .arg(executionStatusKey(step.status), -20)
                     .arg(step.startedBy, -16)
                     .arg(isoTime(step.startedAt), -25)
                     .arg(step.endedAt.isValid() ? isoTime(step.endedAt) : QStringLiteral("-"), -25)
                     .arg(duration(step.durationMs()), 12)
                     .arg(QStringLiteral("%1  %2  %3  %4")
                              .arg(step.counts.total, 5)
                              .arg(step.counts.succeeded, 3)
                              .arg(step.counts.failed, 6)
                              .arg(step.counts.skipped, 7));
    }
    return lines.join(u'\n').replace(QRegularExpression(QStringLiteral(" +\n")),
                                     QStringLiteral("\n"))
        + u'\n';
}

// "  Newly fixed (2):     A, B", or "  Newly failing:       none".
static QString changeLine(const QString &label, const QStringList &modules)
{
    const QString head = modules.isEmpty()
        ? label + u':'
        : QStringLiteral("%1 (%2):").arg(label).arg(modules.size());
    return QStringLiteral("  %1 %2").arg(head, -20).arg(
        modules.isEmpty() ? QStringLiteral("none") : modules.join(QStringLiteral(", ")));
}

QString toText(const ExecutionDetail &detail, const std::optional<ExecutionComparison> &comparison)
{
    const ExecutionSummary &step = detail.summary;
    QStringList lines;
    lines << QStringLiteral("Execution %1: %2 for platform version %3")
                 .arg(step.id)
                 .arg(executionKindKey(step.kind), step.platformVersion.toString())
          << QStringLiteral("Status:      %1").arg(executionStatusKey(step.status))
          << QStringLiteral("Started by:  %1 at %2").arg(step.startedBy, isoTime(step.startedAt))
          << QStringLiteral("Ended:       %1")
                 .arg(step.endedAt.isValid() ? isoTime(step.endedAt) : QStringLiteral("-"))
          << QStringLiteral("Duration:    %1").arg(duration(step.durationMs()))
          << QStringLiteral(
                 "Modules:     %1 total, %2 succeeded, %3 failed, %4 skipped, %5 pending")
                 .arg(step.counts.total)
                 .arg(step.counts.succeeded)
                 .arg(step.counts.failed)
                 .arg(step.counts.skipped)
                 .arg(step.counts.pending)
          << QStringLiteral("Workers:     %1").arg(step.workers);
    if (step.previousId > 0)
        lines << QStringLiteral("Re-run of:   execution %1").arg(step.previousId);
    for (const QString &cycle : step.cycles)
        lines << QStringLiteral("Cycle:       %1 (prepared together)").arg(cycle);
    if (!step.message.isEmpty())
        lines << QStringLiteral("Outcome:     %1").arg(step.message);
    if (!step.detail.isEmpty())
        lines << QStringLiteral("Cause:       %1").arg(step.detail);
    if (comparison) {
        lines << QString()
              << QStringLiteral("Changes since execution %1:").arg(comparison->previousId)
              << changeLine(QStringLiteral("Newly fixed"), comparison->newlyFixed)
              << changeLine(QStringLiteral("Still failing"), comparison->stillFailing)
              << changeLine(QStringLiteral("Newly failing"), comparison->newlyFailing);
    }
    if (!detail.modules.isEmpty()) {
        int nameWidth = 6;
        for (const ExecutionModuleResult &module : detail.modules)
            nameWidth = std::max(nameWidth, int(module.module.size()));
        lines << QString()
              << QStringLiteral("%1  %2  %3  %4  %5")
                     .arg(QStringLiteral("MODULE"), -nameWidth)
                     .arg(QStringLiteral("VERSION"), 7)
                     .arg(QStringLiteral("STATE"), -9)
                     .arg(QStringLiteral("DURATION"), 10)
                     .arg(QStringLiteral("REASON"));
        for (const ExecutionModuleResult &module : detail.modules) {
            // The Error Log entry's id, as `scctl errors` shows it.
            QString reason = module.reason;
            if (module.errorId > 0)
                reason += QStringLiteral(" (error #%1)").arg(module.errorId);
            lines << QStringLiteral("%1  %2  %3  %4  %5")
                         .arg(module.module, -nameWidth)
                         .arg(module.version, 7)
                         .arg(moduleRunStateKey(module.state), -9)
                         .arg(module.durationMs > 0 ? duration(module.durationMs) : QString(), 10)
                         .arg(reason.trimmed())
                         .trimmed();
        }
    }
    return lines.join(u'\n') + u'\n';
}

QString toText(const QList<ModuleSummary> &modules)
{
    int nameWidth = 4;
    for (const ModuleSummary &summary : modules)
        nameWidth = std::max(nameWidth, int(summary.name.size()));
    QStringList lines;
    lines << QStringLiteral("%1  %2  %3  %4  %5")
                 .arg(QStringLiteral("NAME"), -nameWidth)
                 .arg(QStringLiteral("STATUS"), -15)
                 .arg(QStringLiteral("RUNNING"), 7)
                 .arg(QStringLiteral("LATEST"), 6)
                 .arg(QStringLiteral("APPLICATION"));
    for (const ModuleSummary &summary : modules)
        lines << QStringLiteral("%1  %2  %3  %4  %5")
                     .arg(summary.name, -nameWidth)
                     .arg(statusKey(summary.status), -15)
                     .arg(summary.runningVersion > 0 ? QString::number(summary.runningVersion)
                                                     : QStringLiteral("-"),
                          7)
                     .arg(summary.latestVersion, 6)
                     .arg(summary.application);
    return lines.join(u'\n') + u'\n';
}

QString toText(const ModuleDetail &detail)
{
    const ModuleSummary &summary = detail.summary;
    QStringList lines;
    lines << QStringLiteral("Module:       %1").arg(summary.name)
          << QStringLiteral("Application:  %1").arg(summary.application)
          << QStringLiteral("Status:       %1").arg(statusKey(summary.status));
    if (!detail.statusMessage.isEmpty())
        lines << QStringLiteral("              %1").arg(detail.statusMessage);
    if (detail.reason != NotUpgradedReason::None)
        lines << QStringLiteral("Reason:       %1").arg(reasonKey(detail.reason));
    if (!detail.blockedBy.isEmpty())
        lines << QStringLiteral("Blocked by:   %1").arg(detail.blockedBy);
    lines << QStringLiteral("Running:      %1")
                 .arg(detail.deployment ? QStringLiteral("version %1 for %2, deployed %3 by %4")
                                              .arg(detail.deployment->moduleVersion)
                                              .arg(detail.deployment->platformVersion.toString(),
                                                   isoTime(detail.deployment->deployedAt),
                                                   detail.deployment->deployedBy)
                                        : QStringLiteral("never published"));
    lines << QStringLiteral("Producers:    %1")
                 .arg(detail.producers.isEmpty() ? QStringLiteral("-")
                                                 : detail.producers.join(QStringLiteral(", ")));
    lines << QStringLiteral("Consumers:    %1")
                 .arg(detail.consumers.isEmpty() ? QStringLiteral("-")
                                                 : detail.consumers.join(QStringLiteral(", ")));
    lines << QString() << QStringLiteral("Versions:");
    for (const ModuleVersionInfo &version : detail.versions)
        lines << QStringLiteral("  %1%2  uploaded %3 by %4, %5 bytes")
                     .arg(version.number, 4)
                     .arg(version.running ? QStringLiteral(" (running)") : QString(),
                          isoTime(version.uploadedAt), version.uploadedBy)
                     .arg(version.sourceBytes);
    lines << QString() << QStringLiteral("Compilations:");
    if (detail.compilations.isEmpty())
        lines << QStringLiteral("  none");
    for (const CompilationInfo &compilation : detail.compilations) {
        lines << QStringLiteral("  #%1  version %2 for %3: %4, %5 ms, %6")
                     .arg(compilation.id)
                     .arg(compilation.moduleVersion)
                     .arg(compilation.platformVersion.toString(),
                          compilation.succeeded ? QStringLiteral("succeeded")
                                                : QStringLiteral("failed"))
                     .arg(compilation.durationMs)
                     .arg(isoTime(compilation.finishedAt));
        for (const QString &diagnostic : compilation.diagnostics)
            lines << QStringLiteral("      %1").arg(diagnostic);
    }
    if (!detail.settings.isEmpty()) {
        lines << QString() << QStringLiteral("Settings:");
        for (const Setting &setting : detail.settings)
            lines << QStringLiteral("  %1 (%2) = %3")
                         .arg(setting.name, setting.type, setting.defaultValue);
    }
    return lines.join(u'\n') + u'\n';
}

QString toText(const ImportReport &report)
{
    QStringList lines;
    for (const QString &name : report.created)
        lines << QStringLiteral("created    %1").arg(name);
    for (const QString &name : report.updated)
        lines << QStringLiteral("updated    %1").arg(name);
    for (const QString &name : report.unchanged)
        lines << QStringLiteral("unchanged  %1").arg(name);
    lines << QStringLiteral("%1 created, %2 updated, %3 unchanged")
                 .arg(report.created.size())
                 .arg(report.updated.size())
                 .arg(report.unchanged.size());
    return lines.join(u'\n') + u'\n';
}

QJsonObject toJson(const DeleteOutcome &outcome)
{
    return QJsonObject{
        {QStringLiteral("operation"), operationName(OperationKind::DeleteModule)},
        {QStringLiteral("module"), outcome.module},
        {QStringLiteral("brokenConsumers"), QJsonArray::fromStringList(outcome.brokenConsumers)},
        {QStringLiteral("result"), QStringLiteral("succeeded")}};
}

QJsonObject toJson(const ApplySettingsOutcome &outcome)
{
    QJsonObject applied;
    for (auto it = outcome.applied.cbegin(); it != outcome.applied.cend(); ++it)
        applied.insert(it.key(), it.value());
    return QJsonObject{
        {QStringLiteral("operation"), operationName(OperationKind::ConfigurationUpdate)},
        {QStringLiteral("module"), outcome.module},
        {QStringLiteral("settings"), applied},
        {QStringLiteral("redeployed"), outcome.redeployed},
        {QStringLiteral("result"), QStringLiteral("succeeded")}};
}

QJsonObject toJson(const ModuleLock &lock)
{
    return QJsonObject{
        {QStringLiteral("module"), lock.module},
        {QStringLiteral("operationId"), lock.operationId},
        {QStringLiteral("operation"), operationName(lock.kind)},
        {QStringLiteral("operationKey"), operationKey(lock.kind)},
        {QStringLiteral("user"), lock.user},
        {QStringLiteral("since"), timeValue(lock.startedAt)},
        {QStringLiteral("holderPid"), lock.holderPid},
        {QStringLiteral("holderHost"), lock.holderHost},
        {QStringLiteral("leaseExpires"), timeValue(lock.leaseExpiresAt)},
        {QStringLiteral("stale"), lock.leaseExpiresAt < QDateTime::currentDateTimeUtc()},
        {QStringLiteral("fence"), lock.fence}};
}

QJsonObject toJson(const ErrorLogEntry &entry)
{
    return QJsonObject{{QStringLiteral("id"), entry.id},
                       {QStringLiteral("instant"), timeValue(entry.instant)},
                       {QStringLiteral("module"), entry.module},
                       {QStringLiteral("moduleVersion"), entry.moduleVersion},
                       {QStringLiteral("operationId"), entry.operationId},
                       {QStringLiteral("operation"), entry.operation},
                       {QStringLiteral("step"), entry.step},
                       {QStringLiteral("message"), entry.message},
                       {QStringLiteral("detail"), entry.detail},
                       {QStringLiteral("server"), entry.server},
                       {QStringLiteral("processId"), entry.processId},
                       {QStringLiteral("thread"), entry.thread},
                       {QStringLiteral("platformVersion"), entry.platformVersion}};
}

QJsonObject toJson(const GeneralLogEntry &entry)
{
    return QJsonObject{{QStringLiteral("id"), entry.id},
                       {QStringLiteral("instant"), timeValue(entry.instant)},
                       {QStringLiteral("operationId"), entry.operationId},
                       {QStringLiteral("operation"), entry.operation},
                       {QStringLiteral("user"), entry.user},
                       {QStringLiteral("module"), entry.module},
                       {QStringLiteral("event"), entry.event},
                       {QStringLiteral("message"), entry.message},
                       {QStringLiteral("server"), entry.server},
                       {QStringLiteral("processId"), entry.processId}};
}

QJsonObject toJson(const ConfigEntry &entry)
{
    return QJsonObject{{QStringLiteral("key"), entry.key},
                       {QStringLiteral("value"), entry.value},
                       {QStringLiteral("default"), entry.defaultValue},
                       {QStringLiteral("isDefault"), entry.isDefault},
                       {QStringLiteral("description"), entry.description}};
}

QString toText(const QList<ModuleLock> &locks)
{
    if (locks.isEmpty())
        return QStringLiteral("No module is locked.\n");
    QString text = QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                       .arg(QStringLiteral("MODULE"), -24)
                       .arg(QStringLiteral("OPERATION"), -20)
                       .arg(QStringLiteral("USER"), -16)
                       .arg(QStringLiteral("SINCE"), -25)
                       .arg(QStringLiteral("HOLDER"), -24)
                       .arg(QStringLiteral("LEASE EXPIRES"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const ModuleLock &lock : locks) {
        text += QStringLiteral("%1  %2  %3  %4  %5  %6%7\n")
                    .arg(lock.module, -24)
                    .arg(operationName(lock.kind) + QStringLiteral(" #%1").arg(lock.operationId),
                         -20)
                    .arg(lock.user, -16)
                    .arg(isoTime(lock.startedAt), -25)
                    .arg(QStringLiteral("%1 on %2").arg(lock.holderPid).arg(lock.holderHost), -24)
                    .arg(isoTime(lock.leaseExpiresAt),
                         lock.leaseExpiresAt < now ? QStringLiteral(" (stale)") : QString());
    }
    return text;
}

QString toText(const QList<ErrorLogEntry> &entries)
{
    if (entries.isEmpty())
        return QStringLiteral("No Error Log entries match.\n");
    QString text;
    for (const ErrorLogEntry &entry : entries) {
        text
            += QStringLiteral("#%1  %2  %3  %4%5\n")
                   .arg(entry.id)
                   .arg(isoTime(entry.instant),
                        entry.module.isEmpty() ? QStringLiteral("-") : entry.module,
                        entry.operation
                            + (entry.operationId ? QStringLiteral(" #%1").arg(entry.operationId)
                                                 : QString()),
                        entry.step.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(entry.step));
        text += QStringLiteral("    ") + entry.message + u'\n';
        if (!entry.detail.isEmpty()) {
            for (const QString &line : entry.detail.split(u'\n'))
                text += QStringLiteral("      ") + line + u'\n';
        }
    }
    return text;
}

QString toText(const QList<GeneralLogEntry> &entries)
{
    if (entries.isEmpty())
        return QStringLiteral("No General log entries match.\n");
    QString text;
    for (const GeneralLogEntry &entry : entries) {
        text += QStringLiteral("#%1  %2  %3  %4  %5  %6\n")
                    .arg(entry.id)
                    .arg(isoTime(entry.instant))
                    .arg(entry.event, -11)
                    .arg(entry.operation
                             + (entry.operationId ? QStringLiteral(" #%1").arg(entry.operationId)
                                                  : QString()),
                         -24)
                    .arg(entry.user, -12)
                    .arg(entry.message);
    }
    return text;
}

QString toText(const QList<ConfigEntry> &entries)
{
    QString text;
    for (const ConfigEntry &entry : entries) {
        text += QStringLiteral("%1 = %2%3\n    %4\n")
                    .arg(entry.key, entry.value.isEmpty() ? QStringLiteral("(empty)") : entry.value,
                         entry.isDefault ? QStringLiteral("  (default)") : QString(),
                         entry.description);
    }
    return text;
}

} // namespace osc::cli
