#include "leasekeeper.h"

#include "storage/database.h"

#include <QDebug>

namespace osc {

LeaseKeeper::LeaseKeeper(QString databaseFile, OperationTicket ticket,
                         std::chrono::milliseconds lease)
    : m_databaseFile(std::move(databaseFile))
    , m_ticket(std::move(ticket))
    , m_lease(lease)
    , m_thread([this] { run(); })
{ }

LeaseKeeper::~LeaseKeeper()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

void LeaseKeeper::run()
{
    std::unique_ptr<Database> db;
    {
        Result<std::unique_ptr<Database>> opened
            = Database::openSqlite(m_databaseFile, Database::OpenMode::OpenExisting);
        if (!opened) {
            // Without renewals the lease simply expires; the fencing check then
            // stops the operation's writes. Say why in the process's log.
            qWarning().noquote() << "Cannot renew the operation's lease:"
                                 << opened.error().fullText();
            return;
        }
        db = std::move(opened.value());
    }
    LockManager locks(*db, m_lease);
    const auto interval = std::max(m_lease / 3, std::chrono::milliseconds(50));
    std::unique_lock lock(m_mutex);
    while (!m_wake.wait_for(lock, interval, [this] { return m_stopping; })) {
        lock.unlock();
        Result<bool> renewed = locks.renew(m_ticket);
        lock.lock();
        if (renewed && !*renewed) {
            m_lost = true;
            break;
        }
        // A failed renewal (the database busy past its timeout) is retried at the
        // next tick; the lease is three ticks long.
    }
    lock.unlock();
    db.reset();
}

} // namespace osc
