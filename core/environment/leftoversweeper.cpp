#include "leftoversweeper.h"

#include "storage/database.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

namespace osc {

Result<SweepReport> LeftoverSweeper::sweep(std::chrono::seconds minimumAge, const QDateTime &now)
{
    SweepReport report;
    const auto removeFolder = [&](const QString &path, int &counter) {
        if (m_deployer.remove(path))
            ++counter;
        else
            ++report.keptHeld;
    };

    Result<QSqlQuery> abandoned
        = m_db.exec(QStringLiteral("SELECT folder FROM deployments WHERE state = 'abandoned'"));
    if (!abandoned)
        return abandoned.error();
    QStringList abandonedFolders;
    while (abandoned->next())
        abandonedFolders << m_folder.root() + u'/' + abandoned->value(0).toString();
    for (const QString &path : std::as_const(abandonedFolders)) {
        if (QFileInfo(path).isDir())
            removeFolder(path, report.abandonedDeployments);
    }

    // A folder's age is its last modification: a compile or stage in progress keeps
    // touching its folder, a killed one stops.
    const QDateTime cutoff = now.addSecs(-qint64(minimumAge.count()));
    const auto sweepPartials = [&](const QString &top, const QStringList &patterns) {
        const QDir modules(top);
        for (const QString &module : modules.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            const QDir folder(modules.filePath(module));
            for (const QFileInfo &partial :
                 folder.entryInfoList(patterns, QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot)) {
                if (partial.lastModified().toUTC() < cutoff)
                    removeFolder(partial.absoluteFilePath(), report.partialFolders);
            }
        }
    };
    sweepPartials(m_folder.root() + QStringLiteral("/compilations"),
                  {QStringLiteral(".*.partial-*")});

    // Complete compilation folders that no compilation row names: a process killed
    // between its compile and the transaction recording it (a publish, or a batch of
    // the preparation) left them.
    Result<QSqlQuery> recorded
        = m_db.exec(QStringLiteral("SELECT folder FROM compilations WHERE folder <> ''"));
    if (!recorded)
        return recorded.error();
    QSet<QString> known;
    while (recorded->next())
        known.insert(QDir::cleanPath(m_folder.root() + u'/' + recorded->value(0).toString()));
    const QDir compilations(m_folder.root() + QStringLiteral("/compilations"));
    for (const QString &module : compilations.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QDir folder(compilations.filePath(module));
        for (const QFileInfo &compilation :
             folder.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            if (!known.contains(QDir::cleanPath(compilation.absoluteFilePath()))
                && compilation.lastModified().toUTC() < cutoff)
                removeFolder(compilation.absoluteFilePath(), report.unrecordedCompilations);
        }
    }
    sweepPartials(m_folder.root() + QStringLiteral("/deployments"), {QStringLiteral("*.partial")});
    return report;
}

} // namespace osc
