#include "lockwaitdialog.h"

#include "wrapwidth.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

namespace osc {

LockWaitDialog::LockWaitDialog(const QString &module, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("lockWaitDialog"));
    setWindowTitle(tr("Waiting for a Module"));
    setModal(false);

    m_text = new QLabel(tr("Waiting for \u2018%1\u2019\u2026").arg(module), this);
    m_text->setObjectName(QStringLiteral("waitText"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    QFont bold = m_text->font();
    bold.setBold(true);
    m_text->setFont(bold);

    m_detail = new QLabel(tr("It runs as soon as the operation that locks the module ends."), this);
    m_detail->setObjectName(QStringLiteral("waitDetail"));
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Wide enough for the module's name on one line; the texts wrap around it.
    const int maximum = (parent ? parent->screen() : screen())->availableSize().width() * 4 / 5;
    const int width = std::max(wrapWidth(m_text->fontMetrics(), m_text->text(), 56, maximum),
                               wrapWidth(m_detail->fontMetrics(), module, 56, maximum));
    m_text->setFixedWidth(width);
    m_detail->setFixedWidth(width);

    auto *busy = new QProgressBar(this);
    busy->setObjectName(QStringLiteral("waitBusy"));
    busy->setRange(0, 0);
    busy->setTextVisible(false);
    busy->setAccessibleName(m_text->text());

    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancelWaitButton"));
    m_cancelButton->setToolTip(tr("Stop waiting; nothing is changed"));
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_cancelButton, QDialogButtonBox::RejectRole);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(m_detail);
    layout->addSpacing(4);
    layout->addWidget(busy);
    layout->addSpacing(4);
    layout->addWidget(buttons);

    connect(m_cancelButton, &QPushButton::clicked, this, &LockWaitDialog::reject);
}

void LockWaitDialog::setDetail(const QString &detail)
{
    m_detail->setText(detail);
    // The new text may wrap to more lines: grow to show them all.
    if (isVisible())
        adjustSize();
}

QString LockWaitDialog::text() const
{
    return m_text->text();
}

QString LockWaitDialog::detail() const
{
    return m_detail->text();
}

void LockWaitDialog::reject()
{
    emit cancelRequested();
    QDialog::reject();
}

} // namespace osc
