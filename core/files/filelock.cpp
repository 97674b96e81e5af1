#include "filelock.h"

#include "domain/messages.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <algorithm>
#include <cerrno>
#include <filesystem>
#include <system_error>
#include <thread>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>
#endif

namespace osc {

using Clock = std::chrono::steady_clock;
using std::chrono::milliseconds;

RetryPolicy RetryPolicy::startingNow() const
{
    RetryPolicy policy = *this;
    const Clock::time_point end = Clock::now() + timeout;
    policy.deadline = deadline ? std::min(*deadline, end) : end;
    return policy;
}

RetryPolicy RetryPolicy::noWait()
{
    RetryPolicy policy;
    policy.timeout = milliseconds(0);
    return policy;
}

namespace {

Clock::time_point deadlineOf(const RetryPolicy &policy, Clock::time_point start)
{
    const Clock::time_point end = start + policy.timeout;
    return policy.deadline ? std::min(*policy.deadline, end) : end;
}

// Backoff between attempts: doubles from firstDelay up to maxDelay, never past the deadline.
class Backoff
{
public:
    explicit Backoff(const RetryPolicy &policy)
        : m_start(Clock::now())
        , m_deadline(deadlineOf(policy, m_start))
        , m_delay(std::max(policy.firstDelay, milliseconds(1)))
        , m_maxDelay(std::max(policy.maxDelay, m_delay))
    { }

