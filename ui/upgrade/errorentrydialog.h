#pragma once

#include "logs/logentries.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace osc {

// One Error Log entry, read only: its message, where and when it happened, and its
// full detail (selectable, to copy into a ticket). Shown from a failed module of an
// execution's details.
class ErrorEntryDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ErrorEntryDialog(QWidget *parent = nullptr);

    void setEntry(const ErrorLogEntry &entry);
    // When the entry cannot be shown: why (it was purged, the log could not be read).
    void setUnavailable(const QString &module, const QString &message, const QString &detail);

    QString message() const;
    QString detail() const;

signals:
    // "Show in the Error Log": the entry shown, in Monitoring > Errors.
    void showInErrorLogRequested(qint64 entryId);

private:
    QLabel *m_message = nullptr;
    QLabel *m_context = nullptr;
    QPlainTextEdit *m_detail = nullptr;
    QPushButton *m_showInLog = nullptr;
    qint64 m_entryId = 0;
};

} // namespace osc
