#include "moduledetailpage.h"

#include "common/environmenttask.h"
#include "common/formatting.h"
#include "common/pagelabels.h"
#include "common/statusstyle.h"
#include "common/tones.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace osc {

namespace {

QTreeWidget *makeTable(const QStringList &headers, QWidget *parent)
{
    auto *table = new QTreeWidget(parent);
    table->setHeaderLabels(headers);
    table->setRootIsDecorated(false);
    table->setItemsExpandable(false);
    table->setUniformRowHeights(true);
    table->setAllColumnsShowFocus(true);
    table->setAlternatingRowColors(true);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->header()->setStretchLastSection(false);
    table->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return table;
}

QString reasonText(const ModuleDetail &detail)
{
    switch (detail.reason) {
    case NotUpgradedReason::None:
        return {};
    case NotUpgradedReason::Pending:
        return ModuleDetailPage::tr("The modules preparation has not compiled it yet.");
    case NotUpgradedReason::Failed:
        return ModuleDetailPage::tr("Its compilation failed during the modules preparation: "
                                    "see Compilations for the diagnostics.");
    case NotUpgradedReason::Skipped:
        return detail.blockedBy.isEmpty()
            ? ModuleDetailPage::tr("The modules preparation skipped it because a producer "
                                   "failed.")
            : ModuleDetailPage::tr("The modules preparation skipped it because its producer "
                                   "\u2018%1\u2019 failed.")
                  .arg(detail.blockedBy);
    case NotUpgradedReason::NotTriggered:
        return ModuleDetailPage::tr("The modules preparation did not run for this upgrade.");
    }
    return {};
}

} // namespace

