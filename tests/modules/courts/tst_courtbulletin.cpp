// Tests a 通报 over a small province: the province's figure is all courts together (not a mean of
// rates), each level ranked on its own with the threshold named, the previous period compared,
// cases of unknown courts left out and said so, and the leaders' summary written from the figures.
#include "CourtBulletin.h"
#include "CourtSamples.h"
#include "TestProfile.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace GovDesk::Courts;

namespace {

// `closed` of `filed` cases filed in March 2026 at `court` closed in April; plus `earlier` cases
// filed and closed in the second half of 2025 (the previous period's figures).
QList<CourtCase> cases(const char *court, int filed, int closed, int earlierFiled = 0, int earlierClosed = 0)
{
    QList<CourtCase> list;
    int serial = 0;
    const auto add = [&](QDate filedOn, std::optional<QDate> closedOn) {
        CourtCase c;
        c.number = {filedOn.year(), QString::fromUtf8(court), QStringLiteral("民初"), ++serial};
        c.filedOn = filedOn;
        c.closedOn = closedOn;
        c.closing = closedOn ? std::optional(ClosingMethod::Judgment) : std::nullopt;
        list.append(c);
    };
    for (int i = 0; i < filed; ++i)
        add(QDate(2026, 3, 2), i < closed ? std::optional(QDate(2026, 4, 1)) : std::nullopt);
    for (int i = 0; i < earlierFiled; ++i)
        add(QDate(2025, 8, 1), i < earlierClosed ? std::optional(QDate(2025, 9, 1)) : std::nullopt);
    return list;
}

BulletinOptions firstHalf()
{
    BulletinOptions options;
    options.period = {QDate(2026, 1, 1), QDate(2026, 6, 30)};
    options.previous = {QDate(2025, 7, 1), QDate(2025, 12, 31)};
    options.periodName = QStringLiteral("2026年上半年");
    options.issuer = QStringLiteral("海南省高级人民法院审判管理办公室");
    options.indicators = {Indicator::ClosingRate, Indicator::AverageTrialDays};
    options.settings.thresholds = {{Indicator::ClosingRate, 60.0}};
    return options;
}

} // namespace

class TestCourtBulletin : public QObject
{
    Q_OBJECT

    CourtDirectory m_directory;
    QList<CourtCase> m_cases;

private Q_SLOTS:
    void initTestCase()
    {
        auto directory = CourtDirectory::fromJson(GovDesk::Test::hainanCourts());
        GD_VERIFY(directory);
        m_directory = *directory;
        // This period: 琼01 9/10, 琼02 1/2; 琼0105 8/10, 琼0106 8/10 (tied), 琼0202 1/4.
        // Previous period: 琼0105 5/10 (last of the three then), 琼0106 9/10, 琼0202 6/10.
        m_cases << cases("琼01", 10, 9) << cases("琼02", 2, 1) << cases("琼0105", 10, 8, 10, 5)
                << cases("琼0106", 10, 8, 10, 9) << cases("琼0202", 4, 1, 10, 6) << cases("粤0101", 3, 3);
    }

    void ranksEachLevelAgainstTheProvince()
    {
        auto bulletin = CourtBulletin::compose(m_directory, m_cases, firstHalf());
        GD_VERIFY(bulletin);
        QCOMPARE(bulletin->unknownCourtCases, 3);
        QCOMPARE(bulletin->received, 36);
        QCOMPARE(bulletin->closed, 27);
        const BulletinSection &closing = bulletin->sections.at(0);
        QCOMPARE(closing.definition.name, QStringLiteral("结案率"));
        // This period: 结案 27; 旧存 (open at the start: 5 + 1 + 4) 10 + 新收 36 = 46.
        QCOMPARE(CourtRanking::rounded(*closing.province, 2), CourtRanking::rounded(27.0 / 46 * 100, 2));
        // Previous period: 20 closed of 30 filed (no older cases).
        QCOMPARE(CourtRanking::rounded(*closing.previousProvince, 2), 66.67);
        QCOMPARE(closing.levels.size(), 2);
        const Ranking &intermediate = closing.levels.at(0).ranking;
        QCOMPARE(closing.levels.at(0).level, CourtLevel::Intermediate);
        QCOMPARE(intermediate.courts.at(0).court, QStringLiteral("琼01"));
        const Ranking &basic = closing.levels.at(1).ranking;
        // 琼0105: 8 of (10 new + 5 carried) = 53.33; 琼0106: 8 of 11 = 72.73; 琼0202: 1 of 8 = 12.50.
        QCOMPARE(basic.courts.at(0).court, QStringLiteral("琼0106"));
        QCOMPARE(basic.courts.at(0).value, 72.73);
        QCOMPARE(basic.courts.at(1).court, QStringLiteral("琼0105"));
        QCOMPARE(basic.courts.at(1).value, 53.33);
        QVERIFY(basic.courts.at(1).belowThreshold && basic.courts.at(2).belowThreshold);
        QVERIFY(!basic.courts.at(0).belowThreshold);
        // Previous ranks: 琼0106 90 (1), 琼0202 60 (2), 琼0105 50 (3).
        QCOMPARE(basic.courts.at(1).previousRank, 3);
        QCOMPARE(basic.courts.at(2).previousRank, 2);
    }

