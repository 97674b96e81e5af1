#pragma once

#include "page.h"

class QLabel;

namespace osc {

// The empty state of a screen that a later release fills: its title, what it will
// show, and that it is not there yet.
class PlaceholderPage final : public Page
{
    Q_OBJECT

public:
    PlaceholderPage(const QString &title, const QString &description, QWidget *parent = nullptr);

    QString title() const;
    QString description() const;

private:
    QLabel *m_title = nullptr;
    QLabel *m_description = nullptr;
};

} // namespace osc
