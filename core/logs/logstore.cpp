#include "logstore.h"

#include "logs/logbatches.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <algorithm>
#include <array>
#include <functional>
#include <optional>
#include <type_traits>

namespace osc {

namespace {

const QString retentionKey = QStringLiteral("log_retention_weeks");

struct LogTable
{
    QString table;
    QString columns; // of alias e, in the order read back
    QString textColumns; // the columns of the full-text index, in its order
    QString textIndex() const { return table + QStringLiteral("_text"); }
    // meta key: the highest id in the full-text index (rows above it are not in it yet)
    QString indexedKey() const { return LogStore::textIndexMarkKey(table); }
};

const LogTable errorTable{QStringLiteral("error_log"),
                          QStringLiteral("e.id, e.instant_ms, e.module, e.module_version,"
                                         " e.operation_id, e.operation, e.step, e.message,"
                                         " e.detail, e.server, e.process_id, e.thread,"
                                         " e.platform_version"),
                          QStringLiteral("message, detail, module")};
const LogTable generalTable{QStringLiteral("general_log"),
                            QStringLiteral("e.id, e.instant_ms, e.operation_id, e.operation,"
                                           " e.user_name, e.module, e.event, e.message,"
                                           " e.server, e.process_id"),
                            QStringLiteral("message, module, user_name")};

// FROM and WHERE of a query, with its bindings.
struct Filter
{
    QString from;
    QString where;
    QString orderKey;
    QVariantList bindings;
};

// With a text filter and no module or operation id, the full-text index drives the
// query: it yields matching ids in descending order (and applies the keyset bound
// itself), so a page reads only its own rows however common the words are. With a
// module or an operation id (a few hundred rows at most), their (column, id) index
// drives and each candidate is checked against the full-text index by rowid.
//
// Rows above the index's mark are not in the full-text index yet: `indexedUpTo` (the
// mark) bounds a text filter to the indexed rows; the caller scans the rest.
//
// `textIndexOnly`: the query holds only text and id bounds, and only ids are read: the
// full-text index alone answers, without reading the log's rows.
Filter makeFilter(const LogTable &log, const LogQuery &query, qint64 indexedUpTo = -1,
                  bool textIndexOnly = false)
{
    Filter filter;
    QStringList conditions;
    filter.from = log.table + QStringLiteral(" e");
    filter.orderKey = QStringLiteral("e.id");
    const QString text = query.text.trimmed();
    if (!text.isEmpty()) {
        const QString expression = textSearchExpression(text);
        const QString index = log.table + QStringLiteral("_text");
        if (expression.isEmpty()) {
            conditions << QStringLiteral("0");
        } else if (!query.module.isEmpty() || query.operationId != 0) {
            conditions << QStringLiteral("EXISTS (SELECT 1 FROM %1 t WHERE t.%1 MATCH ?"
                                         " AND t.rowid = e.id)")
                              .arg(index);
            filter.bindings << expression;
            if (indexedUpTo >= 0) {
                conditions << QStringLiteral("e.id <= ?");
                filter.bindings << indexedUpTo;
            }
        } else if (textIndexOnly) {
            filter.from = index + QStringLiteral(" t");
            conditions << QStringLiteral("t.%1 MATCH ?").arg(index);
            filter.bindings << expression;
            filter.orderKey = QStringLiteral("t.rowid");
            if (indexedUpTo >= 0) {
                conditions << QStringLiteral("t.rowid <= ?");
                filter.bindings << indexedUpTo;
            }
        } else {
            filter.from
                = index + QStringLiteral(" t CROSS JOIN ") + log.table + QStringLiteral(" e");
            conditions << QStringLiteral("t.%1 MATCH ?").arg(index)
                       << QStringLiteral("e.id = t.rowid");
            filter.bindings << expression;
            filter.orderKey = QStringLiteral("t.rowid");
            if (indexedUpTo >= 0) {
                conditions << QStringLiteral("t.rowid <= ?");
                filter.bindings << indexedUpTo;
            }
        }
    }
    if (query.beforeId > 0) {
        conditions << filter.orderKey + QStringLiteral(" < ?");
        filter.bindings << query.beforeId;
    }
    if (query.afterId > 0) {
        conditions << filter.orderKey + QStringLiteral(" > ?");
        filter.bindings << query.afterId;
    }
    if (query.since.isValid()) {
        conditions << QStringLiteral("e.instant_ms >= ?");
        filter.bindings << query.since.toMSecsSinceEpoch();
    }
    if (query.until.isValid()) {
        conditions << QStringLiteral("e.instant_ms < ?");
        filter.bindings << query.until.toMSecsSinceEpoch();
    }
    if (!query.module.isEmpty()) {
        conditions << QStringLiteral("e.module = ?");
        filter.bindings << query.module;
    }
    if (query.operationId != 0) {
        conditions << QStringLiteral("e.operation_id = ?");
        filter.bindings << query.operationId;
    }
    if (!query.operation.isEmpty()) {
        conditions << QStringLiteral("e.operation = ?");
        filter.bindings << query.operation;
    }
    if (!conditions.isEmpty())
        filter.where = QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    return filter;
}

Result<void> checkLimit(const LogQuery &query)
{
    if (query.limit >= 1 && query.limit <= LogStore::maxLimit)
        return {};
    return makeError(ErrorCode::BadInput,
                     QCoreApplication::translate("LogStore",
                                                 "A log page holds from 1 to %1 entries; %2 "
                                                 "were asked for.")
                         .arg(LogStore::maxLimit)
                         .arg(query.limit));
}

QDateTime instantOf(const QVariant &value)
{
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

ErrorLogEntry readError(const QSqlQuery &row)
{
    ErrorLogEntry entry;
    entry.id = row.value(0).toLongLong();
    entry.instant = instantOf(row.value(1));
    entry.module = row.value(2).toString();
    entry.moduleVersion = row.value(3).toInt();
    entry.operationId = row.value(4).toLongLong();
    entry.operation = row.value(5).toString();
    entry.step = row.value(6).toString();
    entry.message = row.value(7).toString();
    entry.detail = row.value(8).toString();
    entry.server = row.value(9).toString();
    entry.processId = row.value(10).toLongLong();
    entry.thread = row.value(11).toString();
    entry.platformVersion = row.value(12).toString();
    return entry;
}

GeneralLogEntry readGeneral(const QSqlQuery &row)
{
    GeneralLogEntry entry;
    entry.id = row.value(0).toLongLong();
    entry.instant = instantOf(row.value(1));
    entry.operationId = row.value(2).toLongLong();
    entry.operation = row.value(3).toString();
    entry.user = row.value(4).toString();
    entry.module = row.value(5).toString();
    entry.event = row.value(6).toString();
    entry.message = row.value(7).toString();
    entry.server = row.value(8).toString();
    entry.processId = row.value(9).toLongLong();
    return entry;
}

// The full-text tokeniser (FTS5 unicode61, remove_diacritics 2), for the rows not yet
// in the index: a token is a run of letters, digits, private-use characters and the
// diacritics FTS5 folds away; it is case-folded, and a letter whose canonical
// decomposition is an ASCII letter plus combining marks becomes that ASCII letter.
// Checked code point by code point against FTS5 (tst_logstore); it differs only for
// characters that Unicode assigned after the version FTS5's tables follow (6.1).
bool isFoldedDiacritic(char32_t c)
{
    static constexpr char32_t diacritics[] = {
        0x300, 0x301, 0x302, 0x303, 0x304, 0x306, 0x307, 0x308, 0x309, 0x30a, 0x30b, 0x30c, 0x30f,
        0x311, 0x31b, 0x323, 0x324, 0x325, 0x326, 0x327, 0x328, 0x32d, 0x32e, 0x330, 0x331};
    return std::find(std::cbegin(diacritics), std::cend(diacritics), c) != std::cend(diacritics);
}

bool isTokenCharacter(char32_t c)
{
    switch (QChar::category(c)) {
    case QChar::Letter_Uppercase:
    case QChar::Letter_Lowercase:
    case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier:
    case QChar::Letter_Other:
    case QChar::Number_DecimalDigit:
    case QChar::Number_Letter:
    case QChar::Number_Other:
    case QChar::Other_PrivateUse:
        return true;
    case QChar::Mark_NonSpacing:
        return isFoldedDiacritic(c);
    default:
        return false;
    }
}

void appendFolded(QString &token, char32_t c)
{
    if (c < 0x80) {
        token += QChar(char16_t(c >= 'A' && c <= 'Z' ? c + 32 : c));
        return;
    }
    if (QChar::category(c) == QChar::Mark_NonSpacing)
        return; // a folded diacritic
    const char32_t folded = QChar::toCaseFolded(c);
    if (QChar::category(folded) != QChar::Other_PrivateUse) {
        const QString decomposed
            = QString::fromUcs4(&folded, 1).normalized(QString::NormalizationForm_D);
        if (decomposed.size() > 1 && decomposed.at(0).unicode() < 0x80
            && decomposed.at(0).isLetter()
            && std::all_of(decomposed.cbegin() + 1, decomposed.cend(),
                           [](QChar m) { return m.category() == QChar::Mark_NonSpacing; })) {
            token += decomposed.at(0).toLower();
            return;
        }
    }
    token += QString::fromUcs4(&folded, 1);
}

QStringList textTokens(QStringView text)
{
    QStringList tokens;
    QString token;
    bool inToken = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i).unicode(), text.at(i + 1).unicode());
            ++i;
        }
        if (isTokenCharacter(c)) {
            inToken = true;
            appendFolded(token, c);
        } else if (inToken) {
            if (!token.isEmpty())
                tokens << token;
            token.clear();
            inToken = false;
        }
    }
    if (!token.isEmpty())
        tokens << token;
    return tokens;
}

