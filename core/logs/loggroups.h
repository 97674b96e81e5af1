#pragma once

#include "logs/logrecord.h"
#include "logs/logstore.h"
#include "util/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

namespace osc {

// The message signature: what entries that share a cause have in common. Runs of
// digits become '#', quoted parts ('Orders_Core', "…") become '…' in single quotes,
// words holding a path separator ('/' or '\') become <path>, and white space is
// collapsed. An apostrophe inside a word ("hasn't") does not open a quote.
//   "Producer module 'Orders_Core' hasn't been prepared" -> "Producer module '…' hasn't been
//   prepared"
//   "/srv/env/c/12/a.cs(4,2): missing 3 args"           -> "<path> missing # args"
QString messageSignature(QStringView message);

// Entries of one signature within a filter.
struct LogGroup
{
    QString signature;
    QString latestMessage; // the newest entry's message, as written
    QString latestModule; // the newest entry's module
    qint64 latestId = 0;
    qint64 count = 0;
    int moduleCount = 0; // distinct modules (counted up to maxCountedModules)
    QDateTime firstSeen;
    QDateTime lastSeen;

    static constexpr int maxCountedModules = 1000;
};

struct LogGrouping
{
    QList<LogGroup> groups; // most entries first; ties: the most recent first
    qint64 entries = 0; // entries read
    bool cancelled = false; // stopped by the progress callback: groups cover `entries`
};

// Groups the entries matching `query` (limit, beforeId and afterId are ignored) by
// messageSignature(). Reads them newest first in pages of LogStore::maxIdLimit
// (id, instant, module, operation and message only) on the store's connection, in
// the calling thread. `progress`, when set, is called after each page with the
// entries read so far; returning false stops the grouping (cancelled = true).
Result<LogGrouping> groupLog(LogStore &store, LogKind kind, const LogQuery &query,
                             const std::function<bool(qint64 entriesRead)> &progress = {});

} // namespace osc
