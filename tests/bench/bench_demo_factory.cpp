// Benchmark: creating a demo environment of N modules, end to end — generate the
// definitions, upload them, and publish every module (compile + deploy), as
// `scctl env init --demo N` does.
//
//   bench_demo_factory [N ...] [--keep DIR]
//
// Prints one line per N: wall time, modules/s, and the data folder's size on disk.
#include "demo/demofactory.h"
#include "environment/environment.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

using namespace osc;

static qint64 folderBytes(const QString &path)
{
    qint64 total = 0;
    QDirIterator it(path, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        total += it.fileInfo().size();
    }
    return total;
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QList<int> counts;
    QString keep;
    const QStringList args = app.arguments().mid(1);
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--keep") && i + 1 < args.size())
            keep = args[++i];
        else
            counts << args[i].toInt();
    }
    if (counts.isEmpty())
        counts = {1000};

    out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
               .arg(QStringLiteral("modules"), 8)
               .arg(QStringLiteral("generate ms"), 12)
               .arg(QStringLiteral("total s"), 9)
               .arg(QStringLiteral("modules/s"), 10)
               .arg(QStringLiteral("disk MB"), 9)
               .arg(QStringLiteral("files"), 8)
        << Qt::flush;
    for (int count : std::as_const(counts)) {
        QTemporaryDir scratch;
        const QString dir = keep.isEmpty() ? scratch.filePath(QStringLiteral("env"))
                                           : keep + QStringLiteral("/demo-%1").arg(count);
        QElapsedTimer generateTimer;
        generateTimer.start();
        const qsizetype generated = DemoFactory::generate(count).size();
        const qint64 generateMs = generateTimer.elapsed();

        QElapsedTimer timer;
        timer.start();
        Result<std::unique_ptr<Environment>> environment
            = Environment::create(dir, PlatformVersion{11, 11, 0});
        if (!environment) {
            out << environment.error().fullText() << Qt::endl;
            return 1;
        }
        Result<void> populated
            = (*environment)
                  ->populateDemo(count, DemoFactory::defaultSeed, QStringLiteral("bench"));
        if (!populated) {
            out << populated.error().fullText() << Qt::endl;
            return 1;
        }
        const double seconds = timer.elapsed() / 1000.0;
        int files = 0;
        QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            it.next();
            ++files;
        }
        out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                   .arg(generated, 8)
                   .arg(generateMs, 12)
                   .arg(seconds, 9, 'f', 1)
                   .arg(count / seconds, 10, 'f', 1)
                   .arg(folderBytes(dir) / 1e6, 9, 'f', 1)
                   .arg(files, 8)
            << Qt::flush;
    }
    return 0;
}
