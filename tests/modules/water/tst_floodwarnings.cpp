// Tests FloodWarnings on a storm over one fictional river (清溪河, stations ordered by 至河口距离)
// and a second river, computed by hand: which warnings fire, their severity, their order, and
// that each one says why in numbers.
#include "FloodWarnings.h"

#include <QTest>

using namespace GovDesk::Water;

namespace {

const QDateTime Now(QDate(2026, 6, 18), QTime(8, 0), Qt::UTC);

StationSituation gauge(const char *stcd, const char *name, const char *river, double dstrvm,
                       std::optional<double> rain24h, std::optional<double> rain1h = std::nullopt)
{
    StationSituation situation;
    situation.station = {.stcd = QString::fromLatin1(stcd),
                         .stnm = QString::fromUtf8(name),
                         .sttp = StationType::Rainfall,
                         .rvnm = QString::fromUtf8(river),
                         .dstrvm = dstrvm};
    situation.rain24h = rain24h;
    situation.rain1h = rain1h;
    situation.levelAt = Now;
    return situation;
}

StationSituation riverStation(const char *stcd, const char *name, const char *river, double dstrvm,
                              double wrz, double grz, double level, double before)
{
    StationSituation situation;
    situation.station = {.stcd = QString::fromLatin1(stcd),
                         .stnm = QString::fromUtf8(name),
                         .sttp = StationType::RiverHydrology,
                         .rvnm = QString::fromUtf8(river),
                         .dstrvm = dstrvm,
                         .wrz = wrz,
                         .grz = grz};
    situation.level = level;
    situation.levelBefore = before;
    situation.levelAt = Now;
    return situation;
}

// The storm: 上游 rain on 清溪河, a reservoir and two river stations below it; on 石门河 a 1 h 暴雨
// above 白沙 and a 特大暴雨 below it.
QList<StationSituation> storm()
{
    StationSituation reservoir;
    reservoir.station = {.stcd = QStringLiteral("60100400"),
                         .stnm = QStringLiteral("青岭水库"),
                         .sttp = StationType::Reservoir,
                         .rvnm = QStringLiteral("清溪河"),
                         .dstrvm = 100.0,
                         .fsltdz = 150.0,
                         .dsflz = 158.0};
    reservoir.level = 151.2;
    reservoir.levelBefore = 150.5;
    reservoir.levelAt = Now;
    return {
        gauge("60100100", "上坪", "清溪河", 120, 85.0, 12.0), // 暴雨 (24 h), upstream of all
        gauge("60100200", "石桥", "清溪河", 90, 30.0),        // 大雨: not enough
        riverStation("60100500", "南渡", "清溪河", 60, 85.0, 87.5, 84.6,
                     84.0), // rising 0.60, 0.40 below 警戒
        riverStation("60100600", "河口", "清溪河", 30, 60.0, 62.0, 62.3, 62.35), // over 保证, falling
        reservoir,                                                               // over 汛限 and rising
        riverStation("60200100", "白沙", "石门河", 20, 40.0, 42.0, 39.0, 38.5), // rising, 1.00 m below 警戒
        gauge("60200200", "龙潭", "石门河", 50, std::nullopt, 20.0),            // 暴雨 in 1 h
        gauge("60200300", "高峰", "石门河", 10, 260.0), // 特大暴雨, downstream of 白沙
    };
}

} // namespace

