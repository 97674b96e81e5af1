#include "statusstyle.h"

#include "common/tones.h"

#include <QPainter>
#include <QPixmap>

namespace osc {

QColor statusColor(ModuleStatus status)
{
    switch (status) {
    case ModuleStatus::UpToDate:
        return successTone;
    case ModuleStatus::Outdated:
        return warningTone;
    case ModuleStatus::NotUpgraded:
        return errorTone;
    case ModuleStatus::Prepared:
        return runningTone;
    case ModuleStatus::NeverPublished:
        return neutralTone;
    case ModuleStatus::Broken:
        return brokenTone;
    }
    Q_UNREACHABLE();
    return {};
}

QIcon statusIcon(ModuleStatus status)
{
    QIcon icon;
    for (const int size : {16, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(statusColor(status));
        const qreal margin = size * 0.22;
        painter.drawEllipse(QRectF(margin, margin, size - 2 * margin, size - 2 * margin));
        icon.addPixmap(pixmap);
    }
    return icon;
}

int statusRank(ModuleStatus status)
{
    int rank = 0;
    for (const ModuleStatus each : moduleStatusesByAttention) {
        if (each == status)
            return rank;
        ++rank;
    }
    Q_UNREACHABLE();
    return rank;
}

} // namespace osc