// LogQuery::text as FTS5 reads textSearchExpression(): every word a phrase of its
// tokens, every phrase found (its tokens adjacent, in one column) in some column.
class TextMatcher
{
public:
    explicit TextMatcher(const QString &text)
    {
        static const QRegularExpression space(QStringLiteral("\\s+"));
        for (const QString &word : text.split(space, Qt::SkipEmptyParts)) {
            if (!std::any_of(word.cbegin(), word.cend(),
                             [](QChar c) { return c.isLetterOrNumber(); }))
                continue; // left out of the expression, too
            m_phrases << textTokens(word);
        }
    }

    bool matches(std::initializer_list<const QString *> columns) const
    {
        // Columns are tokenised only when needed, once.
        std::array<std::optional<QStringList>, 4> tokenized;
        Q_ASSERT(columns.size() <= tokenized.size());
        for (const QStringList &phrase : m_phrases) {
            if (phrase.isEmpty())
                return false;
            bool found = false;
            size_t index = 0;
            for (const QString *column : columns) {
                std::optional<QStringList> &tokens = tokenized[index++];
                if (!tokens && cannotContain(*column, phrase))
                    continue;
                if (!tokens)
                    tokens = textTokens(*column);
                for (qsizetype i = 0; !found && i + phrase.size() <= tokens->size(); ++i)
                    found = std::equal(phrase.cbegin(), phrase.cend(), tokens->cbegin() + i);
                if (found)
                    break;
            }
            if (!found)
                return false;
        }
        return true;
    }

private:
    // A quick test that spares tokenising most columns a rare word is not in: in ASCII
    // text, tokens are runs of letters and digits in lower case, so a phrase whose
    // tokens are ASCII can only be found where its first token appears as it is,
    // whatever the case.
    static bool cannotContain(const QString &column, const QStringList &phrase)
    {
        const QString &first = phrase.constFirst();
        const auto ascii = [](const QString &text) {
            return std::all_of(text.cbegin(), text.cend(),
                               [](QChar c) { return c.unicode() < 0x80; });
        };
        return ascii(first) && ascii(column) && !column.contains(first, Qt::CaseInsensitive);
    }

