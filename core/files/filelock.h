#pragma once

#include "files/fileholders.h"
#include "util/result.h"

#include <QList>
#include <QString>

#include <chrono>
#include <optional>

// Advisory locks on the files that compile and deploy steps write under an environment's
// compilations/ and deployments/ folders, and the FILE_IN_USE error when another process
// keeps one locked. See docs/architecture.md, "Files in use".
namespace osc {

// How long to wait for a file another process holds: attempts are spaced by a delay that
// starts at firstDelay and doubles up to maxDelay, and no wait goes past `timeout` after the
// first attempt (or past `deadline`, when set, whichever comes first).
struct RetryPolicy
{
    std::chrono::milliseconds timeout{5000};
    std::chrono::milliseconds firstDelay{25};
    std::chrono::milliseconds maxDelay{500};
    // An absolute limit shared by several calls: see startingNow().
    std::optional<std::chrono::steady_clock::time_point> deadline;

    // A copy whose deadline is now + timeout, so that a series of acquire() calls made with
    // it waits no longer than `timeout` in total rather than `timeout` each.
    RetryPolicy startingNow() const;
    // Tries once and never waits.
    static RetryPolicy noWait();
};

// One file that another process keeps locked, for fileInUseExplanation().
struct HeldFile
{
    QString path;
    QList<FileHolder> holders;
};

// The lines that follow the FILE_IN_USE catalogue message (translated, context "FileLock"):
//   File: <path>
//   Held by: process <pid> (<name>)          one line per process, or
//   Held by: a process this user cannot identify
// and then advice naming the folders to exclude from antivirus and backup scanning (the
// environment's compilations and deployments folders when the path lies under one of them,
// the file's folder otherwise). Does not include the catalogue message itself.
QString fileInUseExplanation(const QString &path, const QList<FileHolder> &holders);
QString fileInUseExplanation(const QList<HeldFile> &files);

// The whole FILE_IN_USE error: code Failed; message = messages::fileInUse() + '\n' +
// fileInUseExplanation(files); detail = untranslated facts, one "file:" line per file and
// one "holder:" line per holder, then `waited` and `attempts`.
Error fileInUseError(const QList<HeldFile> &files, std::chrono::milliseconds waited, int attempts);

// An exclusive advisory lock on one file, held while the object lives (RAII; movable, not
// copyable). It is two locks on one open file description, because Linux keeps flock(2)
// locks and fcntl(2) record locks apart and real-world holders use either:
//   - an open file description (OFD) write lock on the whole file (F_OFD_SETLK), which
//     also conflicts with classic POSIX fcntl()/lockf() locks, and
//   - flock(LOCK_EX).
// Both conflict with other open file descriptions too, so two FileLocks on one file exclude
// each other even inside one process. Locks are advisory: they stop processes that ask,
// not processes that simply open the file. Not thread-safe; a FileLock may be moved to and
// released on another thread.
class FileLock
{
public:
    enum class Mode {
        CreateOrOpen, // open for writing, creating the file (0666 & ~umask) when missing
        CreateNew, // create the file; fail when it exists (O_EXCL)
        ExistingOnly, // open an existing file for writing; fail when it is missing. A file
                      // this user may only read is opened read-only and gets a shared OFD
                      // lock once no other process holds any lock on it.
    };

    FileLock() = default; // holds nothing
    ~FileLock();
    FileLock(FileLock &&other) noexcept;
    FileLock &operator=(FileLock &&other) noexcept;
    FileLock(const FileLock &) = delete;
    FileLock &operator=(const FileLock &) = delete;

    // Opens `path` (O_CLOEXEC) and locks it, retrying with backoff while another open file
    // description holds either lock, until the policy's timeout. Blocks the calling thread:
    // call it from a worker. Errors (code Failed): the FILE_IN_USE error of fileInUseError()
    // naming the holders (including this process's other FileLocks on the file) after the
    // timeout; "Cannot open the file '<path>': <system reason>." when it cannot be opened
    // (missing, permissions, a folder); "Cannot lock the file '<path>': <system reason>."
    // when the file system refuses locks.
    static Result<FileLock> acquire(const QString &path, const RetryPolicy &policy = {},
                                    Mode mode = Mode::CreateOrOpen);

    // For "about to replace or remove this file": acquires the lock and releases it at once.
    // A missing file is fine (nothing holds it).
    static Result<void> checkNotHeld(const QString &path, const RetryPolicy &policy = {});

    bool isLocked() const { return m_fd >= 0; }
    int fd() const { return m_fd; } // -1 when not locked; owned by this object
    const QString &path() const { return m_path; }
    // Unlocks and closes the file; a no-op when nothing is held.
    void release();

private:
    FileLock(int fd, QString path) : m_fd(fd), m_path(std::move(path)) { }

    int m_fd = -1;
    QString m_path;
};

// Checks that no other process holds a lock on any regular file under `dir` (recursively,
// symlinks not followed), e.g. before a deployment folder is retired or removed. The total
// wait is bounded by the policy (one shared deadline, not one per file): every file is tried
// once, then only the held ones are retried. On timeout the FILE_IN_USE error names every
// file still held. A missing folder is fine; an unreadable one is an error.
Result<void> checkTreeNotHeld(const QString &dir, const RetryPolicy &policy = {});

} // namespace osc