    // Sleeps before the next attempt; false when the deadline has passed.
    bool wait()
    {
        const Clock::time_point now = Clock::now();
        if (now >= m_deadline)
            return false;
        std::this_thread::sleep_for(std::min<Clock::duration>(m_delay, m_deadline - now));
        m_delay = std::min(m_delay * 2, m_maxDelay);
        return true;
    }
    milliseconds waited() const
    {
        return std::chrono::duration_cast<milliseconds>(Clock::now() - m_start);
    }

private:
    Clock::time_point m_start;
    Clock::time_point m_deadline;
    milliseconds m_delay;
    milliseconds m_maxDelay;
};

#ifdef Q_OS_UNIX
struct OpenedFile
{
    int fd = -1;
    bool shared = false; // opened read-only: the OFD lock is a read lock
    int error = 0;
};

OpenedFile openForLock(const QString &path, FileLock::Mode mode)
{
    const QByteArray name = QFile::encodeName(path);
    int flags = O_RDWR | O_CLOEXEC;
    if (mode == FileLock::Mode::CreateOrOpen)
        flags |= O_CREAT;
    else if (mode == FileLock::Mode::CreateNew)
        flags |= O_CREAT | O_EXCL;
    int fd = -1;
    do {
        fd = ::open(name.constData(), flags, 0666);
    } while (fd < 0 && errno == EINTR);
    if (fd >= 0)
        return {fd, false, 0};
    const int error = errno;
    // A file we may only read, or a program that is running (ETXTBSY), can still be checked.
    if (mode == FileLock::Mode::ExistingOnly
        && (error == EACCES || error == EPERM || error == EROFS || error == ETXTBSY)) {
        fd = ::open(name.constData(), O_RDONLY | O_CLOEXEC);
        if (fd >= 0)
            return {fd, true, 0};
    }
    return {-1, false, error};
}

enum class Attempt { Locked, Busy, Failed };

void unlock(int fd)
{
    struct flock region = {};
    region.l_type = F_UNLCK;
    region.l_whence = SEEK_SET;
    ::fcntl(fd, F_OFD_SETLK, &region);
    ::flock(fd, LOCK_UN);
}

Attempt tryLock(int fd, bool shared, int *error)
{
    struct flock region = {}; // whole file; l_pid must be 0 for OFD locks
    region.l_whence = SEEK_SET;
    if (shared) {
        // A read lock would coexist with other readers' locks: make sure there are none.
        region.l_type = F_WRLCK;
        if (::fcntl(fd, F_OFD_GETLK, &region) != 0) {
            *error = errno;
            return Attempt::Failed;
        }
        if (region.l_type != F_UNLCK)
            return Attempt::Busy;
        region = {};
        region.l_whence = SEEK_SET;
    }
    region.l_type = shared ? F_RDLCK : F_WRLCK;
    int result = 0;
    do {
        result = ::fcntl(fd, F_OFD_SETLK, &region);
    } while (result != 0 && errno == EINTR);
    if (result != 0) {
        *error = errno;
        return (errno == EAGAIN || errno == EACCES) ? Attempt::Busy : Attempt::Failed;
    }
    do {
        result = ::flock(fd, LOCK_EX | LOCK_NB);
    } while (result != 0 && errno == EINTR);
    if (result != 0) {
        *error = errno;
        unlock(fd);
        return *error == EWOULDBLOCK ? Attempt::Busy : Attempt::Failed;
    }
    return Attempt::Locked;
}

void closeFd(int fd)
{
    ::close(fd); // not retried on EINTR: on Linux the descriptor is gone either way
}
#endif

Error openError(const QString &path, int error)
{
    return makeError(ErrorCode::Failed,
                     QCoreApplication::translate("FileLock", "Cannot open the file '%1': %2.")
                         .arg(path, qt_error_string(error)),
                     QStringLiteral("file: %1\nerrno: %2").arg(path).arg(error));
}

Error lockError(const QString &path, int error)
{
    return makeError(ErrorCode::Failed,
                     QCoreApplication::translate("FileLock", "Cannot lock the file '%1': %2.")
                         .arg(path, qt_error_string(error)),
                     QStringLiteral("file: %1\nerrno: %2").arg(path).arg(error));
}

// The folders to exclude from scanning for a file: the environment's compilations and
// deployments folders when the file lies under one of them, its own folder otherwise.
QStringList foldersToExclude(const QString &path)
{
    const QString absolute = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    const QStringList parts = absolute.split(u'/');
    for (qsizetype i = parts.size() - 2; i >= 1; --i) {
        if (parts[i] == QLatin1String("compilations") || parts[i] == QLatin1String("deployments")) {
            const QString root = parts.mid(0, i).join(u'/');
            return {root + QStringLiteral("/compilations"), root + QStringLiteral("/deployments")};
        }
    }
    return {QFileInfo(absolute).path()};
}

QStringList holderLines(const QList<FileHolder> &holders)
{
    QStringList lines;
    QList<qint64> listed;
    bool unknown = holders.isEmpty();
    for (const FileHolder &holder : holders) {
        if (!holder.isKnown()) {
            unknown = true;
            continue;
        }
        if (listed.contains(holder.pid))
            continue;
        listed << holder.pid;
        lines
            << (holder.processName.isEmpty()
                    ? QCoreApplication::translate("FileLock", "Held by: process %1").arg(holder.pid)
                    : QCoreApplication::translate("FileLock", "Held by: process %1 (%2)")
                          .arg(holder.pid)
                          .arg(holder.processName));
    }
    if (unknown)
        lines << QCoreApplication::translate("FileLock",
                                             "Held by: a process this user cannot identify");
    return lines;
}

} // namespace

QString fileInUseExplanation(const QString &path, const QList<FileHolder> &holders)
{
    return fileInUseExplanation(QList<HeldFile>{{path, holders}});
}

QString fileInUseExplanation(const QList<HeldFile> &files)
{
    QStringList lines;
    QList<QStringList> adviceFolders;
    for (const HeldFile &file : files) {
        lines << QCoreApplication::translate("FileLock", "File: %1").arg(file.path);
        lines << holderLines(file.holders);
        const QStringList folders = foldersToExclude(file.path);
        if (!adviceFolders.contains(folders))
            adviceFolders << folders;
    }
    for (const QStringList &folders : std::as_const(adviceFolders)) {
        if (folders.size() == 2)
            lines << QCoreApplication::translate(
                         "FileLock",
                         "Exclude the environment's compilations and deployments folders (%1 and "
                         "%2) from antivirus and backup scanning, or stop the process that holds "
                         "the file, then try again.")
                         .arg(folders[0], folders[1]);
        else
            lines << QCoreApplication::translate(
                         "FileLock",
                         "Exclude the folder %1 from antivirus and backup scanning, or stop the "
                         "process that holds the file, then try again.")
                         .arg(folders.value(0));
    }
    return lines.join(u'\n');
}

Error fileInUseError(const QList<HeldFile> &files, milliseconds waited, int attempts)
{
    QStringList facts;
    for (const HeldFile &file : files) {
        facts << QStringLiteral("file: %1").arg(file.path);
        for (const FileHolder &holder : file.holders)
            facts << QStringLiteral("holder: pid %1, name %2, lock %3")
                         .arg(holder.pid)
                         .arg(holder.processName.isEmpty() ? QStringLiteral("unknown")
                                                           : holder.processName,
                              holder.lockKind);
        if (file.holders.isEmpty())
            facts << QStringLiteral("holder: unknown");
    }
    facts << QStringLiteral("waited: %1 ms").arg(waited.count());
    facts << QStringLiteral("attempts: %1").arg(attempts);
    return makeError(ErrorCode::Failed, messages::fileInUse() + u'\n' + fileInUseExplanation(files),
                     facts.join(u'\n'));
}

FileLock::~FileLock()
{
    release();
}

FileLock::FileLock(FileLock &&other) noexcept
    : m_fd(std::exchange(other.m_fd, -1)), m_path(std::move(other.m_path))
{ }

FileLock &FileLock::operator=(FileLock &&other) noexcept
{
    if (this != &other) {
        release();
        m_fd = std::exchange(other.m_fd, -1);
        m_path = std::move(other.m_path);
    }
    return *this;
}

void FileLock::release()
{
    if (m_fd < 0)
        return;
#ifdef Q_OS_UNIX
    // Unlocking explicitly, not only by closing, also frees the locks if the descriptor was
    // duplicated (dup, fork without exec), which would otherwise keep them alive.
    unlock(m_fd);
    closeFd(m_fd);
#endif
    m_fd = -1;
}

Result<FileLock> FileLock::acquire(const QString &path, const RetryPolicy &policy, Mode mode)
{
#ifdef Q_OS_UNIX
    const OpenedFile file = openForLock(path, mode);
    if (file.fd < 0)
        return openError(path, file.error);
    Backoff backoff(policy);
    int attempts = 0;
    do {
        ++attempts;
        int error = 0;
        switch (tryLock(file.fd, file.shared, &error)) {
        case Attempt::Locked:
            return FileLock(file.fd, path);
        case Attempt::Failed:
            closeFd(file.fd);
            return lockError(path, error);
        case Attempt::Busy:
            break;
        }
    } while (backoff.wait());
    closeFd(file.fd);
    // Our own attempt holds nothing now, so every lock left on the file is a blocker,
    // including another FileLock of this process.
    return fileInUseError({{path, findFileHolders(path, HolderScope::IncludingThisProcess)}},
                          backoff.waited(), attempts);
#else
    Q_UNUSED(policy);
    Q_UNUSED(mode);
    return makeError(
        ErrorCode::Internal,
        QCoreApplication::translate(
            "FileLock", "Cannot lock the file '%1': file locks are not supported on this system.")
            .arg(path));
#endif
}

Result<void> FileLock::checkNotHeld(const QString &path, const RetryPolicy &policy)
{
    if (!QFileInfo::exists(path))
        return {};
    Result<FileLock> lock = acquire(path, policy, Mode::ExistingOnly);
    if (!lock.ok()) {
        if (!QFileInfo::exists(path)) // removed while we waited: nothing holds it now
            return {};
        return lock.error();
    }
    return {};
}

Result<void> checkTreeNotHeld(const QString &dir, const RetryPolicy &policy)
{
    namespace fs = std::filesystem;
    const fs::path root(QFile::encodeName(dir).toStdString());
    std::error_code error;
    if (!fs::exists(fs::symlink_status(root, error)))
        return {};

    QList<QString> pending;
    fs::recursive_directory_iterator it(root, fs::directory_options::none, error);
    for (; !error && it != fs::recursive_directory_iterator(); it.increment(error)) {
        std::error_code statusError;
        if (it->is_regular_file(statusError) && !it->is_symlink(statusError))
            pending << QFile::decodeName(QByteArray::fromStdString(it->path().native()));
    }
    if (error)
        return makeError(ErrorCode::Failed,
                         QCoreApplication::translate("FileLock", "Cannot read the folder '%1': %2.")
                             .arg(dir, QString::fromStdString(error.message())),
                         QStringLiteral("folder: %1\nerrno: %2").arg(dir).arg(error.value()));

#ifdef Q_OS_UNIX
    Backoff backoff(policy);
    int attempts = 0;
    do {
        ++attempts;
        QList<QString> held;
        for (const QString &path : std::as_const(pending)) {
            const OpenedFile file = openForLock(path, FileLock::Mode::ExistingOnly);
            if (file.fd < 0) {
                if (file.error == ENOENT) // removed meanwhile
                    continue;
                return openError(path, file.error);
            }
            int lockErrno = 0;
            const Attempt attempt = tryLock(file.fd, file.shared, &lockErrno);
            if (attempt == Attempt::Locked)
                unlock(file.fd);
            closeFd(file.fd);
            if (attempt == Attempt::Failed)
                return lockError(path, lockErrno);
            if (attempt == Attempt::Busy)
                held << path;
        }
        pending = held;
        if (pending.isEmpty())
            return {};
    } while (backoff.wait());

    QList<HeldFile> files;
    for (const QString &path : std::as_const(pending))
        files << HeldFile{path, findFileHolders(path, HolderScope::IncludingThisProcess)};
    return fileInUseError(files, backoff.waited(), attempts);
#else
    Q_UNUSED(policy);
    return {};
#endif
}

} // namespace osc
