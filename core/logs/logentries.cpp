#include "logentries.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace osc {

QString textSearchExpression(const QString &text)
{
    // Every word becomes an FTS5 string ("…", inner quotes doubled), so operators,
    // column filters, '*', '-', ':' and parentheses typed by a user are plain text.
    // A word without a letter or digit would be a string of no token, which FTS5
    // rejects or matches oddly: it is left out.
    QStringList phrases;
    const QStringList words
        = text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        const bool searchable
            = std::any_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLetterOrNumber(); });
        if (!searchable)
            continue;
        QString quoted = word;
        quoted.replace(u'"', QStringLiteral("\"\""));
        phrases << u'"' + quoted + u'"';
    }
    return phrases.join(u' ');
}

} // namespace osc
