// The sweep of what killed processes left in the data folder: abandoned deployment
// folders, and half-written compilation and deployment folders once they are old
// enough that nobody can still be writing them; never a folder another holder keeps.
#include "environment/datafolder.h"
#include "environment/deployer.h"
#include "environment/environment.h"
#include "environment/leftoversweeper.h"
#include "files/filelock.h"
#include "storage/database.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <utime.h>

using namespace osc;

namespace {

// A folder with one file in it, last modified `age` ago.
QString makeFolder(const QString &path, std::chrono::hours age)
{
    QDir().mkpath(path);
    QFile file(path + QStringLiteral("/artifact.cs"));
    file.open(QIODevice::WriteOnly);
    file.write("class Half {");
    file.close();
    const time_t when = time(nullptr) - time_t(std::chrono::seconds(age).count());
    const utimbuf times{when, when};
    ::utime(QFile::encodeName(path).constData(), &times);
    return path;
}

} // namespace

class TestLeftoverSweeper : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void oldPartialsAndAbandonedFoldersGo();
    void recentPartialsAndHeldFoldersStay();
    void openingSweepsOnceADay();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_dataDir;
    QString m_core;
};

void TestLeftoverSweeper::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_dataDir = m_dir->filePath(QStringLiteral("env"));
    m_core = QStringLiteral("Customer_Core");
    Result<std::unique_ptr<Environment>> environment
        = Environment::create(m_dataDir, PlatformVersion{11, 11, 0});
    QVERIFY(environment);
    QVERIFY(
        (*environment)
            ->importFiles({QStringLiteral(OSC_TEST_DATA_DIR "/modules")}, QStringLiteral("setup")));
    QVERIFY((*environment)->publish(m_core, 0, QStringLiteral("setup")));
}

void TestLeftoverSweeper::oldPartialsAndAbandonedFoldersGo()
{
    const DataFolder folder(m_dataDir);
    const QString oldCompile = makeFolder(folder.compilationsOf(m_core)
                                              + QStringLiteral("/.v1-11.11.0-x.partial-AbCdEf"),
                                          std::chrono::hours(48));
    const QString oldStage = makeFolder(
        folder.deploymentsOf(m_core) + QStringLiteral("/c9-x.partial"), std::chrono::hours(48));
    const QString abandoned = makeFolder(folder.deploymentsOf(m_core) + QStringLiteral("/c1-old"),
                                         std::chrono::hours(0));
    const QString unrecorded
        = makeFolder(folder.compilationsOf(m_core) + QStringLiteral("/v1-11.12.0-killed"),
                     std::chrono::hours(48));
    const QString young = makeFolder(
        folder.compilationsOf(m_core) + QStringLiteral("/v1-11.12.0-now"), std::chrono::hours(1));
    auto db = std::move(
        Database::openSqlite(folder.databaseFile(), Database::OpenMode::OpenExisting).value());
    QVERIFY(db->exec(QStringLiteral("INSERT INTO deployments (module_id, compilation_id, folder, "
                                    "state, deployed_at, deployed_by) SELECT module_id, "
                                    "compilation_id, ?, 'abandoned', deployed_at, deployed_by "
                                    "FROM deployments LIMIT 1"),
                     {QDir(m_dataDir).relativeFilePath(abandoned)}));
    const QString running = Deployer(folder).runningTarget(m_core);
    Result<QVariant> compiled = scalar(*db, QStringLiteral("SELECT folder FROM compilations"));
    QVERIFY(compiled);
    const QString recordedCompilation = m_dataDir + u'/' + compiled->toString();
    const time_t twoDaysAgo = time(nullptr) - 48 * 3600;
    const utimbuf aged{twoDaysAgo, twoDaysAgo};
    QCOMPARE(::utime(QFile::encodeName(recordedCompilation).constData(), &aged), 0);

    const Deployer deployer(folder);
    Result<SweepReport> report = LeftoverSweeper(*db, folder, deployer).sweep();
    QVERIFY(report);
    QCOMPARE(report->partialFolders, 2);
    QCOMPARE(report->abandonedDeployments, 1);
    QCOMPARE(report->unrecordedCompilations, 1);
    QCOMPARE(report->keptHeld, 0);
    QVERIFY(!QFileInfo::exists(unrecorded));
    QVERIFY(QFileInfo::exists(young)); // perhaps being recorded right now
    QVERIFY(!QFileInfo::exists(oldCompile));
    QVERIFY(!QFileInfo::exists(oldStage));
    QVERIFY(!QFileInfo::exists(abandoned));
    QVERIFY(QFileInfo::exists(running + QStringLiteral("/manifest.json"))); // untouched
    // The recorded compilation stays, old as it is.
    QVERIFY(QFileInfo(recordedCompilation + QStringLiteral("/manifest.json")).exists());
}

void TestLeftoverSweeper::recentPartialsAndHeldFoldersStay()
{
    const DataFolder folder(m_dataDir);
    const QString recent = makeFolder(folder.compilationsOf(m_core)
                                          + QStringLiteral("/.v1-11.11.0-y.partial-GhIjKl"),
                                      std::chrono::hours(1));
    const QString held = makeFolder(folder.deploymentsOf(m_core) + QStringLiteral("/c8-y.partial"),
                                    std::chrono::hours(48));
    Result<FileLock> holder = FileLock::acquire(held + QStringLiteral("/artifact.cs"));
    QVERIFY(holder);

    auto db = std::move(
        Database::openSqlite(folder.databaseFile(), Database::OpenMode::OpenExisting).value());
    const Deployer deployer(folder);
    Result<SweepReport> report = LeftoverSweeper(*db, folder, deployer).sweep();
    QVERIFY(report);
    QCOMPARE(report->partialFolders, 0);
    QCOMPARE(report->keptHeld, 1);
    QVERIFY(QFileInfo::exists(recent));
    QVERIFY(QFileInfo::exists(held + QStringLiteral("/artifact.cs")));

    holder->release();
    report = LeftoverSweeper(*db, folder, deployer).sweep();
    QCOMPARE(report->partialFolders, 1);
    QVERIFY(!QFileInfo::exists(held));
}

void TestLeftoverSweeper::openingSweepsOnceADay()
{
    const DataFolder folder(m_dataDir);
    const QString first = makeFolder(folder.deploymentsOf(m_core) + QStringLiteral("/c7-z.partial"),
                                     std::chrono::hours(48));
    QVERIFY(Environment::open(m_dataDir)); // the first open of the day sweeps
    QVERIFY(!QFileInfo::exists(first));
    const QString second = makeFolder(
        folder.deploymentsOf(m_core) + QStringLiteral("/c6-z.partial"), std::chrono::hours(48));
    QVERIFY(Environment::open(m_dataDir)); // not twice a day
    QVERIFY(QFileInfo::exists(second));
}

QTEST_GUILESS_MAIN(TestLeftoverSweeper)
#include "tst_leftoversweeper.moc"
