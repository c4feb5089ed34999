// ReplyType and ReplyReason: how a 依申请公开 request was answered, in the rows of the annual report's
// section 三 (本年度办理结果, 国办公开办函〔2021〕30号) and with the article of the 2019
// 《政府信息公开条例》 a 告知书 cites for each.
#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace GovDesk::Disclosure {

// Stored by key; the order is the report's row order （一）…（六）.
enum class ReplyType { Granted, Partial, Refused, Unavailable, NotProcessed, Other };

// The sub-rows. 部分公开 gives the 不予公开 reasons of the part withheld (Art. 37); it is still
// counted once, in its own row (区分处理的，只计这一情形).
enum class ReplyReason {
    // 不予公开
    StateSecret,
    LawProhibited,
    ThreeSafeties,
    ThirdPartyPrivacy,
    InternalAffairs,
    ProcessInformation,
    EnforcementFiles,
    AdministrativeQuery,
    // 无法提供
    NotHeld,
    NeedsCreation,
    UnclearAfterCorrection,
    // 不予处理
    PetitionComplaint,
    Repeated,
    Publication,
    ExcessiveUnreasonable,
    StatisticsRequest,
    // 其他处理
    OverdueCorrection,
    FeeUnpaid,
    OtherReason,
};

class ReplyTypes
{
public:
    [[nodiscard]] static QList<ReplyType> all();
    [[nodiscard]] static QString key(ReplyType type);
    [[nodiscard]] static std::optional<ReplyType> fromKey(QStringView key);
    // Chinese whatever the UI language: the report's row and the 告知书's wording are official text.
    [[nodiscard]] static QString name(ReplyType type);

    // The reasons that may be given with `type` (Partial: the 不予公开 ones); empty for Granted.
    [[nodiscard]] static QList<ReplyReason> reasonsOf(ReplyType type);
    // Whether the regulation requires a reason (Art. 36(三), 37 …): every type but 予以公开.
    [[nodiscard]] static bool requiresReason(ReplyType type) { return type != ReplyType::Granted; }
    // The type whose sub-row the reason is (Partial never: it borrows 不予公开's).
    [[nodiscard]] static ReplyType typeOf(ReplyReason reason);

    [[nodiscard]] static QList<ReplyReason> allReasons();
    [[nodiscard]] static QString reasonKey(ReplyReason reason);
    [[nodiscard]] static std::optional<ReplyReason> reasonFromKey(QStringView key);
    [[nodiscard]] static QString reasonName(ReplyReason reason); // the report's sub-row, Chinese

    // The article a 告知书 cites: 第三十六条第（二）项 for 予以公开, 第三十七条 for 部分公开, the
    // reason's own article (第十四条, 第十五条 …) where there is one, else the type's.
    [[nodiscard]] static QString article(ReplyType type);
    [[nodiscard]] static QString article(ReplyReason reason);
};

} // namespace GovDesk::Disclosure
