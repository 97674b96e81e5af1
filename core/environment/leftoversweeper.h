#pragma once

#include "environment/datafolder.h"
#include "environment/deployer.h"

#include <QDateTime>

#include <chrono>

namespace osc {

class Database;

struct SweepReport
{
    int abandonedDeployments = 0; // folders of deployments recorded as abandoned
    int partialFolders = 0; // half-written compilation or deployment folders
    int unrecordedCompilations = 0; // complete compilation folders no row names
    int keptHeld = 0; // left in place: another process holds one of their files
};

// Removes what killed processes and held files left in the data folder, which
// nothing references any more:
//   - folders of deployments recorded as `abandoned` (a failed switch, a recovered
//     staged deployment, a deleted module) that could not be removed then;
//   - half-written folders: compilations/<module>/.<name>.partial-* (a killed
//     compile) and deployments/<module>/*.partial (a killed stage), once older
//     than `minimumAge`, so that a compile or stage running in another process
//     right now is never touched;
//   - complete compilation folders that no compilation row names (a process killed
//     between a compile and the transaction that records it), as old as that.
// A folder holding a file that another process keeps locked stays for a later sweep.
class LeftoverSweeper
{
public:
    LeftoverSweeper(Database &db, DataFolder folder, const Deployer &deployer)
        : m_db(db), m_folder(std::move(folder)), m_deployer(deployer)
    { }

    Result<SweepReport> sweep(std::chrono::seconds minimumAge = std::chrono::hours(24),
                              const QDateTime &now = QDateTime::currentDateTimeUtc());

private:
    Database &m_db;
    DataFolder m_folder;
    const Deployer &m_deployer;
};

} // namespace osc
