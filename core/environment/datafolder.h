#pragma once

#include <QDir>
#include <QString>
#include <QStringBuilder>

namespace osc {

// The layout of an environment's data folder, in one place:
//   environment.db                      the database (SQLite)
//   sources/<module>/<version>.json     uploaded module definition files
//   compilations/<module>/<folder>/     one folder per compilation (artifacts, manifests):
//                                       v<version>-<platform version>-<unique suffix>
//   deployments/<module>/<folder>/      installed copies of compilations
//   running/<module>                    symlink to the module's running deployment folder
class DataFolder
{
public:
    explicit DataFolder(QString root) : m_root(QDir::cleanPath(std::move(root))) { }

    QString root() const { return m_root; }
    QString databaseFile() const { return path(QStringLiteral("environment.db")); }
    QString sourceFile(const QString &module, int version) const
    {
        return path(QStringLiteral("sources/%1/%2.json").arg(module).arg(version));
    }
    QString compilationsOf(const QString &module) const
    {
        return path(QStringLiteral("compilations/") + module);
    }
    // The folder of a new compilation of `module` `version` for `platformVersion`;
    // `uniqueSuffix` tells it from the folders of earlier attempts. Built in one
    // allocation: the modules preparation names thousands a run.
    QString newCompilationFolder(const QString &module, int version, const QString &platformVersion,
                                 const QString &uniqueSuffix) const
    {
        return m_root % u"/compilations/" % module % u"/v" % QString::number(version) % u'-'
            % platformVersion % u'-' % uniqueSuffix;
    }
    QString deploymentsOf(const QString &module) const
    {
        return path(QStringLiteral("deployments/") + module);
    }
    QString runningDir() const { return path(QStringLiteral("running")); }
    QString runningLink(const QString &module) const
    {
        return path(QStringLiteral("running/") + module);
    }

    static QStringList topLevelFolders()
    {
        return {QStringLiteral("sources"), QStringLiteral("compilations"),
                QStringLiteral("deployments"), QStringLiteral("running")};
    }

private:
    QString path(const QString &relative) const { return m_root + u'/' + relative; }

    QString m_root;
};

} // namespace osc
