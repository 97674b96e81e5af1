#include "stagingfolder.h"

#include "files/filelock.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cerrno>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace osc {

// qt_error_string() is strerror_r() underneath: safe on worker threads.
static QString systemReason(int error)
{
    return qt_error_string(error);
}

#ifdef Q_OS_UNIX
// Flushes a file's data or a folder's entries to disk; without it a renamed folder may
// come back with empty files after a power cut.
static bool syncPath(const QString &path, int flags, int *error)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC | flags);
    if (fd < 0) {
        *error = errno;
        return false;
    }
    const bool ok = ::fsync(fd) == 0;
    *error = errno;
    ::close(fd);
    return ok;
}
#endif

// Writes a new file, holding an advisory lock on it while it is written (so that a
// process that respects locks never reads it half-written). On Unix the system calls
// are made directly: QFile reports a short write (a full disk, a file size limit) as
// "Unknown error". commit() syncs it later.
static bool writeDurably(const QString &path, const QByteArray &content, QString *reason)
{
#ifdef Q_OS_UNIX
    Result<FileLock> lock
        = FileLock::acquire(path, RetryPolicy::noWait(), FileLock::Mode::CreateNew);
    if (!lock) {
        *reason = lock.error().message;
        return false;
    }
    const int fd = lock->fd();
    const char *data = content.constData();
    qsizetype left = content.size();
    while (left > 0) {
        const ssize_t written = ::write(fd, data, size_t(left));
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0) {
            *reason = systemReason(written < 0 ? errno : ENOSPC);
            return false;
        }
        data += written;
        left -= written;
    }
    return true;
#else
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)
        || file.write(content) != content.size() || !file.flush()) {
        *reason = file.errorString();
        return false;
    }
    file.close();
    if (file.error() != QFileDevice::NoError) {
        *reason = file.errorString();
        return false;
    }
    return true;
#endif
}

StagingFolder::StagingFolder(QString outputDir) : m_outputDir(QDir::cleanPath(std::move(outputDir)))
{ }

StagingFolder::~StagingFolder() = default; // QTemporaryDir removes an uncommitted folder

bool StagingFolder::fail(const QString &message)
{
    m_error = message;
    m_staging.reset();
    return false;
}

bool StagingFolder::open()
{
    const QFileInfo output(m_outputDir);
    if (output.exists() || output.isSymLink())
        return fail(QCoreApplication::translate(
                        "osc::BuiltinCompiler",
                        "Cannot create the compilation folder '%1': it already exists.")
                        .arg(m_outputDir));
    const QString parent = output.absolutePath();
    if (!QFileInfo(parent).isDir()) {
        errno = 0;
        if (!QDir().mkpath(parent)) {
            const int error = errno;
            return fail(QCoreApplication::translate("osc::BuiltinCompiler",
                                                    "Cannot create the folder '%1': %2.")
                            .arg(parent,
                                 error ? systemReason(error)
                                       : QCoreApplication::translate(
                                           "osc::BuiltinCompiler",
                                           "a file is in the way or access is denied")));
        }
    }
    m_staging = std::make_unique<QTemporaryDir>(QDir(parent).filePath(
        QLatin1Char('.') + output.fileName() + QStringLiteral(".partial-XXXXXX")));
    if (!m_staging->isValid())
        return fail(QCoreApplication::translate("osc::BuiltinCompiler",
                                                "Cannot create a folder in '%1': %2.")
                        .arg(parent, m_staging->errorString()));
    // QTemporaryDir is private to its owner (0700); a compilation is an ordinary folder.
    QFile::setPermissions(m_staging->path(),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
                              | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
    m_folders << QString();
    return true;
}

bool StagingFolder::ensureFolder(const QString &relativeFolder)
{
    if (relativeFolder.isEmpty() || m_folders.contains(relativeFolder))
        return true;
    const qsizetype slash = relativeFolder.lastIndexOf(u'/');
    if (slash > 0 && !ensureFolder(relativeFolder.left(slash)))
        return false;
    const QString path = m_staging->filePath(relativeFolder);
    errno = 0;
    if (!QDir().mkdir(path)) {
        const int error = errno;
        return fail(QCoreApplication::translate("osc::BuiltinCompiler",
                                                "Cannot create the folder '%1': %2.")
                        .arg(path, systemReason(error ? error : EIO)));
    }
    m_folders << relativeFolder;
    return true;
}

bool StagingFolder::write(const QString &relativePath, const QByteArray &content)
{
    Q_ASSERT(m_staging);
    const qsizetype slash = relativePath.lastIndexOf(u'/');
    if (slash > 0 && !ensureFolder(relativePath.left(slash)))
        return false;

    const QString path = m_staging->filePath(relativePath);
    QString reason;
    if (!writeDurably(path, content, &reason))
        return fail(
            QCoreApplication::translate("osc::BuiltinCompiler", "Cannot write the file '%1': %2.")
                .arg(path, reason));

    m_artifacts << Artifact{
        relativePath, content.size(),
        QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex())};
    return true;
}

