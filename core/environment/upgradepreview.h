#pragma once

#include "compiler/compilerprofile.h"
#include "environment/datafolder.h"
#include "environment/platformupgrader.h"
#include "util/result.h"

#include <QList>
#include <QString>

namespace osc {

class Database;

// A module whose running version calls a platform API that the target version removed:
// its preparation (or its next publish) fails until the module is changed.
struct RemovedApiUse
{
    QString module;
    int version = 0;
    QString element;
    QString api;
    QString advice; // e.g. "use Crypto.Sha256"
    PlatformVersion removedIn;

    friend bool operator==(const RemovedApiUse &, const RemovedApiUse &) = default;
};

// What an upgrade would do, told before it runs (Administration > Platform Upgrade and
// `scctl upgrade-environment --preview`).
struct UpgradePreview
{
    UpgradeOutcome plan; // from, to, whether the preparation runs and why not
    QString systemComponents; // the target's system components version
    // Modules the preparation would compile: published with success, not prepared yet.
    int modulesToPrepare = 0;
    // Features the target version has and the current one lacks.
    QList<PlatformFeature> newFeatures;
    // Calls of removed APIs in the running versions, by module, element and API.
    QList<RemovedApiUse> removedApiUses;
    // Running versions whose source file could not be read or parsed (named), so the
    // list above may miss them.
    QStringList unreadableSources;

    // Distinct modules in removedApiUses.
    int modulesUsingRemovedApis() const;
};

// Computes an UpgradePreview from the database and the modules' source files. Reads
// only: nothing is locked or written. A source is parsed only when its text names one
// of the target's removed APIs, so the cost is one read of each running version's file.
class UpgradePreviewer
{
public:
    UpgradePreviewer(Database &db, const DataFolder &folder, const ProfileRegistry &profiles)
        : m_db(db), m_folder(folder), m_profiles(profiles)
    { }

    // Errors: BadInput for a version that is not installed, or not newer than `from`.
    Result<UpgradePreview> preview(const PlatformVersion &from, const UpgradeRequest &request);

private:
    Result<void> findRemovedApiUses(const CompilerProfile &target, UpgradePreview &preview);

    Database &m_db;
    DataFolder m_folder;
    const ProfileRegistry &m_profiles;
};

} // namespace osc
