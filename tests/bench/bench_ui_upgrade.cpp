// bench_ui_upgrade: does the GUI stay smooth while a large preparation runs?
//
//   bench_ui_upgrade setup DIR [N]      prepare the environment (a process of its own,
//                                       so that its memory is not counted)
//   bench_ui_upgrade run DIR [--scctl PATH]
//
// setup: N modules of the demo factory (default 20,000) are uploaded for real and
// recorded as published on 11.11.0, and the environment is upgraded to 11.19.0.
// run (on a copy: it prepares the environment): the modules preparation runs in
// another process (`scctl upgrade-published-applications`, the
// built-in compiler, 2 workers) while this process shows the main window on Factory >
// Upgrades with the running execution's details open on the Charts tab, live. A
// StallProbe measures the GUI thread's event loop the whole time. Reported: the
// longest and the 99th-percentile stall, chart replots a second, and this process's
// peak memory (VmHWM). Runs offscreen unless QT_QPA_PLATFORM says otherwise.

#include "benchsupport.h"

#include "common/stallprobe.h"
#include "demo/demofactory.h"
#include "environment/environment.h"
#include "mainwindow.h"
#include "upgrade/executiondetaildialog.h"
#include "upgrade/executionsmodel.h"
#include "upgrade/upgradespage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QPointer>
#include <QProcess>
#include <QTabWidget>
#include <QThread>
#include <QTimer>

#include <ctime>

using namespace osc;
using namespace osc::bench;

namespace {

void wait(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

qint64 peakMemoryKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return -1;
}

// Times every event the GUI thread dispatches, to name what a stall was: a slow event
// is listed with the nested events (paints, layouts, …) that took 8 ms or more in it.
class TimedApplication final : public QApplication
{
public:
    using QApplication::QApplication;

    bool notify(QObject *receiver, QEvent *event) override
    {
        // notify() runs in every thread with an event loop (the log readers): time the
        // GUI thread's events only, the others would race on the counters.
        if (QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        // The event may delete its receiver (a deferred delete): describe it from what is
        // known before, and its name only if it still lives.
        const char *className = receiver->metaObject()->className();
        const QPointer<QObject> alive = receiver;
        const int type = event->type();
        const auto description = [&] {
            return QStringLiteral("%1 (%2) event %3")
                .arg(QString::fromLatin1(className),
                     alive ? alive->objectName() : QStringLiteral("deleted"))
                .arg(type);
        };
        const int depth = m_depth++;
        QElapsedTimer timer;
        timer.start();
        const qint64 cpuBefore = threadCpuMicroseconds();
        const bool handled = QApplication::notify(receiver, event);
        const qint64 cpuMs = (threadCpuMicroseconds() - cpuBefore) / 1000;
        --m_depth;
        const qint64 ms = timer.elapsed();
        if (depth > 0) {
            if (ms >= 8)
                m_nested
                    << QStringLiteral("%1 ms (CPU %2 ms) %3").arg(ms).arg(cpuMs).arg(description());
            return handled;
        }
        if (ms >= 16) {
            // The GUI thread's CPU time tells the event's own cost from time the thread
            // waited for a core (the machine's load).
            QString line
                = QStringLiteral("%1 ms (CPU %2 ms): %3").arg(ms).arg(cpuMs).arg(description());
            if (!m_nested.isEmpty())
                line += QStringLiteral(" [in it: %1]").arg(m_nested.join(QStringLiteral("; ")));
            m_slow << line;
        }
        m_nested.clear();
        return handled;
    }
    QStringList slowEvents() const { return m_slow; }

private:
    static qint64 threadCpuMicroseconds()
    {
        timespec now{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
        return qint64(now.tv_sec) * 1000000 + now.tv_nsec / 1000;
    }

    int m_depth = 0;
    QStringList m_slow;
    QStringList m_nested; // in the top-level event being timed, innermost first
};

} // namespace

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    TimedApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    QString scctl
        = QCoreApplication::applicationDirPath() + QStringLiteral("/../../app/scctl/scctl");
    if (const qsizetype at = args.indexOf(QStringLiteral("--scctl"));
        at >= 0 && at + 1 < args.size()) {
        scctl = args.at(at + 1);
        args.remove(at, 2);
    }
    const QString root = args.value(1);
    if (args.value(0) == QLatin1String("setup") && !root.isEmpty()) {
        const int moduleCount = args.value(2, QStringLiteral("20000")).toInt();
        setUpRecordedFactory(root, moduleCount, PlatformVersion{11, 19, 0});
        out << QStringLiteral("set up %1 modules in %2 (11.19.0, not prepared)")
                   .arg(moduleCount)
                   .arg(root)
            << Qt::endl;
        return 0;
    }
    if (args.value(0) != QLatin1String("run") || root.isEmpty()) {
        out << "usage: bench_ui_upgrade setup DIR [N] | run DIR [--scctl PATH]" << Qt::endl;
        return 2;
    }
    const qint64 memoryBeforeWindowKb = peakMemoryKb();

