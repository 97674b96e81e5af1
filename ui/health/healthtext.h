#pragma once

#include "health/environmenthealth.h"

#include <QString>

// The words of Environment Health, translated, in one place for its models, its
// page and its dialog.
namespace osc::healthtext {

QString activityName(WorkerActivity activity); // "Busy", "Idle", "On hold", …
QString stepName(const EngineStep &step); // "Modules preparation (execution 3)"
QString process(qint64 pid, const QString &host); // "process 4242 on build-01"
// The lease in a few words: "renewed 2 s ago", "Stale: holder process gone", …
QString lease(const LeaseAssessment &lease);
// Why a stale lease is stale, in a sentence.
QString staleReason(const LeaseAssessment &lease);
QString holder(const FileHolder &holder); // "osc_filelocker (pid 4242, OFDLCK)"
// One line about a step: who runs it and how many workers are busy.
QString stepSummary(const EngineStep &step);

} // namespace osc::healthtext