ModuleDetailPage::ModuleDetailPage(const QString &dataDir, const QString &user, QWidget *parent)
    : QWidget(parent), m_dataDir(dataDir), m_user(user)
{
    // Header: back, name, load indicator.
    m_backButton = new QToolButton(this);
    m_backButton->setObjectName(QStringLiteral("backButton"));
    m_backButton->setText(tr("Back to Modules"));
    m_backButton->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    m_backButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_backButton->setAutoRaise(true);
    m_backButton->setToolTip(tr("Back to the list of modules (Alt+Left)"));

    m_nameLabel = new QLabel(this);
    m_nameLabel->setObjectName(QStringLiteral("nameLabel"));
    m_nameLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_nameLabel->setWordWrap(true);
    QFont nameFont = m_nameLabel->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.4);
    nameFont.setBold(true);
    m_nameLabel->setFont(nameFont);

    m_loadBusy = new QProgressBar(this);
    m_loadBusy->setRange(0, 0);
    m_loadBusy->setTextVisible(false);
    m_loadBusy->setMaximumWidth(100);
    m_loadBusy->setAccessibleName(tr("Loading module"));
    m_loadBusy->setVisible(false);

    auto *headerRow = new QHBoxLayout;
    headerRow->addWidget(m_nameLabel, 1);
    headerRow->addWidget(m_loadBusy, 0, Qt::AlignVCenter);

    // Facts.
    m_body = new QWidget(this);
    m_applicationValue = makeValueLabel(m_body, QStringLiteral("applicationValue"));
    m_statusValue = makeValueLabel(m_body, QStringLiteral("statusValue"));
    m_statusValue->setTextFormat(Qt::RichText); // the status colour's dot
    m_runningValue = makeValueLabel(m_body, QStringLiteral("runningValue"));
    m_latestValue = makeValueLabel(m_body, QStringLiteral("latestValue"));
    auto *facts = new QGridLayout;
    facts->setHorizontalSpacing(12);
    const auto addFact = [&](int row, int column, const QString &label, QLabel *value) {
        auto *name = new QLabel(label, m_body);
        name->setForegroundRole(QPalette::PlaceholderText);
        facts->addWidget(name, row, column * 2, Qt::AlignLeft | Qt::AlignTop);
        facts->addWidget(value, row, column * 2 + 1, Qt::AlignLeft | Qt::AlignTop);
    };
    addFact(0, 0, tr("Application:"), m_applicationValue);
    addFact(0, 1, tr("Status:"), m_statusValue);
    addFact(1, 0, tr("Running version:"), m_runningValue);
    addFact(1, 1, tr("Latest version:"), m_latestValue);
    facts->setColumnStretch(1, 1);
    facts->setColumnStretch(3, 2);

    // Why the status is what it is.
    m_statusPanel = new QFrame(m_body);
    m_statusPanel->setObjectName(QStringLiteral("statusPanel"));
    m_statusMessage = new QLabel(m_statusPanel);
    m_statusMessage->setObjectName(QStringLiteral("statusMessage"));
    m_statusMessage->setWordWrap(true);
    m_statusMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_statusMessage->setTextFormat(Qt::PlainText);
    auto *statusLayout = new QVBoxLayout(m_statusPanel);
    statusLayout->addWidget(m_statusMessage);
    m_statusPanel->setVisible(false);

    // Publish.
    m_versionCombo = new QComboBox(m_body);
    m_versionCombo->setObjectName(QStringLiteral("versionCombo"));
    m_versionCombo->setAccessibleName(tr("Version to publish"));
    m_versionCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *versionLabel = new QLabel(tr("Versio&n:"), m_body);
    versionLabel->setBuddy(m_versionCombo);
    m_publishButton = new QPushButton(tr("&Publish"), m_body);
    m_publishButton->setObjectName(QStringLiteral("publishButton"));
    m_publishButton->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_deleteButton = new QPushButton(tr("De&lete\u2026"), m_body);
    m_deleteButton->setObjectName(QStringLiteral("deleteButton"));
    m_deleteButton->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
    m_operationBusy = new QProgressBar(m_body);
    m_operationBusy->setObjectName(QStringLiteral("operationBusy"));
    m_operationBusy->setRange(0, 0);
    m_operationBusy->setTextVisible(false);
    m_operationBusy->setMaximumWidth(100);
    m_operationBusy->setVisible(false);
    m_operationBusyLabel = new QLabel(m_body);
    m_operationBusyLabel->setObjectName(QStringLiteral("operationBusyLabel"));
    m_operationBusyLabel->setTextFormat(Qt::PlainText);
    m_operationBusyLabel->setVisible(false);
    // A long module name in the busy text gives way rather than widening the page.
    m_operationBusyLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto *publishRow = new QHBoxLayout;
    publishRow->addWidget(versionLabel);
    publishRow->addWidget(m_versionCombo);
    publishRow->addWidget(m_publishButton);
    publishRow->addSpacing(8);
    publishRow->addWidget(m_deleteButton);
    publishRow->addSpacing(8);
    publishRow->addWidget(m_operationBusy);
    publishRow->addWidget(m_operationBusyLabel, 1);
    publishRow->addStretch(0); // takes the room while the busy label is hidden

    // The outcome of the last operation: success, or the error with every diagnostic.
    m_outcomePanel = new QFrame(m_body);
    m_outcomePanel->setObjectName(QStringLiteral("outcomePanel"));
    m_outcomeHeadline = new QLabel(m_outcomePanel);
    m_outcomeHeadline->setObjectName(QStringLiteral("outcomeHeadline"));
    m_outcomeHeadline->setWordWrap(true);
    m_outcomeHeadline->setTextFormat(Qt::PlainText);
    m_outcomeHeadline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_outcomeDetails = new QPlainTextEdit(m_outcomePanel);
    m_outcomeDetails->setObjectName(QStringLiteral("outcomeDetails"));
    m_outcomeDetails->setReadOnly(true);
    m_outcomeDetails->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_outcomeDetails->setMaximumHeight(fontMetrics().lineSpacing() * 8);
    m_outcomeDetails->setAccessibleName(tr("Diagnostics of the last operation"));
    auto *dismiss = new QToolButton(m_outcomePanel);
    dismiss->setAutoRaise(true);
    dismiss->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    dismiss->setToolTip(tr("Dismiss"));
    dismiss->setAccessibleName(tr("Dismiss"));
    auto *outcomeTop = new QHBoxLayout;
    outcomeTop->addWidget(m_outcomeHeadline, 1);
    outcomeTop->addWidget(dismiss, 0, Qt::AlignTop);
    auto *outcomeLayout = new QVBoxLayout(m_outcomePanel);
    outcomeLayout->addLayout(outcomeTop);
    outcomeLayout->addWidget(m_outcomeDetails);
    m_outcomePanel->setVisible(false);
    connect(dismiss, &QToolButton::clicked, m_outcomePanel, &QWidget::hide);

    m_tabs = new QTabWidget(m_body);
    m_tabs->setObjectName(QStringLiteral("detailTabs"));
    m_tabs->addTab(buildVersionsTab(), tr("Versions"));
    m_tabs->addTab(buildDependenciesTab(), tr("Producers and Consumers"));
    m_tabs->addTab(buildCompilationsTab(), tr("Compilations"));
    m_tabs->addTab(buildDeploymentTab(), tr("Deployment"));
    m_tabs->addTab(buildSettingsTab(), tr("Settings"));

    auto *bodyLayout = new QVBoxLayout(m_body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->addLayout(facts);
    bodyLayout->addWidget(m_statusPanel);
    bodyLayout->addSpacing(4);
    bodyLayout->addLayout(publishRow);
    bodyLayout->addWidget(m_outcomePanel);
    bodyLayout->addWidget(m_tabs, 1);

    m_loadErrorLabel = new QLabel(this);
    m_loadErrorLabel->setObjectName(QStringLiteral("loadError"));
    m_loadErrorLabel->setWordWrap(true);
    m_loadErrorLabel->setAlignment(Qt::AlignCenter);
    m_loadErrorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_bodyStack = new QStackedWidget(this);
    m_bodyStack->addWidget(m_body);
    m_bodyStack->addWidget(m_loadErrorLabel);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_backButton, 0, Qt::AlignLeft);
    layout->addLayout(headerRow);
    layout->addWidget(m_bodyStack, 1);

    connect(m_backButton, &QToolButton::clicked, this, &ModuleDetailPage::backRequested);
    for (const QKeySequence &sequence :
         {QKeySequence(QKeySequence::Back), QKeySequence(Qt::Key_Escape)}) {
        auto *shortcut = new QShortcut(sequence, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &ModuleDetailPage::backRequested);
    }
    connect(m_publishButton, &QPushButton::clicked, this, [this] { publish(); });
    connect(m_deleteButton, &QPushButton::clicked, this, &ModuleDetailPage::deleteModule);
    connect(m_applyButton, &QPushButton::clicked, this, &ModuleDetailPage::applySettings);
    connect(m_revertButton, &QPushButton::clicked, this, &ModuleDetailPage::revertSettings);
    connect(m_versionCombo, &QComboBox::currentIndexChanged, this,
            &ModuleDetailPage::updateOperationControls);
    connect(&m_loadWatcher, &QFutureWatcherBase::finished, this, &ModuleDetailPage::onLoadFinished);
    m_operations = new ModuleOperations(m_dataDir, m_user, this);
    connect(m_operations, &ModuleOperations::stateChanged, this,
            &ModuleDetailPage::updateOperationControls);
    connect(m_operations, &ModuleOperations::finished, this,
            &ModuleDetailPage::onOperationFinished);
    setFocusProxy(m_tabs);
    updateOperationControls();
}

