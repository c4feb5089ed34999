// Tests the 通报's ranking against hand-worked cases: competition ranks with ties on the published
// figure, top and bottom three with ties at the boundary, lower-is-better indicators, courts
// without a figure kept apart, the previous period's ranks and changes, and the threshold.
#include "CourtRanking.h"

#include <QTest>

using namespace GovDesk::Courts;

namespace {

QList<RankingInput> inputs(const QList<std::pair<const char *, std::optional<double>>> &values)
{
    QList<RankingInput> list;
    for (const auto &[court, value] : values)
        list.append({QString::fromUtf8(court), value, std::nullopt});
    return list;
}

QStringList order(const Ranking &ranking)
{
    QStringList courts;
    for (const RankedCourt &court : ranking.courts)
        courts << QStringLiteral("%1:%2%3%4")
                      .arg(court.court)
                      .arg(court.rank)
                      .arg(court.top ? QStringLiteral("T") : QString())
                      .arg(court.bottom ? QStringLiteral("B") : QString());
    return courts;
}

} // namespace

class TestCourtRanking : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tiesShareARankOnThePublishedFigure()
    {
        // 92.004 and 91.996 are both published as 92.00: they tie.
        const Ranking ranking = CourtRanking::rank(inputs({{"琼0105", 95.5},
                                                           {"琼0106", 92.004},
                                                           {"琼0107", 91.996},
                                                           {"琼0108", 90.0},
                                                           {"琼0109", 88.0},
                                                           {"琼0110", 70.0},
                                                           {"琼0111", 60.0}}));
        QCOMPARE(order(ranking), (QStringList{QStringLiteral("琼0105:1T"), QStringLiteral("琼0106:2T"),
                                              QStringLiteral("琼0107:2T"), QStringLiteral("琼0108:4"),
                                              QStringLiteral("琼0109:5B"), QStringLiteral("琼0110:6B"),
                                              QStringLiteral("琼0111:7B")}));
        QVERIFY(ranking.courts.at(1).tied && ranking.courts.at(2).tied);
        QVERIFY(!ranking.courts.at(0).tied && !ranking.courts.at(3).tied);
        QCOMPARE(ranking.courts.at(1).value, 92.0);
    }

    void tiesAtTheBoundaryAreAllMarked()
    {
        // Third place shared by two: four courts are in the top three; the bottom likewise.
        const Ranking ranking = CourtRanking::rank(inputs(
            {{"a", 9}, {"b", 8}, {"c", 7}, {"d", 7}, {"e", 6}, {"f", 5}, {"g", 3}, {"h", 3}, {"i", 3}, {"j", 1}}));
        QCOMPARE(order(ranking),
                 (QStringList{QStringLiteral("a:1T"), QStringLiteral("b:2T"), QStringLiteral("c:3T"),
                              QStringLiteral("d:3T"), QStringLiteral("e:5"), QStringLiteral("f:6"),
                              QStringLiteral("g:7B"), QStringLiteral("h:7B"), QStringLiteral("i:7B"),
                              QStringLiteral("j:10B")}));
    }

    void fewCourtsAreNotBothTopAndBottom()
    {
        // Four courts: the top two and the bottom two.
        const Ranking ranking = CourtRanking::rank(inputs({{"a", 3}, {"b", 2}, {"c", 1}, {"d", 0}}));
        QCOMPARE(ranking.marked, 2);
        QCOMPARE(order(ranking), (QStringList{QStringLiteral("a:1T"), QStringLiteral("b:2T"), QStringLiteral("c:3B"),
                                              QStringLiteral("d:4B")}));
        const Ranking one = CourtRanking::rank(inputs({{"a", 50}}));
        QCOMPARE(order(one), QStringList{QStringLiteral("a:1")}); // a court alone is neither
        QCOMPARE(one.marked, 0);
    }

    void lowerIsBetterForDays()
    {
        const Ranking ranking = CourtRanking::rank(inputs({{"a", 45.2}, {"b", 30.1}, {"c", 60.0}}),
                                                   {.direction = Direction::LowerIsBetter, .decimals = 1});
        QCOMPARE(ranking.courts.at(0).court, QStringLiteral("b"));
        QCOMPARE(ranking.courts.at(2).court, QStringLiteral("c"));
    }

    void courtsWithoutAFigureAreListedApart()
    {
        const Ranking ranking = CourtRanking::rank(inputs({{"b", 80.0}, {"z", std::nullopt}, {"a", std::nullopt}}));
        QCOMPARE(ranking.courts.size(), 1);
        QCOMPARE(ranking.unranked, (QStringList{QStringLiteral("a"), QStringLiteral("z")}));
        QCOMPARE(CourtRanking::rank({}).courts.size(), 0);
    }

    void previousPeriodAndThreshold()
    {
        QList<RankingInput> list{{QStringLiteral("a"), 90.0, 80.0},
                                 {QStringLiteral("b"), 85.0, 95.0},
                                 {QStringLiteral("c"), 70.0, std::nullopt},
                                 {QStringLiteral("d"), std::nullopt, 99.0}};
        const Ranking ranking = CourtRanking::rank(list, {.threshold = 80.0});
        QCOMPARE(ranking.courts.at(0).court, QStringLiteral("a"));
        // Then: d 99 (1), b 95 (2), a 80 (3); c had no figure.
        QCOMPARE(ranking.courts.at(0).previousRank, 3);
        QCOMPARE(*ranking.courts.at(0).change, 10.0);
        QCOMPARE(ranking.courts.at(1).previousRank, 2);
        QCOMPARE(*ranking.courts.at(1).change, -10.0);
        QVERIFY(!ranking.courts.at(2).previousRank);
        QVERIFY(!ranking.courts.at(0).belowThreshold);
        QVERIFY(ranking.courts.at(2).belowThreshold); // 70 < 80
        QCOMPARE(ranking.unranked, QStringList{QStringLiteral("d")});
    }
};

QTEST_GUILESS_MAIN(TestCourtRanking)
#include "tst_courtranking.moc"
