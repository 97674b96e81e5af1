#pragma once

#include "compiler/compilerprofile.h"
#include "engine/executionreport.h"
#include "environment/environment.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

// JSON documents and text tables of scctl, in CLI.md's vocabulary.
namespace osc::cli {

QString isoTime(const QDateTime &time); // ISO 8601 with offset; empty when invalid

QJsonObject toJson(const EnvironmentInfo &info);
QJsonObject toJson(const ModuleSummary &summary);
QJsonObject toJson(const ModuleDetail &detail);
QJsonObject toJson(const ImportReport &report);
QJsonObject toJson(const PublishOutcome &outcome);
QJsonObject toJson(const CompilerProfile &profile, const PlatformVersion &current);
QJsonObject toJson(const Error &error);
QJsonObject toJson(const DeleteOutcome &outcome);
QJsonObject toJson(const ApplySettingsOutcome &outcome);
QJsonObject toJson(const ModuleLock &lock);
QJsonObject toJson(const ErrorLogEntry &entry);
QJsonObject toJson(const GeneralLogEntry &entry);
QJsonObject toJson(const ConfigEntry &entry);
QJsonObject toJson(const ExecutionSummary &summary);
// With `changes` when a comparison with the previous run is given.
QJsonObject toJson(const ExecutionDetail &detail,
                   const std::optional<ExecutionComparison> &comparison = std::nullopt);

QString toText(const EnvironmentInfo &info);
QString toText(const QList<ModuleSummary> &modules);
QString toText(const ModuleDetail &detail);
QString toText(const ImportReport &report);
QString toText(const QList<ModuleLock> &locks);
QString toText(const QList<ErrorLogEntry> &entries);
QString toText(const QList<GeneralLogEntry> &entries);
QString toText(const QList<ConfigEntry> &entries);
QString toText(const QList<ExecutionSummary> &executions);
// With a "Changes since execution N" section when a comparison is given.
QString toText(const ExecutionDetail &detail,
               const std::optional<ExecutionComparison> &comparison = std::nullopt);

} // namespace osc::cli
