#include "DisclosureSettings.h"

#include "IndexNumberRule.h"
#include "ItemActions.h"
#include "OrganisationCode.h"
#include "RequestsStore.h"
#include "module/ModuleContext.h"
#include "store/Transaction.h"

namespace GovDesk::Disclosure {

using Core::ErrorCode;
using Core::fail;

namespace {

// The demo's organisation is 柳州市人民政府办公室; its 复议机关 is the city government.
const char DemoReviewBody[] = "柳州市人民政府";

} // namespace

DisclosureSettings DisclosureSettings::load(const Core::ModuleContext &context)
{
    DisclosureSettings settings;
    settings.organisationCode = ItemActions::organisationCode(context);
    settings.indexPattern
        = context.setting(QString::fromLatin1(ItemActions::IndexPatternSetting)).value_or(QVariant()).toString();
    if (settings.indexPattern.isEmpty())
        settings.indexPattern = IndexNumberRule::defaultPattern();
    settings.reviewBody
        = context.setting(QString::fromLatin1(ReviewBodySetting)).value_or(QVariant()).toString();
    if (settings.reviewBody.isEmpty() && context.isDemo())
        settings.reviewBody = QString::fromUtf8(DemoReviewBody);
    settings.approachingDays = RequestsStore::approachingDays(context);
    return settings;
}

Core::Result<> DisclosureSettings::save(Core::ModuleContext &context, const DisclosureSettings &settings)
{
    const QString code = settings.organisationCode.trimmed().toUpper();
    if (!OrganisationCode::isValid(code))
        //: 机构代码「%1」不是有效的统一社会信用代码或组织机构代码。
        return fail(ErrorCode::InvalidArgument,
                    tr("The organisation code \"%1\" is neither a valid unified social credit code nor a"
                       " valid organisation code.")
                        .arg(settings.organisationCode),
                    "organisationCode");
    if (auto rule = IndexNumberRule::fromPattern(settings.indexPattern); !rule)
        return fail(ErrorCode::InvalidArgument, rule.error().message, "indexPattern");
    if (settings.approachingDays < 0 || settings.approachingDays > RequestDeadline::AnswerLimit)
        //: 预警天数须在 0 至 %1 个工作日之间。
        return fail(ErrorCode::InvalidArgument,
                    tr("The warning must come 0 to %1 working days before the limit.")
                        .arg(RequestDeadline::AnswerLimit),
                    "approachingDays");
    auto transaction = Core::Transaction::begin(context.database());
    if (!transaction)
        return std::unexpected(transaction.error());
    GD_TRY(context.setSetting(QString::fromLatin1(ItemActions::OrganisationCodeSetting),
                              code));
    GD_TRY(context.setSetting(QString::fromLatin1(ItemActions::IndexPatternSetting), settings.indexPattern));
    GD_TRY(context.setSetting(QString::fromLatin1(ReviewBodySetting), settings.reviewBody.trimmed()));
    GD_TRY(context.setSetting(QString::fromLatin1(RequestsStore::ApproachingDaysSetting),
                              settings.approachingDays));
    return transaction->commit();
}

RequestActor DisclosureSettings::requestActor(const Core::ModuleContext &context)
{
    const ItemActor actor = ItemActions::actorOf(context);
    return {.userId = actor.userId, .name = actor.name};
}

Core::Result<NoticeIssuer> DisclosureSettings::noticeIssuer(const Core::ModuleContext &context)
{
    const DisclosureSettings settings = load(context);
    if (settings.reviewBody.isEmpty())
        //: 告知书须写明行政复议机关：请在「信息公开设置」中填写。
        return fail(ErrorCode::InvalidArgument,
                    tr("A reply notice names the body that hears an administrative review: enter it in"
                       " the disclosure settings."),
                    "reviewBody");
    return NoticeIssuer{.organisation = context.account().organisationName, .reviewBody = settings.reviewBody};
}

} // namespace GovDesk::Disclosure
