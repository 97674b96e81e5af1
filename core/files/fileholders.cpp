#include "fileholders.h"

#include <QByteArray>
#include <QFile>

#include <cerrno>
#include <optional>

#ifdef Q_OS_LINUX
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>
#endif

namespace osc {

#ifdef Q_OS_LINUX
namespace {

struct FileId
{
    unsigned int major = 0;
    unsigned int minor = 0;
    quint64 inode = 0;
};

struct LockLine
{
    QByteArray kind;
    qint64 pid = 0;
};

// Reads a small /proc file whole. QFile would stat it and see size 0.
QByteArray readProcFile(const char *path)
{
    QByteArray content;
    const int fd = ::open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return content;
    char buffer[4096];
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        content.append(buffer, n);
    }
    ::close(fd);
    return content;
}

bool parseUnsigned(const QByteArray &text, int base, quint64 *value)
{
    bool ok = false;
    *value = text.toULongLong(&ok, base);
    return ok;
}

// "fe:00:10952839": the kernel prints major and minor in hex ("%02x:%02x"); some old or
// patched kernels printed them in decimal. Either reading that names our file counts: the
// inode must match too, so a false match needs the same inode on another device.
bool sameFile(const QByteArray &field, const FileId &id)
{
    const QList<QByteArray> parts = field.split(':');
    if (parts.size() != 3)
        return false;
    quint64 inode = 0;
    if (!parseUnsigned(parts[2], 10, &inode) || inode != id.inode)
        return false;
    for (const int base : {16, 10}) {
        quint64 major = 0;
        quint64 minor = 0;
        if (parseUnsigned(parts[0], base, &major) && parseUnsigned(parts[1], base, &minor)
            && major == id.major && minor == id.minor)
            return true;
    }
    return false;
}

// One line of /proc/locks, or what follows "lock:" in fdinfo:
//   "1: POSIX  ADVISORY  WRITE 1234 08:01:5678 0 EOF"
//   "2: -> FLOCK  ADVISORY  WRITE 1235 08:01:5678 0 EOF"   (a waiter: not a holder)
std::optional<LockLine> parseLockLine(const QByteArray &line, const FileId &id)
{
    const QList<QByteArray> fields = line.simplified().split(' ');
    if (fields.size() < 6 || fields[1] == "->")
        return std::nullopt;
    if (!sameFile(fields[5], id))
        return std::nullopt;
    bool ok = false;
    const qint64 pid = fields[4].toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    return LockLine{fields[1], pid};
}

QString processName(qint64 pid)
{
    const QByteArray path = "/proc/" + QByteArray::number(pid) + "/comm";
    return QString::fromLocal8Bit(readProcFile(path.constData()).trimmed());
}

bool isNumber(const char *name)
{
    if (!*name)
        return false;
    for (; *name; ++name) {
        if (*name < '0' || *name > '9')
            return false;
    }
    return true;
}

// The processes whose open file descriptions hold an OFD lock on the file. A process we
// may not inspect (another user's, without CAP_SYS_PTRACE) hides its fd and fdinfo
// folders: it is skipped silently. stat() of /proc/<pid>/fd/<n> names the open file, so
// only the fdinfo of the file's own descriptors is read.
QList<qint64> findOfdHolders(const FileId &id, dev_t device)
{
    QList<qint64> pids;
    DIR *proc = ::opendir("/proc");
    if (!proc)
        return pids;
    while (const dirent *process = ::readdir(proc)) {
        if (!isNumber(process->d_name))
            continue;
        const QByteArray fdDir = QByteArray("/proc/") + process->d_name + "/fd";
        DIR *fds = ::opendir(fdDir.constData());
        if (!fds)
            continue;
        while (const dirent *fd = ::readdir(fds)) {
            if (!isNumber(fd->d_name))
                continue;
            struct stat info;
            const QByteArray fdPath = fdDir + '/' + fd->d_name;
            if (::stat(fdPath.constData(), &info) != 0 || info.st_dev != device
                || quint64(info.st_ino) != id.inode)
                continue;
            const QByteArray fdInfo
                = QByteArray("/proc/") + process->d_name + "/fdinfo/" + fd->d_name;
            const QList<QByteArray> lines = readProcFile(fdInfo.constData()).split('\n');
            for (const QByteArray &line : lines) {
                if (!line.startsWith("lock:"))
                    continue;
                const std::optional<LockLine> lock = parseLockLine(line.mid(5), id);
                if (lock && lock->kind == "OFDLCK")
                    pids << QByteArray(process->d_name).toLongLong();
            }
        }
        ::closedir(fds);
    }
    ::closedir(proc);
    return pids;
}

} // namespace
#endif

QList<FileHolder> findFileHolders(const QString &path, HolderScope scope)
{
    QList<FileHolder> holders;
#ifdef Q_OS_LINUX
    struct stat info;
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return holders;
    const FileId id{::major(info.st_dev), ::minor(info.st_dev), quint64(info.st_ino)};

    QList<LockLine> locks;
    int unresolvedOfd = 0;
    const QList<QByteArray> lines = readProcFile("/proc/locks").split('\n');
    for (const QByteArray &line : lines) {
        if (const std::optional<LockLine> lock = parseLockLine(line, id)) {
            // Since Linux 3.15 OFD locks belong to an open file description, not a process,
            // and /proc/locks shows them with pid -1.
            if (lock->pid < 0)
                ++unresolvedOfd;
            else
                locks << *lock;
        }
    }
    if (unresolvedOfd > 0) {
        const QList<qint64> pids = findOfdHolders(id, info.st_dev);
        for (const qint64 pid : pids)
            locks << LockLine{"OFDLCK", pid};
        unresolvedOfd -= int(pids.size());
        // A process sharing the description (after fork) shows the same lock twice.
        if (unresolvedOfd > 0)
            locks << LockLine{"OFDLCK", 0};
    }

    const qint64 self = ::getpid();
    for (const LockLine &lock : std::as_const(locks)) {
        // pid 0: the holder lives in a pid namespace this /proc cannot name.
        if (lock.pid == self && scope == HolderScope::OtherProcesses)
            continue;
        FileHolder holder{lock.pid > 0 ? lock.pid : 0, {}, QString::fromLatin1(lock.kind)};
        if (holder.pid > 0)
            holder.processName = processName(holder.pid);
        if (!holders.contains(holder))
            holders << holder;
    }
#else
    Q_UNUSED(path);
    Q_UNUSED(scope);
#endif
    return holders;
}

} // namespace osc
