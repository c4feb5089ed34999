#include "ForestryExport.h"

#include "CsvWriter.h"
#include "DashboardPdf.h"

namespace GovDesk::Forestry {

bool ForestryExport::writeCsv(const QString &path, const QList<QStringList> &rows, QString *error)
{
    return Ui::CsvWriter::write(path, rows, error);
}

bool ForestryExport::writePdf(const QString &path, const PdfContent &content, QString *error)
{
    Ui::DashboardPdf::Content pdf{
        .title = content.title, .subtitle = content.subtitle, .images = content.images};
    if (!content.table.isEmpty())
        pdf.tables.append({.heading = {}, .rows = content.table});
    return Ui::DashboardPdf::write(path, pdf, error);
}

} // namespace GovDesk::Forestry
