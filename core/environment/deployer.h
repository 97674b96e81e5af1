#pragma once

#include "environment/datafolder.h"
#include "util/result.h"

#include <QString>

namespace osc {

// Installs a compilation's artifacts as a module's running version, atomically.
//
// stage() copies the artifacts into a fresh deployment folder; switchTo() then
// replaces the module's running/<module> symlink with one pointing at it through
// rename(2), which is atomic: at every instant the link names either the old
// complete folder or the new complete folder. A process killed before the rename
// leaves the previous deployment running; the database records the staged folder
// so the next open can finish or discard it (see Environment's recovery).
class Deployer
{
public:
    explicit Deployer(DataFolder folder) : m_folder(std::move(folder)) { }

    // Copies every file under compilationDir into a new folder under
    // deployments/<module>/ named `deploymentName`; returns its path.
    Result<QString> stage(const QString &module, const QString &compilationDir,
                          const QString &deploymentName) const;
    // Points running/<module> at `deploymentDir` atomically.
    Result<void> switchTo(const QString &module, const QString &deploymentDir) const;
    // The folder running/<module> points at, or empty when none.
    QString runningTarget(const QString &module) const;
    // Removes a deployment folder that is not running (retired or abandoned).
    void remove(const QString &deploymentDir) const;

private:
    DataFolder m_folder;
};

} // namespace osc
