#pragma once

#include <QString>
#include <QStringList>

namespace osc {

// "A, B, C and 4 more": the first `shown` names joined with ", ", then how many are left
// out; all of them when they are no more than `shown`. One place for the wording that
// the General log, scctl and the screens give a long list of modules.
QString listWithMore(const QStringList &names, int shown);

} // namespace osc
