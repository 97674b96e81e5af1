#include "execution.h"

namespace osc {

template<typename Enum, size_t N>
static std::optional<Enum> fromKey(const QString &key,
                                   const std::pair<Enum, const char *> (&keys)[N])
{
    for (const auto &[value, text] : keys) {
        if (key == QLatin1String(text))
            return value;
    }
    return std::nullopt;
}

template<typename Enum, size_t N>
static QString toKey(Enum value, const std::pair<Enum, const char *> (&keys)[N])
{
    for (const auto &[candidate, text] : keys) {
        if (candidate == value)
            return QString::fromLatin1(text);
    }
    return QString();
}

static const std::pair<ExecutionKind, const char *> kindKeys[] = {
    {ExecutionKind::Preparation, "preparation"},
    {ExecutionKind::Deployment, "deployment"},
};

static const std::pair<ExecutionStatus, const char *> statusKeys[] = {
    {ExecutionStatus::Running, "running"},
    {ExecutionStatus::OnHold, "on-hold"},
    {ExecutionStatus::Succeeded, "succeeded"},
    {ExecutionStatus::FinishedWithErrors, "finished-with-errors"},
    {ExecutionStatus::Failed, "failed"},
    {ExecutionStatus::Interrupted, "interrupted"},
};

static const std::pair<ModuleRunState, const char *> stateKeys[] = {
    {ModuleRunState::Pending, "pending"},     {ModuleRunState::Running, "running"},
    {ModuleRunState::Succeeded, "succeeded"}, {ModuleRunState::Failed, "failed"},
    {ModuleRunState::Skipped, "skipped"},
};

QString executionKindKey(ExecutionKind kind)
{
    return toKey(kind, kindKeys);
}

std::optional<ExecutionKind> executionKindFromKey(const QString &key)
{
    return fromKey(key, kindKeys);
}

QString executionStatusKey(ExecutionStatus status)
{
    return toKey(status, statusKeys);
}

std::optional<ExecutionStatus> executionStatusFromKey(const QString &key)
{
    return fromKey(key, statusKeys);
}

bool isEnded(ExecutionStatus status)
{
    return status != ExecutionStatus::Running && status != ExecutionStatus::OnHold;
}

QString moduleRunStateKey(ModuleRunState state)
{
    return toKey(state, stateKeys);
}

std::optional<ModuleRunState> moduleRunStateFromKey(const QString &key)
{
    return fromKey(key, stateKeys);
}

qint64 ExecutionSummary::durationMs() const
{
    if (!startedAt.isValid())
        return 0;
    const QDateTime end = endedAt.isValid() ? endedAt : QDateTime::currentDateTimeUtc();
    return startedAt.msecsTo(end);
}

} // namespace osc
