// OfficialDocument: one 公文 with the elements of GB/T 9704-2012, and its record payload.
#pragma once

#include "DocumentNumber.h"
#include "DocumentType.h"
#include "SecurityLevel.h"
#include "Urgency.h"
#include "sync/BlobReferences.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace GovDesk::Documents {

// 印章: whether the document was sealed, with which seal, and the electronic seal itself (SM2
// over the canonical form: SealRecord, DocumentSealer, SealVerifier).
struct SealReference
{
    bool sealed = false;
    QString sealId; // the organisation's seal, as the server issued it
    QJsonObject signature; // SealRecord::toJson(); empty for a seal without an electronic signature

    [[nodiscard]] bool operator==(const SealReference &) const = default;
};

// The elements, by part of the page (7.2 版头, 7.3 主体, 7.4 版记). The workflow's state lives
// beside them in the same record (DocumentRecord), not here.
//
// Payload keys (English camelCase, stable; values of enumerations are the Chinese terms):
// | key             | element                 | JSON                                          |
// |-----------------|-------------------------|-----------------------------------------------|
// | copyNumber      | 份号                    | "000123" (6 digits) or absent                 |
// | classification  | 密级                    | "公开" "内部" "秘密" "机密" "绝密"            |
// | secrecyPeriod   | 保密期限                | "1年", "6个月", "长期", or absent             |
// | urgency         | 紧急程度                | "普通" "加急" "特急"                          |
// | issuerMark      | 发文机关标志            | "柳州市人民政府办公室文件"                    |
// | documentNumber  | 发文字号                | "桂政发〔2014〕12号"; "" = 待编号             |
// | signers         | 签发人                  | ["张伟"] (several for a joint 上行文)         |
// | type            | 文种                    | "通知", one of the 15 types                   |
// | direction       | 行文方向                | "上行文" …, only where it differs from type's |
// | title           | 标题                    | text                                          |
// | mainRecipients  | 主送机关                | ["各县、区人民政府", …]                       |
// | body            | 正文                    | text                                          |
// | attachmentNotes | 附件说明                | ["柳州市森林防火值班表", …] (「附件：1. …」)  |
// | issuerName      | 发文机关署名            | text                                          |
// | issuedOn        | 成文日期                | "2014-04-16" (ISO; printed 「2014年4月16日」) |
// | seal            | 印章                    | {"sealed": true, "sealId": "…", "signature":  |
// |                 |                         |  {SealRecord}} or absent                      |
// | remark          | 附注                    | "（此件公开发布）"                            |
// | attendees       | 出席 (纪要)             | "张伟（市政府），陈静（市林业和园林局）" or absent |
// | onLeave         | 请假 (纪要)             | text or absent                                |
// | observers       | 列席 (纪要)             | text or absent                                |
// | attachments     | 附件                    | [{"sha256", "name", "size"}] as BlobReferences|
// | copyTo          | 抄送机关                | ["市纪委监委", …]                             |
// | printedBy       | 印发机关                | text                                          |
// | printedOn       | 印发日期                | "2014-04-18" (ISO)                            |
// | mainRecipientIds| (主送: the exchange)    | ["gx-lz-forestry"], directory ids, optional   |
// | copyToIds       | (抄送: the exchange)    | ["gx-lz-luzhai"], directory ids, optional     |
//
// The two id lists are not printed: they name the organisations of 主送机关 and 抄送机关 that the
// clerk picked from the server's directory (ModuleContext::organisations()). At 分发 they become
// the record's `recipients`; a 机关 typed in freely has no id and gets the document on paper.
// Schema versions: 1 is what the demo server seeds (mainRecipients one string, signer one name);
// 2 is the table above. upgradePayload() takes 1 to 2.
struct OfficialDocument
{
    static constexpr int SchemaVersion = 2;

    // 版头
    QString copyNumber; // 份号
    SecurityLevel classification = SecurityLevel::Public;
    SecrecyPeriod secrecyPeriod;
    Urgency urgency = Urgency::Normal;
    QString issuerMark;     // 发文机关标志
    QString documentNumber; // 发文字号 as written; empty = 待编号 (see number())
    QStringList signers;    // 签发人

    DocumentType type = DocumentType::Notice;
    std::optional<Direction> direction; // when it differs from directionOf(type), e.g. an upward 意见

    // 主体
    QString title;
    QStringList mainRecipients;  // 主送机关
    QString body;                // 正文
    QStringList attachmentNotes; // 附件说明, one per attachment, without 「附件：」 and numbering
    QString issuerName;          // 发文机关署名
    QDate issuedOn;              // 成文日期
    SealReference seal;          // 印章
    QString remark;              // 附注
    // 纪要格式 (GB/T 9704 10.3): who attended, was excused and sat in, as printed after 出席：.
    QString attendees; // 出席
    QString onLeave;   // 请假
    QString observers; // 列席
    QList<Core::AttachmentRef> attachments; // 附件

    // 版记
    QStringList copyTo; // 抄送机关
    QString printedBy;  // 印发机关
    QDate printedOn;    // 印发日期

    // The exchange (not printed): directory ids of organisations among 主送 and 抄送.
    QStringList mainRecipientIds;
    QStringList copyToIds;

    [[nodiscard]] Direction effectiveDirection() const { return direction.value_or(directionOf(type)); }
    [[nodiscard]] bool isUpward() const { return effectiveDirection() == Direction::Upward; }
    [[nodiscard]] bool isPendingNumber() const { return documentNumber.trimmed().isEmpty(); }
    // The parsed 发文字号; a pending one while empty. A malformed one is the validator's to report.
    [[nodiscard]] std::expected<DocumentNumber, DocumentNumberError> number() const;
    // Every organisation named on the page (主送 and 抄送), for search and distribution.
    [[nodiscard]] QStringList organisations() const;

    // 主送 then 抄送 ids, each once: the record's `recipients` at 分发.
    [[nodiscard]] QStringList recipientIds() const;

    // Writes the keys above (not the schema version: ModuleRecords::put stamps "_v").
    [[nodiscard]] QJsonObject toPayload() const;
    // Reads a payload of the current schema. Unknown values (a type or level this version does not
    // know) fall back to the defaults and are logged: a record from a newer GovDesk still opens.
    [[nodiscard]] static OfficialDocument fromPayload(const QJsonObject &payload);
    // CollectionSpec::upgrade: one step from `fromVersion` to the next.
    [[nodiscard]] static QJsonObject upgradePayload(const QJsonObject &payload, int fromVersion);

    [[nodiscard]] bool operator==(const OfficialDocument &other) const;
};

} // namespace GovDesk::Documents
