// bench_ui_modules: how fast Factory > Modules opens, sorts, filters and scrolls
// with a large factory.
//
//   bench_ui_modules [--env DIR] [--count N]
//
// Without --env, creates a temporary environment with the demo factory of N modules
// (default 20,000); with --env, reuses DIR when it is an environment and creates it
// there when it is missing or empty (so later runs skip the slow population).
// Runs offscreen unless QT_QPA_PLATFORM says otherwise.

#include "modules/modulesfiltermodel.h"
#include "modules/modulesmodel.h"
#include "modules/modulespage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHeaderView>
#include <QLineEdit>
#include <QScrollBar>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QTreeView>

#include <algorithm>
#include <cstdio>

using namespace osc;

namespace {

double ms(const QElapsedTimer &timer)
{
    return timer.nsecsElapsed() / 1e6;
}

void report(const char *what, double milliseconds)
{
    std::printf("%-52s %10.1f ms\n", what, milliseconds);
    std::fflush(stdout);
}

// Runs the event loop until the page's load ends (QtTest is not linked here).
bool waitLoaded(ModulesPage *page)
{
    QEventLoop loop;
    bool done = false;
    QObject::connect(page, &ModulesPage::loaded, &loop, [&] {
        done = true;
        loop.quit();
    });
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    loop.exec();
    return done;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("OpenServiceCenterBench"));

    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption envOption(QStringLiteral("env"), QStringLiteral("Environment folder"),
                                       QStringLiteral("DIR"));
    const QCommandLineOption countOption(QStringLiteral("count"),
                                         QStringLiteral("Modules to create"), QStringLiteral("N"),
                                         QStringLiteral("20000"));
    parser.addOption(envOption);
    parser.addOption(countOption);
    parser.process(app);
    const int count = parser.value(countOption).toInt();

    QTemporaryDir temporary;
    const QString dataDir = parser.isSet(envOption) ? parser.value(envOption) : temporary.path();
    std::printf("bench_ui_modules: %s, %d cores, Qt %s, %s\n",
                qPrintable(QSysInfo::prettyProductName()), QThread::idealThreadCount(), qVersion(),
                qPrintable(QDateTime::currentDateTime().toString(Qt::ISODate)));
    std::printf("environment: %s\n", qPrintable(dataDir));

    {
        auto opened = Environment::open(dataDir);
        if (!opened) {
            QElapsedTimer timer;
            timer.start();
            auto created = Environment::create(dataDir, PlatformVersion{11, 11, 0});
            if (!created) {
                std::fprintf(stderr, "%s\n", qPrintable(created.error().fullText()));
                return 1;
            }
            const Result<void> populated = created.value()->populateDemo(
                count, 1, QStringLiteral("bench"), [](int done, int total) {
                    if (done % 2000 == 0 || done == total)
                        std::fprintf(stderr, "  populating: %d/%d\r", done, total);
                });
            std::fprintf(stderr, "\n");
            if (!populated) {
                std::fprintf(stderr, "%s\n", qPrintable(populated.error().fullText()));
                return 1;
            }
            report("populateDemo (not UI; for the record)", ms(timer));
        }
    }

    // The core call alone, on this thread, for comparison with the page's total.
    {
        auto environment = Environment::open(dataDir);
        QElapsedTimer timer;
        timer.start();
        const auto modules = environment.value()->modules();
        report("Environment::modules() alone", ms(timer));
        std::printf("modules: %lld\n", qlonglong(modules.value().size()));
    }

    // Open: page construction until the rows are shown (loaded and painted).
    QList<double> opens;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer timer;
        timer.start();
        auto *page = new ModulesPage(dataDir);
        page->resize(1200, 760);
        page->show();
        if (!waitLoaded(page)) {
            std::fprintf(stderr, "the modules did not load\n");
            return 1;
        }
        page->view()->viewport()->repaint();
        opens << ms(timer);
        delete page;
    }
    report("open Modules page -> rows shown (median of 5)", median(opens));
    report("open Modules page -> rows shown (first, cold)", opens.first());

    ModulesPage page(dataDir);
    page.resize(1200, 760);
    page.show();
    waitLoaded(&page);
    QTreeView *view = page.view();
    std::printf("rows shown: %d\n", page.filterModel()->rowCount());

    // Sort each column, both directions, repainting as the user would see it.
    for (int column = 0; column < int(ModulesModel::Column::Count); ++column) {
        const QByteArray name
            = page.model()->headerData(column, Qt::Horizontal).toString().toUtf8();
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            QElapsedTimer timer;
            timer.start();
            view->sortByColumn(column, order);
            view->viewport()->repaint();
            const QByteArray label
                = "sort by " + name + (order == Qt::AscendingOrder ? " asc" : " desc");
            report(label.constData(), ms(timer));
        }
    }
    view->sortByColumn(0, Qt::AscendingOrder);

    // Scroll: page by page from top to bottom, one repaint a step.
    {
        QScrollBar *bar = view->verticalScrollBar();
        const int step = std::max(1, bar->pageStep());
        int frames = 0;
        QElapsedTimer timer;
        timer.start();
        for (int value = 0; value <= bar->maximum(); value += step) {
            bar->setValue(value);
            view->viewport()->repaint();
            ++frames;
        }
        const double total = ms(timer);
        report("scroll top to bottom, page by page (total)", total);
        std::printf("  %d frames, %.2f ms a frame\n", frames, total / std::max(1, frames));
        timer.restart();
        view->scrollToTop();
        view->viewport()->repaint();
        view->scrollToBottom();
        view->viewport()->repaint();
        report("jump to top then bottom", ms(timer));
    }

    // Filter: what the debounced search applies.
    for (const QString &text :
         {QStringLiteral("a"), QStringLiteral("core"), QStringLiteral("zzz-no-match"), QString()}) {
        QElapsedTimer timer;
        timer.start();
        page.filterModel()->setTextFilter(text);
        view->viewport()->repaint();
        const QByteArray label = "filter \"" + text.toUtf8() + "\" -> "
            + QByteArray::number(page.filterModel()->rowCount()) + " rows";
        report(label.constData(), ms(timer));
    }

    // Reload (a refresh after a publish): same ids, rows updated in place.
    {
        QElapsedTimer timer;
        timer.start();
        page.reload();
        waitLoaded(&page);
        view->viewport()->repaint();
        report("reload (refresh after a publish)", ms(timer));
    }
    return 0;
}
