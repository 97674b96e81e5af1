#pragma once

#include <QProgressBar>

namespace osc {

// Sets a progress bar's range and value, repainted with the next frame.
// QProgressBar::setValue() repaints synchronously whenever the bar visibly moves, which
// with the upgrade step's progress every second painted the window region by region,
// in the middle of whatever else the GUI thread was doing; this lets the paint join
// the window's next one instead.
inline void setProgress(QProgressBar *bar, int minimum, int maximum, int value)
{
    if (bar->minimum() == minimum && bar->maximum() == maximum && bar->value() == value)
        return;
    const bool updates = bar->updatesEnabled();
    bar->setUpdatesEnabled(false); // repaint() does nothing meanwhile
    bar->setRange(minimum, maximum);
    bar->setValue(value);
    bar->setUpdatesEnabled(updates); // schedules one update()
}

} // namespace osc
