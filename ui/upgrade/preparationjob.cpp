#include "preparationjob.h"

#include "common/environmenttask.h"
#include "upgrade/stepjoboptions.h"

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

    // The destructor waits for the worker, so `this` outlives the callbacks.
    const StepOptions options = jobStepOptions(
        this, m_dataDir, m_user, m_interval, m_holdOnExit,
        [this](const ExecutionSummary &execution) { emit preparationStarted(execution); },
        [this](const StepProgress &snapshot) { emit progress(snapshot); });

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
