#pragma once

#include "environment/deployer.h"
#include "environment/moduleregistry.h"

namespace osc {

class Operation;

// Delete module: refuses while consumers reference the module (unless forced), then
// marks it deleted, stops running it and removes its deployment folders. Its
// sources and compilations stay, so importing it again restores its history.
class ModuleRemover
{
public:
    ModuleRemover(Database &db, DataFolder folder, const Deployer &deployer)
        : m_db(db), m_folder(std::move(folder)), m_deployer(deployer)
    { }

    // Modules (not deleted) whose latest or running version references `module`.
    Result<QStringList> consumersOf(const QString &module);

    Result<DeleteOutcome> remove(const QString &module, bool force, Operation &operation,
                                 const QString &user);

private:
    Database &m_db;
    DataFolder m_folder;
    const Deployer &m_deployer;
};

} // namespace osc
