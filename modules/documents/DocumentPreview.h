// DocumentPreview: a 公文 laid out on screen as GB/T 9704 prints it (版头 in red, 主体, 版记), as HTML.
#pragma once

#include "OfficialDocument.h"

#include <QCoreApplication>
#include <QSize>
#include <QString>
#include <optional>

class QTextDocument;

namespace GovDesk::Documents {

// The signature block with the seal pressed on it, as an image resource of the QTextDocument
// (rich text cannot overlap a picture and text).
struct PreviewSeal
{
    QString imageName;
    QSize size; // in the page's pixels
};

class DocumentPreview
{
    Q_DECLARE_TR_FUNCTIONS(GovDesk::Documents::DocumentPreview)
public:
    // Qt's rich-text subset: tables for the layout, no CSS borders (QTextDocument ignores them).
    // With `seal`, the 发文机关署名 and 成文日期 are that image; without, text.
    [[nodiscard]] static QString html(const OfficialDocument &document,
                                      const std::optional<PreviewSeal> &seal = std::nullopt);

    // Draws the sealed signature block of `document` (SealImage) into `page`'s resources; nullopt
    // for a document that is not sealed. The seal reads 演示印章 under the star for a demo seal.
    [[nodiscard]] static std::optional<PreviewSeal> addSealImage(QTextDocument &page,
                                                                 const OfficialDocument &document);
};

} // namespace GovDesk::Documents
