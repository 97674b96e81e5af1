#include "../helpers/lockerprocess.h"

#include "domain/messages.h"
#include "files/fileholders.h"
#include "files/filelock.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <cerrno>
#include <memory>
#include <optional>

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

using namespace osc;
using osc::testing::Locker;
using namespace std::chrono_literals;

namespace {

// The catalogue text of FILE_IN_USE, word for word (DESIGN §3).
const QString fileInUseText = QStringLiteral(
    "The process cannot access the file because it is being used by another process");

QString lockKindOf(const QString &lockerMode)
{
    if (lockerMode == QLatin1String("posix"))
        return QStringLiteral("POSIX");
    if (lockerMode == QLatin1String("ofd"))
        return QStringLiteral("OFDLCK");
    return QStringLiteral("FLOCK");
}

// A short policy for the tests that expect a timeout: several attempts, quickly.
RetryPolicy shortPolicy()
{
    RetryPolicy policy;
    policy.timeout = 300ms;
    policy.firstDelay = 10ms;
    policy.maxDelay = 50ms;
    return policy;
}

// QVERIFY2 evaluates its message even when the check passes.
template<typename T> QString errorText(const Result<T> &result)
{
    return result.ok() ? QString() : result.error().fullText();
}

int attemptsIn(const QString &detail)
{
    const QRegularExpressionMatch match = QRegularExpression(QStringLiteral("^attempts: (\\d+)$"),
                                                             QRegularExpression::MultilineOption)
                                              .match(detail);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

QString adviceFor(const QString &root)
{
    return QStringLiteral("Exclude the environment's compilations and deployments folders (%1 and "
                          "%2) from antivirus and backup scanning, or stop the process that holds "
                          "the file, then try again.")
        .arg(root + QStringLiteral("/compilations"), root + QStringLiteral("/deployments"));
}

// What a holder comparison failed on: the holders found, and the kernel's view of the file's
// locks, so that a failure seen once in CI can be explained.
QString holdersReport(const QList<FileHolder> &holders, const QString &file)
{
    QStringList lines;
    for (const FileHolder &holder : holders)
        lines << QStringLiteral("holder: pid %1 (%2) %3")
                     .arg(holder.pid)
                     .arg(holder.processName, holder.lockKind);
    QFile locks(QStringLiteral("/proc/locks"));
    if (locks.open(QIODevice::ReadOnly))
        lines << QStringLiteral("/proc/locks:") << QString::fromLatin1(locks.readAll()).trimmed();
    struct stat info = {};
    if (::stat(QFile::encodeName(file).constData(), &info) == 0)
        lines << QStringLiteral("file: %1 (device %2:%3, inode %4)")
                     .arg(file)
                     .arg(major(info.st_dev), 2, 16, QLatin1Char('0'))
                     .arg(minor(info.st_dev), 2, 16, QLatin1Char('0'))
                     .arg(quint64(info.st_ino));
    return lines.join(u'\n');
}

} // namespace

class tst_FileLock : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void acquireTimesOutWhileAnotherProcessHoldsTheFile_data();
    void acquireTimesOutWhileAnotherProcessHoldsTheFile();
    void findFileHoldersNamesTheChild_data();
    void findFileHoldersNamesTheChild();
    void acquireSucceedsOnceTheHolderReleases_data();
    void acquireSucceedsOnceTheHolderReleases();
    void ourLockBlocksAnotherProcess_data();
    void ourLockBlocksAnotherProcess();
    void holdersStayExactWhileOtherLocksChange();
    void locksInOneProcess_data();
    void locksInOneProcess();
    void checkTreeNotHeld_data();
    void checkTreeNotHeld();
    void openErrors_data();
    void openErrors();
    void explanation_data();
    void explanation();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_root; // an environment's data folder
    QString m_file; // a deployed file inside it
};

