// DocumentPreview: a 公文 on screen as it prints — the pages DocumentComposer lays out on the issuing
// organisation's 套红 template, painted by PageRenderer: the same pages the PDF, the printer and
// OFD are made of, so what the screen shows is what goes out.
#pragma once

#include "OfficialDocument.h"
#include "OfficialFonts.h"
#include "OfficialPage.h"
#include "PageRenderer.h"
#include "sync/RedHeaderTemplate.h"

#include <QImage>
#include <QList>
#include <QScrollArea>
#include <memory>
#include <optional>

namespace GovDesk::Documents {

class DocumentPreview : public QScrollArea
{
    Q_OBJECT
public:
    explicit DocumentPreview(QWidget *parent = nullptr);
    ~DocumentPreview() override;

    // Lays `document` out on `header` and shows its pages, the first at the top.
    void showDocument(const OfficialDocument &document, const std::optional<Core::RedHeaderTemplate> &header);
    void clear();

    [[nodiscard]] const QList<Page::ComposedPage> &pages() const { return m_pages; }
    // Pixels per millimetre on screen: the page fills the width of the view.
    [[nodiscard]] double dotsPerMillimetre() const { return m_dotsPerMillimetre; }
    // Where page `index` is drawn, in the coordinates of widget().
    [[nodiscard]] QRect pageRect(int index) const;
    // Page `index` as the view paints it (white paper, PageRenderer) at `dotsPerMillimetre`.
    [[nodiscard]] QImage pageImage(int index, double dotsPerMillimetre) const;
    // How long the last showDocument() took to compose, in milliseconds (docs/benchmarks.md).
    [[nodiscard]] qint64 lastComposeMilliseconds() const { return m_composeMilliseconds; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    class Canvas;
    friend class Canvas;

    void layoutPages();
    // The page's image at the view's scale and the screen's pixel ratio, kept for a few pages.
    const QImage &cachedPage(int index);

    OfficialFonts m_fonts;
    PageRenderer m_renderer;
    Canvas *m_canvas;
    QList<Page::ComposedPage> m_pages;
    double m_dotsPerMillimetre = 3;
    qint64 m_composeMilliseconds = 0;
    struct CachedPage
    {
        int index = -1;
        double dotsPerMillimetre = 0;
        QImage image;
    };
    QList<CachedPage> m_cache; // most recently used first
};

} // namespace GovDesk::Documents
