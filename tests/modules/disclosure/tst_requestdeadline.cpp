// Tests the Art. 33 answer deadline of 依申请公开 requests against cases counted by hand on the
// shipped 2025/2026 notices: 春节 and 国庆 with their 调休 weekends, a request received on a holiday,
// the year end (provisional while the 2027 notice is unknown), 补正, an extension, consultations
// (two in a row, overlapping, an answer after the third party's 15 days), and the 电子监察 colours
// on the days around the due date.
#include "RequestDeadline.h"

#include <QTest>

using namespace GovDesk::Disclosure;

namespace {

const HolidayCalendar &calendar()
{
    static const HolidayCalendar shipped = [] {
        auto loaded = HolidayCalendar::shipped();
        if (!loaded)
            qFatal("%s", qPrintable(loaded.error().message));
        return *loaded;
    }();
    return shipped;
}

DeadlineState evaluate(const RequestTimeline &timeline, QDate asOf, int approachingDays = 5)
{
    const auto state = RequestDeadline::evaluate(calendar(), timeline, asOf, approachingDays);
    if (!state)
        qFatal("%s", qPrintable(state.error().message));
    return *state;
}

QDate due(const RequestTimeline &timeline)
{
    return evaluate(timeline, timeline.receivedOn).dueDate;
}

} // namespace

