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
// compilation instead of one a link, so a preparation of the 20,000-module demo
// factory (5.4 producers a module) writes about 108,000 fewer rows. Unreadable pairs
// are skipped.
QString packCompilationInputs(const QList<CompilationInput> &inputs);
QList<CompilationInput> unpackCompilationInputs(const QString &packed);

} // namespace osc