    MainWindow window(root, QStringLiteral("bench"));
    window.resize(1280, 800);
    window.show();
    window.showPage(QStringLiteral("factory/upgrades"));
    UpgradesPage *page = window.upgradesPage();

    wait(500); // the window's first paint is not part of the run
    StallProbe probe;
    probe.start();
    QProcess preparation;
    preparation.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    preparation.start(scctl,
                      {QStringLiteral("--env"), root,
                       QStringLiteral("upgrade-published-applications"),
                       QStringLiteral("--workers"), QStringLiteral("2")});
    if (!preparation.waitForStarted())
        fail(QStringLiteral("scctl"), makeError(ErrorCode::Failed, preparation.errorString()));

    // Open the running execution's details on the Charts tab as soon as it shows up.
    ExecutionDetailDialog *details = nullptr;
    qint64 openingMs = 0; // in the GUI thread: creating the details dialog
    QElapsedTimer clock;
    clock.start();
    while (preparation.state() != QProcess::NotRunning) {
        wait(50);
        if (details)
            continue;
        // What the page's own poll (in its worker) has read: no database work here.
        const ExecutionsModel *report = page->executionsModel();
        qint64 running = 0;
        for (int row = 0; row < report->rowCount(); ++row)
            if (report->executionAt(row).kind == ExecutionKind::Preparation
                && !isEnded(report->executionAt(row).status))
                running = report->executionAt(row).id;
        if (running == 0)
            continue;
        QElapsedTimer opening;
        opening.start();
        details = page->openExecution(running);
        openingMs = opening.elapsed();
        if (auto *tabs = details->findChild<QTabWidget *>(QStringLiteral("executionTabs")))
            tabs->setCurrentIndex(tabs->count() - 1);
    }
    const qint64 runMs = clock.elapsed();
    wait(1500); // the last reload and replot
    probe.stop();
    const StallProbe::Report report = probe.report();
    const int replots = details ? details->replotCount() : 0;
    Result<std::unique_ptr<Environment>> environment = Environment::open(root);
    Result<QList<ExecutionSummary>> executions = environment
        ? (*environment)->executions()
        : Result<QList<ExecutionSummary>>(QList<ExecutionSummary>());
    const int moduleCount
        = executions && !executions->isEmpty() ? executions->constFirst().counts.total : 0;
    out << QStringLiteral(
               "ui-upgrade  %1 modules  preparation %2 s (exit %3)  %4  replots %5 "
               "(%6/s)  peak memory %7 MB (%8 MB before the window)  opening the details %9 ms")
               .arg(moduleCount)
               .arg(double(runMs) / 1000.0, 0, 'f', 1)
               .arg(preparation.exitCode())
               .arg(StallProbe::toText(report))
               .arg(replots)
               .arg(double(replots) * 1000.0 / double(std::max<qint64>(1, runMs)), 0, 'f', 1)
               .arg(double(peakMemoryKb()) / 1024.0, 0, 'f', 1)
               .arg(double(memoryBeforeWindowKb) / 1024.0, 0, 'f', 1)
               .arg(openingMs)
        << Qt::endl;
    for (const QString &slow : app.slowEvents())
        out << QStringLiteral("  slow event: ") << slow << Qt::endl;
    return 0;
}
