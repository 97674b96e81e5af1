#pragma once

#include "compiler/compilerprofile.h"
#include "util/result.h"

#include <QString>

namespace osc {

class Database;
class LockManager;

struct UpgradeRequest
{
    PlatformVersion to;
    bool installSystemComponents = true;
    bool skipPreparation = false;

    bool operator==(const UpgradeRequest &) const = default;
};

struct UpgradeOutcome
{
    PlatformVersion from;
    PlatformVersion to;
    bool systemComponentsInstalled = false;
    // Whether the modules preparation should run now; when not, `noPreparationReason`
    // says why (skipped, from 10.x, no such feature in the new version).
    bool prepare = false;
    QString noPreparationReason;
};

// Switches an environment to a newer platform version (and installs its system
// components), or installs the system components of the current one. Both are one
// write transaction, refused while any module is locked or an upgrade step runs: an
// operation in flight compiles for the version it started with.
class PlatformUpgrader
{
public:
    PlatformUpgrader(Database &db, LockManager &locks, const ProfileRegistry &profiles)
        : m_db(db), m_locks(locks), m_profiles(profiles)
    { }

    // Errors: BadInput for a version that is not installed, a downgrade or the
    // current version; Conflict while a lock is held or a step runs.
    Result<UpgradeOutcome> upgrade(const UpgradeRequest &request);
    // The one rule of whether an upgrade from `from` prepares the modules, and why
    // not: upgrade() applies it; screens show it before they ask. Sets `from`, `to`,
    // `systemComponentsInstalled`, `prepare` and `noPreparationReason`.
    static UpgradeOutcome plan(const PlatformVersion &from, const UpgradeRequest &request,
                               bool targetHasPreparation);
    // The profile of installed version `to`; BadInput naming the installed ones if not.
    static Result<std::shared_ptr<const CompilerProfile>>
    installedTarget(const ProfileRegistry &profiles, const PlatformVersion &to);
    // BadInput unless `to` is newer than `from` (the same version, or a downgrade).
    static Result<void> checkNewer(const PlatformVersion &from, const PlatformVersion &to);
    // The version installed (the profile's system components version).
    Result<QString> installSystemComponents();

private:
    Result<void> checkQuiet();

    Database &m_db;
    LockManager &m_locks;
    const ProfileRegistry &m_profiles;
};

// The environment's platform version as stored; Environment when it is unreadable.
Result<PlatformVersion> storedPlatformVersion(Database &db);

namespace MetaKey {
inline const QString platformVersion = QStringLiteral("platform_version");
inline const QString systemComponents = QStringLiteral("system_components_version");
} // namespace MetaKey

} // namespace osc
