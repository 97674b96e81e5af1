#include "logfacts.h"

#include "domain/messages.h"

#include <QRegularExpression>

namespace osc {

namespace {

// PRODUCER_NOT_PREPARED built around a marker, turned into a pattern that captures
// the producer's name: the one place that knows the message stays messages.cpp.
QString producerFrom(const QString &message)
{
    static const QString marker = QStringLiteral("\u0001PRODUCER\u0001");
    const QString templateText = messages::producerNotPrepared(marker);
    const qsizetype at = templateText.indexOf(marker);
    if (at < 0)
        return {};
    const QString head = QRegularExpression::escape(templateText.left(at));
    const QString tail = templateText.mid(at + marker.size());
    // The name appears twice in the message; the first occurrence is enough.
    const qsizetype stop = tail.indexOf(marker);
    const QString rest = QRegularExpression::escape(stop < 0 ? tail : tail.left(stop));
    const QRegularExpression pattern(head + QStringLiteral("(.+?)") + rest);
    const QRegularExpressionMatch match = pattern.match(message);
    return match.hasMatch() ? match.captured(1) : QString();
}

} // namespace

LogEntryFacts entryFacts(const LogRecord &record)
{
    LogEntryFacts facts;
    for (const QString *text : {&record.message, &record.detail}) {
        for (const QString &line : text->split(u'\n')) {
            const QString trimmed = line.trimmed();
            if (facts.filePath.isEmpty() && trimmed.startsWith(QStringLiteral("File: ")))
                facts.filePath = trimmed.mid(6);
            else if (trimmed.startsWith(QStringLiteral("Held by: ")))
                facts.holders << trimmed.mid(9);
        }
        if (!facts.holders.isEmpty())
            break; // the detail repeats the facts in its own words
    }
    facts.producer = producerFrom(record.message);
    return facts;
}

} // namespace osc
