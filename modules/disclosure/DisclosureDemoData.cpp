#include "DisclosureDemoData.h"

#include "DisclosureRecords.h"
#include "ItemWorkflow.h"
#include "module/ModuleContext.h"
#include "module/ModuleRecords.h"
#include "store/Transaction.h"
#include "sync/RecordStore.h"

namespace GovDesk::Disclosure {

namespace {

struct Sample
{
    DisclosureCategory category;
    const char16_t *publisher;
    const char16_t *title; // %1: the year
    const char16_t *keywords;
};

constexpr Sample Samples[] = {
    {DisclosureCategory::RulesAndNormativeDocuments, u"柳州市人民政府办公室",
     u"柳州市%1年城市道路占用管理办法", u"城乡建设 规范性文件"},
    {DisclosureCategory::OrganisationAndFunctions, u"柳州市人民政府办公室",
     u"柳州市人民政府办公室%1年机构职能", u"机构职能"},
    {DisclosureCategory::Plans, u"柳州市发展和改革委员会", u"柳州市%1年重大项目建设计划", u"计划 重大项目"},
    {DisclosureCategory::Statistics, u"柳州市统计局", u"柳州市%1年国民经济和社会发展统计公报", u"统计 公报"},
    {DisclosureCategory::AdministrativeLicensing, u"柳州市行政审批局", u"柳州市%1年行政许可事项清单",
     u"行政许可"},
    {DisclosureCategory::PenaltiesAndEnforcement, u"柳州市市场监督管理局", u"柳州市%1年行政处罚决定公示",
     u"行政处罚"},
    {DisclosureCategory::BudgetsAndFinalAccounts, u"柳州市财政局", u"柳州市%1年市级部门预算", u"预算 财政"},
    {DisclosureCategory::Procurement, u"柳州市财政局", u"柳州市%1年政府集中采购目录", u"政府采购"},
    {DisclosureCategory::MajorProjects, u"柳州市住房和城乡建设局", u"柳江大桥改造工程%1年批准结果",
     u"重大建设项目"},
    {DisclosureCategory::PublicServices, u"柳州市人力资源和社会保障局", u"柳州市%1年就业补助资金分配情况",
     u"就业 社会保障"},
    {DisclosureCategory::EmergencyPlans, u"柳州市应急管理局", u"柳州市%1年防汛抗旱应急预案",
     u"应急预案 防汛"},
    {DisclosureCategory::PolicyInterpretation, u"柳州市人民政府办公室", u"《柳州市%1年城市建设计划》政策解读",
     u"政策解读"},
};

} // namespace

Core::Result<> seedDemoItems(Core::ModuleContext &context, QDate today)
{
    auto existing = context.records().count({.collection = QString::fromLatin1(ItemCollection)});
    if (!existing)
        return std::unexpected(existing.error());
    if (*existing > 0)
        return {};
    const ItemActor demo{
        .userId = QStringLiteral("demo"), .name = context.account().name, .unrestricted = true};
    auto transaction = Core::Transaction::begin(context.database());
    if (!transaction)
        return std::unexpected(transaction.error());
    constexpr int Count = 60;
    for (int i = 0; i < Count; ++i) {
        const Sample &sample = Samples[i % std::size(Samples)];
        // Spread over the year before `today`, newest last; the last ones are still in review.
        const QDate changed = today.addDays(-(Count - i) * 6);
        DisclosureItem item;
        item.category = sample.category;
        item.title = QString::fromUtf16(sample.title).arg(changed.year());
        if (i >= int(std::size(Samples)))
            item.title += QStringLiteral("（第%1批）").arg(i / int(std::size(Samples)) + 1);
        item.publisher = QString::fromUtf16(sample.publisher);
        item.writtenOn = changed;
        item.changedOn = changed;
        item.keywords = QString::fromUtf16(sample.keywords).split(QLatin1Char(' '));
        item.body = QStringLiteral("一、总体情况\n%1依法主动公开本信息。\n二、具体内容\n详见附件。")
                        .arg(item.publisher);
        const QDateTime at(changed, QTime(10, 0));
        item = ItemWorkflow::created(item, demo, at);
        // Most are published in time; every fifth waits at a step, some of them for too long.
        const int step = i % 10 == 3 ? 0 : i % 10 == 7 ? 1 : i % 10 == 9 ? 2 : 3;
        if (step >= 1)
            item = ItemWorkflow::submit(item, demo, QStringLiteral("请审查"), at.addDays(1)).value_or(item);
        if (step >= 2)
            item = ItemWorkflow::approve(item, demo, QStringLiteral("经审查不涉密"), at.addDays(2))
                       .value_or(item);
        if (step >= 3) {
            item
                = ItemWorkflow::publish(item, demo, QStringLiteral("同意发布"), at.addDays(4)).value_or(item);
            item.indexNumber = QStringLiteral("114502000075989180-%1-%2-%3")
                                   .arg(DisclosureCategories::code(item.category))
                                   .arg(changed.year())
                                   .arg(i + 1, 4, 10, QLatin1Char('0'));
        }
        if (i == 5)
            item = ItemWorkflow::withdraw(item, demo, QStringLiteral("已被新文件替代"), at.addDays(30))
                       .value_or(item);
        GD_TRY(DisclosureRecords::saveItem(context, Core::RecordStore::newRecordId(), item));
    }
    return transaction->commit();
}

} // namespace GovDesk::Disclosure
