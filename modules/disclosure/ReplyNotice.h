// ReplyNotice: the wording of a 政府信息公开申请答复告知书 — the request, the reply type's legal
// wording with the article of the 2019 《政府信息公开条例》 it rests on, the remedies (行政复议 within
// 60 days, 行政诉讼 within six months), the organisation and the date in Chinese form. Text only
// (QtCore); print/DisclosurePrint lays it out as a PDF.
#pragma once

#include "DisclosureRequest.h"

namespace GovDesk::Disclosure {

struct NoticeIssuer
{
    QString organisation; // 柳州市人民政府办公室
    QString reviewBody;   // where 行政复议 is applied for: 柳州市人民政府
};

struct NoticeText
{
    QString title;      // 政府信息公开申请答复告知书
    QString serialLine; // 登记号：2026-0012
    QString addressee;  // 王某：
    QStringList paragraphs;
    QString organisation;
    QString dateLine; // 二〇二六年三月二十日
};

class ReplyNotice
{
    Q_DECLARE_TR_FUNCTIONS(GovDesk::Disclosure::ReplyNotice)
public:
    // An answered request's notice; refused for an open one or without organisation / review body.
    [[nodiscard]] static Core::Result<NoticeText> compose(const DisclosureRequest &request,
                                                          const NoticeIssuer &issuer);
    // 二〇二六年三月二十日: the date as official documents write it.
    [[nodiscard]] static QString chineseDate(QDate day);
    // The reply type's paragraph with its articles (e.g. 部分公开 cites 第三十七条).
    [[nodiscard]] static QString legalWording(const RequestReply &reply);
};

} // namespace GovDesk::Disclosure
