#include "logjobs.h"

#include "environment/datafolder.h"
#include "storage/database.h"

#include <QPromise>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

namespace osc {

namespace {

// Progress goes through an int: clamp what millions of entries could overflow.
int progressValue(qint64 value)
{
    return int(std::min<qint64>(value, std::numeric_limits<int>::max()));
}

template<typename T, typename Work>
QFuture<Result<T>> runOnLog(QThreadPool *pool, const QString &dataDir, Work work)
{
    return QtConcurrent::run(pool,
                             [databasePath = DataFolder(dataDir).databaseFile(),
                              work = std::move(work)](QPromise<Result<T>> &promise) {
                                 promise.setProgressRange(0, std::numeric_limits<int>::max());
                                 Result<std::unique_ptr<Database>> db = Database::openSqlite(
                                     databasePath, Database::OpenMode::OpenExisting);
                                 if (!db) {
                                     promise.addResult(Result<T>(db.error()));
                                     return;
                                 }
                                 LogStore store(**db);
                                 promise.addResult(work(store, promise));
                             });
}

} // namespace

QFuture<Result<LogGrouping>> startLogGrouping(QThreadPool *pool, const QString &dataDir,
                                              LogKind kind, const LogQuery &query)
{
    return runOnLog<LogGrouping>(
        pool, dataDir, [kind, query](LogStore &store, QPromise<Result<LogGrouping>> &promise) {
            return groupLog(store, kind, query, [&promise](qint64 read) {
                promise.setProgressValue(progressValue(read));
                return !promise.isCanceled();
            });
        });
}

QFuture<Result<LogExportOutcome>> startLogExport(QThreadPool *pool, const QString &dataDir,
                                                 LogKind kind, const LogQuery &query,
                                                 LogExportFormat format, const QString &path)
{
    return runOnLog<LogExportOutcome>(
        pool, dataDir,
        [kind, query, format, path](LogStore &store, QPromise<Result<LogExportOutcome>> &promise) {
            return exportLog(store, kind, query, format, path, [&promise](qint64 written) {
                promise.setProgressValue(progressValue(written));
                return !promise.isCanceled();
            });
        });
}

} // namespace osc
