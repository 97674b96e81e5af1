#include "stallprobe.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace osc {

StallProbe::StallProbe(std::chrono::milliseconds tick, QObject *parent)
    : QObject(parent), m_tick(tick)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(m_tick);
    connect(&m_timer, &QTimer::timeout, this, &StallProbe::onTick);
}

void StallProbe::start()
{
    m_lateUs.clear();
    m_lateUs.reserve(1 << 16);
    m_clock.start();
    m_lastNs = 0;
    m_timer.start();
}

void StallProbe::stop()
{
    // The interval since the last tick counts too: a stall that ends just before stop(),
    // as one at the application's exit does, would otherwise never be seen.
    if (m_timer.isActive())
        onTick();
    m_timer.stop();
}

void StallProbe::onTick()
{
    const qint64 now = m_clock.nsecsElapsed();
    const qint64 expected = std::chrono::nanoseconds(m_tick).count();
    const qint64 late = std::max<qint64>(0, now - m_lastNs - expected);
    m_lastNs = now;
    m_lateUs.push_back(quint32(std::min<qint64>(late / 1000, std::numeric_limits<quint32>::max())));
}

StallProbe::Report StallProbe::report() const
{
    Report report;
    report.ticks = qint64(m_lateUs.size());
    report.durationMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    if (m_lateUs.empty())
        return report;
    std::vector<quint32> sorted = m_lateUs;
    std::sort(sorted.begin(), sorted.end());
    const auto at = [&](double fraction) {
        const size_t index = std::min(sorted.size() - 1, size_t(fraction * double(sorted.size())));
        return double(sorted.at(index)) / 1000.0;
    };
    report.longestMs = double(sorted.back()) / 1000.0;
    report.p99Ms = at(0.99);
    report.p50Ms = at(0.50);
    report.over16Ms
        = std::count_if(sorted.cbegin(), sorted.cend(), [](quint32 us) { return us > 16000; });
    report.over50Ms
        = std::count_if(sorted.cbegin(), sorted.cend(), [](quint32 us) { return us > 50000; });
    return report;
}

QString StallProbe::toText(const Report &report)
{
    return QStringLiteral("stall probe: %1 ticks over %2 s; longest stall %3 ms, p99 %4 ms, "
                          "median %5 ms; %6 stalls over 16 ms, %7 over 50 ms")
        .arg(report.ticks)
        .arg(double(report.durationMs) / 1000.0, 0, 'f', 1)
        .arg(report.longestMs, 0, 'f', 1)
        .arg(report.p99Ms, 0, 'f', 1)
        .arg(report.p50Ms, 0, 'f', 2)
        .arg(report.over16Ms)
        .arg(report.over50Ms);
}

QByteArray StallProbe::toJson(const Report &report)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("ticks"), report.ticks},
                                     {QStringLiteral("durationMs"), report.durationMs},
                                     {QStringLiteral("longestMs"), report.longestMs},
                                     {QStringLiteral("p99Ms"), report.p99Ms},
                                     {QStringLiteral("p50Ms"), report.p50Ms},
                                     {QStringLiteral("over16Ms"), report.over16Ms},
                                     {QStringLiteral("over50Ms"), report.over50Ms}})
        .toJson(QJsonDocument::Compact);
}

} // namespace osc
