#pragma once

#include "engine/execution.h"
#include "files/fileholders.h"
#include "logs/logentries.h"
#include "operations/lockmanager.h"
#include "util/result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <chrono>

namespace osc {

class Database;
class DataFolder;

// What one worker of a running upgrade step is doing, as the database says: the
// engine records a module as running when its job starts (in the step's next batch,
// a few milliseconds later) and the worker thread's name only when the module ends,
// so workers are numbered slots of the step's pool, busy ones first (oldest first).
enum class WorkerActivity {
    Busy, // compiling or deploying `module`
    Idle, // nothing ready for it (producers still running, or the end of the run)
    Holding, // a hold was asked for: it takes nothing new
    OnHold, // the step is on hold: no process runs it
    Stopped, // the step's process stopped (killed, or its lease expired or was released)
};
// "busy", "idle", "holding", "on-hold", "stopped" (JSON).
QString workerActivityKey(WorkerActivity activity);

struct EngineWorker
{
    int slot = 0; // 1 … the step's worker count
    WorkerActivity activity = WorkerActivity::Idle;
    QString module; // busy (or left running by a stopped process): the module
    QDateTime since; // when it started that module; invalid when idle

    friend bool operator==(const EngineWorker &, const EngineWorker &) = default;
};

// An upgrade step (modules preparation, Deploy All) that has not ended, with the
// process that runs it and its workers.
struct EngineStep
{
    ExecutionSummary execution;
    qint64 operationId = 0; // the operation whose lease the running process holds
    bool processRunning = false; // that operation is still running (its lease may be stale)
    qint64 holderPid = 0;
    QString holderHost;
    QDateTime leaseExpiresAt;
    LeaseAssessment lease; // meaningful while processRunning
    QList<EngineWorker> workers;
};

// A held module lock and how its lease looks.
struct LockHealth
{
    ModuleLock lock;
    LeaseAssessment lease;
};

struct HealthOptions
{
    bool scanFiles = true; // look for processes holding files (walks the folders)
    HolderScope fileScope = HolderScope::OtherProcesses;
};

// One reading of the environment's health, at `readAt`.
struct EnvironmentHealth
{
    QDateTime readAt;
    std::chrono::milliseconds lease{0}; // the environment's lease length
    QList<EngineStep> steps; // unfinished upgrade steps, newest first
    QList<LockHealth> locks; // by module
    bool filesScanned = false;
    QStringList scannedFolders; // the compilations and deployments folders
    QList<LockedFile> lockedFiles; // by path
    qint64 fileScanMs = 0; // how long the walk took

    int staleLockCount() const;
};

// The General log entry of a lock released by hand (event "released"): who released
// which module's lock, the lease as it was, the operation interrupted, the modules
// freed and the fencing token that now refuses its writes.
GeneralLogEntry releaseLogEntry(const LockRelease &release, const QString &module,
                                const QString &user);

// Reads the health of an environment through the caller's connection. It changes
// nothing: unlike Environment::locks(), an expired lease is reported, not released.
// The file scan (findLockedFiles()) walks the compilations and deployments folders:
// call it from a worker, never from the GUI thread.
class HealthReader
{
public:
    HealthReader(Database &db, LockManager &locks, const DataFolder &folder)
        : m_db(db), m_locks(locks), m_folder(folder)
    { }

    Result<EnvironmentHealth> read(const HealthOptions &options);

    // The parts of read().
    Result<QList<EngineStep>> engineSteps(const QDateTime &now);
    Result<QList<LockHealth>> locks(const QDateTime &now);
    QStringList scannedFolders() const;

private:
    Database &m_db;
    LockManager &m_locks;
    const DataFolder &m_folder;
};

} // namespace osc