class TestFloodWarnings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theStormIsRankedBySeverity()
    {
        const QList<FloodWarning> warnings = FloodWarnings::evaluate(storm());
        QStringList order;
        for (const FloodWarning &warning : warnings)
            order << QStringLiteral("%1/%2/%3")
                         .arg(warning.stcd)
                         .arg(int(warning.kind))
                         .arg(int(warning.severity));
        const QStringList expected{
            // 危险: the reservoir over 汛限 and still rising under upstream 暴雨; 河口 over 保证; 特大暴雨 at
            // 高峰
            QStringLiteral("60100400/%1/3").arg(int(WarningKind::RainUpstreamLevelRising)),
            QStringLiteral("60100600/%1/3").arg(int(WarningKind::RiverOverGuarantee)),
            QStringLiteral("60200300/%1/3").arg(int(WarningKind::Rainfall)),
            // 警戒: 南渡 rising 0.40 m below 警戒 under upstream 暴雨; 白沙 rising 1.00 m below it (the
            // margin itself) under 龙潭's 1 h 暴雨; the reservoir 1.20 m over 汛限
            QStringLiteral("60100500/%1/2").arg(int(WarningKind::RainUpstreamLevelRising)),
            QStringLiteral("60200100/%1/2").arg(int(WarningKind::RainUpstreamLevelRising)),
            QStringLiteral("60100400/%1/2").arg(int(WarningKind::ReservoirOverFloodLimit)),
            // 关注: 暴雨 at 上坪 (35 mm past 50) before 龙潭 (4 mm past 16 in 1 h)
            QStringLiteral("60100100/%1/1").arg(int(WarningKind::Rainfall)),
            QStringLiteral("60200200/%1/1").arg(int(WarningKind::Rainfall)),
        };
        QCOMPARE(order.join(u' '), expected.join(u' '));
    }

    void aFusedWarningNamesItsCausesInNumbers()
    {
        const QList<FloodWarning> warnings = FloodWarnings::evaluate(storm());
        const auto fused = std::ranges::find_if(
            warnings, [](const FloodWarning &warning) { return warning.stcd == QStringLiteral("60100500"); });
        QVERIFY(fused != warnings.end());
        QCOMPARE(fused->causes, QStringList{QStringLiteral("60100100")}); // not 石桥 (大雨), not 河口 (below)
        QCOMPARE(fused->threshold, 85.0);
        for (const char *part : {"上坪", "85.0", "清溪河", "南渡", "0.60", "84.60", "0.40", "85.00"})
            QVERIFY2(fused->reason.contains(QString::fromUtf8(part)),
                     qPrintable(fused->reason + u" ∌ "_qs + QString::fromUtf8(part)));
    }

    void levelsSayByHowMuch()
    {
        const QList<FloodWarning> warnings = FloodWarnings::evaluate(storm());
        const auto guarantee = std::ranges::find_if(warnings, [](const FloodWarning &warning) {
            return warning.kind == WarningKind::RiverOverGuarantee;
        });
        QVERIFY(guarantee != warnings.end());
        QVERIFY2(guarantee->reason.contains(QStringLiteral("62.30"))
                     && guarantee->reason.contains(QStringLiteral("0.30"))
                     && guarantee->reason.contains(QStringLiteral("62.00")),
                 qPrintable(guarantee->reason));
    }

    void aQuietRiverGivesNothing()
    {
        QList<StationSituation> quiet{riverStation("60300100", "平安", "平安河", 40, 30.0, 32.0, 28.0, 27.99),
                                      gauge("60300200", "上游", "平安河", 80, 12.0, 1.0)};
        QVERIFY(FloodWarnings::evaluate(quiet).isEmpty());
        // Rising under heavy rain upstream but far below 警戒: 关注 only.
        quiet[0].level = 28.5;
        quiet[1].rain24h = 60.0;
        const QList<FloodWarning> warnings = FloodWarnings::evaluate(quiet);
        QCOMPARE(warnings.size(), 2);
        QCOMPARE(warnings.first().kind, WarningKind::RainUpstreamLevelRising);
        QCOMPARE(warnings.first().severity, WarningSeverity::Attention);
    }

    void keysStayWhileTheSituationLasts()
    {
        const QList<FloodWarning> before = FloodWarnings::evaluate(storm());
        QList<StationSituation> later = storm();
        later[2].level = 84.9; // 南渡 keeps rising
        const QList<FloodWarning> after = FloodWarnings::evaluate(later);
        QCOMPARE(before.at(3).stcd, QStringLiteral("60100500"));
        QCOMPARE(before.at(3).key(), after.at(3).key());
    }
};

QTEST_GUILESS_MAIN(TestFloodWarnings)
#include "tst_floodwarnings.moc"
