#include "deploymentjob.h"

#include "common/environmenttask.h"
#include "upgrade/stepjoboptions.h"

namespace osc {

DeploymentJob::DeploymentJob(const QString &dataDir, const QString &user,
                             DeploymentJobResult::Kind kind, QObject *parent)
    : QObject(parent), m_dataDir(dataDir), m_user(user), m_kind(kind)
{
    m_pool.setMaxThreadCount(1);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &DeploymentJob::onWorkFinished);
}

DeploymentJob::~DeploymentJob()
{
    m_holdOnExit->store(true);
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
}

void DeploymentJob::start()
{
    Q_ASSERT(!m_running);
    if (m_running)
        return;
    m_running = true;

    // The destructor waits for the worker, so `this` outlives the callbacks.
    const StepOptions options = jobStepOptions(
        this, m_dataDir, m_user, m_interval, m_holdOnExit,
        [this](const ExecutionSummary &execution) { emit deploymentStarted(execution); },
        [this](const StepProgress &snapshot) { emit progress(snapshot); });

    const DeploymentJobResult::Kind kind = m_kind;
    m_watcher.setFuture(runWithEnvironment(
        &m_pool, m_dataDir,
        [kind, options](Environment &environment) -> Result<DeploymentJobResult> {
            DeploymentJobResult result;
            result.kind = kind;
            const Result<ExecutionSummary> ran = kind == DeploymentJobResult::Kind::Resume
                ? environment.resumeStep(options)
                : environment.deployPreparedModules(options);
            if (ran)
                result.execution = *ran;
            else
                result.error = ran.error();
            return result;
        }));
}

void DeploymentJob::onWorkFinished()
{
    m_running = false;
    const Result<DeploymentJobResult> outcome = m_watcher.result();
    DeploymentJobResult result;
    if (outcome) {
        result = *outcome;
    } else {
        result.kind = m_kind;
        result.error = outcome.error();
    }
    emit finished(result);
}

} // namespace osc
