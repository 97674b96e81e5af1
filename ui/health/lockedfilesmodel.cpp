#include "lockedfilesmodel.h"

#include "healthtext.h"

#include <QDir>

namespace osc {

LockedFilesModel::LockedFilesModel(QObject *parent) : KeyedRowsModel<LockedFile>(parent) { }

void LockedFilesModel::setDataDir(const QString &dataDir)
{
    beginResetModel();
    m_dataDir = QDir::cleanPath(dataDir);
    endResetModel();
}

void LockedFilesModel::setFiles(QList<LockedFile> files)
{
    const auto byPath = [](const LockedFile &a, const LockedFile &b) {
        return a.path < b.path;
    };
    if (!std::is_sorted(files.cbegin(), files.cend(), byPath))
        std::sort(files.begin(), files.end(), byPath);
    setRows(std::move(files));
}

QString LockedFilesModel::relativePath(const QString &path) const
{
    if (!m_dataDir.isEmpty() && path.startsWith(m_dataDir + u'/'))
        return path.mid(m_dataDir.size() + 1);
    return path;
}

int LockedFilesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant LockedFilesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LockedFile &row = rowAt(index.row());
    const Column column = Column(index.column());
    // "compilations/<module>/…" or "deployments/<module>/…"
    const QStringList parts = relativePath(row.path).split(u'/');
    const QString area = parts.value(0);
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        switch (column) {
        case Column::File:
            return relativePath(row.path);
        case Column::Module:
            return parts.size() > 2 ? parts.at(1) : QString();
        case Column::Area:
            if (area == QLatin1String("compilations"))
                return tr("Compilation");
            if (area == QLatin1String("deployments"))
                return tr("Deployment");
            return area;
        case Column::HeldBy: {
            QStringList holders;
            for (const FileHolder &holder : row.holders)
                holders << healthtext::holder(holder);
            return holders.join(QStringLiteral("; "));
        }
        case Column::Count:
            break;
        }
        break;
    case Qt::ToolTipRole:
        return row.path;
    case PathRole:
        return row.path;
    case PidsRole: {
        QList<qint64> pids;
        for (const FileHolder &holder : row.holders)
            pids << holder.pid;
        return QVariant::fromValue(pids);
    }
    default:
        break;
    }
    return {};
}

QVariant LockedFilesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::File:
        return tr("File");
    case Column::Module:
        return tr("Module");
    case Column::Area:
        return tr("Folder");
    case Column::HeldBy:
        return tr("Held by");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace osc
