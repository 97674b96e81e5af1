// Environment Health on the GUI thread: what handing one reading to the page's lock
// table costs when a whole factory is locked (a modules preparation before 11.15.0
// locks every module), with the sorting proxy and the view the page uses.
//
//   bench_ui_health [--locks L] [--runs R]
//
// Measures, over R runs (default 5), LockHealthModel::setLocks() of L locks (default
// 20,000) into a model already showing them (the page's steady state: every row
// announced as changed, the proxy re-sorting by module) and into an empty one (the
// first reading: a reset), each followed by the view's layout. Runs offscreen.
#include "health/lockhealthmodel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QSortFilterProxyModel>
#include <QTreeView>

#include <algorithm>
#include <cstdio>

using namespace osc;

namespace {

QList<LockHealth> readingOf(int count, qint64 ageMs)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<LockHealth> locks;
    locks.reserve(count);
    for (int i = 0; i < count; ++i) {
        LockHealth lock;
        lock.lock.module = QStringLiteral("Module_%1").arg(i, 6, 10, QLatin1Char('0'));
        lock.lock.operationId = 7;
        lock.lock.kind = OperationKind::ModulesUpgrade;
        lock.lock.user = compilerServiceUser();
        lock.lock.holderPid = 4242;
        lock.lock.holderHost = QStringLiteral("build-01");
        lock.lock.startedAt = now.addSecs(-60);
        lock.lock.acquiredAt = lock.lock.startedAt;
        lock.lock.leaseExpiresAt = now.addSecs(8);
        lock.lease.heldMs = 60000 + ageMs;
        lock.lease.sinceRenewalMs = ageMs;
        lock.lease.remainingMs = 8000;
        locks << lock;
    }
    return locks;
}

void report(const char *name, QList<double> ms)
{
    std::sort(ms.begin(), ms.end());
    std::printf("%-10s min %8.1f ms  median %8.1f ms  max %8.1f ms\n", name, ms.first(),
                ms.at(ms.size() / 2), ms.last());
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("locks"), QStringLiteral("Locks in a reading."),
                      QStringLiteral("L"), QStringLiteral("20000")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs of each measure."),
                      QStringLiteral("R"), QStringLiteral("5")});
    parser.process(app);
    const int count = std::max(1, parser.value(QStringLiteral("locks")).toInt());
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());

    LockHealthModel model;
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(LockHealthModel::SortRole);
    proxy.setDynamicSortFilter(true);
    QTreeView view;
    view.setModel(&proxy);
    view.setUniformRowHeights(true);
    view.setSortingEnabled(true);
    view.sortByColumn(0, Qt::AscendingOrder);
    view.resize(1100, 500);
    view.show();

    QList<double> first;
    QList<double> steady;
    for (int run = 0; run < runs; ++run) {
        model.setLocks({});
        const QList<LockHealth> reading = readingOf(count, 0);
        QElapsedTimer timer;
        timer.start();
        model.setLocks(reading);
        QCoreApplication::sendPostedEvents();
        view.doItemsLayout();
        first << timer.nsecsElapsed() / 1e6;

        const QList<LockHealth> next = readingOf(count, 2000 + run);
        timer.restart();
        model.setLocks(next);
        QCoreApplication::sendPostedEvents();
        view.doItemsLayout();
        steady << timer.nsecsElapsed() / 1e6;
    }
    std::printf("%d locks in the table\n", count);
    report("first", first);
    report("steady", steady);
    return 0;
}
