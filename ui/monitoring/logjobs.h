#pragma once

#include "logs/logexport.h"
#include "logs/loggroups.h"
#include "util/result.h"

#include <QFuture>
#include <QString>

class QThreadPool;

namespace osc {

// The long reads of the log screens, each in a worker of `pool` with a database
// connection of its own, opened and closed in that worker. Both report progress
// (entries read or written so far) through the future and stop soon after it is
// cancelled (QFuture::cancel(), checked after every page): a cancelled future holds
// no result, and a cancelled export leaves no file. The caller keeps the future in a
// QFutureWatcher and cancels and waits for it in its destructor.
QFuture<Result<LogGrouping>> startLogGrouping(QThreadPool *pool, const QString &dataDir,
                                              LogKind kind, const LogQuery &query);
QFuture<Result<LogExportOutcome>> startLogExport(QThreadPool *pool, const QString &dataDir,
                                                 LogKind kind, const LogQuery &query,
                                                 LogExportFormat format, const QString &path);

} // namespace osc