void tst_FileLock::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_root = m_dir->filePath(QStringLiteral("env"));
    const QString folder = m_root + QStringLiteral("/deployments/Billing_CS/7/bin");
    QVERIFY(QDir().mkpath(folder));
    m_file = folder + QStringLiteral("/Billing_CS.dll");
    QFile file(m_file);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("old code");
}

void tst_FileLock::acquireTimesOutWhileAnotherProcessHoldsTheFile_data()
{
    QTest::addColumn<QString>("lockerMode");
    QTest::addColumn<bool>("readOnly");
    QTest::newRow("posix lock held by a child -> file in use naming it") << "posix" << false;
    QTest::newRow("ofd lock held by a child -> file in use naming it") << "ofd" << false;
    QTest::newRow("flock held by a child -> file in use naming it") << "flock" << false;
    QTest::newRow("read-only file, ofd lock held by a child -> file in use naming it")
        << "ofd" << true;
}

void tst_FileLock::acquireTimesOutWhileAnotherProcessHoldsTheFile()
{
    QFETCH(QString, lockerMode);
    QFETCH(bool, readOnly);
    Locker locker;
    QVERIFY(locker.startLocked(lockerMode, m_file));
    if (readOnly)
        QVERIFY(QFile::setPermissions(m_file, QFile::ReadOwner | QFile::ReadGroup));

    const Result<FileLock> lock
        = FileLock::acquire(m_file, shortPolicy(),
                            readOnly ? FileLock::Mode::ExistingOnly : FileLock::Mode::CreateOrOpen);
    QVERIFY(!lock.ok());
    QCOMPARE(lock.error().code, ErrorCode::Failed);
    const QStringList lines = lock.error().message.split(u'\n');
    QCOMPARE(lines,
             QStringList({fileInUseText, QStringLiteral("File: ") + m_file,
                          QStringLiteral("Held by: process %1 (osc_filelocker)").arg(locker.pid()),
                          adviceFor(m_root)}));
    QCOMPARE(lines.first(), messages::fileInUse());

    const QString detail = lock.error().detail;
    QVERIFY2(detail.contains(QStringLiteral("file: ") + m_file), qPrintable(detail));
    QVERIFY2(detail.contains(QStringLiteral("holder: pid %1, name osc_filelocker, lock %2")
                                 .arg(locker.pid())
                                 .arg(lockKindOf(lockerMode))),
             qPrintable(detail));
    QVERIFY2(detail.contains(QRegularExpression(QStringLiteral("^waited: \\d+ ms$"),
                                                QRegularExpression::MultilineOption)),
             qPrintable(detail));
    QVERIFY2(attemptsIn(detail) > 1, qPrintable(detail)); // it retried before giving up

    // The failed attempt left nothing locked behind.
    QCOMPARE(findFileHolders(m_file, HolderScope::IncludingThisProcess).size(), 1);
}

void tst_FileLock::findFileHoldersNamesTheChild_data()
{
    QTest::addColumn<QString>("lockerMode");
    QTest::newRow("posix lock -> child's pid from /proc/locks") << "posix";
    QTest::newRow("ofd lock -> child's pid from its fdinfo") << "ofd";
    QTest::newRow("flock -> child's pid from /proc/locks") << "flock";
}

void tst_FileLock::findFileHoldersNamesTheChild()
{
    QFETCH(QString, lockerMode);
    QVERIFY(findFileHolders(m_file).isEmpty());
    Locker locker;
    QVERIFY(locker.startLocked(lockerMode, m_file));

    const QList<FileHolder> expected{
        FileHolder{locker.pid(), QStringLiteral("osc_filelocker"), lockKindOf(lockerMode)}};
    QCOMPARE(findFileHolders(m_file), expected);
    // Through a symlink, as running/<module> points at a deployment folder.
    const QString link = m_dir->filePath(QStringLiteral("running-link"));
    QVERIFY(QFile::link(QFileInfo(m_file).path(), link));
    QCOMPARE(findFileHolders(link + QStringLiteral("/Billing_CS.dll")), expected);

    locker.release();
    QVERIFY(locker.waitForExit());
    QCOMPARE(findFileHolders(m_file), QList<FileHolder>());
}

