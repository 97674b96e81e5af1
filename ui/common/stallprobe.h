#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <vector>

namespace osc {

// Measures how long the event loop of the thread it lives in (the GUI thread) fails
// to run: a precise timer ticks every `tick`, and each tick that comes late was held
// up by work on that thread — a stall. The report gives the longest stall and its
// percentiles: what an operator feels as a frozen window. Cheap enough to run all
// day (one timer; a stall is 4 bytes).
//
// servicecenter --stall-probe prints the report when it quits; --stall-report FILE
// writes it as JSON (docs/gui.md, docs/benchmarks.md).
class StallProbe final : public QObject
{
    Q_OBJECT

public:
    explicit StallProbe(std::chrono::milliseconds tick = std::chrono::milliseconds(5),
                        QObject *parent = nullptr);

    void start();
    void stop();

    struct Report
    {
        qint64 ticks = 0;
        qint64 durationMs = 0;
        double longestMs = 0; // the longest stall
        double p99Ms = 0; // 99% of the ticks came at most this late
        double p50Ms = 0;
        qint64 over16Ms = 0; // stalls longer than a 60 Hz frame
        qint64 over50Ms = 0;
    };
    Report report() const;
    static QString toText(const Report &report);
    static QByteArray toJson(const Report &report);

private:
    void onTick();

    std::chrono::milliseconds m_tick;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    std::vector<quint32> m_lateUs; // per tick: how late it came, in microseconds
};

} // namespace osc
