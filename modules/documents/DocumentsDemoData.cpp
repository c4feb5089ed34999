#include "DocumentsDemoData.h"

#include "DemoSeals.h"
#include "DocumentsRecords.h"
#include "crypto/SealKeyStore.h"
#include "module/ModuleContext.h"
#include "module/ModuleRecords.h"
#include "module/ProjectionRunner.h"
#include "store/Transaction.h"

#include <QHash>

namespace GovDesk::Documents {

namespace {

using Action = WorkflowEntry::Action;

struct Issuer
{
    const char *name;
    const char *mark; // 发文机关标志
    const char *prefix;       // 机关代字 of 下行文
    const char *upwardPrefix; // of 报告 and 请示
    const char *letterPrefix; // of 函
};

// The demo server's organisations (server/DemoData.cpp); the profile is 柳州市人民政府办公室.
const Issuer Gov{"柳州市人民政府办公室", "柳州市人民政府办公室文件", "柳政办发", "柳政办报", "柳政办函"};
const Issuer Forestry{"柳州市林业和园林局", "柳州市林业和园林局文件", "柳林园发", "柳林园报", "柳林园函"};
const Issuer Water{"柳州市水利局", "柳州市水利局文件", "柳水发", "柳水报", "柳水函"};
const Issuer Luzhai{"鹿寨县人民政府", "鹿寨县人民政府文件", "鹿政发", "鹿政报", "鹿政函"};
const Issuer Court{"柳州市中级人民法院", "柳州市中级人民法院", "柳中法发", "柳中法报", "柳中法函"};

struct Spec
{
    const Issuer *issuer;
    DocumentType type;
    Urgency urgency;
    const char *subject; // {Y} is this year, {Y-1} the last
    int daysAgo;         // when its handling began
    const char *stage;   // DispatchStage for own documents, ReceiptStage for arrivals
    const char *returnReason = nullptr; // returned to `stage` from the next step (退回 for arrivals)
    SecurityLevel level = SecurityLevel::Public;
};

using T = DocumentType;
using U = Urgency;

const Spec Specs[] = {
    // 发文 of the office, from 拟稿 to 已分发.
    {&Gov, T::Notice, U::Normal, "做好{Y}年城市防洪排涝工作", 1, "拟稿"},
    {&Gov, T::Request, U::Urgent, "申请安排柳江防洪堤加固资金", 2, "拟稿"},
    {&Gov, T::Bulletin, U::Normal, "{Y}年第一季度政务服务工作情况", 4, "拟稿",
     "数据口径与市统计局不一致，请核实后重新报送。"},
    {&Gov, T::Letter, U::Normal, "商请协助开展柳江流域水质联合监测", 0, "拟稿"},
    {&Gov, T::Minutes, U::Normal, "市政府第12次常务会议", 1, "拟稿"},
    {&Gov, T::Notice, U::VeryUrgent, "立即开展汛前水库安全隐患排查", 2, "核稿"},
    {&Gov, T::Opinion, U::Normal, "加快推进数字政府建设", 3, "核稿"},
    {&Gov, T::Decision, U::Normal, "表彰{Y-1}年度防汛抗旱工作先进集体和先进个人", 9, "核稿"},
    {&Gov, T::Notice, U::Normal, "做好重要活动期间安全保卫工作", 1, "核稿", nullptr, SecurityLevel::Secret},
    {&Gov, T::Notice, U::Urgent, "做好{Y}年夏季森林防火工作", 1, "签发"},
    {&Gov, T::Report, U::Normal, "柳州市{Y}年上半年防汛工作情况", 2, "签发"},
    {&Gov, T::Notice, U::Normal, "开展城乡环境卫生综合整治", 3, "签发",
     "第三部分责任单位表述不清，请修改后重新签发。"},
    {&Gov, T::Announcement, U::Normal, "柳江市区段禁渔期管理", 12, "签发"},
    {&Gov, T::Bulletin, U::Normal, "{Y}年第一季度政府网站检查情况", 2, "复核"},
    {&Gov, T::Notice, U::Urgent, "切实加强汛期地质灾害防范", 5, "复核"},
    {&Gov, T::Letter, U::Normal, "商请提供{Y}年度林业有害生物防治数据", 1, "登记"},
    {&Gov, T::Notice, U::Normal, "召开全市安全生产工作会议", 2, "登记"},
    {&Gov, T::Notice, U::VeryUrgent, "做好强降雨天气防范应对工作", 0, "用印"},
    {&Gov, T::Reply, U::Normal, "鹿寨县中渡镇山洪灾害防治项目实施方案", 3, "用印"},
    {&Gov, T::Notice, U::Normal, "印发柳州市{Y}年为民办实事项目清单", 1, "分发"},
    {&Gov, T::Opinion, U::Normal, "进一步加强河湖长制工作", 2, "分发"},
    {&Gov, T::Notice, U::Urgent, "切实做好{Y}年防汛抗旱工作", 30, "已分发"},
    {&Gov, T::Notice, U::Normal, "开展{Y}年森林督查图斑核查工作", 25, "已分发"},
    {&Gov, T::Reply, U::Normal, "柳州市林业和园林局{Y}年度工作要点", 40, "已分发"},
    {&Gov, T::Letter, U::Normal, "征求《柳州市河道管理办法（征求意见稿）》意见", 20, "已分发"},
    {&Gov, T::Bulletin, U::Normal, "{Y}年第一季度重点工作督查情况", 45, "已分发"},
    {&Gov, T::Minutes, U::Normal, "市政府第10次常务会议", 50, "已分发"},
    {&Gov, T::PublicNotice, U::Normal, "柳州市城区部分道路临时交通管制", 15, "已分发"},
    // 收文 from the other organisations, from 待签收 to 已归档, two sent back.
    {&Forestry, T::Report, U::Urgent, "{Y}年第一季度森林防火工作情况", 0, "签收"},
    {&Luzhai, T::Request, U::Normal, "申请中渡镇山洪灾害防治资金", 1, "签收"},
    {&Water, T::Letter, U::VeryUrgent, "商请协调柳江防洪调度有关事项", 2, "签收"},
    {&Court, T::Letter, U::Normal, "商请协助做好涉诉信访案件化解工作", 1, "登记"},
    {&Water, T::Report, U::Normal, "{Y}年全市水库安全度汛检查情况", 9, "登记"},
    {&Luzhai, T::Report, U::Urgent, "中渡镇山洪灾害防御工作情况", 2, "拟办"},
    {&Forestry, T::Request, U::Normal, "申请开展松材线虫病疫木除治专项行动", 3, "拟办"},
    {&Water, T::Request, U::Urgent, "申请启动防汛Ⅳ级应急响应", 4, "批办"},
    {&Luzhai, T::Report, U::Normal, "{Y}年第一季度安全生产工作情况", 1, "批办"},
    {&Forestry, T::Report, U::Normal, "古树名木保护管理工作情况", 5, "承办"},
    {&Court, T::Letter, U::Normal, "商请提供行政诉讼败诉案件分析材料", 6, "承办",
     "办理结果未答复来文单位，请补充答复材料。"},
    {&Water, T::Report, U::Normal, "柳江水资源保护工作情况", 3, "办结"},
    {&Forestry, T::Letter, U::Normal, "商请做好林业行政执法证件年审工作", 10, "归档"},
    {&Water, T::Report, U::Normal, "{Y-1}年度水资源管理工作总结", 120, "已归档"},
    {&Luzhai, T::Report, U::Normal, "{Y-1}年度政府信息公开工作年度报告", 200, "已归档"},
    {&Forestry, T::Letter, U::Normal, "商请支持城市绿化提升工程", 90, "已归档"},
    {&Court, T::Letter, U::Normal, "商请协助送达法律文书", 3, "已退回",
     "非本机关职责范围，请直接送达受送达人所在县区。"},
    {&Water, T::Report, U::Urgent, "柳州市区内涝点整治情况", 8, "已退回", "主送机关有误，应主送柳州市人民政府。"},
};

const Actor Clerk{.userId = QStringLiteral("wangfang"), .name = QStringLiteral("王芳")};
const Actor Leader{.userId = QStringLiteral("zhangwei"), .name = QStringLiteral("张伟")};

QString text(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QString subjectOf(const Spec &spec, int year)
{
    return text(spec.subject)
        .replace(QStringLiteral("{Y-1}"), QString::number(year - 1))
        .replace(QStringLiteral("{Y}"), QString::number(year));
}

QString bodyOf(const Spec &spec, const QString &subject)
{
    QString opening;
    QString closing;
    switch (spec.type) {
    case T::Request:
        opening = QStringLiteral("为%1，经研究，现将有关情况请示如下：").arg(subject);
        closing = QStringLiteral("妥否，请批示。");
        break;
    case T::Report:
        opening = QStringLiteral("现将%1报告如下：").arg(subject);
        closing = QStringLiteral("特此报告。");
        break;
    case T::Letter:
        opening = QStringLiteral("为%1，现函商如下：").arg(subject);
        closing = QStringLiteral("请予支持为盼。");
        break;
    case T::Minutes:
        opening = QStringLiteral("%1听取了有关部门的工作汇报，研究议定事项如下：").arg(subject);
        closing = QStringLiteral("会议要求各责任单位按时限抓好落实。");
        break;
    default:
        opening = QStringLiteral("为%1，根据上级有关部署，结合我市实际，现就有关事项通知如下：").arg(subject);
        closing = QStringLiteral("请各地各部门认真贯彻落实，重要情况及时报告。");
        break;
    }
    return opening
           + QStringLiteral("\n一、提高思想认识\n各单位要充分认识做好此项工作的重要性，主要负责同志亲自部署，分管负责同志"
                            "具体抓落实。\n二、压实工作责任\n按照属地管理和谁主管谁负责的原则，逐级明确责任人，"
                            "建立工作台账，做到任务到岗、责任到人。\n三、加强督促检查\n市人民政府办公室将适时开展督查，"
                            "对工作不力、造成不良后果的予以通报。\n")
           + closing;
}

QString numberPrefix(const Spec &spec)
{
    if (spec.type == T::Letter)
        return text(spec.issuer->letterPrefix);
    if (directionOf(spec.type) == Direction::Upward)
        return text(spec.issuer->upwardPrefix);
    return text(spec.issuer->prefix);
}

WorkflowEntry step(Action action, const QString &from, const QString &to, const Actor &actor, const QDateTime &at,
                   const QString &opinion = {})
{
    return {.action = action, .step = from, .toStep = to, .userId = actor.userId, .name = actor.name,
            .at = at.toUTC(), .opinion = opinion};
}

// 拟稿 … up to `target`, an hour between steps.
DispatchState dispatchUpTo(DispatchStage target, const QDateTime &start, const char *returnReason)
{
    DispatchState state;
    QDateTime at = start;
    const auto stepTo = [&](DispatchStage to) {
        const DispatchStage from = state.stage;
        const bool signing = from == DispatchStage::Signing;
        const bool reviewing = from == DispatchStage::Reviewing;
        const Actor &actor = signing || reviewing ? Leader : Clerk;
        const QString opinion = signing ? QStringLiteral("同意印发。")
                                : reviewing ? QStringLiteral("文字已核，请张伟同志签发。")
                                            : QString();
        state.history.append(step(Action::Complete, dispatchStageName(from), dispatchStageName(to), actor, at, opinion));
        if (signing)
            state.signedOff = true;
        state.stage = to;
        at = at.addSecs(3600);
    };
    const DispatchStage last = returnReason ? DispatchStage(int(target) + 1) : target;
    while (state.stage != last)
        stepTo(DispatchStage(int(state.stage) + 1));
    if (returnReason) {
        WorkflowEntry back = step(Action::Return, dispatchStageName(last), dispatchStageName(target), Leader, at);
        back.reason = text(returnReason);
        state.history.append(back);
        state.stage = target;
    }
    return state;
}

ReceiptState receiptUpTo(ReceiptStage target, const QDateTime &start, const char *returnReason)
{
    ReceiptState state;
    if (target == ReceiptStage::SigningFor)
        return state;
    if (target == ReceiptStage::SentBack) {
        state.stage = ReceiptStage::SentBack;
        state.returnReason = text(returnReason);
        WorkflowEntry back = step(Action::SendBack, receiptStageName(ReceiptStage::SigningFor),
                                  receiptStageName(ReceiptStage::SentBack), Clerk, start);
        back.reason = state.returnReason;
        state.history.append(back);
        return state;
    }
    QDateTime at = start;
    state.receivedAt = at.toUTC();
    state.receivedBy = Clerk.name;
    state.history.append(step(Action::SignFor, receiptStageName(ReceiptStage::SigningFor),
                              receiptStageName(ReceiptStage::Registering), Clerk, at));
    state.stage = ReceiptStage::Registering;
    const ReceiptStage last = returnReason ? ReceiptStage(int(target) + 1) : target;
    while (state.stage != last) {
        at = at.addSecs(3600);
        const ReceiptStage to = ReceiptStage(int(state.stage) + 1);
        const bool instructing = state.stage == ReceiptStage::Instructing;
        const QString opinion = state.stage == ReceiptStage::Proposing
                                    ? QStringLiteral("拟请张伟同志阅示，由相关科室承办。")
                                : instructing ? QStringLiteral("同意，请抓紧办理，按时反馈。")
                                              : QString();
        state.history.append(step(Action::Complete, receiptStageName(state.stage), receiptStageName(to),
                                  instructing ? Leader : Clerk, at, opinion));
        state.stage = to;
    }
    if (returnReason) {
        WorkflowEntry back = step(Action::Return, receiptStageName(last), receiptStageName(target), Leader,
                                  at.addSecs(3600));
        back.reason = text(returnReason);
        state.history.append(back);
        state.stage = target;
    }
    return state;
}

} // namespace

QList<DemoDocument> demoDocuments(const QDateTime &now)
{
    const int year = now.toLocalTime().date().year();
    QHash<QString, int> sequences; // per 代字 and year: numbers without gaps
    QList<DemoDocument> documents;
    int next = 0;
    for (const Spec &spec : Specs) {
        DemoDocument demo;
        demo.recordId = QStringLiteral("demo-doc-%1").arg(++next, 2, 10, QLatin1Char('0'));
        // Office hours: the first step at 9:00 on the day its handling began, the next ones hourly.
        const QDateTime start(now.toLocalTime().date().addDays(-spec.daysAgo), QTime(9, 0));
        const bool received = spec.issuer != &Gov;
        const QString subject = subjectOf(spec, year);
        OfficialDocument &document = demo.document;
        document.type = spec.type;
        document.urgency = spec.urgency;
        document.classification = spec.level;
        if (isClassified(spec.level)) {
            document.copyNumber = QStringLiteral("000012");
            document.secrecyPeriod = {.unit = SecrecyPeriod::Unit::Years, .amount = 1};
        }
        document.issuerMark = text(spec.issuer->mark);
        document.issuerName = text(spec.issuer->name);
        document.title = spec.type == T::Minutes ? subject + QStringLiteral("纪要")
                                                 : document.issuerName + QStringLiteral("关于") + subject
                                                       + QStringLiteral("的") + typeName(spec.type);
        document.body = bodyOf(spec, subject);
        const bool upward = directionOf(spec.type) == Direction::Upward;
        if (received)
            document.mainRecipients = {QStringLiteral("柳州市人民政府办公室")};
        else if (upward)
            document.mainRecipients = {QStringLiteral("柳州市人民政府")};
        else if (spec.type == T::Letter || spec.type == T::Reply)
            document.mainRecipients = {QStringLiteral("柳州市林业和园林局")};
        else
            document.mainRecipients = {QStringLiteral("各县、区人民政府"), QStringLiteral("市直各有关单位")};
        if (spec.type == T::Notice && !received)
            document.copyTo = {QStringLiteral("市委办公室"), QStringLiteral("市人大常委会办公室")};
        if (next % 3 == 0)
            document.attachmentNotes = {subject + QStringLiteral("责任分工表"), QStringLiteral("联系人名单")};
        if (spec.type == T::Request)
            document.remark = QStringLiteral("（联系人：王芳，电话：0772-2821234）");

        if (received) {
            demo.dispatch = dispatchUpTo(DispatchStage::Distributed, start.addDays(-2), nullptr);
            demo.receipt = receiptUpTo(receiptStageFromName(text(spec.stage)).value_or(ReceiptStage::SigningFor),
                                       start, spec.returnReason);
        } else {
            demo.dispatch = dispatchUpTo(dispatchStageFromName(text(spec.stage)).value_or(DispatchStage::Drafting),
                                         start, spec.returnReason);
        }
        const DispatchStage reached = received ? DispatchStage::Distributed : demo.dispatch.stage;
        const QDate issuedOn = received ? start.date().addDays(-2) : start.date().addDays(1);
        if (reached >= DispatchStage::Checking) {
            document.issuedOn = issuedOn;
            document.signers = {received ? QStringLiteral("黄强") : Leader.name};
        }
        if (reached >= DispatchStage::Sealing) {
            const QString prefix = numberPrefix(spec);
            const QString counter = prefix + QString::number(issuedOn.year());
            document.documentNumber = DocumentNumber(prefix, issuedOn.year(), ++sequences[counter]).toString();
        }
        if (reached >= DispatchStage::Distributing) {
            document.seal = {.sealed = true, .sealId = QStringLiteral("seal-") + document.issuerName};
            document.printedBy = document.issuerName;
            document.printedOn = issuedOn;
        }
        documents.append(demo);
    }
    return documents;
}

Core::Result<> ensureDemoSeal(Core::ModuleContext &context, const QDateTime &now)
{
    auto held = Core::SealKeyStore::load(context.database());
    if (!held)
        return std::unexpected(held.error());
    if (held->has_value())
        return {};
    auto seals = DemoSeals::create(now);
    if (!seals)
        return std::unexpected(seals.error());
    // DemoSeals makes one for every demo organisation, the office included.
    const auto officeSeal = seals->sealOf(QString::fromUtf8(Gov.name));
    return officeSeal ? Core::SealKeyStore::store(context.database(), *officeSeal) : Core::Result<>();
}

Core::Result<> seedDemoDocuments(Core::ModuleContext &context, const QDateTime &now)
{
    // A trainer's own documents are never mixed with the demo's.
    auto existing = context.records().count({.collection = QString::fromLatin1(DocumentCollection)});
    if (!existing)
        return std::unexpected(existing.error());
    if (*existing > 0)
        return {};
    auto transaction = Core::Transaction::begin(context.database());
    if (!transaction)
        return std::unexpected(transaction.error());
    // The demo's own seals: the office's is kept for 用印, the others only seal their documents.
    auto seals = DemoSeals::create(now);
    if (!seals)
        return std::unexpected(seals.error());
    const auto officeSeal = seals->sealOf(QString::fromUtf8(Gov.name));
    if (officeSeal)
        GD_TRY(Core::SealKeyStore::store(context.database(), *officeSeal));
    for (DemoDocument demo : demoDocuments(now)) {
        if (demo.document.seal.sealed) {
            if (const auto seal = seals->sealOf(demo.document.issuerName)) {
                const QDateTime sealedAt = demo.dispatch.history.isEmpty() ? now : demo.dispatch.history.constLast().at;
                auto sealed = DocumentSealer::seal(demo.document, *seal, {Clerk.userId, Clerk.name}, sealedAt);
                if (!sealed)
                    return std::unexpected(sealed.error());
                demo.document = *sealed;
            }
        }
        // Sent documents travel to the demo server's organisations (their ids, as the server routes).
        QStringList recipients;
        if (!demo.receipt && demo.dispatch.stage >= DispatchStage::Distributing)
            recipients = {QStringLiteral("gx-lz-forestry"), QStringLiteral("gx-lz-water"), QStringLiteral("gx-lz-luzhai")};
        GD_TRY(DocumentsRecords::saveDocument(context, demo.recordId, demo.document, demo.dispatch, recipients));
        if (demo.receipt)
            GD_TRY(DocumentsRecords::saveIncoming(context, demo.recordId, *demo.receipt));
    }
    GD_TRY(transaction->commit());
    return context.projections().catchUp();
}

} // namespace GovDesk::Documents
