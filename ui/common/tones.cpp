#include "tones.h"

namespace osc {

QColor panelBackground(const QColor &accent)
{
    const bool grey = accent.hsvHueF() < 0;
    return QColor::fromHsvF(grey ? 0 : accent.hsvHueF(), grey ? 0.0 : 0.08, 1.0);
}

QString panelStyle(const QString &objectName, const QColor &accent)
{
    return QStringLiteral("QFrame#%1 { background: %2; border: 1px solid %3;"
                          " border-left: 4px solid %3; border-radius: 3px; }"
                          " QFrame#%1 QLabel { color: #202020; }")
        .arg(objectName, panelBackground(accent).name(), accent.name());
}

} // namespace osc
