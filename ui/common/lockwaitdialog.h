#pragma once

#include <QDialog>

class QLabel;
class QPushButton;

namespace osc {

// "Waiting for '<module>'…": an indeterminate progress while an operation waits for
// a module's lock, with a Cancel button. Not modal: the operator keeps working
// while it waits. Cancel, Esc and the window's close button all emit
// cancelRequested(); cancelling is not an error, the dialog just closes.
class LockWaitDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit LockWaitDialog(const QString &module, QWidget *parent = nullptr);

    // What holds the module, once known.
    void setDetail(const QString &detail);
    QString text() const;
    QString detail() const;

    void reject() override;

signals:
    void cancelRequested();

private:
    QLabel *m_text = nullptr;
    QLabel *m_detail = nullptr;
    QPushButton *m_cancelButton = nullptr;
};

} // namespace osc
