#include "areawidget.h"

#include "page.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QStackedWidget>

namespace osc {

AreaWidget::AreaWidget(QWidget *parent)
    : QWidget(parent), m_list(new QListWidget(this)), m_stack(new QStackedWidget(this))
{
    m_list->setObjectName(QStringLiteral("sideList"));
    m_list->setAccessibleName(tr("Screens"));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setFixedWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 26);
    m_list->setSpacing(2);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_list);
    layout->addWidget(m_stack, 1);

    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        m_stack->setCurrentIndex(row);
        emit currentPageChanged(m_keys.at(row));
    });
}

void AreaWidget::addPage(const QString &key, const QString &title, Page *page)
{
    Q_ASSERT(!m_keys.contains(key));
    m_keys.append(key);
    m_stack->addWidget(page);
    auto *item = new QListWidgetItem(title, m_list);
    item->setToolTip(title);
    if (m_list->currentRow() < 0)
        m_list->setCurrentRow(0);
}

Page *AreaWidget::page(const QString &key) const
{
    const qsizetype row = m_keys.indexOf(key);
    return row < 0 ? nullptr : static_cast<Page *>(m_stack->widget(int(row)));
}

QString AreaWidget::currentKey() const
{
    const int row = m_list->currentRow();
    return row < 0 ? QString() : m_keys.at(row);
}

Page *AreaWidget::currentPage() const
{
    return static_cast<Page *>(m_stack->currentWidget());
}

void AreaWidget::setCurrentKey(const QString &key)
{
    const qsizetype row = m_keys.indexOf(key);
    if (row >= 0)
        m_list->setCurrentRow(int(row));
}

} // namespace osc
