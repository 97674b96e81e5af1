#pragma once

#include "engine/executionstore.h"

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace osc {

// An execution's module records packed into one value: one row of
// execution_module_batches for the whole plan, then one for each batch of results the
// engine records, instead of one row a module written then updated. Each record holds
// every field of ExecutionStore::ModuleRecord (see storage/packedvalues.h for the
// encoding); a module's state is its key ("succeeded", …).
QByteArray packModuleRecords(const QList<ExecutionStore::ModuleRecord> &records);
// The plan's records, as packModuleRecords() packs them: each module pending, with its
// version (and, for Deploy All, the compilation it deploys). Packed straight from the
// plan: a list of 20,000 records first would be 3 MB of new memory.
QByteArray packPlannedModules(const QList<ExecutionStore::NewModule> &modules);

// The records of a packed batch. Empty (no value) when `packed` is not a batch of this
// format: truncated, of an unknown version, or with a state no version has.
std::optional<QList<ExecutionStore::ModuleRecord>> unpackModuleRecords(QByteArrayView packed);

} // namespace osc