    void theSummaryIsWrittenFromTheFigures()
    {
        auto bulletin = CourtBulletin::compose(m_directory, m_cases, firstHalf());
        GD_VERIFY(bulletin);
        const QString summary = bulletin->summary;
        QVERIFY2(summary.startsWith(QStringLiteral("2026年上半年，全省法院新收案件36件，审结27件。")), qPrintable(summary));
        QVERIFY(summary.contains(QStringLiteral("【结案率】全省为58.70%，较上期下降7.97个百分点。")));
        QVERIFY(summary.contains(QStringLiteral("基层人民法院中，海口市龙华区人民法院（72.73%）最好，三亚市城郊人民法院（12.50%）最差。")));
        QVERIFY(summary.contains(QStringLiteral("进步最大的是海口市秀英区人民法院，排名由第3位升至第2位。")));
        QVERIFY(summary.contains(QStringLiteral("未达到60.00%的法院：海南省三亚市中级人民法院（50.00%）、海口市秀英区人民法院（53.33%）、三亚市城郊人民法院（12.50%），请认真分析原因，限期整改。")));
        QVERIFY(summary.contains(QStringLiteral("另有3件案件的法院不在名录中，未纳入统计。")));
        QCOMPARE(bulletin->title, QStringLiteral("关于2026年上半年全省法院审判执行工作主要指标和系统应用情况的通报"));
    }

    void manyTiedCourtsAreCountedNotListed()
    {
        QJsonArray courts = GovDesk::Test::hainanCourts();
        for (const auto &[code, name] : {std::pair{"琼0107", "海口市琼山区人民法院"}, {"琼0108", "海口市美兰区人民法院"},
                                         {"琼0203", "三亚市海棠区人民法院"}})
            courts.append(QJsonObject{{"code", QString::fromUtf8(code)}, {"name", QString::fromUtf8(name)}});
        auto directory = CourtDirectory::fromJson(courts);
        GD_VERIFY(directory);
        // Five 基层法院 close everything, one half.
        QList<CourtCase> all;
        for (const char *court : {"琼0105", "琼0106", "琼0107", "琼0108", "琼0203"})
            all << cases(court, 4, 4);
        all << cases("琼0202", 4, 2);
        BulletinOptions options = firstHalf();
        options.levels = {CourtLevel::Basic};
        auto bulletin = CourtBulletin::compose(*directory, all, options);
        GD_VERIFY(bulletin);
        const QString &summary = bulletin->summary;
        QVERIFY2(summary.contains(QStringLiteral("等5个法院（100.00%）最好，三亚市城郊人民法院（50.00%）最差。")),
                 qPrintable(summary));
        QCOMPARE(summary.count(QStringLiteral("、")), 2); // three named, the rest counted
    }

    void formats()
    {
        const auto rate = CaseIndicators::definition(Indicator::ClosingRate, {});
        const auto days = CaseIndicators::definition(Indicator::AverageTrialDays, {});
        QCOMPARE(CourtBulletin::formatValue(rate, 66.666), QStringLiteral("66.67%"));
        QCOMPARE(CourtBulletin::formatValue(days, 117), QStringLiteral("117.0天"));
        QCOMPARE(CourtBulletin::formatChange(rate, 2.1), QStringLiteral("上升2.10个百分点"));
        QCOMPARE(CourtBulletin::formatChange(days, -3.46), QStringLiteral("减少3.5天"));
        QCOMPARE(CourtBulletin::formatChange(rate, 0.001), QStringLiteral("持平"));
    }

    void refusals()
    {
        BulletinOptions backwards = firstHalf();
        std::swap(backwards.period.from, backwards.period.to);
        QCOMPARE(CourtBulletin::compose(m_directory, m_cases, backwards).error().detail, QStringLiteral("period"));
        QCOMPARE(CourtBulletin::compose(CourtDirectory(), m_cases, firstHalf()).error().detail, QStringLiteral("directory"));
    }
};

QTEST_GUILESS_MAIN(TestCourtBulletin)
#include "tst_courtbulletin.moc"
