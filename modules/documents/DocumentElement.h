// DocumentElement: the GB/T 9704-2012 elements by name — the fixed Chinese term and a UI label.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace GovDesk::Documents {

enum class Element {
    // 版头
    CopyNumber,     // 份号
    Classification, // 密级
    SecrecyTerm,    // 保密期限
    UrgencyLevel,   // 紧急程度
    IssuerMark,     // 发文机关标志
    Number,         // 发文字号
    Signers,        // 签发人
    Type,           // 文种
    // 主体
    Title,           // 标题
    MainRecipients,  // 主送机关
    Body,            // 正文
    AttachmentNotes, // 附件说明
    IssuerName,      // 发文机关署名
    IssuedOn,        // 成文日期
    Seal,            // 印章
    Remark,          // 附注
    Attendees,       // 出席 (纪要)
    OnLeave,         // 请假 (纪要)
    Observers,       // 列席 (纪要)
    Attachments,     // 附件
    // 版记
    CopyTo,    // 抄送机关
    PrintedBy, // 印发机关
    PrintedOn, // 印发日期
};

class DocumentElements
{
    Q_DECLARE_TR_FUNCTIONS(GovDesk::Documents::DocumentElements)
public:
    // The standard's term (份号, 发文字号 …), the same in every UI language: what refusals name.
    [[nodiscard]] static QString chineseName(Element element);
    // The label for the UI and the conflict dialog, translated (zh_CN shows chineseName()).
    [[nodiscard]] static QString label(Element element);
    // The element a payload key holds (OfficialDocument's table); nullopt for other keys.
    [[nodiscard]] static std::optional<Element> fromPayloadKey(const QString &key);
};

} // namespace GovDesk::Documents
