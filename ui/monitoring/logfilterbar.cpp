#include "logfilterbar.h"

#include "operations/operationkind.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QResizeEvent>
#include <QVBoxLayout>

namespace osc {

LogFilterBar::LogFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_range(new QComboBox(this))
    , m_from(new QDateTimeEdit(this))
    , m_to(new QDateTimeEdit(this))
    , m_module(new QLineEdit(this))
    , m_operation(new QComboBox(this))
    , m_operationId(new QLineEdit(this))
    , m_text(new QLineEdit(this))
    , m_reset(new QPushButton(tr("&Reset"), this))
{
    setObjectName(QStringLiteral("logFilterBar"));
    m_range->setObjectName(QStringLiteral("timeRange"));
    m_range->setAccessibleName(tr("Time range"));
    m_range->addItem(tr("Any time"), int(TimeRange::Any));
    m_range->addItem(tr("Last hour"), int(TimeRange::LastHour));
    m_range->addItem(tr("Last 24 hours"), int(TimeRange::LastDay));
    m_range->addItem(tr("Last 7 days"), int(TimeRange::LastWeek));
    m_range->addItem(tr("Last 14 days"), int(TimeRange::LastTwoWeeks));
    m_range->addItem(tr("Since\u2026"), int(TimeRange::Since));
    m_range->addItem(tr("Between\u2026"), int(TimeRange::Between));
    for (QDateTimeEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        edit->setDateTime(QDateTime::currentDateTime());
        edit->setVisible(false);
    }
    m_from->setObjectName(QStringLiteral("fromTime"));
    m_from->setAccessibleName(tr("From"));
    m_from->setDateTime(QDateTime::currentDateTime().addDays(-1));
    m_to->setObjectName(QStringLiteral("toTime"));
    m_to->setAccessibleName(tr("To"));
    m_to->setDateTime(QDateTime::currentDateTime().addSecs(3600));

    m_module->setObjectName(QStringLiteral("moduleFilter"));
    m_module->setPlaceholderText(tr("Module name"));
    m_module->setAccessibleName(tr("Module"));
    m_module->setClearButtonEnabled(true);
    m_operation->setObjectName(QStringLiteral("operationFilter"));
    m_operation->setAccessibleName(tr("Operation"));
    m_operation->addItem(tr("Any operation"), QString());
    for (OperationKind kind : allOperationKinds())
        m_operation->addItem(operationName(kind), operationKey(kind));
    m_operationId->setObjectName(QStringLiteral("operationIdFilter"));
    m_operationId->setPlaceholderText(tr("Operation id"));
    m_operationId->setAccessibleName(tr("Operation id"));
    m_operationId->setClearButtonEnabled(true);
    m_operationId->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,18}")), this));
    m_operationId->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 12 + 24);
    m_text->setObjectName(QStringLiteral("textFilter"));
    m_text->setPlaceholderText(tr("Search words in messages and details"));
    m_text->setAccessibleName(tr("Search text"));
    m_text->setClearButtonEnabled(true);
    m_reset->setObjectName(QStringLiteral("resetFilters"));
    m_reset->setToolTip(tr("Clear every filter"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_firstRow = new QHBoxLayout;
    m_secondRow = new QHBoxLayout;
    layout->addLayout(m_firstRow);
    layout->addLayout(m_secondRow);
    m_firstRow->addWidget(m_range);
    m_firstRow->addWidget(m_from);
    m_firstRow->addWidget(m_to);
    m_firstRow->addWidget(m_module, 1);
    m_firstRow->addWidget(m_operation);
    m_firstRow->addWidget(m_operationId);
    m_firstRow->addWidget(m_text, 2);
    m_firstRow->addWidget(m_reset);
    m_module->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 14);
    m_text->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 18);

    m_textTimer.setSingleShot(true);
    m_textTimer.setInterval(textDelayMs);
    connect(&m_textTimer, &QTimer::timeout, this, &LogFilterBar::emitChanged);
    connect(m_range, &QComboBox::currentIndexChanged, this, &LogFilterBar::onRangeChanged);
    connect(m_from, &QDateTimeEdit::dateTimeChanged, this, &LogFilterBar::emitChanged);
    connect(m_to, &QDateTimeEdit::dateTimeChanged, this, &LogFilterBar::emitChanged);
    connect(m_operation, &QComboBox::currentIndexChanged, this, &LogFilterBar::emitChanged);
    for (QLineEdit *edit : {m_module, m_operationId, m_text}) {
        connect(edit, &QLineEdit::textEdited, this, [this] { m_textTimer.start(); });
        connect(edit, &QLineEdit::returnPressed, this, &LogFilterBar::applyPendingText);
        // The clear button changes the text without an edit.
        connect(edit, &QLineEdit::textChanged, this, [this, edit](const QString &text) {
            if (text.isEmpty() && !edit->isModified())
                m_textTimer.start();
        });
    }
    connect(m_reset, &QPushButton::clicked, this, &LogFilterBar::reset);
}

