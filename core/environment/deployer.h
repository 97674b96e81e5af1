#pragma once

#include "environment/datafolder.h"
#include "files/filelock.h"
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
//
// Files: stage() holds an advisory lock on each file while it writes it, and
// checkRunningNotInUse() waits (bounded by the retry policy) for other processes to
// release the files of the running deployment before it is replaced or removed;
// either fails with the FILE_IN_USE error naming the file and its holder.
class Deployer
{
public:
    explicit Deployer(DataFolder folder, RetryPolicy filePolicy = {})
        : m_folder(std::move(folder)), m_filePolicy(filePolicy)
    { }

    void setFilePolicy(const RetryPolicy &policy) { m_filePolicy = policy; }

    // Copies every file under compilationDir, plus the module's settings as
    // settings.json, into a new folder under deployments/<module>/ named
    // `deploymentName`; returns its path.
    Result<QString> stage(const QString &module, const QString &compilationDir,
                          const QByteArray &settingsJson, const QString &deploymentName) const;
    // Fails with FILE_IN_USE when another process keeps a file of the module's running
    // deployment locked past the retry policy.
    Result<void> checkRunningNotInUse(const QString &module) const;
    // Removes running/<module> (Delete module).
    Result<void> removeRunningLink(const QString &module) const;
    // Points running/<module> at `deploymentDir` atomically.
    Result<void> switchTo(const QString &module, const QString &deploymentDir) const;
    // The folder running/<module> points at, or empty when none.
    QString runningTarget(const QString &module) const;
    // Removes a deployment folder that is not running (retired or abandoned), unless
    // another process holds one of its files; returns whether it is gone.
    bool remove(const QString &deploymentDir) const;

private:
    Result<void> copyLocked(const QString &source, const QString &destination,
                            const QByteArray *content, const RetryPolicy &policy) const;

    DataFolder m_folder;
    RetryPolicy m_filePolicy;
};

} // namespace osc
