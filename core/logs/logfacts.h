#pragma once

#include "logs/logrecord.h"

#include <QString>
#include <QStringList>

namespace osc {

// What an entry's text says beyond its columns, pulled out for the detail views.
struct LogEntryFacts
{
    QString filePath; // FILE_IN_USE's "File:" line
    QStringList holders; // its "Held by:" lines: the processes holding the file
    QString producer; // the producer named by PRODUCER_NOT_PREPARED: the failure to look at
};

// Reads the lines FILE_IN_USE adds (see fileInUseExplanation()) from the message or
// the detail, and the producer of a PRODUCER_NOT_PREPARED message (in the language the
// entry was written in, or English).
LogEntryFacts entryFacts(const LogRecord &record);

} // namespace osc
