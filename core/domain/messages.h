#pragma once

#include <QDateTime>
#include <QString>

// The message catalogue of DESIGN §3: the one place each of these texts is built.
// Operators search for these exact words; tests compare them word for word.
// Each is translatable (context "Messages"); the English source is the catalogue text.
namespace osc::messages {

// Times in catalogue messages are local time, "yyyy-MM-dd HH:mm:ss".
QString formatTime(const QDateTime &time);

QString locked(const QString &operation, const QString &user, const QDateTime &time,
               const QString &ongoingOperation, const QString &ongoingUser,
               const QDateTime &ongoingTime, const QString &module);
QString prepSomeFailed();
QString prepStepFailed();
QString notUpgraded();
QString producerNotPrepared(const QString &producerModule);
QString fileInUse();

} // namespace osc::messages
