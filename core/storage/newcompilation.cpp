#include "newcompilation.h"

#include "storage/database.h"
#include "storage/timestamps.h"

#include <iterator>
#include <utility>

namespace osc {

namespace {

const QStringList compilationColumns{QStringLiteral("id"),
                                     QStringLiteral("version_id"),
                                     QStringLiteral("platform_version"),
                                     QStringLiteral("status"),
                                     QStringLiteral("folder"),
                                     QStringLiteral("manifest_hash"),
                                     QStringLiteral("artifact_bytes"),
                                     QStringLiteral("diagnostics"),
                                     QStringLiteral("started_at"),
                                     QStringLiteral("finished_at"),
                                     QStringLiteral("duration_ms"),
                                     QStringLiteral("started_by"),
                                     QStringLiteral("inputs")};

// The rows one statement inserts. SQLite's cost of a statement's start and end, and of
// keeping AUTOINCREMENT's sequence, is paid once for all of them; so rows go 32 at a
// time, then 8, then one by one. Each size is a statement kept for the connection.
constexpr int statementRowCounts[] = {32, 8, 1};

QString insertSql(const Database &db, int rows)
{
    const QString row
        = u'(' + QStringList(compilationColumns.size(), QStringLiteral("?")).join(u',') + u')';
    return QStringLiteral("INSERT INTO compilations (%1)%2 VALUES ")
               .arg(compilationColumns.join(u','), db.dialect().explicitIdClause())
        + QStringList(rows, row).join(u',');
}

void appendValues(QVariantList &values, qint64 id, const NewCompilation &compilation)
{
    values << id << compilation.versionId << compilation.platformVersion
           << (compilation.succeeded ? QStringLiteral("succeeded") : QStringLiteral("failed"))
           << compilation.folder << compilation.manifestHash << compilation.artifactBytes
           << compilation.diagnostics << toStoredTime(compilation.startedAt)
           << toStoredTime(compilation.finishedAt) << compilation.durationMs
           << compilation.startedBy << packCompilationInputs(compilation.inputs);
}

} // namespace

Result<qint64> NewCompilations::add(const NewCompilation &compilation)
{
    Q_ASSERT_X(m_db.inWrite(), "NewCompilations::add",
               "rows are numbered and inserted in one write transaction");
    if (m_rows.isEmpty()) {
        Result<Database::Outcome> highest
            = m_db.execKept(m_db.dialect().highestAutoId(QStringLiteral("compilations")), {});
        if (!highest)
            return highest.error();
        m_firstId = highest->firstValue.toLongLong() + 1;
    }
    m_rows << compilation;
    return m_firstId + m_rows.size() - 1;
}

void NewCompilations::setInputs(qint64 id, const QList<CompilationInput> &inputs)
{
    Q_ASSERT_X(id >= m_firstId && id - m_firstId < m_rows.size(), "NewCompilations::setInputs",
               "a row added and not inserted yet");
    m_rows[id - m_firstId].inputs = inputs;
}

Result<void> NewCompilations::insert()
{
    // The rows go, inserted or rolled back with the transaction: either way their ids
    // are no longer this object's to give.
    const QList<NewCompilation> rows = std::exchange(m_rows, {});
    QString statements[std::size(statementRowCounts)]; // each made when first needed
    QVariantList values;
    qsizetype at = 0;
    while (at < rows.size()) {
        int size = 0; // index in statementRowCounts
        while (statementRowCounts[size] > rows.size() - at)
            ++size;
        if (statements[size].isEmpty())
            statements[size] = insertSql(m_db, statementRowCounts[size]);
        values.clear();
        for (qsizetype i = at; i < at + statementRowCounts[size]; ++i)
            appendValues(values, m_firstId + i, rows.at(i));
        if (Result<Database::Outcome> inserted = m_db.execKept(statements[size], values); !inserted)
            return inserted.error();
        at += statementRowCounts[size];
    }
    return {};
}

Result<qint64> insertCompilation(Database &db, const NewCompilation &compilation)
{
    NewCompilations rows(db);
    Result<qint64> id = rows.add(compilation);
    if (!id)
        return id;
    if (Result<void> inserted = rows.insert(); !inserted)
        return inserted.error();
    return id;
}

} // namespace osc
