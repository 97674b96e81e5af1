#pragma once

#include "domain/moduledefinition.h"

#include <QList>
#include <QString>

namespace osc {

// Generates a deterministic, realistic demo factory: applications made of layered
// modules (foundation libraries, core services, end-user UIs, integration modules)
// with an enterprise's names, a producer/consumer graph with long chains and wide
// fan-out, and sizes that vary like real modules. Every reference matches its
// producer's element signature and every API call exists in 11.11.0, so the whole
// factory compiles there; a few modules call APIs that 11.12.0 or 11.19.0 remove or
// change, so an upgrade has failures and skipped consumers.
class DemoFactory
{
public:
    static constexpr int defaultModuleCount = 150;
    static constexpr quint64 defaultSeed = 1;

    // The same (moduleCount, seed) always gives the same modules, byte for byte.
    // Modules come in dependency order: every producer before its consumers.
    static QList<ModuleDefinition> generate(int moduleCount, quint64 seed = defaultSeed);
};

} // namespace osc
