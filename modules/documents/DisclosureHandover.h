// DisclosureHandover: 转信息公开 — a 公文 whose 附注 says 此件公开发布 handed to 信息公开 as a
// 主动公开 draft, through the DisclosureIntake service when a module offers it (no header of the
// disclosure module here: the action simply is not offered without the service).
#pragma once

#include "DocumentHandling.h"
#include "services/DisclosureIntake.h"

#include <QCoreApplication>

namespace GovDesk::Core {
class ModuleContext;
}

namespace GovDesk::Documents {

class DisclosureHandover
{
    Q_DECLARE_TR_FUNCTIONS(GovDesk::Documents::DisclosureHandover)
public:
    // The 附注 marks the document for publication (「（此件公开发布）」).
    [[nodiscard]] static bool isForPublication(const OfficialDocument &document);
    // The service, if a module offers it.
    [[nodiscard]] static Core::DisclosureIntake *intake(const Core::ModuleContext &context);
    // Hands the document over; returns the 主动公开 item's record id.
    [[nodiscard]] static Core::Result<QString> handOver(const Core::ModuleContext &context, const LoadedDocument &loaded);
};

} // namespace GovDesk::Documents
