#include "stepbanner.h"

#include "common/formatting.h"
#include "common/progressbars.h"
#include "common/tones.h"
#include "domain/messages.h"
#include "elidedlabel.h"
#include "upgrade/executiontext.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QSettings>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace osc {

namespace {

// Dismissed outcomes, per environment folder: { dataDir: execution id }.
const auto dismissedKey = QStringLiteral("stepBanner/dismissed");

QString link(const QString &text)
{
    return QStringLiteral("<a href=\"#\">%1</a>").arg(text.toHtmlEscaped());
}

int doneOf(const ExecutionCounts &counts)
{
    return counts.succeeded + counts.failed + counts.skipped;
}

} // namespace

StepBanner::StepBanner(const QString &dataDir, QWidget *parent)
    : QFrame(parent)
    , m_dataDir(QDir::cleanPath(dataDir))
    , m_headline(new ElidedLabel(this))
    , m_counts(new ElidedLabel(this))
    , m_times(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_detailsLink(new QLabel(this))
    , m_errorLogLink(new QLabel(this))
    , m_closeButton(new QToolButton(this))
{
    setObjectName(QStringLiteral("stepBanner"));
    setAccessibleName(tr("Upgrade step"));
    setFrameShape(QFrame::StyledPanel);

    m_headline->setObjectName(QStringLiteral("bannerHeadline"));
    QFont bold = m_headline->font();
    bold.setBold(true);
    m_headline->setFont(bold);
    m_counts->setObjectName(QStringLiteral("bannerCounts"));
    m_times->setObjectName(QStringLiteral("bannerTimes"));
    m_times->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    m_progress->setObjectName(QStringLiteral("bannerProgress"));
    m_progress->setAccessibleName(tr("Upgrade step progress"));
    m_progress->setTextVisible(false);
    m_progress->setFixedHeight(6);

    for (QLabel *label : {m_detailsLink, m_errorLogLink}) {
        label->setTextFormat(Qt::RichText);
        label->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
        label->setFocusPolicy(Qt::StrongFocus);
    }
    m_detailsLink->setObjectName(QStringLiteral("bannerDetailsLink"));
    m_detailsLink->setText(link(tr("Click here for more details")));
    m_detailsLink->setAccessibleName(tr("Click here for more details"));
    m_errorLogLink->setObjectName(QStringLiteral("bannerErrorLogLink"));
    m_errorLogLink->setText(link(tr("See the errors in the Error Log")));
    m_errorLogLink->setAccessibleName(tr("See the errors in the Error Log"));
    connect(m_detailsLink, &QLabel::linkActivated, this, &StepBanner::detailsRequested);
    connect(m_errorLogLink, &QLabel::linkActivated, this, &StepBanner::errorLogRequested);

    m_closeButton->setObjectName(QStringLiteral("bannerCloseButton"));
    m_closeButton->setAutoRaise(true);
    m_closeButton->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_closeButton->setToolTip(tr("Dismiss"));
    m_closeButton->setAccessibleName(tr("Dismiss"));
    m_closeButton->setFocusPolicy(Qt::StrongFocus);
    connect(m_closeButton, &QToolButton::clicked, this, &StepBanner::dismiss);
    // Hidden, the links and the button keep their place: the texts do not jump.
    for (QWidget *widget :
         {static_cast<QWidget *>(m_errorLogLink), static_cast<QWidget *>(m_closeButton)}) {
        QSizePolicy policy = widget->sizePolicy();
        policy.setRetainSizeWhenHidden(true);
        widget->setSizePolicy(policy);
    }

    auto *text = new QVBoxLayout;
    text->setSpacing(3);
    text->addWidget(m_headline);
    auto *countsRow = new QHBoxLayout;
    countsRow->setSpacing(12);
    countsRow->addWidget(m_counts, 1);
    countsRow->addWidget(m_times);
    text->addLayout(countsRow);
    text->addWidget(m_progress);

    auto *links = new QVBoxLayout;
    links->setSpacing(3);
    links->addWidget(m_detailsLink, 0, Qt::AlignRight);
    links->addWidget(m_errorLogLink, 0, Qt::AlignRight);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 6, 6);
    layout->setSpacing(16);
    layout->addLayout(text, 1);
    layout->addLayout(links);
    layout->addWidget(m_closeButton, 0, Qt::AlignTop);

    setTabOrder(m_detailsLink, m_errorLogLink);
    setTabOrder(m_errorLogLink, m_closeButton);

    // One height whatever it shows: measured with every line filled.
    m_headline->setFullText(QStringLiteral("X"));
    m_counts->setFullText(QStringLiteral("X"));
    m_times->setText(QStringLiteral("X"));
    setFixedHeight(sizeHint().height());
    setTone(executiontext::statusColor(ExecutionStatus::Running));
    hide();
}

bool StepBanner::isActive() const
{
    return m_execution && !isEnded(m_execution->status);
}

int StepBanner::percent() const
{
    if (!m_execution)
        return -1;
    const ExecutionCounts &counts = m_execution->counts;
    if (counts.total <= 0)
        return isEnded(m_execution->status) ? 100 : 0;
    return std::clamp(doneOf(counts) * 100 / counts.total, 0, 100);
}

