#pragma once

#include "backgroundpool.h"
#include "environment/environment.h"
#include "util/result.h"

#include <QFuture>
#include <QString>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <type_traits>
#include <utility>

namespace osc {

// Runs `work(Environment &)` on backgroundPool() (never the global pool: see there)
// against an Environment that the worker opens itself on `dataDir` and closes before
// returning: an Environment belongs to the thread that opened it, so none ever crosses
// threads. `work` must return a Result<T> holding plain values, and must not touch
// any GUI object.
// Callers keep the future in a QFutureWatcher and wait for it in their destructor.
// Work that runs for minutes (the modules preparation) goes to a pool of its own, so
// that it never takes a thread of the background pool from the short loads.
template<typename Work>
auto runWithEnvironment(QThreadPool *pool, const QString &dataDir, Work work)
{
    using R = std::invoke_result_t<Work &, Environment &>;
    return QtConcurrent::run(pool, [dataDir, work = std::move(work)]() mutable -> R {
        auto environment = Environment::open(dataDir);
        if (!environment)
            return environment.error();
        return work(*environment.value());
    });
}

template<typename Work> auto runWithEnvironment(const QString &dataDir, Work work)
{
    return runWithEnvironment(backgroundPool(), dataDir, std::move(work));
}

} // namespace osc
