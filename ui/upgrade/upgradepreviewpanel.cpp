#include "upgradepreviewpanel.h"

#include "common/environmenttask.h"
#include "common/pagelabels.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace osc {

UpgradePreviewPanel::UpgradePreviewPanel(const QString &dataDir, QWidget *parent)
    : QWidget(parent), m_dataDir(dataDir)
{
    auto *title = new QLabel(tr("Before you upgrade"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    m_preparation = makeWrappingLabel(this, QStringLiteral("previewPreparation"));
    m_features = makeWrappingLabel(this, QStringLiteral("previewFeatures"));
    m_removedTitle = makeWrappingLabel(this, QStringLiteral("previewRemovedApis"));

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("removedApiList"));
    m_list->setAccessibleName(tr("Modules calling removed APIs"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSortingEnabled(true);
    m_list->setHeaderLabels(
        {tr("Module"), tr("Version"), tr("Element"), tr("API"), tr("Removed in"), tr("Instead")});
    m_list->header()->setStretchLastSection(true);
    const QFontMetrics metrics = fontMetrics();
    // A few rows show; more scroll, so the page below stays in view.
    m_list->setMinimumHeight(metrics.lineSpacing() * 5);
    m_list->setMaximumHeight(metrics.lineSpacing() * 10);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_preparation);
    layout->addWidget(m_features);
    layout->addWidget(m_removedTitle);
    layout->addWidget(m_list);

    connect(&m_watcher, &QFutureWatcherBase::finished, this, &UpgradePreviewPanel::onRead);
    showPreview();
}

UpgradePreviewPanel::~UpgradePreviewPanel()
{
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
}

void UpgradePreviewPanel::setRequest(const UpgradeRequest &request)
{
    if (m_request == request)
        return;
    m_request = request;
    m_preview.reset();
    read();
}

void UpgradePreviewPanel::reload()
{
    if (m_request)
        read();
}

void UpgradePreviewPanel::read()
{
    if (m_watcher.isRunning()) { // the newest request is read when this one ends
        m_readAgain = true;
        return;
    }
    showPreview();
    m_watcher.setFuture(runWithEnvironment(
        m_dataDir, [request = *m_request](Environment &e) { return e.upgradePreview(request); }));
}

void UpgradePreviewPanel::onRead()
{
    if (std::exchange(m_readAgain, false)) {
        read(); // asked again meanwhile: this result may be stale
        return;
    }
    const Result<UpgradePreview> result = m_watcher.result();
    if (result) {
        m_preview = *result;
        showPreview();
    } else {
        m_preview.reset();
        m_preparation->setText(tr("The preview could not be read: %1").arg(result.error().message));
        m_features->clear();
        m_removedTitle->clear();
        m_list->clear();
        m_list->setVisible(false);
    }
    emit loaded();
}

QString UpgradePreviewPanel::summaryText() const
{
    QStringList lines;
    for (const QLabel *label : {m_preparation, m_features, m_removedTitle}) {
        if (!label->text().isEmpty())
            lines << label->text();
    }
    return lines.join(u'\n');
}

void UpgradePreviewPanel::showPreview()
{
    m_list->clear();
    if (!m_preview) {
        m_preparation->setText(m_request ? tr("Checking the modules\u2026") : QString());
        m_features->clear();
        m_removedTitle->clear();
        m_list->setVisible(false);
        return;
    }
    const UpgradePreview &preview = *m_preview;
    const QString to = preview.plan.to.toString();
    m_preparation->setText(
        preview.plan.prepare
            ? tr("The modules preparation will compile %n module(s) with platform version %1, "
                 "without deploying them.",
                 nullptr, preview.modulesToPrepare)
                  .arg(to)
            : preview.plan.noPreparationReason);

    QStringList features;
    for (PlatformFeature feature : preview.newFeatures)
        features << QStringLiteral("\u2022 ") + featureName(feature);
    m_features->setText(features.isEmpty()
                            ? tr("Platform version %1 brings no new upgrade feature.").arg(to)
                            : tr("New with platform version %1:").arg(to) + u'\n'
                                + features.join(u'\n'));

    const int modules = preview.modulesUsingRemovedApis();
    QString removed = modules == 0
        ? tr("No module calls an API that platform version %1 removed.").arg(to)
        : tr("%n module(s) call APIs that platform version %1 removed: they fail to compile "
             "until they are changed and published again.",
             nullptr, modules)
              .arg(to);
    if (!preview.unreadableSources.isEmpty())
        removed += u'\n'
            + tr("Not checked (source file unreadable): %1")
                  .arg(preview.unreadableSources.join(QStringLiteral(", ")));
    m_removedTitle->setText(removed);

    QList<QTreeWidgetItem *> items;
    for (const RemovedApiUse &use : preview.removedApiUses) {
        auto *item = new QTreeWidgetItem({use.module, QString::number(use.version), use.element,
                                          use.api, use.removedIn.toString(), use.advice});
        for (int column = 0; column < item->columnCount(); ++column)
            item->setToolTip(column, item->text(column));
        items << item;
    }
    m_list->addTopLevelItems(items);
    m_list->sortByColumn(0, Qt::AscendingOrder);
    // As wide as the values (a few rows, a few columns), the advice taking the rest.
    for (int column = 0; column < m_list->columnCount() - 1; ++column)
        m_list->resizeColumnToContents(column);
    m_list->setVisible(!items.isEmpty());
}

} // namespace osc
