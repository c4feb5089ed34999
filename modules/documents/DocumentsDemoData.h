// DocumentsDemoData: the demo profile's 公文 — fictional, realistic, dated relative to today.
#pragma once

#include "DispatchWorkflow.h"
#include "OfficialDocument.h"
#include "ReceiptWorkflow.h"
#include "Result.h"

#include <QDateTime>
#include <QList>
#include <optional>

namespace GovDesk::Core {
class ModuleContext;
}

namespace GovDesk::Documents {

// One demo document: the record, and for an arrival its handling.
struct DemoDocument
{
    QString recordId;
    OfficialDocument document;
    DispatchState dispatch;
    std::optional<ReceiptState> receipt; // set: a 收文 of 柳州市人民政府办公室
};

// Sent and received documents of 柳州市人民政府办公室 with the demo server's organisations, at
// every step, some overdue and some returned; the same mix on whatever day the demo is reset.
[[nodiscard]] QList<DemoDocument> demoDocuments(const QDateTime &now);

// Writes them (ids demo-doc-01 …) in one transaction, unless the profile holds documents already,
// and lets the projection build the lists, search entries and to-dos before returning.
[[nodiscard]] Core::Result<> seedDemoDocuments(Core::ModuleContext &context, const QDateTime &now);

// A demo profile made before demo seals existed has none: gives it the office's demo seal (under
// a new demo CA) so that 用印 works there too. Documents sealed under another demo CA then show
// 证书无效 until the demo is reset.
[[nodiscard]] Core::Result<> ensureDemoSeal(Core::ModuleContext &context, const QDateTime &now);

} // namespace GovDesk::Documents