class TestRequestDeadline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void receivedOnByChannel()
    {
        const QDate handed(2026, 3, 2), signed_(2026, 3, 4), confirmed(2026, 3, 5);
        RequestReceipt receipt{.handedInOn = handed, .signedForOn = signed_, .confirmedOn = confirmed};
        QCOMPARE(*RequestDeadline::receivedOn(receipt), handed);
        receipt.channel = RequestChannel::Post;
        QCOMPARE(*RequestDeadline::receivedOn(receipt), signed_);
        for (RequestChannel channel :
             {RequestChannel::PlainLetter, RequestChannel::Online, RequestChannel::Fax}) {
            receipt.channel = channel;
            QCOMPARE(*RequestDeadline::receivedOn(receipt), confirmed);
        }
        const auto unsigned_
            = RequestDeadline::receivedOn({.channel = RequestChannel::Post, .handedInOn = handed});
        QVERIFY(!unsigned_);
        QVERIFY(!unsigned_.error().message.isEmpty());
    }

    void acrossSpringFestival()
    {
        // 2026-02-06 (Fri): 9–13 Feb (5), 14 Feb 调休 (6), 24–27 Feb (10), 28 Feb 调休 (11), 2–12 Mar (20).
        const DeadlineState state = evaluate({.receivedOn = QDate(2026, 2, 6)}, QDate(2026, 2, 25));
        QCOMPARE(state.dueDate, QDate(2026, 3, 12));
        QCOMPARE(state.allowedDays, 20);
        QCOMPARE(state.daysUsed, 8); // 9–14 Feb and 24–25 Feb
        QCOMPARE(state.daysLeft, 12);
        QVERIFY(!state.provisional);
        QCOMPARE(state.status, SupervisionStatus::Green);
        // 2025: 春节 28 Jan – 4 Feb with 26 Jan and 8 Feb worked.
        QCOMPARE(due({.receivedOn = QDate(2025, 1, 20)}), QDate(2025, 2, 21));
    }

    void acrossNationalDay()
    {
        // 2026-09-18 (Fri): 20 Sep 调休 counts, 中秋 25–27 Sep and 国庆 1–7 Oct do not, 10 Oct 调休 counts.
        QCOMPARE(due({.receivedOn = QDate(2026, 9, 18)}), QDate(2026, 10, 22));
        QCOMPARE(due({.receivedOn = QDate(2025, 9, 26)}), QDate(2025, 10, 30));
    }

    void receivedOnAHoliday()
    {
        // Received during 国庆: counting starts on 8 Oct, the first working day after.
        QCOMPARE(due({.receivedOn = QDate(2026, 10, 3)}), QDate(2026, 11, 3));
        QCOMPARE(due({.receivedOn = QDate(2026, 10, 7)}), QDate(2026, 11, 3));
        QCOMPARE(due({.receivedOn = QDate(2026, 10, 8)}), QDate(2026, 11, 4));
        const DeadlineState onHoliday = evaluate({.receivedOn = QDate(2026, 10, 3)}, QDate(2026, 10, 7));
        QCOMPARE(onHoliday.daysUsed, 0);
        QCOMPARE(onHoliday.daysLeft, 20);
    }

    void yearEnd()
    {
        // Into 2026 with its notice: 元旦 1–3 Jan off, 4 Jan (Sunday) worked.
        const DeadlineState known = evaluate({.receivedOn = QDate(2025, 12, 15)}, QDate(2025, 12, 15));
        QCOMPARE(known.dueDate, QDate(2026, 1, 13));
        QVERIFY(!known.provisional);
        // Into 2027 without its notice: weekends only, so 1 Jan 2027 counts — and the answer says so.
        const DeadlineState unknown = evaluate({.receivedOn = QDate(2026, 12, 7)}, QDate(2026, 12, 7));
        QCOMPARE(unknown.dueDate, QDate(2027, 1, 4));
        QVERIFY(unknown.provisional);
        // Once 2027 is known (here a made-up 元旦 of 1–3 Jan), the same request is due a day later.
        auto withNotice = calendar().withOverrides(QByteArray(R"({"format": 1, "years": [{"year": 2027,
            "notice": {"title": "测试用通知（非真实）", "published": "2026-11-20"},
            "holidays": [{"name": "元旦", "from": "2027-01-01", "to": "2027-01-03"}], "workdays": []}]})"));
        QVERIFY(withNotice);
        const auto settled
            = RequestDeadline::evaluate(*withNotice, {.receivedOn = QDate(2026, 12, 7)}, QDate(2026, 12, 7));
        QVERIFY(settled);
        QCOMPARE(settled->dueDate, QDate(2027, 1, 5));
        QVERIFY(!settled->provisional);
    }

    void correctionRestarts()
    {
        // 补正 received 20 Mar: the days before count for nothing; 清明 6 Apr is skipped.
        const RequestTimeline timeline{.receivedOn = QDate(2026, 3, 2), .correctedOn = QDate(2026, 3, 20)};
        const DeadlineState state = evaluate(timeline, QDate(2026, 3, 20));
        QCOMPARE(state.startedOn, QDate(2026, 3, 20));
        QCOMPARE(state.dueDate, QDate(2026, 4, 20));
        QCOMPARE(state.daysUsed, 0);
        QVERIFY(!RequestDeadline::evaluate(
            calendar(), {.receivedOn = QDate(2026, 3, 2), .correctedOn = QDate(2026, 3, 1)},
            QDate(2026, 3, 2)));
    }

    void extension()
    {
        const QDate received(2026, 2, 6); // first limit 12 Mar
        const DeadlineState extended
            = evaluate({.receivedOn = received, .extension = DeadlineExtension{QDate(2026, 3, 10), 20}},
                       QDate(2026, 3, 13));
        QCOMPARE(extended.allowedDays, 40);
        QCOMPARE(extended.dueDate, QDate(2026, 4, 10)); // 清明 4–6 Apr skipped
        QCOMPARE(extended.daysUsed, 21);
        QCOMPARE(extended.status, SupervisionStatus::Green);
        QCOMPARE(due({.receivedOn = received, .extension = DeadlineExtension{QDate(2026, 3, 12), 10}}),
                 QDate(2026, 3, 26));

        const auto late = RequestDeadline::evaluate(
            calendar(), {.receivedOn = received, .extension = DeadlineExtension{QDate(2026, 3, 13), 20}},
            QDate(2026, 3, 13));
        QVERIFY(!late);
        QVERIFY2(late.error().message.contains(QStringLiteral("2026-03-12")),
                 qPrintable(late.error().message));
        QVERIFY(!RequestDeadline::evaluate(
            calendar(), {.receivedOn = received, .extension = DeadlineExtension{QDate(2026, 3, 10), 21}},
            QDate(2026, 3, 10)));
    }

    void twoConsultations()
    {
        // Received 2 Mar, due 30 Mar without consultations. Consulted 5 Mar → answer 11 Mar (6, 9, 10,
        // 11 Mar set aside) and 16 Mar → 18 Mar (17, 18 Mar): six days later, past 清明, 8 Apr.
        RequestTimeline timeline{.receivedOn = QDate(2026, 3, 2)};
        QCOMPARE(due(timeline), QDate(2026, 3, 30));
        timeline.consultations
            = {{QDate(2026, 3, 5), QDate(2026, 3, 11)}, {QDate(2026, 3, 16), QDate(2026, 3, 18)}};
        QCOMPARE(due(timeline), QDate(2026, 4, 8));

        const DeadlineState during = evaluate(timeline, QDate(2026, 3, 10));
        QVERIFY(during.paused);
        QCOMPARE(during.daysUsed, 3);
        QCOMPARE(during.excludedDays, 3);
        QCOMPARE(during.daysLeft, 17);
        const DeadlineState after = evaluate(timeline, QDate(2026, 3, 13));
        QVERIFY(!after.paused);
        QCOMPARE(after.daysUsed, 5);
        QCOMPARE(after.excludedDays, 4);

        // Overlapping consultations stop the clock once: 6, 9–12 Mar.
        timeline.consultations
            = {{QDate(2026, 3, 5), QDate(2026, 3, 11)}, {QDate(2026, 3, 9), QDate(2026, 3, 12)}};
        QCOMPARE(due(timeline), QDate(2026, 4, 7));
    }

    void thirdPartyTimeRunsOut()
    {
        // Consulted 13 Apr; the third party's 15 working days end 7 May (劳动节 1–5 May skipped). Its
        // answer of 20 May sets aside no more; the 9 May 调休 Saturday counts.
        RequestTimeline timeline{.receivedOn = QDate(2026, 4, 10),
                                 .consultations = {{QDate(2026, 4, 13), QDate(2026, 5, 20)}}};
        QCOMPARE(due(timeline), QDate(2026, 6, 2));
        // Still waiting on 20 Apr: the clock stands; the due date assumes the full 15 days.
        timeline.consultations = {{QDate(2026, 4, 13), std::nullopt}};
        const DeadlineState waiting = evaluate(timeline, QDate(2026, 4, 20));
        QCOMPARE(waiting.dueDate, QDate(2026, 6, 2));
        QVERIFY(waiting.paused);
        QCOMPARE(waiting.daysUsed, 1);
        QCOMPARE(waiting.excludedDays, 5);
        QVERIFY(!evaluate(timeline, QDate(2026, 5, 8)).paused);

        QVERIFY(!RequestDeadline::evaluate(
            calendar(), {.receivedOn = QDate(2026, 4, 10), .consultations = {{QDate(2026, 4, 9), {}}}},
            QDate(2026, 4, 10)));
        QVERIFY(!RequestDeadline::evaluate(
            calendar(),
            {.receivedOn = QDate(2026, 4, 10), .consultations = {{QDate(2026, 4, 13), QDate(2026, 4, 12)}}},
            QDate(2026, 4, 13)));
    }

    void supervisionAroundTheDueDate_data()
    {
        QTest::addColumn<QDate>("asOf");
        QTest::addColumn<int>("approaching");
        QTest::addColumn<int>("daysLeft");
        QTest::addColumn<int>("status");
        // Due 12 Mar 2026 (received 6 Feb).
        QTest::newRow("six left") << QDate(2026, 3, 4) << 5 << 6 << int(SupervisionStatus::Green);
        QTest::newRow("five left") << QDate(2026, 3, 5) << 5 << 5 << int(SupervisionStatus::Yellow);
        QTest::newRow("weekend keeps") << QDate(2026, 3, 8) << 5 << 4 << int(SupervisionStatus::Yellow);
        QTest::newRow("due today") << QDate(2026, 3, 12) << 5 << 0 << int(SupervisionStatus::Yellow);
        QTest::newRow("a day late") << QDate(2026, 3, 13) << 5 << -1 << int(SupervisionStatus::Red);
        QTest::newRow("late on Saturday") << QDate(2026, 3, 14) << 5 << -1 << int(SupervisionStatus::Red);
        QTest::newRow("threshold 0, one left")
            << QDate(2026, 3, 11) << 0 << 1 << int(SupervisionStatus::Green);
        QTest::newRow("threshold 0, due today")
            << QDate(2026, 3, 12) << 0 << 0 << int(SupervisionStatus::Yellow);
    }

    void supervisionAroundTheDueDate()
    {
        QFETCH(QDate, asOf);
        QFETCH(int, approaching);
        QFETCH(int, daysLeft);
        QFETCH(int, status);
        const DeadlineState state = evaluate({.receivedOn = QDate(2026, 2, 6)}, asOf, approaching);
        QCOMPARE(state.daysLeft, daysLeft);
        QCOMPARE(int(state.status), status);
    }

    void answeredRequests()
    {
        RequestTimeline timeline{.receivedOn = QDate(2026, 2, 6), .answeredOn = QDate(2026, 3, 12)};
        const DeadlineState onTime = evaluate(timeline, QDate(2026, 6, 1));
        QVERIFY(onTime.closed);
        QCOMPARE(onTime.daysUsed, 20);
        QCOMPARE(onTime.status, SupervisionStatus::Green);
        timeline.answeredOn = QDate(2026, 3, 16);
        const DeadlineState late = evaluate(timeline, QDate(2026, 6, 1));
        QCOMPARE(late.status, SupervisionStatus::Red);
        QCOMPARE(late.daysLeft, -2);
        // Judged before the answer was given, the request is still open.
        QVERIFY(!evaluate(timeline, QDate(2026, 3, 2)).closed);
    }
};

QTEST_GUILESS_MAIN(TestRequestDeadline)
#include "tst_requestdeadline.moc"
