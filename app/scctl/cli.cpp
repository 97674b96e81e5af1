#include "cli.h"

#include "clisupport.h"
#include "commands.h"
#include "demo/demofactory.h"
#include "output.h"

#include <QCoreApplication>

#include <functional>
#include <map>

namespace osc::cli {

namespace {

const char usageText[] = R"(Usage: scctl [--env DIR] [--user NAME] [--json] COMMAND [ARGS]

Environment
  env init [--platform V] [--demo [N]] [--seed S]   create an environment (demo: N modules, default 150)
  env info                                          platform version, module counts by status
  env config [KEY [VALUE]]                          show or change the environment's settings
  platforms                                         installed platform versions and their features

Modules
  import PATH...                                    upload module definition files or folders
  modules [--status S] [--filter TEXT]              list modules
  module NAME                                       one module's versions, status, compilations
  publish NAME... [--version N] [--wait-lock SECONDS]
                                                    1-Click Publish; several names: Solution publish
  delete NAME [--force] [--wait-lock SECONDS]       Delete module (--force: even with consumers)
  apply-settings NAME KEY=VALUE... [--wait-lock SECONDS]
                                                    Configuration update, then redeploy

Platform upgrade
  upgrade-environment --to V [--skip-preparation] [--no-system-components] [--workers N]
                      [--preview]                   upgrade the platform, then prepare the modules;
                                                    --preview: say what it would do, change nothing
  install-system-components                         install the current version's system components
  upgrade-published-applications [--workers N]      run (or resume) the modules preparation
  deploy-prepared-applications [--workers N]        Deploy All: deploy the prepared modules
  hold / resume [--workers N]                       put the running step on hold, or resume it
  upgrades [ID [--csv] [--output FILE]]             the upgrades report, or one execution's modules

Operations and logs
  locks                                             held module locks, holder process and lease
  locks --release MODULE [--force] [--operation ID] release a stale lock by hand (--force: a live one)
  health [--no-files]                               engine workers, locks with lease age and stale
                                                    flag, processes holding files
  errors [--since T] [--until T] [--module M] [--operation ID|KIND] [--grep TEXT] [--limit N]
         [--before-id ID] [--group | --export FILE [--format csv|json]]
                                                    the Error Log, newest first; --group: by cause;
                                                    --export: every entry of the filter to a file
  log [--since T] [--until T] [--module M] [--operation ID|KIND] [--grep TEXT] [--limit N]
      [--before-id ID] [--group | --export FILE [--format csv|json]] [--purge]
                                                    the General log; --purge applies the retention

Global options
  --env DIR     the environment's data folder (default: $OSC_ENV, else the per-user data folder)
  --user NAME   the operator named in "started by" (default: the OS user)
  --json        one JSON document on stdout

Exit codes: 0 done, 1 failed, 2 usage error or bad input, 3 refused (locked), 4 some modules failed.
See docs/cli.md for every command.
)";

int envInit(Context &context)
{
    bool missing = false;
    const std::optional<QString> platformText
        = takeOption(context.args, QStringLiteral("--platform"), &missing);
    const std::optional<QString> seedText
        = takeOption(context.args, QStringLiteral("--seed"), &missing);
    if (missing)
        return usageError(context, QStringLiteral("An option is missing its value."));
    int demoCount = 0;
    if (const qsizetype at = context.args.indexOf(QStringLiteral("--demo")); at >= 0) {
        demoCount = DemoFactory::defaultModuleCount;
        if (at + 1 < context.args.size() && !context.args[at + 1].startsWith(u'-')) {
            const std::optional<int> count = parsePositive(context.args[at + 1]);
            if (!count || *count > 100000)
                return usageError(context,
                                  QStringLiteral("--demo takes a module count from 1 "
                                                 "to 100000, not '%1'.")
                                      .arg(context.args[at + 1]));
            demoCount = *count;
            context.args.remove(at + 1);
        }
        context.args.remove(at);
    }
    if (!context.args.isEmpty())
        return usageError(context, unexpected(context.args));

    PlatformVersion platform{11, 11, 0};
    if (platformText) {
        const std::optional<PlatformVersion> parsed = PlatformVersion::parse(*platformText);
        if (!parsed)
            return usageError(context,
                              QStringLiteral("'%1' is not a platform version "
                                             "(expected MAJOR.MINOR.PATCH, e.g. 11.11.0).")
                                  .arg(*platformText));
        platform = *parsed;
    }
    quint64 seed = DemoFactory::defaultSeed;
    if (seedText) {
        bool ok = false;
        seed = seedText->toULongLong(&ok);
        if (!ok)
            return usageError(context,
                              QStringLiteral("--seed takes a non-negative integer, "
                                             "not '%1'.")
                                  .arg(*seedText));
    }

    Result<std::unique_ptr<Environment>> environment
        = Environment::create(context.envDir, platform);
    if (!environment)
        return report(context, environment.error());
    if (demoCount > 0) {
        const bool showProgress = stderrIsTerminal();
        Result<void> populated
            = (*environment)
                  ->populateDemo(
                      demoCount, seed, context.user, [showProgress](int done, int total) {
                          if (showProgress && (done == total || done % 25 == 0))
                              err() << QStringLiteral("\rPublishing the demo factory: %1/%2")
                                           .arg(done)
                                           .arg(total)
                                    << (done == total ? "\n" : "") << Qt::flush;
                      });
        if (!populated)
            return report(context, populated.error());
    }
    Result<EnvironmentInfo> info = (*environment)->info();
    if (!info)
        return report(context, info.error());
    if (context.json) {
        emitJson(toJson(*info));
    } else {
        out() << QStringLiteral("Created an environment at %1 on platform %2")
                     .arg(info->dataDir, info->platformVersion.toString());
        if (demoCount > 0)
            out() << QStringLiteral(", with a demo factory of %1")
                         .arg(countOf(demoCount, QStringLiteral("published module"),
                                      QStringLiteral("published modules")));
        out() << ".\n" << Qt::flush;
    }
    return ExitDone;
}

int envInfo(Context &context)
{
    if (!context.args.isEmpty())
        return usageError(context, unexpected(context.args));
    Result<std::unique_ptr<Environment>> environment = openEnvironment(context);
    if (!environment)
        return report(context, environment.error());
    Result<EnvironmentInfo> info = (*environment)->info();
    if (!info)
        return report(context, info.error());
    if (context.json)
        emitJson(toJson(*info));
    else
        out() << toText(*info) << Qt::flush;
    return ExitDone;
}

int envConfig(Context &context)
{
    if (context.args.size() > 2)
        return usageError(context, unexpected(context.args.mid(2)));
    Result<std::unique_ptr<Environment>> environment = openEnvironment(context);
    if (!environment)
        return report(context, environment.error());
    EnvironmentConfig &config = (*environment)->config();
    if (context.args.size() == 2) {
        if (Result<void> stored = config.setValue(context.args[0], context.args[1]); !stored)
            return report(context, stored.error());
    } else if (context.args.size() == 1) {
        if (Result<QString> value = config.value(context.args[0]); !value)
            return report(context, value.error());
    }
    Result<QList<ConfigEntry>> entries = config.entries();
    if (!entries)
        return report(context, entries.error());
    if (!context.args.isEmpty()) {
        const QString key = context.args[0];
        entries->removeIf([&](const ConfigEntry &entry) { return entry.key != key; });
    }
    if (context.json) {
        QJsonArray array;
        for (const ConfigEntry &entry : std::as_const(*entries))
            array.append(toJson(entry));
        emitJson(QJsonObject{{QStringLiteral("settings"), array}});
    } else {
        out() << toText(*entries) << Qt::flush;
    }
    return ExitDone;
}

int env(Context &context)
{
    if (context.args.isEmpty())
        return usageError(context,
                          QStringLiteral("'env' needs a subcommand: init, info or config."));
    const QString sub = context.args.takeFirst();
    if (sub == QLatin1String("init"))
        return envInit(context);
    if (sub == QLatin1String("info"))
        return envInfo(context);
    if (sub == QLatin1String("config"))
        return envConfig(context);
    return usageError(context, QStringLiteral("Unknown subcommand 'env %1'.").arg(sub));
}

int importCommand(Context &context)
{
    if (context.args.isEmpty())
        return usageError(context, QStringLiteral("'import' needs at least one file or folder."));
    Result<std::unique_ptr<Environment>> environment = openEnvironment(context);
    if (!environment)
        return report(context, environment.error());
    Result<ImportReport> imported = (*environment)->importFiles(context.args, context.user);
    if (!imported)
        return report(context, imported.error());
    if (context.json)
        emitJson(toJson(*imported));
    else
        out() << toText(*imported) << Qt::flush;
    return ExitDone;
}

QStringList statusKeys()
{
    QStringList keys;
    for (ModuleStatus status : allModuleStatuses())
        keys << statusKey(status);
    return keys;
}

int modulesCommand(Context &context)
{
    bool missing = false;
    ModuleQuery query;
    const std::optional<QString> status
        = takeOption(context.args, QStringLiteral("--status"), &missing);
    query.filter
        = takeOption(context.args, QStringLiteral("--filter"), &missing).value_or(QString());
    if (missing)
        return usageError(context, QStringLiteral("An option is missing its value."));
    if (!context.args.isEmpty())
        return usageError(context, unexpected(context.args));
    if (status) {
        for (ModuleStatus candidate : allModuleStatuses()) {
            if (statusKey(candidate) == *status)
                query.status = candidate;
        }
        if (!query.status)
            return usageError(context,
                              QStringLiteral("Unknown status '%1': use %2.")
                                  .arg(*status, statusKeys().join(QStringLiteral(", "))));
    }
    Result<std::unique_ptr<Environment>> environment = openEnvironment(context);
    if (!environment)
        return report(context, environment.error());
    Result<QList<ModuleSummary>> modules = (*environment)->modules(query);
    if (!modules)
        return report(context, modules.error());
    if (context.json) {
        QJsonArray array;
        for (const ModuleSummary &summary : std::as_const(*modules))
            array.append(toJson(summary));
        emitJson(QJsonObject{{QStringLiteral("modules"), array}});
    } else {
        out() << toText(*modules) << Qt::flush;
    }
    return ExitDone;
}

int moduleCommand(Context &context)
{
    if (context.args.size() != 1)
        return usageError(context, QStringLiteral("'module' takes one module name."));
    Result<std::unique_ptr<Environment>> environment = openEnvironment(context);
    if (!environment)
        return report(context, environment.error());
    Result<ModuleDetail> detail = (*environment)->module(context.args.constFirst());
    if (!detail)
        return report(context, detail.error());
    if (context.json)
        emitJson(toJson(*detail));
    else
        out() << toText(*detail) << Qt::flush;
    return ExitDone;
}

int platformsCommand(Context &context)
{
    if (!context.args.isEmpty())
        return usageError(context, unexpected(context.args));
    Result<std::unique_ptr<Environment>> environment = openEnvironment(context);
    // Without an environment the installed versions are still worth listing.
    Result<ProfileRegistry> profiles = ProfileRegistry::load();
    if (!profiles)
        return report(context, profiles.error());
    const PlatformVersion current
        = environment ? (*environment)->platformVersion() : PlatformVersion{};
    QJsonArray array;
    for (const PlatformVersion &version : profiles->versions())
        array.append(toJson(*profiles->find(version), current));
    if (context.json) {
        emitJson(QJsonObject{{QStringLiteral("platforms"), array}});
        return ExitDone;
    }
    out() << QStringLiteral("%1  %2  %3  %4\n")
                 .arg(QStringLiteral("VERSION"), -8)
                 .arg(QStringLiteral("CURRENT"), -7)
                 .arg(QStringLiteral("APIS"), 4)
                 .arg(QStringLiteral("FEATURES"));
    for (const QJsonValue &value : std::as_const(array)) {
        const QJsonObject platform = value.toObject();
        QStringList features;
        for (const QJsonValue &feature : platform.value(QStringLiteral("features")).toArray())
            features << feature.toString();
        out() << QStringLiteral("%1  %2  %3  %4\n")
                     .arg(platform.value(QStringLiteral("version")).toString(), -8)
                     .arg(platform.value(QStringLiteral("current")).toBool() ? QStringLiteral("*")
                                                                             : QString(),
                          -7)
                     .arg(platform.value(QStringLiteral("apis")).toArray().size(), 4)
                     .arg(features.isEmpty() ? QStringLiteral("-")
                                             : features.join(QStringLiteral(", ")));
    }
    out() << Qt::flush;
    return ExitDone;
}

} // namespace

