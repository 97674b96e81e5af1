#include "deploymentjob.h"

#include "common/environmenttask.h"

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

    // The callbacks run in the worker; they hand plain values to this object's
    // thread. The destructor waits for the worker, so `this` outlives them.
    StepOptions options;
    options.user = m_user;
    options.progressInterval = m_interval;
    options.started = [this](const ExecutionSummary &execution) {
        QMetaObject::invokeMethod(
            this, [this, execution] { emit deploymentStarted(execution); }, Qt::QueuedConnection);
    };
    options.progress = [this, dataDir = m_dataDir, user = m_user, holdOnExit = m_holdOnExit,
                        heldOnExit = m_heldOnExit](const StepProgress &snapshot) {
        if (holdOnExit->load() && !heldOnExit->exchange(true)
            && snapshot.status == ExecutionStatus::Running) {
            // The Environment running the deployment is busy in this very call: ask
            // through a second one, opened (and closed) in this thread.
            if (Result<std::unique_ptr<Environment>> other = Environment::open(dataDir))
                (void)(*other)->holdStep(user);
        }
        QMetaObject::invokeMethod(
            this, [this, snapshot] { emit progress(snapshot); }, Qt::QueuedConnection);
    };

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
