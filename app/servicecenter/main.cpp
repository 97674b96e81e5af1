// servicecenter: the Open Service Center console.
//   servicecenter [--env DIR] [--user NAME] [--stall-probe [--stall-report FILE]]
// Opens the environment in DIR (default: Environment::defaultDataDir()). A missing or
// empty folder becomes a new environment at 11.11.0 holding the demo factory; a
// folder that exists but cannot be opened is reported, and the program exits with 1.

#include "common/backgroundpool.h"
#include "common/stallprobe.h"
#include "demo/demofactory.h"
#include "environment/environment.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFutureWatcher>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPromise>
#include <QTextStream>
#include <QTranslator>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

namespace {

constexpr auto initialPlatform = osc::PlatformVersion{11, 11, 0};

QIcon applicationIcon()
{
    QIcon icon(QStringLiteral(":/icons/open-service-center.svg"));
    // Without Qt's SVG image plugin the SVG renders nothing: the PNGs stand in.
    for (const int size : {16, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/open-service-center-%1.png").arg(size),
                     QSize(size, size));
    return icon;
}

void installTranslations(QApplication &app)
{
    const QLocale locale = QLocale::system();
    // A language without a translation gets English: its plural forms ("1 entry", not
    // "1 entry(ies)") come from osc_en.
    auto *own = new QTranslator(&app);
    const bool translated
        = own->load(locale, QStringLiteral("osc"), QStringLiteral("_"), QStringLiteral(":/i18n"));
    if (translated || own->load(QStringLiteral(":/i18n/osc_en.qm")))
        QCoreApplication::installTranslator(own);
    // Qt's own texts (standard buttons, file dialogs) in the same language as ours.
    auto *qt = new QTranslator(&app);
    if (translated
        && qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                    QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

QString defaultUser()
{
    for (const char *variable : {"USER", "USERNAME"}) {
        const QString user = qEnvironmentVariable(variable);
        if (!user.isEmpty())
            return user;
    }
    return QStringLiteral("operator");
}

// A folder that is not an environment yet, and that we may turn into one.
bool isMissingOrEmpty(const QString &path)
{
    const QDir dir(path);
    return !dir.exists() || dir.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
}

// Runs on the thread pool: its own Environment, created and filled there.
void createDemoEnvironment(QPromise<osc::Result<void>> &promise, const QString &dataDir,
                           const QString &user)
{
    auto created = osc::Environment::create(dataDir, initialPlatform);
    if (!created) {
        promise.addResult(osc::Result<void>(created.error()));
        return;
    }
    const int count = osc::DemoFactory::defaultModuleCount;
    promise.setProgressRange(0, count);
    promise.addResult(created.value()->populateDemo(
        count, osc::DemoFactory::defaultSeed, user,
        [&promise](int done, int) { promise.setProgressValue(done); }));
}

int failWith(const QString &title, const osc::Error &error)
{
    QMessageBox box(QMessageBox::Critical, title, error.message, QMessageBox::Close);
    box.setDetailedText(error.detail);
    box.exec();
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("OpenServiceCenter"));
    QCoreApplication::setApplicationName(QStringLiteral("OpenServiceCenter"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OSC_VERSION));
    QApplication::setWindowIcon(applicationIcon());
    installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("ServiceCenter",
                                    "Open Service Center: the administration console of an "
                                    "application platform's environment."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption envOption(
        QStringLiteral("env"),
        QCoreApplication::translate(
            "ServiceCenter",
            "The environment's data folder. A missing or empty folder becomes a new environment "
            "with the demo factory."),
        QCoreApplication::translate("ServiceCenter", "DIR"), osc::Environment::defaultDataDir());
    const QCommandLineOption userOption(
        QStringLiteral("user"),
        QCoreApplication::translate("ServiceCenter", "The user named in operations and logs."),
        QCoreApplication::translate("ServiceCenter", "NAME"), defaultUser());
    const QCommandLineOption stallProbeOption(
        QStringLiteral("stall-probe"),
        QCoreApplication::translate("ServiceCenter",
                                    "Measure how long the window's event loop stalls, and print "
                                    "the longest stall and its percentiles when quitting."));
    const QCommandLineOption stallReportOption(
        QStringLiteral("stall-report"),
        QCoreApplication::translate("ServiceCenter",
                                    "With --stall-probe: also write the report as JSON to FILE."),
        QCoreApplication::translate("ServiceCenter", "FILE"));
    parser.addOption(envOption);
    parser.addOption(userOption);
    parser.addOption(stallProbeOption);
    parser.addOption(stallReportOption);
    parser.process(app);

    // The probe runs from the first event to the last, and reports on the way out.
    std::unique_ptr<osc::StallProbe> probe;
    if (parser.isSet(stallProbeOption) || parser.isSet(stallReportOption)) {
        probe = std::make_unique<osc::StallProbe>();
        probe->start();
        QObject::connect(
            &app, &QCoreApplication::aboutToQuit, [&probe, &parser, &stallReportOption] {
                probe->stop();
                const osc::StallProbe::Report report = probe->report();
                QTextStream(stderr) << osc::StallProbe::toText(report) << Qt::endl;
                if (parser.isSet(stallReportOption)) {
                    QFile file(parser.value(stallReportOption));
                    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
                        || file.write(osc::StallProbe::toJson(report)) < 0)
                        QTextStream(stderr) << "stall probe: cannot write " << file.fileName()
                                            << ": " << file.errorString() << Qt::endl;
                }
            });
    }

    const QString dataDir = QDir::cleanPath(QDir(parser.value(envOption)).absolutePath());
    const QString user = parser.value(userOption);
    const QString errorTitle = QCoreApplication::translate("ServiceCenter", "Open Service Center");

    std::unique_ptr<osc::MainWindow> window;
    const auto showWindow = [&] {
        window = std::make_unique<osc::MainWindow>(dataDir, user);
        window->setWindowTitle(
            QCoreApplication::translate("ServiceCenter", "Open Service Center \u2014 %1")
                .arg(QDir::toNativeSeparators(dataDir)));
        window->show();
    };

    if (!isMissingOrEmpty(dataDir)) {
        // Opened here only to report a folder that cannot be used before any window;
        // the pages open their own Environment in their workers.
        if (auto environment = osc::Environment::open(dataDir); !environment)
            return failWith(errorTitle, environment.error());
        showWindow();
        return app.exec();
    }

    QProgressDialog progress(
        QCoreApplication::translate("ServiceCenter",
                                    "Creating the environment in %1 with the demo factory\u2026")
            .arg(QDir::toNativeSeparators(dataDir)),
        QString(), 0, 0);
    progress.setWindowTitle(errorTitle);
    progress.setCancelButton(nullptr); // populating cannot stop half-way
    progress.setMinimumDuration(0);
    progress.setAutoClose(false);
    progress.setAutoReset(false);

    int exitCode = 0;
    QFutureWatcher<osc::Result<void>> watcher;
    QObject::connect(&watcher, &QFutureWatcherBase::progressRangeChanged, &progress,
                     &QProgressDialog::setRange);
    QObject::connect(&watcher, &QFutureWatcherBase::progressValueChanged, &progress,
                     &QProgressDialog::setValue);
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &app, [&] {
        // The next window opens before the progress closes: closing the last window
        // would quit the application.
        const osc::Result<void> result = watcher.result();
        if (!result.ok()) {
            exitCode = failWith(errorTitle, result.error());
            progress.close();
            QCoreApplication::exit(exitCode);
            return;
        }
        showWindow();
        progress.close();
    });
    watcher.setFuture(
        QtConcurrent::run(osc::backgroundPool(), createDemoEnvironment, dataDir, user));
    progress.show();

    const int code = app.exec();
    watcher.waitForFinished();
    return exitCode != 0 ? exitCode : code;
}
