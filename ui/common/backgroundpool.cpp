#include "backgroundpool.h"

#include <QThreadPool>

namespace osc {

Q_GLOBAL_STATIC(QThreadPool, pool)

QThreadPool *backgroundPool()
{
    return pool();
}

} // namespace osc
