#pragma once

#include "logs/logrecord.h"

#include <QWidget>

class QTextBrowser;
class QUrl;

namespace osc {

// Every field of one log entry, read only and selectable: when, where (server,
// process, thread, platform version), the operation and step, the full message and
// the full detail (diagnostics, stack, file path), and what FILE_IN_USE and
// PRODUCER_NOT_PREPARED say in their text (the file, the processes holding it, the
// producer whose failure to look at). Links: "entry:<id>" and "producer:<name>",
// emitted with linkActivated().
class LogDetailView final : public QWidget
{
    Q_OBJECT

public:
    explicit LogDetailView(QWidget *parent = nullptr);

    void showRecord(LogKind kind, const LogRecord &record);
    void showLoading();
    // A line in place of an entry: nothing selected, the entry was purged, …
    void showNotice(const QString &text);

    qint64 shownId() const { return m_id; }
    QString text() const; // as plain text, for tests
    QTextBrowser *browser() const { return m_browser; }

signals:
    void linkActivated(const QUrl &url);

private:
    QTextBrowser *m_browser = nullptr;
    qint64 m_id = 0;
};

} // namespace osc