void LogFilterBar::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrange(width() < twoRowsBelowWidth);
}

void LogFilterBar::arrange(bool twoRows)
{
    if (twoRows == m_twoRows)
        return;
    m_twoRows = twoRows;
    QBoxLayout *from = twoRows ? m_firstRow : m_secondRow;
    QBoxLayout *to = twoRows ? m_secondRow : m_firstRow;
    from->removeWidget(m_text);
    from->removeWidget(m_reset);
    to->addWidget(m_text, 2);
    to->addWidget(m_reset);
}

void LogFilterBar::applyPendingText()
{
    m_textTimer.stop();
    emitChanged();
}

void LogFilterBar::onRangeChanged()
{
    const auto range = TimeRange(m_range->currentData().toInt());
    m_from->setVisible(range == TimeRange::Since || range == TimeRange::Between);
    m_to->setVisible(range == TimeRange::Between);
    emitChanged();
}

void LogFilterBar::emitChanged()
{
    if (!m_quiet)
        emit changed();
}

LogQuery LogFilterBar::query() const
{
    LogQuery query;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    switch (TimeRange(m_range->currentData().toInt())) {
    case TimeRange::Any:
        break;
    case TimeRange::LastHour:
        query.since = now.addSecs(-3600);
        break;
    case TimeRange::LastDay:
        query.since = now.addDays(-1);
        break;
    case TimeRange::LastWeek:
        query.since = now.addDays(-7);
        break;
    case TimeRange::LastTwoWeeks:
        query.since = now.addDays(-14);
        break;
    case TimeRange::Since:
        query.since = m_from->dateTime().toUTC();
        break;
    case TimeRange::Between:
        query.since = m_from->dateTime().toUTC();
        query.until = m_to->dateTime().toUTC();
        break;
    }
    query.module = m_module->text().trimmed();
    query.operation = m_operation->currentData().toString();
    query.operationId = m_operationId->text().toLongLong();
    query.text = m_text->text().trimmed();
    return query;
}

bool LogFilterBar::isFiltering() const
{
    return m_range->currentIndex() != 0 || !m_module->text().trimmed().isEmpty()
        || m_operation->currentIndex() != 0 || !m_operationId->text().isEmpty()
        || !m_text->text().trimmed().isEmpty();
}

void LogFilterBar::reset()
{
    m_textTimer.stop();
    m_quiet = true;
    m_range->setCurrentIndex(0);
    m_module->clear();
    m_operation->setCurrentIndex(0);
    m_operationId->clear();
    m_text->clear();
    m_quiet = false;
    emit changed();
}

void LogFilterBar::showOperationSince(const QString &operation, const QDateTime &since)
{
    m_textTimer.stop();
    m_quiet = true;
    m_module->clear();
    m_operationId->clear();
    m_text->clear();
    m_operation->setCurrentIndex(std::max(0, m_operation->findData(operation)));
    m_range->setCurrentIndex(m_range->findData(int(TimeRange::Since)));
    // Whole seconds (what the editor shows), rounded down so the start is included.
    m_from->setDateTime(
        QDateTime::fromSecsSinceEpoch(since.toSecsSinceEpoch(), Qt::UTC).toLocalTime());
    m_quiet = false;
    emit changed();
}

} // namespace osc
