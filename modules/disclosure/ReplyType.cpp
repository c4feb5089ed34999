#include "ReplyType.h"

namespace GovDesk::Disclosure {

namespace {

struct TypeEntry
{
    ReplyType type;
    const char16_t *key;
    const char16_t *name;
    const char16_t *article;
};

// 予以公开 and 不予公开 are Art. 36's items (二) and (三); the rest cite the article of their reason.
constexpr TypeEntry Types[] = {
    {ReplyType::Granted, u"granted", u"予以公开", u"第三十六条第（二）项"},
    {ReplyType::Partial, u"partial", u"部分公开", u"第三十七条"},
    {ReplyType::Refused, u"refused", u"不予公开", u"第三十六条第（三）项"},
    {ReplyType::Unavailable, u"unavailable", u"无法提供", u"第三十六条第（四）项"},
    {ReplyType::NotProcessed, u"not_processed", u"不予处理", u"第三十六条第（六）项"},
    {ReplyType::Other, u"other", u"其他处理", u"第三十六条"},
};

struct ReasonEntry
{
    ReplyReason reason;
    ReplyType type;
    const char16_t *key;
    const char16_t *name;
    const char16_t *article;
};

constexpr ReasonEntry Reasons[] = {
    {ReplyReason::StateSecret, ReplyType::Refused, u"state_secret", u"属于国家秘密", u"第十四条"},
    {ReplyReason::LawProhibited, ReplyType::Refused, u"law_prohibited", u"其他法律行政法规禁止公开",
     u"第十四条"},
    {ReplyReason::ThreeSafeties, ReplyType::Refused, u"three_safeties", u"危及“三安全一稳定”", u"第十四条"},
    {ReplyReason::ThirdPartyPrivacy, ReplyType::Refused, u"third_party_privacy", u"保护第三方合法权益",
     u"第十五条"},
    {ReplyReason::InternalAffairs, ReplyType::Refused, u"internal_affairs", u"属于三类内部事务信息",
     u"第十六条第一款"},
    {ReplyReason::ProcessInformation, ReplyType::Refused, u"process_information", u"属于四类过程性信息",
     u"第十六条第二款"},
    {ReplyReason::EnforcementFiles, ReplyType::Refused, u"enforcement_files", u"属于行政执法案卷",
     u"第十六条第二款"},
    {ReplyReason::AdministrativeQuery, ReplyType::Refused, u"administrative_query", u"属于行政查询事项",
     u"第三十六条第（七）项"},
    {ReplyReason::NotHeld, ReplyType::Unavailable, u"not_held", u"本机关不掌握相关政府信息",
     u"第三十六条第（四）项"},
    {ReplyReason::NeedsCreation, ReplyType::Unavailable, u"needs_creation", u"没有现成信息需要另行制作",
     u"第三十八条"},
    {ReplyReason::UnclearAfterCorrection, ReplyType::Unavailable, u"unclear_after_correction",
     u"补正后申请内容仍不明确", u"第三十条"},
    {ReplyReason::PetitionComplaint, ReplyType::NotProcessed, u"petition_complaint", u"信访举报投诉类申请",
     u"第三十九条第一款"},
    {ReplyReason::Repeated, ReplyType::NotProcessed, u"repeated", u"重复申请", u"第三十六条第（六）项"},
    {ReplyReason::Publication, ReplyType::NotProcessed, u"publication", u"要求提供公开出版物",
     u"第三十九条第二款"},
    {ReplyReason::ExcessiveUnreasonable, ReplyType::NotProcessed, u"excessive_unreasonable",
     u"无正当理由大量反复申请", u"第三十五条"},
    // The report's row 5; the contract's key names the common case, asking for figures to be
    // compiled or existing information to be confirmed (Art. 38: 加工、分析).
    {ReplyReason::StatisticsRequest, ReplyType::NotProcessed, u"statistics_request",
     u"要求行政机关确认或重新出具已获取信息", u"第三十八条"},
    {ReplyReason::OverdueCorrection, ReplyType::Other, u"overdue_correction",
     u"申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", u"第三十条"},
    {ReplyReason::FeeUnpaid, ReplyType::Other, u"fee_unpaid",
     u"申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", u"第四十二条"},
    {ReplyReason::OtherReason, ReplyType::Other, u"other", u"其他", u"第三十六条"},
};

} // namespace

QList<ReplyType> ReplyTypes::all()
{
    QList<ReplyType> types;
    for (const TypeEntry &entry : Types)
        types.append(entry.type);
    return types;
}

QString ReplyTypes::key(ReplyType type)
{
    return QString::fromUtf16(Types[int(type)].key);
}

std::optional<ReplyType> ReplyTypes::fromKey(QStringView key)
{
    for (const TypeEntry &entry : Types) {
        if (key == QStringView(entry.key))
            return entry.type;
    }
    return std::nullopt;
}

QString ReplyTypes::name(ReplyType type)
{
    return QString::fromUtf16(Types[int(type)].name);
}

QList<ReplyReason> ReplyTypes::reasonsOf(ReplyType type)
{
    const ReplyType owner = type == ReplyType::Partial ? ReplyType::Refused : type;
    QList<ReplyReason> reasons;
    for (const ReasonEntry &entry : Reasons) {
        if (entry.type == owner && type != ReplyType::Granted)
            reasons.append(entry.reason);
    }
    return reasons;
}

ReplyType ReplyTypes::typeOf(ReplyReason reason)
{
    return Reasons[int(reason)].type;
}

QList<ReplyReason> ReplyTypes::allReasons()
{
    QList<ReplyReason> reasons;
    for (const ReasonEntry &entry : Reasons)
        reasons.append(entry.reason);
    return reasons;
}

QString ReplyTypes::reasonKey(ReplyReason reason)
{
    return QString::fromUtf16(Reasons[int(reason)].key);
}

std::optional<ReplyReason> ReplyTypes::reasonFromKey(QStringView key)
{
    for (const ReasonEntry &entry : Reasons) {
        if (key == QStringView(entry.key))
            return entry.reason;
    }
    return std::nullopt;
}

QString ReplyTypes::reasonName(ReplyReason reason)
{
    return QString::fromUtf16(Reasons[int(reason)].name);
}

QString ReplyTypes::article(ReplyType type)
{
    return QString::fromUtf16(Types[int(type)].article);
}

QString ReplyTypes::article(ReplyReason reason)
{
    return QString::fromUtf16(Reasons[int(reason)].article);
}

} // namespace GovDesk::Disclosure
