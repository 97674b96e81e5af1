#pragma once

#include <QList>
#include <QString>

namespace osc {

// A producer compilation that a compilation was built against, and the module that
// producer compilation belongs to (what makes a consumer *outdated*: its producer's
// running compilation is no longer this one).
struct CompilationInput
{
    qint64 moduleId = 0;
    qint64 compilationId = 0;

    friend bool operator==(const CompilationInput &, const CompilationInput &) = default;
};

// compilations.inputs holds a compilation's inputs in its own row, as
// "moduleId:compilationId" pairs separated by commas ("12:345,13:346"): one row a
// compilation instead of one a link, which a preparation of 20,000 modules (about 5
// producers each) writes 100,000 times fewer. Unreadable pairs are skipped.
QString packCompilationInputs(const QList<CompilationInput> &inputs);
QList<CompilationInput> unpackCompilationInputs(const QString &packed);

} // namespace osc
