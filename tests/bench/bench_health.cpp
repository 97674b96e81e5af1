// Environment Health: what one reading costs, the walk of the data folder included.
//
//   bench_health [--modules N] [--files F] [--locks L] [--runs R]
//
// Creates an environment whose compilations/ and deployments/ folders hold N module
// folders each, with one compilation or deployment folder of F files per module
// (default 2,000 modules × 10 files: 40,000 files), and L module locks held by one
// operation of another connection (default 2,000: a whole factory locked by a
// preparation before 11.15.0). This process holds a lock on one file outside the
// scanned folders, on the same device, so that the walk cannot be skipped or cut
// short (the worst case), and one on the last file inside them (which must be found).
// Reports, over R runs (default 5), the minimum, median and maximum of:
//   files     findLockedFiles() over compilations/ and deployments/
//   locks     Environment::health() without the file scan (SQL, lease assessment)
//   health    Environment::health() with it: one poll of the Environment Health page
// The page polls every two seconds, in a worker thread.
#include "environment/datafolder.h"
#include "environment/environment.h"
#include "files/fileholders.h"
#include "operations/lockmanager.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>

#include <fcntl.h>
#include <unistd.h>

using namespace osc;

namespace {

[[noreturn]] void fail(const QString &what)
{
    std::fprintf(stderr, "bench_health: %s\n", qPrintable(what));
    std::exit(1);
}

int lockFile(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    struct flock region = {};
    region.l_type = F_WRLCK;
    region.l_whence = SEEK_SET;
    if (fd < 0 || ::fcntl(fd, F_SETLK, &region) != 0)
        fail(QStringLiteral("cannot lock %1").arg(path));
    return fd;
}

void report(const char *name, QList<double> ms, const QString &note)
{
    std::sort(ms.begin(), ms.end());
    std::printf("%-8s min %9.1f ms  median %9.1f ms  max %9.1f ms  %s\n", name, ms.first(),
                ms.at(ms.size() / 2), ms.last(), qPrintable(note));
}

QList<double> measure(int runs, const std::function<void()> &work)
{
    QList<double> times;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        work();
        times << timer.nsecsElapsed() / 1e6;
    }
    return times;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("modules"), QStringLiteral("Module folders."),
                      QStringLiteral("N"), QStringLiteral("2000")});
    parser.addOption({QStringLiteral("files"), QStringLiteral("Files per folder."),
                      QStringLiteral("F"), QStringLiteral("10")});
    parser.addOption({QStringLiteral("locks"), QStringLiteral("Module locks held."),
                      QStringLiteral("L"), QStringLiteral("2000")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs of each measure."),
                      QStringLiteral("R"), QStringLiteral("5")});
    parser.process(app);
    const int modules = parser.value(QStringLiteral("modules")).toInt();
    const int files = parser.value(QStringLiteral("files")).toInt();
    const int lockCount = parser.value(QStringLiteral("locks")).toInt();
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    if (modules < 1 || files < 1 || lockCount < 0)
        fail(QStringLiteral("--modules and --files take a positive number, --locks zero or more"));

    QTemporaryDir dir;
    const QString root = dir.filePath(QStringLiteral("env"));
    Result<std::unique_ptr<Environment>> environment
        = Environment::create(root, PlatformVersion{11, 11, 0});
    if (!environment)
        fail(environment.error().fullText());

    QElapsedTimer setup;
    setup.start();
    QString lastFile;
    for (int module = 0; module < modules; ++module) {
        const QString name = QStringLiteral("Module_%1").arg(module, 6, 10, QLatin1Char('0'));
        for (const QString &folder :
             {QStringLiteral("%1/compilations/%2/v1-11.11.0-0123456789ab").arg(root, name),
              QStringLiteral("%1/deployments/%2/c1-0123456789ab").arg(root, name)}) {
            if (!QDir().mkpath(folder))
                fail(QStringLiteral("cannot create %1").arg(folder));
            for (int file = 0; file < files; ++file) {
                lastFile = QStringLiteral("%1/artifact-%2.bin").arg(folder).arg(file);
                QFile out(lastFile);
                if (!out.open(QIODevice::WriteOnly))
                    fail(QStringLiteral("cannot create %1").arg(lastFile));
            }
        }
    }
    const int outside = lockFile(root + QStringLiteral("/outside.lock"));
    const int inside = lockFile(lastFile);
    std::printf("setup: %d module folders x 2, %d files, in %.1f s\n", modules, modules * files * 2,
                setup.elapsed() / 1000.0);

    auto other
        = Database::openSqlite(DataFolder(root).databaseFile(), Database::OpenMode::OpenExisting);
    if (!other)
        fail(other.error().fullText());
    LockManager locks(**other, std::chrono::minutes(10));
    QStringList lockedModules;
    for (int i = 0; i < lockCount; ++i)
        lockedModules << QStringLiteral("Module_%1").arg(i, 6, 10, QLatin1Char('0'));
    if (lockCount > 0) {
        Result<AcquireOutcome> held = locks.tryAcquire(
            LockRequest{OperationKind::ModulesUpgrade, compilerServiceUser(), lockedModules});
        if (!held || !held->ticket)
            fail(QStringLiteral("cannot take the locks"));
    }

    const QStringList roots{root + QStringLiteral("/compilations"),
                            root + QStringLiteral("/deployments")};
    QList<LockedFile> found;
    const QList<double> scan
        = measure(runs, [&] { found = findLockedFiles(roots, HolderScope::IncludingThisProcess); });
    if (found.size() != 1 || found.first().path != lastFile)
        fail(QStringLiteral("the walk did not find the locked file"));
    report("files", scan, QStringLiteral("(%1 files walked, 1 found)").arg(modules * files * 2));

    HealthOptions noFiles;
    noFiles.scanFiles = false;
    const QList<double> lockTimes = measure(runs, [&] {
        Result<EnvironmentHealth> health = (*environment)->health(noFiles);
        if (!health || health->locks.size() != lockCount)
            fail(QStringLiteral("health() did not list the locks"));
    });
    report("locks", lockTimes, QStringLiteral("(%1 locks assessed)").arg(lockCount));

    const QList<double> full = measure(runs, [&] {
        Result<EnvironmentHealth> health = (*environment)->health();
        if (!health)
            fail(health.error().fullText());
    });
    report("health", full, QStringLiteral("(one poll: locks and the walk)"));
    ::close(inside);
    ::close(outside);
    return 0;
}