bool StagingFolder::adopt(const QString &relativePath)
{
    Q_ASSERT(m_staging);
    Q_ASSERT(!relativePath.isEmpty() && !QDir::isAbsolutePath(relativePath)
             && !relativePath.split(u'/').contains(QStringLiteral("..")));
    const QString path = m_staging->filePath(relativePath);
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file))
        return fail(
            QCoreApplication::translate("osc::BuiltinCompiler", "Cannot read the file '%1': %2.")
                .arg(path, file.errorString()));
    const qsizetype slash = relativePath.lastIndexOf(u'/');
    if (slash > 0)
        rememberFolders(relativePath.left(slash));
    m_artifacts << Artifact{relativePath, file.size(), QString::fromLatin1(hash.result().toHex())};
    return true;
}

// Folders made by someone else: they exist already, commit() only has to sync them.
void StagingFolder::rememberFolders(const QString &relativeFolder)
{
    if (m_folders.contains(relativeFolder))
        return;
    const qsizetype slash = relativeFolder.lastIndexOf(u'/');
    if (slash > 0)
        rememberFolders(relativeFolder.left(slash));
    m_folders << relativeFolder;
}

QString StagingFolder::path() const
{
    return m_staging ? m_staging->path() : QString();
}

bool StagingFolder::commit()
{
    Q_ASSERT(m_staging);
#ifdef Q_OS_UNIX
    // Syncing once at the end rather than after each write lets the file system flush
    // everything in one journal commit: on ext4 this made compiles 2-3x faster.
    for (const Artifact &artifact : std::as_const(m_artifacts)) {
        int error = 0;
        const QString path = m_staging->filePath(artifact.path);
        if (!syncPath(path, 0, &error))
            return fail(QCoreApplication::translate("osc::BuiltinCompiler",
                                                    "Cannot write the file '%1': %2.")
                            .arg(path, systemReason(error)));
    }
    for (const QString &folder : std::as_const(m_folders)) {
        int error = 0;
        const QString path = folder.isEmpty() ? m_staging->path() : m_staging->filePath(folder);
        if (!syncPath(path, O_DIRECTORY, &error))
            return fail(QCoreApplication::translate("osc::BuiltinCompiler",
                                                    "Cannot write the folder '%1': %2.")
                            .arg(path, systemReason(error)));
    }
#endif
    // rename() would silently replace an empty folder created meanwhile; QFile::rename
    // refuses any existing destination.
    QFile staged(m_staging->path());
    if (QFileInfo::exists(m_outputDir) || !staged.rename(m_outputDir))
        return fail(QCoreApplication::translate("osc::BuiltinCompiler",
                                                "Cannot move the compilation into '%1': %2.")
                        .arg(m_outputDir,
                             QFileInfo::exists(m_outputDir) ? QCoreApplication::translate(
                                 "osc::BuiltinCompiler", "it already exists")
                                                            : staged.errorString()));
    m_staging->setAutoRemove(false);
    m_staging.reset();
#ifdef Q_OS_UNIX
    int error = 0;
    syncPath(QFileInfo(m_outputDir).absolutePath(), O_DIRECTORY, &error); // best effort
#endif
    return true;
}

} // namespace osc
