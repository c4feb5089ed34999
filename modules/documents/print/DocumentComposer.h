// DocumentComposer: lays a 公文 out on GB/T 9704 pages — the 版头 of its 套红 template's format
// (RedHeaderLayout), 主体 and 版记 placed line by line on the 22 × 28 grid, page numbers, the 版记
// on the last even page — for PageRenderer to paint on screen, into PDF and print, and for OFD.
#pragma once

#include "OfficialDocument.h"
#include "OfficialFonts.h"
#include "OfficialPage.h"
#include "sync/RedHeaderTemplate.h"

#include <QHash>
#include <QImage>

namespace GovDesk::Documents {

class DocumentComposer
{
public:
    explicit DocumentComposer(const OfficialFonts &fonts);

    // On `header`, the issuing organisation's template for the document's type
    // (RedHeaderSelection); nullopt prints no mark.
    [[nodiscard]] QList<Page::ComposedPage> compose(const OfficialDocument &document,
                                                    const std::optional<Core::RedHeaderTemplate> &header) const;
    // On RedHeaderSelection::fallback(): the document's own issuerMark, for callers without the
    // directory of organisations.
    [[nodiscard]] QList<Page::ComposedPage> compose(const OfficialDocument &document) const;

    // Width in mm of `text` in the role's face (with the grid's spacing for grid roles).
    [[nodiscard]] double width(FontRole role, QStringView text, double pointSize = 0) const;
    // `text` broken into lines: the first `firstWidth` mm wide, the others `width` mm; closing
    // punctuation never starts a line (it hangs at the end of the one before, as in print).
    [[nodiscard]] QStringList breakLines(FontRole role, const QString &text, double firstWidth,
                                         double width) const;
    // The mm added after each character of a grid role so that 28 Han characters fill a line.
    [[nodiscard]] double gridSpacing(FontRole role) const;
    // The face's ascent and descent in mm, which centre a line of it in the grid's line.
    [[nodiscard]] double ascent(FontRole role, double pointSize) const;
    [[nodiscard]] double descent(FontRole role, double pointSize) const;

private:
    [[nodiscard]] double advance(FontRole role, double pointSize, QStringView character) const;

    // Metrics of a role's face at a size, measured once (a 公文 asks for them per character).
    struct FaceMetrics
    {
        double ascent = 0;
        double descent = 0;
        QHash<char32_t, double> advances;
    };
    FaceMetrics &face(FontRole role, double pointSize) const;

    const OfficialFonts &m_fonts;
    QImage m_metricsDevice; // 1200 dpi, as the PDF: the same measures on screen and on paper
    mutable QHash<quint64, FaceMetrics> m_faces;
};

} // namespace GovDesk::Documents