void tst_FileLock::acquireSucceedsOnceTheHolderReleases_data()
{
    QTest::addColumn<QString>("lockerMode");
    QTest::newRow("posix lock released while retrying -> acquired") << "posix";
    QTest::newRow("ofd lock released while retrying -> acquired") << "ofd";
    QTest::newRow("flock released while retrying -> acquired") << "flock";
}

void tst_FileLock::acquireSucceedsOnceTheHolderReleases()
{
    QFETCH(QString, lockerMode);
    Locker locker;
    QVERIFY(locker.startLocked(lockerMode, m_file));

    RetryPolicy policy;
    policy.timeout = 60s; // far longer than the release takes
    policy.firstDelay = 5ms;
    policy.maxDelay = 50ms;
    std::optional<Result<FileLock>> result;
    std::unique_ptr<QThread> worker(QThread::create(
        [&] { result.emplace(FileLock::acquire(m_file, policy, FileLock::Mode::ExistingOnly)); }));
    QSignalSpy finished(worker.get(), &QThread::finished);

    bool finishedBeforeRelease = true;
    QTimer::singleShot(200ms, &locker.process(), [&] {
        finishedBeforeRelease = worker->isFinished();
        locker.release();
    });
    worker->start();
    QVERIFY(finished.wait(60000));
    worker->wait();

    QVERIFY(!finishedBeforeRelease); // acquire() was still retrying when the child let go
    QVERIFY(result.has_value());
    QVERIFY2(result->ok(), qPrintable(errorText(*result)));
    QVERIFY(result->value().isLocked());
    QCOMPARE(result->value().path(), m_file);
    QVERIFY(result->value().fd() >= 0);

    // Both of our locks are on the file now, and they are ours: not listed by default.
    const qint64 self = QCoreApplication::applicationPid();
    QList<FileHolder> ours = findFileHolders(m_file, HolderScope::IncludingThisProcess);
    std::sort(ours.begin(), ours.end(),
              [](const FileHolder &a, const FileHolder &b) { return a.lockKind < b.lockKind; });
    const QList<FileHolder> expected{
        FileHolder{self, QStringLiteral("tst_filelock"), QStringLiteral("FLOCK")},
        FileHolder{self, QStringLiteral("tst_filelock"), QStringLiteral("OFDLCK")}};
    QVERIFY2(ours == expected, qPrintable(holdersReport(ours, m_file)));
    QVERIFY(findFileHolders(m_file).isEmpty());

    result->value().release();
    QVERIFY(!result->value().isLocked());
    QVERIFY(findFileHolders(m_file, HolderScope::IncludingThisProcess).isEmpty());
}

void tst_FileLock::ourLockBlocksAnotherProcess_data()
{
    QTest::addColumn<QString>("lockerMode");
    QTest::newRow("our lock held -> child's posix lock waits until released") << "posix";
    QTest::newRow("our lock held -> child's ofd lock waits until released") << "ofd";
    QTest::newRow("our lock held -> child's flock waits until released") << "flock";
}

void tst_FileLock::ourLockBlocksAnotherProcess()
{
    QFETCH(QString, lockerMode);
    Result<FileLock> lock = FileLock::acquire(m_file, RetryPolicy::noWait());
    QVERIFY2(lock.ok(), qPrintable(errorText(lock)));

    Locker locker;
    locker.start(lockerMode, m_file);
    QVERIFY(!locker.waitUntilLocked(500)); // blocked by our lock

    // Moving the lock keeps it held; releasing the moved-to object lets the child in.
    FileLock moved = std::move(lock.value());
    QVERIFY(!lock.value().isLocked());
    QVERIFY(moved.isLocked());
    moved.release();
    QVERIFY(locker.waitUntilLocked());
    // Seen once under a loaded parallel run: two holders. Say who they were.
    const QList<FileHolder> holders = findFileHolders(m_file);
    QStringList seen;
    for (const FileHolder &holder : holders)
        seen << QStringLiteral("%1 %2 (%3)")
                    .arg(holder.pid)
                    .arg(holder.processName, holder.lockKind);
    QVERIFY2(holders.size() == 1,
             qPrintable(QStringLiteral("child %1, this process %2, holders: %3")
                            .arg(locker.pid())
                            .arg(QCoreApplication::applicationPid())
                            .arg(seen.join(QStringLiteral("; ")))));
}

