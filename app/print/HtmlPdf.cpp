#include "HtmlPdf.h"

#include "PdfTextMap.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFontDatabase>
#include <QPdfWriter>
#include <QPromise>
#include <QSaveFile>
#include <QTextDocument>
#include <QThread>
#include <mutex>

namespace GovDesk::Print {

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

// The radicals the fonts draw with an ideograph's glyph (PdfTextMap): once per set of families.
QHash<char32_t, char32_t> sharedGlyphs()
{
    static std::mutex mutex;
    static QHash<char32_t, char32_t> shared;
    static bool known = false;
    const std::scoped_lock lock(mutex);
    if (!known) {
        shared = PdfTextMap::sharedGlyphs({HtmlPdf::bodyFamily(), HtmlPdf::titleFamily(), HtmlPdf::headingFamily()});
        known = true;
    }
    return shared;
}

} // namespace

QString HtmlPdf::bodyFamily()
{
    return family({QStringLiteral("仿宋_GB2312"), QStringLiteral("FangSong_GB2312"), QStringLiteral("仿宋"),
                   QStringLiteral("Noto Serif CJK SC"), QStringLiteral("Noto Sans CJK SC")});
}

QString HtmlPdf::titleFamily()
{
    return family({QStringLiteral("方正小标宋简体"), QStringLiteral("FZXiaoBiaoSong-B05S"),
                   QStringLiteral("Noto Serif CJK SC"), QStringLiteral("Noto Sans CJK SC")});
}

QString HtmlPdf::headingFamily()
{
    return family({QStringLiteral("黑体"), QStringLiteral("SimHei"), QStringLiteral("Noto Sans CJK SC")});
}

QString HtmlPdf::paragraphs(const QString &text)
{
    QString html;
    for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        html += QStringLiteral("<p style=\"text-indent:2em; margin:0; line-height:150%\">%1</p>")
                    .arg(line.toHtmlEscaped());
    return html;
}

QString HtmlPdf::title(const QString &text)
{
    return QStringLiteral("<p class=\"title\" align=\"center\">%1</p>").arg(text.toHtmlEscaped());
}

QString HtmlPdf::heading(const QString &text)
{
    return QStringLiteral("<p class=\"heading\">%1</p>").arg(text.toHtmlEscaped());
}

QString HtmlPdf::officialStyle(double tablePointSize)
{
    return QStringLiteral(
               "<style>body { font-family: '%1'; font-size: 16pt; }"
               " p.title { font-family: '%2'; font-size: 22pt; margin-top: 12pt; margin-bottom: 12pt; }"
               " p.heading { font-family: '%3'; font-size: 16pt; margin-top: 12pt; margin-bottom: 6pt; }"
               " table { border-collapse: collapse; font-size: %4pt; }"
               " th, td { border: 1px solid black; padding: 3px; }</style>")
        .arg(bodyFamily(), titleFamily(), headingFamily())
        .arg(tablePointSize);
}

Core::Result<int> HtmlPdf::write(const QString &html, const QString &path, QPageLayout::Orientation orientation)
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
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), orientation,
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
    const auto fixed = PdfTextMap::fix(drawn.data(), sharedGlyphs());
    if (!fixed)
        return std::unexpected(fixed.error());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*fixed) != fixed->size() || !file.commit())
        //: 无法写入 %1：%2
        return fail(ErrorCode::Io, tr("Cannot write %1: %2").arg(path, file.errorString()));
    return pages;
}

QFuture<Core::Result<int>> HtmlPdf::writeAsync(const QString &html, const QString &path,
                                               QPageLayout::Orientation orientation)
{
    auto promise = std::make_shared<QPromise<Core::Result<int>>>();
    QFuture<Core::Result<int>> future = promise->future();
    promise->start();
    QThread *thread = QThread::create([promise, html, path, orientation] {
        promise->addResult(write(html, path, orientation));
        promise->finish();
    });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
    return future;
}

} // namespace GovDesk::Print
