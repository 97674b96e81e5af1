#pragma once

#include <QFontMetrics>
#include <QString>

#include <algorithm>

namespace osc {

// The width a word-wrapped label needs to show `text` readably: `columns` average
// characters, or its longest word when that is wider (a long module name has no
// place to break and would be cut), but never more than `maximum` pixels.
inline int wrapWidth(const QFontMetrics &metrics, const QString &text, int columns, int maximum)
{
    int width = metrics.averageCharWidth() * columns;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts))
        width = std::max(width, metrics.horizontalAdvance(word) + metrics.averageCharWidth());
    return std::min(width, maximum);
}

} // namespace osc
