// Monitoring > Errors with millions of entries: what the operator waits for.
//
//   bench_ui_logs [--entries N] [--keep DIR] [--reuse DIR] [--seconds S]
//
// Creates an environment database (or reuses DIR from an earlier --keep run) holding
// N Error Log entries written by SQL (messages of ~100 characters with numbers,
// details of ~300 with a path, 2,000 modules, six operation kinds, ~20 entries an
// operation, instants over 14 days), with the full-text index built. Then, in an
// offscreen GUI, opens the Error Log page (LogPage) and measures:
//  - first paint: from creating the page to its first rows painted, and whether the
//    page's scrollbar covers every entry (the table shows a window of the log, its
//    vertical header that many sections);
//  - rendering a scroll position: 60 jumps of the page's scrollbar to random positions
//    (each moves the table's window), each timed (a) to the synchronous repaint (what
//    blocks the GUI thread: placeholders when the chunk is not read yet) and (b) until
//    the rows are read and painted;
//  - each filter: from setting it to the first rows painted and to the count settled;
//  - memory: resident set before the page and with it open after the scrolling;
//  - ingest: a writer thread appends 1,000 entries a second for S seconds (default 10)
//    while the page polls; a StallProbe (1 ms tick) reports the GUI thread's stalls.
//    Then the event loop runs on (at most 10 s) until every entry written has arrived:
//    how many had arrived when the ingest ended, how long after the last append() the
//    last one arrived, each entry's time from append() to its row in the page, and
//    whether the page's ids are the database's.
#include "common/stallprobe.h"
#include "environment/datafolder.h"
#include "environment/environment.h"
#include "logs/logstore.h"
#include "logs/logwriter.h"
#include "monitoring/logfilterbar.h"
#include "monitoring/logpage.h"
#include "monitoring/logtablemodel.h"
#include "monitoring/logwindowmodel.h"
#include "storage/database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QScrollBar>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <random>
#include <thread>
#include <vector>

using namespace osc;

namespace {

QTextStream out(stdout);

[[noreturn]] void fail(const QString &what, const QString &why)
{
    out << what << ": " << why << Qt::endl;
    ::exit(1);
}

qint64 residentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

double ms(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, size_t(p * double(values.size())))];
}

// The rows of the error_log table, by SQL in slices of 500,000 (one transaction each).
void fillDatabase(Database &db, qint64 entries)
{
    const qint64 start = QDateTime::currentMSecsSinceEpoch() - 14LL * 86400 * 1000;
    const double spacing = 14.0 * 86400 * 1000 / double(std::max<qint64>(entries, 1));
    QElapsedTimer timer;
    timer.start();
    for (qint64 from = 0; from < entries; from += 500000) {
        const qint64 to = std::min(entries, from + 500000);
        Result<void> written = db.write([&]() -> Result<void> {
            Result<QSqlQuery> done = db.exec(
                QStringLiteral(
                    "WITH RECURSIVE n(x) AS (SELECT ? UNION ALL SELECT x + 1 FROM n WHERE x < ?)"
                    " INSERT INTO error_log (instant_ms, module, module_version, operation_id,"
                    " operation, step, message, detail, server, process_id, thread,"
                    " platform_version) SELECT ? + CAST(x * ? AS INTEGER),"
                    " 'Module_' || ((x * 7919) % 2000) || '_' || CASE (x * 7919) % 5 WHEN 0 THEN"
                    " 'Core' WHEN 1 THEN 'CS' WHEN 2 THEN 'Portal' WHEN 3 THEN 'IS' ELSE 'Lib'"
                    " END, 1 + x % 9, 1 + x / 20, CASE (x / 20) % 6 WHEN 0 THEN 'publish' WHEN 1"
                    " THEN 'delete' WHEN 2 THEN 'configuration-update' WHEN 3 THEN"
                    " 'solution-publish' WHEN 4 THEN 'modules-upgrade' ELSE 'modules-deployment'"
                    " END, CASE x % 4 WHEN 0 THEN 'compile' WHEN 1 THEN 'deploy' WHEN 2 THEN"
                    " 'lock' ELSE 'prepare' END, CASE x % 7 WHEN 0 THEN 'The process cannot"
                    " access the file because it is being used by another process (attempt ' ||"
                    " (x % 13) || ')' WHEN 1 THEN 'Producer module ''Module_' || (x % 2000) ||"
                    " ''' hasn''t been prepared for the current environment version, retry ' ||"
                    " (x % 17) WHEN 2 THEN 'Compilation failed with ' || (x % 40) || ' errors:"
                    " reference to GetCustomerInvoice ' || (x % 300) || ' does not match the"
                    " producer signature' WHEN 3 THEN 'Timeout after ' || (x % 90000) || ' ms"
                    " waiting for the deployment gateway connection to answer the request' WHEN"
                    " 4 THEN 'Database connection refused by the ledger service on port ' || (x %"
                    " 65000) || ', the session token was denied' ELSE 'Lock on module ''Module_'"
                    " || (x % 2000) || ''' could not be renewed: lease expired after ' || (x %"
                    " 120) || ' s' END, '/srv/osc/compilations/m' || (x % 2000) || '/' || x ||"
                    " '/out.cs(' || (x % 900) || ',' || (x % 80) || '): the customer invoice"
                    " payment order shipment catalog pricing account ledger session token"
                    " gateway timeout reference signature element action aggregate entity"
                    " producer consumer deployment folder process antivirus backup network"
                    " database connection refused denied missing expected received version ' ||"
                    " (x * 31 % 100000), 'server-' || (x % 4), 1000 + x % 50, 'worker-' || (x %"
                    " 8), '11.19.0' FROM n"),
                {from + 1, to, start, spacing});
            if (!done)
                return done.error();
            return {};
        });
        if (!written)
            fail(QStringLiteral("filling the log"), written.error().fullText());
        out << "  " << to << " rows written (" << qint64(ms(timer) / 1000) << " s)" << Qt::endl;
    }
    timer.restart();
    // The full-text index in one pass (what LogWriter's idle indexing reaches anyway).
    Result<void> indexed = db.write([&]() -> Result<void> {
        if (Result<QSqlQuery> rebuilt = db.exec(
                QStringLiteral("INSERT INTO error_log_text (error_log_text) VALUES ('rebuild')"));
            !rebuilt)
            return rebuilt.error();
        Result<QVariant> top = scalar(db, QStringLiteral("SELECT MAX(id) FROM error_log"));
        if (!top)
            return top.error();
        return db.setMeta(QStringLiteral("error_log_text_indexed"), top->toString());
    });
    if (!indexed)
        fail(QStringLiteral("indexing the text"), indexed.error().fullText());
    out << "  full-text index built in " << qint64(ms(timer) / 1000) << " s" << Qt::endl;
}

