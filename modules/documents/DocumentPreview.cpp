#include "DocumentPreview.h"

#include "DocumentComposer.h"

#include <QElapsedTimer>
#include <QPaintEvent>
#include <QPainter>
#include <QScrollBar>

namespace GovDesk::Documents {

namespace {

constexpr int PageGap = 16;           // px between pages and around them
constexpr int MinimumPageWidth = 320; // px: below, the view scrolls sideways
constexpr int CachedPages = 6;        // images kept: the pages in view and their neighbours
const QColor Desk(0x8a, 0x8f, 0x98);  // around the paper, whatever the theme
const QColor PaperEdge(0x5f, 0x64, 0x6b);

} // namespace

// The pages one under the other on the grey desk; paints only those in the exposed area.
class DocumentPreview::Canvas : public QWidget
{
public:
    explicit Canvas(DocumentPreview &preview)
        : QWidget(&preview)
        , m_preview(preview)
    {
        setAttribute(Qt::WA_OpaquePaintEvent);
    }

protected:
    void paintEvent(QPaintEvent *event) override
    {
        QPainter painter(this);
        painter.fillRect(event->rect(), Desk);
        for (int i = 0; i < m_preview.m_pages.size(); ++i) {
            const QRect page = m_preview.pageRect(i);
            if (!page.intersects(event->rect()))
                continue;
            painter.fillRect(page.adjusted(-1, -1, 1, 1), PaperEdge);
            painter.drawImage(page.topLeft(), m_preview.cachedPage(i));
        }
    }

private:
    DocumentPreview &m_preview;
};

DocumentPreview::DocumentPreview(QWidget *parent)
    : QScrollArea(parent)
    , m_renderer(m_fonts)
    , m_canvas(new Canvas(*this))
{
    setWidget(m_canvas);
    setWidgetResizable(false);
    setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    setBackgroundRole(QPalette::Dark);
    verticalScrollBar()->setSingleStep(24);
    layoutPages();
}

DocumentPreview::~DocumentPreview() = default;

void DocumentPreview::showDocument(const OfficialDocument &document,
                                   const std::optional<Core::RedHeaderTemplate> &header)
{
    // Composing measures every character once per face and size: 28 pages of 3,000 different
    // ideographs take about 45 ms on the CI machine (tst_documentpreview prints it), so it stays
    // on the UI thread; pages are painted only when they come into view.
    QElapsedTimer timer;
    timer.start();
    m_pages = DocumentComposer(m_fonts).compose(document, header);
    m_composeMilliseconds = timer.elapsed();
    m_cache.clear();
    layoutPages();
    verticalScrollBar()->setValue(0);
    m_canvas->update();
}

void DocumentPreview::clear()
{
    m_pages.clear();
    m_cache.clear();
    layoutPages();
    m_canvas->update();
}

QRect DocumentPreview::pageRect(int index) const
{
    const int width = qRound(Page::Width * m_dotsPerMillimetre);
    const int height = qRound(Page::Height * m_dotsPerMillimetre);
    return {PageGap, PageGap + index * (height + PageGap), width, height};
}

QImage DocumentPreview::pageImage(int index, double dotsPerMillimetre) const
{
    QImage image(qRound(Page::Width * dotsPerMillimetre), qRound(Page::Height * dotsPerMillimetre),
                 QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    if (index < 0 || index >= m_pages.size())
        return image;
    QPainter painter(&image);
    m_renderer.paint(painter, m_pages.at(index), dotsPerMillimetre);
    return image;
}

const QImage &DocumentPreview::cachedPage(int index)
{
    const double ratio = devicePixelRatioF();
    const double dots = m_dotsPerMillimetre * ratio;
    for (qsizetype i = 0; i < m_cache.size(); ++i) {
        if (m_cache.at(i).index == index && m_cache.at(i).dotsPerMillimetre == dots) {
            m_cache.move(i, 0);
            return m_cache.first().image;
        }
    }
    QImage image = pageImage(index, dots);
    image.setDevicePixelRatio(ratio);
    m_cache.prepend({index, dots, std::move(image)});
    while (m_cache.size() > CachedPages)
        m_cache.removeLast();
    return m_cache.first().image;
}

void DocumentPreview::layoutPages()
{
    const int available = viewport()->width() - 2 * PageGap;
    m_dotsPerMillimetre = std::max(available, MinimumPageWidth) / Page::Width;
    const int count = static_cast<int>(m_pages.size());
    const QRect last = pageRect(std::max(count, 1) - 1);
    m_canvas->resize(last.right() + 1 + PageGap,
                     count == 0 ? viewport()->height() : last.bottom() + 1 + PageGap);
}

void DocumentPreview::resizeEvent(QResizeEvent *event)
{
    QScrollArea::resizeEvent(event);
    const double before = m_dotsPerMillimetre;
    layoutPages();
    if (before != m_dotsPerMillimetre)
        m_canvas->update();
}

} // namespace GovDesk::Documents
