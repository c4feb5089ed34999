// DocumentOutput: a 公文 on paper — exported as a GB/T 9704 PDF or printed through the system's
// print dialog — with an audit entry for each, as exports and prints are what an inspection asks
// about. The dialogs are thin; exportTo() and printTo() do the work and are what the tests call.
#pragma once

#include "DocumentHandling.h"
#include "PdfExporter.h"

#include <QCoreApplication>

class QPrinter;
class QWidget;

namespace GovDesk::Documents {

class DocumentOutput
{
    Q_DECLARE_TR_FUNCTIONS(GovDesk::Documents::DocumentOutput)
public:
    [[nodiscard]] static Core::Result<PdfExport> exportTo(Core::ModuleContext &context,
                                                          const LoadedDocument &loaded, const QString &path);
    [[nodiscard]] static Core::Result<int> printTo(Core::ModuleContext &context, const LoadedDocument &loaded,
                                                   QPrinter &printer);

    // 文件 → 导出: asks where, writes the PDF, says which fonts it used (or why it failed).
    static void exportWithDialog(Core::ModuleContext &context, const LoadedDocument &loaded, QWidget *parent);
    // 文件 → 打印: the system's print dialog, A4, full page.
    static void printWithDialog(Core::ModuleContext &context, const LoadedDocument &loaded, QWidget *parent);
};

} // namespace GovDesk::Documents
