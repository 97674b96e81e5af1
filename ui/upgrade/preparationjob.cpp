#include "preparationjob.h"

#include "common/environmenttask.h"

namespace osc {

PreparationJob::PreparationJob(const QString &dataDir, const QString &user,
                               const PreparationRequest &request, QObject *parent)
    : QObject(parent), m_dataDir(dataDir), m_user(user), m_request(request)
{
    m_pool.setMaxThreadCount(1);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &PreparationJob::onWorkFinished);
}

PreparationJob::~PreparationJob()
{
    m_holdOnExit->store(true);
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
}

void PreparationJob::start()
{
    Q_ASSERT(!m_running);
    if (m_running)
        return;
    m_running = true;

    // The callbacks run in the worker; they hand plain values to this object's
    // thread. The destructor waits for the worker, so `this` outlives them.
    PreparationOptions options;
    options.user = m_user;
    options.progressInterval = m_interval;
    options.started = [this](const ExecutionSummary &execution) {
        QMetaObject::invokeMethod(
            this, [this, execution] { emit preparationStarted(execution); }, Qt::QueuedConnection);
    };
    options.progress = [this, dataDir = m_dataDir, user = m_user, holdOnExit = m_holdOnExit,
                        heldOnExit = m_heldOnExit](const StepProgress &snapshot) {
        if (holdOnExit->load() && !heldOnExit->exchange(true)
            && snapshot.status == ExecutionStatus::Running) {
            // The Environment running the preparation is busy in this very call:
            // ask through a second one, opened (and closed) in this thread.
            if (Result<std::unique_ptr<Environment>> other = Environment::open(dataDir))
                (void)(*other)->holdStep(user);
        }
        QMetaObject::invokeMethod(
            this, [this, snapshot] { emit progress(snapshot); }, Qt::QueuedConnection);
    };

    const PreparationRequest request = m_request;
    const QString user = m_user;
    m_watcher.setFuture(runWithEnvironment(
        &m_pool, m_dataDir,
        [this, request, user, options](Environment &environment) -> Result<PreparationJobResult> {
            PreparationJobResult result;
            result.request = request;
            const auto prepare = [&](bool resume) {
                Result<ExecutionSummary> ran = resume ? environment.resumeStep(options)
                                                      : environment.prepareModules(options);
                if (ran)
                    result.execution = *ran;
                else
                    result.error = ran.error();
            };
            switch (request.kind) {
            case PreparationRequest::Kind::Upgrade: {
                Result<UpgradeOutcome> upgraded
                    = environment.upgradePlatform(request.upgrade, user);
                if (!upgraded) {
                    result.error = upgraded.error();
                    break;
                }
                result.upgraded = *upgraded;
                QMetaObject::invokeMethod(
                    this, [this, outcome = *upgraded] { emit this->upgraded(outcome); },
                    Qt::QueuedConnection);
                if (upgraded->prepare)
                    prepare(false);
                break;
            }
            case PreparationRequest::Kind::Prepare:
                prepare(false);
                break;
            case PreparationRequest::Kind::Resume:
                prepare(true);
                break;
            case PreparationRequest::Kind::InstallSystemComponents: {
                Result<QString> installed = environment.installSystemComponents(user);
                if (installed)
                    result.installedComponents = *installed;
                else
                    result.error = installed.error();
                break;
            }
            }
            return result;
        }));
}

void PreparationJob::onWorkFinished()
{
    m_running = false;
    const Result<PreparationJobResult> outcome = m_watcher.result();
    PreparationJobResult result;
    if (outcome) {
        result = *outcome;
    } else {
        result.request = m_request;
        result.error = outcome.error();
    }
    emit finished(result);
}

} // namespace osc
