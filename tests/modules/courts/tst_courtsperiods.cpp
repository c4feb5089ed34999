// Tests the periods a 通报 can be drawn up for: the twelve months to the data's last day first,
// then the whole years, halves and quarters inside the data (latest first), each against the same
// span a year earlier, named as a 通报 names them; and where the data begin despite old 积案.
#include "CourtsPeriods.h"

#include <QTest>

using namespace GovDesk::Courts;

namespace {

CourtCase filed(QDate day, int serial, std::optional<QDate> closed = {})
{
    CourtCase c;
    c.number = {day.year(), QStringLiteral("琼0105"), QStringLiteral("民初"), serial};
    c.filedOn = day;
    c.closedOn = closed;
    return c;
}

QStringList names(const QList<PeriodChoice> &choices)
{
    QStringList list;
    for (const PeriodChoice &choice : choices)
        list << choice.name;
    return list;
}

} // namespace

class TestCourtsPeriods : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void twelveMonthsThenYearsHalvesQuarters()
    {
        const QList<PeriodChoice> choices = CourtsPeriods::choices(QDate(2024, 12, 7), QDate(2026, 12, 6));
        QCOMPARE(names(choices),
                 (QStringList{QStringLiteral("2025年12月7日至2026年12月6日"), QStringLiteral("2025年"),
                              QStringLiteral("2026年上半年"), QStringLiteral("2025年下半年"),
                              QStringLiteral("2025年上半年"), QStringLiteral("2026年第三季度"),
                              QStringLiteral("2026年第二季度"), QStringLiteral("2026年第一季度"),
                              QStringLiteral("2025年第四季度"), QStringLiteral("2025年第三季度"),
                              QStringLiteral("2025年第二季度"), QStringLiteral("2025年第一季度")}));
        QCOMPARE(choices.first().period, (Period{QDate(2025, 12, 7), QDate(2026, 12, 6)}));
        QCOMPARE(choices.first().previous, (Period{QDate(2024, 12, 7), QDate(2025, 12, 6)}));
        const PeriodChoice &half = choices.at(2);
        QCOMPARE(half.period, (Period{QDate(2026, 1, 1), QDate(2026, 6, 30)}));
        QCOMPARE(half.previous, (Period{QDate(2025, 1, 1), QDate(2025, 6, 30)}));
        const PeriodChoice &quarter = choices.at(5);
        QCOMPARE(quarter.period, (Period{QDate(2026, 7, 1), QDate(2026, 9, 30)}));
        QCOMPARE(quarter.previous, (Period{QDate(2025, 7, 1), QDate(2025, 9, 30)}));
        // 2024 and its halves and quarters are not in the data: 2025 and its parts compare with nothing.
        for (const PeriodChoice &choice : choices.mid(1))
            QCOMPARE(choice.previous.from.isValid(), !choice.name.startsWith(QStringLiteral("2025")));
    }

    void aLeapDayComparesWithTheDayBefore()
    {
        const QList<PeriodChoice> choices = CourtsPeriods::choices(QDate(2026, 1, 1), QDate(2028, 2, 29));
        QCOMPARE(choices.first().period, (Period{QDate(2027, 3, 1), QDate(2028, 2, 29)}));
        QCOMPARE(choices.first().previous.to, QDate(2027, 2, 28));
        QCOMPARE(names(choices).mid(1, 1), QStringList{QStringLiteral("2027年")});
    }

    void noDataNoPeriods()
    {
        QVERIFY(CourtsPeriods::choices({}, QDate(2026, 1, 1)).isEmpty());
        QVERIFY(CourtsPeriods::choices(QDate(2026, 2, 1), QDate(2026, 1, 1)).isEmpty());
        // Less than a quarter: only the twelve months to the last day.
        QCOMPARE(CourtsPeriods::choices(QDate(2026, 11, 20), QDate(2026, 12, 6)).size(), 1);
        QCOMPARE(CourtsPeriods::extent({}), (std::pair<QDate, QDate>{}));
    }

    void extentIgnoresTheFewOldCases()
    {
        QList<CourtCase> cases;
        for (int day = 0; day < 300; ++day)
            cases.append(filed(QDate(2025, 1, 1).addDays(day), day + 1));
        // Two 积案 from long before, and the last closing after the last filing.
        cases.append(filed(QDate(2015, 3, 2), 1));
        cases.append(filed(QDate(2018, 5, 9), 2, QDate(2025, 12, 30)));
        const auto [first, last] = CourtsPeriods::extent(cases);
        QCOMPARE(first, QDate(2025, 1, 2)); // the fourth earliest of 302: past the first hundredth
        QCOMPARE(last, QDate(2025, 12, 30));
    }
};

QTEST_GUILESS_MAIN(TestCourtsPeriods)
#include "tst_courtsperiods.moc"
