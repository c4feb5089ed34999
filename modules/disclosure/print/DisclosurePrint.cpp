#include "DisclosurePrint.h"

#include "PdfTextMap.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFontDatabase>
#include <QJsonArray>
#include <QPdfWriter>
#include <QPromise>
#include <QSaveFile>
#include <QTextDocument>
#include <QThread>
#include <mutex>

namespace GovDesk::Disclosure {

using Core::ErrorCode;
using Core::fail;

namespace {

// The first installed family of each list (the standard's own first).
QString family(const QStringList &wanted)
{
    const QStringList installed = QFontDatabase::families(QFontDatabase::SimplifiedChinese);
    for (const QString &name : wanted) {
        if (installed.contains(name))
            return name;
    }
    return wanted.constLast();
}

QString bodyFamily()
{
    return family({QStringLiteral("仿宋_GB2312"), QStringLiteral("FangSong_GB2312"), QStringLiteral("仿宋"),
                   QStringLiteral("Noto Serif CJK SC"), QStringLiteral("Noto Sans CJK SC")});
}

QString titleFamily()
{
    return family({QStringLiteral("方正小标宋简体"), QStringLiteral("FZXiaoBiaoSong-B05S"),
                   QStringLiteral("Noto Serif CJK SC"), QStringLiteral("Noto Sans CJK SC")});
}

QString headingFamily()
{
    return family({QStringLiteral("黑体"), QStringLiteral("SimHei"), QStringLiteral("Noto Sans CJK SC")});
}

QString paragraphs(const QString &text)
{
    QString html;
    for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        html += QStringLiteral("<p style=\"text-indent:2em; margin:0; line-height:150%\">%1</p>")
                    .arg(line.toHtmlEscaped());
    return html;
}

QString style()
{
    // 三号 (16pt) body, 二号 (22pt) title, tables at 四号/小四 so that eight columns fit A4.
    return QStringLiteral(
               "<style>body { font-family: '%1'; font-size: 16pt; }"
               " h1 { font-family: '%2'; font-size: 22pt; font-weight: normal; text-align: center; }"
               " h2 { font-family: '%3'; font-size: 16pt; font-weight: normal; }"
               " table { border-collapse: collapse; font-size: 10.5pt; }"
               " th, td { border: 1px solid black; padding: 3px; }</style>")
        .arg(bodyFamily(), titleFamily(), headingFamily());
}

// The radicals the fonts draw with an ideograph's glyph (PdfTextMap): once per set of families.
QHash<char32_t, char32_t> sharedGlyphs()
{
    static std::mutex mutex;
    static QHash<char32_t, char32_t> shared;
    static bool known = false;
    const std::scoped_lock lock(mutex);
    if (!known) {
        shared = Print::PdfTextMap::sharedGlyphs({bodyFamily(), titleFamily(), headingFamily()});
        known = true;
    }
    return shared;
}

} // namespace

QString DisclosurePrint::noticeHtml(const NoticeText &notice)
{
    QString html = QStringLiteral("<html><head>") + style() + QStringLiteral("</head><body>");
    html += QStringLiteral("<h1>%1</h1>").arg(notice.title.toHtmlEscaped());
    html += QStringLiteral("<p align=\"right\">%1</p>").arg(notice.serialLine.toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>").arg(notice.addressee.toHtmlEscaped());
    for (const QString &paragraph : notice.paragraphs)
        html += paragraphs(paragraph);
    html += QStringLiteral("<p>&nbsp;</p><p align=\"right\">%1</p><p align=\"right\">%2</p>")
                .arg(notice.organisation.toHtmlEscaped(), notice.dateLine.toHtmlEscaped());
    return html + QStringLiteral("</body></html>");
}

QString DisclosurePrint::reportHtml(const QJsonObject &report)
{
    QString html = QStringLiteral("<html><head>") + style() + QStringLiteral("</head><body>");
    html += QStringLiteral("<h1>%1</h1>").arg(report.value("title").toString().toHtmlEscaped());
    for (const QJsonValue &value : report.value("sections").toArray()) {
        const QJsonObject section = value.toObject();
        html += QStringLiteral("<h2>%1</h2>").arg(section.value("heading").toString().toHtmlEscaped());
        html += paragraphs(section.value("text").toString());
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

Core::Result<int> DisclosurePrint::writePdf(const QString &html, const QString &path)
{
    QBuffer drawn;
    drawn.open(QIODevice::WriteOnly);
    int pages = 0;
    {
        QPdfWriter writer(&drawn);
        writer.setResolution(300);
        writer.setTitle(QStringLiteral("GovDesk"));
        writer.setCreator(QStringLiteral("GovDesk"));
        // GB/T 9704's margins: 37 mm top, 28 mm left, 26 mm right, 35 mm bottom.
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(28, 37, 26, 35), QPageLayout::Millimeter));
        QTextDocument document;
        document.documentLayout()->setPaintDevice(&writer);
        document.setDefaultFont(QFont(bodyFamily(), 16));
        document.setHtml(html);
        document.setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size());
        document.print(&writer);
        pages = document.pageCount();
    }
    // Text that copies and searches as written (人, not the radical ⼈).
    const auto fixed = Print::PdfTextMap::fix(drawn.data(), sharedGlyphs());
    if (!fixed)
        return std::unexpected(fixed.error());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*fixed) != fixed->size() || !file.commit())
        //: 无法写入 %1：%2
        return fail(ErrorCode::Io, tr("Cannot write %1: %2").arg(path, file.errorString()));
    return pages;
}

QFuture<Core::Result<int>> DisclosurePrint::writePdfAsync(const QString &html, const QString &path)
{
    auto promise = std::make_shared<QPromise<Core::Result<int>>>();
    QFuture<Core::Result<int>> future = promise->future();
    promise->start();
    QThread *thread = QThread::create([promise, html, path] {
        promise->addResult(writePdf(html, path));
        promise->finish();
    });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
    return future;
}

} // namespace GovDesk::Disclosure
