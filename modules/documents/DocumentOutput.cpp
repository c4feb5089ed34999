#include "DocumentOutput.h"

#include "DocumentComposer.h"
#include "PageRenderer.h"
#include "RedHeaderSelection.h"
#include "audit/AuditLog.h"
#include "module/ModuleContext.h"

#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QStandardPaths>

namespace GovDesk::Documents {

namespace {

Core::Result<> audit(Core::ModuleContext &context, const QString &event, const LoadedDocument &loaded,
                     const QString &detail)
{
    const Core::SyncAccount account = context.account();
    auto entry = context.audit().append(event, loaded.recordId,
                                        {{QStringLiteral("documentNumber"), loaded.document.documentNumber},
                                         {QStringLiteral("detail"), detail}},
                                        account.userId, QDateTime::currentDateTimeUtc());
    if (!entry)
        return std::unexpected(entry.error());
    return {};
}

QString suggestedFileName(const LoadedDocument &loaded)
{
    QString name = loaded.document.title.isEmpty() ? loaded.recordId : loaded.document.title;
    name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")), QStringLiteral("_"));
    return name.left(80) + QStringLiteral(".pdf");
}

} // namespace

Core::Result<PdfExport> DocumentOutput::exportTo(Core::ModuleContext &context, const LoadedDocument &loaded,
                                                 const QString &path)
{
    auto written = PdfExporter::write(loaded.document, RedHeaderSelection::forDocument(context, loaded), path);
    if (!written)
        return written;
    GD_TRY(audit(context, QStringLiteral("documents.export"), loaded, QFileInfo(path).fileName()));
    return written;
}

Core::Result<int> DocumentOutput::printTo(Core::ModuleContext &context, const LoadedDocument &loaded,
                                          QPrinter &printer)
{
    const OfficialFonts fonts;
    const QList<Page::ComposedPage> pages
        = DocumentComposer(fonts).compose(loaded.document, RedHeaderSelection::forDocument(context, loaded));
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setFullPage(true); // the standard's margins are in the layout
    QPainter painter;
    if (!painter.begin(&printer))
        return Core::fail(Core::ErrorCode::Io, tr("The printer could not be started."));
    const PageRenderer renderer(fonts);
    const double dotsPerMillimetre = printer.resolution() / 25.4;
    for (qsizetype i = 0; i < pages.size(); ++i) {
        if (i > 0 && !printer.newPage())
            return Core::fail(Core::ErrorCode::Io, tr("The printer did not take page %1.").arg(i + 1));
        renderer.paint(painter, pages.at(i), dotsPerMillimetre);
    }
    if (!painter.end())
        return Core::fail(Core::ErrorCode::Io, tr("The document could not be printed."));
    GD_TRY(audit(context, QStringLiteral("documents.print"), loaded, printer.printerName()));
    return static_cast<int>(pages.size());
}

void DocumentOutput::exportWithDialog(Core::ModuleContext &context, const LoadedDocument &loaded,
                                      QWidget *parent)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(parent, tr("Export as PDF"),
                                                      QDir(folder).filePath(suggestedFileName(loaded)),
                                                      tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    auto written = exportTo(context, loaded, path);
    if (!written) {
        QMessageBox::warning(parent, tr("Export as PDF"), written.error().message);
        return;
    }
    QMessageBox::information(
        parent, tr("Export as PDF"),
        tr("Saved %1 (%n page(s)).\n\nFonts used:\n%2", nullptr, written->pageCount)
            .arg(QDir::toNativeSeparators(path), written->fonts.join(QLatin1Char('\n'))));
}

void DocumentOutput::printWithDialog(Core::ModuleContext &context, const LoadedDocument &loaded,
                                     QWidget *parent)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(loaded.document.title);
    QPrintDialog dialog(&printer, parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto printed = printTo(context, loaded, printer); !printed)
        QMessageBox::warning(parent, tr("Print"), printed.error().message);
}

} // namespace GovDesk::Documents
