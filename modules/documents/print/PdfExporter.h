// PdfExporter: a 公文 as a PDF in the GB/T 9704 layout (A4, the fonts OfficialFonts found, their
// subsets embedded by Qt), and which fonts it used.
#pragma once

#include "OfficialDocument.h"
#include "Result.h"
#include "sync/RedHeaderTemplate.h"

#include <QCoreApplication>
#include <QStringList>

class QIODevice;

namespace GovDesk::Documents {

struct PdfExport
{
    int pageCount = 0;
    QStringList fonts; // OfficialFonts::describe(): which family each role used
};

class PdfExporter
{
    Q_DECLARE_TR_FUNCTIONS(GovDesk::Documents::PdfExporter)
public:
    static constexpr int Resolution = 1200; // dots per inch of the PDF's drawing space

    // On `header`, the issuing organisation's 套红 template (RedHeaderSelection::forDocument).
    [[nodiscard]] static Core::Result<PdfExport> write(const OfficialDocument &document,
                                                       const std::optional<Core::RedHeaderTemplate> &header,
                                                       QIODevice &device);
    [[nodiscard]] static Core::Result<PdfExport> write(const OfficialDocument &document,
                                                       const std::optional<Core::RedHeaderTemplate> &header,
                                                       const QString &path);
    // On the document's own issuerMark (RedHeaderSelection::fallback).
    [[nodiscard]] static Core::Result<PdfExport> write(const OfficialDocument &document, QIODevice &device);
    [[nodiscard]] static Core::Result<PdfExport> write(const OfficialDocument &document, const QString &path);
};

} // namespace GovDesk::Documents
