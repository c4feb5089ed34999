// AnnualReport: a year's 政府信息公开工作年度报告 computed from the records — section 二 from the
// published items, section 三's table from the requests (by the six applicant columns: 本年新收,
// 上年结转, 办理结果 by reply type and sub-reason, 结转下年度继续办理), section 四 from figures
// entered by hand — with the reconciliation every request counted exactly once, and the
// `disclosure.report` payload of the record contract.
#pragma once

#include "ApplicantType.h"
#include "DisclosureRequest.h"

#include <QJsonObject>
#include <array>

namespace GovDesk::Disclosure {

inline constexpr char ReportCollection[] = "disclosure.report";

// One row of section 三's table: a count per applicant column.
struct ApplicantCounts
{
    std::array<int, 6> counts{}; // by ApplicantType, in the report's column order

    void add(ApplicantType type) { ++counts[std::size_t(type)]; }
    [[nodiscard]] int at(ApplicantType type) const { return counts[std::size_t(type)]; }
    [[nodiscard]] int total() const;
    ApplicantCounts &operator+=(const ApplicantCounts &other);
    [[nodiscard]] bool operator==(const ApplicantCounts &) const = default;
};

// Section 三. A 不予公开 (无法提供, 不予处理, 其他) request with several reasons is counted once,
// under its first reason in the report's order; 部分公开 only in its own row.
struct RequestFigures
{
    ApplicantCounts received;                   // 一、本年新收
    ApplicantCounts carriedIn;                  // 二、上年结转
    ApplicantCounts granted;                    // 三（一）予以公开
    ApplicantCounts partial;                    // 三（二）部分公开
    std::array<ApplicantCounts, 19> byReason{}; // 三（三）–（六）, by ReplyReason
    ApplicantCounts carriedOut;                 // 四、结转下年度继续办理

    [[nodiscard]] const ApplicantCounts &reason(ReplyReason reason) const
    {
        return byReason[std::size_t(reason)];
    }
    // A reply type's row total (the sum of its sub-rows for （三）–（六）).
    [[nodiscard]] ApplicantCounts ofType(ReplyType type) const;
    [[nodiscard]] ApplicantCounts results() const; // 三（七）总计
};

// Section 二: 规章和规范性文件 (category 01) and the items published by category.
struct ItemFigures
{
    int normativeMade = 0;                          // 本年制发: first published this year
    int normativeRevised = 0;                       // 本年修订: updated this year
    int normativeRepealed = 0;                      // 本年废止: 失效 or 废止 with a change this year
    int normativeInForce = 0;                       // 现行有效 at the year's end
    QList<QPair<QString, int>> publishedByCategory; // category code → items published this year
    int publishedTotal = 0;
};

// Section 四, entered by hand: the outcomes of 行政复议 and 行政诉讼 about disclosure.
struct ReviewOutcomes
{
    int upheld = 0;    // 结果维持
    int corrected = 0; // 结果纠正
    int other = 0;     // 其他结果
    int pending = 0;   // 尚未审结
    [[nodiscard]] int total() const { return upheld + corrected + other + pending; }
};

struct ReviewLitigation
{
    ReviewOutcomes review;                // 行政复议
    ReviewOutcomes litigationDirect;      // 行政诉讼：未经复议直接起诉
    ReviewOutcomes litigationAfterReview; // 行政诉讼：复议后起诉
};

// The editable text sections (一、五、六); empty ones get a short default.
struct ReportTexts
{
    QString overview; // 一、总体情况
    QString problems; // 五、存在的主要问题及改进情况
    QString other;    // 六、其他需要报告的事项
};

struct Reconciliation
{
    bool balanced = true;
    QStringList problems; // one line per column or row that does not add up
    int received = 0, carriedIn = 0, results = 0, carriedOut = 0;
};

struct AnnualReportInput
{
    int year = 0;
    QString organisation; // e.g. 柳州市人民政府办公室
    QList<DisclosureRequest> requests;
    QList<QJsonObject> items; // disclosure.item payloads
    ReviewLitigation reviewLitigation;
    ReportTexts texts;
};

class AnnualReport
{
    Q_DECLARE_TR_FUNCTIONS(GovDesk::Disclosure::AnnualReport)
public:
    [[nodiscard]] static RequestFigures requestFigures(int year, const QList<DisclosureRequest> &requests);
    [[nodiscard]] static ItemFigures itemFigures(int year, const QList<QJsonObject> &items);
    // new + carried in = results + carried out, in every column; every type the sum of its reasons.
    [[nodiscard]] static Reconciliation reconcile(const RequestFigures &figures);

    // The disclosure.report payload (status draft): sections 一 to 六 with section 二's, 三's and 四's
    // tables; section 三's text states the totals and whether they reconcile.
    [[nodiscard]] static Core::Result<QJsonObject> payload(const AnnualReportInput &input);
    // The rows of section 三's table, as in the payload (label, six columns, 总计).
    [[nodiscard]] static QList<QStringList> requestTableRows(const RequestFigures &figures);
    [[nodiscard]] static QString title(const QString &organisation, int year);
};

} // namespace GovDesk::Disclosure
