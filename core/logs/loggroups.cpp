#include "loggroups.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace osc {

namespace {

bool isQuote(QChar c)
{
    return c == u'\'' || c == u'"' || c == u'\u2018' || c == u'\u201c';
}

QChar closerOf(QChar opener)
{
    if (opener == u'\u2018')
        return u'\u2019';
    if (opener == u'\u201c')
        return u'\u201d';
    return opener;
}

bool isWordCharacter(QStringView text, qsizetype i)
{
    return i >= 0 && i < text.size() && text.at(i).isLetterOrNumber();
}

// Quoted parts become '…'. A quote opens after a non-word character (or at the
// start) and closes at its closer followed by a non-word character (or the end).
QString collapseQuotes(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (isQuote(c) && !isWordCharacter(text, i - 1)) {
            const QChar closer = closerOf(c);
            qsizetype j = i + 1;
            for (; j < text.size(); ++j) {
                if (text.at(j) == closer && !isWordCharacter(text, j + 1))
                    break;
            }
            if (j < text.size() && j > i + 1) {
                out += QStringLiteral("'\u2026'");
                i = j;
                continue;
            }
        }
        out += c;
    }
    return out;
}

struct Accumulator
{
    LogGroup group;
    QSet<QString> modules;
};

} // namespace

QString messageSignature(QStringView message)
{
    const QString quoted = collapseQuotes(message);
    QString out;
    out.reserve(quoted.size());
    const QStringView text(quoted);
    qsizetype i = 0;
    while (i < text.size()) {
        if (text.at(i).isSpace()) {
            ++i;
            continue;
        }
        qsizetype end = i;
        bool path = false;
        while (end < text.size() && !text.at(end).isSpace()) {
            path = path || text.at(end) == u'/' || text.at(end) == u'\\';
            ++end;
        }
        if (!out.isEmpty())
            out += u' ';
        if (path) {
            out += QStringLiteral("<path>");
        } else {
            for (qsizetype k = i; k < end; ++k) {
                if (text.at(k).isDigit()) {
                    while (k + 1 < end && text.at(k + 1).isDigit())
                        ++k;
                    out += u'#';
                } else {
                    out += text.at(k);
                }
            }
        }
        i = end;
    }
    return out;
}

Result<LogGrouping> groupLog(LogStore &store, LogKind kind, const LogQuery &query,
                             const std::function<bool(qint64)> &progress)
{
    LogGrouping grouping;
    QHash<QString, Accumulator> bySignature;
    LogQuery page = query;
    page.afterId = 0;
    page.beforeId = 0;
    page.limit = LogStore::maxIdLimit;
    for (;;) {
        Result<QList<LogRecord>> rows = store.summaries(kind, page);
        if (!rows)
            return rows.error();
        for (const LogRecord &row : std::as_const(*rows)) {
            Accumulator &accumulator = bySignature[messageSignature(row.message)];
            LogGroup &group = accumulator.group;
            if (group.count == 0) {
                // Rows come newest first: the first one seen is the latest.
                group.latestMessage = row.message;
                group.latestModule = row.module;
                group.latestId = row.id;
                group.lastSeen = row.instant;
                group.firstSeen = row.instant;
            }
            ++group.count;
            // Instants are not strictly in id order (several writers): take both ends.
            group.firstSeen = std::min(group.firstSeen, row.instant);
            group.lastSeen = std::max(group.lastSeen, row.instant);
            if (!row.module.isEmpty() && accumulator.modules.size() < LogGroup::maxCountedModules)
                accumulator.modules.insert(row.module);
        }
        grouping.entries += rows->size();
        const bool more = rows->size() == page.limit;
        if (more)
            page.beforeId = rows->constLast().id;
        if (progress && !progress(grouping.entries)) {
            grouping.cancelled = more;
            if (more)
                break;
        }
        if (!more)
            break;
    }
    grouping.groups.reserve(bySignature.size());
    for (auto it = bySignature.begin(); it != bySignature.end(); ++it) {
        it->group.signature = it.key();
        it->group.moduleCount = int(it->modules.size());
        grouping.groups << std::move(it->group);
    }
    std::sort(grouping.groups.begin(), grouping.groups.end(),
              [](const LogGroup &a, const LogGroup &b) {
                  return a.count != b.count ? a.count > b.count : a.latestId > b.latestId;
              });
    return grouping;
}

} // namespace osc
