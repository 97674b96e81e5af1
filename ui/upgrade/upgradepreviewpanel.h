#pragma once

#include "environment/environment.h"

#include <QFutureWatcher>
#include <QWidget>

#include <optional>

class QLabel;
class QTreeWidget;

namespace osc {

// "Before you upgrade", under the Platform Upgrade page's target version: how many
// modules the preparation will compile (or why it will not run), the features the
// version brings, and the modules whose running version calls an API it removed,
// each with the API, when it was removed and what to use instead.
//
// setRequest() reads the preview (Environment::upgradePreview) in a worker of the
// global pool; a request equal to the one shown is not read again unless reload()
// is called. The GUI thread only lays out what the worker returns.
class UpgradePreviewPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit UpgradePreviewPanel(const QString &dataDir, QWidget *parent = nullptr);
    ~UpgradePreviewPanel() override;

    void setRequest(const UpgradeRequest &request);
    void reload();

    // The preview shown; empty while loading, or when it could not be read.
    const std::optional<UpgradePreview> &preview() const { return m_preview; }
    QString summaryText() const; // the lines above the list, for tests
    QTreeWidget *removedApiList() const { return m_list; }

signals:
    void loaded(); // a read ended, and the panel shows its result

private:
    void read();
    void onRead();
    void showPreview();

    QString m_dataDir;
    std::optional<UpgradeRequest> m_request;
    bool m_readAgain = false;
    std::optional<UpgradePreview> m_preview;
    QFutureWatcher<Result<UpgradePreview>> m_watcher;

    QLabel *m_preparation = nullptr;
    QLabel *m_features = nullptr;
    QLabel *m_removedTitle = nullptr;
    QTreeWidget *m_list = nullptr;
};

} // namespace osc
