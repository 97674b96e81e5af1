#include "messages.h"

#include <QCoreApplication>

namespace osc::messages {

QString formatTime(const QDateTime &time)
{
    return time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

// Multi-argument QString::arg() substitutes in one pass, so a module or user name
// containing "%1" is never substituted a second time.
QString locked(const QString &operation, const QString &user, const QDateTime &time,
               const QString &ongoingOperation, const QString &ongoingUser,
               const QDateTime &ongoingTime, const QString &module)
{
    return QCoreApplication::translate(
               "Messages",
               "The %1 started by %2 at %3 can't proceed because there is an ongoing %4, "
               "started by %5 at %6, that is locking '%7' module.")
        .arg(operation, user, formatTime(time), ongoingOperation, ongoingUser,
             formatTime(ongoingTime), module);
}

QString prepSomeFailed()
{
    return QCoreApplication::translate("Messages", "There were errors preparing some modules.");
}

QString prepStepFailed()
{
    return QCoreApplication::translate("Messages", "There was an error preparing your modules.");
}

QString notUpgraded()
{
    return QCoreApplication::translate(
        "Messages",
        "This Module hasn't been upgraded to the current environment version. "
        "Please publish the module. Alternatively, run another environment upgrade.");
}

QString producerNotPrepared(const QString &producerModule)
{
    return QCoreApplication::translate(
               "Messages",
               "Producer module '%1' hasn't been prepared for the current OutSystems environment "
               "version. The Preparation of Modules may not have finished yet, failed, or it is "
               "on hold. Check Service Center for more details or try to publish '%1'.")
        .arg(producerModule);
}

QString fileInUse()
{
    return QCoreApplication::translate(
        "Messages",
        "The process cannot access the file because it is being used by another process");
}

} // namespace osc::messages