ModuleDetailPage::~ModuleDetailPage()
{
    m_loadWatcher.waitForFinished();
    // Waits for a running operation while the page is still whole.
    delete m_operations;
}

QWidget *ModuleDetailPage::buildVersionsTab()
{
    m_versions
        = makeTable({tr("Version"), tr("Uploaded"), tr("By"), tr("Size"), tr("Running")}, this);
    m_versions->setObjectName(QStringLiteral("versionsTable"));
    m_versions->setAccessibleName(tr("Versions"));
    // Activating a version selects it for publishing.
    connect(m_versions, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const int index = m_versionCombo->findData(item->data(0, Qt::UserRole));
        if (index >= 0)
            m_versionCombo->setCurrentIndex(index);
        m_publishButton->setFocus();
    });
    return m_versions;
}

QWidget *ModuleDetailPage::buildDependenciesTab()
{
    auto *tab = new QWidget(this);
    const auto makeColumn = [&](const QString &title, const QString &hint, QListWidget **list,
                                QLabel **empty, const QString &emptyText) {
        auto *column = new QVBoxLayout;
        auto *label = new QLabel(title, tab);
        QFont font = label->font();
        font.setBold(true);
        label->setFont(font);
        auto *hintLabel = new QLabel(hint, tab);
        hintLabel->setForegroundRole(QPalette::PlaceholderText);
        hintLabel->setWordWrap(true);
        *list = new QListWidget(tab);
        (*list)->setUniformItemSizes(true);
        label->setBuddy(*list);
        *empty = new QLabel(emptyText, tab);
        (*empty)->setForegroundRole(QPalette::PlaceholderText);
        column->addWidget(label);
        column->addWidget(hintLabel);
        column->addWidget(*list, 1);
        column->addWidget(*empty);
        column->addStretch(0);
        connect(*list, &QListWidget::itemActivated, this,
                [this](QListWidgetItem *item) { showModule(item->text()); });
        return column;
    };
    auto *layout = new QHBoxLayout(tab);
    layout->addLayout(makeColumn(tr("P&roducers"), tr("Modules this module references."),
                                 &m_producers, &m_noProducers,
                                 tr("This module references no other module.")));
    layout->addSpacing(12);
    layout->addLayout(makeColumn(tr("C&onsumers"), tr("Modules that reference this module."),
                                 &m_consumers, &m_noConsumers,
                                 tr("No module references this module.")));
    m_producers->setObjectName(QStringLiteral("producersList"));
    m_consumers->setObjectName(QStringLiteral("consumersList"));
    return tab;
}

