// DocumentPreview: a 公文 laid out on screen as GB/T 9704 prints it (版头 in red, 主体, 版记), as HTML.
#pragma once

#include "OfficialDocument.h"

#include <QCoreApplication>
#include <QString>

namespace GovDesk::Documents {

class DocumentPreview
{
    Q_DECLARE_TR_FUNCTIONS(GovDesk::Documents::DocumentPreview)
public:
    // Qt's rich-text subset: tables for the layout, no CSS borders (QTextDocument ignores them).
    [[nodiscard]] static QString html(const OfficialDocument &document);
};

} // namespace GovDesk::Documents
