// DisclosurePrint: the 信息公开 module's papers — the 告知书 (ReplyNotice) in an official layout and
// the annual report (a disclosure.report payload) with its tables — as official rich text for
// app/print's HtmlPdf, which writes the PDF (on a worker thread for the UI).
// QtGui: linked by the UI plugin and tests only, never by the core plugin.
#pragma once

#include "ReplyNotice.h"

#include <QJsonObject>

namespace GovDesk::Disclosure {

class DisclosurePrint
{
    Q_DECLARE_TR_FUNCTIONS(GovDesk::Disclosure::DisclosurePrint)
public:
    [[nodiscard]] static QString noticeHtml(const NoticeText &notice);
    // Sections with their headings, paragraphs and tables, generically as the portal shows them.
    [[nodiscard]] static QString reportHtml(const QJsonObject &report);
};

} // namespace GovDesk::Disclosure
