#include "logdetailview.h"

#include "common/formatting.h"
#include "logs/logfacts.h"
#include "operations/operationkind.h"

#include <QFontDatabase>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace osc {

namespace {

QString row(const QString &label, const QString &valueHtml)
{
    return QStringLiteral("<tr><td style=\"padding-right:12px; white-space:nowrap;\"><b>%1</b></td>"
                          "<td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), valueHtml);
}

QString plain(const QString &text)
{
    return text.toHtmlEscaped();
}

QString block(const QString &text, bool fixed)
{
    const QString family
        = fixed ? QFontDatabase::systemFont(QFontDatabase::FixedFont).family() : QString();
    return QStringLiteral("<p style=\"white-space:pre-wrap;%1\">%2</p>")
        .arg(fixed ? QStringLiteral(" font-family:'%1';").arg(family) : QString(),
             text.toHtmlEscaped());
}

} // namespace

LogDetailView::LogDetailView(QWidget *parent) : QWidget(parent), m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("logDetailView"));
    m_browser->setObjectName(QStringLiteral("logDetail"));
    m_browser->setAccessibleName(tr("Entry detail"));
    m_browser->setOpenLinks(false);
    m_browser->setLineWrapMode(QTextEdit::WidgetWidth);
    m_browser->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    connect(m_browser, &QTextBrowser::anchorClicked, this, &LogDetailView::linkActivated);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
    showNotice(tr("Select an entry to see every field."));
}

void LogDetailView::showRecord(LogKind kind, const LogRecord &record)
{
    m_id = record.id;
    QString operation = record.operation;
    if (const std::optional<OperationKind> known = operationFromKey(record.operation))
        operation = operationName(*known);
    if (record.operationId != 0)
        operation = tr("%1 (operation %2)").arg(operation).arg(record.operationId);
    const QString none = QStringLiteral("\u2014");
    const auto orNone = [&](const QString &text) {
        return text.isEmpty() ? none : plain(text);
    };

    QString html = QStringLiteral("<table cellspacing=\"2\">");
    html += row(tr("Entry"), QString::number(record.id));
    html += row(tr("Instant"),
                plain(tr("%1 (UTC %2)")
                          .arg(format::dateTimeSeconds(record.instant),
                               record.instant.toUTC().toString(Qt::ISODateWithMs))));
    QString module = orNone(record.module);
    if (kind == LogKind::Errors && record.moduleVersion > 0)
        module += plain(tr(", version %1").arg(record.moduleVersion));
    html += row(tr("Module"), module);
    html += row(tr("Operation"), orNone(operation));
    if (kind == LogKind::Errors) {
        html += row(tr("Step"), orNone(record.step));
    } else {
        html += row(tr("Event"), orNone(record.step));
        html += row(tr("User"), orNone(record.user));
    }
    html += row(tr("Server"), orNone(record.server));
    html += row(tr("Process id"), record.processId ? QString::number(record.processId) : none);
    if (kind == LogKind::Errors) {
        html += row(tr("Thread"), orNone(record.thread));
        html += row(tr("Platform version"), orNone(record.platformVersion));
        const LogEntryFacts facts = entryFacts(record);
        if (!facts.filePath.isEmpty())
            html += row(tr("File"), plain(facts.filePath));
        if (!facts.holders.isEmpty())
            html += row(tr("Held by"), plain(facts.holders.join(u'\n')).replace(u'\n', "<br>"));
        if (!facts.producer.isEmpty()) {
            html += row(tr("Cause"),
                        QStringLiteral("<a href=\"producer:%1\">%2</a>")
                            .arg(QString::fromUtf8(QUrl::toPercentEncoding(facts.producer)),
                                 plain(tr("Show the failure of producer %1").arg(facts.producer))));
        }
    }
    html += QStringLiteral("</table>");
    html += QStringLiteral("<h4>%1</h4>").arg(plain(tr("Message")));
    html += block(record.message, false);
    if (kind == LogKind::Errors) {
        html += QStringLiteral("<h4>%1</h4>").arg(plain(tr("Detail")));
        html += record.detail.isEmpty() ? QStringLiteral("<p>%1</p>").arg(none)
                                        : block(record.detail, true);
    }
    m_browser->setHtml(html);
}

void LogDetailView::showLoading()
{
    m_id = 0;
    m_browser->setHtml(QStringLiteral("<p>%1</p>").arg(plain(tr("Loading\u2026"))));
}

void LogDetailView::showNotice(const QString &text)
{
    m_id = 0;
    m_browser->setHtml(QStringLiteral("<p style=\"color:%1;\">%2</p>")
                           .arg(palette().color(QPalette::PlaceholderText).name(), plain(text)));
}

QString LogDetailView::text() const
{
    return m_browser->toPlainText();
}

} // namespace osc
