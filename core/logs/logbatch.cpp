#include "logbatch.h"

#include "storage/packedvalues.h"

namespace osc {

namespace {

constexpr char formatVersion = 1;
constexpr qsizetype typicalEntryBytes = 600;

QDateTime instantOf(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

} // namespace

QByteArray packLogBatch(const std::vector<ErrorLogEntry> &entries)
{
    PackedWriter out(formatVersion, qsizetype(entries.size()), typicalEntryBytes);
    for (const ErrorLogEntry &e : entries) {
        out.number(e.instant.toMSecsSinceEpoch());
        out.text(e.module);
        out.number(e.moduleVersion);
        out.number(e.operationId);
        out.text(e.operation);
        out.text(e.step);
        out.text(e.message);
        out.text(e.detail);
        out.text(e.server);
        out.number(e.processId);
        out.text(e.thread);
        out.text(e.platformVersion);
    }
    return out.take();
}

QByteArray packLogBatch(const std::vector<GeneralLogEntry> &entries)
{
    PackedWriter out(formatVersion, qsizetype(entries.size()), typicalEntryBytes);
    for (const GeneralLogEntry &e : entries) {
        out.number(e.instant.toMSecsSinceEpoch());
        out.number(e.operationId);
        out.text(e.operation);
        out.text(e.user);
        out.text(e.module);
        out.text(e.event);
        out.text(e.message);
        out.text(e.server);
        out.number(e.processId);
    }
    return out.take();
}

std::optional<std::vector<ErrorLogEntry>> unpackErrorBatch(QByteArrayView packed, qint64 firstId)
{
    PackedReader in(packed);
    const std::optional<quint32> count = in.header(formatVersion, 4 * 8 + 8 * 4);
    if (!count)
        return std::nullopt;
    std::vector<ErrorLogEntry> entries(*count);
    for (quint32 i = 0; i < *count; ++i) {
        ErrorLogEntry &e = entries[i];
        e.id = firstId + i;
        e.instant = instantOf(in.number());
        e.module = in.text();
        e.moduleVersion = int(in.number());
        e.operationId = in.number();
        e.operation = in.text();
        e.step = in.text();
        e.message = in.text();
        e.detail = in.text();
        e.server = in.text();
        e.processId = in.number();
        e.thread = in.text();
        e.platformVersion = in.text();
    }
    if (!in.finished())
        return std::nullopt;
    return entries;
}

std::optional<std::vector<GeneralLogEntry>> unpackGeneralBatch(QByteArrayView packed,
                                                               qint64 firstId)
{
    PackedReader in(packed);
    const std::optional<quint32> count = in.header(formatVersion, 3 * 8 + 6 * 4);
    if (!count)
        return std::nullopt;
    std::vector<GeneralLogEntry> entries(*count);
    for (quint32 i = 0; i < *count; ++i) {
        GeneralLogEntry &e = entries[i];
        e.id = firstId + i;
        e.instant = instantOf(in.number());
        e.operationId = in.number();
        e.operation = in.text();
        e.user = in.text();
        e.module = in.text();
        e.event = in.text();
        e.message = in.text();
        e.server = in.text();
        e.processId = in.number();
    }
    if (!in.finished())
        return std::nullopt;
    return entries;
}

} // namespace osc
