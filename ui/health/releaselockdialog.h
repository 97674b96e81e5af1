#pragma once

#include "health/environmenthealth.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QPushButton;

namespace osc {

// Asks before a module lock is released by hand, saying what it does: which
// operation is interrupted, which modules are freed, and that its process can no
// longer write to them. A live lease (an operation still running) needs the
// operator to tick an explicit acknowledgement first; Cancel is the default.
class ReleaseLockDialog final : public QDialog
{
    Q_OBJECT

public:
    // `lock` as the page showed it; `operationModules`: every module its operation holds.
    ReleaseLockDialog(const LockHealth &lock, const QStringList &operationModules,
                      QWidget *parent = nullptr);

    bool isLive() const { return !m_lock.lease.isStale(); }
    const LockHealth &lock() const { return m_lock; }
    QString consequenceText() const;
    QPushButton *releaseButton() const { return m_release; }
    QCheckBox *acknowledgement() const { return m_acknowledge; } // null for a stale lease

private:
    LockHealth m_lock;
    QStringList m_modules;
    QLabel *m_consequence = nullptr;
    QCheckBox *m_acknowledge = nullptr;
    QPushButton *m_release = nullptr;
};

} // namespace osc
