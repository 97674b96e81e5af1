#pragma once

#include "logs/logentries.h"
#include "logs/logrecord.h"

#include <QDateTime>
#include <QTimer>
#include <QWidget>

class QBoxLayout;
class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QPushButton;

namespace osc {

// The filters of a log screen — time range, module, operation (kind and id) and
// text — and Reset, turned into a LogQuery. Choices apply at once; typed text after
// a short pause (textDelayMs), so a search runs once per word, not per key.
class LogFilterBar final : public QWidget
{
    Q_OBJECT

public:
    enum class TimeRange { Any, LastHour, LastDay, LastWeek, LastTwoWeeks, Since, Between };
    Q_ENUM(TimeRange)
    static constexpr int textDelayMs = 300;
    // Narrower than this, the search field and Reset go to a second row.
    static constexpr int twoRowsBelowWidth = 980;

    explicit LogFilterBar(QWidget *parent = nullptr);

    // The filter as chosen now (a preset range counts back from this moment).
    LogQuery query() const;
    bool isFiltering() const;
    // Clears every filter and emits changed() once.
    void reset();
    // Shows one execution's entries: its operation kind, from its start; the rest cleared.
    void showOperationSince(const QString &operation, const QDateTime &since);

    QComboBox *timeRangeBox() const { return m_range; }
    QDateTimeEdit *fromEdit() const { return m_from; }
    QDateTimeEdit *toEdit() const { return m_to; }
    QLineEdit *moduleEdit() const { return m_module; }
    QComboBox *operationBox() const { return m_operation; }
    QLineEdit *operationIdEdit() const { return m_operationId; }
    QLineEdit *textEdit() const { return m_text; }
    QPushButton *resetButton() const { return m_reset; }
    // Applies typed text now rather than after the pause.
    void applyPendingText();

signals:
    void changed();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void arrange(bool twoRows);
    void onRangeChanged();
    void emitChanged();

    QComboBox *m_range = nullptr;
    QDateTimeEdit *m_from = nullptr;
    QDateTimeEdit *m_to = nullptr;
    QLineEdit *m_module = nullptr;
    QComboBox *m_operation = nullptr;
    QLineEdit *m_operationId = nullptr;
    QLineEdit *m_text = nullptr;
    QPushButton *m_reset = nullptr;
    QBoxLayout *m_firstRow = nullptr;
    QBoxLayout *m_secondRow = nullptr;
    QTimer m_textTimer;
    bool m_quiet = false;
    bool m_twoRows = false;
};

} // namespace osc
