#pragma once

#include <QList>
#include <QString>

// Who holds an advisory lock on a file, as far as this user can tell on Linux.
namespace osc {

struct FileHolder
{
    qint64 pid
        = 0; // 0 when the system does not say (another user's process, another pid namespace)
    QString processName; // /proc/<pid>/comm; empty when unknown
    QString lockKind; // as /proc/locks names it: "POSIX", "FLOCK", "OFDLCK", "LEASE", …

    bool isKnown() const { return pid > 0; }
    friend bool operator==(const FileHolder &, const FileHolder &) = default;
};

enum class HolderScope {
    OtherProcesses, // the calling process's own locks are left out
    IncludingThisProcess,
};

// The processes holding a lock on `path` (symlinks followed), by device and inode: those
// whose descriptors of the file hold a lock, from the "lock:" lines of
// /proc/<pid>/fdinfo/<fd> (only the processes this user may inspect expose them), and
// those /proc/locks names (another user's POSIX and flock locks too). An OFD lock (pid -1
// in /proc/locks) that no inspectable process holds is listed with pid 0. Lock waiters
// are not holders and are left out. One entry per (process, lock kind). Returns an empty
// list when nothing holds the file, when the file does not exist, or when the system
// offers no /proc (not Linux). Reads /proc only: safe on any thread.
QList<FileHolder> findFileHolders(const QString &path,
                                  HolderScope scope = HolderScope::OtherProcesses);

// A file some process holds a lock on.
struct LockedFile
{
    QString path; // absolute, under one of the roots searched
    QList<FileHolder> holders; // as findFileHolders() names them
};

// Every regular file under `roots` (searched recursively; symbolic links and other
// file systems mounted below a root are not followed) that a process holds an
// advisory lock on, by path. /proc/locks is read once and its locks on each root's
// device are matched by inode while the folders are walked; a root whose device no
// lock names is not walked at all, and each root's walk stops as soon as every
// locked inode of its device is found. Directory entries' inode numbers (d_ino) are
// trusted when they agree with stat() (checked on the first files met, per root);
// otherwise every file is stat()ed. Holders are named from /proc/locks, and through
// fdinfo only for a file with an OFD lock (cheap on every refresh: a line /proc/locks
// missed while other locks changed leaves that file out of one walk);
// a file held only by this process is left out unless `scope` includes it. Missing
// roots are skipped. Reads /proc and the folders only: safe on any thread, meant for
// a worker (a walk visits every directory entry under the roots).
QList<LockedFile> findLockedFiles(const QStringList &roots,
                                  HolderScope scope = HolderScope::OtherProcesses);

} // namespace osc
