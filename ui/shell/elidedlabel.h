#pragma once

#include <QLabel>

namespace osc {

// A one-line label that elides its text at the right when it is narrower than the
// text, with the whole text as its tooltip; it never widens its window.
class ElidedLabel final : public QLabel
{
    Q_OBJECT

public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    void setFullText(const QString &text);
    QString fullText() const { return m_fullText; }

    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void elide();

    QString m_fullText;
};

} // namespace osc
