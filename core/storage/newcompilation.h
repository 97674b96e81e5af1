#pragma once

#include "storage/compilationinputs.h"
#include "util/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace osc {

class Database;

// A row of `compilations` to insert: one module version compiled for one platform
// version, with success (its folder, relative to the environment's root) or not (its
// diagnostics, one a line).
struct NewCompilation
{
    qint64 versionId = 0;
    QString platformVersion;
    bool succeeded = false;
    QString folder;
    QString manifestHash;
    qint64 artifactBytes = 0;
    QString diagnostics;
    QDateTime startedAt;
    QDateTime finishedAt;
    qint64 durationMs = 0;
    QString startedBy;
    QList<CompilationInput> inputs;
};

// Compilation rows written together in the caller's write transaction: the one place
// compilation rows are written. A row's id is known as soon as it is added (rows are
// numbered above every id the table ever gave, and the transaction keeps other
// writers out), so rows may name each other before any is written; insert() then
// writes them several to a statement, which costs far less than one by one. Add and
// insert in one transaction, with no other compilation inserted in between.
class NewCompilations final
{
public:
    explicit NewCompilations(Database &db) : m_db(db) { }
    NewCompilations(const NewCompilations &) = delete;
    NewCompilations &operator=(const NewCompilations &) = delete;

    // Adds a row and returns its id.
    Result<qint64> add(const NewCompilation &compilation);
    // Replaces the inputs of the row added as `id`, before it is inserted.
    void setInputs(qint64 id, const QList<CompilationInput> &inputs);
    // Writes the rows added, in the transaction in which they were added; afterwards
    // (written or not) the object holds no row.
    Result<void> insert();

private:
    Database &m_db;
    qint64 m_firstId = 0; // of m_rows.first(), read at the first add()
    QList<NewCompilation> m_rows;
};

// Inserts one compilation row in the caller's write transaction and returns its id.
Result<qint64> insertCompilation(Database &db, const NewCompilation &compilation);

} // namespace osc
