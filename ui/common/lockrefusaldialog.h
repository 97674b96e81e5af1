#pragma once

#include <QDialog>

class QLabel;
class QPushButton;

namespace osc {

// Shown when an operation is refused because another operation holds one of its
// modules: core's LOCKED message word for word (selectable, so operators can search
// for it), the holder's process and host, and what the operator can do about it.
//
// It only reports the choice: finished(int) carries a Choice, and whoever opened it
// runs the operation again (or not). Close, Esc and the window's close button are
// Choice::Close.
class LockRefusalDialog final : public QDialog
{
    Q_OBJECT

public:
    enum Choice { Close = QDialog::Rejected, WaitAndRun = 2, TryAgain = 3 };
    Q_ENUM(Choice)

    // `message` is the LOCKED text; `holder` the error's untranslated detail.
    LockRefusalDialog(const QString &message, const QString &holder, QWidget *parent = nullptr);

    QString message() const;
    // Whether "Wait and Run When Free" is offered (it is by default). Work that cannot
    // wait for a lock with a way to cancel the wait offers only Try Again and Close.
    void setWaitOffered(bool offered);

private:
    QLabel *m_message = nullptr;
    QLabel *m_holder = nullptr;
    QLabel *m_hint = nullptr;
    QPushButton *m_waitButton = nullptr;
    QPushButton *m_tryAgainButton = nullptr;
    QPushButton *m_closeButton = nullptr;
};

} // namespace osc