void tst_FileLock::holdersStayExactWhileOtherLocksChange()
{
    // The kernel prints /proc/locks a page at a time (about 80 lines). A lock taken or
    // released between two pages shifts the lines after it, so one reading can show a line
    // twice or miss one. A child holds a flock on the file; each reading adds one more read
    // lock of ours, so the child's line crosses the page boundaries, while another thread
    // keeps locking and unlocking another file. Every reading must name exactly the child
    // and this process.
    Locker child;
    QVERIFY(child.startLocked(QStringLiteral("flock"), m_file));
    QList<int> fds;
    const auto closeFds = qScopeGuard([&] {
        for (const int fd : std::as_const(fds))
            ::close(fd);
    });
    const auto addReadLock = [&] {
        const int fd = ::open(QFile::encodeName(m_file).constData(), O_RDONLY | O_CLOEXEC);
        if (fd < 0)
            return false;
        fds << fd;
        struct flock region = {}; // the whole file
        region.l_type = F_RDLCK;
        region.l_whence = SEEK_SET;
        return ::fcntl(fd, F_OFD_SETLK, &region) == 0;
    };
    const QByteArray churnFile = QFile::encodeName(m_dir->filePath(QStringLiteral("churn")));
    const int churnFd = ::open(churnFile.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    QVERIFY(churnFd >= 0);
    fds << churnFd;
    std::atomic_bool stop = false;
    std::unique_ptr<QThread> churn(QThread::create([&] {
        struct flock region = {};
        region.l_whence = SEEK_SET;
        region.l_len = 1;
        while (!stop) {
            region.l_type = F_WRLCK;
            ::fcntl(churnFd, F_OFD_SETLK, &region);
            region.l_type = F_UNLCK;
            ::fcntl(churnFd, F_OFD_SETLK, &region);
        }
    }));
    churn->start();
    const auto stopChurn = qScopeGuard([&] {
        stop = true;
        churn->wait();
    });

    const QList<FileHolder> expected{
        FileHolder{child.pid(), QStringLiteral("osc_filelocker"), QStringLiteral("FLOCK")},
        FileHolder{QCoreApplication::applicationPid(), QStringLiteral("tst_filelock"),
                   QStringLiteral("OFDLCK")}};
    for (int reading = 1; reading <= 300; ++reading) {
        QVERIFY(addReadLock());
        QList<FileHolder> holders = findFileHolders(m_file, HolderScope::IncludingThisProcess);
        std::sort(holders.begin(), holders.end(),
                  [](const FileHolder &a, const FileHolder &b) { return a.lockKind < b.lockKind; });
        QVERIFY2(holders == expected,
                 qPrintable(QStringLiteral("reading %1\n").arg(reading)
                            + holdersReport(holders, m_file)));
    }
}

void tst_FileLock::locksInOneProcess_data()
{
    QTest::addColumn<bool>("sameFile");
    QTest::newRow("two FileLocks on different files -> both held") << false;
    QTest::newRow("two FileLocks on one file -> second is file in use naming this process") << true;
}

void tst_FileLock::locksInOneProcess()
{
    QFETCH(bool, sameFile);
    const QString other = sameFile ? m_file : QFileInfo(m_file).path() + QStringLiteral("/b.dll");
    const Result<FileLock> first = FileLock::acquire(m_file, RetryPolicy::noWait());
    QVERIFY2(first.ok(), qPrintable(errorText(first)));
    const Result<FileLock> second = FileLock::acquire(other, shortPolicy());
    if (!sameFile) {
        QVERIFY2(second.ok(), qPrintable(errorText(second)));
        QVERIFY(QFileInfo::exists(other)); // CreateOrOpen created it
        QCOMPARE(findFileHolders(other, HolderScope::IncludingThisProcess).size(), 2);
        QVERIFY(findFileHolders(other).isEmpty());
        QVERIFY(findFileHolders(m_file).isEmpty());
        return;
    }
    QVERIFY(!second.ok());
    QCOMPARE(second.error().message.split(u'\n').mid(0, 3),
             QStringList({fileInUseText, QStringLiteral("File: ") + m_file,
                          QStringLiteral("Held by: process %1 (tst_filelock)")
                              .arg(QCoreApplication::applicationPid())}));
}

void tst_FileLock::checkTreeNotHeld_data()
{
    QTest::addColumn<QString>("heldFile"); // relative to the deployment folder; empty: none
    QTest::addColumn<QString>("lockerMode");
    QTest::newRow("no file held -> ok") << QString() << QString();
    QTest::newRow("file held deep in the tree by an ofd lock -> names that file")
        << "bin/Billing_CS.dll"
        << "ofd";
    QTest::newRow("hidden file held by a flock -> names that file") << "web/.cache"
                                                                    << "flock";
}

void tst_FileLock::checkTreeNotHeld()
{
    QFETCH(QString, heldFile);
    QFETCH(QString, lockerMode);
    const QString deployment = m_root + QStringLiteral("/deployments/Billing_CS/7");
    for (const QString &name : {QStringLiteral("manifest.json"), QStringLiteral("web/.cache"),
                                QStringLiteral("web/index.html")}) {
        QVERIFY(QDir().mkpath(QFileInfo(deployment + u'/' + name).path()));
        QFile file(deployment + u'/' + name);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }

    Locker locker;
    if (!heldFile.isEmpty())
        QVERIFY(locker.startLocked(lockerMode, deployment + u'/' + heldFile));

    const Result<void> result = osc::checkTreeNotHeld(deployment, shortPolicy());
    if (heldFile.isEmpty()) {
        QVERIFY2(result.ok(), qPrintable(errorText(result)));
        return;
    }
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::Failed);
    QCOMPARE(result.error().message.split(u'\n'),
             QStringList({fileInUseText, QStringLiteral("File: ") + deployment + u'/' + heldFile,
                          QStringLiteral("Held by: process %1 (osc_filelocker)").arg(locker.pid()),
                          adviceFor(m_root)}));
    QVERIFY2(attemptsIn(result.error().detail) > 1, qPrintable(result.error().detail));

    // Once released, the same check passes, and the retry covers the release.
    locker.release();
    QVERIFY(locker.waitForExit());
    const Result<void> again = osc::checkTreeNotHeld(deployment, shortPolicy());
    QVERIFY2(again.ok(), qPrintable(errorText(again)));
}

