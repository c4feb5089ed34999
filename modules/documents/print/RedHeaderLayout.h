// RedHeaderLayout: the 版头 of a 公文 laid out on its 套红 template's GB/T 9704 format — 份号, 密级,
// 紧急程度, the red 发文机关标志, the 发文字号 (令号), the red rules — on the first page, leaving the
// writer on the line where the 标题 (命令: the 正文) begins.
#pragma once

#include "OfficialDocument.h"
#include "PageWriter.h"
#include "sync/RedHeaderTemplate.h"

#include <optional>

namespace GovDesk::Documents {

class DocumentComposer;

class RedHeaderLayout
{
public:
    RedHeaderLayout(const DocumentComposer &composer, PageWriter &writer);

    // Without a template only 份号, 密级 and 紧急程度 are printed: there is no mark to print.
    void compose(const OfficialDocument &document, const std::optional<Core::RedHeaderTemplate> &header);

    // The mark's size in points: the template's, or as large as fits, never wider than the 版心.
    [[nodiscard]] double markPointSize(const Core::RedHeaderTemplate &header) const;

private:
    // 份号, 密级和保密期限, 紧急程度 from the 版心's top left, one grid line each (7.2.1, 7.2.2).
    void composeTopLeft(const OfficialDocument &document);
    // 文件, 命令 and 纪要: the mark, the number two lines under it, a rule under the number.
    void composeFile(const OfficialDocument &document, const Core::RedHeaderTemplate &header);
    // 信函 (10.1): the mark, the double line, the elements under it left and the number right.
    void composeLetter(const OfficialDocument &document, const Core::RedHeaderTemplate &header);
    // The mark, centred, its top edge at the template's distance from the page's; its foot (mm).
    double placeMark(const Core::RedHeaderTemplate &header);
    // A rule of the template's style whose upper edge is at `top`, centred on the 版心; its foot.
    double placeRule(Page::ComposedPage &page, double top, const Core::RedHeaderRule &rule,
                     const QColor &colour);
    // The number's line on the current grid line: centred, or for an upward 文件 left with the
    // 签发人 on the right (7.2.4, 7.2.5); the foot of its characters.
    double placeNumber(const OfficialDocument &document, bool withSigners);

    const DocumentComposer &m_composer;
    PageWriter &m_writer;
};

} // namespace GovDesk::Documents
