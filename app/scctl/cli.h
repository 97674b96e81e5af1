#pragma once

#include <QStringList>

namespace osc::cli {

// scctl's exit codes (CLI.md): scripts rely on them.
enum ExitCode {
    ExitDone = 0,
    ExitFailed = 1,
    ExitBadInput = 2,
    ExitLocked = 3,
    ExitPartial = 4,
};

// Runs one scctl command line (arguments()[0] is the program). Writes results to
// stdout and messages to stderr; returns the exit code.
int run(const QStringList &arguments);

} // namespace osc::cli
