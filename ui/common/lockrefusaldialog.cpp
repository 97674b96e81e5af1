#include "lockrefusaldialog.h"

#include "wrapwidth.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QStyle>
#include <QVBoxLayout>

namespace osc {

LockRefusalDialog::LockRefusalDialog(const QString &message, const QString &holder, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("lockRefusalDialog"));
    setWindowTitle(tr("Module Locked"));

    auto *icon = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize));
    icon->setAlignment(Qt::AlignTop);

    // The catalogue message is long: it wraps in a column wide enough to read it in
    // three or four lines, instead of stretching the dialog across the screen.
    m_message = new QLabel(message, this);
    m_message->setObjectName(QStringLiteral("refusalMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    const int maximum = (parent ? parent->screen() : screen())->availableSize().width() * 4 / 5;
    m_message->setMinimumWidth(wrapWidth(m_message->fontMetrics(), message, 64, maximum));

    auto *holderTitle = new QLabel(tr("Lock holder:"), this);
    holderTitle->setForegroundRole(QPalette::PlaceholderText);
    m_holder = new QLabel(holder, this);
    m_holder->setObjectName(QStringLiteral("refusalDetail"));
    m_holder->setTextFormat(Qt::PlainText);
    m_holder->setWordWrap(true);
    m_holder->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    holderTitle->setVisible(!holder.isEmpty());
    m_holder->setVisible(!holder.isEmpty());

    m_hint = new QLabel(this); // see setWaitOffered()
    m_hint->setObjectName(QStringLiteral("refusalHint"));
    m_hint->setWordWrap(true);

    m_waitButton = new QPushButton(tr("&Wait and Run When Free"), this);
    m_waitButton->setObjectName(QStringLiteral("waitButton"));
    m_tryAgainButton = new QPushButton(tr("&Try Again"), this);
    m_tryAgainButton->setObjectName(QStringLiteral("tryAgainButton"));
    m_closeButton = new QPushButton(tr("&Close"), this);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_waitButton, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_tryAgainButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_closeButton, QDialogButtonBox::RejectRole);

    auto *text = new QVBoxLayout;
    text->addWidget(m_message);
    text->addSpacing(6);
    text->addWidget(holderTitle);
    text->addWidget(m_holder);
    text->addSpacing(6);
    text->addWidget(m_hint);
    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addSpacing(8);
    top->addLayout(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addSpacing(8);
    layout->addWidget(buttons);

    setWaitOffered(true);

    connect(m_waitButton, &QPushButton::clicked, this, [this] { done(WaitAndRun); });
    connect(m_tryAgainButton, &QPushButton::clicked, this, [this] { done(TryAgain); });
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::reject);
}

QString LockRefusalDialog::message() const
{
    return m_message->text();
}

void LockRefusalDialog::setWaitOffered(bool offered)
{
    m_waitButton->setVisible(offered);
    m_waitButton->setDefault(offered);
    m_tryAgainButton->setDefault(!offered);
    m_hint->setText(offered ? tr("Wait and run when free runs it as soon as the module is "
                                 "released (you can cancel the wait). Try again asks once more "
                                 "now.")
                            : tr("Try again when the operation that locks the module has ended."));
}

} // namespace osc
