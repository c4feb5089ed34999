// DisclosurePrint: the 信息公开 module's papers as PDF — the 告知书 (ReplyNotice) in an official
// layout and the annual report (a disclosure.report payload) with its tables — laid out as rich
// text (QTextDocument) and written by QPdfWriter, on a worker thread for the UI. QtGui: linked by
// the UI plugin and tests only, never by the core plugin.
#pragma once

#include "ReplyNotice.h"

#include <QFuture>
#include <QJsonObject>

namespace GovDesk::Disclosure {

class DisclosurePrint
{
    Q_DECLARE_TR_FUNCTIONS(GovDesk::Disclosure::DisclosurePrint)
public:
    // The fonts GB/T 9704 asks for where installed (仿宋_GB2312, 方正小标宋简体, 黑体), else Noto CJK SC
    // as modules/documents/print/OfficialFonts falls back.
    [[nodiscard]] static QString noticeHtml(const NoticeText &notice);
    // Sections with their headings, paragraphs and tables, generically as the portal shows them.
    [[nodiscard]] static QString reportHtml(const QJsonObject &report);

    // A4 PDF of `html` at `path` (written to a temporary file, then renamed); returns the page count.
    // Safe on any thread: it creates its own document.
    [[nodiscard]] static Core::Result<int> writePdf(const QString &html, const QString &path);
    // The same on a thread of its own; the UI waits on the future (QFutureWatcher), never blocks.
    [[nodiscard]] static QFuture<Core::Result<int>> writePdfAsync(const QString &html, const QString &path);
};

} // namespace GovDesk::Disclosure