QString StepBanner::activity() const
{
    if (!m_execution)
        return {};
    const bool preparation = m_execution->kind == ExecutionKind::Preparation;
    if (m_execution->status == ExecutionStatus::OnHold)
        return preparation ? tr("Preparation on hold") : tr("Deployment on hold");
    if (isEnded(m_execution->status))
        return preparation ? tr("Preparation ended") : tr("Deployment ended");
    return preparation ? tr("Preparing modules") : tr("Deploying modules");
}

void StepBanner::showExecution(const std::optional<ExecutionSummary> &execution, qint64 etaMs)
{
    // The step shown running has ended (or a newer one replaced it): say so once.
    std::optional<ExecutionSummary> ended;
    if (m_activeId != 0 && execution && execution->id == m_activeId && isEnded(execution->status))
        ended = execution;
    m_execution = execution;
    m_activeId = isActive() ? m_execution->id : 0;
    refreshTexts(etaMs);
    if (ended)
        emit stepEnded(*ended);
}

void StepBanner::dismiss()
{
    if (!m_execution || isActive())
        return;
    QSettings settings;
    QVariantMap dismissed = settings.value(dismissedKey).toMap();
    dismissed.insert(m_dataDir, m_execution->id);
    settings.setValue(dismissedKey, dismissed);
    refreshTexts(-1);
}

qint64 StepBanner::dismissedId() const
{
    return QSettings().value(dismissedKey).toMap().value(m_dataDir).toLongLong();
}

void StepBanner::refreshTexts(qint64 etaMs)
{
    const bool wasShowing = m_showing;
    const QString before = m_headlineText + m_countsText + QString::number(percent());
    m_showing = m_execution && (isActive() || m_execution->id != dismissedId());
    if (!m_showing) {
        setVisible(false);
        if (wasShowing)
            emit changed();
        return;
    }

    const ExecutionSummary &step = *m_execution;
    const bool preparation = step.kind == ExecutionKind::Preparation;
    const QString version = step.platformVersion.toString();
    const ExecutionCounts &counts = step.counts;

    QString headline;
    switch (step.status) {
    case ExecutionStatus::Running:
        if (step.holdRequested)
            headline = preparation
                ? tr("Putting the modules preparation for platform version %1 on hold…")
                      .arg(version)
                : tr("Putting the modules deployment for platform version %1 on hold…")
                      .arg(version);
        else
            headline = preparation ? tr("Preparing modules for platform version %1…").arg(version)
                                   : tr("Deploying modules for platform version %1…").arg(version);
        break;
    case ExecutionStatus::OnHold:
        headline = preparation
            ? tr("The modules preparation for platform version %1 is on hold.").arg(version)
            : tr("The modules deployment for platform version %1 is on hold.").arg(version);
        break;
    case ExecutionStatus::FinishedWithErrors:
        headline = preparation ? messages::prepSomeFailed() : step.message;
        break;
    case ExecutionStatus::Failed:
        headline = preparation ? messages::prepStepFailed() : step.message;
        break;
    case ExecutionStatus::Succeeded:
    case ExecutionStatus::Interrupted:
        headline = step.message;
        break;
    }
    if (headline.isEmpty()) // an execution without its message (an older database)
        headline = tr("Modules %1: %2.")
                       .arg(executiontext::kindName(step.kind),
                            executiontext::statusName(step.status).toLower());

    QStringList parts;
    if (isEnded(step.status))
        parts << tr("Platform version %1").arg(version);
    parts << (preparation ? tr("Prepared %1") : tr("Deployed %1")).arg(counts.succeeded)
          << tr("Failed %1").arg(counts.failed) << tr("Skipped %1").arg(counts.skipped)
          << tr("Total %1").arg(counts.total);
    const QString countsText = parts.join(QStringLiteral(" · "));

    QString times;
    if (step.status == ExecutionStatus::Running) {
        times = tr("Elapsed %1").arg(format::duration(step.durationMs()));
        if (etaMs >= 0)
            times += QStringLiteral(" · ") + tr("About %1 left").arg(format::duration(etaMs));
    } else if (step.status == ExecutionStatus::OnHold) {
        times = tr("Started %1").arg(format::dateTime(step.startedAt.toLocalTime()));
    } else {
        times = tr("Took %1").arg(format::duration(step.durationMs()));
    }

    m_headlineText = headline;
    m_countsText = countsText;
    m_timesText = times;
    m_headline->setFullText(headline);
    m_counts->setFullText(countsText);
    m_times->setText(times);
    setProgress(m_progress, 0, std::max(1, counts.total),
                counts.total == 0 ? (isEnded(step.status) ? 1 : 0) : doneOf(counts));

    const bool failures = isEnded(step.status) && step.status != ExecutionStatus::Succeeded;
    m_errorLogLink->setVisible(failures);
    m_closeButton->setVisible(isEnded(step.status));
    setTone(executiontext::statusColor(step.status));
    setVisible(true);

    if (!wasShowing || before != m_headlineText + m_countsText + QString::number(percent()))
        emit changed();
}

void StepBanner::setTone(const QColor &accent)
{
    if (accent == m_tone) // a style sheet repolishes the banner: only when it changes
        return;
    m_tone = accent;
    const QColor background = panelBackground(accent);
    setStyleSheet(QStringLiteral("QFrame#stepBanner { background: %1; border: none;"
                                 " border-bottom: 1px solid %2; border-left: 4px solid %2; }"
                                 " QFrame#stepBanner QLabel { color: #202020; }")
                      .arg(background.name(), accent.name()));
}

} // namespace osc
