#include "compilationinputs.h"

namespace osc {

// Appends `value` in decimal: QString::number() goes through the locale's number
// formatting, ten times the cost, and the preparation packs 100,000 of these a run.
static void appendDecimal(QString &text, qint64 value)
{
    char16_t digits[20];
    int at = 20;
    quint64 magnitude = value < 0 ? 0 - quint64(value) : quint64(value);
    do {
        digits[--at] = char16_t(u'0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude != 0);
    if (value < 0)
        text += u'-';
    text.append(reinterpret_cast<const QChar *>(digits + at), 20 - at);
}

QString packCompilationInputs(const QList<CompilationInput> &inputs)
{
    QString packed;
    packed.reserve(inputs.size() * 16);
    for (const CompilationInput &input : inputs) {
        if (!packed.isEmpty())
            packed += u',';
        appendDecimal(packed, input.moduleId);
        packed += u':';
        appendDecimal(packed, input.compilationId);
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
