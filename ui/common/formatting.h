#pragma once

#include <QDateTime>
#include <QString>

// Small, translated formatters shared by the pages, so that a time, a duration or a
// size reads the same on every screen.
namespace osc::format {

QString dateTime(const QDateTime &time); // "2024-05-03 14:02", local time; empty if invalid
QString dateTimeSeconds(const QDateTime &time); // with seconds
QString duration(qint64 milliseconds); // "850 ms", "4.2 s", "3 min 05 s"
QString bytes(qint64 bytes); // "12.3 KB" in the user's locale
QString versionNumber(int version); // "3", or an em dash for 0

} // namespace osc::format
