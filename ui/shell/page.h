#pragma once

#include <QWidget>

namespace osc {

// A screen of the main window (Factory > Modules, Monitoring > Errors, …).
class Page : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    // Reloads what the page shows from the environment (View > Refresh, F5).
    virtual void refresh() { }
    // The widget that takes the focus when the page is shown.
    virtual QWidget *initialFocusWidget() { return this; }

    // A page fills what the window gives it: the window never sizes itself to a page.
    // So that relaying out the window (each time a label changes, every second while a
    // step runs) costs nothing for the pages stacked behind the current one, a page
    // neither computes a size hint from its contents nor offers a height for a width:
    // QStackedLayout asks every page for both, and the word-wrapped labels of all of
    // them were laid out again each time (hundreds of milliseconds with the Upgrades
    // page open during a preparation). Its minimum size still comes from its layout.
    QSize sizeHint() const override { return minimumSizeHint().expandedTo(preferredSize); }
    bool hasHeightForWidth() const override { return false; }

private:
    static constexpr QSize preferredSize{640, 480};
};

} // namespace osc
