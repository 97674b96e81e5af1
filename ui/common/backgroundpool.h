#pragma once

#include <QThreadPool>

#include <utility>

namespace osc {

// The pool the GUI's background work runs on (loads, polls, operations): never
// QThreadPool::globalInstance().
//
// Qt 6.4's raster paint engine splits a large fill (a progress bar's chunk, a chart's
// area) into tasks on the global pool and the GUI thread waits for them. With our
// loads on the global pool, a paint waited behind a load of 20,000 rows: stalls of
// seconds in bench_ui_upgrade, with the GUI thread asleep in
// QRasterPaintEngine::drawLines → QSemaphore::acquire. Keeping the global pool for
// Qt's own short tasks makes those fills start at once.
QThreadPool *backgroundPool();

// Lets go of `value` on the background pool: the last copy of a report of 20,000
// modules takes milliseconds to free, which the GUI thread need not spend. Call it
// once the GUI holds no other copy, or the GUI thread may still be the one to free.
template<typename T> void releaseInBackground(T value)
{
    backgroundPool()->start(
        [value = std::move(value)]() mutable { T released = std::move(value); });
}

} // namespace osc