    QList<QStringList> m_phrases;
};

bool textMatches(const TextMatcher &matcher, const ErrorLogEntry &e)
{
    return matcher.matches({&e.message, &e.detail, &e.module});
}

bool textMatches(const TextMatcher &matcher, const GeneralLogEntry &e)
{
    return matcher.matches({&e.message, &e.module, &e.user});
}

Result<qint64> indexedUpTo(Database &db, const LogTable &log)
{
    Result<QString> stored = db.meta(log.indexedKey());
    if (!stored)
        return stored.error();
    return stored->toLongLong();
}

// The text of `query`, when it holds a searchable word (else the filter is plain SQL).
bool needsTextScan(const LogQuery &query)
{
    const QString text = query.text.trimmed();
    return !text.isEmpty() && !textSearchExpression(text).isEmpty();
}

// Calls `onMatch` with each entry of the batches not spread into rows yet
// (LogBatches) that matches `query`, newest first, until it returns false. Batches
// hold the newest entries, so they come before every row.
template<typename Entry>
Result<void> visitBatchMatches(Database &db, const LogQuery &query,
                               const std::function<bool(Entry &)> &onMatch)
{
    const QString text = query.text.trimmed();
    if (!text.isEmpty() && textSearchExpression(text).isEmpty())
        return {};
    const std::optional<TextMatcher> matcher
        = text.isEmpty() ? std::nullopt : std::optional<TextMatcher>(std::in_place, text);
    const qint64 sinceMs = query.since.isValid() ? query.since.toMSecsSinceEpoch() : 0;
    const qint64 untilMs = query.until.isValid() ? query.until.toMSecsSinceEpoch() : 0;
    const auto visit = [&](Entry &entry) {
        const qint64 instantMs = entry.instant.toMSecsSinceEpoch();
        const bool matching = !(query.since.isValid() && instantMs < sinceMs)
            && !(query.until.isValid() && instantMs >= untilMs)
            && (query.module.isEmpty() || entry.module == query.module)
            && (query.operationId == 0 || entry.operationId == query.operationId)
            && (query.operation.isEmpty() || entry.operation == query.operation)
            && (!matcher || textMatches(*matcher, entry));
        return !matching || onMatch(entry);
    };
    LogBatches batches(db);
    if constexpr (std::is_same_v<Entry, ErrorLogEntry>)
        return batches.visitErrors(query.afterId, query.beforeId, visit);
    else
        return batches.visitGeneral(query.afterId, query.beforeId, visit);
}

