#pragma once
#include <QStringList>
namespace osc::cli {
int run(const QStringList &arguments);
}
