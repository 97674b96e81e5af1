#pragma once

#include "domain/platformversion.h"
#include "util/result.h"

#include <QHash>
#include <QList>
#include <QString>

#include <memory>

namespace osc {

enum class PlatformFeature {
    ModulesPreparation, // from 11.12.0: an upgrade prepares (compiles) every published module
    ProgressivePreparation, // from 11.15.0: only the modules being prepared are locked
    DeployAll, // from 11.19.0: Deploy All (modules deployment step)
};

QString featureKey(PlatformFeature feature); // "modules-preparation", …
// What the feature does, for operators (translated, context "PlatformFeature").
QString featureName(PlatformFeature feature);
// The feature whose featureKey() is `key`; false when there is none.
bool featureFromKey(const QString &key, PlatformFeature *feature);

// What happened to an API in this version, against the version before it.
struct RemovedApi
{
    QString name;
    QString advice; // e.g. "use Crypto.Sha256"
    PlatformVersion removedIn; // the version that removed it (profiles list removals cumulatively)
};

// A platform version's compiler profile: the platform APIs it offers with their
// canonical signatures, what it removed, and its features. Loaded from
// resources/profiles/<version>.json; immutable once loaded, shared across threads.
struct CompilerProfile
{
    PlatformVersion version;
    QString systemComponentsVersion;
    QList<PlatformFeature> features;
    QHash<QString, QString> apis; // API name -> canonical signature
    QHash<QString, RemovedApi> removedApis; // API name -> removal note (cumulative)

    bool hasFeature(PlatformFeature feature) const { return features.contains(feature); }

    // Parses a profile file (format: docs/compiler.md); `source` names it in errors, which
    // are ErrorCode::BadInput and read "<source>:<line>:<column>: expected X, found Y".
    static Result<CompilerProfile> fromJson(const QByteArray &json, const QString &source);
};

// The installed platform versions: the profiles shipped in the resources (":/profiles").
class ProfileRegistry
{
public:
    // Loads every profile (*.json) in `directory` (default: the built-in resource folder).
    // Fails on the first malformed file, on two files describing the same version, and
    // on a folder that is missing or holds no profile. The registry is immutable and
    // its profiles may be shared across threads.
    static Result<ProfileRegistry> load(const QString &directory = QStringLiteral(":/profiles"));

    QList<PlatformVersion> versions() const; // ascending
    std::shared_ptr<const CompilerProfile> find(const PlatformVersion &version) const;
    std::shared_ptr<const CompilerProfile> latest() const;

private:
    QList<std::shared_ptr<const CompilerProfile>> m_profiles; // ascending by version
};

} // namespace osc
