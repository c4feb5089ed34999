#include "AnnualReportStore.h"

#include "DisclosureItem.h"
#include "ItemActions.h"
#include "ItemWorkflow.h"
#include "RequestsStore.h"
#include "module/ModuleContext.h"
#include "module/ModuleRecords.h"
#include "sync/RecordStore.h"

namespace GovDesk::Disclosure {

namespace {

// The hand-entered values, under "entered" in the payload (the portal reads only the sections).
QJsonArray outcomesToJson(const ReviewOutcomes &outcomes)
{
    return {outcomes.upheld, outcomes.corrected, outcomes.other, outcomes.pending};
}

ReviewOutcomes outcomesFromJson(const QJsonValue &value)
{
    const QJsonArray array = value.toArray();
    return {.upheld = array.at(0).toInt(),
            .corrected = array.at(1).toInt(),
            .other = array.at(2).toInt(),
            .pending = array.at(3).toInt()};
}

QJsonObject enteredToJson(const ReviewLitigation &cases, const ReportTexts &texts)
{
    return {{"review", outcomesToJson(cases.review)},
            {"litigationDirect", outcomesToJson(cases.litigationDirect)},
            {"litigationAfterReview", outcomesToJson(cases.litigationAfterReview)},
            {"overview", texts.overview},
            {"problems", texts.problems},
            {"other", texts.other}};
}

SavedReport savedFrom(const Core::SyncRecord &record)
{
    const QJsonObject entered = record.payload.value(QStringLiteral("entered")).toObject();
    return {.recordId = record.recordId,
            .payload = record.payload,
            .reviewLitigation = {.review = outcomesFromJson(entered.value(QStringLiteral("review"))),
                                 .litigationDirect = outcomesFromJson(entered.value(QStringLiteral("litigationDirect"))),
                                 .litigationAfterReview
                                 = outcomesFromJson(entered.value(QStringLiteral("litigationAfterReview")))},
            .texts = {.overview = entered.value(QStringLiteral("overview")).toString(),
                      .problems = entered.value(QStringLiteral("problems")).toString(),
                      .other = entered.value(QStringLiteral("other")).toString()}};
}

} // namespace

bool SavedReport::isPublished() const
{
    return payload.value(QStringLiteral("status")).toString() == QLatin1String("published");
}

Core::Result<> AnnualReportStore::declare(Core::ModuleContext &context)
{
    return context.records().declareCollection({.name = QString::fromLatin1(ReportCollection)});
}

Core::Result<std::optional<SavedReport>> AnnualReportStore::find(const Core::ModuleContext &context, int year)
{
    Core::RecordQuery query;
    query.collection = QString::fromLatin1(ReportCollection);
    query.where = QJsonObject{{"year", year}};
    query.limit = 1;
    auto found = context.records().query(query);
    if (!found)
        return std::unexpected(found.error());
    if (found->isEmpty())
        return std::optional<SavedReport>();
    return std::optional<SavedReport>(savedFrom(found->constFirst()));
}

Core::Result<AnnualReportInput> AnnualReportStore::input(const Core::ModuleContext &context, int year,
                                                         const ReviewLitigation &entered, const ReportTexts &texts)
{
    AnnualReportInput input{.year = year,
                            .organisation = context.account().organisationName,
                            .requests = {},
                            .items = {},
                            .reviewLitigation = entered,
                            .texts = texts};
    auto requests = RequestsStore::all(context.database());
    if (!requests)
        return std::unexpected(requests.error());
    input.requests = requests->values();
    Core::RecordQuery query;
    query.collection = QString::fromLatin1(ItemCollection);
    query.limit = Core::RecordStore::MaxQueryLimit;
    for (;;) {
        auto page = context.records().query(query);
        if (!page)
            return std::unexpected(page.error());
        for (const Core::SyncRecord &record : std::as_const(*page))
            input.items.append(record.payload);
        if (page->size() < query.limit)
            break;
        query.offset += query.limit;
    }
    return input;
}

Core::Result<QJsonObject> AnnualReportStore::compose(const AnnualReportInput &input)
{
    auto payload = AnnualReport::payload(input);
    if (!payload)
        return payload;
    payload->insert(QStringLiteral("entered"), enteredToJson(input.reviewLitigation, input.texts));
    return payload;
}

Core::Result<QString> AnnualReportStore::saveDraft(Core::ModuleContext &context, const AnnualReportInput &input)
{
    return write(context, input, std::nullopt);
}

Core::Result<QString> AnnualReportStore::publish(Core::ModuleContext &context, const AnnualReportInput &input,
                                                 QDate on)
{
    if (!ItemActions::actorOf(context).holdsAnyOf({QString::fromLatin1(LeaderRole)}))
        //: 发布年度报告需要「信息公开领导」角色。
        return Core::fail(Core::ErrorCode::InvalidArgument,
                          tr("Publishing the annual report needs the role of a disclosure leader."), "status");
    return write(context, input, on);
}

Core::Result<QString> AnnualReportStore::write(Core::ModuleContext &context, const AnnualReportInput &input,
                                               std::optional<QDate> publishedOn)
{
    auto payload = compose(input);
    if (!payload)
        return std::unexpected(payload.error());
    if (publishedOn) {
        payload->insert(QStringLiteral("status"), QStringLiteral("published"));
        payload->insert(QStringLiteral("publishedOn"), publishedOn->toString(Qt::ISODate));
    }
    auto existing = find(context, input.year);
    if (!existing)
        return std::unexpected(existing.error());
    const QString recordId = *existing ? (*existing)->recordId : Core::RecordStore::newRecordId();
    GD_TRY(context.records().put(QString::fromLatin1(ReportCollection), recordId, *payload));
    return recordId;
}

} // namespace GovDesk::Disclosure
