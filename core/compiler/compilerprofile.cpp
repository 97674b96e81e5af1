#include "compilerprofile.h"

#include "compiler/jsonsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>

#include <algorithm>

namespace osc {

using namespace jsonsupport;

static constexpr PlatformFeature allFeatures[] = {
    PlatformFeature::ModulesPreparation,
    PlatformFeature::ProgressivePreparation,
    PlatformFeature::DeployAll,
};

QString featureKey(PlatformFeature feature)
{
    switch (feature) {
    case PlatformFeature::ModulesPreparation:
        return QStringLiteral("modules-preparation");
    case PlatformFeature::ProgressivePreparation:
        return QStringLiteral("progressive-preparation");
    case PlatformFeature::DeployAll:
        return QStringLiteral("deploy-all");
    }
    Q_UNREACHABLE();
    return {};
}

QString featureName(PlatformFeature feature)
{
    switch (feature) {
    case PlatformFeature::ModulesPreparation:
        return QCoreApplication::translate("PlatformFeature",
                                           "Modules preparation: an upgrade compiles every "
                                           "published module with the new version first");
    case PlatformFeature::ProgressivePreparation:
        return QCoreApplication::translate("PlatformFeature",
                                           "Progressive preparation: only the modules being "
                                           "prepared are locked");
    case PlatformFeature::DeployAll:
        return QCoreApplication::translate("PlatformFeature",
                                           "Deploy All: the prepared modules are deployed when "
                                           "you decide");
    }
    Q_UNREACHABLE();
    return {};
}

bool featureFromKey(const QString &key, PlatformFeature *feature)
{
    for (PlatformFeature candidate : allFeatures) {
        if (featureKey(candidate) == key) {
            *feature = candidate;
            return true;
        }
    }
    return false;
}

static bool isCanonicalApiSignature(const QString &signature)
{
    // "(Name: Type, Name: Type) -> (Name: Type)", either list possibly empty.
    static const QRegularExpression pattern(QStringLiteral(
        R"(^\((?:[A-Za-z_]\w*: [A-Za-z_]\w*(?:, [A-Za-z_]\w*: [A-Za-z_]\w*)*)?\) -> )"
        R"(\((?:[A-Za-z_]\w*: [A-Za-z_]\w*(?:, [A-Za-z_]\w*: [A-Za-z_]\w*)*)?\)$)"));
    return pattern.match(signature).hasMatch();
}

namespace {

// Reads one profile document, keeping the source text to locate errors.
class ProfileReader
{
public:
    ProfileReader(const QByteArray &text, const QString &source)
        : m_text(text), m_source(source), m_locator(text)
    { }

    Result<CompilerProfile> read(const QJsonDocument &document);

private:
    Error errorAtValue(const QString &pointer, const QString &expected, const QJsonValue &found)
    {
        return errorAt(m_source, m_text, m_locator.valueOffset(pointer), expected, describe(found));
    }

    const QByteArray &m_text;
    const QString &m_source;
    Locator m_locator;
};

Result<CompilerProfile> ProfileReader::read(const QJsonDocument &document)
{
    if (!document.isObject())
        return errorAtValue(QString(),
                            QCoreApplication::translate("osc::CompilerProfile", "a profile object"),
                            document.isArray() ? QJsonValue(document.array()) : QJsonValue());
    const QJsonObject root = document.object();

    static const QStringList knownKeys = {
        QStringLiteral("version"), QStringLiteral("systemComponents"), QStringLiteral("features"),
        QStringLiteral("apis"),    QStringLiteral("removed"),
    };
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (!knownKeys.contains(it.key())) {
            const QString pointer = pointerChild(QString(), it.key());
            return errorAt(m_source, m_text, m_locator.keyOffset(pointer),
                           QCoreApplication::translate("osc::CompilerProfile", "one of the keys %1")
                               .arg(knownKeys.join(QStringLiteral(", "))),
                           QCoreApplication::translate("osc::CompilerProfile", "the key \"%1\"")
                               .arg(it.key()));
        }
    }
    for (const QString &key : knownKeys) {
        if (!root.contains(key)) {
            // The closing brace is where the missing member should have been.
            const qsizetype end = m_text.lastIndexOf('}');
            return errorAt(
                m_source, m_text, end < 0 ? 0 : end,
                QCoreApplication::translate("osc::CompilerProfile", "the key \"%1\"").arg(key),
                QCoreApplication::translate("osc::CompilerProfile",
                                            "the end of the profile object"));
        }
    }

