#include "DocumentPreview.h"

#include "ChineseDate.h"
#include "DemoSeals.h"
#include "SealImage.h"
#include "SealRecord.h"

#include <QRegularExpression>
#include <QStringList>
#include <QTextDocument>
#include <QUrl>

namespace GovDesk::Documents {

namespace {

// 仿宋 and 小标宋 where the desktop has them (government desktops do); Noto CJK otherwise.
const QString BodyFont = QStringLiteral("'FangSong', '仿宋', '仿宋_GB2312', 'Noto Serif CJK SC', serif");
const QString TitleFont = QStringLiteral("'FZXiaoBiaoSong-B05S', '方正小标宋简体', 'Noto Serif CJK SC', serif");
const QString Red = QStringLiteral("#d40000");

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// A rule as a one-cell table: QTextDocument draws <hr> in the text colour only. The cell's font
// size keeps it thin, since an empty cell is at least one line of its font high.
QString line(const QString &colour, int pixels)
{
    return QStringLiteral("<table width='100%' cellspacing='0' cellpadding='0' style='font-size: %2px;'><tr>"
                          "<td bgcolor='%1' style='font-size: %2px;'>&nbsp;</td></tr></table>")
        .arg(colour)
        .arg(pixels);
}

QString redLine()
{
    return line(Red, 2);
}

QString blackLine()
{
    return line(QStringLiteral("#000000"), 1);
}

// 「一、」 headings in 黑体, 「（一）」 in 楷体 (GB/T 9704 7.3.3); the rest 仿宋.
QString paragraphStyle(const QString &paragraph)
{
    static const QRegularExpression first(QStringLiteral("^[一二三四五六七八九十]+、"));
    static const QRegularExpression second(QStringLiteral("^（[一二三四五六七八九十]+）"));
    if (first.match(paragraph).hasMatch())
        return QStringLiteral("font-family: 'SimHei', '黑体', 'Noto Sans CJK SC', sans-serif;");
    if (second.match(paragraph).hasMatch())
        return QStringLiteral("font-family: 'KaiTi', '楷体', 'AR PL UKai CN', serif;");
    return {};
}

} // namespace

std::optional<PreviewSeal> DocumentPreview::addSealImage(QTextDocument &page, const OfficialDocument &document)
{
    if (!document.seal.sealed)
        return std::nullopt;
    SealedSignature signature{.issuerName = document.issuerName,
                              .date = formatChineseDate(document.issuedOn),
                              .organisation = document.issuerName,
                              .sealName = {},
                              .font = page.defaultFont()};
    signature.font.setFamilies({QStringLiteral("FangSong"), QStringLiteral("仿宋"), QStringLiteral("仿宋_GB2312"),
                                QStringLiteral("Noto Serif CJK SC")});
    signature.font.setPointSizeF(14);
    // The seal shows the name its certificate carries, which is what was verified.
    if (auto record = SealRecord::fromJson(document.seal.signature); record && !record->sealName.isEmpty())
        signature.organisation = record->sealName;
    if (DemoSeals::isDemoSeal(document.seal.sealId))
        // Not translated: printed on the seal itself, like the standard's words on the page.
        signature.sealName = QStringLiteral("演示印章");
    const QImage image = SealImage::signatureBlock(signature);
    const QString name = QStringLiteral("govdesk-seal://signature/%1")
                             .arg(qHash(signature.organisation + signature.sealName + signature.date));
    page.addResource(QTextDocument::ImageResource, QUrl(name), image);
    return PreviewSeal{name, (image.deviceIndependentSize()).toSize()};
}

QString DocumentPreview::html(const OfficialDocument &document, const std::optional<PreviewSeal> &seal)
{
    QString html = QStringLiteral("<div style=\"font-family: %1; font-size: 14pt; color: #000;\">").arg(BodyFont);

    // The words printed on the page (附件：, 抄送：, 印发) are the standard's, in every UI language.
    // 版头: 份号, 密级和保密期限, 紧急程度 at the top left, one per line.
    QStringList marks;
    if (!document.copyNumber.isEmpty())
        marks.append(escaped(document.copyNumber));
    if (const QString mark = classificationMark(document.classification, document.secrecyPeriod); !mark.isEmpty())
        marks.append(QStringLiteral("<b>%1</b>").arg(escaped(mark)));
    if (document.urgency != Urgency::Normal)
        marks.append(QStringLiteral("<b>%1</b>").arg(escaped(urgencyName(document.urgency))));
    if (!marks.isEmpty())
        html += QStringLiteral("<p style='font-family: sans-serif;'>%1</p>").arg(marks.join(QStringLiteral("<br/>")));

    const QString issuerMark = document.issuerMark.isEmpty() ? document.issuerName : document.issuerMark;
    html += QStringLiteral("<p align='center' style=\"font-family: %1; font-size: 30pt; color: %2; "
                           "letter-spacing: 2px;\"><b>%3</b></p>")
                .arg(TitleFont, Red, escaped(issuerMark));

    // 发文字号 centred; a 上行文 puts it left and the 签发人 right on the same line.
    const QString number = document.isPendingNumber() ? DocumentNumber().displayText() : document.documentNumber;
    if (document.isUpward() && !document.signers.isEmpty()) {
        html += QStringLiteral("<table width='100%'><tr><td>%1</td><td align='right'>%2</td></tr></table>")
                    .arg(escaped(number),
                         //: 签发人：张伟 on the 版头 of a 上行文
                         tr("Signatory: %1").arg(escaped(document.signers.join(QStringLiteral("　")))));
    } else {
        html += QStringLiteral("<p align='center'>%1</p>").arg(escaped(number));
    }
    html += redLine();

    // 主体
    html += QStringLiteral("<p align='center' style=\"font-family: %1; font-size: 20pt; margin-top: 18px;\">%2</p>")
                .arg(TitleFont, escaped(document.title));
    if (!document.mainRecipients.isEmpty())
        html += QStringLiteral("<p>%1：</p>").arg(escaped(document.mainRecipients.join(QStringLiteral("，"))));
    for (const QString &paragraph : document.body.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        html += QStringLiteral("<p style=\"text-indent: 37px; line-height: 150%; %1\">%2</p>")
                    .arg(paragraphStyle(paragraph), escaped(paragraph));
    if (!document.attachmentNotes.isEmpty()) {
        QStringList lines;
        for (qsizetype i = 0; i < document.attachmentNotes.size(); ++i) {
            const QString line = document.attachmentNotes.size() == 1
                                     ? escaped(document.attachmentNotes.at(i))
                                     : QStringLiteral("%1. %2").arg(i + 1).arg(escaped(document.attachmentNotes.at(i)));
            lines.append(line);
        }
        html += QStringLiteral("<p style='text-indent: 37px;'>附件：%1</p>")
                    .arg(lines.join(QStringLiteral("<br/>　　　　")));
    }
    if (seal) {
        // The seal's top within one line of the text above it (7.3.5.1): no extra margin.
        html += QStringLiteral("<p align='right' style='margin-top: 0px;'><img src='%1' width='%2' height='%3' alt='%4'/></p>")
                    .arg(seal->imageName)
                    .arg(seal->size.width())
                    .arg(seal->size.height())
                    .arg(escaped(document.issuerName + QLatin1Char(' ') + formatChineseDate(document.issuedOn)));
    } else {
        html += QStringLiteral("<p align='right' style='margin-top: 24px;'>%1").arg(escaped(document.issuerName));
        if (document.seal.sealed)
            //: Where the red seal will show once 用印 signs with SM2: （印章）
            html += QStringLiteral(" <span style='color: %1;'>%2</span>").arg(Red, tr("(sealed)"));
        html += QStringLiteral("<br/>%1</p>").arg(escaped(formatChineseDate(document.issuedOn)));
    }
    if (!document.remark.isEmpty())
        html += QStringLiteral("<p style='text-indent: 37px;'>%1</p>").arg(escaped(document.remark));

    // 版记
    if (!document.copyTo.isEmpty() || !document.printedBy.isEmpty()) {
        html += QStringLiteral("<p></p>") + blackLine();
        if (!document.copyTo.isEmpty())
            html += QStringLiteral("<p style='font-size: 12pt;'>抄送：%1。</p>")
                        .arg(escaped(document.copyTo.join(QStringLiteral("，"))));
        if (const QString printed = formatPrintedLine(document.printedBy, document.printedOn); !printed.isEmpty()) {
            html += blackLine();
            html += QStringLiteral("<p style='font-size: 12pt;'>%1</p>").arg(escaped(printed));
        }
        html += blackLine();
    }
    html += QStringLiteral("</div>");
    return html;
}

} // namespace GovDesk::Documents
