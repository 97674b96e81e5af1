#pragma once

#include "environment/moduleregistry.h"
#include "environment/publisher.h"

#include <QMap>

namespace osc {

class Operation;

// Configuration update (Apply Settings): validates new values against the settings
// the module's definition declares, stores them, and redeploys the running
// compilation so the running folder's settings.json carries them.
class SettingsApplier
{
public:
    SettingsApplier(Database &db, ModuleRegistry &registry, Publisher &publisher)
        : m_db(db), m_registry(registry), m_publisher(publisher)
    { }

    // Checks names and values (before any lock is taken); BadInput errors list what
    // the module accepts.
    Result<void> validate(const QString &module, const QMap<QString, QString> &values);

    Result<ApplySettingsOutcome> apply(const QString &module, const QMap<QString, QString> &values,
                                       Operation &operation, const QString &user);

private:
    Database &m_db;
    ModuleRegistry &m_registry;
    Publisher &m_publisher;
};

} // namespace osc
