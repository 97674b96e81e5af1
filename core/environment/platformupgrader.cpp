#include "platformupgrader.h"

#include "operations/lockmanager.h"
#include "storage/database.h"
#include "storage/timestamps.h"

#include <QCoreApplication>

namespace osc {

Result<PlatformVersion> storedPlatformVersion(Database &db)
{
    Result<QString> stored = db.meta(MetaKey::platformVersion);
    if (!stored)
        return stored.error();
    const std::optional<PlatformVersion> version = PlatformVersion::parse(*stored);
    if (!version) {
        return makeError(ErrorCode::Environment,
                         QCoreApplication::translate(
                             "Environment",
                             "The environment database %1 is damaged: its platform version '%2' "
                             "is unreadable. Restore it from a backup.")
                             .arg(db.filePath(), *stored));
    }
    return *version;
}

// Inside the write transaction: no module locked, no upgrade step running. A step
// on hold, or one whose process died, is marked interrupted: the new version makes
// it obsolete (its remaining modules are prepared by the next run).
Result<void> PlatformUpgrader::checkQuiet()
{
    Result<QList<ModuleLock>> held = m_locks.locks();
    if (!held)
        return held.error();
    if (!held->isEmpty()) {
        const ModuleLock &lock = held->constFirst();
        return makeError(
            ErrorCode::Conflict,
            QCoreApplication::translate(
                "PlatformUpgrader",
                "The platform cannot be upgraded while modules are locked: the %1 started by %2 "
                "is locking '%3' module. Wait for it to finish, then upgrade.")
                .arg(operationName(lock.kind), lock.user, lock.module),
            QStringLiteral("operation %1, process %2 on %3")
                .arg(lock.operationId)
                .arg(lock.holderPid)
                .arg(lock.holderHost));
    }
    Result<QSqlQuery> running = m_db.exec(QStringLiteral(
        "SELECT e.id, e.kind FROM executions e JOIN operations o ON o.id = e.operation_id "
        "WHERE e.status = 'running' AND o.status = 'running'"));
    if (!running)
        return running.error();
    if (running->next()) {
        return makeError(ErrorCode::Conflict,
                         QCoreApplication::translate(
                             "PlatformUpgrader",
                             "The platform cannot be upgraded while an upgrade step runs "
                             "(execution %1, %2). Wait for it to finish, or put it on hold.")
                             .arg(running->value(0).toLongLong())
                             .arg(running->value(1).toString()));
    }
    Result<QSqlQuery> superseded = m_db.exec(
        QStringLiteral("UPDATE executions SET status = 'interrupted', ended_at = ?, message = ? "
                       "WHERE status IN ('running', 'on-hold')"),
        {storedNow(),
         QCoreApplication::translate("PlatformUpgrader", "Superseded by a platform upgrade.")});
    if (!superseded)
        return superseded.error();
    return {};
}

Result<std::shared_ptr<const CompilerProfile>>
PlatformUpgrader::installedTarget(const ProfileRegistry &profiles, const PlatformVersion &to)
{
    std::shared_ptr<const CompilerProfile> target = profiles.find(to);
    if (target)
        return target;
    QStringList installed;
    for (const PlatformVersion &version : profiles.versions())
        installed << version.toString();
    return makeError(
        ErrorCode::BadInput,
        QCoreApplication::translate("PlatformUpgrader",
                                    "Platform version %1 is not installed. Installed versions: %2.")
            .arg(to.toString(), installed.join(QStringLiteral(", "))));
}

Result<void> PlatformUpgrader::checkNewer(const PlatformVersion &from, const PlatformVersion &to)
{
    if (to > from)
        return {};
    return makeError(ErrorCode::BadInput,
                     to == from
                         ? QCoreApplication::translate(
                               "PlatformUpgrader",
                               "The environment already runs platform version %1. To prepare the "
                               "modules again, run 'upgrade-published-applications'.")
                               .arg(from.toString())
                         : QCoreApplication::translate(
                               "PlatformUpgrader",
                               "Downgrades are refused: the environment runs platform version %1, "
                               "newer than %2. Restore a backup taken before the upgrade instead.")
                               .arg(from.toString(), to.toString()));
}

Result<UpgradeOutcome> PlatformUpgrader::upgrade(const UpgradeRequest &request)
{
    Result<std::shared_ptr<const CompilerProfile>> installed
        = installedTarget(m_profiles, request.to);
    if (!installed)
        return installed.error();
    const std::shared_ptr<const CompilerProfile> target = *installed;
    UpgradeOutcome outcome;
    Result<void> written = m_db.write([&]() -> Result<void> {
        Result<PlatformVersion> from = storedPlatformVersion(m_db);
        if (!from)
            return from.error();
        if (Result<void> newer = checkNewer(*from, request.to); !newer)
            return newer;
        if (Result<void> quiet = checkQuiet(); !quiet)
            return quiet;
        if (Result<void> set = m_db.setMeta(MetaKey::platformVersion, request.to.toString()); !set)
            return set;
        if (request.installSystemComponents) {
            if (Result<void> set
                = m_db.setMeta(MetaKey::systemComponents, target->systemComponentsVersion);
                !set)
                return set;
        }
        outcome.from = *from;
        return {};
    });
    if (!written)
        return written.error();

    return plan(outcome.from, request, target->hasFeature(PlatformFeature::ModulesPreparation));
}

UpgradeOutcome PlatformUpgrader::plan(const PlatformVersion &from, const UpgradeRequest &request,
                                      bool targetHasPreparation)
{
    UpgradeOutcome outcome;
    outcome.from = from;
    outcome.to = request.to;
    outcome.systemComponentsInstalled = request.installSystemComponents;
    if (request.skipPreparation) {
        outcome.noPreparationReason = QCoreApplication::translate(
            "PlatformUpgrader",
            "The modules preparation was skipped: every module must be published again.");
    } else if (from.major < 11) {
        outcome.noPreparationReason
            = QCoreApplication::translate(
                  "PlatformUpgrader",
                  "An upgrade from platform version %1 does not prepare the modules: every module "
                  "must be published again.")
                  .arg(from.toString());
    } else if (!targetHasPreparation) {
        outcome.noPreparationReason
            = QCoreApplication::translate(
                  "PlatformUpgrader",
                  "Platform version %1 has no modules preparation: every module must be "
                  "published again.")
                  .arg(request.to.toString());
    } else {
        outcome.prepare = true;
    }
    return outcome;
}

Result<QString> PlatformUpgrader::installSystemComponents()
{
    QString installed;
    Result<void> written = m_db.write([&]() -> Result<void> {
        Result<PlatformVersion> current = storedPlatformVersion(m_db);
        if (!current)
            return current.error();
        std::shared_ptr<const CompilerProfile> profile = m_profiles.find(*current);
        if (!profile) {
            return makeError(ErrorCode::Environment,
                             QCoreApplication::translate("PlatformUpgrader",
                                                         "Platform version %1 is not installed.")
                                 .arg(current->toString()));
        }
        if (Result<void> quiet = checkQuiet(); !quiet)
            return quiet;
        installed = profile->systemComponentsVersion;
        return m_db.setMeta(MetaKey::systemComponents, installed);
    });
    if (!written)
        return written.error();
    return installed;
}

} // namespace osc
