#pragma once

#include "domain/moduledefinition.h"
#include "domain/modulestatus.h"
#include "domain/platformversion.h"
#include "util/result.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace osc {

class Database;
class ProfileRegistry;

struct EnvironmentInfo
{
    QString dataDir;
    PlatformVersion platformVersion;
    QString systemComponentsVersion;
    QDateTime createdAt;
    int moduleCount = 0;
    QMap<ModuleStatus, int> countsByStatus;
};

struct ModuleSummary
{
    qint64 id = 0;
    QString name;
    QString application;
    int latestVersion = 0; // highest uploaded version number
    int runningVersion = 0; // 0 when nothing is deployed
    ModuleStatus status = ModuleStatus::NeverPublished;
    QDateTime lastPublishedAt; // invalid when never published
    int producerCount = 0;
    int consumerCount = 0;
};

struct ModuleVersionInfo
{
    int number = 0;
    QDateTime uploadedAt;
    QString uploadedBy;
    QString sourceHash; // sha256 hex of the definition file
    qint64 sourceBytes = 0;
    bool running = false;
};

struct CompilationInfo
{
    qint64 id = 0;
    int moduleVersion = 0;
    PlatformVersion platformVersion;
    bool succeeded = false;
    QDateTime finishedAt;
    qint64 durationMs = 0;
    qint64 artifactBytes = 0;
    QStringList diagnostics; // one line each, naming module, element, target and version
};

struct DeploymentInfo
{
    qint64 compilationId = 0;
    int moduleVersion = 0;
    PlatformVersion platformVersion;
    QDateTime deployedAt;
    QString deployedBy;
    QString runningPath; // the module's running folder
};

struct ModuleDetail
{
    ModuleSummary summary;
    QString statusMessage; // e.g. the NOT_UPGRADED text; empty when nothing to say
    NotUpgradedReason reason = NotUpgradedReason::None;
    QString blockedBy; // the producer that caused a skip, where it applies
    QList<ModuleVersionInfo> versions; // newest first
    QStringList producers; // of the latest version, sorted
    QStringList consumers; // modules whose latest version references this one, sorted
    QList<CompilationInfo> compilations; // newest first
    std::optional<DeploymentInfo> deployment;
    QList<Setting> settings;
};

struct ImportReport
{
    QStringList created; // new modules
    QStringList updated; // modules that got a new version
    QStringList unchanged; // identical to their latest version: no new version
};

struct PublishOutcome
{
    QString module;
    int version = 0;
    qint64 compilationId = 0;
    qint64 durationMs = 0;
    qint64 artifactBytes = 0;
};

struct ModuleQuery
{
    QString filter; // case-insensitive substring of the name or application
    std::optional<ModuleStatus> status;
};

// One environment: its database and data folder. The facade that the GUI and scctl
// both call; it holds no business rule of its own beyond routing to the right unit.
//
// Threading: an Environment and everything it returns belong to the thread that
// opened it (it owns one database connection). To work in another thread, open
// another Environment on the same folder there; processes share it the same way.
class Environment final
{
public:
    ~Environment();
    Environment(const Environment &) = delete;
    Environment &operator=(const Environment &) = delete;

    // Creates a new, empty environment at `dataDir` (created if missing; must be empty).
    static Result<std::unique_ptr<Environment>> create(const QString &dataDir,
                                                       const PlatformVersion &platform);
    // Opens an existing environment; errors name the path and say what to do.
    static Result<std::unique_ptr<Environment>> open(const QString &dataDir);
    // The default folder: $OSC_ENV, else <per-user app data>/environments/default.
    static QString defaultDataDir();

    QString dataDir() const;
    PlatformVersion platformVersion() const;
    const ProfileRegistry &profiles() const;

    Result<EnvironmentInfo> info();

    // Uploads module definition files (files, or folders scanned for *.json).
    // All files are parsed first; one bad file rejects the whole import.
    Result<ImportReport> importFiles(const QStringList &paths, const QString &user);
    // Uploads one parsed definition (used by import and the demo factory).
    Result<ImportReport> importDefinitions(const QList<ModuleDefinition> &definitions,
                                           const QString &user);

    Result<QList<ModuleSummary>> modules(const ModuleQuery &query = {});
    Result<ModuleDetail> module(const QString &name);
    Result<ModuleDefinition> moduleSource(const QString &name, int version = 0);

    // 1-Click Publish: compile `version` (0 = latest) against the producers' current
    // compilations, then deploy atomically. A failed compile leaves the running
    // version unchanged and returns ErrorCode::Failed with every diagnostic in detail.
    Result<PublishOutcome> publish(const QString &name, int version, const QString &user);

    // Creates the demo factory in this (empty) environment: N modules, published.
    // `progress` is called from this thread with (done, total).
    Result<void> populateDemo(int moduleCount, quint64 seed, const QString &user,
                              const std::function<void(int, int)> &progress = {});

private:
    class Private;
    explicit Environment(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace osc
