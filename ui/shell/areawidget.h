#pragma once

#include <QStringList>
#include <QWidget>

class QListWidget;
class QStackedWidget;

namespace osc {

class Page;

// One top-level area (Monitoring, Factory, Administration): a side list of its
// screens and the current one. Pages are identified by a stable key such as
// "factory/modules", which the main window stores to reopen the last page.
class AreaWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit AreaWidget(QWidget *parent = nullptr);

    void addPage(const QString &key, const QString &title, Page *page);
    bool hasPage(const QString &key) const { return m_keys.contains(key); }
    QStringList pageKeys() const { return m_keys; }
    Page *page(const QString &key) const;

    QString currentKey() const;
    Page *currentPage() const;
    void setCurrentKey(const QString &key);
    QListWidget *sideList() const { return m_list; }

signals:
    void currentPageChanged(const QString &key);

private:
    QListWidget *m_list = nullptr;
    QStackedWidget *m_stack = nullptr;
    QStringList m_keys;
};

} // namespace osc
