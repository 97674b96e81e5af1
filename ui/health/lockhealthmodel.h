#pragma once

#include "health/environmenthealth.h"
#include "keyedrowsmodel.h"

namespace osc {

// Held module locks with their leases (Environment Health), one row per module,
// keyed by module name. A stale lease is flagged in words (the Lease column says
// why) and by colour and icon, never by colour alone.
class LockHealthModel final : public KeyedRowsModel<LockHealth>
{
    Q_OBJECT

public:
    enum class Column { Module, Operation, User, HeldFor, Holder, Lease, LeaseExpires, Count };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole,
        ModuleRole, // QString
        OperationIdRole, // qint64
        StaleRole, // bool
        LeaseStateRole, // int(LeaseState)
    };
    Q_ENUM(Role)

    explicit LockHealthModel(QObject *parent = nullptr);

    // `locks` in any order.
    void setLocks(QList<LockHealth> locks);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    QString keyOf(const LockHealth &row) const override { return row.lock.module; }
    bool sameRow(const LockHealth &a, const LockHealth &b) const override;
};

} // namespace osc
