#pragma once

#include "domain/platformversion.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace osc {

// An execution of an upgrade step: one modules preparation or one Deploy All, kept
// with its per-module results for the upgrades report (CLI.md vocabulary).
enum class ExecutionKind { Preparation, Deployment };
QString executionKindKey(ExecutionKind kind); // "preparation", "deployment"
std::optional<ExecutionKind> executionKindFromKey(const QString &key);

enum class ExecutionStatus { Running, OnHold, Succeeded, FinishedWithErrors, Failed, Interrupted };
QString executionStatusKey(ExecutionStatus status); // "running", "on-hold", …
std::optional<ExecutionStatus> executionStatusFromKey(const QString &key);
// Running and OnHold: the step has not ended.
bool isEnded(ExecutionStatus status);

enum class ModuleRunState { Pending, Running, Succeeded, Failed, Skipped };
QString moduleRunStateKey(ModuleRunState state); // "pending", …
std::optional<ModuleRunState> moduleRunStateFromKey(const QString &key);

struct ExecutionCounts
{
    int total = 0;
    int succeeded = 0;
    int failed = 0;
    int skipped = 0;
    int pending = 0; // not finished yet, running ones included
    int running = 0;

    friend bool operator==(const ExecutionCounts &, const ExecutionCounts &) = default;
};

struct ExecutionSummary
{
    qint64 id = 0;
    ExecutionKind kind = ExecutionKind::Preparation;
    PlatformVersion platformVersion;
    QString startedBy; // the operator who started it (its locks name Compiler Service)
    QDateTime startedAt;
    QDateTime endedAt; // invalid while it has not ended
    ExecutionStatus status = ExecutionStatus::Running;
    ExecutionCounts counts;
    int workers = 0;
    bool holdRequested = false;
    qint64 previousId = 0; // the execution this one re-runs the failures of; 0 for a first run
    QString message; // the outcome (a catalogue message)
    QString detail; // for a failed step: its cause, in full (also in the Error Log)
    QStringList cycles; // each reference cycle's modules, joined with '+'
    qint64 holderPid = 0; // the process running it (while running)
    QString holderHost;

    qint64 durationMs() const;
    // Running, held by a process whose operation is still open. A process that died
    // keeps it until its lease is recovered; then it is orphaned: still 'running', with
    // no holder, until another process takes it over.
    bool runsInAProcess() const { return status == ExecutionStatus::Running && holderPid != 0; }
    // A run whose process died: it still says Running, but nothing holds it.
    bool isOrphaned() const { return status == ExecutionStatus::Running && holderPid == 0; }
};

struct ExecutionModuleResult
{
    QString module;
    int version = 0;
    ModuleRunState state = ModuleRunState::Pending;
    QString reason; // why it failed or was skipped, in a sentence
    QString blockedBy; // for a skipped module: the failed producer that caused it
    QString worker; // the worker thread that ran it
    QDateTime startedAt; // invalid until it ran
    QDateTime endedAt;
    qint64 durationMs = 0;
    qint64 compilationId = 0; // the compilation it produced, or deployed (0 when none)
    qint64 errorId = 0; // for a failed module: its Error Log entry (0 when none)
    QStringList producers; // the modules its version references (in the execution or not)
};

struct ExecutionDetail
{
    ExecutionSummary summary;
    QList<ExecutionModuleResult> modules; // by module name
};

// A change of one module's state during a run, as observers see it.
struct ModuleStateChange
{
    QString module;
    ModuleRunState state = ModuleRunState::Pending;
    QString blockedBy;
};

// What observers of a running step receive: coalesced snapshots, at most a few dozen
// a second whatever the module rate. `changes` holds every module whose state changed
// since the previous snapshot, in the order they changed (the last change of each).
struct StepProgress
{
    qint64 executionId = 0;
    ExecutionKind kind = ExecutionKind::Preparation;
    ExecutionStatus status = ExecutionStatus::Running;
    ExecutionCounts counts;
    QList<ModuleStateChange> changes;
    qint64 elapsedMs = 0;
    qint64 etaMs = -1; // -1 while unknown
    bool holdRequested = false;
};

} // namespace osc
