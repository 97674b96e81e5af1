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
};

} // namespace osc
