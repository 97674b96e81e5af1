#include "deployer.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <filesystem>
#include <system_error>

namespace osc {

// Writes one file of a staged deployment while holding an advisory lock on it, so
// that processes which respect locks (scanners, backup agents that ask) never read
// it half-written. `content`, when given, is written instead of `source`'s bytes.
Result<void> Deployer::copyLocked(const QString &source, const QString &destination,
                                  const QByteArray *content, const RetryPolicy &policy) const
{
    Result<FileLock> lock = FileLock::acquire(destination, policy, FileLock::Mode::CreateNew);
    if (!lock)
        return lock.error();
    QByteArray bytes;
    if (content) {
        bytes = *content;
    } else {
        QFile input(source);
        if (!input.open(QIODevice::ReadOnly)) {
            return makeError(ErrorCode::Failed,
                             QCoreApplication::translate("Deployer", "Cannot read %1: %2")
                                 .arg(source, input.errorString()));
        }
        bytes = input.readAll();
    }
    QFile output;
    if (!output.open(lock->fd(), QIODevice::WriteOnly, QFileDevice::DontCloseHandle)
        || output.write(bytes) != bytes.size() || !output.flush()) {
        return makeError(ErrorCode::Failed,
                         QCoreApplication::translate(
                             "Deployer",
                             "Cannot write %1: %2. Check the free disk space and the folder's "
                             "permissions.")
                             .arg(destination, output.errorString()));
    }
    return {};
}

Result<QString> Deployer::stage(const QString &module, const QString &compilationDir,
                                const QByteArray &settingsJson, const QString &deploymentName) const
{
    const QString target = m_folder.deploymentsOf(module) + u'/' + deploymentName;
    const QString partial = target + QStringLiteral(".partial");
    QDir(partial).removeRecursively();
    if (!QDir().mkpath(partial)) {
        return makeError(ErrorCode::Failed,
                         QCoreApplication::translate(
                             "Deployer",
                             "Cannot create the deployment folder %1. Check the free disk space "
                             "and the folder's permissions.")
                             .arg(partial));
    }
    // One retry budget for the whole stage. The compilation's files are read while
    // nobody holds them (a scanner locking one is waited for), the copies are fresh.
    const RetryPolicy policy = m_filePolicy.startingNow();
    if (Result<void> free = checkTreeNotHeld(compilationDir, policy); !free) {
        QDir(partial).removeRecursively();
        return free.error();
    }
    QDirIterator it(compilationDir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    const QDir source(compilationDir);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString destination = partial + u'/' + source.relativeFilePath(file);
        QDir().mkpath(QFileInfo(destination).path());
        if (Result<void> copied = copyLocked(file, destination, nullptr, policy); !copied) {
            QDir(partial).removeRecursively();
            return copied.error();
        }
    }
    if (Result<void> written
        = copyLocked(QString(), partial + QStringLiteral("/settings.json"), &settingsJson, policy);
        !written) {
        QDir(partial).removeRecursively();
        return written.error();
    }
    // The folder gets its final name only once complete, so a crash mid-copy leaves
    // only a ".partial" folder that nothing points at.
    std::error_code error;
    std::filesystem::rename(partial.toStdString(), target.toStdString(), error);
    if (error) {
        QDir(partial).removeRecursively();
        return makeError(
            ErrorCode::Failed,
            QCoreApplication::translate("Deployer", "Cannot finish the deployment folder %1: %2")
                .arg(target, QString::fromStdString(error.message())));
    }
    return target;
}

Result<void> Deployer::switchTo(const QString &module, const QString &deploymentDir) const
{
    QDir().mkpath(m_folder.runningDir());
    const std::filesystem::path link = m_folder.runningLink(module).toStdString();
    const std::filesystem::path next
        = (m_folder.runningLink(module) + QStringLiteral(".next")).toStdString();
    // A relative link keeps the data folder movable.
    const std::filesystem::path relativeTarget = std::filesystem::relative(
        deploymentDir.toStdString(), m_folder.runningDir().toStdString());
    std::error_code error;
    std::filesystem::remove(next, error);
    std::filesystem::create_directory_symlink(relativeTarget, next, error);
    if (!error)
        std::filesystem::rename(next, link, error);
    if (error) {
        std::filesystem::remove(next);
        return makeError(ErrorCode::Failed,
                         QCoreApplication::translate(
                             "Deployer", "Cannot switch the running version of '%1' to %2: %3")
                             .arg(module, deploymentDir, QString::fromStdString(error.message())));
    }
    return {};
}

Result<void> Deployer::checkRunningNotInUse(const QString &module) const
{
    const QString running = runningTarget(module);
    if (running.isEmpty())
        return {};
    return checkTreeNotHeld(running, m_filePolicy.startingNow());
}

Result<void> Deployer::removeRunningLink(const QString &module) const
{
    std::error_code error;
    std::filesystem::remove(m_folder.runningLink(module).toStdString(), error);
    if (error) {
        return makeError(ErrorCode::Failed,
                         QCoreApplication::translate(
                             "Deployer", "Cannot remove the running version of '%1' (%2): %3")
                             .arg(module, m_folder.runningLink(module),
                                  QString::fromStdString(error.message())));
    }
    return {};
}

QString Deployer::runningTarget(const QString &module) const
{
    const QFileInfo link(m_folder.runningLink(module));
    if (!link.isSymLink())
        return {};
    return QDir::cleanPath(link.symLinkTarget());
}

bool Deployer::remove(const QString &deploymentDir) const
{
    // Never delete files under a process that holds them; such a folder stays
    // (recorded as abandoned) rather than be half-removed.
    if (!checkTreeNotHeld(deploymentDir, RetryPolicy::noWait()))
        return false;
    return QDir(deploymentDir).removeRecursively();
}

} // namespace osc
