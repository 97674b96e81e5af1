#pragma once

#include "engine/execution.h"

#include <QFrame>

#include <optional>

class QLabel;
class QProgressBar;
class QToolButton;

namespace osc {

class ElidedLabel;

// The banner over every screen (seeds 002 and 004) about the environment's newest
// upgrade step, whichever process runs it. While a modules preparation or a Deploy
// All runs or is on hold: what is happening and for which platform version, the
// counts, a thin progress bar, the elapsed time and the time left (once known), and
// "Click here for more details". Once the step ended: its outcome — the execution's
// message; for a preparation with errors PREP_SOME_FAILED, for a failed one
// PREP_STEP_FAILED — with a link to the Error Log when something failed, and a close
// button. A dismissed outcome stays away (remembered per environment in QSettings)
// until the next execution. Its height is fixed while shown: nothing below moves
// when its texts change.
//
// It shows what it is given (showExecution(), from StepMonitor's poll); it does no
// work of its own.
class StepBanner final : public QFrame
{
    Q_OBJECT

public:
    explicit StepBanner(const QString &dataDir, QWidget *parent = nullptr);

    // The newest execution (or none) and the estimated time left (-1: unknown).
    void showExecution(const std::optional<ExecutionSummary> &execution, qint64 etaMs = -1);
    // The execution shown, if any (also while dismissed).
    const std::optional<ExecutionSummary> &execution() const { return m_execution; }

    // The banner has something to show and is not dismissed.
    bool isShowing() const { return m_showing; }
    // The step shown runs or is on hold.
    bool isActive() const;
    // The texts, whole (labels elide them when the window is narrow).
    QString headline() const { return m_headlineText; }
    QString countsText() const { return m_countsText; }
    QString timesText() const { return m_timesText; }
    // How far the step is, 0–100; -1 when no step is shown.
    int percent() const;
    // What runs, in two or three words: "Preparing modules", "Deployment on hold".
    QString activity() const;

    QLabel *detailsLink() const { return m_detailsLink; }
    QLabel *errorLogLink() const { return m_errorLogLink; }
    QToolButton *closeButton() const { return m_closeButton; }

    // Hides an ended step's outcome until the next execution.
    void dismiss();

signals:
    // The operator asked for the step's details / its errors in the Error Log.
    void detailsRequested();
    void errorLogRequested();
    // isShowing(), headline(), counts or percent() changed.
    void changed();
    // The step this banner showed running or on hold has ended (here or elsewhere).
    void stepEnded(const osc::ExecutionSummary &execution);

private:
    void refreshTexts(qint64 etaMs);
    void setTone(const QColor &accent);
    qint64 dismissedId() const;

    QString m_dataDir;
    std::optional<ExecutionSummary> m_execution;
    qint64 m_activeId = 0; // the execution last seen running or on hold
    bool m_showing = false;
    QString m_headlineText;
    QString m_countsText;
    QString m_timesText;
    QColor m_tone;

    ElidedLabel *m_headline = nullptr;
    ElidedLabel *m_counts = nullptr;
    QLabel *m_times = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_detailsLink = nullptr;
    QLabel *m_errorLogLink = nullptr;
    QToolButton *m_closeButton = nullptr;
};

} // namespace osc