    CompilerProfile profile;

    const QJsonValue version = root.value(QStringLiteral("version"));
    const auto parsedVersion = PlatformVersion::parse(version.toString());
    if (!version.isString() || !parsedVersion || parsedVersion->toString() != version.toString())
        return errorAtValue(QStringLiteral("/version"),
                            QCoreApplication::translate("osc::CompilerProfile",
                                                        "a platform version such as \"11.12.0\""),
                            version);
    profile.version = *parsedVersion;

    static const QRegularExpression componentsPattern(QStringLiteral(R"(^\d+(\.\d+)*$)"));
    const QJsonValue components = root.value(QStringLiteral("systemComponents"));
    if (!components.isString() || !componentsPattern.match(components.toString()).hasMatch())
        return errorAtValue(
            QStringLiteral("/systemComponents"),
            QCoreApplication::translate("osc::CompilerProfile",
                                        "a system components version such as \"11.12.0.3\""),
            components);
    profile.systemComponentsVersion = components.toString();

    const QJsonValue features = root.value(QStringLiteral("features"));
    if (!features.isArray())
        return errorAtValue(
            QStringLiteral("/features"),
            QCoreApplication::translate("osc::CompilerProfile", "an array of feature keys"),
            features);
    QStringList featureKeys;
    for (PlatformFeature feature : allFeatures)
        featureKeys << QLatin1Char('"') + featureKey(feature) + QLatin1Char('"');
    const QJsonArray featureArray = features.toArray();
    for (qsizetype i = 0; i < featureArray.size(); ++i) {
        const QString pointer = pointerChild(QStringLiteral("/features"), i);
        PlatformFeature feature;
        if (!featureFromKey(featureArray.at(i).toString(), &feature))
            return errorAtValue(
                pointer,
                QCoreApplication::translate("osc::CompilerProfile", "one of the features %1")
                    .arg(featureKeys.join(QStringLiteral(", "))),
                featureArray.at(i));
        if (profile.features.contains(feature))
            return errorAtValue(
                pointer, QCoreApplication::translate("osc::CompilerProfile", "each feature once"),
                featureArray.at(i));
        profile.features << feature;
    }

    const QJsonValue apis = root.value(QStringLiteral("apis"));
    if (!apis.isObject())
        return errorAtValue(
            QStringLiteral("/apis"),
            QCoreApplication::translate("osc::CompilerProfile", "an object of API signatures"),
            apis);
    const QJsonObject apiObject = apis.toObject();
    for (auto it = apiObject.begin(); it != apiObject.end(); ++it) {
        const QString pointer = pointerChild(QStringLiteral("/apis"), it.key());
        if (!it.value().isString() || !isCanonicalApiSignature(it.value().toString()))
            return errorAtValue(pointer,
                                QCoreApplication::translate(
                                    "osc::CompilerProfile",
                                    "an API signature such as \"(Url: Text) -> (Body: Text)\""),
                                it.value());
        profile.apis.insert(it.key(), it.value().toString());
    }

