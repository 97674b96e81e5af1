#pragma once

#include "operations/lockmanager.h"

#include <QString>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace osc {

// Keeps one operation's lease alive while the operation runs: a thread of its own,
// with a database connection of its own (a connection belongs to one thread),
// renews the lease every third of its length. If the holder process dies or is
// stopped, renewals stop with it and the lease expires; other processes then
// recover the locks (LockManager::tryAcquire / recoverExpired).
//
// lost() turns true, from the keeper's thread, when a renewal finds that the
// operation no longer holds its locks; the operation should stop writing (its
// writes would be refused by the fencing check anyway). The destructor stops and
// joins the thread.
class LeaseKeeper final
{
public:
    LeaseKeeper(QString databaseFile, OperationTicket ticket, std::chrono::milliseconds lease);
    ~LeaseKeeper();
    LeaseKeeper(const LeaseKeeper &) = delete;
    LeaseKeeper &operator=(const LeaseKeeper &) = delete;

    bool lost() const { return m_lost.load(); }

private:
    void run();

    const QString m_databaseFile;
    const OperationTicket m_ticket;
    const std::chrono::milliseconds m_lease;
    std::atomic<bool> m_lost{false};
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace osc