// The matching entries of the batches, newest first, at most `limit` of them.
template<typename Entry>
Result<std::vector<Entry>> batchMatches(Database &db, const LogQuery &query, qsizetype limit)
{
    std::vector<Entry> matches;
    Result<void> read = visitBatchMatches<Entry>(db, query, [&](Entry &entry) {
        matches.push_back(std::move(entry));
        return qsizetype(matches.size()) < limit;
    });
    if (!read)
        return read.error();
    return matches;
}

template<typename Entry> Result<qint64> countBatchMatches(Database &db, const LogQuery &query)
{
    qint64 count = 0;
    Result<void> read = visitBatchMatches<Entry>(db, query, [&](Entry &) {
        ++count;
        return true;
    });
    if (!read)
        return read.error();
    return count;
}

// The lowest and highest id of the batches' entries that match `query` (no text).
template<typename Entry> Result<LogIdSpan> batchIdSpan(Database &db, const LogQuery &query)
{
    LogIdSpan span;
    const bool anyEntry = !query.since.isValid() && !query.until.isValid() && query.module.isEmpty()
        && query.operationId == 0 && query.operation.isEmpty() && query.beforeId == 0
        && query.afterId == 0;
    if (anyEntry) { // what the batches' rows say, without unpacking them
        Result<std::pair<qint64, qint64>> range = LogBatches(db).idRange(
            std::is_same_v<Entry, ErrorLogEntry> ? LogKind::Errors : LogKind::General);
        if (!range)
            return range.error();
        span.minId = range->first;
        span.maxId = range->second;
        return span;
    }
    Result<void> read = visitBatchMatches<Entry>(db, query, [&](Entry &entry) {
        if (span.maxId == 0)
            span.maxId = entry.id;
        span.minId = entry.id;
        return true;
    });
    if (!read)
        return read.error();
    return span;
}

