#include "pagelabels.h"

#include <QLabel>

namespace osc {

QLabel *makeSectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.1);
    font.setBold(true);
    label->setFont(font);
    return label;
}

QLabel *makeNameLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QLabel *makeValueLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QLabel *makeWrappingLabel(QWidget *parent, const QString &objectName)
{
    QLabel *label = makeValueLabel(parent, objectName);
    label->setWordWrap(true);
    return label;
}

QLabel *makeErrorBanner(QWidget *parent, const QString &objectName)
{
    QLabel *label = makeWrappingLabel(parent, objectName);
    label->setStyleSheet(
        QStringLiteral("QLabel { background: #fdecea; color: #8a1c1c; border: 1px solid #f5c2c0;"
                       " border-radius: 3px; padding: 6px; }"));
    label->setVisible(false);
    return label;
}

} // namespace osc
