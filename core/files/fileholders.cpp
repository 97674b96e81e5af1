#include "fileholders.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <cerrno>
#include <optional>

#ifdef Q_OS_LINUX
#include <climits>
#include <cstdlib>
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

// The locks on the file held through the descriptors of the processes we may inspect, each
// named by the process whose descriptor holds it: fdinfo lists, under "lock:", the locks
// taken through that descriptor (an OFD or flock lock, or a POSIX lock of its process).
// A process we may not inspect (another user's, without CAP_SYS_PTRACE) hides its fd
// and fdinfo folders: it is skipped silently. stat() of /proc/<pid>/fd/<n> names the open
// file, so only the fdinfo of the file's own descriptors is read.
QList<LockLine> locksInFdinfo(const FileId &id, dev_t device)
{
    QList<LockLine> locks;
    DIR *proc = ::opendir("/proc");
    if (!proc)
        return locks;
    while (const dirent *process = ::readdir(proc)) {
        if (!isNumber(process->d_name))
            continue;
        const QByteArray fdDir = QByteArray("/proc/") + process->d_name + "/fd";
        DIR *fds = ::opendir(fdDir.constData());
        if (!fds)
            continue;
        const qint64 pid = QByteArray(process->d_name).toLongLong();
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
                if (const std::optional<LockLine> lock = parseLockLine(line.mid(5), id))
                    locks << LockLine{lock->kind, pid};
            }
        }
        ::closedir(fds);
    }
    ::closedir(proc);
    return locks;
}

// A lock of /proc/locks, as the whole-tree search keeps it.
struct RawLock
{
    QByteArray kind;
    qint64 pid = 0;
    QByteArray device; // "fe:00", as printed
    quint64 inode = 0;
};

QList<RawLock> readAllLocks()
{
    QList<RawLock> locks;
    const QList<QByteArray> lines = readProcFile("/proc/locks").split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() < 6 || fields[1] == "->")
            continue;
        const QList<QByteArray> id = fields[5].split(':');
        quint64 inode = 0;
        bool ok = false;
        const qint64 pid = fields[4].toLongLong(&ok);
        if (id.size() != 3 || !ok || !parseUnsigned(id[2], 10, &inode))
            continue;
        locks << RawLock{fields[1], pid, id[0] + ':' + id[1], inode};
    }
    return locks;
}

bool sameDevice(const QByteArray &device, unsigned int major, unsigned int minor)
{
    const QList<QByteArray> parts = device.split(':');
    if (parts.size() != 2)
        return false;
    for (const int base : {16, 10}) {
        quint64 readMajor = 0;
        quint64 readMinor = 0;
        if (parseUnsigned(parts[0], base, &readMajor) && parseUnsigned(parts[1], base, &readMinor)
            && readMajor == major && readMinor == minor)
            return true;
    }
    return false;
}

// The holders of a file: the processes /proc/locks names for it, and those found holding
// one of its locks through fdinfo (`inFdinfo`). An OFD lock's line carries pid -1 (since
// Linux 3.15 it belongs to an open file description, not a process): when fdinfo shows no
// OFD lock, its holder is a process we may not inspect, and is shown as pid 0, as the
// kernel shows a holder in a pid namespace our /proc cannot name. Lines are never counted
// (a reading can repeat one), so another user's OFD lock next to one fdinfo shows (two
// shared read locks) is not named.
QList<FileHolder> holdersFrom(const QList<LockLine> &lines, const QList<LockLine> &inFdinfo,
                              HolderScope scope)
{
    QList<LockLine> named = inFdinfo;
    const auto isOfd = [](const LockLine &line) {
        return line.kind == "OFDLCK" && line.pid < 0;
    };
    if (std::any_of(lines.cbegin(), lines.cend(), isOfd)
        && std::none_of(inFdinfo.cbegin(), inFdinfo.cend(),
                        [](const LockLine &line) { return line.kind == "OFDLCK"; }))
        named << LockLine{"OFDLCK", 0};
    for (const LockLine &line : lines) {
        if (!isOfd(line))
            named << line;
    }
    QList<FileHolder> holders;
    const qint64 self = ::getpid();
    for (const LockLine &line : std::as_const(named)) {
        if (line.pid == self && scope == HolderScope::OtherProcesses)
            continue;
        FileHolder holder{std::max<qint64>(line.pid, 0), {}, QString::fromLatin1(line.kind)};
        if (holder.pid > 0)
            holder.processName = processName(holder.pid);
        if (!holders.contains(holder))
            holders << holder;
    }
    return holders;
}

// The holders of one file found by the walk, from its /proc/locks lines.
QList<FileHolder> holdersOf(const QList<RawLock> &locks, const FileId &id, dev_t device,
                            HolderScope scope)
{
    QList<LockLine> lines;
    bool ofdLocked = false;
    for (const RawLock &lock : locks) {
        lines << LockLine{lock.kind, lock.pid};
        ofdLocked = ofdLocked || (lock.kind == "OFDLCK" && lock.pid < 0);
    }
    // Only an OFD lock needs fdinfo to be named: the walk reads it for no other file.
    return holdersFrom(lines, ofdLocked ? locksInFdinfo(id, device) : QList<LockLine>(), scope);
}

