#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace osc {

// One Error Log entry: a failure, with what was being done, where, and by whom.
// Plain values: safe to copy across threads. `id` is assigned by the database
// (0 until stored); `instant` is UTC.
struct ErrorLogEntry
{
    qint64 id = 0;
    QDateTime instant;
    QString module;
    int moduleVersion = 0;
    qint64 operationId = 0; // operations.id, 0 when the failure belongs to no operation
    QString operation; // operation kind key: "publish", "delete", "configuration-update", …
    QString step; // the action or step that failed ("compile", "deploy", …)
    QString message; // the user-facing message, as shown
    QString detail; // diagnostics, stack, file path, holder pid: the full text
    QString server; // host name
    qint64 processId = 0;
    QString thread;
    QString platformVersion;
};

// One General log entry: an operation's step, refusal or outcome, and who started it.
struct GeneralLogEntry
{
    qint64 id = 0;
    QDateTime instant;
    qint64 operationId = 0;
    QString operation;
    QString user;
    QString module;
    QString event; // "started", "step", "waiting", "refused", "succeeded", "failed", "interrupted"
    QString message;
    QString server;
    qint64 processId = 0;
};

// A filter over either log. Every set field narrows the result (they combine with AND).
// Results are newest first (by id, descending), at most `limit` of them; to read the
// next page pass the smallest id of this page as `beforeId` (keyset paging: stable
// while new entries arrive, no offsets).
struct LogQuery
{
    QDateTime since; // inclusive; invalid = no lower bound
    QDateTime until; // exclusive; invalid = no upper bound
    QString module; // exact module name; empty = any
    qint64 operationId = 0; // 0 = any
    QString operation; // operation kind key; empty = any
    // Words to find (all of them, whole words, any case) in the message, detail or
    // module (Error Log) or the message, module or user (General log). Any text is
    // safe: it is quoted, never interpreted as search syntax. Text that holds no word
    // (only punctuation) matches no entry; empty or blank text means no text filter.
    QString text;
    int limit = 100; // 1 … 10,000
    qint64 beforeId = 0; // 0 = from the newest
    qint64 afterId = 0; // only entries with a greater id (what arrived since); 0 = any
};

// The full-text query for `text`: each word quoted as an FTS5 string and combined
// with AND. Returns an empty string when `text` holds no searchable word.
QString textSearchExpression(const QString &text);

} // namespace osc

Q_DECLARE_METATYPE(osc::ErrorLogEntry)
Q_DECLARE_METATYPE(osc::GeneralLogEntry)
Q_DECLARE_METATYPE(osc::LogQuery)
