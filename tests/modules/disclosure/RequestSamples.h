// Requests for the 依申请公开 tests: a registered request as the workflow leaves it, and the shipped
// holiday calendar.
#pragma once

#include "DisclosureRequest.h"
#include "RequestWorkflow.h"

namespace GovDesk::Test {

inline const Disclosure::HolidayCalendar &shippedCalendar()
{
    static const Disclosure::HolidayCalendar shipped = [] {
        auto loaded = Disclosure::HolidayCalendar::shipped();
        if (!loaded)
            qFatal("%s", qPrintable(loaded.error().message));
        return *loaded;
    }();
    return shipped;
}

inline const Disclosure::RequestActor &clerk()
{
    static const Disclosure::RequestActor actor{QStringLiteral("u-qin"), QStringLiteral("覃丽")};
    return actor;
}

inline QDateTime at(QDate day)
{
    return QDateTime(day, QTime(10, 0), Qt::UTC);
}

// A request handed in on `received`, before 登记.
inline Disclosure::DisclosureRequest draftRequest(QDate received, Disclosure::ApplicantType type
                                                                  = Disclosure::ApplicantType::NaturalPerson)
{
    Disclosure::DisclosureRequest draft{.applicantType = type,
                                        .applicantName = QStringLiteral("王某"),
                                        .contact = QStringLiteral("0772-2812345"),
                                        .content = QStringLiteral("某地块国有土地使用权出让的批准文件"),
                                        .purpose = QStringLiteral("自身生活需要")};
    draft.receipt = {.channel = Disclosure::RequestChannel::InPerson, .handedInOn = received};
    return draft;
}

inline Disclosure::DisclosureRequest registered(QDate received, const QStringList &existing = {})
{
    auto request = Disclosure::RequestWorkflow::registerRequest(draftRequest(received), existing, clerk(),
                                                                at(received));
    if (!request)
        qFatal("%s", qPrintable(request.error().message));
    return *request;
}

} // namespace GovDesk::Test
