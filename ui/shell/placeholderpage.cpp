#include "placeholderpage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace osc {

PlaceholderPage::PlaceholderPage(const QString &title, const QString &description, QWidget *parent)
    : Page(parent), m_title(new QLabel(title, this)), m_description(new QLabel(description, this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignHCenter);

    m_description->setWordWrap(true);
    m_description->setAlignment(Qt::AlignHCenter);
    m_description->setMaximumWidth(560);
    m_description->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *notice = new QLabel(tr("This screen is not available yet; it comes in a later "
                                 "release of Open Service Center."),
                              this);
    notice->setWordWrap(true);
    notice->setAlignment(Qt::AlignHCenter);
    notice->setMaximumWidth(560);
    notice->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(m_title, 0, Qt::AlignHCenter);
    layout->addSpacing(8);
    layout->addWidget(m_description, 0, Qt::AlignHCenter);
    layout->addSpacing(12);
    layout->addWidget(notice, 0, Qt::AlignHCenter);
    layout->addStretch(3);
}

QString PlaceholderPage::title() const
{
    return m_title->text();
}

QString PlaceholderPage::description() const
{
    return m_description->text();
}

} // namespace osc