// Rows above `mark` that pass every filter but the text, newest first.
Result<QSqlQuery> selectTail(Database &db, const LogTable &log, const LogQuery &query, qint64 mark)
{
    LogQuery withoutText = query;
    withoutText.text.clear();
    Filter filter = makeFilter(log, withoutText);
    filter.where += (filter.where.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND "))
        + QStringLiteral("e.id > ?");
    filter.bindings << mark;
    return db.exec(QStringLiteral("SELECT %1 FROM %2%3 ORDER BY e.id DESC")
                       .arg(log.columns, filter.from, filter.where),
                   filter.bindings);
}

// The entries matching `query`, newest first, at most query.limit of them, each read
// as an Item: `columns` (of alias e) read by `readItem` for the rows the SQL filters
// alone; the rows of the text index's tail are read whole (`readEntry`, the log's
// columns), checked in C++ and turned into an Item by `project`.
template<typename Entry, typename Item, typename ReadItem, typename Project>
Result<QList<Item>> readMatching(Database &db, const LogTable &log, const LogQuery &query,
                                 const QString &columns, ReadItem readItem,
                                 Entry (*readEntry)(const QSqlQuery &), Project project,
                                 bool textIndexOnly = false)
{
    QList<Item> items;
    items.reserve(std::min(query.limit, 10000));
    const auto selectIndexed = [&](qint64 mark, int limit) {
        Filter filter = makeFilter(log, query, mark, textIndexOnly && mark >= 0);
        filter.bindings << limit;
        return db.exec(QStringLiteral("SELECT %1 FROM %2%3 ORDER BY %4 DESC LIMIT ?")
                           .arg(textIndexOnly && mark >= 0 ? QStringLiteral("t.rowid") : columns,
                                filter.from, filter.where, filter.orderKey),
                       filter.bindings);
    };
    const auto readAll = [&](Result<QSqlQuery> rows) -> Result<QList<Item>> {
        if (!rows)
            return rows.error();
        rows->setForwardOnly(true);
        while (rows->next())
            items << readItem(*rows);
        return items;
    };
    // The batches and the rows are read from one snapshot, so that an entry spread
    // (or indexed) meanwhile is read exactly once.
    ReadSnapshot snapshot(db);
    if (snapshot.error())
        return *snapshot.error();
    {
        Result<std::vector<Entry>> newest = batchMatches<Entry>(db, query, query.limit);
        if (!newest)
            return newest.error();
        for (const Entry &entry : std::as_const(*newest))
            items << project(entry);
    }
    if (items.size() == query.limit)
        return items;
    if (!needsTextScan(query))
        return readAll(selectIndexed(-1, query.limit - int(items.size())));

    Result<qint64> mark = indexedUpTo(db, log);
    if (!mark)
        return mark.error();
    {
        const TextMatcher matcher(query.text);
        Result<QSqlQuery> tail = selectTail(db, log, query, *mark);
        if (!tail)
            return tail.error();
        while (items.size() < query.limit && tail->next()) {
            const Entry entry = readEntry(*tail);
            if (textMatches(matcher, entry))
                items << project(entry);
        }
    }
    if (items.size() == query.limit)
        return items;
    return readAll(selectIndexed(*mark, query.limit - int(items.size())));
}

Result<void> checkIdLimit(const LogQuery &query)
{
    if (query.limit >= 1 && query.limit <= LogStore::maxIdLimit)
        return {};
    return makeError(ErrorCode::BadInput,
                     QCoreApplication::translate("LogStore",
                                                 "A page of log ids holds from 1 to %1 ids; %2 "
                                                 "were asked for.")
                         .arg(LogStore::maxIdLimit)
                         .arg(query.limit));
}

// A page of whole entries: readMatching() with the log's own columns.
template<typename Entry>
Result<QList<Entry>> readPage(Database &db, const LogTable &log, const LogQuery &query,
                              Entry (*read)(const QSqlQuery &))
{
    if (Result<void> valid = checkLimit(query); !valid)
        return valid.error();
    return readMatching<Entry, Entry>(db, log, query, log.columns, read, read,
                                      [](const Entry &entry) { return entry; });
}

template<typename Entry>
Result<qint64> count(Database &db, const LogTable &log, const LogQuery &query,
                     Entry (*read)(const QSqlQuery &))
{
    const auto countIndexed = [&](qint64 mark) -> Result<qint64> {
        const Filter filter = makeFilter(log, query, mark);
        Result<QVariant> value
            = scalar(db, QStringLiteral("SELECT COUNT(*) FROM %1%2").arg(filter.from, filter.where),
                     filter.bindings);
        if (!value)
            return value.error();
        return value->toLongLong();
    };
    ReadSnapshot snapshot(db);
    if (snapshot.error())
        return *snapshot.error();
    Result<qint64> newest = countBatchMatches<Entry>(db, query);
    if (!newest)
        return newest.error();
    qint64 total = *newest;
    if (!needsTextScan(query)) {
        Result<qint64> rows = countIndexed(-1);
        if (!rows)
            return rows.error();
        return total + *rows;
    }

    Result<qint64> mark = indexedUpTo(db, log);
    if (!mark)
        return mark.error();
    {
        const TextMatcher matcher(query.text);
        Result<QSqlQuery> tail = selectTail(db, log, query, *mark);
        if (!tail)
            return tail.error();
        while (tail->next())
            total += textMatches(matcher, read(*tail)) ? 1 : 0;
    }
    Result<qint64> indexed = countIndexed(*mark);
    if (!indexed)
        return indexed.error();
    return total + *indexed;
}

Result<qint64> purgeTable(Database &db, const QString &table, qint64 cutoffMs)
{
    const QString sql = QStringLiteral("DELETE FROM %1 WHERE id IN (SELECT id FROM %1"
                                       " WHERE instant_ms < ? LIMIT %2)")
                            .arg(table)
                            .arg(LogStore::purgeBatchRows);
    qint64 total = 0;
    for (;;) {
        qint64 deleted = 0;
        Result<void> batch = db.write([&]() -> Result<void> {
            Result<QSqlQuery> done = db.exec(sql, {cutoffMs});
            if (!done)
                return done.error();
            deleted = done->numRowsAffected();
            return {};
        });
        if (!batch)
            return batch.error();
        total += deleted;
        if (deleted < LogStore::purgeBatchRows)
            return total;
    }
}

} // namespace

