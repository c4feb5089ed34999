#include "PageWriter.h"

#include "DocumentComposer.h"

#include <cmath>

namespace GovDesk::Documents {

using namespace Page;

PageWriter::PageWriter(const DocumentComposer &composer)
    : m_composer(composer)
{
    m_pages.append(ComposedPage{});
}

void PageWriter::newPage()
{
    m_pages.append(ComposedPage{});
    m_line = 0;
}

void PageWriter::moveTo(double y)
{
    m_line = std::max(m_line, static_cast<int>(std::ceil((y - Top) / LinePitch - 1e-6)));
    if (m_line >= LinesPerPage)
        newPage();
}

void PageWriter::skip(int lines)
{
    m_line += lines;
    if (m_line >= LinesPerPage)
        newPage();
}

double PageWriter::baseline(FontRole role, double pointSize, int line) const
{
    const double height = m_composer.ascent(role, pointSize) + m_composer.descent(role, pointSize);
    return Top + line * LinePitch + (LinePitch - height) / 2 + m_composer.ascent(role, pointSize);
}

void PageWriter::put(FontRole role, const QString &text, double x, double pointSize, const QColor &color)
{
    const double size = pointSize > 0 ? pointSize : OfficialFonts::pointSize(role);
    page().texts.append(
        {role, size, text, QPointF(x, baseline(role, size, m_line)), m_composer.gridSpacing(role), color});
    skip(1);
}

void PageWriter::paragraph(FontRole role, const QString &text, double firstX, double x)
{
    const QStringList lines
        = m_composer.breakLines(role, text, Left + TextWidth - firstX, Left + TextWidth - x);
    for (qsizetype i = 0; i < lines.size(); ++i)
        put(role, lines.at(i), i == 0 ? firstX : x);
}

} // namespace GovDesk::Documents
