#include "releaselockdialog.h"

#include "common/formatting.h"
#include "healthtext.h"
#include "util/namelist.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace osc {

namespace {

QString moduleList(const QStringList &modules)
{
    QStringList quoted;
    for (const QString &module : modules)
        quoted << QStringLiteral("'%1'").arg(module);
    return listWithMore(quoted, 8);
}

} // namespace

ReleaseLockDialog::ReleaseLockDialog(const LockHealth &lock, const QStringList &operationModules,
                                     QWidget *parent)
    : QDialog(parent), m_lock(lock), m_modules(operationModules)
{
    setObjectName(QStringLiteral("releaseLockDialog"));
    setWindowTitle(tr("Release Lock"));
    if (!m_modules.contains(lock.lock.module))
        m_modules.prepend(lock.lock.module);

    auto *icon = new QLabel(this);
    icon->setPixmap(
        style()
            ->standardIcon(isLive() ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning)
            .pixmap(32, 32));
    icon->setAlignment(Qt::AlignTop);

    auto *headline = new QLabel(this);
    headline->setObjectName(QStringLiteral("releaseHeadline"));
    headline->setWordWrap(true);
    QFont bold = headline->font();
    bold.setBold(true);
    headline->setFont(bold);
    headline->setText(
        isLive() ? tr("'%1' is locked by an operation that is still running.").arg(lock.lock.module)
                 : tr("Release the stale lock on '%1'?").arg(lock.lock.module));

    const ModuleLock &held = lock.lock;
    auto *facts = new QLabel(this);
    facts->setObjectName(QStringLiteral("releaseFacts"));
    facts->setWordWrap(true);
    facts->setTextFormat(Qt::PlainText);
    facts->setText(tr("%1 #%2, started by %3 at %4, holds %5. It runs in %6. %7")
                       .arg(operationName(held.kind))
                       .arg(held.operationId)
                       .arg(held.user, format::dateTimeSeconds(held.startedAt),
                            moduleList(m_modules),
                            healthtext::process(held.holderPid, held.holderHost),
                            healthtext::staleReason(lock.lease)));

    m_consequence = new QLabel(consequenceText(), this);
    m_consequence->setObjectName(QStringLiteral("releaseConsequence"));
    m_consequence->setWordWrap(true);
    m_consequence->setTextFormat(Qt::PlainText);

    auto *buttons = new QDialogButtonBox(this);
    m_release = buttons->addButton(tr("&Release Lock"), QDialogButtonBox::DestructiveRole);
    m_release->setObjectName(QStringLiteral("confirmReleaseButton"));
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelReleaseButton"));
    cancel->setDefault(true);
    cancel->setFocus();
    connect(m_release, &QPushButton::clicked, this, &QDialog::accept);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);

    auto *text = new QVBoxLayout;
    text->addWidget(headline);
    text->addWidget(facts);
    text->addWidget(m_consequence);
    if (isLive()) {
        m_acknowledge = new QCheckBox(
            tr("I understand that this interrupts an operation that is still running."), this);
        m_acknowledge->setObjectName(QStringLiteral("acknowledgeLiveRelease"));
        m_release->setEnabled(false);
        connect(m_acknowledge, &QCheckBox::toggled, m_release, &QPushButton::setEnabled);
        text->addSpacing(4);
        text->addWidget(m_acknowledge);
    }
    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addSpacing(8);
    top->addLayout(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addSpacing(8);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
}

QString ReleaseLockDialog::consequenceText() const
{
    QString text = tr("Releasing it interrupts that operation and frees %1. The modules get a new "
                      "fencing token, so that process can no longer write to them: its next "
                      "write is refused and what it has not recorded yet is lost. A deployment "
                      "it left half-done is finished or discarded by the next publish. The "
                      "release is recorded in the General log under your name.")
                       .arg(moduleList(m_modules));
    if (isLive())
        text += u' '
            + tr("Its lease is live: release it only if you know that the process is stuck "
                 "and will not finish by itself.");
    return text;
}

} // namespace osc
