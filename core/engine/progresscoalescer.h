#pragma once

#include "engine/execution.h"

#include <QHash>

#include <chrono>
#include <optional>

namespace osc {

// Turns a stream of per-module state changes into snapshots for observers, at most
// one per interval whatever the module rate: changes accumulate (the latest of each
// module, in the order modules first changed) until a snapshot is due. One owner.
class ProgressCoalescer
{
public:
    void reset(std::chrono::milliseconds interval, qint64 executionId, ExecutionKind kind)
    {
        *this = ProgressCoalescer();
        m_interval = interval.count();
        m_snapshot.executionId = executionId;
        m_snapshot.kind = kind;
    }

    void note(const ModuleStateChange &change)
    {
        if (const auto it = m_position.constFind(change.module); it != m_position.cend()) {
            m_snapshot.changes[*it] = change;
            return;
        }
        m_position.insert(change.module, int(m_snapshot.changes.size()));
        m_snapshot.changes << change;
    }

    void setStatus(ExecutionStatus status) { m_snapshot.status = status; }

    // The snapshot when one is due at `elapsedMs` (or `force`), its changes cleared
    // for the next one; nothing otherwise.
    std::optional<StepProgress> take(qint64 elapsedMs, const ExecutionCounts &counts, qint64 etaMs,
                                     bool force)
    {
        if (!force && m_delivered > 0 && elapsedMs - m_lastMs < m_interval)
            return std::nullopt;
        m_lastMs = elapsedMs;
        ++m_delivered;
        StepProgress snapshot = m_snapshot;
        snapshot.counts = counts;
        snapshot.elapsedMs = elapsedMs;
        snapshot.etaMs = etaMs;
        m_snapshot.changes.clear();
        m_position.clear();
        return snapshot;
    }

    int delivered() const { return m_delivered; }

private:
    qint64 m_interval = 50;
    qint64 m_lastMs = 0;
    int m_delivered = 0;
    StepProgress m_snapshot;
    QHash<QString, int> m_position;
};

} // namespace osc