QWidget *ModuleDetailPage::buildCompilationsTab()
{
    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_compilations = makeTable(
        {tr("Version"), tr("Platform"), tr("Result"), tr("Finished"), tr("Duration"), tr("Size")},
        splitter);
    m_compilations->setObjectName(QStringLiteral("compilationsTable"));
    m_compilations->setAccessibleName(tr("Compilations"));
    auto *diagnosticsBox = new QWidget(splitter);
    m_diagnosticsTitle = new QLabel(diagnosticsBox);
    m_diagnostics = new QPlainTextEdit(diagnosticsBox);
    m_diagnostics->setObjectName(QStringLiteral("compilationDiagnostics"));
    m_diagnostics->setReadOnly(true);
    m_diagnostics->setAccessibleName(tr("Diagnostics"));
    m_diagnosticsTitle->setBuddy(m_diagnostics);
    auto *diagnosticsLayout = new QVBoxLayout(diagnosticsBox);
    diagnosticsLayout->setContentsMargins(0, 4, 0, 0);
    diagnosticsLayout->addWidget(m_diagnosticsTitle);
    diagnosticsLayout->addWidget(m_diagnostics, 1);
    splitter->addWidget(m_compilations);
    splitter->addWidget(diagnosticsBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    connect(m_compilations, &QTreeWidget::currentItemChanged, this,
            &ModuleDetailPage::showCompilationDiagnostics);
    return splitter;
}

QWidget *ModuleDetailPage::buildDeploymentTab()
{
    m_deploymentStack = new QStackedWidget(this);
    auto *form = new QWidget(m_deploymentStack);
    m_deploymentVersion = makeValueLabel(form, QStringLiteral("runningVersion"));
    m_deploymentPlatform = makeValueLabel(form, QStringLiteral("runningPlatform"));
    m_deploymentWhen = makeValueLabel(form, QStringLiteral("deployedAt"));
    m_deploymentBy = makeValueLabel(form, QStringLiteral("deployedBy"));
    m_deploymentFolder = makeWrappingLabel(form, QStringLiteral("runningFolder"));
    auto *formLayout = new QFormLayout(form);
    formLayout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    formLayout->addRow(tr("Running version:"), m_deploymentVersion);
    formLayout->addRow(tr("Platform version:"), m_deploymentPlatform);
    formLayout->addRow(tr("Deployed:"), m_deploymentWhen);
    formLayout->addRow(tr("Deployed by:"), m_deploymentBy);
    formLayout->addRow(tr("Running folder:"), m_deploymentFolder);
    auto *none = new QLabel(tr("This module is not deployed: no version of it has been "
                               "published with success."),
                            m_deploymentStack);
    none->setWordWrap(true);
    none->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    none->setForegroundRole(QPalette::PlaceholderText);
    m_deploymentStack->addWidget(form);
    m_deploymentStack->addWidget(none);
    return m_deploymentStack;
}

QWidget *ModuleDetailPage::buildSettingsTab()
{
    auto *tab = new QWidget(this);
    m_settingsPanel = new QWidget(tab);
    auto *intro = new QLabel(tr("The values the module runs with. Applying changed values "
                                "redeploys the module with them (a Configuration update)."),
                             m_settingsPanel);
    intro->setWordWrap(true);
    intro->setForegroundRole(QPalette::PlaceholderText);

    // The form scrolls when a module has many settings; the error and the buttons
    // follow its last row, where the eye is after editing.
    m_settingsScroll = new QScrollArea(m_settingsPanel);
    m_settingsScroll->setObjectName(QStringLiteral("settingsScroll"));
    m_settingsScroll->setWidgetResizable(true);
    m_settingsScroll->setFrameShape(QFrame::NoFrame);
    m_settingsScroll->viewport()->setAutoFillBackground(false);
    auto *content = new QWidget;
    m_settingsContent = new QVBoxLayout(content);
    m_settingsContent->setContentsMargins(0, 0, 0, 0);

    // Core's message when it rejects a value: it names the setting and what it accepts.
    m_settingsError = makeErrorBanner(content, QStringLiteral("settingsError"));

    m_applyButton = new QPushButton(tr("Apply &Settings"), content);
    m_applyButton->setObjectName(QStringLiteral("applySettingsButton"));
    m_revertButton = new QPushButton(tr("R&evert"), content);
    m_revertButton->setObjectName(QStringLiteral("revertSettingsButton"));
    m_revertButton->setToolTip(tr("Put back the values the module runs with"));
    m_settingsChanges = new QLabel(content);
    m_settingsChanges->setObjectName(QStringLiteral("settingsChanges"));
    m_settingsChanges->setForegroundRole(QPalette::PlaceholderText);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_applyButton);
    buttons->addWidget(m_revertButton);
    buttons->addSpacing(8);
    buttons->addWidget(m_settingsChanges, 1);

    m_settingsContent->addWidget(new QWidget(content)); // the form, see rebuildSettingsForm()
    m_settingsContent->addSpacing(4);
    m_settingsContent->addWidget(m_settingsError);
    m_settingsContent->addLayout(buttons);
    m_settingsContent->addStretch(1);
    m_settingsScroll->setWidget(content);
    content->setAutoFillBackground(false); // setWidget() turned it on: show the tab's colour

    auto *panelLayout = new QVBoxLayout(m_settingsPanel);
    panelLayout->setContentsMargins(0, 0, 0, 0);
    panelLayout->addWidget(intro);
    panelLayout->addWidget(m_settingsScroll, 1);

    m_noSettings = new QLabel(tr("This module has no settings."), tab);
    m_noSettings->setObjectName(QStringLiteral("noSettings"));
    m_noSettings->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(m_settingsPanel, 1);
    layout->addWidget(m_noSettings);
    layout->addStretch(0);
    rebuildSettingsForm({});
    return tab;
}

QString ModuleDetailPage::SettingEditor::value() const
{
    if (check)
        return check->isChecked() ? QStringLiteral("true") : QStringLiteral("false");
    return line->text();
}

