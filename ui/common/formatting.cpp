#include "formatting.h"

#include <QCoreApplication>
#include <QLocale>

namespace osc::format {

QString dateTime(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString dateTimeSeconds(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString duration(qint64 milliseconds)
{
    const QLocale locale;
    if (milliseconds < 1000)
        return QCoreApplication::translate("Format", "%1 ms").arg(locale.toString(milliseconds));
    if (milliseconds < 60 * 1000)
        return QCoreApplication::translate("Format", "%1 s")
            .arg(locale.toString(milliseconds / 1000.0, 'f', 1));
    const qint64 seconds = milliseconds / 1000;
    return QCoreApplication::translate("Format", "%1 min %2 s")
        .arg(locale.toString(seconds / 60))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QString bytes(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString versionNumber(int version)
{
    return version > 0 ? QString::number(version) : QStringLiteral("\u2014");
}

} // namespace osc::format
