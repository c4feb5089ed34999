#include "DisclosurePrint.h"

#include "HtmlPdf.h"

#include <QJsonArray>

namespace GovDesk::Disclosure {

using Print::HtmlPdf;

QString DisclosurePrint::noticeHtml(const NoticeText &notice)
{
    QString html = QStringLiteral("<html><head>") + HtmlPdf::officialStyle() + QStringLiteral("</head><body>");
    html += HtmlPdf::title(notice.title);
    html += QStringLiteral("<p align=\"right\">%1</p>").arg(notice.serialLine.toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>").arg(notice.addressee.toHtmlEscaped());
    for (const QString &paragraph : notice.paragraphs)
        html += HtmlPdf::paragraphs(paragraph);
    html += QStringLiteral("<p>&nbsp;</p><p align=\"right\">%1</p><p align=\"right\">%2</p>")
                .arg(notice.organisation.toHtmlEscaped(), notice.dateLine.toHtmlEscaped());
    return html + QStringLiteral("</body></html>");
}

QString DisclosurePrint::reportHtml(const QJsonObject &report)
{
    QString html = QStringLiteral("<html><head>") + HtmlPdf::officialStyle() + QStringLiteral("</head><body>");
    html += HtmlPdf::title(report.value("title").toString());
    for (const QJsonValue &value : report.value("sections").toArray()) {
        const QJsonObject section = value.toObject();
        html += HtmlPdf::heading(section.value("heading").toString());
        html += HtmlPdf::paragraphs(section.value("text").toString());
        for (const QJsonValue &tableValue : section.value("tables").toArray()) {
            const QJsonObject table = tableValue.toObject();
            html += QStringLiteral("<p align=\"center\">%1</p>")
                        .arg(table.value("caption").toString().toHtmlEscaped());
            html += QStringLiteral(
                "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"1\"><tr>");
            for (const QJsonValue &column : table.value("columns").toArray())
                html += QStringLiteral("<th>%1</th>").arg(column.toString().toHtmlEscaped());
            html += QStringLiteral("</tr>");
            for (const QJsonValue &rowValue : table.value("rows").toArray()) {
                html += QStringLiteral("<tr>");
                const QJsonArray cells = rowValue.toArray();
                for (qsizetype i = 0; i < cells.size(); ++i)
                    html += QStringLiteral("<td align=\"%1\">%2</td>")
                                .arg(i == 0 ? QStringLiteral("left") : QStringLiteral("center"),
                                     cells.at(i).toString().toHtmlEscaped());
                html += QStringLiteral("</tr>");
            }
            html += QStringLiteral("</table>");
        }
    }
    return html + QStringLiteral("</body></html>");
}

} // namespace GovDesk::Disclosure
