#include "WorkbenchDemoData.h"

#include "WorkbenchTasks.h"
#include "module/ModuleContext.h"
#include "module/ModuleRecords.h"
#include "module/ProjectionRunner.h"
#include "store/Transaction.h"

namespace GovDesk::Workbench {

using Core::TodoKind;
using Core::Urgency;

namespace {

// Deadlines are end of office hours on the day, local time, as 办理期限 are set in practice.
QDateTime endOfDay(const QDate &date)
{
    return QDateTime(date, QTime(17, 30));
}

QString chineseQuarter(int quarter)
{
    static const QString numerals[]
        = {QStringLiteral("一"), QStringLiteral("二"), QStringLiteral("三"), QStringLiteral("四")};
    return numerals[qBound(1, quarter, 4) - 1];
}

} // namespace

QList<DemoTodo> demoTodos(const QString &moduleId, const QDateTime &now)
{
    const QDate today = now.toLocalTime().date();
    const QString year = QString::number(today.year());
    // The annual disclosure report on last year's work is due by 31 January (条例 Art. 49–50):
    // in January it is still last year's report.
    const int reportYear = today.month() == 1 ? today.year() - 1 : today.year();
    // The court's 通报 covers the last quarter that has ended.
    int quarter = (today.month() - 1) / 3; // 0 = the previous year's fourth
    int quarterYear = today.year();
    if (quarter == 0) {
        quarter = 4;
        --quarterYear;
    }

    int next = 0;
    const auto make = [&](TodoKind kind, Urgency urgency, const QString &title, const QDateTime &dueAt,
                          const QString &body) {
        DemoTodo demo;
        demo.item.module = moduleId;
        demo.item.recordId = QStringLiteral("demo-%1").arg(++next, 2, 10, QLatin1Char('0'));
        demo.item.kind = kind;
        demo.item.urgency = urgency;
        demo.item.title = title;
        demo.item.dueAt = dueAt;
        demo.body = body;
        return demo;
    };

    return {
        make(TodoKind::ToDo, Urgency::VeryUrgent, QStringLiteral("关于做好%1年森林防火工作的通知").arg(year),
             endOfDay(today.addDays(1)),
             QStringLiteral("琼林发〔%1〕23号　海南省林业局　待签收。各市县林业主管部门：当前已进入森林防火"
                            "紧要期，森林火险等级持续偏高，请立即部署巡山护林和野外用火管控。")
                 .arg(year)),
        make(TodoKind::ToDo, Urgency::VeryUrgent, QStringLiteral("关于加强汛期水库安全管理的紧急通知"),
             endOfDay(today.addDays(-2)),
             QStringLiteral("琼水明电〔%1〕9号　海南省水务厅　待办理。各小型水库严格执行汛限水位，"
                            "库水位超过汛限水位的立即泄洪并报告，落实巡查责任人。")
                 .arg(year)),
        make(TodoKind::ToDo, Urgency::Urgent,
             QStringLiteral("关于报送%1年政府信息公开工作年度报告的通知").arg(reportYear),
             endOfDay(QDate(reportYear + 1, 1, 31)),
             QStringLiteral("琼府办函〔%1〕118号　海南省人民政府办公厅　待办理。请于%2年1月31日前向社会公布"
                            "本机关政府信息公开工作年度报告，并报送电子版。")
                 .arg(year)
                 .arg(reportYear + 1)),
        make(TodoKind::ToDo, Urgency::Urgent,
             QStringLiteral("关于开展%1年秋季松材线虫病普查工作的通知").arg(year), endOfDay(today.addDays(6)),
             QStringLiteral("琼林办函〔%1〕57号　海南省林业局　待拟办。以小班为单位开展枯死松树普查，"
                            "取样检测，按时填报发生面积和防治面积。")
                 .arg(year)),
        make(TodoKind::ToDo, Urgency::Urgent,
             QStringLiteral("关于公开和平镇土地征收补偿安置方案的申请（依申请公开〔%1〕第17号）").arg(year),
             endOfDay(today.addDays(4)),
             QStringLiteral("申请人：王某某（自然人）　待答复。申请公开和平镇集体土地征收补偿安置方案；"
                            "法定答复期限为收到申请之日起20个工作日。")),
        make(TodoKind::ToDo, Urgency::Normal,
             QStringLiteral("县水务局关于%1年度水利工程维修养护资金的请示").arg(year),
             endOfDay(today.addDays(5)),
             QStringLiteral("琼中水务〔%1〕31号　琼中县水务局　待审核。申请安排小型水库、山塘维修养护资金，"
                            "附项目清单。")
                 .arg(year)),
        make(TodoKind::ToDo, Urgency::Normal, QStringLiteral("关于报送%1年度林长制工作总结的通知").arg(year),
             endOfDay(today.addDays(-1)),
             QStringLiteral("琼中林长办〔%1〕6号　县林长制办公室　待办理。请各乡镇报送本年度林长巡林、"
                            "问题整改和森林资源保护工作总结。")
                 .arg(year)),
        make(TodoKind::ToDo, Urgency::Normal, QStringLiteral("关于召开全县安全生产工作会议的通知"),
             endOfDay(today.addDays(3)),
             QStringLiteral("琼中府办〔%1〕74号　县人民政府办公室　待办理。请于会前报送参会人员名单。")
                 .arg(year)),
        make(TodoKind::ToRead, Urgency::Normal,
             QStringLiteral("海南省高级人民法院%1年第%2季度审判管理通报")
                 .arg(quarterYear)
                 .arg(chineseQuarter(quarter)),
             {},
             QStringLiteral("全省法院结案率、法定审限内结案率、案件信息录入及时率、电子卷宗随案同步生成率"
                            "等指标排名及与上期比较。")),
        make(TodoKind::ToRead, Urgency::Normal,
             QStringLiteral("关于%1年第%2季度政府网站和政务新媒体检查情况的通报")
                 .arg(quarterYear)
                 .arg(chineseQuarter(quarter)),
             {},
             QStringLiteral(
                 "琼府办函〔%1〕102号　海南省人民政府办公厅　待阅。通报抽查合格率及存在的主要问题。")
                 .arg(year)),
        make(TodoKind::ToRead, Urgency::Normal,
             QStringLiteral("县林业局关于%1年森林督查图斑核查情况的报告").arg(year), {},
             QStringLiteral("琼中林〔%1〕40号　琼中县林业局　待阅。全县核查图斑及违法使用林地查处情况。")
                 .arg(year)),
    };
}

Core::Result<> seedDemoTasks(Core::ModuleContext &context, const QDateTime &now)
{
    // One transaction: a half-seeded demo would list items that search cannot find.
    auto transaction = Core::Transaction::begin(context.database());
    if (!transaction)
        return std::unexpected(transaction.error());
    for (const DemoTodo &demo : demoTodos(context.metadata().id, now)) {
        const Task task{.title = demo.item.title,
                        .body = demo.body,
                        .kind = demo.item.kind,
                        .urgency = demo.item.urgency,
                        .dueAt = demo.item.dueAt};
        GD_TRY(context.records().put(QString::fromLatin1(TaskCollection), demo.item.recordId, task.toPayload()));
    }
    GD_TRY(transaction->commit());
    return context.projections().catchUp();
}

} // namespace GovDesk::Workbench
