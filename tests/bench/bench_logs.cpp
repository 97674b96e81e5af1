// Error Log ingest rate through LogWriter, and query times through LogStore.
//
//   bench_logs [--entries N] [--threads T] [--batch B] [--keep DIR]
//              [--queries-in-batches] [--ingest-only]
//
// Creates an environment database in a temporary folder (or DIR with --keep, left in
// place), appends N realistic Error Log entries (messages of ~100 characters, details
// of ~300, 2,000 distinct modules, six operation kinds, spread over 14 days) from T
// threads, flushes, and reports entries/s (appended → durable). Then a new writer
// catches up (spreads the batches into rows, fills the full-text index), timed. Then
// times each LogQuery filter on the result: the first page of 100 and a deep keyset
// page (beforeId in the oldest tenth), median of 5 runs each, plus the matching count;
// with --queries-in-batches also before catching up.
#include "logs/logbatches.h"
#include "logs/logstore.h"
#include "logs/logwriter.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <thread>
#include <vector>

using namespace osc;

namespace {

class Random
{
public:
    explicit Random(quint64 seed) : m_state(seed * 0x9E3779B97F4A7C15ULL + 1) { }
    quint64 next()
    {
        m_state ^= m_state << 13;
        m_state ^= m_state >> 7;
        m_state ^= m_state << 17;
        return m_state;
    }
    int below(int bound) { return int(next() % quint64(bound)); }

private:
    quint64 m_state;
};

const char *const kinds[] = {"publish",          "delete",          "configuration-update",
                             "solution-publish", "modules-upgrade", "modules-deployment"};
const char *const steps[] = {"resolve", "compile", "stage", "switch", "record", "lock"};
const char *const words[]
    = {"customer",   "invoice", "payment", "order",     "shipment", "catalog",  "pricing",
       "account",    "ledger",  "session", "token",     "gateway",  "timeout",  "reference",
       "signature",  "element", "action",  "aggregate", "entity",   "producer", "consumer",
       "deployment", "folder",  "process", "antivirus", "backup",   "network",  "database",
       "connection", "refused", "denied",  "missing",   "expected", "received", "version"};
constexpr int wordCount = int(sizeof(words) / sizeof(words[0]));

QString sentence(Random &random, int length)
{
    QString text;
    text.reserve(length + 16);
    while (text.size() < length) {
        if (!text.isEmpty())
            text += u' ';
        if (random.below(6) == 0)
            text += QString::number(random.below(100000));
        else
            text += QLatin1String(words[random.below(wordCount)]);
    }
    return text;
}

struct Pools
{
    QStringList modules;
    QStringList messages;
    QStringList details;
};

Pools makePools()
{
    Random random(7);
    Pools pools;
    for (int i = 0; i < 2000; ++i)
        pools.modules << QStringLiteral("%1_%2_%3")
                             .arg(QLatin1String(words[i % wordCount]))
                             .arg(QLatin1String(words[(i / wordCount) % wordCount]))
                             .arg(i);
    for (int i = 0; i < 20000; ++i) {
        pools.messages << sentence(random, 100);
        pools.details << QStringLiteral("/srv/osc/compilations/m%1/out.cs(%2,%3): ")
                             .arg(i)
                             .arg(random.below(900))
                             .arg(random.below(80))
                + sentence(random, 260);
    }
    return pools;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

template<typename Query> double timeMs(Query query)
{
    std::vector<double> runs;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer timer;
        timer.start();
        query();
        runs.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    return median(runs);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("entries"), QStringLiteral("Entries to write."),
                      QStringLiteral("N"), QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("threads"), QStringLiteral("Appending threads."),
                      QStringLiteral("T"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("batch"), QStringLiteral("Writer batch size."),
                      QStringLiteral("B"), QStringLiteral("5000")});
    parser.addOption({QStringLiteral("sql"),
                      QStringLiteral("Run SQL before writing (experiments)."),
                      QStringLiteral("SQL")});
    parser.addOption(
        {QStringLiteral("ingest-only"), QStringLiteral("Skip the queries (after catching up).")});
    parser.addOption({QStringLiteral("queries-in-batches"),
                      QStringLiteral("Run the queries once before catching up, too, while the "
                                     "newest entries are still in batches.")});
    parser.addOption({QStringLiteral("keep"), QStringLiteral("Write into DIR and keep it."),
                      QStringLiteral("DIR")});
    parser.process(app);
    const int entries = parser.value(QStringLiteral("entries")).toInt();
    const int threads = std::max(1, parser.value(QStringLiteral("threads")).toInt());

    QTemporaryDir temporary;
    QString dir = temporary.path();
    if (parser.isSet(QStringLiteral("keep"))) {
        dir = parser.value(QStringLiteral("keep"));
        QDir().mkpath(dir);
    }
    const QString path = dir + QStringLiteral("/environment.db");
    Result<std::unique_ptr<Database>> db
        = Database::openSqlite(path, Database::OpenMode::CreateNew);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().fullText()));
        return 1;
    }

    for (const QString &sql : parser.values(QStringLiteral("sql"))) {
        if (Result<QSqlQuery> done = (*db)->exec(sql); !done) {
            std::fprintf(stderr, "%s\n", qPrintable(done.error().fullText()));
            return 1;
        }
    }
    const Pools pools = makePools();
    const QDateTime end = QDateTime::currentDateTimeUtc();
    const QDateTime start = end.addDays(-14);
    const qint64 spanMs = start.msecsTo(end);

    LogWriterOptions options;
    options.batchSize = parser.value(QStringLiteral("batch")).toInt();
    Result<std::unique_ptr<LogWriter>> writer = LogWriter::open(path, options);
    if (!writer) {
        std::fprintf(stderr, "%s\n", qPrintable(writer.error().fullText()));
        return 1;
    }

    // Entries are built on the appending threads, as a real caller would.
    QElapsedTimer timer;
    timer.start();
    std::vector<std::thread> appenders;
    for (int t = 0; t < threads; ++t) {
        appenders.emplace_back([&, t] {
            Random random(100 + t);
            for (int i = t; i < entries; i += threads) {
                ErrorLogEntry entry;
                entry.instant = start.addMSecs(spanMs * i / entries);
                entry.module = pools.modules.at(random.below(2000));
                entry.moduleVersion = 1 + random.below(40);
                entry.operationId = 1 + i / 20; // ~20 entries an operation
                entry.operation = QLatin1String(kinds[random.below(6)]);
                entry.step = QLatin1String(steps[random.below(6)]);
                entry.message = pools.messages.at(random.below(20000));
                entry.detail = pools.details.at(random.below(20000));
                entry.platformVersion = QStringLiteral("11.19.0");
                (*writer)->append(std::move(entry));
            }
        });
    }
    for (std::thread &appender : appenders)
        appender.join();
    const double appendSeconds = double(timer.nsecsElapsed()) / 1e9;
    if (Result<void> flushed = (*writer)->flush(); !flushed) {
        std::fprintf(stderr, "%s\n", qPrintable(flushed.error().fullText()));
        return 1;
    }
    const double totalSeconds = double(timer.nsecsElapsed()) / 1e9;
    writer->reset();
    std::printf("ingest: %d entries, %d thread(s), batch %d: append %.2f s, durable after "
                "%.2f s -> %.0f entries/s\n",
                entries, threads, options.batchSize, appendSeconds, totalSeconds,
                entries / totalSeconds);
    std::printf("database: %.0f MB\n", double(QFileInfo(path).size()) / 1e6);
    LogStore store(**db);
    const qint64 deepBefore = store.idSpan(LogKind::Errors, LogQuery()).value().maxId / 10;

    struct Case
    {
        const char *name;
        LogQuery query;
    };
    const auto at = [&](double fraction) {
        return start.addMSecs(qint64(spanMs * fraction));
    };
    std::vector<Case> cases;
    cases.push_back({"no filter", LogQuery{}});
    LogQuery q;
    q.since = end.addDays(-1);
    cases.push_back({"time: last day", q});
    q = {};
    q.since = at(0.2);
    q.until = at(0.2).addSecs(3600);
    cases.push_back({"time: one hour, day 3", q});
    q = {};
    q.module = pools.modules.at(1234);
    cases.push_back({"module", q});
    q = {};
    q.operationId = 12345;
    cases.push_back({"operation id", q});
    q = {};
    q.operation = QStringLiteral("modules-upgrade");
    cases.push_back({"operation kind", q});
    q = {};
    q.text = QStringLiteral("antivirus");
    cases.push_back({"text: common word", q});
    q = {};
    q.text = QStringLiteral("antivirus timeout refused");
    cases.push_back({"text: three words", q});
    q = {};
    q.text = QStringLiteral("m4242/out.cs");
    cases.push_back({"text: rare path", q});
    q = {};
    q.operation = QStringLiteral("publish");
    q.since = at(0.5);
    q.until = at(0.75);
    q.text = QStringLiteral("timeout");
    cases.push_back({"kind + time + text", q});
    q = {};
    q.module = pools.modules.at(77);
    q.since = at(0.1);
    q.text = QStringLiteral("customer");
    cases.push_back({"module + time + text", q});

    const auto runCases = [&] {
        std::printf("\n| filter | matches | first page | deep page (id < %lld) | count |\n",
                    static_cast<long long>(deepBefore));
        std::printf("|---|---:|---:|---:|---:|\n");
        for (Case &c : cases) {
            qint64 matches = 0;
            int firstRows = 0;
            const double countMs = timeMs([&] { matches = store.countErrors(c.query).value(); });
            const double firstMs = timeMs([&] {
                Result<QList<ErrorLogEntry>> page = store.errors(c.query);
                if (!page)
                    std::fprintf(stderr, "%s\n", qPrintable(page.error().fullText()));
                else
                    firstRows = int(page->size());
            });
            LogQuery deep = c.query;
            deep.beforeId = deepBefore;
            int deepRows = 0;
            const double deepMs = timeMs([&] { deepRows = int(store.errors(deep)->size()); });
            std::printf("| %s | %lld | %.2f ms (%d) | %.2f ms (%d) | %.1f ms |\n", c.name,
                        static_cast<long long>(matches), firstMs, firstRows, deepMs, deepRows,
                        countMs);
            std::fflush(stdout);
        }
    };
    if (parser.isSet(QStringLiteral("queries-in-batches"))) {
        std::printf("\nQueries while %lld entries are still in batches:\n",
                    static_cast<long long>(LogBatches(**db).entryCount().value()));
        runCases();
    }
    {
        // Batches are spread into rows and the full-text index is filled after the
        // entries are durable: how far behind that is, and how long a writer (a new
        // one: it catches up at its start, on its own connection) takes to catch up.
        LogStore store(**db);
        const qint64 inBatches = LogBatches(**db).entryCount().value();
        const qint64 behind = store.unindexedTextCount().value();
        QElapsedTimer catchUpTimer;
        catchUpTimer.start();
        Result<std::unique_ptr<LogWriter>> catchingUp = LogWriter::open(path, options);
        if (!catchingUp) {
            std::fprintf(stderr, "%s\n", qPrintable(catchingUp.error().fullText()));
            return 1;
        }
        double spreadSeconds = 0;
        while (store.unindexedTextCount().value() > 0) {
            if (spreadSeconds == 0 && LogBatches(**db).entryCount().value() == 0)
                spreadSeconds = double(catchUpTimer.nsecsElapsed()) / 1e9;
            QThread::msleep(20);
        }
        const double catchUpSeconds = double(catchUpTimer.nsecsElapsed()) / 1e9;
        catchingUp->reset();
        std::printf("catching up: %lld entries in batches and %lld not in the text index when "
                    "durable; spread in %.2f s, indexed %.2f s later (%.0f entries/s in all)\n",
                    static_cast<long long>(inBatches), static_cast<long long>(behind),
                    spreadSeconds, catchUpSeconds - spreadSeconds,
                    behind > 0 ? behind / catchUpSeconds : 0.0);
    }
    std::fflush(stdout);
    if (parser.isSet(QStringLiteral("ingest-only")))
        return 0;
    runCases();
    return 0;
}
