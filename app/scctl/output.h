#pragma once

#include "compiler/compilerprofile.h"
#include "environment/environment.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

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

QString toText(const EnvironmentInfo &info);
QString toText(const QList<ModuleSummary> &modules);
QString toText(const ModuleDetail &detail);
QString toText(const ImportReport &report);

} // namespace osc::cli
