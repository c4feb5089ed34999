// RequestsStore: the 依申请公开 requests in the profile — a projection keeps the disclosure_requests
// table level with the disclosure.request records, and 电子监察 to-dos on the workbench for every
// yellow or red request (the text says how many working days are left or overdue). The plugin
// calls install() in initialize(); pages and the annual report read through it.
#pragma once

#include "DisclosureRequest.h"
#include "RequestWorkflow.h"
#include "module/Projection.h"
#include "store/MigrationRunner.h"

#include <QMap>
#include <functional>
#include <memory>

namespace GovDesk::Core {
class Database;
class ModuleContext;
} // namespace GovDesk::Core

namespace GovDesk::Disclosure {

struct RequestsStoreOptions
{
    // Default: the organisation's (OrganisationCalendar), read at each use, so that a year its
    // administrator adds — here or on another desk, by sync — counts at once. Tests pin one.
    std::optional<HolidayCalendar> calendar;
    // Default: QDate::currentDate(). Tests pin the day.
    std::function<QDate()> today;
};

class RequestsStore
{
    Q_DECLARE_TR_FUNCTIONS(GovDesk::Disclosure::RequestsStore)
public:
    // An owner of its own beside the module's ("module.disclosure"): the requests' tables come and
    // go with this file, whatever versions the module's other migrations reach.
    static constexpr char MigrationOwner[] = "module.disclosure.requests";
    static constexpr char ProjectionName[] = "requests";
    // The officer's 预警 setting (working days left when a request turns yellow).
    static constexpr char ApproachingDaysSetting[] = "requests/approachingDays";

    [[nodiscard]] static QList<Core::Migration> migrations();

    // Migrations, the collection, the projection (which catches up at once) and a to-do refresh at
    // each unlock (the colours move with the calendar, not only with the records). The start's own
    // refresh is the plugin's delayedInitialize(): the to-dos stored last time show meanwhile.
    [[nodiscard]] static Core::Result<> install(Core::ModuleContext &context,
                                                RequestsStoreOptions options = {});

    // Re-judges every open request for the to-do list on `today` (after a day change, a setting change).
    [[nodiscard]] static Core::Result<int> refreshTodos(Core::ModuleContext &context,
                                                        const HolidayCalendar &calendar, QDate today);

    // Saves a request (new or changed) as its record; the projection does the rest.
    [[nodiscard]] static Core::Result<> save(Core::ModuleContext &context, const QString &recordId,
                                             const DisclosureRequest &request);
    // 登记 of a new request: a serial after the organisation's others of that year, a new record id.
    [[nodiscard]] static Core::Result<QString> registerRequest(Core::ModuleContext &context,
                                                               const DisclosureRequest &draft,
                                                               const RequestActor &actor, QDateTime at);

    // The table as projected: record id → request.
    [[nodiscard]] static Core::Result<QMap<QString, DisclosureRequest>> all(Core::Database &db);
    [[nodiscard]] static Core::Result<QStringList> serials(Core::Database &db, int year);
    // The calendar deadlines are counted on: the organisation's, or the shipped notices (with a
    // warning logged) when its record does not read.
    [[nodiscard]] static HolidayCalendar calendar(const Core::ModuleContext &context);
    // The officer's setting, RequestDeadline::DefaultApproachingDays unless set.
    [[nodiscard]] static int approachingDays(const Core::ModuleContext &context);

private:
    [[nodiscard]] static Core::Projection projection(Core::ModuleContext &context,
                                                     std::shared_ptr<const RequestsStoreOptions> options);
};

} // namespace GovDesk::Disclosure