// The mount points strictly below `root`, as paths that start with `root` itself
// (which may name the folder through a symbolic link), from /proc/self/mountinfo:
//   "36 35 98:0 /mnt1 /mnt/parent rw,noatime master:1 - ext3 /dev/root rw"
// whose fifth field is the mount point, with spaces and the like escaped in octal.
QSet<QByteArray> mountPointsBelow(const QByteArray &root)
{
    QSet<QByteArray> below;
    char resolved[PATH_MAX];
    if (!::realpath(root.constData(), resolved))
        return below;
    const QByteArray canonical(resolved);
    const QList<QByteArray> lines = readProcFile("/proc/self/mountinfo").split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> fields = line.split(' ');
        if (fields.size() < 5)
            continue;
        QByteArray point;
        const QByteArray &escaped = fields.at(4);
        for (qsizetype i = 0; i < escaped.size(); ++i) {
            if (escaped.at(i) == '\\' && i + 3 < escaped.size()) {
                point += char(escaped.mid(i + 1, 3).toInt(nullptr, 8));
                i += 3;
            } else {
                point += escaped.at(i);
            }
        }
        if (point.startsWith(canonical + '/'))
            below.insert(root + point.mid(canonical.size()));
    }
    return below;
}

// Walks `root` for the inodes of `wanted` (locks on the root's device, by inode).
void walkForInodes(const QByteArray &root, dev_t device,
                   const QHash<quint64, QList<RawLock>> &wanted, HolderScope scope,
                   QList<LockedFile> *found)
{
    const QSet<QByteArray> mountPoints = mountPointsBelow(root);
    QSet<quint64> missing;
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it)
        missing.insert(it.key());
    int checked = 0; // files whose d_ino was compared with stat()
    bool trustDirectoryInodes = true;
    constexpr int calibrationFiles = 16;
    QList<QByteArray> folders{root};
    while (!folders.isEmpty() && !missing.isEmpty()) {
        const QByteArray folder = folders.takeLast();
        DIR *dir = ::opendir(folder.constData());
        if (!dir)
            continue;
        const int dirFd = ::dirfd(dir);
        while (const dirent *entry = ::readdir(dir)) {
            const char *name = entry->d_name;
            if (name[0] == '.' && (name[1] == 0 || (name[1] == '.' && name[2] == 0)))
                continue;
            unsigned char type = entry->d_type;
            struct stat info;
            bool statted = false;
            if (type == DT_UNKNOWN) {
                if (::fstatat(dirFd, name, &info, AT_SYMLINK_NOFOLLOW) != 0)
                    continue;
                statted = true;
                type = S_ISDIR(info.st_mode) ? DT_DIR : S_ISREG(info.st_mode) ? DT_REG : DT_LNK;
            }
            if (type == DT_DIR) {
                // Another file system mounted here is not ours to walk. The mount table
                // says which folders those are, which spares a stat() of every folder.
                const QByteArray path = folder + '/' + name;
                if (statted ? info.st_dev == device : !mountPoints.contains(path))
                    folders << path;
                continue;
            }
            if (type != DT_REG)
                continue;
            const bool candidate = missing.contains(quint64(entry->d_ino));
            const bool calibrating = trustDirectoryInodes && checked < calibrationFiles;
            if (!candidate && !calibrating && trustDirectoryInodes)
                continue;
            if (!statted && ::fstatat(dirFd, name, &info, AT_SYMLINK_NOFOLLOW) != 0)
                continue;
            if (calibrating) {
                ++checked;
                if (quint64(info.st_ino) != quint64(entry->d_ino))
                    trustDirectoryInodes = false; // e.g. some overlay set-ups: stat everything
            }
            const quint64 inode = quint64(info.st_ino);
            if (info.st_dev != device || !S_ISREG(info.st_mode) || !missing.contains(inode))
                continue;
            missing.remove(inode);
            const FileId id{::major(device), ::minor(device), inode};
            QList<FileHolder> holders = holdersOf(wanted.value(inode), id, device, scope);
            if (!holders.isEmpty())
                *found << LockedFile{QFile::decodeName(folder + '/' + name), std::move(holders)};
        }
        ::closedir(dir);
    }
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
    const QList<QByteArray> lines = readProcFile("/proc/locks").split('\n');
    for (const QByteArray &line : lines) {
        if (const std::optional<LockLine> lock = parseLockLine(line, id))
            locks << *lock;
    }
    // fdinfo is read even when /proc/locks shows nothing: the kernel prints /proc/locks a
    // page at a time, and a lock taken or released between two pages shifts the lines
    // after it, so one reading can miss a line (or show one twice). fdinfo, read one
    // descriptor at a time, names every holder we may inspect whatever the churn. The
    // cost: a stat() of every descriptor of every process we may inspect, on a path that
    // only runs once a lock was refused.
    holders = holdersFrom(locks, locksInFdinfo(id, info.st_dev), scope);
#else
    Q_UNUSED(path);
    Q_UNUSED(scope);
#endif
    return holders;
}

QList<LockedFile> findLockedFiles(const QStringList &roots, HolderScope scope)
{
    QList<LockedFile> found;
#ifdef Q_OS_LINUX
    const QList<RawLock> locks = readAllLocks();
    if (locks.isEmpty())
        return found;
    for (const QString &root : roots) {
        const QByteArray path = QFile::encodeName(QDir::cleanPath(root));
        struct stat info;
        if (::stat(path.constData(), &info) != 0 || !S_ISDIR(info.st_mode))
            continue;
        QHash<quint64, QList<RawLock>> wanted;
        for (const RawLock &lock : locks) {
            if (sameDevice(lock.device, ::major(info.st_dev), ::minor(info.st_dev)))
                wanted[lock.inode] << lock;
        }
        if (!wanted.isEmpty())
            walkForInodes(path, info.st_dev, wanted, scope, &found);
    }
    std::sort(found.begin(), found.end(),
              [](const LockedFile &a, const LockedFile &b) { return a.path < b.path; });
#else
    Q_UNUSED(roots);
    Q_UNUSED(scope);
#endif
    return found;
}

} // namespace osc
