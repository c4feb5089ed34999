#include "OrganisationCalendar.h"

#include "ItemActions.h"
#include "ItemWorkflow.h"
#include "module/ModuleContext.h"
#include "module/ModuleRecords.h"

#include <QJsonDocument>

namespace GovDesk::Disclosure {

namespace {

// One record per organisation; record ids are unique across the server, so the id names it.
QString recordIdOf(const Core::ModuleContext &context)
{
    const QString organisation = context.account().organisationId;
    return QStringLiteral("holidays-%1").arg(organisation.isEmpty() ? QStringLiteral("local") : organisation);
}

} // namespace

Core::Result<> OrganisationCalendar::declare(Core::ModuleContext &context)
{
    return context.records().declareCollection({.name = QString::fromLatin1(CalendarCollection)});
}

Core::Result<QList<HolidayYear>> OrganisationCalendar::overrides(const Core::ModuleContext &context)
{
    auto record = context.records().get(QString::fromLatin1(CalendarCollection), recordIdOf(context));
    if (!record)
        return std::unexpected(record.error());
    if (!record->has_value() || (*record)->deleted)
        return QList<HolidayYear>();
    QJsonObject payload = (*record)->payload;
    payload.remove(QStringLiteral("_v")); // the record store's stamp, not the schedule's
    return HolidaySchedule::parse(QJsonDocument(payload).toJson(QJsonDocument::Compact));
}

Core::Result<HolidayCalendar> OrganisationCalendar::load(const Core::ModuleContext &context)
{
    auto shipped = HolidayCalendar::shipped();
    if (!shipped)
        return shipped;
    auto years = overrides(context);
    if (!years)
        return std::unexpected(years.error());
    return shipped->withOverrides(*years);
}

Core::Result<> OrganisationCalendar::save(Core::ModuleContext &context, const QList<HolidayYear> &years)
{
    if (!ItemActions::actorOf(context).holdsAnyOf({QString::fromLatin1(LeaderRole)}))
        //: 修改节假日安排需要「信息公开领导」角色。
        return Core::fail(Core::ErrorCode::InvalidArgument,
                          tr("Changing the holiday calendar needs the role of a disclosure leader."), "roles");
    auto shipped = HolidayCalendar::shipped();
    if (!shipped)
        return std::unexpected(shipped.error());
    GD_TRY(shipped->withOverrides(years));
    const QJsonObject payload = QJsonDocument::fromJson(HolidaySchedule::toJson(years)).object();
    return context.records().put(QString::fromLatin1(CalendarCollection), recordIdOf(context), payload);
}

} // namespace GovDesk::Disclosure