Result<QList<LogRecord>> LogStore::records(LogKind kind, const LogQuery &query)
{
    QList<LogRecord> records;
    if (kind == LogKind::Errors) {
        Result<QList<ErrorLogEntry>> entries = errors(query);
        if (!entries)
            return entries.error();
        records.reserve(entries->size());
        for (const ErrorLogEntry &entry : std::as_const(*entries))
            records << toRecord(entry);
    } else {
        Result<QList<GeneralLogEntry>> entries = generalLog(query);
        if (!entries)
            return entries.error();
        records.reserve(entries->size());
        for (const GeneralLogEntry &entry : std::as_const(*entries))
            records << toRecord(entry);
    }
    return records;
}

Result<QList<qint64>> LogStore::ids(LogKind kind, const LogQuery &query)
{
    if (Result<void> valid = checkIdLimit(query); !valid)
        return valid.error();
    const auto readId = [](const QSqlQuery &row) {
        return row.value(0).toLongLong();
    };
    const QString column = QStringLiteral("e.id");
    // Only text (and id bounds): the full-text index gives the ids without the rows.
    const bool textOnly = query.module.isEmpty() && query.operationId == 0
        && query.operation.isEmpty() && !query.since.isValid() && !query.until.isValid();
    if (kind == LogKind::Errors)
        return readMatching<ErrorLogEntry, qint64>(
            m_db, errorTable, query, column, readId, &readError,
            [](const ErrorLogEntry &e) { return e.id; }, textOnly);
    return readMatching<GeneralLogEntry, qint64>(
        m_db, generalTable, query, column, readId, &readGeneral,
        [](const GeneralLogEntry &e) { return e.id; }, textOnly);
}

Result<QList<LogRecord>> LogStore::summaries(LogKind kind, const LogQuery &query)
{
    if (Result<void> valid = checkIdLimit(query); !valid)
        return valid.error();
    const auto readSummary = [](const QSqlQuery &row) {
        LogRecord record;
        record.id = row.value(0).toLongLong();
        record.instant = instantOf(row.value(1));
        record.module = row.value(2).toString();
        record.operation = row.value(3).toString();
        record.message = row.value(4).toString();
        return record;
    };
    const QString columns = QStringLiteral("e.id, e.instant_ms, e.module, e.operation, e.message");
    const auto project = [](const auto &entry) {
        LogRecord record = toRecord(entry);
        LogRecord summary;
        summary.id = record.id;
        summary.instant = record.instant;
        summary.module = record.module;
        summary.operation = record.operation;
        summary.message = record.message;
        return summary;
    };
    if (kind == LogKind::Errors)
        return readMatching<ErrorLogEntry, LogRecord>(m_db, errorTable, query, columns, readSummary,
                                                      &readError, project);
    return readMatching<GeneralLogEntry, LogRecord>(m_db, generalTable, query, columns, readSummary,
                                                    &readGeneral, project);
}

