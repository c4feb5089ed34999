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

// A 函 (信函格式) of the Liuzhou government office to the water bureau, urgent.
inline Documents::OfficialDocument waterLetter()
{
    using namespace Documents;
    OfficialDocument document;
    document.urgency = Urgency::Urgent;
    document.issuerMark = QStringLiteral("柳州市人民政府办公室");
    document.documentNumber = QStringLiteral("柳政办函〔2026〕8号");
    document.type = DocumentType::Letter;
    document.title = QStringLiteral("柳州市人民政府办公室关于商请协助开展柳江流域水质联合监测的函");
    document.mainRecipients = {QStringLiteral("柳州市水利局")};
    document.body = QStringLiteral("为掌握柳江流域水质变化情况，我办拟于2026年4月组织开展水质联合监测，"
                                   "商请贵局派员参加并提供近三年监测数据。\n请于3月20日前函复。");
    document.issuerName = QStringLiteral("柳州市人民政府办公室");
    document.issuedOn = QDate(2026, 3, 2);
    document.copyTo = {QStringLiteral("市生态环境局")};
    document.printedBy = QStringLiteral("柳州市人民政府办公室");
    document.printedOn = QDate(2026, 3, 2);
    return document;
}

// A 令 (命令格式) of 鹿寨县人民政府.
inline Documents::OfficialDocument luzhaiOrder()
{
    using namespace Documents;
    OfficialDocument document;
    document.issuerMark = QStringLiteral("鹿寨县人民政府令");
    document.documentNumber = QStringLiteral("第3号");
    document.type = DocumentType::Order;
    document.title = QStringLiteral("鹿寨县山洪灾害防御办法");
    document.body = QStringLiteral("《鹿寨县山洪灾害防御办法》已经2026年3月5日县人民政府第9次常务会议通过，"
                                   "现予公布，自2026年5月1日起施行。");
    document.issuerName = QStringLiteral("县长　李敏");
    document.issuedOn = QDate(2026, 3, 10);
    return document;
}

// A 纪要 (纪要格式) of the city government's executive meeting.
inline Documents::OfficialDocument executiveMinutes()
{
    using namespace Documents;
    OfficialDocument document;
    document.issuerMark = QStringLiteral("柳州市人民政府常务会议纪要");
    document.documentNumber = QStringLiteral("柳政阅〔2026〕12号");
    document.type = DocumentType::Minutes;
    document.title = QStringLiteral("市政府第12次常务会议纪要");
    document.body = QStringLiteral("2026年3月9日，市长主持召开市政府第12次常务会议，研究防汛抗旱工作。");
    document.attendees = QStringLiteral("张伟、王芳、陈静、刘洋、李敏、赵磊、孙丽、黄强，"
                                        "市政府办公室、市林业和园林局、市水利局、鹿寨县人民政府主要负责同志");
    document.onLeave = QStringLiteral("黄强（出差）");
    document.observers = QStringLiteral("市应急管理局、市气象局负责同志");
    document.issuerName = QStringLiteral("柳州市人民政府办公室");
    document.issuedOn = QDate(2026, 3, 10);
    return document;
}

} // namespace GovDesk::Test
