// HtmlPdf: official papers laid out as rich text and written as A4 PDF — the 通知书, reports and
// 通报 that modules print. The GB/T 9704 faces where installed (仿宋_GB2312, 方正小标宋简体, 黑体),
// else Noto CJK SC; the standard's margins; the text fixed so that it copies as written
// (PdfTextMap). QtGui only; safe on any thread (each write has its own document).
#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QFuture>
#include <QPageLayout>

namespace GovDesk::Print {

class HtmlPdf
{
    Q_DECLARE_TR_FUNCTIONS(GovDesk::Print::HtmlPdf)
public:
    [[nodiscard]] static QString bodyFamily();    // 仿宋
    [[nodiscard]] static QString titleFamily();   // 小标宋
    [[nodiscard]] static QString headingFamily(); // 黑体

    // The <style> of an official paper: 三号 body, 二号 title (title(), centred), 三号 黑体 headings
    // (heading()), ruled tables at `tablePointSize` (四号/小四 so that eight columns fit A4).
    [[nodiscard]] static QString officialStyle(double tablePointSize = 10.5);
    // The paper's title and a heading (escaped). Paragraphs, not <h1>/<h2>: QTextDocument enlarges
    // headings beyond their CSS size (a 22pt <h1> prints at about 32pt).
    [[nodiscard]] static QString title(const QString &text);
    [[nodiscard]] static QString heading(const QString &text);
    // Text with line breaks as indented paragraphs (escaped).
    [[nodiscard]] static QString paragraphs(const QString &text);

    // `html` as an A4 PDF at `path` (written whole or not at all); the page count.
    [[nodiscard]] static Core::Result<int> write(const QString &html, const QString &path,
                                                 QPageLayout::Orientation orientation = QPageLayout::Portrait);
    // The same on a thread of its own: the UI waits on the future (QFutureWatcher), never blocks.
    [[nodiscard]] static QFuture<Core::Result<int>>
    writeAsync(const QString &html, const QString &path, QPageLayout::Orientation orientation = QPageLayout::Portrait);
};

} // namespace GovDesk::Print
