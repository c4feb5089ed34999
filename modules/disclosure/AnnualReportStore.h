// AnnualReportStore: a year's 年度报告 kept as its `disclosure.report` record — the figures computed
// afresh from the profile's requests and items each time it is saved, what the officer entered by
// hand (section 四, texts 一、五、六) kept beside them so the draft can be edited again, and 发布
// (status published, 发布日期) left to the 领导 role; the portal shows it after the next sync.
#pragma once

#include "AnnualReport.h"

namespace GovDesk::Core {
class ModuleContext;
}

namespace GovDesk::Disclosure {

struct SavedReport
{
    QString recordId;
    QJsonObject payload;
    ReviewLitigation reviewLitigation;
    ReportTexts texts;
    [[nodiscard]] bool isPublished() const;
};

class AnnualReportStore
{
    Q_DECLARE_TR_FUNCTIONS(GovDesk::Disclosure::AnnualReportStore)
public:
    [[nodiscard]] static Core::Result<> declare(Core::ModuleContext &context);

    // The year's report as stored, if any.
    [[nodiscard]] static Core::Result<std::optional<SavedReport>> find(const Core::ModuleContext &context, int year);
    // What the report is computed from: every request and item of the profile, the organisation's
    // name, and what was entered by hand.
    [[nodiscard]] static Core::Result<AnnualReportInput> input(const Core::ModuleContext &context, int year,
                                                               const ReviewLitigation &entered,
                                                               const ReportTexts &texts);
    // The payload computed from `input`, as a draft, with the entered values beside it.
    [[nodiscard]] static Core::Result<QJsonObject> compose(const AnnualReportInput &input);

    // Writes the year's draft (a published report goes back to draft: the portal stops showing it
    // until it is published again). Returns the record id.
    [[nodiscard]] static Core::Result<QString> saveDraft(Core::ModuleContext &context, const AnnualReportInput &input);
    // 发布: by a 领导 (disclosure_leader), dated `on`.
    [[nodiscard]] static Core::Result<QString> publish(Core::ModuleContext &context, const AnnualReportInput &input,
                                                       QDate on);

private:
    [[nodiscard]] static Core::Result<QString> write(Core::ModuleContext &context, const AnnualReportInput &input,
                                                     std::optional<QDate> publishedOn);
};

} // namespace GovDesk::Disclosure
