// Tests 电子监察 of requests on dates counted by hand on the 2026 notice: the colours around the due
// date (approaching days configurable), 春节 with its two 调休 Saturdays, 国庆/中秋 with theirs, the
// year end (provisional without the 2027 notice), an extension and a consultation; the open list's
// order; per-department timeliness; the to-do wording.
#include "RequestSamples.h"
#include "RequestSupervision.h"

#include <QTest>

using namespace GovDesk::Disclosure;
using namespace GovDesk::Test;

namespace {

DeadlineState stateOn(const DisclosureRequest &request, QDate asOf, int approaching = 5)
{
    const auto state = RequestSupervision(shippedCalendar(), approaching).stateOf(request, asOf);
    if (!state)
        qFatal("%s", qPrintable(state.error().message));
    return *state;
}

DisclosureRequest answered(DisclosureRequest request, QDate on, const QString &department)
{
    request.department = department;
    request.status = RequestStatus::Answered;
    request.reply = RequestReply{.type = ReplyType::Granted, .on = on};
    return request;
}

} // namespace

class TestRequestSupervision : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void coloursAroundTheDueDate()
    {
        // Received Monday 2 March: 3–6, 9–13, 16–20, 23–27 March and 30 March are the 20 days.
        const DisclosureRequest request = registered(QDate(2026, 3, 2));
        QCOMPARE(stateOn(request, QDate(2026, 3, 2)).dueDate, QDate(2026, 3, 30));
        QCOMPARE(stateOn(request, QDate(2026, 3, 20)).status, SupervisionStatus::Green); // 14 used, 6 left
        QCOMPARE(stateOn(request, QDate(2026, 3, 20)).daysLeft, 6);
        QCOMPARE(stateOn(request, QDate(2026, 3, 23)).status, SupervisionStatus::Yellow); // 5 left
        QCOMPARE(stateOn(request, QDate(2026, 3, 23)).daysLeft, 5);
        QCOMPARE(stateOn(request, QDate(2026, 3, 30)).status, SupervisionStatus::Yellow); // due today
        QCOMPARE(stateOn(request, QDate(2026, 3, 31)).status, SupervisionStatus::Red);
        QCOMPARE(stateOn(request, QDate(2026, 3, 31)).daysLeft, -1);
        // The officer's setting: yellow from 2 days left only.
        QCOMPARE(stateOn(request, QDate(2026, 3, 23), 2).status, SupervisionStatus::Green);
        QCOMPARE(stateOn(request, QDate(2026, 3, 26), 2).status, SupervisionStatus::Yellow);
        // Answered on time stays green afterwards; answered late is red for good.
        QCOMPARE(stateOn(answered(request, QDate(2026, 3, 30), "办公室"), QDate(2026, 6, 1)).status,
                 SupervisionStatus::Green);
        QCOMPARE(stateOn(answered(request, QDate(2026, 4, 1), "办公室"), QDate(2026, 6, 1)).status,
                 SupervisionStatus::Red);
    }

    void springFestivalAndItsWorkdays()
    {
        // Received Friday 6 February: 9–13 Feb (5), Saturday 14 Feb worked (6), 15–23 Feb 春节,
        // 24–27 Feb (10), Saturday 28 Feb worked (11), 2–6 March (16), 9–12 March (20).
        const DisclosureRequest request = registered(QDate(2026, 2, 6));
        QCOMPARE(stateOn(request, QDate(2026, 2, 6)).dueDate, QDate(2026, 3, 12));
        QCOMPARE(stateOn(request, QDate(2026, 2, 20)).daysUsed, 6);                      // in the holiday
        QCOMPARE(stateOn(request, QDate(2026, 3, 4)).status, SupervisionStatus::Green);  // 14 used
        QCOMPARE(stateOn(request, QDate(2026, 3, 5)).status, SupervisionStatus::Yellow); // 15 used
        QCOMPARE(stateOn(request, QDate(2026, 3, 13)).status, SupervisionStatus::Red);
    }

    void nationalDay()
    {
        // Received Friday 18 September: Sunday 20 Sep worked, 25–27 Sep 中秋, 1–7 Oct 国庆, Saturday
        // 10 Oct worked: the 15th day is 15 October, the 20th 22 October.
        const DisclosureRequest request = registered(QDate(2026, 9, 18));
        QCOMPARE(stateOn(request, QDate(2026, 9, 18)).dueDate, QDate(2026, 10, 22));
        QCOMPARE(stateOn(request, QDate(2026, 10, 14)).status, SupervisionStatus::Green);
        QCOMPARE(stateOn(request, QDate(2026, 10, 15)).status, SupervisionStatus::Yellow);
    }

    void yearEndIsProvisional()
    {
        // Received Tuesday 15 December: 12 days to 31 December, the rest in 2027 — weekends only
        // until its notice is known: 1 January counts, 4–8 January, 11 and 12 January.
        const DeadlineState state = stateOn(registered(QDate(2026, 12, 15)), QDate(2026, 12, 15));
        QCOMPARE(state.dueDate, QDate(2027, 1, 12));
        QVERIFY(state.provisional);
        QVERIFY(!stateOn(registered(QDate(2026, 3, 2)), QDate(2026, 3, 2)).provisional);
    }

    void extensionAndConsultation()
    {
        DisclosureRequest extended = registered(QDate(2026, 3, 2));
        extended.extension = RequestExtension{QDate(2026, 3, 20), 20, QStringLiteral("韦东")};
        // 31 March, 1–3 April, 清明 4–6 April, then 7–28 April: the 40th day is 28 April.
        QCOMPARE(stateOn(extended, QDate(2026, 3, 31)).dueDate, QDate(2026, 4, 28));
        QCOMPARE(stateOn(extended, QDate(2026, 3, 31)).status, SupervisionStatus::Green);

        DisclosureRequest consulted = registered(QDate(2026, 3, 2));
        consulted.consultations = {{QStringLiteral("某公司"), QDate(2026, 3, 9), QDate(2026, 3, 13)}};
        // 10–13 March set aside: four days later, 3 April.
        QCOMPARE(stateOn(consulted, QDate(2026, 3, 11)).dueDate, QDate(2026, 4, 3));
        QVERIFY(stateOn(consulted, QDate(2026, 3, 11)).paused);
        QCOMPARE(stateOn(consulted, QDate(2026, 3, 31)).status, SupervisionStatus::Yellow);
    }

    void openListMostPressingFirst()
    {
        QMap<QString, DisclosureRequest> requests;
        requests.insert("green", registered(QDate(2026, 3, 16)));
        requests.insert("red", registered(QDate(2026, 2, 6)));
        requests.insert("yellow", registered(QDate(2026, 3, 2)));
        requests.insert("closed", answered(registered(QDate(2026, 3, 2)), QDate(2026, 3, 10), "办公室"));
        requests.insert("later", registered(QDate(2026, 3, 27)));
        // Answered after the day judged: still open on it.
        requests.insert("answeredLater",
                        answered(registered(QDate(2026, 3, 3)), QDate(2026, 4, 1), "办公室"));
        const auto open = RequestSupervision(shippedCalendar()).openRequests(requests, QDate(2026, 3, 26));
        QVERIFY(open);
        QStringList ids;
        for (const SupervisedRequest &entry : *open)
            ids.append(entry.recordId);
        QCOMPARE(ids, (QStringList{"red", "yellow", "answeredLater", "green"}));
        QCOMPARE(open->at(0).state.status, SupervisionStatus::Red);
        QCOMPARE(open->at(1).state.daysLeft, 2);
        QCOMPARE(open->at(2).state.status, SupervisionStatus::Yellow);
    }

    void timelinessPerDepartment()
    {
        QList<DisclosureRequest> requests;
        // 办公室: one on time using 10 days (2 → 16 March), one late (2 March → 1 April: 22 days, the limit
        // was 30 March).
        requests.append(answered(registered(QDate(2026, 3, 2)), QDate(2026, 3, 16), "办公室"));
        requests.append(answered(registered(QDate(2026, 3, 2)), QDate(2026, 4, 1), "办公室"));
        // 财政科: one on time (6 days), one open and overdue at the period's end, one open not yet due.
        requests.append(answered(registered(QDate(2026, 3, 2)), QDate(2026, 3, 10), "财政科"));
        DisclosureRequest overdue = registered(QDate(2026, 2, 6));
        overdue.department = QStringLiteral("财政科");
        requests.append(overdue);
        DisclosureRequest fresh = registered(QDate(2026, 4, 20));
        fresh.department = QStringLiteral("财政科");
        requests.append(fresh);
        // Outside the period: answered in February.
        requests.append(answered(registered(QDate(2026, 1, 5)), QDate(2026, 2, 2), "办公室"));

        const auto figures = RequestSupervision(shippedCalendar())
                                 .timeliness(requests, QDate(2026, 3, 1), QDate(2026, 4, 30));
        QVERIFY(figures);
        QCOMPARE(figures->size(), 2);
        const DepartmentTimeliness office
            = figures->at(0).department == "办公室" ? figures->at(0) : figures->at(1);
        const DepartmentTimeliness finance
            = figures->at(0).department == "财政科" ? figures->at(0) : figures->at(1);
        QCOMPARE(office.answered, 2);
        QCOMPARE(office.answeredInTime, 1);
        QCOMPARE(office.overdueOpen, 0);
        QCOMPARE(office.averageDaysUsed, (10.0 + 22.0) / 2);
        QCOMPARE(office.onTimeRate(), 0.5);
        QCOMPARE(finance.answered, 1);
        QCOMPARE(finance.answeredInTime, 1);
        QCOMPARE(finance.overdueOpen, 1);
        QCOMPARE(finance.averageDaysUsed, 6.0);
    }

    void todoWording()
    {
        const DisclosureRequest request = registered(QDate(2026, 3, 2));
        const QString yellow = RequestSupervision::todoTitle(request.serial, request.applicantName,
                                                             stateOn(request, QDate(2026, 3, 26)));
        QVERIFY2(yellow.contains("2026-0001") && yellow.contains(QStringLiteral("王某"))
                     && yellow.contains("2"),
                 qPrintable(yellow));
        const QString red = RequestSupervision::todoTitle(request.serial, request.applicantName,
                                                          stateOn(request, QDate(2026, 4, 2)));
        QVERIFY2(red.contains("3"), qPrintable(red)); // 31 March, 1 and 2 April
        QVERIFY(red != yellow);
    }
};

QTEST_GUILESS_MAIN(TestRequestSupervision)
#include "tst_requestsupervision.moc"
