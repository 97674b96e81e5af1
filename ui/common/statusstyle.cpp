#include "statusstyle.h"

#include <QPainter>
#include <QPixmap>

namespace osc {

QColor statusColor(ModuleStatus status)
{
    switch (status) {
    case ModuleStatus::UpToDate:
        return QColor(0x2e, 0x7d, 0x32);
    case ModuleStatus::Outdated:
        return QColor(0xc7, 0x7c, 0x02);
    case ModuleStatus::NotUpgraded:
        return QColor(0xc6, 0x28, 0x28);
    case ModuleStatus::Prepared:
        return QColor(0x15, 0x65, 0xc0);
    case ModuleStatus::NeverPublished:
        return QColor(0x75, 0x75, 0x75);
    case ModuleStatus::Broken:
        return QColor(0x6a, 0x1b, 0x9a);
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
