#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

class QTemporaryDir;

// Private to core/compiler: builds a compilation folder as a hidden sibling
// ("<parent>/.<name>.partial-XXXXXX") and renames it into place on commit(), so the
// final folder either holds a complete compilation or does not exist. Files are
// flushed to disk (fsync on Unix, all at once in commit()) before the rename. Until commit()
// succeeds, the destructor removes everything it wrote. Not thread-safe; one instance per compile.
namespace osc {

class StagingFolder
{
public:
    struct Artifact
    {
        QString path; // relative, '/'-separated
        qint64 size = 0;
        QString sha256; // hex
    };

    explicit StagingFolder(QString outputDir);
    ~StagingFolder();
    StagingFolder(const StagingFolder &) = delete;
    StagingFolder &operator=(const StagingFolder &) = delete;

    // Each returns false and sets error() ("Cannot … '<path>': <system reason>") on failure.
    bool open();
    bool write(const QString &relativePath, const QByteArray &content);
    // Records a file that someone else (an external command) already wrote at
    // `relativePath` inside path() as an artifact: hashes it now, syncs it and its
    // folders in commit(). The caller vouches that the path stays inside the folder.
    bool adopt(const QString &relativePath);
    bool commit();

    // The staging folder's absolute path between open() and commit(); empty otherwise.
    QString path() const;

    const QList<Artifact> &artifacts() const { return m_artifacts; }
    const QString &error() const { return m_error; }

private:
    bool fail(const QString &message);
    bool ensureFolder(const QString &relativeFolder);
    void rememberFolders(const QString &relativeFolder);

    QString m_outputDir;
    std::unique_ptr<QTemporaryDir> m_staging;
    QList<QString> m_folders; // relative folders created so far, to sync before the rename
    QList<Artifact> m_artifacts;
    QString m_error;
};

} // namespace osc
