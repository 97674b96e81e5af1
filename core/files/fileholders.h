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

// The processes holding a lock on `path` (symlinks followed), matched by device and inode
// against /proc/locks. Open file description locks (OFD, shown with pid -1 there) are traced
// to their process through the "lock:" lines of /proc/<pid>/fdinfo/<fd>, which only the
// processes this user may inspect expose; one that cannot be traced is listed with pid 0.
// Lock waiters are not holders and are left out. One entry per (process, lock kind).
// Returns an empty list when nothing holds the file, when the file does not exist, or when
// the system offers no /proc/locks (not Linux). Reads /proc only: safe on any thread.
QList<FileHolder> findFileHolders(const QString &path,
                                  HolderScope scope = HolderScope::OtherProcesses);

} // namespace osc
