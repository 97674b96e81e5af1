#pragma once

#include "domain/moduledefinition.h"
#include "domain/modulestatus.h"
#include "domain/platformversion.h"
#include "engine/deploymentengine.h"
#include "engine/execution.h"
#include "engine/preparationengine.h"
#include "environment/environmentconfig.h"
#include "environment/platformupgrader.h"
#include "environment/upgradepreview.h"
#include "health/environmenthealth.h"
#include "logs/logentries.h"
#include "operations/lockmanager.h"
#include "operations/operation.h"
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
    std::optional<ExecutionSummary> lastStep; // the newest upgrade step execution
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

struct PublishTarget
{
    QString module;
    int version = 0; // 0: the latest uploaded version
};

struct DeleteOutcome
{
    QString module;
    QStringList brokenConsumers; // consumers left referencing it (a forced delete)
};

struct ApplySettingsOutcome
{
    QString module;
    QMap<QString, QString> applied;
    bool redeployed = false; // false when the module was never deployed
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
    // Uploads definitions built in code (the demo factory's), each serialized as its
    // source file. Their module and producer names are checked as a file's would be: a
    // batch with one the format does not allow is refused whole (BadInput).
    Result<ImportReport> importDefinitions(const QList<ModuleDefinition> &definitions,
                                           const QString &user);

    Result<QList<ModuleSummary>> modules(const ModuleQuery &query = {});
    Result<ModuleDetail> module(const QString &name);
    Result<ModuleDefinition> moduleSource(const QString &name, int version = 0);

    // Operations. Each takes the locks of every module it needs before it does
    // anything (all or nothing), refusing with ErrorCode::Locked and the LOCKED message
    // when another operation holds one (after waiting up to options.waitLock). It is
    // recorded with its steps and outcome in the General log, and its failures in the
    // Error Log. Bad input (unknown module, version or setting) is refused before any
    // lock is taken. Each runs in the calling thread.

    // 1-Click Publish (one target) or Solution publish (several, as one operation):
    // compile against the producers' current compilations (producers within the set
    // first), then deploy atomically. A failed compile leaves every running version
    // unchanged and returns ErrorCode::Failed with every diagnostic in detail.
    Result<QList<PublishOutcome>> publish(const QList<PublishTarget> &targets,
                                          const OperationOptions &options);
    // 1-Click Publish of one module, refusing at once when it is locked.
    Result<PublishOutcome> publish(const QString &name, int version, const QString &user);
    // Delete module. Refused (ErrorCode::Conflict; detail: the consumers, one a line)
    // while other modules reference it, unless `force`: they then show as broken.
    Result<DeleteOutcome> deleteModule(const QString &name, bool force,
                                       const OperationOptions &options);
    // Configuration update (Apply Settings): store the values and redeploy the module
    // with them.
    Result<ApplySettingsOutcome> applySettings(const QString &name,
                                               const QMap<QString, QString> &values,
                                               const OperationOptions &options);

    // The modules (not deleted) whose latest or running version references `name`:
    // those a delete would break.
    Result<QStringList> consumersOf(const QString &name);

    // Held module locks, after releasing those whose holder's lease expired.
    Result<QList<ModuleLock>> locks();
    Result<QList<ErrorLogEntry>> errors(const LogQuery &query);
    Result<QList<GeneralLogEntry>> generalLog(const LogQuery &query);
    // Purges log entries older than the retention setting; returns how many went.
    Result<qint64> applyLogRetention();

    // Platform upgrade (seeds 002, 001). Switches to a newer installed platform
    // version, installing its system components unless told not to; says whether the
    // modules preparation should run next (the caller runs prepareModules()).
    // Refused (Conflict) while modules are locked or an upgrade step runs.
    Result<UpgradeOutcome> upgradePlatform(const UpgradeRequest &request, const QString &user);
    // What upgradePlatform(request) would do, without doing it (reads only): whether
    // the preparation runs and how many modules it compiles, the new features, and the
    // modules that call APIs the version removed. The same BadInput refusals.
    Result<UpgradePreview> upgradePreview(const UpgradeRequest &request);
    Result<QString> installSystemComponents(const QString &user);
    // The installed system components version (one read; info() lists every module).
    Result<QString> systemComponentsVersion();
    // The modules preparation, in the calling thread (see PreparationEngine): a new
    // run (which prepares only what is not prepared yet: after a run with errors, the
    // failed and skipped modules) or the resume of an unfinished one.
    Result<ExecutionSummary> prepareModules(const PreparationOptions &options);
    // Deploy All (seed 004), in the calling thread (see DeploymentEngine): what it
    // would do now, and the run itself (new, or the resume of an unfinished one).
    Result<DeploymentPlan> deploymentPlan();
    Result<ExecutionSummary> deployPreparedModules(const StepOptions &options);
    // Asks the running step (preparation or deployment), in whichever process, to hold.
    Result<ExecutionSummary> holdStep(const QString &user);
    // Resumes the step on hold (or interrupted) in the calling thread; when its
    // process has not acted on the hold yet, withdraws the request instead.
    Result<ExecutionSummary> resumeStep(const StepOptions &options);
    // The upgrades report: every execution, newest first; one with its modules.
    Result<QList<ExecutionSummary>> executions();
    Result<ExecutionDetail> execution(qint64 id);

    // Environment Health (docs/health.md): the upgrade steps' workers, every module
    // lock with its lease assessed (stale ones flagged), and, unless told not to, the
    // files other processes hold under compilations/ and deployments/ (a walk of those
    // folders: call it from a worker). Unlike locks(), it releases nothing.
    Result<EnvironmentHealth> health(const HealthOptions &options = {});
    // Releases by hand the lock on `module` (LockManager::releaseByHand): the operation
    // holding it is interrupted, all its locks released, its modules fenced. A live
    // lease is refused (ErrorCode::Locked, the message says what releasing it would
    // do) unless `force`; `expectedOperationId` (not 0) refuses when the lock changed
    // hands. Recorded in the General log (event "released", naming `user`).
    Result<LockRelease> releaseLock(const QString &module, const QString &user, bool force,
                                    qint64 expectedOperationId = 0);

    // The environment's own settings (lease, file retries, compiler, log retention).
    EnvironmentConfig &config();

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