int run(const QStringList &arguments)
{
    Context context;
    QStringList args = arguments.mid(1);
    bool missing = false;
    const bool help
        = takeFlag(args, QStringLiteral("--help")) || takeFlag(args, QStringLiteral("-h"));
    context.json = takeFlag(args, QStringLiteral("--json"));
    const std::optional<QString> envDir = takeOption(args, QStringLiteral("--env"), &missing);
    const std::optional<QString> user = takeOption(args, QStringLiteral("--user"), &missing);
    if (missing)
        return usageError(context, QStringLiteral("An option is missing its value."));
    if (help || args.isEmpty()) {
        (help ? out() : err()) << usageText << Qt::flush;
        return help ? ExitDone : ExitBadInput;
    }
    context.envDir = envDir.value_or(Environment::defaultDataDir());
    context.user = user.value_or(qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME")));
    if (context.user.isEmpty())
        context.user = QStringLiteral("operator");

    const QString command = args.takeFirst();
    context.args = args;
    static const std::map<QString, std::function<int(Context &)>> commands{
        {QStringLiteral("env"), env},
        {QStringLiteral("import"), importCommand},
        {QStringLiteral("modules"), modulesCommand},
        {QStringLiteral("module"), moduleCommand},
        {QStringLiteral("publish"), publishCommand},
        {QStringLiteral("delete"), deleteCommand},
        {QStringLiteral("apply-settings"), applySettingsCommand},
        {QStringLiteral("locks"), locksCommand},
        {QStringLiteral("health"), healthCommand},
        {QStringLiteral("errors"), errorsCommand},
        {QStringLiteral("log"), logCommand},
        {QStringLiteral("platforms"), platformsCommand},
        {QStringLiteral("upgrade-environment"), upgradeEnvironmentCommand},
        {QStringLiteral("install-system-components"), installSystemComponentsCommand},
        {QStringLiteral("upgrade-published-applications"), upgradePublishedApplicationsCommand},
        {QStringLiteral("hold"), holdCommand},
        {QStringLiteral("resume"), resumeCommand},
        {QStringLiteral("deploy-prepared-applications"), deployPreparedApplicationsCommand},
        {QStringLiteral("upgrades"), upgradesCommand},
    };
    if (const auto it = commands.find(command); it != commands.end())
        return it->second(context);
    return usageError(context, QStringLiteral("Unknown command '%1'.").arg(command));
}

} // namespace osc::cli
