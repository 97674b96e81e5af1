#pragma once

#include "clisupport.h"

// The commands that run operations and read their records (one function a command).
namespace osc::cli {

int publishCommand(Context &context);
int deleteCommand(Context &context);
int applySettingsCommand(Context &context);
int locksCommand(Context &context);
// locks --release MODULE [--force] [--operation ID]: the lock released by hand.
int releaseLockCommand(Context &context);
int healthCommand(Context &context);
int errorsCommand(Context &context);
int logCommand(Context &context);
int upgradeEnvironmentCommand(Context &context);
int installSystemComponentsCommand(Context &context);
int upgradePublishedApplicationsCommand(Context &context);
int holdCommand(Context &context);
int resumeCommand(Context &context);
int deployPreparedApplicationsCommand(Context &context);
int upgradesCommand(Context &context);

} // namespace osc::cli
