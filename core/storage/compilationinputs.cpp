#include "compilationinputs.h"

namespace osc {

QString packCompilationInputs(const QList<CompilationInput> &inputs)
{
    QString packed;
    for (const CompilationInput &input : inputs) {
        if (!packed.isEmpty())
            packed += u',';
        packed += QString::number(input.moduleId) + u':' + QString::number(input.compilationId);
    }
    return packed;
}

QList<CompilationInput> unpackCompilationInputs(const QString &packed)
{
    QList<CompilationInput> inputs;
    for (QStringView pair : QStringView(packed).split(u',', Qt::SkipEmptyParts)) {
        const qsizetype colon = pair.indexOf(u':');
        if (colon < 0)
            continue;
        bool moduleOk = false;
        bool compilationOk = false;
        const CompilationInput input{pair.first(colon).toLongLong(&moduleOk),
                                     pair.sliced(colon + 1).toLongLong(&compilationOk)};
        if (moduleOk && compilationOk)
            inputs << input;
    }
    return inputs;
}

} // namespace osc
