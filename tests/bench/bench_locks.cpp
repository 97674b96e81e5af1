// Module lock round trips with two processes contending for the same modules.
//
//   bench_locks [--seconds S] [--modules N] [--keep DIR]
//
// Creates an environment with N modules (default 1: every attempt contends), then
// runs two child processes of itself for S seconds (default 10). Each child loops:
// acquire the locks of one module (all-or-nothing, in one write transaction, the
// same LockManager::tryAcquire the operations use), and when granted release them
// at once (LockManager::finish). It reports granted round trips and refusals.
// Refusals are not recorded as operations here (they would be by a real operation
// that gives up), so the table does not grow with them.
#include "environment/datafolder.h"
#include "environment/environment.h"
#include "operations/lockmanager.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>

using namespace osc;

namespace {

int runChild(const QString &dataDir, int modules, double seconds, const QString &name)
{
    Result<std::unique_ptr<Database>> db = Database::openSqlite(DataFolder(dataDir).databaseFile(),
                                                                Database::OpenMode::OpenExisting);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().fullText()));
        return 1;
    }
    LockManager locks(**db, std::chrono::seconds(10));
    qint64 granted = 0;
    qint64 refused = 0;
    qint64 worstMs = 0;
    QElapsedTimer total;
    total.start();
    int next = 0;
    while (total.elapsed() < qint64(seconds * 1000)) {
        const QString module = QStringLiteral("M%1").arg(next++ % modules);
        QElapsedTimer one;
        one.start();
        Result<AcquireOutcome> outcome
            = locks.tryAcquire(LockRequest{OperationKind::Publish, name, {module}}, false);
        if (!outcome) {
            std::fprintf(stderr, "%s\n", qPrintable(outcome.error().fullText()));
            return 1;
        }
        if (outcome->ticket) {
            if (Result<void> done
                = locks.finish(*outcome->ticket, OperationStatus::Succeeded, QString());
                !done) {
                std::fprintf(stderr, "%s\n", qPrintable(done.error().fullText()));
                return 1;
            }
            ++granted;
        } else {
            ++refused;
        }
        worstMs = std::max(worstMs, one.elapsed());
    }
    std::printf("%lld %lld %lld %lld\n", granted, refused, worstMs, total.elapsed());
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    QCommandLineOption secondsOption(QStringLiteral("seconds"), QStringLiteral("Run time."),
                                     QStringLiteral("S"), QStringLiteral("10"));
    QCommandLineOption modulesOption(QStringLiteral("modules"),
                                     QStringLiteral("Modules to contend for."), QStringLiteral("N"),
                                     QStringLiteral("1"));
    QCommandLineOption keepOption(QStringLiteral("keep"), QStringLiteral("Environment folder."),
                                  QStringLiteral("DIR"));
    QCommandLineOption childOption(QStringLiteral("child"), QStringLiteral("(internal)"),
                                   QStringLiteral("NAME"));
    parser.addOptions({secondsOption, modulesOption, keepOption, childOption});
    parser.process(app);
    const double seconds = parser.value(secondsOption).toDouble();
    const int modules = std::max(1, parser.value(modulesOption).toInt());

    if (parser.isSet(childOption))
        return runChild(parser.value(keepOption), modules, seconds, parser.value(childOption));

    QTemporaryDir temporary;
    const QString dataDir = parser.isSet(keepOption) ? parser.value(keepOption)
                                                     : temporary.filePath(QStringLiteral("env"));
    {
        Result<std::unique_ptr<Environment>> environment
            = Environment::create(dataDir, PlatformVersion{11, 11, 0});
        if (!environment) {
            std::fprintf(stderr, "%s\n", qPrintable(environment.error().fullText()));
            return 1;
        }
        QList<ModuleDefinition> definitions;
        for (int i = 0; i < modules; ++i) {
            ModuleDefinition definition;
            definition.name = QStringLiteral("M%1").arg(i);
            definition.application = QStringLiteral("Bench");
            Element element;
            element.kind = ElementKind::Action;
            element.name = QStringLiteral("Run");
            element.isPublic = true;
            element.size = 10;
            definition.elements << element;
            definitions << definition;
        }
        if (Result<ImportReport> imported
            = (*environment)->importDefinitions(definitions, QStringLiteral("bench"));
            !imported) {
            std::fprintf(stderr, "%s\n", qPrintable(imported.error().fullText()));
            return 1;
        }
    }

    QProcess children[2];
    for (int i = 0; i < 2; ++i) {
        children[i].start(QCoreApplication::applicationFilePath(),
                          {QStringLiteral("--child"), QStringLiteral("bench%1").arg(i),
                           QStringLiteral("--keep"), dataDir, QStringLiteral("--modules"),
                           QString::number(modules), QStringLiteral("--seconds"),
                           QString::number(seconds)});
    }
    qint64 granted = 0;
    qint64 refused = 0;
    qint64 worst = 0;
    double elapsedMs = 0;
    for (QProcess &child : children) {
        child.waitForFinished(-1);
        const QList<QByteArray> fields = child.readAllStandardOutput().trimmed().split(' ');
        if (child.exitCode() != 0 || fields.size() != 4) {
            std::fprintf(stderr, "child failed: %s\n", child.readAllStandardError().constData());
            return 1;
        }
        granted += fields[0].toLongLong();
        refused += fields[1].toLongLong();
        worst = std::max(worst, fields[2].toLongLong());
        elapsedMs = std::max(elapsedMs, fields[3].toDouble());
    }
    std::printf("modules contended      %d\n", modules);
    std::printf("processes              2\n");
    std::printf("round trips granted    %lld (%.0f/s: acquire + release)\n", granted,
                granted / (elapsedMs / 1000.0));
    std::printf("attempts refused       %lld (%.0f/s)\n", refused, refused / (elapsedMs / 1000.0));
    std::printf("slowest attempt        %lld ms\n", worst);
    return 0;
}
