#include "executionmodulebatch.h"

#include "storage/packedvalues.h"

namespace osc {

namespace {

constexpr char formatVersion = 1;
constexpr qsizetype typicalRecordBytes = 120;
constexpr qsizetype minRecordBytes = 7 * 8 + 5 * 4; // seven numbers, five empty texts

void appendRecord(PackedWriter &out, const ExecutionStore::ModuleRecord &record)
{
    const ExecutionStore::ModuleUpdate &u = record.update;
    out.text(u.module);
    out.number(record.versionId);
    out.number(record.version);
    out.text(moduleRunStateKey(u.state));
    out.text(u.reason);
    out.text(u.blockedBy);
    out.text(u.worker);
    out.number(u.startedMs);
    out.number(u.endedMs);
    out.number(u.compilationId);
    out.number(u.sequence);
    out.number(record.operationId);
}

} // namespace

QByteArray packModuleRecords(const QList<ExecutionStore::ModuleRecord> &records)
{
    PackedWriter out(formatVersion, records.size(), typicalRecordBytes);
    for (const ExecutionStore::ModuleRecord &record : records)
        appendRecord(out, record);
    return out.take();
}

QByteArray packPlannedModules(const QList<ExecutionStore::NewModule> &modules)
{
    PackedWriter out(formatVersion, modules.size(), typicalRecordBytes);
    ExecutionStore::ModuleRecord record; // pending; one record rewritten for each module
    for (const ExecutionStore::NewModule &module : modules) {
        record.update.module = module.module;
        record.update.compilationId = module.compilationId;
        record.versionId = module.versionId;
        record.version = module.version;
        appendRecord(out, record);
    }
    return out.take();
}

std::optional<QList<ExecutionStore::ModuleRecord>> unpackModuleRecords(QByteArrayView packed)
{
    PackedReader in(packed);
    const std::optional<quint32> count = in.header(formatVersion, minRecordBytes);
    if (!count)
        return std::nullopt;
    QList<ExecutionStore::ModuleRecord> records(*count);
    for (ExecutionStore::ModuleRecord &record : records) {
        ExecutionStore::ModuleUpdate &u = record.update;
        u.module = in.text();
        record.versionId = in.number();
        record.version = int(in.number());
        const std::optional<ModuleRunState> state = moduleRunStateFromKey(in.text());
        if (!state)
            return std::nullopt;
        u.state = *state;
        u.reason = in.text();
        u.blockedBy = in.text();
        u.worker = in.text();
        u.startedMs = in.number();
        u.endedMs = in.number();
        u.compilationId = in.number();
        u.sequence = in.number();
        record.operationId = in.number();
    }
    if (!in.finished())
        return std::nullopt;
    return records;
}

} // namespace osc