Result<qint64> LogStore::count(LogKind kind, const LogQuery &query)
{
    return kind == LogKind::Errors ? countErrors(query) : countGeneralLog(query);
}

Result<LogIdSpan> LogStore::idSpan(LogKind kind, const LogQuery &query)
{
    if (needsTextScan(query)) {
        return makeError(ErrorCode::BadInput,
                         QCoreApplication::translate("LogStore",
                                                     "The id span of a log filter is only "
                                                     "read without a text filter."));
    }
    const LogTable &log = kind == LogKind::Errors ? errorTable : generalTable;
    ReadSnapshot snapshot(m_db);
    if (snapshot.error())
        return *snapshot.error();
    Result<LogIdSpan> newest = kind == LogKind::Errors ? batchIdSpan<ErrorLogEntry>(m_db, query)
                                                       : batchIdSpan<GeneralLogEntry>(m_db, query);
    if (!newest)
        return newest.error();
    const Filter filter = makeFilter(log, query);
    // With a time range, MIN(id) would walk the rows in id order until one is in the
    // range (SQLite's min/max shortcut); "+e.id" makes the instant index drive instead.
    const QString column = query.since.isValid() || query.until.isValid() ? QStringLiteral("+e.id")
                                                                          : QStringLiteral("e.id");
    LogIdSpan span;
    for (const bool lowest : {true, false}) {
        Result<QVariant> value
            = scalar(m_db,
                     QStringLiteral("SELECT %1(%4) FROM %2%3")
                         .arg(lowest ? QStringLiteral("MIN") : QStringLiteral("MAX"), filter.from,
                              filter.where, column),
                     filter.bindings);
        if (!value)
            return value.error();
        (lowest ? span.minId : span.maxId) = value->toLongLong();
    }
    // The batches' entries are newer than every row.
    if (newest->maxId != 0) {
        span.maxId = newest->maxId;
        if (span.minId == 0)
            span.minId = newest->minId;
    }
    return span;
}

Result<std::optional<LogRecord>> LogStore::record(LogKind kind, qint64 id)
{
    LogQuery query;
    query.beforeId = id + 1;
    query.afterId = id - 1;
    query.limit = 1;
    Result<QList<LogRecord>> found = records(kind, query);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<LogRecord>();
    return std::optional<LogRecord>(found->constFirst());
}

Result<QList<ErrorLogEntry>> LogStore::errors(const LogQuery &query)
{
    return readPage(m_db, errorTable, query, &readError);
}

Result<QList<GeneralLogEntry>> LogStore::generalLog(const LogQuery &query)
{
    return readPage(m_db, generalTable, query, &readGeneral);
}

Result<qint64> LogStore::countErrors(const LogQuery &query)
{
    return osc::count(m_db, errorTable, query, &readError);
}

Result<qint64> LogStore::countGeneralLog(const LogQuery &query)
{
    return osc::count(m_db, generalTable, query, &readGeneral);
}

Result<qint64> LogStore::indexText(int maxRowsPerLog)
{
    qint64 total = 0;
    for (const LogTable *log : {&errorTable, &generalTable}) {
        Result<void> indexed = m_db.write([&]() -> Result<void> {
            Result<qint64> mark = indexedUpTo(m_db, *log);
            if (!mark)
                return mark.error();
            Result<QVariant> end
                = scalar(m_db,
                         QStringLiteral("SELECT MAX(id) FROM (SELECT id FROM %1 WHERE id > ?"
                                        " ORDER BY id LIMIT ?)")
                             .arg(log->table),
                         {*mark, std::max(1, maxRowsPerLog)});
            if (!end)
                return end.error();
            if (end->isNull())
                return {};
            Result<QSqlQuery> inserted
                = m_db.exec(QStringLiteral("INSERT INTO %1 (rowid, %2) SELECT id, %2 FROM %3"
                                           " WHERE id > ? AND id <= ?")
                                .arg(log->textIndex(), log->textColumns, log->table),
                            {*mark, end->toLongLong()});
            if (!inserted)
                return inserted.error();
            total += inserted->numRowsAffected();
            return m_db.setMeta(log->indexedKey(), QString::number(end->toLongLong()));
        });
        if (!indexed)
            return indexed.error();
    }
    return total;
}

