#include "settingsapplier.h"

#include "modules/moduleparser.h"
#include "operations/operation.h"

#include <QCoreApplication>

namespace osc {

// Whether `value` fits the setting's declared type (module format v1).
static bool fitsType(const Setting &setting, const QString &value)
{
    bool ok = true;
    if (setting.type == QLatin1String("Integer"))
        value.toLongLong(&ok);
    else if (setting.type == QLatin1String("Decimal"))
        value.toDouble(&ok);
    else if (setting.type == QLatin1String("Boolean"))
        ok = value == QLatin1String("true") || value == QLatin1String("false");
    return ok;
}

Result<void> SettingsApplier::validate(const QString &module, const QMap<QString, QString> &values)
{
    if (values.isEmpty()) {
        return makeError(ErrorCode::BadInput,
                         QCoreApplication::translate(
                             "SettingsApplier", "No settings to apply to '%1': give KEY=VALUE.")
                             .arg(module));
    }
    // The running version's settings, or the latest's when it never ran.
    Result<std::optional<StoredVersion>> running = m_registry.runningVersion(module);
    if (!running)
        return running.error();
    Result<StoredVersion> version
        = running->has_value() ? Result<StoredVersion>(**running) : m_registry.version(module, 0);
    if (!version)
        return version.error();
    Result<ModuleDefinition> definition = ModuleParser::parseFile(version->sourcePath);
    if (!definition)
        return definition.error();
    QStringList known;
    for (const Setting &setting : std::as_const(definition->settings))
        known << QStringLiteral("%1 (%2)").arg(setting.name, setting.type);
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const auto setting
            = std::find_if(definition->settings.cbegin(), definition->settings.cend(),
                           [&](const Setting &s) { return s.name == it.key(); });
        if (setting == definition->settings.cend()) {
            return makeError(
                ErrorCode::BadInput,
                known.isEmpty()
                    ? QCoreApplication::translate("SettingsApplier", "Module '%1' has no settings.")
                          .arg(module)
                    : QCoreApplication::translate("SettingsApplier",
                                                  "Module '%1' has no setting '%2'. Its settings: "
                                                  "%3.")
                          .arg(module, it.key(), known.join(QStringLiteral(", "))));
        }
        if (!fitsType(*setting, it.value())) {
            return makeError(
                ErrorCode::BadInput,
                QCoreApplication::translate(
                    "SettingsApplier", "'%1' is not a valid %2 value for setting '%3' of '%4'.")
                    .arg(it.value(), setting->type, it.key(), module));
        }
    }
    return {};
}

Result<ApplySettingsOutcome> SettingsApplier::apply(const QString &module,
                                                    const QMap<QString, QString> &values,
                                                    Operation &operation, const QString &user)
{
    Result<std::optional<qint64>> id = m_registry.moduleId(module);
    if (!id)
        return id.error();
    const auto store = [&]() -> Result<void> {
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            Result<QSqlQuery> upserted = m_db.exec(
                m_db.dialect().upsert(
                    QStringLiteral("module_settings"),
                    {QStringLiteral("module_id"), QStringLiteral("name"), QStringLiteral("value")},
                    {QStringLiteral("module_id"), QStringLiteral("name")}),
                {**id, it.key(), it.value()});
            if (!upserted)
                return upserted.error();
        }
        return {};
    };
    QStringList pairs;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        pairs << it.key() + u'=' + it.value();

    Result<std::optional<StoredVersion>> running = m_registry.runningVersion(module);
    if (!running)
        return running.error();
    ApplySettingsOutcome outcome{module, values, running->has_value()};
    if (!outcome.redeployed) {
        // Never deployed: the values apply at its first publish.
        if (Result<void> stored = operation.fencedWrite({module}, store); !stored)
            return stored.error();
    } else if (Result<void> redeployed
               = m_publisher.redeployRunning(module, values, store, operation, user);
               !redeployed) {
        operation.recordError(
            ErrorRecord{module, (*running)->number, QStringLiteral("deploy"), redeployed.error()});
        return redeployed.error();
    }
    operation.step(
        module,
        QCoreApplication::translate("SettingsApplier", "Applied the settings of '%1': %2.")
            .arg(module, pairs.join(QStringLiteral(", "))));
    return outcome;
}

} // namespace osc
