// CourtCase: one case as a case-management system exports it — its 案号, 立案 and 结案 dates, the
// 审限 with extensions and deducted periods (扣除审限: 公告, 鉴定, 中止 …), how it was closed, what
// happened after (上诉, 申请再审, the second instance's outcome), execution amounts, and the
// system-usage facts the 通报 judge (information entered on time, mandatory fields filled, 电子卷宗
// generated with the case, 文书上网).
#pragma once

#include "CaseNumber.h"

#include <QDate>
#include <QList>

namespace GovDesk::Courts {

// 结案方式.
enum class ClosingMethod { Judgment, Mediation, Withdrawal, Dismissal, Ruling, Transfer, Termination, Other };

// What the court above did with the first instance's decision on appeal.
enum class AppealOutcome { None, Upheld, Reversed, Remanded, MediatedOrWithdrawn };

// One step of the case recorded in the system: when it happened and when it was entered.
struct CaseEvent
{
    QString kind; // 立案, 分案, 开庭, 宣判, 结案, 归档 …
    QDate occurredOn;
    QDate enteredOn;

    [[nodiscard]] bool operator==(const CaseEvent &) const = default;
};

struct CourtCase
{
    CaseNumber number;
    QDate filedOn;                 // 立案日期
    std::optional<QDate> closedOn; // 结案日期
    int limitMonths = 6;           // 法定审限 (民事一审普通程序 6 个月 …)
    int extensionMonths = 0;       // 延长审限, approved
    int deductedDays = 0;          // 扣除审限 days
    std::optional<ClosingMethod> closing;
    bool appealed = false;         // 上诉 (first instance)
    bool retrialSought = false;    // 申请再审 / 申诉
    AppealOutcome appealOutcome = AppealOutcome::None;
    double executionApplied = 0;   // 申请执行金额 (元), execution cases
    double executionRecovered = 0; // 执行到位金额 (元)
    bool mandatoryFieldsComplete = true; // 必填项 all filled
    bool electronicFile = false;         // 电子卷宗随案同步生成
    bool judgmentPublishable = false;    // a 裁判文书 that should go online
    bool judgmentPublished = false;      // 文书上网
    QList<CaseEvent> events;

    [[nodiscard]] QString court() const { return number.court; }
    [[nodiscard]] std::optional<CaseType> type() const { return CaseNumbers::type(number.type); }
    [[nodiscard]] bool isFirstInstance() const;
    // The last day of the 审限: filed + limit + extensions, moved by the deducted days.
    [[nodiscard]] QDate dueDate() const;
    // Closed on or before its due date.
    [[nodiscard]] bool closedWithinLimit() const;
    // 审理天数: 结案 − 立案 − 扣除 (0 at least); none while open.
    [[nodiscard]] std::optional<int> trialDays() const;
    [[nodiscard]] bool isOpenOn(QDate day) const;
};

} // namespace GovDesk::Courts
