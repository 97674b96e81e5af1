#include "lockhealthmodel.h"

#include "common/formatting.h"
#include "healthtext.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QIcon>
#include <QStyle>

namespace osc {

namespace {

const QColor staleText(0xb7, 0x1c, 0x1c);
const QColor staleBackground(0xff, 0xeb, 0xee);

} // namespace

LockHealthModel::LockHealthModel(QObject *parent) : KeyedRowsModel<LockHealth>(parent) { }

void LockHealthModel::setLocks(QList<LockHealth> locks)
{
    // Environment::health() lists them by module already.
    const auto byModule = [](const LockHealth &a, const LockHealth &b) {
        return a.lock.module < b.lock.module;
    };
    if (!std::is_sorted(locks.cbegin(), locks.cend(), byModule))
        std::sort(locks.begin(), locks.end(), byModule);
    setRows(std::move(locks));
}

bool LockHealthModel::sameRow(const LockHealth &, const LockHealth &) const
{
    // How long a lock has been held, and since its last renewal, change with every
    // reading: every row is announced.
    return false;
}

int LockHealthModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant LockHealthModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LockHealth &row = rowAt(index.row());
    const ModuleLock &lock = row.lock;
    const Column column = Column(index.column());
    const bool stale = row.lease.isStale();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Column::Module:
            return lock.module;
        case Column::Operation:
            return tr("%1 #%2").arg(operationName(lock.kind)).arg(lock.operationId);
        case Column::User:
            return lock.user;
        case Column::HeldFor:
            return format::duration(row.lease.heldMs);
        case Column::Holder:
            return healthtext::process(lock.holderPid, lock.holderHost);
        case Column::Lease:
            return healthtext::lease(row.lease);
        case Column::LeaseExpires:
            // Leases last seconds to minutes: the time says it (the tooltip has the date).
            return lock.leaseExpiresAt.toLocalTime().toString(QStringLiteral("HH:mm:ss"));
        case Column::Count:
            break;
        }
        break;
    case Qt::ToolTipRole:
        if (column == Column::LeaseExpires)
            return format::dateTimeSeconds(lock.leaseExpiresAt);
        return tr("%1 started by %2 at %3 holds '%4'. %5")
            .arg(operationName(lock.kind), lock.user, format::dateTimeSeconds(lock.startedAt),
                 lock.module, healthtext::staleReason(row.lease));
    case Qt::DecorationRole:
        if (column == Column::Module && stale)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        break;
    case Qt::ForegroundRole:
        if (stale && (column == Column::Lease || column == Column::Module))
            return QBrush(staleText);
        break;
    case Qt::BackgroundRole:
        if (stale)
            return QBrush(staleBackground);
        break;
    case SortRole:
        switch (column) {
        case Column::Module:
            return lock.module;
        case Column::Operation:
            return lock.operationId;
        case Column::User:
            return lock.user;
        case Column::HeldFor:
            return row.lease.heldMs;
        case Column::Holder:
            return lock.holderPid;
        case Column::Lease:
            // Stale first when sorted ascending, then the longest without renewal.
            return (stale ? 0 : qint64(1) << 40) - row.lease.sinceRenewalMs;
        case Column::LeaseExpires:
            return lock.leaseExpiresAt.toMSecsSinceEpoch();
        case Column::Count:
            break;
        }
        break;
    case ModuleRole:
        return lock.module;
    case OperationIdRole:
        return lock.operationId;
    case StaleRole:
        return stale;
    case LeaseStateRole:
        return int(row.lease.state);
    default:
        break;
    }
    return {};
}

QVariant LockHealthModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Module:
        return tr("Module");
    case Column::Operation:
        return tr("Operation");
    case Column::User:
        return tr("User");
    case Column::HeldFor:
        return tr("Held for");
    case Column::Holder:
        return tr("Holder");
    case Column::Lease:
        return tr("Lease");
    case Column::LeaseExpires:
        return tr("Lease expires");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace osc
