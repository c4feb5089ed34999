// DocumentOutput: a 公文 on paper — exported as a GB/T 9704 PDF or an OFD (GB/T 33190, for
// archives), or printed through the system's print dialog — with an audit entry for each, as
// exports and prints are what an inspection asks about. The dialogs are thin; exportTo(),
// exportOfdTo(), the start…Export() pair and printTo() do the work and are what the tests call.
#pragma once

#include "DocumentHandling.h"
#include "OfdExporter.h"
#include "PdfExporter.h"

#include <QCoreApplication>
#include <functional>

class QObject;
class QPrinter;
class QWidget;

namespace GovDesk::Documents {

class DocumentOutput
{
    Q_DECLARE_TR_FUNCTIONS(GovDesk::Documents::DocumentOutput)
public:
    [[nodiscard]] static Core::Result<PdfExport> exportTo(Core::ModuleContext &context,
                                                          const LoadedDocument &loaded, const QString &path);
    // The OFD's options on this profile: the issuing organisation's 套红 template (as the PDF's), and
    // its seal key when it holds one, so that a document this organisation sealed is exported
    // signed (OfdExporter explains when it is not).
    [[nodiscard]] static Core::Result<OfdExportOptions> ofdOptions(Core::ModuleContext &context,
                                                                   const LoadedDocument &loaded);
    // Writes the OFD and audits it. Slow (fonts are subset, the package signed): the dialog runs
    // it through startOfdExport().
    [[nodiscard]] static Core::Result<OfdExport>
    exportOfdTo(Core::ModuleContext &context, const LoadedDocument &loaded, const QString &path);
    // Write the file on a worker thread and audit it back on the UI thread, then call `done`
    // there — unless `receiver` is gone by then (the export is audited all the same).
    static void startPdfExport(Core::ModuleContext &context, const LoadedDocument &loaded,
                               const QString &path, QObject *receiver,
                               std::function<void(const Core::Result<PdfExport> &)> done);
    static void startOfdExport(Core::ModuleContext &context, const LoadedDocument &loaded,
                               const QString &path, QObject *receiver,
                               std::function<void(const Core::Result<OfdExport> &)> done);
    [[nodiscard]] static Core::Result<int> printTo(Core::ModuleContext &context, const LoadedDocument &loaded,
                                                   QPrinter &printer);

    // 文件 → 导出: asks where and as what (PDF or OFD), writes it, says which fonts it used (or
    // why it failed).
    static void exportWithDialog(Core::ModuleContext &context, const LoadedDocument &loaded, QWidget *parent);
    // 导出 OFD…: the same dialog with OFD chosen.
    static void exportOfdWithDialog(Core::ModuleContext &context, const LoadedDocument &loaded,
                                    QWidget *parent);
    // 文件 → 打印: the system's print dialog, A4, full page.
    static void printWithDialog(Core::ModuleContext &context, const LoadedDocument &loaded, QWidget *parent);
};

} // namespace GovDesk::Documents