// A form of the module's settings: name, type and an editor holding its current
// value. The values are checked by core when they are applied, so the form takes any
// text: core's message says what a setting accepts.
void ModuleDetailPage::rebuildSettingsForm(const QList<Setting> &settings)
{
    m_settingEditors.clear();
    auto *form = new QWidget(m_settingsScroll->widget());
    form->setObjectName(QStringLiteral("settingsForm"));
    auto *grid = new QGridLayout(form);
    grid->setHorizontalSpacing(12);
    const auto addHeader = [&](int column, const QString &text) {
        auto *header = new QLabel(text, form);
        QFont font = header->font();
        font.setBold(true);
        header->setFont(font);
        grid->addWidget(header, 0, column);
    };
    addHeader(0, tr("Setting"));
    addHeader(1, tr("Type"));
    addHeader(2, tr("Value"));
    int row = 1;
    for (const Setting &setting : settings) {
        SettingEditor editor;
        editor.setting = setting;
        editor.name = new QLabel(setting.name, form);
        editor.name->setTextFormat(Qt::PlainText);
        auto *type = new QLabel(setting.type, form);
        type->setForegroundRole(QPalette::PlaceholderText);
        QWidget *field = nullptr;
        const bool isBoolean = setting.type == QLatin1String("Boolean")
            && (setting.defaultValue == QLatin1String("true")
                || setting.defaultValue == QLatin1String("false"));
        if (isBoolean) {
            editor.check = new QCheckBox(form);
            editor.check->setChecked(setting.defaultValue == QLatin1String("true"));
            connect(editor.check, &QCheckBox::toggled, this,
                    &ModuleDetailPage::updateSettingsState);
            field = editor.check;
        } else {
            editor.line = new QLineEdit(setting.defaultValue, form);
            editor.line->setMinimumWidth(fontMetrics().averageCharWidth() * 24);
            editor.line->setMaximumWidth(fontMetrics().averageCharWidth() * 60);
            connect(editor.line, &QLineEdit::textChanged, this,
                    &ModuleDetailPage::updateSettingsState);
            connect(editor.line, &QLineEdit::returnPressed, this, [this] {
                if (m_applyButton->isEnabled())
                    applySettings();
            });
            field = editor.line;
        }
        field->setObjectName(QStringLiteral("settingEditor:") + setting.name);
        field->setAccessibleName(setting.name);
        editor.name->setBuddy(field);
        grid->addWidget(editor.name, row, 0);
        grid->addWidget(type, row, 1);
        grid->addWidget(field, row, 2, isBoolean ? Qt::AlignLeft : Qt::Alignment());
        m_settingEditors << editor;
        ++row;
    }
    grid->setContentsMargins(0, 4, 0, 0);
    grid->setColumnStretch(2, 3);
    grid->setColumnStretch(3, 1);
    QLayoutItem *previous
        = m_settingsContent->replaceWidget(m_settingsContent->itemAt(0)->widget(), form);
    delete previous->widget();
    delete previous;
    m_settingsForm = form;
}

void ModuleDetailPage::fillSettings(const ModuleDetail &detail)
{
    // The same module with the same settings: update the values in place, keeping
    // what the operator is editing; anything else gets a new form.
    bool sameForm = m_settingsModule == detail.summary.name
        && m_settingEditors.size() == detail.settings.size();
    for (qsizetype i = 0; sameForm && i < detail.settings.size(); ++i) {
        const Setting &setting = m_settingEditors.at(i).setting;
        sameForm = setting.name == detail.settings.at(i).name
            && setting.type == detail.settings.at(i).type;
    }
    if (!sameForm) {
        rebuildSettingsForm(detail.settings);
        m_settingsError->setVisible(false);
    } else {
        for (qsizetype i = 0; i < detail.settings.size(); ++i) {
            SettingEditor &editor = m_settingEditors[i];
            const QString current = detail.settings.at(i).defaultValue;
            const bool edited = editor.value() != editor.setting.defaultValue;
            editor.setting.defaultValue = current;
            if (edited)
                continue;
            if (editor.check)
                editor.check->setChecked(current == QLatin1String("true"));
            else
                editor.line->setText(current);
        }
    }
    m_settingsModule = detail.summary.name;
    m_settingsPanel->setVisible(!detail.settings.isEmpty());
    m_noSettings->setVisible(detail.settings.isEmpty());
    m_tabs->setTabText(4, tr("Settings (%1)").arg(detail.settings.size()));
    updateSettingsState();
}

QMap<QString, QString> ModuleDetailPage::changedSettings() const
{
    QMap<QString, QString> changed;
    for (const SettingEditor &editor : m_settingEditors) {
        if (editor.value() != editor.setting.defaultValue)
            changed.insert(editor.setting.name, editor.value());
    }
    return changed;
}

