#include "commands.h"
#include "output.h"

namespace osc::cli {

namespace {

QString clock(qint64 ms)
{
    const qint64 seconds = (ms + 500) / 1000;
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

// A progress bar on stderr when it is a terminal; nothing otherwise (scripts read
// the final summary, or follow `scctl upgrades` from another process).
class ProgressBar
{
public:
    explicit ProgressBar(bool enabled) : m_enabled(enabled) { }
    ~ProgressBar() { finish(); }

    void show(const StepProgress &progress)
    {
        if (!m_enabled)
            return;
        const ExecutionCounts &counts = progress.counts;
        const int done = counts.total - counts.pending;
        constexpr int width = 30;
        const int filled = counts.total > 0 ? int(qint64(done) * width / counts.total) : width;
        QString line = QStringLiteral("\r[%1%2] %3/%4  failed %5  skipped %6  %7")
                           .arg(QString(filled, u'#'), QString(width - filled, u' '))
                           .arg(done)
                           .arg(counts.total)
                           .arg(counts.failed)
                           .arg(counts.skipped)
                           .arg(clock(progress.elapsedMs));
        if (progress.etaMs > 0)
            line += QStringLiteral("  ETA %1").arg(clock(progress.etaMs));
        if (progress.holdRequested)
            line += QStringLiteral("  (holding)");
        err() << line.leftJustified(m_lastWidth) << Qt::flush;
        m_lastWidth = int(line.size());
        m_shown = true;
    }
    void finish()
    {
        if (m_shown)
            err() << Qt::endl;
        m_shown = false;
    }

private:
    bool m_enabled = false;
    bool m_shown = false;
    int m_lastWidth = 0;
};

// Takes the preparation's own options (--workers) out of the arguments; nullopt
// (after reporting the usage error in *exitCode) when they are wrong or when other
// arguments are left over. Checked before anything runs.
std::optional<int> takeWorkers(Context &context, int *exitCode)
{
    bool missing = false;
    int workers = 0;
    if (const std::optional<QString> text
        = takeOption(context.args, QStringLiteral("--workers"), &missing)) {
        const std::optional<int> count = parsePositive(*text);
        if (!count || *count > 256) {
            *exitCode = usageError(
                context,
                QStringLiteral("--workers takes a number from 1 to 256, not '%1'.").arg(*text));
            return std::nullopt;
        }
        workers = *count;
    }
    if (missing) {
        *exitCode = usageError(context, QStringLiteral("An option is missing its value."));
        return std::nullopt;
    }
    if (!context.args.isEmpty()) {
        *exitCode = usageError(context, unexpected(context.args));
        return std::nullopt;
    }
    return workers;
}

// The exit code of an ended (or held) step: CLI.md's 0, 4 and 1.
int stepExitCode(const ExecutionSummary &summary)
{
    switch (summary.status) {
    case ExecutionStatus::Succeeded:
        return ExitDone;
    case ExecutionStatus::FinishedWithErrors:
        return ExitPartial;
    default:
        return ExitFailed;
    }
}

int reportStep(const Context &context, const ExecutionSummary &summary,
               QJsonObject json = QJsonObject())
{
    if (context.json) {
        json.insert(QStringLiteral("execution"), toJson(summary));
        emitJson(json);
    } else {
        out() << summary.message << u'\n';
        if (!summary.detail.isEmpty())
            out() << summary.detail << u'\n';
        out() << QStringLiteral("Execution %1: %2 (%3 total, %4 succeeded, %5 failed, %6 skipped, "
                                "%7 pending). Details: scctl upgrades %1\n")
                     .arg(summary.id)
                     .arg(executionStatusKey(summary.status))
                     .arg(summary.counts.total)
                     .arg(summary.counts.succeeded)
                     .arg(summary.counts.failed)
                     .arg(summary.counts.skipped)
                     .arg(summary.counts.pending);
        if (summary.status == ExecutionStatus::FinishedWithErrors
            || summary.status == ExecutionStatus::Failed)
            out() << QStringLiteral("Error Log: scctl errors --operation %1 --since %2\n")
                         .arg(summary.kind == ExecutionKind::Preparation
                                  ? QStringLiteral("modules-upgrade")
                                  : QStringLiteral("modules-deployment"),
                              isoTime(summary.startedAt));
        out() << Qt::flush;
    }
    return stepExitCode(summary);
}

int runPreparation(const Context &context, Environment &environment, int workers, bool resume,
                   QJsonObject json = QJsonObject())
{
    ProgressBar bar(!context.json && stderrIsTerminal());
    PreparationOptions options;
    options.user = context.user;
    options.workers = workers;
    options.progressInterval = std::chrono::milliseconds(100);
    options.progress = [&bar](const StepProgress &progress) {
        bar.show(progress);
    };
    Result<ExecutionSummary> summary
        = resume ? environment.resumeStep(options) : environment.prepareModules(options);
    bar.finish();
    if (!summary)
        return report(context, summary.error());
    return reportStep(context, *summary, json);
}

// upgrade-environment --preview: what the upgrade would do; nothing changes.
int printUpgradePreview(Context &context, Environment &environment, const UpgradeRequest &request)
{
    Result<UpgradePreview> preview = environment.upgradePreview(request);
    if (!preview)
        return report(context, preview.error());
    const UpgradeOutcome &plan = preview->plan;
    if (context.json) {
        QJsonArray features;
        for (PlatformFeature feature : std::as_const(preview->newFeatures))
            features << featureKey(feature);
        QJsonArray uses;
        for (const RemovedApiUse &use : std::as_const(preview->removedApiUses)) {
            uses << QJsonObject{{QStringLiteral("module"), use.module},
                                {QStringLiteral("version"), use.version},
                                {QStringLiteral("element"), use.element},
                                {QStringLiteral("api"), use.api},
                                {QStringLiteral("removedIn"), use.removedIn.toString()},
                                {QStringLiteral("advice"), use.advice}};
        }
        emitJson(QJsonObject{
            {QStringLiteral("from"), plan.from.toString()},
            {QStringLiteral("to"), plan.to.toString()},
            {QStringLiteral("systemComponents"), preview->systemComponents},
            {QStringLiteral("systemComponentsInstalled"), plan.systemComponentsInstalled},
            {QStringLiteral("prepare"), plan.prepare},
            {QStringLiteral("noPreparationReason"), plan.noPreparationReason},
            {QStringLiteral("modulesToPrepare"), preview->modulesToPrepare},
            {QStringLiteral("newFeatures"), features},
            {QStringLiteral("removedApiUses"), uses},
            {QStringLiteral("unreadableSources"),
             QJsonArray::fromStringList(preview->unreadableSources)}});
        return ExitDone;
    }
    QTextStream &stream = out();
    stream << QStringLiteral("Preview of the upgrade from %1 to %2 (nothing was changed):\n")
                  .arg(plan.from.toString(), plan.to.toString());
    stream << (plan.systemComponentsInstalled
                   ? QStringLiteral("  System components %1 would be installed.\n")
                   : QStringLiteral("  System components %1 would not be installed "
                                    "(--no-system-components).\n"))
                  .arg(preview->systemComponents);
    if (plan.prepare) {
        stream << QStringLiteral("  The modules preparation would compile %1, without deploying "
                                 "them.\n")
                      .arg(countOf(preview->modulesToPrepare, QStringLiteral("module"),
                                   QStringLiteral("modules")));
    } else {
        stream << QStringLiteral("  No modules preparation: %1\n").arg(plan.noPreparationReason);
    }
    QStringList features;
    for (PlatformFeature feature : std::as_const(preview->newFeatures))
        features << featureKey(feature);
    stream << QStringLiteral("  New features: %1\n")
                  .arg(features.isEmpty() ? QStringLiteral("none")
                                          : features.join(QStringLiteral(", ")));
    stream << QStringLiteral("  Modules calling APIs removed in %1: %2\n")
                  .arg(plan.to.toString())
                  .arg(preview->modulesUsingRemovedApis());
    for (const RemovedApiUse &use : std::as_const(preview->removedApiUses)) {
        stream << QStringLiteral("    %1 (version %2), element '%3': %4, removed in %5 (%6)\n")
                      .arg(use.module)
                      .arg(use.version)
                      .arg(use.element, use.api, use.removedIn.toString(), use.advice);
    }
    if (!preview->unreadableSources.isEmpty()) {
        stream << QStringLiteral("  Source files that could not be read (not checked): %1\n")
                      .arg(preview->unreadableSources.join(QStringLiteral(", ")));
    }
    stream << Qt::flush;
    return ExitDone;
}

} // namespace

int upgradeEnvironmentCommand(Context &context)
{
    bool missing = false;
    const std::optional<QString> to = takeOption(context.args, QStringLiteral("--to"), &missing);
    UpgradeRequest request;
    request.skipPreparation = takeFlag(context.args, QStringLiteral("--skip-preparation"));
    request.installSystemComponents
        = !takeFlag(context.args, QStringLiteral("--no-system-components"));
    const bool preview = takeFlag(context.args, QStringLiteral("--preview"));
    if (missing || !to)
        return usageError(context,
                          QStringLiteral("'upgrade-environment' needs --to VERSION (see 'scctl "
                                         "platforms')."));
    const std::optional<PlatformVersion> version = PlatformVersion::parse(*to);
    if (!version)
        return usageError(
            context,
            QStringLiteral("'%1' is not a platform version (MAJOR.MINOR.PATCH).").arg(*to));
    request.to = *version;
    int exitCode = ExitDone;
    const std::optional<int> workers = takeWorkers(context, &exitCode);
    if (!workers)
        return exitCode;
    Result<std::unique_ptr<Environment>> environment = openEnvironment(context);
    if (!environment)
        return report(context, environment.error());
    if (preview)
        return printUpgradePreview(context, **environment, request);
    Result<UpgradeOutcome> upgraded = (*environment)->upgradePlatform(request, context.user);
    if (!upgraded)
        return report(context, upgraded.error());
    QJsonObject json{
        {QStringLiteral("from"), upgraded->from.toString()},
        {QStringLiteral("to"), upgraded->to.toString()},
        {QStringLiteral("systemComponentsInstalled"), upgraded->systemComponentsInstalled}};
    if (!context.json) {
        out() << QStringLiteral("Upgraded the platform from %1 to %2%3.\n")
                     .arg(upgraded->from.toString(), upgraded->to.toString(),
                          upgraded->systemComponentsInstalled
                              ? QStringLiteral(" and installed its system components")
                              : QStringLiteral(" (system components not installed)"))
              << Qt::flush;
    }
    if (!upgraded->prepare) {
        if (context.json) {
            json.insert(QStringLiteral("execution"), QJsonValue(QJsonValue::Null));
            json.insert(QStringLiteral("noPreparationReason"), upgraded->noPreparationReason);
            emitJson(json);
        } else {
            out() << upgraded->noPreparationReason << u'\n' << Qt::flush;
        }
        return ExitDone;
    }
    return runPreparation(context, **environment, *workers, false, json);
}

int installSystemComponentsCommand(Context &context)
{
    if (!context.args.isEmpty())
        return usageError(context, unexpected(context.args));
    Result<std::unique_ptr<Environment>> environment = openEnvironment(context);
    if (!environment)
        return report(context, environment.error());
    Result<QString> installed = (*environment)->installSystemComponents(context.user);
    if (!installed)
        return report(context, installed.error());
    if (context.json)
        emitJson(QJsonObject{{QStringLiteral("systemComponentsVersion"), *installed}});
    else
        out() << QStringLiteral("Installed system components %1.\n").arg(*installed) << Qt::flush;
    return ExitDone;
}

// upgrade-published-applications and resume: the same run, new or resumed.
static int preparationCommand(Context &context, bool resume)
{
    int exitCode = ExitDone;
    const std::optional<int> workers = takeWorkers(context, &exitCode);
    if (!workers)
        return exitCode;
    Result<std::unique_ptr<Environment>> environment = openEnvironment(context);
    if (!environment)
        return report(context, environment.error());
    return runPreparation(context, **environment, *workers, resume);
}

int upgradePublishedApplicationsCommand(Context &context)
{
    return preparationCommand(context, false);
}

int holdCommand(Context &context)
{
    if (!context.args.isEmpty())
        return usageError(context, unexpected(context.args));
    Result<std::unique_ptr<Environment>> environment = openEnvironment(context);
    if (!environment)
        return report(context, environment.error());
    Result<ExecutionSummary> held = (*environment)->holdStep(context.user);
    if (!held)
        return report(context, held.error());
    if (context.json) {
        emitJson(QJsonObject{{QStringLiteral("execution"), toJson(*held)}});
    } else if (held->status == ExecutionStatus::OnHold) {
        out()
            << QStringLiteral("The modules preparation (execution %1) is on hold.\n").arg(held->id)
            << Qt::flush;
    } else {
        out() << QStringLiteral("Asked the modules preparation (execution %1) to hold: process %2 "
                                "on %3 finishes the modules it is compiling, then holds.\n")
                     .arg(held->id)
                     .arg(held->holderPid)
                     .arg(held->holderHost)
              << Qt::flush;
    }
    return ExitDone;
}

int resumeCommand(Context &context)
{
    return preparationCommand(context, true);
}

int deployPreparedApplicationsCommand(Context &context)
{
    int exitCode = ExitDone;
    const std::optional<int> workers = takeWorkers(context, &exitCode);
    if (!workers)
        return exitCode;
    Result<std::unique_ptr<Environment>> environment = openEnvironment(context);
    if (!environment)
        return report(context, environment.error());
    // What will run, and why, before it runs.
    Result<DeploymentPlan> plan = (*environment)->deploymentPlan();
    if (!plan)
        return report(context, plan.error());
    QJsonObject json;
    if (context.json) {
        json.insert(QStringLiteral("plan"),
                    QJsonObject{{QStringLiteral("summary"), plan->summary()},
                                {QStringLiteral("deploy"), plan->deployCount()},
                                {QStringLiteral("resumes"), plan->resumes},
                                {QStringLiteral("rerunOf"), plan->rerunOf}});
    } else {
        out() << plan->summary() << u'\n' << Qt::flush;
    }
    ProgressBar bar(!context.json && stderrIsTerminal());
    StepOptions options;
    options.user = context.user;
    options.workers = *workers;
    options.progressInterval = std::chrono::milliseconds(100);
    options.progress = [&bar](const StepProgress &progress) {
        bar.show(progress);
    };
    Result<ExecutionSummary> summary = (*environment)->deployPreparedModules(options);
    bar.finish();
    if (!summary)
        return report(context, summary.error());
    return reportStep(context, *summary, json);
}

} // namespace osc::cli
