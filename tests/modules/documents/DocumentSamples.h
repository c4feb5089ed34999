// Realistic 公文 for the documents module's tests (fictional, with the real elements).
#pragma once

#include "OfficialDocument.h"

namespace GovDesk::Test {

// A 下行文 of the Liuzhou government office, complete up to 分发.
inline Documents::OfficialDocument fireNotice()
{
    using namespace Documents;
    OfficialDocument document;
    document.urgency = Urgency::Urgent;
    document.issuerMark = QStringLiteral("柳州市人民政府办公室文件");
    document.documentNumber = QStringLiteral("柳政办发〔2026〕12号");
    document.signers = {QStringLiteral("张伟")};
    document.type = DocumentType::Notice;
    document.title = QStringLiteral("柳州市人民政府办公室关于做好2026年春季森林防火工作的通知");
    document.mainRecipients = {QStringLiteral("各县、区人民政府"), QStringLiteral("市直各有关单位")};
    document.body = QStringLiteral("当前正值春季森林防火关键期，各地要压实森林防火责任，加强野外火源管控，"
                                   "严格落实24小时值班和领导带班制度。");
    document.attachmentNotes = {QStringLiteral("柳州市春季森林防火值班表")};
    document.issuerName = QStringLiteral("柳州市人民政府办公室");
    document.issuedOn = QDate(2026, 2, 27);
    document.remark = QStringLiteral("（此件公开发布）");
    document.attachments
        = {{.sha256 = QString(64, QLatin1Char('a')), .name = QStringLiteral("附件1.pdf"), .size = 48213}};
    document.copyTo = {QStringLiteral("市委办公室"), QStringLiteral("市人大常委会办公室")};
    document.printedBy = QStringLiteral("柳州市人民政府办公室");
    document.printedOn = QDate(2026, 2, 28);
    return document;
}

// A 请示 (上行文) of 鹿寨县 to the city, still a draft: no number, no signer, no date yet.
inline Documents::OfficialDocument luzhaiRequestDraft()
{
    using namespace Documents;
    OfficialDocument document;
    document.issuerMark = QStringLiteral("鹿寨县人民政府文件");
    document.type = DocumentType::Request;
    document.title = QStringLiteral("鹿寨县人民政府关于申请中渡镇山洪灾害防治资金的请示");
    document.mainRecipients = {QStringLiteral("柳州市人民政府")};
    document.body = QStringLiteral("中渡镇12处山洪灾害危险区亟需治理，特申请防治资金380万元。妥否，请批示。");
    document.issuerName = QStringLiteral("鹿寨县人民政府");
    document.remark = QStringLiteral("（联系人：李敏，电话：0772-6812345）");
    return document;
}

} // namespace GovDesk::Test
