#include "modulesscreen.h"

#include "moduledetailpage.h"
#include "modulespage.h"

#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace osc {

ModulesScreen::ModulesScreen(const QString &dataDir, const QString &user, QWidget *parent)
    : Page(parent)
    , m_stack(new QStackedWidget(this))
    , m_list(new ModulesPage(dataDir, user, m_stack))
    , m_detail(new ModuleDetailPage(dataDir, user, m_stack))
{
    m_stack->addWidget(m_list);
    m_stack->addWidget(m_detail);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_list, &ModulesPage::moduleActivated, this, &ModulesScreen::openModule);
    connect(m_detail, &ModuleDetailPage::backRequested, this, &ModulesScreen::showList);
    connect(m_detail, &ModuleDetailPage::modulesChanged, this, [this] {
        m_list->reload();
        emit environmentChanged();
    });
    connect(m_list, &ModulesPage::modulesChanged, this, &ModulesScreen::environmentChanged);
    // Every operation's outcome, from the list or the detail, in the status bar.
    const auto report = [this](const ModuleOperationResult &result) {
        if (!result.summary.isEmpty())
            emit statusMessage(result.summary);
    };
    connect(m_list, &ModulesPage::operationFinished, this, report);
    connect(m_detail, &ModuleDetailPage::operationFinished, this, report);
}

void ModulesScreen::refresh()
{
    m_list->reload();
    if (isShowingDetail())
        m_detail->reload();
}

QWidget *ModulesScreen::initialFocusWidget()
{
    return isShowingDetail() ? static_cast<QWidget *>(m_detail) : m_list->view();
}

void ModulesScreen::openModule(const QString &name)
{
    m_detail->showModule(name);
    m_stack->setCurrentWidget(m_detail);
    m_detail->setFocus();
}

void ModulesScreen::showList()
{
    // Come back to the module last shown, so the operator keeps their place.
    m_list->selectModule(m_detail->moduleName());
    m_stack->setCurrentWidget(m_list);
    m_list->view()->setFocus();
}

bool ModulesScreen::isShowingDetail() const
{
    return m_stack->currentWidget() == m_detail;
}

} // namespace osc
