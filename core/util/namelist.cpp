#include "namelist.h"

#include <QCoreApplication>

namespace osc {

QString listWithMore(const QStringList &names, int shown)
{
    const QString first = names.mid(0, shown).join(QStringLiteral(", "));
    if (names.size() <= shown)
        return first;
    return QCoreApplication::translate("NameList", "%1 and %n more", nullptr,
                                       int(names.size() - shown))
        .arg(first);
}

} // namespace osc
