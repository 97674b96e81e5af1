#include "commands.h"
#include "output.h"

#include <QCoreApplication>

#include <algorithm>

namespace osc::cli {

namespace {

// --wait-lock SECONDS, taken from the arguments; reports its own usage errors.
struct WaitOption
{
    bool ok = true;
    int exitCode = ExitDone;
    std::chrono::milliseconds wait{0};
};

WaitOption takeWaitLock(Context &context, bool *missing)
{
    WaitOption option;
    const std::optional<QString> text
        = takeOption(context.args, QStringLiteral("--wait-lock"), missing);
    if (!text)
        return option;
    bool ok = false;
    const double seconds = text->toDouble(&ok);
    if (!ok || seconds < 0 || seconds > 86400) {
        option.ok = false;
        option.exitCode = usageError(context,
                                     QStringLiteral("--wait-lock takes a number of seconds "
                                                    "from 0 to 86400, not '%1'.")
                                         .arg(*text));
        return option;
    }
    option.wait = std::chrono::milliseconds(qint64(seconds * 1000));
    return option;
}

OperationOptions operationOptions(const Context &context, std::chrono::milliseconds wait)
{
    OperationOptions options;
    options.user = context.user;
    options.waitLock = wait;
    const qint64 seconds = std::chrono::duration_cast<std::chrono::seconds>(wait).count();
    options.waiting = [seconds](const LockRefusal &refusal) {
        err() << QStringLiteral("Waiting up to %1 s for the lock: %2")
                     .arg(seconds)
                     .arg(refusal.message)
              << Qt::endl;
    };
    return options;
}

} // namespace

int publishCommand(Context &context)
{
    bool missing = false;
    const std::optional<QString> versionText
        = takeOption(context.args, QStringLiteral("--version"), &missing);
    const WaitOption wait = takeWaitLock(context, &missing);
    if (!wait.ok)
        return wait.exitCode;
    if (missing)
        return usageError(context, QStringLiteral("An option is missing its value."));
    if (context.args.isEmpty())
        return usageError(context, QStringLiteral("'publish' needs a module name."));
    int version = 0;
    if (versionText) {
        const std::optional<int> parsed = parsePositive(*versionText);
        if (!parsed)
            return usageError(context,
                              QStringLiteral("--version takes a version number (1, 2, "
                                             "…), not '%1'.")
                                  .arg(*versionText));
        if (context.args.size() > 1)
            return usageError(context,
                              QStringLiteral("--version applies to one module; a "
                                             "Solution publish uses each module's "
                                             "latest version."));
        version = *parsed;
    }
    QList<PublishTarget> targets;
    for (const QString &name : std::as_const(context.args))
        targets << PublishTarget{name, version};

    Result<std::unique_ptr<Environment>> environment = openEnvironment(context);
    if (!environment)
        return report(context, environment.error());
    Result<QList<PublishOutcome>> outcomes
        = (*environment)->publish(targets, operationOptions(context, wait.wait));
    if (!outcomes)
        return report(context, outcomes.error());
    if (context.json) {
        if (outcomes->size() == 1) {
            emitJson(toJson(outcomes->constFirst()));
        } else {
            QJsonArray published;
            for (const PublishOutcome &outcome : std::as_const(*outcomes))
                published.append(toJson(outcome));
            emitJson(QJsonObject{
                {QStringLiteral("operation"), operationName(OperationKind::SolutionPublish)},
                {QStringLiteral("published"), published}});
        }
        return ExitDone;
    }
    for (const PublishOutcome &outcome : std::as_const(*outcomes)) {
        out() << QStringLiteral("Published %1 version %2 on platform %3 in %4 ms.\n")
                     .arg(outcome.module)
                     .arg(outcome.version)
                     .arg((*environment)->platformVersion().toString())
                     .arg(outcome.durationMs);
    }
    out() << Qt::flush;
    return ExitDone;
}

int deleteCommand(Context &context)
{
    bool missing = false;
    const WaitOption wait = takeWaitLock(context, &missing);
    if (!wait.ok)
        return wait.exitCode;
    const bool force = takeFlag(context.args, QStringLiteral("--force"));
    if (missing)
        return usageError(context, QStringLiteral("An option is missing its value."));
    if (context.args.size() != 1)
        return usageError(context, QStringLiteral("'delete' takes one module name."));
    Result<std::unique_ptr<Environment>> environment = openEnvironment(context);
    if (!environment)
        return report(context, environment.error());
    Result<DeleteOutcome> outcome = (*environment)
                                        ->deleteModule(context.args.constFirst(), force,
                                                       operationOptions(context, wait.wait));
    if (!outcome && outcome.error().code == ErrorCode::Conflict) {
        Error error = outcome.error();
        error.detail = QStringLiteral("Run 'scctl delete %1 --force' to delete it anyway.")
                           .arg(context.args.constFirst());
        return report(context, error);
    }
    if (!outcome)
        return report(context, outcome.error());
    if (context.json) {
        emitJson(toJson(*outcome));
        return ExitDone;
    }
    out() << QStringLiteral("Deleted %1.\n").arg(outcome->module);
    if (!outcome->brokenConsumers.isEmpty())
        out() << QStringLiteral("These modules still reference it and are now broken: %1\n")
                     .arg(outcome->brokenConsumers.join(QStringLiteral(", ")));
    out() << Qt::flush;
    return ExitDone;
}

int applySettingsCommand(Context &context)
{
    bool missing = false;
    const WaitOption wait = takeWaitLock(context, &missing);
    if (!wait.ok)
        return wait.exitCode;
    if (missing)
        return usageError(context, QStringLiteral("An option is missing its value."));
    if (context.args.size() < 2)
        return usageError(context,
                          QStringLiteral("'apply-settings' takes a module name and KEY=VALUE..."));
    const QString module = context.args.takeFirst();
    QMap<QString, QString> values;
    for (const QString &pair : std::as_const(context.args)) {
        const qsizetype equals = pair.indexOf(u'=');
        if (equals <= 0)
            return usageError(context, QStringLiteral("'%1' is not KEY=VALUE.").arg(pair));
        values.insert(pair.left(equals), pair.mid(equals + 1));
    }
    Result<std::unique_ptr<Environment>> environment = openEnvironment(context);
    if (!environment)
        return report(context, environment.error());
    Result<ApplySettingsOutcome> outcome
        = (*environment)->applySettings(module, values, operationOptions(context, wait.wait));
    if (!outcome)
        return report(context, outcome.error());
    if (context.json) {
        emitJson(toJson(*outcome));
        return ExitDone;
    }
    QStringList pairs;
    for (auto it = outcome->applied.cbegin(); it != outcome->applied.cend(); ++it)
        pairs << it.key() + u'=' + it.value();
    out() << QStringLiteral("Applied %1 to %2%3.\n")
                 .arg(pairs.join(QStringLiteral(", ")), outcome->module,
                      outcome->redeployed ? QStringLiteral(" and redeployed it")
                                          : QStringLiteral(" (not deployed yet: the values apply "
                                                           "at its first publish)"))
          << Qt::flush;
    return ExitDone;
}

int locksCommand(Context &context)
{
    if (context.args.contains(QStringLiteral("--release"))
        || std::any_of(context.args.cbegin(), context.args.cend(), [](const QString &arg) {
               return arg.startsWith(QStringLiteral("--release="));
           }))
        return releaseLockCommand(context);
    if (!context.args.isEmpty())
        return usageError(context, unexpected(context.args));
    Result<std::unique_ptr<Environment>> environment = openEnvironment(context);
    if (!environment)
        return report(context, environment.error());
    Result<QList<ModuleLock>> locks = (*environment)->locks();
    if (!locks)
        return report(context, locks.error());
    if (context.json) {
        QJsonArray array;
        for (const ModuleLock &lock : std::as_const(*locks))
            array.append(toJson(lock));
        emitJson(QJsonObject{{QStringLiteral("locks"), array}});
    } else {
        out() << toText(*locks) << Qt::flush;
    }
    return ExitDone;
}

} // namespace osc::cli
