#include "logrecord.h"

namespace osc {

QString logKindKey(LogKind kind)
{
    return kind == LogKind::Errors ? QStringLiteral("errors") : QStringLiteral("general");
}

LogRecord toRecord(const ErrorLogEntry &entry)
{
    LogRecord record;
    record.id = entry.id;
    record.instant = entry.instant;
    record.module = entry.module;
    record.moduleVersion = entry.moduleVersion;
    record.operationId = entry.operationId;
    record.operation = entry.operation;
    record.step = entry.step;
    record.message = entry.message;
    record.detail = entry.detail;
    record.server = entry.server;
    record.processId = entry.processId;
    record.thread = entry.thread;
    record.platformVersion = entry.platformVersion;
    return record;
}

LogRecord toRecord(const GeneralLogEntry &entry)
{
    LogRecord record;
    record.id = entry.id;
    record.instant = entry.instant;
    record.module = entry.module;
    record.operationId = entry.operationId;
    record.operation = entry.operation;
    record.user = entry.user;
    record.step = entry.event;
    record.message = entry.message;
    record.server = entry.server;
    record.processId = entry.processId;
    return record;
}

} // namespace osc