Result<qint64> LogStore::unindexedTextCount()
{
    // One snapshot: an entry spread or indexed meanwhile is counted once.
    ReadSnapshot snapshot(m_db);
    if (snapshot.error())
        return *snapshot.error();
    qint64 total = 0;
    for (const LogTable *log : {&errorTable, &generalTable}) {
        Result<qint64> mark = indexedUpTo(m_db, *log);
        if (!mark)
            return mark.error();
        Result<QVariant> rows = scalar(
            m_db, QStringLiteral("SELECT COUNT(*) FROM %1 WHERE id > ?").arg(log->table), {*mark});
        if (!rows)
            return rows.error();
        total += rows->toLongLong();
    }
    Result<qint64> inBatches = LogBatches(m_db).entryCount();
    if (!inBatches)
        return inBatches.error();
    return total + *inBatches;
}

Result<PurgeReport> LogStore::purgeOlderThan(const QDateTime &cutoff)
{
    if (!cutoff.isValid()) {
        return makeError(
            ErrorCode::BadInput,
            QCoreApplication::translate("LogStore", "The log purge needs a valid cut-off time."));
    }
    // Entries still in batches are spread into rows first, so that the purge reads
    // every entry's instant where the indexes are.
    for (;;) {
        Result<qint64> spread = LogBatches(m_db).spread();
        if (!spread)
            return spread.error();
        if (*spread == 0)
            break;
    }
    PurgeReport report;
    report.cutoff = cutoff.toUTC();
    const qint64 cutoffMs = cutoff.toMSecsSinceEpoch();
    Result<qint64> errors = purgeTable(m_db, errorTable.table, cutoffMs);
    if (!errors)
        return errors.error();
    report.errorsDeleted = *errors;
    Result<qint64> general = purgeTable(m_db, generalTable.table, cutoffMs);
    if (!general)
        return general.error();
    report.generalDeleted = *general;
    return report;
}

Result<int> LogStore::retentionWeeks()
{
    Result<QString> stored = m_db.meta(retentionKey);
    if (!stored)
        return stored.error();
    if (stored->isEmpty())
        return defaultRetentionWeeks;
    bool ok = false;
    const int weeks = stored->toInt(&ok);
    if (!ok || weeks < minRetentionWeeks || weeks > maxRetentionWeeks) {
        return makeError(ErrorCode::Environment,
                         QCoreApplication::translate("LogStore",
                                                     "The log retention stored in %1 is "
                                                     "unreadable ('%2'). Set it again.")
                             .arg(m_db.filePath(), *stored));
    }
    return weeks;
}

Result<void> LogStore::setRetentionWeeks(int weeks)
{
    if (weeks < minRetentionWeeks || weeks > maxRetentionWeeks) {
        return makeError(ErrorCode::BadInput,
                         QCoreApplication::translate("LogStore",
                                                     "The log retention must be from %1 to %2 "
                                                     "weeks; %3 is not allowed.")
                             .arg(minRetentionWeeks)
                             .arg(maxRetentionWeeks)
                             .arg(weeks));
    }
    return m_db.write([&] { return m_db.setMeta(retentionKey, QString::number(weeks)); });
}

Result<PurgeReport> LogStore::applyRetention()
{
    return applyRetention(QDateTime::currentDateTimeUtc());
}

Result<PurgeReport> LogStore::applyRetention(const QDateTime &now)
{
    Result<int> weeks = retentionWeeks();
    if (!weeks)
        return weeks.error();
    return purgeOlderThan(now.addDays(-qint64(*weeks) * 7));
}

} // namespace osc