    static const QRegularExpression removedPattern(
        QStringLiteral(R"(^removed in (\d+\.\d+\.\d+): (\S.*)$)"));
    const QJsonValue removed = root.value(QStringLiteral("removed"));
    if (!removed.isObject())
        return errorAtValue(
            QStringLiteral("/removed"),
            QCoreApplication::translate("osc::CompilerProfile", "an object of removal notes"),
            removed);
    const QJsonObject removedObject = removed.toObject();
    for (auto it = removedObject.begin(); it != removedObject.end(); ++it) {
        const QString pointer = pointerChild(QStringLiteral("/removed"), it.key());
        if (profile.apis.contains(it.key()))
            return errorAt(
                m_source, m_text, m_locator.keyOffset(pointer),
                QCoreApplication::translate("osc::CompilerProfile",
                                            "an API that this version does not offer"),
                QCoreApplication::translate("osc::CompilerProfile",
                                            "\"%1\", which is also listed under \"apis\"")
                    .arg(it.key()));
        const QRegularExpressionMatch match = removedPattern.match(it.value().toString());
        const auto removedIn
            = match.hasMatch() ? PlatformVersion::parse(match.captured(1)) : std::nullopt;
        if (!it.value().isString() || !removedIn || *removedIn > profile.version)
            return errorAtValue(
                pointer,
                QCoreApplication::translate(
                    "osc::CompilerProfile",
                    "a removal note \"removed in <version>: <advice>\" with a version up to %1")
                    .arg(profile.version.toString()),
                it.value());
        profile.removedApis.insert(it.key(), RemovedApi{it.key(), match.captured(2), *removedIn});
    }
    return profile;
}

} // namespace

Result<CompilerProfile> CompilerProfile::fromJson(const QByteArray &json, const QString &source)
{
    Result<QJsonDocument> document = jsonsupport::parse(json, source);
    if (!document)
        return document.error();
    return ProfileReader(json, source).read(*document);
}

Result<ProfileRegistry> ProfileRegistry::load(const QString &directory)
{
    const QDir dir(directory);
    if (!dir.exists())
        return makeError(
            ErrorCode::Environment,
            QCoreApplication::translate("osc::CompilerProfile",
                                        "The compiler profile folder '%1' does not exist.")
                .arg(directory));

    ProfileRegistry registry;
    QMap<PlatformVersion, QString> sources;
    const QStringList names = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        const QString path = dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::Environment,
                             QCoreApplication::translate("osc::CompilerProfile",
                                                         "Cannot read the compiler profile '%1'.")
                                 .arg(path),
                             file.errorString());
        Result<CompilerProfile> profile = CompilerProfile::fromJson(file.readAll(), path);
        if (!profile)
            return profile.error();
        const PlatformVersion version = profile->version;
        if (sources.contains(version))
            return makeError(ErrorCode::BadInput,
                             QCoreApplication::translate(
                                 "osc::CompilerProfile",
                                 "The compiler profiles '%1' and '%2' both describe platform "
                                 "version %3.")
                                 .arg(sources.value(version), path, version.toString()));
        sources.insert(version, path);
        registry.m_profiles << std::make_shared<const CompilerProfile>(std::move(profile).value());
    }
    if (registry.m_profiles.isEmpty())
        return makeError(
            ErrorCode::Environment,
            QCoreApplication::translate("osc::CompilerProfile",
                                        "The compiler profile folder '%1' has no profile (*.json).")
                .arg(directory));
    std::sort(registry.m_profiles.begin(), registry.m_profiles.end(),
              [](const auto &a, const auto &b) { return a->version < b->version; });
    return registry;
}

QList<PlatformVersion> ProfileRegistry::versions() const
{
    QList<PlatformVersion> result;
    result.reserve(m_profiles.size());
    for (const auto &profile : m_profiles)
        result << profile->version;
    return result;
}

std::shared_ptr<const CompilerProfile> ProfileRegistry::find(const PlatformVersion &version) const
{
    for (const auto &profile : m_profiles) {
        if (profile->version == version)
            return profile;
    }
    return nullptr;
}

std::shared_ptr<const CompilerProfile> ProfileRegistry::latest() const
{
    return m_profiles.isEmpty() ? nullptr : m_profiles.constLast();
}

} // namespace osc