void ModuleDetailPage::updateSettingsState()
{
    const QMap<QString, QString> changed = changedSettings();
    for (const SettingEditor &editor : std::as_const(m_settingEditors)) {
        const bool edited = changed.contains(editor.setting.name);
        QFont font = editor.name->font();
        font.setBold(edited);
        editor.name->setFont(font);
        editor.name->setToolTip(
            edited ? tr("Changed; it runs with \u2018%1\u2019").arg(editor.setting.defaultValue)
                   : QString());
    }
    const bool busy = m_operations && m_operations->isActive();
    m_applyButton->setEnabled(m_detail.has_value() && !changed.isEmpty() && !busy);
    m_revertButton->setEnabled(
        !changed.isEmpty()
        && !(busy && m_operations->isRunning()
             && m_operations->request().kind == ModuleOperationRequest::Kind::ApplySettings));
    m_settingsChanges->setText(changed.isEmpty()
                                   ? QString()
                                   : tr("%n change(s) not applied", nullptr, int(changed.size())));
    if (busy && m_operations->request().kind == ModuleOperationRequest::Kind::ApplySettings)
        m_applyButton->setToolTip(tr("Applying the settings: wait for it to finish."));
    else if (changed.isEmpty())
        m_applyButton->setToolTip(tr("Change a value to apply it"));
    else
        m_applyButton->setToolTip(
            tr("Redeploy \u2018%1\u2019 with the changed values").arg(m_name));
}

void ModuleDetailPage::revertSettings()
{
    for (SettingEditor &editor : m_settingEditors) {
        if (editor.check)
            editor.check->setChecked(editor.setting.defaultValue == QLatin1String("true"));
        else
            editor.line->setText(editor.setting.defaultValue);
    }
    m_settingsError->setVisible(false);
    updateSettingsState();
}

void ModuleDetailPage::showSettingsError(const QString &message)
{
    m_settingsError->setText(message);
    m_settingsError->setVisible(true);
}

void ModuleDetailPage::showModule(const QString &name)
{
    if (name != m_name) {
        m_name = name;
        m_detail.reset();
        m_outcomePanel->setVisible(false);
        m_nameLabel->setText(name);
        m_tabs->setCurrentIndex(0);
        updateOperationControls();
    }
    reload();
}

void ModuleDetailPage::reload()
{
    if (m_name.isEmpty())
        return;
    if (isLoading()) {
        m_reloadPending = true; // onLoadFinished() starts the next load
        return;
    }
    startLoad();
}

bool ModuleDetailPage::isLoading() const
{
    return m_loadWatcher.isRunning();
}

bool ModuleDetailPage::isPublishing() const
{
    return m_operations->isRunning()
        && m_operations->request().kind == ModuleOperationRequest::Kind::Publish;
}

bool ModuleDetailPage::isBusy() const
{
    return m_operations->isActive();
}

void ModuleDetailPage::startLoad()
{
    m_loadingName = m_name;
    m_reloadPending = false;
    m_loadBusy->setVisible(true);
    m_loadWatcher.setFuture(runWithEnvironment(
        m_dataDir, [name = m_name](Environment &environment) { return environment.module(name); }));
}

void ModuleDetailPage::onLoadFinished()
{
    if (m_loadingName != m_name || m_reloadPending) {
        startLoad();
        return;
    }
    m_loadBusy->setVisible(false);
    const Result<ModuleDetail> result = m_loadWatcher.result();
    if (result.ok())
        showDetail(result.value());
    else
        showLoadError(result.error());
    updateOperationControls();
    emit loaded();
}

void ModuleDetailPage::showLoadError(const Error &error)
{
    m_detail.reset();
    m_loadErrorLabel->setText(
        tr("The module \u2018%1\u2019 could not be loaded.\n%2").arg(m_name, error.fullText()));
    m_bodyStack->setCurrentWidget(m_loadErrorLabel);
}

