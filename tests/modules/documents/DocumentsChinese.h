// The zh_CN texts of the 公文 module as a translator, so that tests see what users of the default
// UI language see (the real .qm embeds these once translations/govdesk_zh_CN.ts catches up: this
// table is the list of strings to carry over).
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QTranslator>

namespace GovDesk::Test {

class DocumentsChineseTranslator : public QTranslator
{
public:
    using QTranslator::QTranslator;

    [[nodiscard]] static const QHash<QByteArray, QString> &texts()
    {
        static const QHash<QByteArray, QString> zh = {
            // GovDesk::Documents::DocumentsPage
            {"%1 (%2)", QStringLiteral("%1（%2）")},
            // GovDesk::Documents::DocumentElements
            {"Copy number", QStringLiteral("份号")},
            {"Security classification", QStringLiteral("密级")},
            {"Secrecy period", QStringLiteral("保密期限")},
            {"Urgency", QStringLiteral("紧急程度")},
            {"Issuing authority mark", QStringLiteral("发文机关标志")},
            {"Document number", QStringLiteral("发文字号")},
            {"Signatory", QStringLiteral("签发人")},
            {"Document type", QStringLiteral("文种")},
            {"Title", QStringLiteral("标题")},
            {"Main recipients", QStringLiteral("主送机关")},
            {"Body", QStringLiteral("正文")},
            {"List of attachments", QStringLiteral("附件说明")},
            {"Issuing authority", QStringLiteral("发文机关署名")},
            {"Date of issue", QStringLiteral("成文日期")},
            {"Seal", QStringLiteral("印章")},
            {"Note", QStringLiteral("附注")},
            {"Attachments", QStringLiteral("附件")},
            {"Copied to", QStringLiteral("抄送机关")},
            {"Printed by", QStringLiteral("印发机关")},
            {"Printing date", QStringLiteral("印发日期")},
            // GovDesk::Documents::DocumentNumber
            {"Not yet numbered", QStringLiteral("待编号")},
            {"The document number is empty.", QStringLiteral("发文字号为空。")},
            {"The document number must begin with the issuing authority's code, as in "
             "「桂政发〔2014〕12号」.",
             QStringLiteral("发文字号应以发文机关代字开头，如「桂政发〔2014〕12号」。")},
            {"The year of the document number must be enclosed in hexagonal brackets 〔〕, as in "
             "「桂政发〔2014〕12号」.",
             QStringLiteral("发文字号中的年份应使用六角括号〔〕括入，如「桂政发〔2014〕12号」。")},
            {"The year of the document number is enclosed in %1; only the hexagonal brackets 〔〕 are "
             "allowed.",
             QStringLiteral("发文字号中的年份使用了%1，只能使用六角括号〔〕。")},
            {"The year of the document number must have four digits (found 「%1」).",
             QStringLiteral("发文字号中的年份应为4位阿拉伯数字（现为「%1」）。")},
            {"The sequence number must not be preceded by 「第」: write 「12号」, not 「第12号」.",
             QStringLiteral("发文字号的序号前不加「第」字：应写「12号」，而非「第12号」。")},
            {"The document number has no sequence number after the year.",
             QStringLiteral("发文字号在年份之后缺少序号。")},
            {"The sequence number must be a positive number without leading zeros (found 「%1」).",
             QStringLiteral("发文字号的序号应为不编虚位的正整数（现为「%1」）。")},
            {"The sequence number must be written in Arabic digits (found 「%1」).",
             QStringLiteral("发文字号的序号应使用阿拉伯数字（现为「%1」）。")},
            {"The document number must end with 「号」.", QStringLiteral("发文字号应以「号」结尾。")},
            {"The document number must end with 「号」; 「%1」 follows it.",
             QStringLiteral("发文字号应以「号」结尾，其后不应有「%1」。")},
            // GovDesk::Documents::DocumentValidator
            {"The copy number must be six Arabic digits, such as 「000001」 (found 「%1」).",
             QStringLiteral("份号应为6位阿拉伯数字，如「000001」（现为「%1」）。")},
            {"A classified document (%1) must carry a copy number.",
             QStringLiteral("涉密公文（%1）必须标注份号。")},
            {"A secrecy period is marked only on a classified document (secret, confidential or top secret).",
             QStringLiteral("只有涉密公文（秘密、机密、绝密）才标注保密期限。")},
            {"The document number is malformed: %1", QStringLiteral("发文字号格式不正确：%1")},
            {"The document has not been numbered yet: register it before sealing and sending.",
             QStringLiteral("公文尚未取得发文字号，请登记编号后再用印、分发。")},
            {"An upward document (%1) must name its signatory.",
             QStringLiteral("上行文（%1）必须标注签发人。")},
            {"The title is required: issuing authority, subject and document type.",
             QStringLiteral("标题不能为空，应由发文机关名称、事由和文种组成。")},
            {"Name at least one main recipient before sending the document.",
             QStringLiteral("分发前请至少填写一个主送机关。")},
            {"The date of issue is required from signing on, written like 「2014年4月16日」.",
             QStringLiteral("自签发起必须标注成文日期，写法如「2014年4月16日」。")},
            {"The printing date cannot be earlier than the date of issue.",
             QStringLiteral("印发日期不得早于成文日期。")},
            {"A %1 document must never be sent through the electronic exchange: classified documents may not "
             "travel on a non-classified network.",
             QStringLiteral("密级为%1的公文不得通过电子公文交换发送：涉密公文不得在非涉密网络传输。")},
            // GovDesk::Documents::DispatchWorkflow
            {"The document has already been distributed.", QStringLiteral("公文已分发。")},
            {"Only a signatory may sign a document: %1 does not hold the signing role.",
             QStringLiteral("只有签发人才能签发公文：%1不具有签发权限。")},
            {"The document cannot pass %1:\n%2", QStringLiteral("公文未能通过%1：\n%2")},
            {"A distributed document cannot be returned to an earlier step.",
             QStringLiteral("已分发的公文不能退回。")},
            {"A document can only be returned to an earlier step: it is at %1, not past %2.",
             QStringLiteral("公文只能退回到此前的环节：当前在%1，尚未经过%2。")},
            {"Give the reason for returning the document to %1.", QStringLiteral("请填写退回至%1的理由。")},
            // GovDesk::Documents::ReceiptWorkflow (and the reason above)
            {"This document has already been signed for or sent back.",
             QStringLiteral("该公文已签收或已退回。")},
            {"Only a document not yet signed for can be sent back to its sender.",
             QStringLiteral("只有尚未签收的公文才能退回发文机关。")},
            {"Give the reason for sending the document back, e.g. misaddressed.",
             QStringLiteral("请填写退回理由，如误投。")},
            {"Sign for the document before handling it.", QStringLiteral("请先签收公文再办理。")},
            {"The handling of this document is finished (%1).", QStringLiteral("该公文已办理完毕（%1）。")},
            {"Only a leader may give the instruction (%1) on a received document.",
             QStringLiteral("只有领导才能对收文进行%1。")},
            {"Write the opinion of the step %1.", QStringLiteral("请填写%1意见。")},
            {"A received document at %1 cannot be returned to %2.",
             QStringLiteral("处于%1环节的收文不能退回至%2。")},
            {"Only a document signed for and not yet archived can be circulated.",
             QStringLiteral("只有已签收且尚未归档的公文才能传阅。")},
            {"Name who is to read the document.", QStringLiteral("请指定传阅人。")},
            {"Only a document signed for and not yet archived can be urged.",
             QStringLiteral("只有已签收且尚未归档的公文才能催办。")},
            // GovDesk::Documents::DocumentsRecords
            {"Official document", QStringLiteral("公文")},
            {"[%1] %2", QStringLiteral("【%1】%2")},
            {"Step", QStringLiteral("办理环节")},
            {"Signed", QStringLiteral("签发状态")},
            {"History", QStringLiteral("办理记录")},
            // GovDesk::Documents::SealVerification, SealRecord, DocumentSealer (电子签章)
            {"Not sealed", QStringLiteral("未用印")},
            {"Valid", QStringLiteral("有效")},
            {"Tampered with", QStringLiteral("已被篡改")},
            {"Certificate invalid", QStringLiteral("证书无效")},
            {"Attachment %1", QStringLiteral("附件%1")},
            {"Attachment %1 (%2)", QStringLiteral("附件%1（%2）")},
            {"The seal's own data was altered: its signature does not match.",
             QStringLiteral("签章数据已被改动，签名验证不通过。")},
            {"Changed after sealing: %1.", QStringLiteral("用印后已被改动：%1。")},
            {"The seal certificate was not issued by the seal authority of the sync server.",
             QStringLiteral("印章证书不是由同步服务器的印章CA签发的。")},
            {"The seal certificate was not valid when the document was sealed (valid %1 to %2).",
             QStringLiteral("用印时印章证书不在有效期内（有效期%1至%2）。")},
            {"The seal belongs to another organisation than the one that issued the document.",
             QStringLiteral("印章不属于发文机关。")},
            {"The seal certificate cannot be used.", QStringLiteral("印章证书无法使用。")},
            {"The seal data of this document is damaged.", QStringLiteral("该公文的签章数据已损坏。")},
            {"The seal certificate of %1 is not valid now; ask the administrator to issue the seal again.",
             QStringLiteral("%1的印章证书当前无效，请联系管理员重新签发印章。")},
            {"The seal key of %1 does not match its certificate; fetch the seal again.",
             QStringLiteral("%1的印章密钥与证书不匹配，请重新获取印章。")},
            // GovDesk::Core::SealKeyStore
            {"The server's answer holds no complete seal.", QStringLiteral("服务器的应答中没有完整的印章。")},
            {"The seal of %1 from the server is not valid; ask the administrator to issue it again.",
             QStringLiteral("服务器发来的%1印章无效，请联系管理员重新签发。")},
            {"The seal CA certificate from the server cannot be read.",
             QStringLiteral("无法读取服务器发来的印章CA证书。")},
            // GovDesk::Documents::DocumentHandling (用印)
            {"Your organisation's electronic seal is not on this computer, so the document cannot be sealed. The "
             "seal is given only to signatories of the organisation: a signatory synchronises once to receive it "
             "and then takes the Seal step; if you are one, synchronise now and try again. If it still fails, ask "
             "the administrator to issue the seal (govdesk-syncd seal issue).",
             QStringLiteral("本机没有本单位的电子印章，无法用印。电子印章只发给本单位的签发人：请由签发人同步一次取得印章后"
                            "再办理用印；如您是签发人，请先同步再重试。仍不成功的，请联系管理员签发印章"
                            "（govdesk-syncd seal issue）。")},
            {"The seal on this computer belongs to %1, not to your organisation; synchronise to receive your "
             "organisation's seal.",
             QStringLiteral("本机的印章属于%1，不是本单位的印章，请同步以取得本单位的印章。")},
            // GovDesk::Documents::SealStatusLabel
            {"Electronic seal: cannot be checked yet — the seal authority's certificate reaches this computer "
             "with the next synchronisation.",
             QStringLiteral("电子印章：暂无法验证——印章CA证书将在下次同步时取得。")},
            {"Electronic seal: cannot be checked — %1", QStringLiteral("电子印章：无法验证——%1")},
            {"Electronic seal valid: %1, sealed on %2.", QStringLiteral("电子印章有效：%1，于%2用印。")},
            {"Electronic seal valid: %1, sealed by %2 on %3.", QStringLiteral("电子印章有效：%1，%2于%3用印。")},
            {"This is a demo seal made on this computer for training; it is not a real seal.",
             QStringLiteral("此为本机生成的演示印章，仅供培训，不是真实印章。")},
            {"Electronic seal: %1. %2", QStringLiteral("电子印章：%1。%2")},
            // GovDesk::Documents::DocumentListModel
            {"[Tampered with] %1", QStringLiteral("【已被篡改】%1")},
        };
        return zh;
    }

    [[nodiscard]] bool isEmpty() const override { return false; }

    [[nodiscard]] QString translate(const char *context, const char *sourceText, const char *disambiguation,
                                    int n) const override
    {
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        if (!QByteArray(context).startsWith("GovDesk::Documents::"))
            return {};
        return texts().value(QByteArray(sourceText));
    }
};

} // namespace GovDesk::Test
