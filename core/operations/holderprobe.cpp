#include "holderprobe.h"

#include <QFile>
#include <QSysInfo>

#include <cerrno>
#include <csignal>

namespace osc {

bool holderIsGone(qint64 pid, const QString &host)
{
    if (pid <= 0 || host != QSysInfo::machineHostName())
        return false;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return ::kill(pid_t(pid), 0) != 0 && errno == ESRCH;
    // "pid (name) S ...": the state follows the last ')'.
    const QByteArray line = stat.readLine();
    const qsizetype end = line.lastIndexOf(')');
    return end >= 0 && line.size() > end + 2 && line.at(end + 2) == 'Z';
}

} // namespace osc
