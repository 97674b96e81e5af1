#pragma once

#include "files/fileholders.h"
#include "keyedrowsmodel.h"

namespace osc {

// Files of the compilations and deployments folders that another process holds a
// lock on (Environment Health), one row per file, keyed by path. Paths show relative
// to the environment's data folder (setDataDir()); the module is the folder below
// compilations/ or deployments/.
class LockedFilesModel final : public KeyedRowsModel<LockedFile>
{
    Q_OBJECT

public:
    enum class Column { File, Module, Area, HeldBy, Count };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole,
        PathRole, // QString: the absolute path
        PidsRole, // QList<qint64>: the holders' pids (0: unknown)
    };
    Q_ENUM(Role)

    explicit LockedFilesModel(QObject *parent = nullptr);

    void setDataDir(const QString &dataDir);
    void setFiles(QList<LockedFile> files);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    QString keyOf(const LockedFile &row) const override { return row.path; }
    bool sameRow(const LockedFile &a, const LockedFile &b) const override
    {
        return a.holders == b.holders;
    }

private:
    QString relativePath(const QString &path) const;

    QString m_dataDir;
};

} // namespace osc
