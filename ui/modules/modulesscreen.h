#pragma once

#include "shell/page.h"

class QStackedWidget;

namespace osc {

class ModuleDetailPage;
class ModulesPage;

// Factory > Modules: the list, and a module's detail in its place when one is opened.
class ModulesScreen final : public Page
{
    Q_OBJECT

public:
    ModulesScreen(const QString &dataDir, const QString &user, QWidget *parent = nullptr);

    void refresh() override;
    QWidget *initialFocusWidget() override;

    void openModule(const QString &name);
    void showList();
    bool isShowingDetail() const;

    ModulesPage *listPage() const { return m_list; }
    ModuleDetailPage *detailPage() const { return m_detail; }

signals:
    // Something in the environment changed (an operation ended): pages that show
    // environment-wide facts refresh.
    void environmentChanged();
    // A one-line outcome for the status bar (an operation that ended).
    void statusMessage(const QString &message);

private:
    QStackedWidget *m_stack = nullptr;
    ModulesPage *m_list = nullptr;
    ModuleDetailPage *m_detail = nullptr;
};

} // namespace osc
