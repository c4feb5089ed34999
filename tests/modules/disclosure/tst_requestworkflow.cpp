// Tests every step of RequestWorkflow and its refusals: 登记 (received date by channel, serial per
// year), 承办, 补正 (once, not after extension or consultation), 延期 (once, ≤ 20 days, approved
// within the first limit by a named head), 征求第三方意见 sent and answered, 答复 (reasons where the
// regulation requires them, not before the request), and that a closed request takes no step.
#include "RequestSamples.h"
#include "RequestWorkflow.h"

#include <QTest>

using namespace GovDesk::Disclosure;
using namespace GovDesk::Test;
namespace Core = GovDesk::Core;

namespace {

template<typename T> T ok(Core::Result<T> result)
{
    if (!result)
        qFatal("%s", qPrintable(result.error().message));
    return std::move(*result);
}

} // namespace

class TestRequestWorkflow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void serials()
    {
        QCOMPARE(RequestWorkflow::nextSerial(2026, {}), QStringLiteral("2026-0001"));
        QCOMPARE(RequestWorkflow::nextSerial(2026, {"2026-0001", "2026-0012", "2025-0099", "x"}),
                 QStringLiteral("2026-0013"));
        QCOMPARE(RequestWorkflow::nextSerial(2027, {"2026-0012"}), QStringLiteral("2027-0001"));
    }

    void registerTakesTheChannelsDate()
    {
        DisclosureRequest draft = draftRequest(QDate(2026, 3, 2));
        draft.receipt = {.channel = RequestChannel::Online,
                         .handedInOn = QDate(2026, 3, 1),
                         .confirmedOn = QDate(2026, 3, 3)};
        const DisclosureRequest request
            = ok(RequestWorkflow::registerRequest(draft, {"2026-0004"}, clerk(), at(QDate(2026, 3, 3))));
        QCOMPARE(request.receivedOn, QDate(2026, 3, 3));
        QCOMPARE(request.serial, QStringLiteral("2026-0005"));
        QCOMPARE(request.status, RequestStatus::Registered);
        QCOMPARE(request.history.size(), 1);
        QCOMPARE(request.history.at(0).action, QStringLiteral("register"));
        QCOMPARE(request.history.at(0).by, QStringLiteral("u-qin"));
        QCOMPARE(request.history.at(0).at, at(QDate(2026, 3, 3)));

        // No date for the channel, no applicant, registered twice.
        draft.receipt.confirmedOn = QDate();
        QVERIFY(!RequestWorkflow::registerRequest(draft, {}, clerk(), at(QDate(2026, 3, 3))));
        DisclosureRequest nameless = draftRequest(QDate(2026, 3, 2));
        nameless.applicantName.clear();
        const auto refused = RequestWorkflow::registerRequest(nameless, {}, clerk(), at(QDate(2026, 3, 3)));
        QVERIFY(!refused);
        QCOMPARE(refused.error().detail, QStringLiteral("applicantName"));
        QVERIFY(!RequestWorkflow::registerRequest(request, {}, clerk(), at(QDate(2026, 3, 3))));
    }

    void assign()
    {
        const DisclosureRequest request = registered(QDate(2026, 3, 2));
        const DisclosureRequest assigned = ok(
            RequestWorkflow::assign(request, QStringLiteral("自然资源科"), clerk(), at(QDate(2026, 3, 3))));
        QCOMPARE(assigned.status, RequestStatus::InProgress);
        QCOMPARE(assigned.department, QStringLiteral("自然资源科"));
        QCOMPARE(assigned.history.last().from, QStringLiteral("registered"));
        QCOMPARE(assigned.history.last().to, QStringLiteral("in_progress"));
        QVERIFY(!RequestWorkflow::assign(request, QStringLiteral(" "), clerk(), at(QDate(2026, 3, 3))));
    }

    void correction()
    {
        const DisclosureRequest request = registered(QDate(2026, 3, 2));
        const DisclosureRequest corrected
            = ok(RequestWorkflow::correct(request, QDate(2026, 3, 9), clerk(), at(QDate(2026, 3, 9))));
        QCOMPARE(corrected.correctedOn, QDate(2026, 3, 9));
        QCOMPARE(corrected.history.last().action, QStringLiteral("correct"));
        // The limit counts from the completed request: 3 April is the 19th working day after 9 March,
        // 4–6 April are 清明, so 7 April is the 20th.
        QCOMPARE(
            RequestDeadline::evaluate(shippedCalendar(), corrected.timeline(), QDate(2026, 3, 9))->dueDate,
            QDate(2026, 4, 7));
        QVERIFY(!RequestWorkflow::correct(corrected, QDate(2026, 3, 10), clerk(), at(QDate(2026, 3, 10))));
        QVERIFY(!RequestWorkflow::correct(request, QDate(2026, 3, 1), clerk(), at(QDate(2026, 3, 10))));
        const DisclosureRequest consulted
            = ok(RequestWorkflow::consult(request, QStringLiteral("某公司"), QDate(2026, 3, 4),
                                          shippedCalendar(), clerk(), at(QDate(2026, 3, 4))));
        QVERIFY(!RequestWorkflow::correct(consulted, QDate(2026, 3, 9), clerk(), at(QDate(2026, 3, 9))));
    }

    void extension()
    {
        const DisclosureRequest request = registered(QDate(2026, 3, 2)); // first limit: 30 March
        const DisclosureRequest extended
            = ok(RequestWorkflow::extend(request, {QDate(2026, 3, 30), 20, QStringLiteral("韦东")},
                                         shippedCalendar(), clerk(), at(QDate(2026, 3, 30))));
        QCOMPARE(extended.extension->workingDays, 20);
        QCOMPARE(extended.history.last().action, QStringLiteral("extend"));
        QVERIFY(extended.history.last().opinion.contains(QStringLiteral("韦东")));
        QCOMPARE(
            RequestDeadline::evaluate(shippedCalendar(), extended.timeline(), QDate(2026, 3, 30))->dueDate,
            QDate(2026, 4, 28));
        // Once only; at most 20 days; within the first limit; approved by someone.
        QVERIFY(!RequestWorkflow::extend(extended, {QDate(2026, 4, 1), 5, QStringLiteral("韦东")},
                                         shippedCalendar(), clerk(), at(QDate(2026, 4, 1))));
        const auto tooLong
            = RequestWorkflow::extend(request, {QDate(2026, 3, 20), 21, QStringLiteral("韦东")},
                                      shippedCalendar(), clerk(), at(QDate(2026, 3, 20)));
        QVERIFY(!tooLong);
        QCOMPARE(tooLong.error().detail, QStringLiteral("extension.workingDays"));
        QVERIFY(!RequestWorkflow::extend(request, {QDate(2026, 3, 31), 20, QStringLiteral("韦东")},
                                         shippedCalendar(), clerk(), at(QDate(2026, 3, 31))));
        QVERIFY(!RequestWorkflow::extend(request, {QDate(2026, 3, 20), 20, QString()}, shippedCalendar(),
                                         clerk(), at(QDate(2026, 3, 20))));
    }

    void consultation()
    {
        const DisclosureRequest request = registered(QDate(2026, 3, 2));
        const DisclosureRequest consulted
            = ok(RequestWorkflow::consult(request, QStringLiteral("柳州某公司"), QDate(2026, 3, 9),
                                          shippedCalendar(), clerk(), at(QDate(2026, 3, 9))));
        QCOMPARE(consulted.consultations.size(), 1);
        QCOMPARE(consulted.history.last().action, QStringLiteral("consult"));
        const DisclosureRequest answered = ok(RequestWorkflow::consultationAnswered(
            consulted, 0, QDate(2026, 3, 13), clerk(), at(QDate(2026, 3, 13))));
        QCOMPARE(answered.consultations.at(0).answeredOn, QDate(2026, 3, 13));
        QCOMPARE(answered.history.last().action, QStringLiteral("consult_answer"));
        // 10–13 March do not count: due 3 April instead of 30 March.
        QCOMPARE(
            RequestDeadline::evaluate(shippedCalendar(), answered.timeline(), QDate(2026, 3, 13))->dueDate,
            QDate(2026, 4, 3));
        QVERIFY(!RequestWorkflow::consultationAnswered(answered, 0, QDate(2026, 3, 16), clerk(),
                                                       at(QDate(2026, 3, 16))));
        QVERIFY(!RequestWorkflow::consultationAnswered(consulted, 1, QDate(2026, 3, 16), clerk(),
                                                       at(QDate(2026, 3, 16))));
        QVERIFY(!RequestWorkflow::consultationAnswered(consulted, 0, QDate(2026, 3, 6), clerk(),
                                                       at(QDate(2026, 3, 16))));
        QVERIFY(!RequestWorkflow::consult(request, QStringLiteral("某公司"), QDate(2026, 2, 27),
                                          shippedCalendar(), clerk(), at(QDate(2026, 3, 9))));
        QVERIFY(!RequestWorkflow::consult(request, QString(), QDate(2026, 3, 9), shippedCalendar(), clerk(),
                                          at(QDate(2026, 3, 9))));
    }

    void reply()
    {
        const DisclosureRequest request = registered(QDate(2026, 3, 2));
        const DisclosureRequest answered = ok(
            RequestWorkflow::reply(request,
                                   {.type = ReplyType::Refused,
                                    .reasons = {ReplyReason::ThirdPartyPrivacy, ReplyReason::StateSecret},
                                    .on = QDate(2026, 3, 20)},
                                   clerk(), at(QDate(2026, 3, 20))));
        QCOMPARE(answered.status, RequestStatus::Answered);
        QCOMPARE(answered.history.last().action, QStringLiteral("reply"));
        QCOMPARE(answered.history.last().from, QStringLiteral("registered"));
        QCOMPARE(answered.history.last().to, QStringLiteral("answered"));
        // Reasons kept in the report's order.
        QCOMPARE(answered.reply->reasons,
                 (QList<ReplyReason>{ReplyReason::StateSecret, ReplyReason::ThirdPartyPrivacy}));
        QVERIFY(!answered.isOpen());

        // Closed: no second reply, no other step.
        QVERIFY(!RequestWorkflow::reply(answered, {.type = ReplyType::Granted, .on = QDate(2026, 3, 21)},
                                        clerk(), at(QDate(2026, 3, 21))));
        QVERIFY(
            !RequestWorkflow::assign(answered, QStringLiteral("办公室"), clerk(), at(QDate(2026, 3, 21))));
        QVERIFY(!RequestWorkflow::consult(answered, QStringLiteral("某公司"), QDate(2026, 3, 21),
                                          shippedCalendar(), clerk(), at(QDate(2026, 3, 21))));
        QVERIFY(!RequestWorkflow::extend(answered, {QDate(2026, 3, 21), 5, QStringLiteral("韦东")},
                                         shippedCalendar(), clerk(), at(QDate(2026, 3, 21))));
        QVERIFY(!RequestWorkflow::correct(answered, QDate(2026, 3, 21), clerk(), at(QDate(2026, 3, 21))));

        // Reasons where required, and of the type.
        for (ReplyType type : ReplyTypes::all()) {
            const auto bare = RequestWorkflow::reply(request, {.type = type, .on = QDate(2026, 3, 20)},
                                                     clerk(), at(QDate(2026, 3, 20)));
            QCOMPARE(bool(bare), type == ReplyType::Granted);
            for (ReplyReason reason : ReplyTypes::allReasons()) {
                const auto given = RequestWorkflow::reply(
                    request, {.type = type, .reasons = {reason}, .on = QDate(2026, 3, 20)}, clerk(),
                    at(QDate(2026, 3, 20)));
                QCOMPARE(bool(given), ReplyTypes::reasonsOf(type).contains(reason));
            }
        }
        // Not before the request, nor before its 补正, nor before a consultation was sent.
        QVERIFY(!RequestWorkflow::reply(request, {.type = ReplyType::Granted, .on = QDate(2026, 3, 1)},
                                        clerk(), at(QDate(2026, 3, 1))));
        const DisclosureRequest corrected
            = ok(RequestWorkflow::correct(request, QDate(2026, 3, 9), clerk(), at(QDate(2026, 3, 9))));
        QVERIFY(!RequestWorkflow::reply(corrected, {.type = ReplyType::Granted, .on = QDate(2026, 3, 5)},
                                        clerk(), at(QDate(2026, 3, 5))));
        QVERIFY(RequestWorkflow::reply(corrected, {.type = ReplyType::Granted, .on = QDate(2026, 3, 9)},
                                       clerk(), at(QDate(2026, 3, 9))));
    }
};

QTEST_GUILESS_MAIN(TestRequestWorkflow)
#include "tst_requestworkflow.moc"
