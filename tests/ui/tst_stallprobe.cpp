// The stall probe behind servicecenter --stall-probe: a GUI thread that is kept busy
// shows up as a stall at least as long as the work; the report's text and JSON.
#include "common/stallprobe.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace osc;

class TestStallProbe : public QObject
{
    Q_OBJECT

private slots:
    void aBlockedEventLoopIsReportedAsAStall();
    void reportsAsTextAndJson();
};

void TestStallProbe::aBlockedEventLoopIsReportedAsAStall()
{
    StallProbe probe(std::chrono::milliseconds(5));
    probe.start();
    QTest::qWait(150);
    QVERIFY(probe.report().ticks > 5);

    // 150 ms of work on the GUI thread, in one event that stops the probe at its end:
    // no tick can come between the work and stop(), which must still see it.
    bool worked = false;
    QTimer::singleShot(0, [&] {
        QThread::msleep(150);
        probe.stop();
        worked = true;
    });
    QTRY_VERIFY(worked);
    const StallProbe::Report busy = probe.report();
    QVERIFY2(busy.longestMs >= 140, qPrintable(StallProbe::toText(busy)));
    QVERIFY(busy.over50Ms >= 1);
    QVERIFY(busy.over16Ms >= busy.over50Ms);
    QVERIFY(busy.p50Ms <= busy.p99Ms && busy.p99Ms <= busy.longestMs);
}

void TestStallProbe::reportsAsTextAndJson()
{
    StallProbe::Report report;
    report.ticks = 1000;
    report.durationMs = 5000;
    report.longestMs = 23.4;
    report.p99Ms = 3.1;
    report.p50Ms = 0.12;
    report.over16Ms = 2;
    report.over50Ms = 0;
    QCOMPARE(StallProbe::toText(report),
             QStringLiteral("stall probe: 1000 ticks over 5.0 s; longest stall 23.4 ms, p99 3.1 "
                            "ms, median 0.12 ms; 2 stalls over 16 ms, 0 over 50 ms"));
    const QJsonObject json = QJsonDocument::fromJson(StallProbe::toJson(report)).object();
    QCOMPARE(json.value(QStringLiteral("longestMs")).toDouble(), 23.4);
    QCOMPARE(json.value(QStringLiteral("over16Ms")).toInteger(), 2);
    QCOMPARE(json.value(QStringLiteral("ticks")).toInteger(), 1000);
}

QTEST_MAIN(TestStallProbe)
#include "tst_stallprobe.moc"
