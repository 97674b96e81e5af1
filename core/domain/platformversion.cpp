#include "platformversion.h"

#include <QStringList>

namespace osc {

std::optional<PlatformVersion> PlatformVersion::parse(const QString &text)
{
    const QStringList parts = text.trimmed().split(u'.');
    if (parts.size() != 3)
        return std::nullopt;
    int numbers[3] = {};
    for (int i = 0; i < 3; ++i) {
        bool ok = false;
        numbers[i] = parts[i].toInt(&ok);
        if (!ok || numbers[i] < 0 || parts[i].isEmpty() || !parts[i].front().isDigit())
            return std::nullopt;
    }
    return PlatformVersion{numbers[0], numbers[1], numbers[2]};
}

QString PlatformVersion::toString() const
{
    return QStringLiteral("%1.%2.%3").arg(major).arg(minor).arg(patch);
}

} // namespace osc
