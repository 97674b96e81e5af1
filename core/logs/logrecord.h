#pragma once

#include "logs/logentries.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace osc {

// Which of the environment's two logs.
enum class LogKind { Errors, General };
QString logKindKey(LogKind kind); // "errors", "general"

// One entry of either log as one plain value, so that paging, grouping and export are
// written once for both. Fields a log does not have stay empty: the General log has
// no detail, module version, thread or platform version; the Error Log has no user.
// `step` is the Error Log's step or the General log's event.
struct LogRecord
{
    qint64 id = 0;
    QDateTime instant; // UTC
    QString module;
    int moduleVersion = 0;
    qint64 operationId = 0;
    QString operation; // operation kind key
    QString user;
    QString step;
    QString message;
    QString detail;
    QString server;
    qint64 processId = 0;
    QString thread;
    QString platformVersion;
};

LogRecord toRecord(const ErrorLogEntry &entry);
LogRecord toRecord(const GeneralLogEntry &entry);

} // namespace osc

Q_DECLARE_METATYPE(osc::LogRecord)
