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
//
// A module's layer shows in its name: foundation libraries end in "_Lib" and come
// first, then integration modules ("_IS"), then each application's core services
// ("_Core", "_CS") and its end-user modules ("_Portal", "_Backoffice", "_Mobile", …),
// which have no public elements. About 1.5% of the modules (at least two per group)
// call Legacy.SoapCall or Crypto.MD5 (removed in 11.12.0) or Legacy.WebScreenRender or
// Excel.Import (removed or changed in 11.19.0); the modules that depend on them stay
// within their application, so an upgrade skips a handful of consumers per failure.
// Pure computation, reentrant: about 25 ms for 1,000 modules and under a second for
// 20,000 (tests/bench/bench_demo_generate).
class DemoFactory
{
public:
    static constexpr int defaultModuleCount = 150;
    static constexpr quint64 defaultSeed = 1;

    // The same (moduleCount, seed) always gives the same modules, byte for byte.
    // Modules come in dependency order: every producer before its consumers.
    // moduleCount <= 0 gives an empty list.
    static QList<ModuleDefinition> generate(int moduleCount, quint64 seed = defaultSeed);
};

} // namespace osc