void tst_FileLock::openErrors_data()
{
    QTest::addColumn<QString>("relativePath"); // to the temporary folder
    QTest::addColumn<int>("mode");
    QTest::addColumn<int>("expectedErrno");
    QTest::newRow("missing file, existing only -> no such file")
        << "env/deployments/Billing_CS/7/missing.dll" << int(FileLock::Mode::ExistingOnly)
        << ENOENT;
    QTest::newRow("missing folder, create -> no such file")
        << "env/deployments/Nope/1/a.dll" << int(FileLock::Mode::CreateOrOpen) << ENOENT;
    QTest::newRow("existing file, create new -> file exists")
        << "env/deployments/Billing_CS/7/bin/Billing_CS.dll" << int(FileLock::Mode::CreateNew)
        << EEXIST;
    QTest::newRow("a folder -> is a directory")
        << "env/deployments/Billing_CS/7" << int(FileLock::Mode::ExistingOnly) << EISDIR;
    QTest::newRow("read-only folder, create -> permission denied")
        << "readonly/new.dll" << int(FileLock::Mode::CreateOrOpen) << EACCES;
}

void tst_FileLock::openErrors()
{
    QFETCH(QString, relativePath);
    QFETCH(int, mode);
    QFETCH(int, expectedErrno);
    if (expectedErrno == EACCES) {
        if (::geteuid() == 0)
            QSKIP("root is not refused by file permissions");
        QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("readonly")));
        QVERIFY(QFile::setPermissions(m_dir->filePath(QStringLiteral("readonly")),
                                      QFile::ReadOwner | QFile::ExeOwner));
    }
    const QString path = m_dir->filePath(relativePath);
    const Result<FileLock> lock = FileLock::acquire(path, shortPolicy(), FileLock::Mode(mode));
    QVERIFY(!lock.ok());
    QCOMPARE(lock.error().code, ErrorCode::Failed);
    QCOMPARE(
        lock.error().message,
        QStringLiteral("Cannot open the file '%1': %2.").arg(path, qt_error_string(expectedErrno)));
    QVERIFY(lock.error().detail.contains(path));
    if (expectedErrno == ENOENT) // nothing to replace or remove: nothing holds it
        QVERIFY(FileLock::checkNotHeld(path, shortPolicy()).ok());
    QVERIFY(osc::checkTreeNotHeld(m_dir->filePath(QStringLiteral("no-such-folder")), shortPolicy())
                .ok());
}