void ModuleDetailPage::showDetail(const ModuleDetail &detail)
{
    m_detail = detail;
    const ModuleSummary &summary = detail.summary;
    m_bodyStack->setCurrentWidget(m_body);
    m_nameLabel->setText(summary.name);
    m_applicationValue->setText(summary.application.isEmpty() ? tr("(none)") : summary.application);
    const QColor statusColour = statusColor(summary.status);
    m_statusValue->setText(
        QStringLiteral("<span style=\"color:%1\">\u25cf</span> %2")
            .arg(statusColour.name(), statusDisplayName(summary.status).toHtmlEscaped()));
    m_runningValue->setText(summary.runningVersion > 0 ? QString::number(summary.runningVersion)
                                                       : tr("Not deployed"));
    m_latestValue->setText(format::versionNumber(summary.latestVersion));

    QStringList statusLines;
    if (!detail.statusMessage.isEmpty())
        statusLines << detail.statusMessage;
    if (const QString reason = reasonText(detail); !reason.isEmpty())
        statusLines << reason;
    else if (!detail.blockedBy.isEmpty())
        statusLines << tr("Blocked by producer \u2018%1\u2019.").arg(detail.blockedBy);
    m_statusMessage->setText(statusLines.join(u'\n'));
    m_statusPanel->setStyleSheet(panelStyle(m_statusPanel->objectName(), statusColour));
    m_statusPanel->setVisible(!statusLines.isEmpty());

    // Versions, and the version selector, newest first.
    const int selectedVersion = m_versionCombo->currentData().toInt();
    m_versions->clear();
    m_versionCombo->blockSignals(true);
    m_versionCombo->clear();
    for (const ModuleVersionInfo &version : detail.versions) {
        auto *item = new QTreeWidgetItem(m_versions);
        item->setText(0, QString::number(version.number));
        item->setData(0, Qt::UserRole, version.number);
        item->setTextAlignment(0, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(1, format::dateTime(version.uploadedAt));
        item->setToolTip(1, format::dateTimeSeconds(version.uploadedAt));
        item->setText(2, version.uploadedBy);
        item->setText(3, format::bytes(version.sourceBytes));
        item->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
        item->setToolTip(0, tr("Source SHA-256: %1").arg(version.sourceHash));
        if (version.running) {
            item->setText(4, tr("Running"));
            item->setIcon(4, statusIcon(ModuleStatus::UpToDate));
            for (int column = 0; column < m_versions->columnCount(); ++column) {
                QFont font = item->font(column);
                font.setBold(true);
                item->setFont(column, font);
            }
        }
        QString label = QString::number(version.number);
        if (version.number == summary.latestVersion && version.running)
            label = tr("%1 (latest, running)").arg(version.number);
        else if (version.number == summary.latestVersion)
            label = tr("%1 (latest)").arg(version.number);
        else if (version.running)
            label = tr("%1 (running)").arg(version.number);
        m_versionCombo->addItem(label, version.number);
    }
    const int keep = m_versionCombo->findData(selectedVersion);
    m_versionCombo->setCurrentIndex(keep >= 0 ? keep : 0);
    m_versionCombo->blockSignals(false);
    m_tabs->setTabText(0, tr("Versions (%1)").arg(detail.versions.size()));

    // Producers and consumers.
    const auto fillList = [](QListWidget *list, QLabel *empty, const QStringList &names) {
        list->clear();
        list->addItems(names);
        list->setVisible(!names.isEmpty());
        empty->setVisible(names.isEmpty());
    };
    fillList(m_producers, m_noProducers, detail.producers);
    fillList(m_consumers, m_noConsumers, detail.consumers);
    m_tabs->setTabText(1,
                       tr("Producers (%1) and Consumers (%2)")
                           .arg(detail.producers.size())
                           .arg(detail.consumers.size()));

    // Compilations, newest first; the newest is selected so its diagnostics show.
    m_compilations->clear();
    for (const CompilationInfo &compilation : detail.compilations) {
        auto *item = new QTreeWidgetItem(m_compilations);
        item->setText(0, QString::number(compilation.moduleVersion));
        item->setTextAlignment(0, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(1, compilation.platformVersion.toString());
        item->setText(2, compilation.succeeded ? tr("Succeeded") : tr("Failed"));
        item->setIcon(
            2,
            statusIcon(compilation.succeeded ? ModuleStatus::UpToDate : ModuleStatus::NotUpgraded));
        item->setText(3, format::dateTimeSeconds(compilation.finishedAt));
        item->setText(4, format::duration(compilation.durationMs));
        item->setTextAlignment(4, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(5,
                      compilation.succeeded ? format::bytes(compilation.artifactBytes)
                                            : QStringLiteral("\u2014"));
        item->setTextAlignment(5, Qt::AlignRight | Qt::AlignVCenter);
        item->setData(0, Qt::UserRole, compilation.id);
    }
    m_tabs->setTabText(2, tr("Compilations (%1)").arg(detail.compilations.size()));
    if (m_compilations->topLevelItemCount() > 0)
        m_compilations->setCurrentItem(m_compilations->topLevelItem(0));
    showCompilationDiagnostics();

    // Deployment.
    if (detail.deployment) {
        const DeploymentInfo &deployment = *detail.deployment;
        m_deploymentVersion->setText(QString::number(deployment.moduleVersion));
        m_deploymentPlatform->setText(deployment.platformVersion.toString());
        m_deploymentWhen->setText(format::dateTimeSeconds(deployment.deployedAt));
        m_deploymentBy->setText(deployment.deployedBy);
        m_deploymentFolder->setText(deployment.runningPath);
        m_deploymentStack->setCurrentIndex(0);
    } else {
        m_deploymentStack->setCurrentIndex(1);
    }

    fillSettings(detail);
}

void ModuleDetailPage::showCompilationDiagnostics()
{
    const QTreeWidgetItem *item = m_compilations->currentItem();
    if (!m_detail || !item) {
        m_diagnosticsTitle->setText(tr("&Diagnostics"));
        m_diagnostics->setPlainText(tr("This module has not been compiled yet."));
        return;
    }
    const qint64 id = item->data(0, Qt::UserRole).toLongLong();
    for (const CompilationInfo &compilation : m_detail->compilations) {
        if (compilation.id != id)
            continue;
        m_diagnosticsTitle->setText(tr("&Diagnostics of version %1 with platform %2:")
                                        .arg(compilation.moduleVersion)
                                        .arg(compilation.platformVersion.toString()));
        if (compilation.diagnostics.isEmpty())
            m_diagnostics->setPlainText(compilation.succeeded
                                            ? tr("Compiled with no diagnostics.")
                                            : tr("The compilation failed with no diagnostic."));
        else
            m_diagnostics->setPlainText(compilation.diagnostics.join(u'\n'));
        return;
    }
}

void ModuleDetailPage::updateOperationControls()
{
    const bool busy = m_operations->isActive();
    const bool running = m_operations->isRunning();
    const bool loaded = m_detail.has_value();
    const bool canPublish = loaded && m_versionCombo->count() > 0 && !busy;
    m_publishButton->setEnabled(canPublish);
    m_versionCombo->setEnabled(canPublish);
    m_deleteButton->setEnabled(loaded && !busy);
    const QString doing = m_operations->progressText();
    if (busy) {
        const QString wait = doing.isEmpty()
            ? tr("An operation is in progress: wait for it to end.")
            : tr("%1 Wait for it to end.").arg(doing);
        m_publishButton->setToolTip(wait);
        m_deleteButton->setToolTip(wait);
    } else if (loaded) {
        m_publishButton->setToolTip(
            canPublish ? tr("Compile version %1 of \u2018%2\u2019 and deploy it (1-Click Publish)")
                             .arg(m_versionCombo->currentData().toInt())
                             .arg(m_name)
                       : QString());
        m_deleteButton->setToolTip(
            tr("Delete \u2018%1\u2019: it stops running; you are asked to confirm").arg(m_name));
    } else {
        m_publishButton->setToolTip({});
        m_deleteButton->setToolTip({});
    }
    m_operationBusy->setVisible(running);
    m_operationBusy->setAccessibleName(doing);
    m_operationBusyLabel->setText(doing);
    m_operationBusyLabel->setToolTip(doing);
    m_operationBusyLabel->setVisible(running);
    updateSettingsState();
}

void ModuleDetailPage::publish(int version)
{
    if (!m_detail || isBusy())
        return;
    if (version <= 0)
        version = m_versionCombo->currentData().toInt();
    m_outcomePanel->setVisible(false);
    m_operations->publish(m_name, version);
}

void ModuleDetailPage::deleteModule()
{
    if (!m_detail || isBusy())
        return;
    m_outcomePanel->setVisible(false);
    m_operations->deleteModule(m_name);
}

void ModuleDetailPage::applySettings()
{
    const QMap<QString, QString> changed = changedSettings();
    if (!m_detail || isBusy() || changed.isEmpty())
        return;
    m_outcomePanel->setVisible(false);
    m_settingsError->setVisible(false);
    m_operations->applySettings(m_name, changed);
}

void ModuleDetailPage::onOperationFinished(const ModuleOperationResult &result)
{
    using Kind = ModuleOperationRequest::Kind;
    using Status = ModuleOperationResult::Status;
    const bool shown = result.request.module == m_name;
    const bool deletedHere = result.request.kind == Kind::Delete && result.succeeded() && shown;
    if (shown) {
        if (result.request.kind == Kind::ApplySettings && result.status == Status::Failed
            && result.error && result.error->code == ErrorCode::BadInput) {
            // A rejected value: say so next to the form, which keeps the edits.
            m_tabs->setCurrentWidget(m_settingsPanel->parentWidget());
            showSettingsError(result.error->fullText());
        } else if (result.status == Status::Succeeded && !deletedHere) {
            showOutcome(true, result.summary, {});
        } else if (result.status == Status::Failed) {
            showOutcome(false, result.summary, result.error ? result.error->detail : QString());
        }
    }
    updateOperationControls();
    if (result.request.kind == Kind::Publish)
        emit publishFinished(result.succeeded(), result.summary);
    emit operationFinished(result);
    if (result.changedEnvironment()) {
        if (!deletedHere)
            reload();
        emit modulesChanged();
    }
    if (deletedHere) {
        emit moduleDeleted(result.request.module);
        emit backRequested();
    }
}

void ModuleDetailPage::showOutcome(bool succeeded, const QString &headline, const QString &details)
{
    const QColor accent
        = statusColor(succeeded ? ModuleStatus::UpToDate : ModuleStatus::NotUpgraded);
    m_outcomePanel->setStyleSheet(panelStyle(m_outcomePanel->objectName(), accent));
    QString text = headline;
    if (!details.isEmpty()) {
        const qsizetype lines = details.count(u'\n') + 1;
        text += u'\n' + tr("%n diagnostic(s):", nullptr, int(lines));
    }
    m_outcomeHeadline->setText(text);
    m_outcomeDetails->setPlainText(details);
    m_outcomeDetails->setVisible(!details.isEmpty());
    m_outcomePanel->setVisible(true);
}

} // namespace osc
