// BulletinExport: a 通报 as a spreadsheet (.xlsx, libxlsxwriter: a sheet with the title, summary and
// the province's figures, one with every ranking — 前三 in green, 后三 and 未达标 in red — and one with
// the definitions) or as CSV (the same tables one after another, UTF-8 with a BOM for Excel), and
// the HTML of its official PDF for app/print's HtmlPdf.
#pragma once

#include "BulletinTables.h"

namespace GovDesk::Courts {

class BulletinExport
{
    Q_DECLARE_TR_FUNCTIONS(GovDesk::Courts::BulletinExport)
public:
    // Written whole or not at all.
    [[nodiscard]] static Core::Result<> writeXlsx(const Bulletin &bulletin, const CourtDirectory &directory,
                                                  const QString &path);
    [[nodiscard]] static QList<QStringList> csvRows(const Bulletin &bulletin, const CourtDirectory &directory);
    [[nodiscard]] static Core::Result<> writeCsv(const Bulletin &bulletin, const CourtDirectory &directory,
                                                 const QString &path);
    // Title, issuer and period, the summary, the province's figures, the rankings, the definitions.
    [[nodiscard]] static QString html(const Bulletin &bulletin, const CourtDirectory &directory);
};

} // namespace GovDesk::Courts
