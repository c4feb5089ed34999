#include "DisclosureModule.h"

#include "AnnualReportStore.h"
#include "DisclosureDemoData.h"
#include "DisclosureIntakeService.h"
#include "DisclosureRecords.h"
#include "OrganisationCalendar.h"
#include "RequestsDemoData.h"
#include "RequestsStore.h"
#include "module/ModuleContext.h"
#include "module/ObjectPool.h"

namespace GovDesk::Disclosure {

bool DisclosureModule::initialize(Core::ModuleContext &context, QString *error)
{
    auto ready = context.migrate(DisclosureRecords::migrations());
    if (ready)
        ready = DisclosureRecords::declare(context);
    if (ready)
        ready = OrganisationCalendar::declare(context);
    // The organisation's calendar as it stands now (the shipped notices if it does not read;
    // without those, weekends only, and the deadlines say they are provisional). Requests read it
    // at each use; items' colours follow it from the next start.
    if (ready)
        ready = context.addProjection(DisclosureRecords::projection(context, RequestsStore::calendar(context),
                                                                    [] { return QDate::currentDate(); }));
    if (ready)
        ready = RequestsStore::install(context); // 依申请公开
    if (ready)
        ready = AnnualReportStore::declare(context);
    if (!ready) {
        *error = ready.error().message;
        return false;
    }
    // 转信息公开 from 公文 (services/DisclosureIntake.h).
    m_intake = new DisclosureIntakeService(context, this);
    context.objects().addObject(m_intake);
    return true;
}

bool DisclosureModule::delayedInitialize(Core::ModuleContext &context)
{
    // A new day moves requests' deadlines nearer: their to-dos are judged again once the window
    // shows (the workbench follows the to-do change signal).
    if (const auto refreshed
        = RequestsStore::refreshTodos(context, RequestsStore::calendar(context), QDate::currentDate());
        !refreshed)
        qCWarning(context.log()) << "request to-dos not refreshed:" << refreshed.error().fullText();
    return true;
}

void DisclosureModule::aboutToShutdown()
{
    delete m_intake; // leaves the pool with it
    m_intake = nullptr;
}

bool DisclosureModule::seedDemoData(Core::ModuleContext &context, QString *error)
{
    const QDate today = QDate::currentDate();
    auto seeded = seedDemoItems(context, today);
    if (seeded) {
        auto requests = RequestsDemoData::seed(context, RequestsStore::calendar(context), today);
        if (!requests)
            seeded = std::unexpected(requests.error());
    }
    if (!seeded) {
        *error = seeded.error().message;
        return false;
    }
    return true;
}

QString DisclosureModule::fieldLabel(const QString &collection, const QString &field) const
{
    return collection == QLatin1String(ItemCollection) ? DisclosureItem::fieldLabel(field) : QString();
}

} // namespace GovDesk::Disclosure
