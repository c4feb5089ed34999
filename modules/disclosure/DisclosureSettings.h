// DisclosureSettings: what a 政务公开办 sets once for its profile — the organisation's code and 索引号
// pattern (read by ItemActions at 发布), the 行政复议机关 a 告知书 names, and how many working days
// before the limit a request turns yellow (RequestsStore's 电子监察). Read with their defaults, saved
// only when every value holds.
#pragma once

#include "ReplyNotice.h"
#include "RequestWorkflow.h"

namespace GovDesk::Core {
class ModuleContext;
}

namespace GovDesk::Disclosure {

struct DisclosureSettings
{
    Q_DECLARE_TR_FUNCTIONS(GovDesk::Disclosure::DisclosureSettings)
public:
    static constexpr char ReviewBodySetting[] = "requests/reviewBody";

    QString organisationCode; // 统一社会信用代码 or 组织机构代码
    QString indexPattern;     // IndexNumberRule's pattern
    QString reviewBody;       // 行政复议机关, e.g. 柳州市人民政府
    int approachingDays = RequestDeadline::DefaultApproachingDays;

    // The values in force: the stored ones, else the defaults (the demo names its 复议机关).
    [[nodiscard]] static DisclosureSettings load(const Core::ModuleContext &context);
    // Checks every value (a valid code, a pattern IndexNumberRule accepts, 0–20 days), then stores
    // them all; a refusal names the setting and changes nothing.
    [[nodiscard]] static Core::Result<> save(Core::ModuleContext &context, const DisclosureSettings &settings);

    // Who acts on a request: the signed-in account (the profile's owner in the demo).
    [[nodiscard]] static RequestActor requestActor(const Core::ModuleContext &context);
    // The organisation and 复议机关 a 告知书 names; refused, saying where to set it, without the latter.
    [[nodiscard]] static Core::Result<NoticeIssuer> noticeIssuer(const Core::ModuleContext &context);
};

} // namespace GovDesk::Disclosure