void tst_FileLock::explanation_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QList<FileHolder>>("holders");
    QTest::addColumn<QStringList>("expected");
    const QString file = QStringLiteral("/srv/env/compilations/Billing_CS/3/Billing_CS.dll");
    const QString advice
        = QStringLiteral("Exclude the environment's compilations and deployments folders "
                         "(/srv/env/compilations and /srv/env/deployments) from antivirus and "
                         "backup scanning, or stop the process that holds the file, then try "
                         "again.");
    const QString unknown = QStringLiteral("Held by: a process this user cannot identify");
    QTest::newRow("no holder found -> a process this user cannot identify")
        << file << QList<FileHolder>() << QStringList({"File: " + file, unknown, advice});
    QTest::newRow("holder with pid 0 -> a process this user cannot identify")
        << file << QList<FileHolder>({FileHolder{0, {}, "OFDLCK"}})
        << QStringList({"File: " + file, unknown, advice});
    QTest::newRow("one process holding two locks -> named once")
        << file
        << QList<FileHolder>({FileHolder{42, "clamd", "FLOCK"}, FileHolder{42, "clamd", "OFDLCK"}})
        << QStringList({"File: " + file, "Held by: process 42 (clamd)", advice});
    QTest::newRow("two processes, one nameless, one unknown -> three lines")
        << file
        << QList<FileHolder>({FileHolder{42, "clamd", "POSIX"}, FileHolder{43, {}, "FLOCK"},
                              FileHolder{0, {}, "OFDLCK"}})
        << QStringList({"File: " + file, "Held by: process 42 (clamd)", "Held by: process 43",
                        unknown, advice});
    QTest::newRow("file outside a data folder -> exclude its own folder")
        << QStringLiteral("/tmp/work/out.bin")
        << QList<FileHolder>({FileHolder{7, "backup", "FLOCK"}})
        << QStringList({"File: /tmp/work/out.bin", "Held by: process 7 (backup)",
                        "Exclude the folder /tmp/work from antivirus and backup scanning, or "
                        "stop the process that holds the file, then try again."});
}

void tst_FileLock::explanation()
{
    QFETCH(QString, path);
    QFETCH(QList<FileHolder>, holders);
    QFETCH(QStringList, expected);
    QCOMPARE(fileInUseExplanation(path, holders).split(u'\n'), expected);
}

QTEST_GUILESS_MAIN(tst_FileLock)
#include "tst_filelock.moc"
