// Tests the trend's periods (months, quarters, years, labelled in Chinese, whole ones covering the
// range; months as 年内累计) and its figures per period for the province and each court.
#include "CourtSamples.h"
#include "CourtTrend.h"
#include "TestProfile.h"

#include <QTest>

using namespace GovDesk::Courts;

class TestCourtTrend : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void periods()
    {
        const auto months
            = CourtTrend::periods(QDate(2026, 1, 15), QDate(2026, 3, 2), CourtTrend::Step::Month);
        QCOMPARE(months.size(), 3);
        QCOMPARE(months.at(0).label, QStringLiteral("2026年1月"));
        QCOMPARE(months.at(0).period.from, QDate(2026, 1, 1));
        QCOMPARE(months.at(1).period.to, QDate(2026, 2, 28));
        const auto quarters
            = CourtTrend::periods(QDate(2025, 11, 1), QDate(2026, 4, 1), CourtTrend::Step::Quarter);
        QCOMPARE(quarters.size(), 3);
        QCOMPARE(quarters.at(0).label, QStringLiteral("2025年第四季度"));
        QCOMPARE(quarters.at(2).label, QStringLiteral("2026年第二季度"));
        QCOMPARE(quarters.at(2).period.to, QDate(2026, 6, 30));
        const auto years = CourtTrend::periods(QDate(2024, 6, 1), QDate(2026, 1, 1), CourtTrend::Step::Year);
        QCOMPARE(years.size(), 3);
        QCOMPARE(years.at(2).period, (Period{QDate(2026, 1, 1), QDate(2026, 12, 31)}));
        QVERIFY(CourtTrend::periods(QDate(2026, 2, 1), QDate(2026, 1, 1), CourtTrend::Step::Month).isEmpty());
    }

    void yearToDate()
    {
        const auto months
            = CourtTrend::periods(QDate(2025, 11, 1), QDate(2026, 3, 31), CourtTrend::Step::Month);
        const auto cumulative = CourtTrend::yearToDate(months);
        QCOMPARE(cumulative.size(), months.size());
        QCOMPARE(cumulative.at(0).label, QStringLiteral("2025年1—11月"));
        QCOMPARE(cumulative.at(0).period, (Period{QDate(2025, 1, 1), QDate(2025, 11, 30)}));
        QCOMPARE(cumulative.at(2).label, QStringLiteral("2026年1月")); // a new year starts again
        QCOMPARE(cumulative.at(2).period, months.at(2).period);
        QCOMPARE(cumulative.at(4).label, QStringLiteral("2026年1—3月"));
        QCOMPARE(cumulative.at(4).period, (Period{QDate(2026, 1, 1), QDate(2026, 3, 31)}));
    }

    void figuresPerPeriod()
    {
        auto directory = CourtDirectory::fromJson(GovDesk::Test::hainanCourts());
        GD_VERIFY(directory);
        QList<CourtCase> cases;
        // 琼0105: filed in January, one closed in January, one in February; 琼0106: one in February.
        const auto add = [&cases](const char *court, int serial, QDate filed, QDate closed) {
            CourtCase c;
            c.number = {2026, QString::fromUtf8(court), QStringLiteral("民初"), serial};
            c.filedOn = filed;
            c.closedOn = closed;
            c.closing = ClosingMethod::Judgment;
            cases.append(c);
        };
        add("琼0105", 1, QDate(2026, 1, 5), QDate(2026, 1, 20));
        add("琼0105", 2, QDate(2026, 1, 6), QDate(2026, 2, 10));
        add("琼0106", 1, QDate(2026, 2, 1), QDate(2026, 2, 11));
        const auto points = CourtTrend::compute(
            *directory, cases, Indicator::ClosingRate,
            CourtTrend::periods(QDate(2026, 1, 1), QDate(2026, 2, 28), CourtTrend::Step::Month));
        QCOMPARE(points.size(), 2);
        QCOMPARE(*points.at(0).courts.value(QStringLiteral("琼0105")), 50.0);  // 1 of 2
        QVERIFY(!points.at(0).courts.value(QStringLiteral("琼0106")));         // nothing yet
        QCOMPARE(*points.at(1).courts.value(QStringLiteral("琼0105")), 100.0); // 1 of 1 carried
        QCOMPARE(*points.at(1).courts.value(QStringLiteral("琼0106")), 100.0);
        QCOMPARE(*points.at(0).province, 50.0);
        QCOMPARE(*points.at(1).province, 100.0); // 2 of (1 carried + 1 new)
    }
};

QTEST_GUILESS_MAIN(TestCourtTrend)
#include "tst_courttrend.moc"
