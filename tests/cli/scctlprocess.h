#pragma once

// Runs the real `scctl` (OSC_SCCTL_PATH) as a child process, for the CLI suites.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>

namespace osc::testing {

struct ScctlRun
{
    int exitCode = -1; // -1: it crashed, was killed or timed out
    QByteArray out;
    QByteArray err;

    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

inline ScctlRun finishScctl(QProcess &process)
{
    if (!process.waitForFinished(180000))
        return {};
    return ScctlRun{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                    process.readAllStandardOutput(), process.readAllStandardError()};
}

inline ScctlRun scctl(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(OSC_SCCTL_PATH), arguments);
    return finishScctl(process);
}

// module -> "state" or "state by producer", from `upgrades ID --json`.
inline QMap<QString, QString> moduleOutcomes(const QJsonObject &execution)
{
    QMap<QString, QString> result;
    for (const QJsonValue &value : execution.value(QStringLiteral("modules")).toArray()) {
        const QJsonObject module = value.toObject();
        QString state = module.value(QStringLiteral("state")).toString();
        if (module.value(QStringLiteral("blockedBy")).isString())
            state += QStringLiteral(" by ") + module.value(QStringLiteral("blockedBy")).toString();
        result.insert(module.value(QStringLiteral("module")).toString(), state);
    }
    return result;
}

} // namespace osc::testing
