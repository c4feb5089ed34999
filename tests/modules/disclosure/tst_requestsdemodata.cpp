// Tests the demo year of requests: deterministic for a seed, every request valid as stored, and the
// variety the brief asks for — every applicant type, every reply type and sub-reason, extensions,
// consultations, late answers, open ones overdue on the day, and requests carried over from the
// year before.
#include "RequestSamples.h"
#include "RequestSupervision.h"
#include "RequestsDemoData.h"

#include <QSet>
#include <QTest>

using namespace GovDesk::Disclosure;
using namespace GovDesk::Test;

class TestRequestsDemoData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void variety()
    {
        const QDate asOf(2026, 12, 4);
        const auto requests = RequestsDemoData::generate(shippedCalendar(), asOf);
        QVERIFY2(requests, qPrintable(requests ? QString() : requests.error().message));
        QCOMPARE(requests->size(), RequestsDemoData::Count);
        QCOMPARE(*RequestsDemoData::generate(shippedCalendar(), asOf), *requests);

        QSet<ApplicantType> applicants;
        QSet<ReplyType> types;
        QSet<ReplyReason> reasons;
        QSet<QString> serials;
        int extended = 0, consulted = 0, late = 0, overdueOpen = 0, carried = 0;
        const RequestSupervision supervision(shippedCalendar());
        for (const DisclosureRequest &request : *requests) {
            QVERIFY(DisclosureRequests::validate(request));
            QVERIFY(DisclosureRequests::fromJson(request.toJson()));
            QVERIFY2(!serials.contains(request.serial), qPrintable(request.serial));
            serials.insert(request.serial);
            QVERIFY(request.receivedOn <= asOf);
            QVERIFY(!request.history.isEmpty());
            applicants.insert(request.applicantType);
            extended += request.extension ? 1 : 0;
            consulted += request.consultations.isEmpty() ? 0 : 1;
            if (request.receivedOn.year() < asOf.year()) {
                QCOMPARE(request.carriedFromYear, request.receivedOn.year());
                ++carried;
            }
            const auto state = supervision.stateOf(request, asOf);
            QVERIFY(state);
            if (request.reply) {
                types.insert(request.reply->type);
                for (ReplyReason reason : request.reply->reasons)
                    reasons.insert(reason);
                late += state->status == SupervisionStatus::Red ? 1 : 0;
            } else if (state->status == SupervisionStatus::Red) {
                ++overdueOpen;
            }
        }
        QCOMPARE(applicants.size(), 6);
        QCOMPARE(types.size(), ReplyTypes::all().size());
        QCOMPARE(reasons.size(), ReplyTypes::allReasons().size());
        QVERIFY(extended >= 5);
        QVERIFY(consulted >= 5);
        QVERIFY(late >= 3);
        QVERIFY(overdueOpen >= 3);
        QVERIFY(carried >= 3);
    }
};

QTEST_GUILESS_MAIN(TestRequestsDemoData)
#include "tst_requestsdemodata.moc"
