#pragma once

#include <QString>

namespace osc {

// Whether the process that holds a lease is known to be gone: it ran on this
// machine and no such process runs any more (or only its zombie, killed and not yet
// reaped). A holder on another machine, or one that still runs, is not known to be
// gone: only its lease expiring says it stopped.
bool holderIsGone(qint64 pid, const QString &host);

} // namespace osc
