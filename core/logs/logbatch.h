#pragma once

#include "logs/logentries.h"

#include <QByteArray>
#include <QByteArrayView>

#include <optional>
#include <vector>

namespace osc {

// A batch of log entries packed into one value, as a LogWriter stores it: one row of
// error_log_batches / general_log_batches for a whole batch instead of one row an
// entry, which is what lets a flood of entries become durable at hundreds of
// thousands a second (see LogStore: the batches are spread into the log's rows later).
//
// The format (version 1, written by storage/packedvalues.h), little-endian: a version
// byte, the entry count (u32), then each entry's fields in the order of its struct,
// integers as i64 and texts as a u32 byte length and UTF-8. Ids are not stored: the batch's row
// holds its first id and the entries follow it one by one. QDateTime becomes milliseconds since the
// epoch (UTC).
QByteArray packLogBatch(const std::vector<ErrorLogEntry> &entries);
QByteArray packLogBatch(const std::vector<GeneralLogEntry> &entries);

// The entries of a packed batch, their ids numbered from `firstId`. Empty (no value)
// when `packed` is not a batch of this format: truncated, or of an unknown version.
std::optional<std::vector<ErrorLogEntry>> unpackErrorBatch(QByteArrayView packed, qint64 firstId);
std::optional<std::vector<GeneralLogEntry>> unpackGeneralBatch(QByteArrayView packed,
                                                               qint64 firstId);

} // namespace osc
