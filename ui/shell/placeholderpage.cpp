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
    // A word-wrapped label has no natural width: give the centred column one.
    m_description->setFixedWidth(560);
    m_description->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *notice = new QLabel(tr("This screen is not available yet; it comes in a later "
                                 "release of Open Service Center."),
                              this);
    notice->setWordWrap(true);
    notice->setAlignment(Qt::AlignHCenter);
    notice->setFixedWidth(560);
    notice->setForegroundRole(QPalette::PlaceholderText);

    // A centred item gets its size hint, which is one line: reserve the wrapped height.
    for (QLabel *label : {m_description, notice})
        label->setMinimumHeight(label->heightForWidth(label->width()));

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