// Waits (running the event loop) until `done` holds or `timeoutMs` passes.
template<typename Done> bool waitFor(Done done, int timeoutMs = 600000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
    }
    return true;
}

bool visibleRowsLoaded(QTableView *view)
{
    const int first = view->rowAt(0);
    const int last = view->rowAt(view->viewport()->height() - 1);
    for (int row = std::max(first, 0); row <= (last < 0 ? first : last); ++row) {
        if (row >= 0 && !view->model()->index(row, 0).data(LogTableModel::LoadedRole).toBool())
            return false;
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    QCommandLineOption entriesOption(QStringLiteral("entries"), QStringLiteral("Entries."),
                                     QStringLiteral("N"), QStringLiteral("1000000"));
    QCommandLineOption keepOption(QStringLiteral("keep"), QStringLiteral("Keep the data here."),
                                  QStringLiteral("DIR"));
    QCommandLineOption reuseOption(QStringLiteral("reuse"),
                                   QStringLiteral("Reuse an environment kept earlier."),
                                   QStringLiteral("DIR"));
    QCommandLineOption secondsOption(QStringLiteral("seconds"),
                                     QStringLiteral("Ingest phase length."), QStringLiteral("S"),
                                     QStringLiteral("10"));
    parser.addOptions({entriesOption, keepOption, reuseOption, secondsOption});
    parser.process(app);

    QTemporaryDir temporary;
    QString root = parser.value(reuseOption);
    const bool reuse = !root.isEmpty();
    if (!reuse) {
        root = parser.isSet(keepOption) ? parser.value(keepOption) : temporary.path();
        QDir().mkpath(root);
        Result<std::unique_ptr<Environment>> created
            = Environment::create(root, PlatformVersion{11, 19, 0});
        if (!created)
            fail(QStringLiteral("create"), created.error().fullText());
        created.value().reset();
        Result<std::unique_ptr<Database>> db = Database::openSqlite(
            DataFolder(root).databaseFile(), Database::OpenMode::OpenExisting);
        if (!db)
            fail(QStringLiteral("open"), db.error().fullText());
        out << "Writing " << parser.value(entriesOption) << " entries to " << root << Qt::endl;
        fillDatabase(**db, parser.value(entriesOption).toLongLong());
    }
    qint64 total = 0;
    {
        Result<std::unique_ptr<Database>> db = Database::openSqlite(
            DataFolder(root).databaseFile(), Database::OpenMode::OpenExisting);
        if (!db)
            fail(QStringLiteral("open"), db.error().fullText());
        total = scalar(**db, QStringLiteral("SELECT COUNT(*) FROM error_log")).value().toLongLong();
    }
    out << "Error Log entries: " << total << Qt::endl;

    // First paint. The page is built the way MainWindow builds it; the clock runs from
    // its constructor to its first rows painted.
    const qint64 rssBeforeKb = residentKb();
    QElapsedTimer clock;
    clock.start();
    auto page = std::make_unique<LogPage>(LogKind::Errors, root);
    page->resize(1180, 720);
    page->show();
    QTableView *view = page->view();
    LogTableModel *model = page->model();
    model->setPollInterval(0);
    if (!waitFor([&] { return model->hasLayout() && visibleRowsLoaded(view); }))
        fail(QStringLiteral("first paint"), QStringLiteral("timed out"));
    view->viewport()->repaint();
    const double firstPaintMs = ms(clock);
    const bool settled = !model->isCounting();
    waitFor([] { return false; }, 200); // the view lays its scrollbar out
    QScrollBar *bar = page->scrollBar();
    out << QStringLiteral("first paint: %1 ms; rows %2 (count %3); scrollbar 0..%4 (%5 rows "
                          "in view); the table's window %6 rows, vertical header %7 sections")
               .arg(firstPaintMs, 0, 'f', 1)
               .arg(model->rowCount())
               .arg(settled ? QStringLiteral("final") : QStringLiteral("still counting"))
               .arg(bar->maximum())
               .arg(bar->pageStep())
               .arg(page->windowModel()->rowCount())
               .arg(view->verticalHeader()->count())
        << Qt::endl;

    // Scroll positions.
    std::mt19937_64 random(42);
    std::vector<double> paintMs;
    std::vector<double> filledMs;
    for (int i = 0; i < 60; ++i) {
        const int target = int(random() % quint64(std::max(1, bar->maximum())));
        QElapsedTimer timer;
        timer.start();
        bar->setValue(target);
        view->viewport()->repaint();
        paintMs.push_back(ms(timer));
        if (!waitFor([&] { return visibleRowsLoaded(view); }, 30000))
            fail(QStringLiteral("scrolling"), QStringLiteral("rows never came"));
        view->viewport()->repaint();
        filledMs.push_back(ms(timer));
    }
    std::vector<double> loadedPaintMs;
    for (int i = 0; i < 20; ++i) {
        QElapsedTimer timer;
        timer.start();
        view->viewport()->repaint();
        loadedPaintMs.push_back(ms(timer));
    }
    out << QStringLiteral("repaint of the rows in view, all read: median %1 ms, max %2 ms")
               .arg(percentile(loadedPaintMs, 0.5), 0, 'f', 2)
               .arg(percentile(loadedPaintMs, 1.0), 0, 'f', 2)
        << Qt::endl;
    out << QStringLiteral("scroll to a random position (60): repaint median %1 ms, p95 %2 ms, "
                          "max %3 ms; rows read and painted median %4 ms, p95 %5 ms, max %6 ms")
               .arg(percentile(paintMs, 0.5), 0, 'f', 2)
               .arg(percentile(paintMs, 0.95), 0, 'f', 2)
               .arg(percentile(paintMs, 1.0), 0, 'f', 2)
               .arg(percentile(filledMs, 0.5), 0, 'f', 2)
               .arg(percentile(filledMs, 0.95), 0, 'f', 2)
               .arg(percentile(filledMs, 1.0), 0, 'f', 2)
        << Qt::endl;
    const qint64 rssOpenKb = residentKb();
    out << QStringLiteral("memory: %1 MB before the page, %2 MB with it open (+%3 MB)")
               .arg(double(rssBeforeKb) / 1024, 0, 'f', 1)
               .arg(double(rssOpenKb) / 1024, 0, 'f', 1)
               .arg(double(rssOpenKb - rssBeforeKb) / 1024, 0, 'f', 1)
        << Qt::endl;

    // Filters.
    struct Filter
    {
        QString name;
        LogQuery query;
    };
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<Filter> filters;
    const auto add = [&](const QString &name, auto fill) {
        LogQuery query;
        fill(query);
        filters << Filter{name, query};
    };
    add(QStringLiteral("module"),
        [](LogQuery &q) { q.module = QStringLiteral("Module_1234_Lib"); });
    add(QStringLiteral("operation kind"),
        [](LogQuery &q) { q.operation = QStringLiteral("delete"); });
    add(QStringLiteral("operation id"), [&](LogQuery &q) { q.operationId = total / 40 + 3; });
    add(QStringLiteral("time: last day"), [&](LogQuery &q) { q.since = now.addDays(-1); });
    add(QStringLiteral("time: one hour on day 3"), [&](LogQuery &q) {
        q.since = now.addDays(-11);
        q.until = now.addDays(-11).addSecs(3600);
    });
    add(QStringLiteral("text: common word (timeout)"),
        [](LogQuery &q) { q.text = QStringLiteral("timeout"); });
    add(QStringLiteral("text: rare (GetCustomerInvoice 299)"),
        [](LogQuery &q) { q.text = QStringLiteral("GetCustomerInvoice 299"); });
    add(QStringLiteral("kind + last week + text"), [&](LogQuery &q) {
        q.operation = QStringLiteral("modules-upgrade");
        q.since = now.addDays(-7);
        q.text = QStringLiteral("lease");
    });
    add(QStringLiteral("no filter (back)"), [](LogQuery &) {});
    for (const Filter &filter : filters) {
        QElapsedTimer timer;
        timer.start();
        bar->setValue(0);
        model->setQuery(filter.query);
        if (!waitFor([&] { return model->hasLayout() && visibleRowsLoaded(view); }))
            fail(filter.name, QStringLiteral("timed out"));
        view->viewport()->repaint();
        const double firstRows = ms(timer);
        if (!waitFor([&] { return !model->isCounting(); }))
            fail(filter.name, QStringLiteral("count timed out"));
        const double counted = ms(timer);
        out << QStringLiteral("filter %1: %2 entries; first rows painted %3 ms; count settled "
                              "%4 ms")
                   .arg(filter.name, -40)
                   .arg(model->totalCount(), 9)
                   .arg(firstRows, 8, 'f', 1)
                   .arg(counted, 8, 'f', 1)
            << Qt::endl;
    }

    // Ingest while open: 1,000 entries a second, in 5 batches a second.
    const int seconds = parser.value(secondsOption).toInt();
    model->setPollInterval(LogTableModel::defaultPollIntervalMs);
    // The page's ids are checked against this connection's after the ingest.
    Result<std::unique_ptr<Database>> checkDb
        = Database::openSqlite(DataFolder(root).databaseFile(), Database::OpenMode::OpenExisting);
    if (!checkDb)
        fail(QStringLiteral("open"), checkDb.error().fullText());
    const qint64 newestBefore
        = scalar(**checkDb, QStringLiteral("SELECT MAX(id) FROM error_log")).value().toLongLong();
    std::atomic<bool> stop = false;
    std::atomic<qint64> appended = 0;
    // On one clock: when each entry was appended (by the writer thread, read after it
    // ends), when the writer's final flush() had committed them all, and when rows
    // arrived in the page.
    using Clock = std::chrono::steady_clock;
    const Clock::time_point epoch = Clock::now();
    const auto sinceEpochMs = [epoch] {
        return std::chrono::duration<double, std::milli>(Clock::now() - epoch).count();
    };
    std::vector<double> appendedAtMs;
    appendedAtMs.reserve(size_t(seconds + 2) * 1000);
    double flushedAtMs = 0;
    std::vector<std::pair<qint64, double>> arrivals; // rows arrived so far, when
    QObject::connect(model, &LogTableModel::entriesArrived, model, [&](int count) {
        const qint64 before = arrivals.empty() ? 0 : arrivals.back().first;
        arrivals.emplace_back(before + count, sinceEpochMs());
    });
    std::thread writer([&] {
        Result<std::unique_ptr<LogWriter>> log = LogWriter::open(DataFolder(root).databaseFile());
        if (!log)
            return;
        QElapsedTimer pace;
        pace.start();
        for (qint64 i = 0; !stop; ++i) {
            ErrorLogEntry entry;
            entry.module = QStringLiteral("Live_%1").arg(i % 50);
            entry.operation = QStringLiteral("publish");
            entry.message = QStringLiteral("Live entry %1 while the screen is open").arg(i);
            entry.detail = QStringLiteral("/srv/osc/live/%1.cs: detail").arg(i);
            (*log)->append(entry);
            appendedAtMs.push_back(sinceEpochMs());
            ++appended;
            const qint64 due = (i + 1) * 1000 / 1000; // ms at 1,000 a second
            const qint64 ahead = due - pace.elapsed();
            if (ahead > 0 && i % 200 == 199)
                std::this_thread::sleep_for(std::chrono::milliseconds(ahead));
        }
        (void)(*log)->flush();
        flushedAtMs = sinceEpochMs();
    });
    StallProbe probe(std::chrono::milliseconds(1));
    const int rowsBefore = model->rowCount();
    probe.start();
    QElapsedTimer ingest;
    ingest.start();
    waitFor([&] { return false; }, seconds * 1000);
    probe.stop();
    const qint64 arrivedInTime = model->rowCount() - rowsBefore;
    stop = true;
    writer.join();
    const StallProbe::Report report = probe.report();
    const qint64 written = appended.load();
    out << QStringLiteral("ingest while open (%1 s, %2 entries appended, %3 rows arrived by its "
                          "end, %4%): longest GUI stall %5 ms, p99 %6 ms, stalls over 16 ms: %7")
               .arg(seconds)
               .arg(written)
               .arg(arrivedInTime)
               .arg(written > 0 ? 100.0 * double(arrivedInTime) / double(written) : 0.0, 0, 'f', 1)
               .arg(report.longestMs, 0, 'f', 1)
               .arg(report.p99Ms, 0, 'f', 2)
               .arg(report.over16Ms)
        << Qt::endl;

    // The rest: the writer's last flush() has committed everything; the page's polls
    // bring it in.
    const bool allArrived
        = waitFor([&] { return model->rowCount() - rowsBefore >= written; }, 10000);
    const double lastWriteMs = appendedAtMs.empty() ? 0 : appendedAtMs.back();
    const qint64 arrivedInAll = model->rowCount() - rowsBefore;
    if (allArrived) {
        const double lastArrivalMs = arrivals.empty() ? lastWriteMs : arrivals.back().second;
        out << QStringLiteral("after the ingest: all %1 arrived %2 ms after the last append() "
                              "(the writer thread's final flush() had committed them at +%3 ms)")
                   .arg(written)
                   .arg(lastArrivalMs - lastWriteMs, 0, 'f', 1)
                   .arg(flushedAtMs - lastWriteMs, 0, 'f', 1)
            << Qt::endl;
    } else {
        out << QStringLiteral("after the ingest: only %1 of %2 arrived within 10 s of the end")
                   .arg(arrivedInAll)
                   .arg(written)
            << Qt::endl;
    }
    // Entry k (one writer thread: ids in append order) arrived with the first batch of
    // rows that brought the count past k.
    std::vector<double> waitedMs;
    waitedMs.reserve(appendedAtMs.size());
    size_t batch = 0;
    for (size_t k = 0; k < appendedAtMs.size(); ++k) {
        while (batch < arrivals.size() && arrivals[batch].first <= qint64(k))
            ++batch;
        if (batch == arrivals.size())
            break;
        waitedMs.push_back(arrivals[batch].second - appendedAtMs[k]);
    }
    if (!waitedMs.empty()) {
        out << QStringLiteral("from append() to the row in the page (%1 entries): median %2 ms, "
                              "p99 %3 ms, max %4 ms")
                   .arg(waitedMs.size())
                   .arg(percentile(waitedMs, 0.5), 0, 'f', 1)
                   .arg(percentile(waitedMs, 0.99), 0, 'f', 1)
                   .arg(percentile(waitedMs, 1.0), 0, 'f', 1)
            << Qt::endl;
    }
    // The page's rows above the old newest one against the database's ids.
    {
        Result<QSqlQuery> rows = (*checkDb)->exec(
            QStringLiteral("SELECT id FROM error_log WHERE id > ? ORDER BY id DESC"),
            {newestBefore});
        if (!rows)
            fail(QStringLiteral("reading the ids"), rows.error().fullText());
        QList<qint64> inDatabase;
        while (rows->next())
            inDatabase << rows->value(0).toLongLong();
        QList<qint64> inPage;
        for (int row = 0; row < model->rowCount(); ++row) {
            // A short run of arrivals is read by chunks: wait for its rows.
            if (model->idAt(row) == 0)
                waitFor([&] { return model->idAt(row) != 0; }, 30000);
            const qint64 id = model->idAt(row);
            if (id <= newestBefore)
                break;
            inPage << id;
        }
        out << QStringLiteral("ids above %1: %2 in the database, %3 in the page, %4")
                   .arg(newestBefore)
                   .arg(inDatabase.size())
                   .arg(inPage.size())
                   .arg(inPage == inDatabase ? QStringLiteral("the same")
                                             : QStringLiteral("DIFFERENT"))
            << Qt::endl;
    }
    page.reset();
    return 0;
}
