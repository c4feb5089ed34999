// PageWriter: places lines of a 公文 on the 22-line grid of GB/T 9704 pages, opening pages as
// they fill — what DocumentComposer and RedHeaderLayout write the page with.
#pragma once

#include "OfficialPage.h"

#include <QColor>
#include <QList>
#include <QString>

namespace GovDesk::Documents {

class DocumentComposer;

class PageWriter
{
public:
    explicit PageWriter(const DocumentComposer &composer);

    [[nodiscard]] int line() const { return m_line; }
    [[nodiscard]] int pageCount() const { return static_cast<int>(m_pages.size()); }
    [[nodiscard]] Page::ComposedPage &page() { return m_pages.last(); }
    [[nodiscard]] Page::ComposedPage &firstPage() { return m_pages.first(); }
    [[nodiscard]] QList<Page::ComposedPage> take() { return std::move(m_pages); }

    void newPage();
    // The first grid line at or below `y` mm.
    void moveTo(double y);
    void skip(int lines);
    // The baseline of a line of `role` at `pointSize` on grid line `line`, centred in the line.
    [[nodiscard]] double baseline(FontRole role, double pointSize, int line) const;
    // One line of text at `x` on the current grid line, then the next line.
    void put(FontRole role, const QString &text, double x, double pointSize = 0,
             const QColor &color = Qt::black);
    // A paragraph: the first line at `firstX`, the others at `x`, all ending at the right edge.
    void paragraph(FontRole role, const QString &text, double firstX, double x);

private:
    const DocumentComposer &m_composer;
    QList<Page::ComposedPage> m_pages;
    int m_line = 0;
};

} // namespace GovDesk::Documents
