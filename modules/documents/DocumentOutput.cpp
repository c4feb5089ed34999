#include "DocumentOutput.h"

#include "Background.h"
#include "DocumentComposer.h"
#include "PageRenderer.h"
#include "RedHeaderSelection.h"
#include "audit/AuditLog.h"
#include "crypto/SealKeyStore.h"
#include "module/ModuleContext.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPainter>
#include <QPointer>
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

enum class Format { Pdf, Ofd };

QString suggestedFileName(const LoadedDocument &loaded, Format format)
{
    QString name = loaded.document.title.isEmpty() ? loaded.recordId : loaded.document.title;
    name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")), QStringLiteral("_"));
    return name.left(80) + (format == Format::Ofd ? QStringLiteral(".ofd") : QStringLiteral(".pdf"));
}

QString ofdAuditDetail(const QString &path, const OfdExport &written)
{
    return QFileInfo(path).fileName()
           + (written.isSigned ? QStringLiteral(" (OFD, signed with %1)").arg(written.signedWith)
                               : QStringLiteral(" (OFD, not signed)"));
}

QString ofdSummary(const QString &path, const OfdExport &written)
{
    const QString signature
        = written.isSigned ? DocumentOutput::tr("Signed with the seal of %1.").arg(written.signedWith)
          : written.unsignedReason.isEmpty() ? DocumentOutput::tr("The document is not sealed.")
                                             : written.unsignedReason;
    return DocumentOutput::tr("Saved %1 (%n page(s)).\n\n%2\n\nFonts used:\n%3\n\nEmbedded in the OFD:\n%4",
                              nullptr, written.pageCount)
        .arg(QDir::toNativeSeparators(path), signature, written.fonts.join(QLatin1Char('\n')),
             written.embeddedFonts.join(QLatin1Char('\n')));
}

// Writes a file on a worker thread (a long 公文 with its fonts is not the UI's to wait for), audits
// it back on the UI thread, then calls `done` there — unless `receiver` is gone by then (the
// export is audited all the same).
template<typename Written>
void startWriting(Core::ModuleContext &context, const LoadedDocument &loaded, const QString &threadName,
                  std::function<Core::Result<Written>()> write,
                  std::function<QString(const Written &)> auditDetail, QObject *receiver,
                  std::function<void(const Core::Result<Written> &)> done)
{
    QPointer<QObject> guard(receiver);
    // The application receives the result: the file was written and is audited even when the
    // window that asked for it is gone by then.
    Core::runInBackground<Core::Result<Written>>(
        threadName, std::move(write), QCoreApplication::instance(),
        [guard, &context, loaded, auditDetail = std::move(auditDetail),
         done = std::move(done)](Core::Result<Written> written) {
            if (written) {
                if (auto audited
                    = audit(context, QStringLiteral("documents.export"), loaded, auditDetail(*written));
                    !audited)
                    written = std::unexpected(audited.error());
            }
            if (guard)
                done(written);
        });
}

void exportOfdShowingResult(Core::ModuleContext &context, const LoadedDocument &loaded, const QString &path,
                            QWidget *parent)
{
    QApplication::setOverrideCursor(Qt::BusyCursor);
    QPointer<QWidget> window(parent);
    DocumentOutput::startOfdExport(
        context, loaded, path, parent, [window, path](const Core::Result<OfdExport> &written) {
            QApplication::restoreOverrideCursor();
            if (!written)
                QMessageBox::warning(window, DocumentOutput::tr("Export as OFD"), written.error().message);
            else
                QMessageBox::information(window, DocumentOutput::tr("Export as OFD"),
                                         ofdSummary(path, *written));
        });
}

