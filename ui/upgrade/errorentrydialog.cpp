#include "errorentrydialog.h"

#include "common/formatting.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace osc {

ErrorEntryDialog::ErrorEntryDialog(QWidget *parent)
    : QDialog(parent)
    , m_message(new QLabel(this))
    , m_context(new QLabel(this))
    , m_detail(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("errorEntryDialog"));
    setWindowTitle(tr("Error Log Entry"));
    setSizeGripEnabled(true);

    m_message->setObjectName(QStringLiteral("errorEntryMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_message->font();
    bold.setBold(true);
    m_message->setFont(bold);
    m_context->setObjectName(QStringLiteral("errorEntryContext"));
    m_context->setTextFormat(Qt::PlainText);
    m_context->setWordWrap(true);
    m_context->setForegroundRole(QPalette::PlaceholderText);
    m_detail->setObjectName(QStringLiteral("errorEntryDetail"));
    m_detail->setAccessibleName(tr("Detail"));
    m_detail->setReadOnly(true);
    m_detail->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    // Paths and stack lines wrap anywhere: the detail never needs a horizontal scroll.
    m_detail->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_detail->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_detail->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)
        ->setObjectName(QStringLiteral("closeErrorEntryButton"));
    m_showInLog = buttons->addButton(tr("Show in the &Error Log"), QDialogButtonBox::ActionRole);
    m_showInLog->setObjectName(QStringLiteral("showInErrorLogButton"));
    m_showInLog->setToolTip(
        tr("Monitoring > Errors, on this entry: with the entries around it and its filters."));
    m_showInLog->setEnabled(false);
    connect(m_showInLog, &QPushButton::clicked, this, [this] {
        if (m_entryId > 0)
            emit showInErrorLogRequested(m_entryId);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_context);
    layout->addWidget(m_detail, 1);
    layout->addWidget(buttons);
    resize(640, 360);
}

void ErrorEntryDialog::setEntry(const ErrorLogEntry &entry)
{
    setWindowTitle(tr("Error Log Entry %1").arg(entry.id));
    m_entryId = entry.id;
    m_showInLog->setEnabled(entry.id > 0);
    m_message->setText(entry.message);
    QStringList context{tr("Module %1 (version %2)").arg(entry.module).arg(entry.moduleVersion)};
    if (!entry.step.isEmpty())
        context << tr("step %1").arg(entry.step);
    context << format::dateTimeSeconds(entry.instant);
    if (!entry.server.isEmpty())
        context << tr("on %1").arg(entry.server);
    m_context->setText(context.join(QStringLiteral(" \u00b7 ")));
    m_detail->setPlainText(entry.detail);
}

void ErrorEntryDialog::setUnavailable(const QString &module, const QString &message,
                                      const QString &detail)
{
    setWindowTitle(tr("Error Log Entry"));
    m_entryId = 0;
    m_showInLog->setEnabled(false);
    m_message->setText(message);
    m_context->setText(tr("Module %1").arg(module));
    m_detail->setPlainText(detail);
}

QString ErrorEntryDialog::message() const
{
    return m_message->text();
}

QString ErrorEntryDialog::detail() const
{
    return m_detail->toPlainText();
}

} // namespace osc
