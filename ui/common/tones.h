#pragma once

#include <QColor>
#include <QString>

namespace osc {

// The colours of every status cue (module statuses, execution statuses, module
// states, the panels that announce them), in one place. A cue is never the colour
// alone: the status is always written next to it.
inline const QColor neutralTone(0x75, 0x75, 0x75); // grey: nothing to do, not started
inline const QColor runningTone(0x15, 0x65, 0xc0); // blue: running, prepared
inline const QColor successTone(0x2e, 0x7d, 0x32); // green: succeeded, up to date
inline const QColor warningTone(0xc7, 0x7c, 0x02); // amber: on hold, outdated, some failed
inline const QColor errorTone(0xc6, 0x28, 0x28); // red: failed, not upgraded
inline const QColor brokenTone(0x6a, 0x1b, 0x9a); // purple: a deleted producer

// The light background of a panel in the accent's hue (white for a grey accent).
QColor panelBackground(const QColor &accent);

// The style sheet of a status panel (a QFrame named `objectName`): the accent's light
// background, a border in the accent, thicker on the left, and dark text.
QString panelStyle(const QString &objectName, const QColor &accent);

} // namespace osc