void exportWithDialogAs(Core::ModuleContext &context, const LoadedDocument &loaded, QWidget *parent,
                        Format preferred)
{
    const QString pdfFilter = DocumentOutput::tr("PDF documents (*.pdf)");
    //: OFD: 版式文档 (GB/T 33190), what archives require
    const QString ofdFilter = DocumentOutput::tr("OFD documents (*.ofd)");
    QString selected = preferred == Format::Ofd ? ofdFilter : pdfFilter;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(parent, DocumentOutput::tr("Export"),
                                                QDir(folder).filePath(suggestedFileName(loaded, preferred)),
                                                pdfFilter + QStringLiteral(";;") + ofdFilter, &selected);
    if (path.isEmpty())
        return;
    // The name's extension decides; without one, the chosen filter does.
    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool ofd
        = suffix == QStringLiteral("ofd") || (suffix != QStringLiteral("pdf") && selected == ofdFilter);
    if (suffix != QStringLiteral("ofd") && suffix != QStringLiteral("pdf"))
        path += ofd ? QStringLiteral(".ofd") : QStringLiteral(".pdf");
    if (ofd) {
        exportOfdShowingResult(context, loaded, path, parent);
        return;
    }
    QApplication::setOverrideCursor(Qt::BusyCursor);
    QPointer<QWidget> window(parent);
    DocumentOutput::startPdfExport(
        context, loaded, path, parent, [window, path](const Core::Result<PdfExport> &written) {
            QApplication::restoreOverrideCursor();
            if (!written) {
                QMessageBox::warning(window, DocumentOutput::tr("Export as PDF"), written.error().message);
                return;
            }
            QMessageBox::information(
                window, DocumentOutput::tr("Export as PDF"),
                DocumentOutput::tr("Saved %1 (%n page(s)).\n\nFonts used:\n%2", nullptr, written->pageCount)
                    .arg(QDir::toNativeSeparators(path), written->fonts.join(QLatin1Char('\n'))));
        });
}

} // namespace

Core::Result<PdfExport> DocumentOutput::exportTo(Core::ModuleContext &context, const LoadedDocument &loaded,
                                                 const QString &path)
{
    auto written
        = PdfExporter::write(loaded.document, RedHeaderSelection::forDocument(context, loaded), path);
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

Core::Result<OfdExportOptions> DocumentOutput::ofdOptions(Core::ModuleContext &context,
                                                          const LoadedDocument &loaded)
{
    auto key = Core::SealKeyStore::load(context.database());
    if (!key)
        return std::unexpected(key.error());
    return OfdExportOptions{*key, QDateTime::currentDateTimeUtc(),
                            RedHeaderSelection::forDocument(context, loaded)};
}

Core::Result<OfdExport> DocumentOutput::exportOfdTo(Core::ModuleContext &context,
                                                    const LoadedDocument &loaded, const QString &path)
{
    auto options = ofdOptions(context, loaded);
    if (!options)
        return std::unexpected(options.error());
    auto written = OfdExporter::write(loaded.document, path, *options);
    if (!written)
        return written;
    GD_TRY(audit(context, QStringLiteral("documents.export"), loaded, ofdAuditDetail(path, *written)));
    return written;
}

void DocumentOutput::startOfdExport(Core::ModuleContext &context, const LoadedDocument &loaded,
                                    const QString &path, QObject *receiver,
                                    std::function<void(const Core::Result<OfdExport> &)> done)
{
    // The seal key and the template are read here, on the database's thread; the worker only
    // writes the file.
    auto options = ofdOptions(context, loaded);
    if (!options) {
        const Core::Result<OfdExport> failed = std::unexpected(options.error());
        QMetaObject::invokeMethod(
            receiver ? receiver : QCoreApplication::instance(), [done, failed] { done(failed); },
            Qt::QueuedConnection);
        return;
    }
    startWriting<OfdExport>(
        context, loaded, QStringLiteral("ofd-export"),
        [document = loaded.document, path, options = *options] {
            return OfdExporter::write(document, path, options);
        },
        [path](const OfdExport &written) { return ofdAuditDetail(path, written); }, receiver,
        std::move(done));
}

void DocumentOutput::startPdfExport(Core::ModuleContext &context, const LoadedDocument &loaded,
                                    const QString &path, QObject *receiver,
                                    std::function<void(const Core::Result<PdfExport> &)> done)
{
    startWriting<PdfExport>(
        context, loaded, QStringLiteral("pdf-export"),
        [document = loaded.document, header = RedHeaderSelection::forDocument(context, loaded), path] {
            return PdfExporter::write(document, header, path);
        },
        [path](const PdfExport &) { return QFileInfo(path).fileName(); }, receiver, std::move(done));
}

void DocumentOutput::exportWithDialog(Core::ModuleContext &context, const LoadedDocument &loaded,
                                      QWidget *parent)
{
    exportWithDialogAs(context, loaded, parent, Format::Pdf);
}

void DocumentOutput::exportOfdWithDialog(Core::ModuleContext &context, const LoadedDocument &loaded,
                                         QWidget *parent)
{
    exportWithDialogAs(context, loaded, parent, Format::Ofd);
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
