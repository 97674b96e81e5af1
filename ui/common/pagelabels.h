#pragma once

class QLabel;
class QString;
class QWidget;

namespace osc {

// The labels the pages and dialogs build the same way, so that they look alike.

// A section's heading: bold, a tenth larger than the text.
QLabel *makeSectionTitle(const QString &text, QWidget *parent);
// The name of a field beside its value, in the placeholder tone.
QLabel *makeNameLabel(const QString &text, QWidget *parent);
// A value: plain text (a module name is never markup), selectable to copy; one line.
QLabel *makeValueLabel(QWidget *parent, const QString &objectName);
// The same, wrapped at the label's width.
QLabel *makeWrappingLabel(QWidget *parent, const QString &objectName);
// A hidden banner for an error message, in red: wrapped, plain text, selectable.
QLabel *makeErrorBanner(QWidget *parent, const QString &objectName);

} // namespace osc
