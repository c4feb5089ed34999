// WaterOverviewChart on WaterCharts' real options: the four parts land in their quadrants of one
// option — titles, the two cartesian parts with a grid each and their axes and series pointing at
// it, the reservoirs' gauges and the quality pie moved and shrunk into the lower half, the
// stations' legend kept to the station types — and only a click on a station's point names it.
#include "WaterCharts.h"
#include "WaterOverviewChart.h"

#include <QJsonArray>
#include <QTest>

using namespace GovDesk::Water;

namespace {

WaterStation station(const QString &stcd, StationType type, double lgtd, double lttd)
{
    WaterStation s;
    s.stcd = stcd;
    s.stnm = QStringLiteral("站") + stcd;
    s.sttp = type;
    s.lgtd = lgtd;
    s.lttd = lttd;
    return s;
}

double percent(const QJsonValue &value)
{
    const QString text = value.toString();
    return text.endsWith(QLatin1Char('%')) ? text.chopped(1).toDouble() : -1;
}

} // namespace

class TestWaterOverviewChart : public QObject
{
    Q_OBJECT

    QJsonObject m_option;

private Q_SLOTS:
    void initTestCase()
    {
        const QList<WaterStation> stations{
            station(QStringLiteral("99010101"), StationType::Rainfall, 110.1, 25.1),
            station(QStringLiteral("99010104"), StationType::RiverHydrology, 110.3, 25.3),
            station(QStringLiteral("99010301"), StationType::Reservoir, 110.5, 25.0)};
        QList<ReservoirState> reservoirs;
        for (int i = 0; i < 2; ++i) {
            ReservoirState state{.station = stations.at(2)};
            state.station.fsltdz = 230.0;
            state.station.dsflz = 236.0;
            state.level = 229.5 + i;
            reservoirs.append(state);
        }
        m_option = WaterOverviewChart::compose(
            WaterCharts::stationMap(stations, {{QStringLiteral("99010104"), 2}}),
            WaterCharts::rainfallByArea({AreaRainfall{.addvcd = QStringLiteral("990101"),
                                                      .addvnm = QStringLiteral("云源县"),
                                                      .stations = 2,
                                                      .mean = 12.5}}),
            WaterCharts::reservoirGauges(reservoirs), WaterCharts::qualityClasses({{2, 3}, {4, 1}}));
    }

    void titlesInTheirQuadrants()
    {
        const QJsonArray titles = m_option.value(QLatin1String("title")).toArray();
        QCOMPARE(titles.size(), 4);
        const double centres[][2] = {{25, 0}, {75, 0}, {25, 50}, {75, 50}};
        for (int i = 0; i < 4; ++i) {
            const QJsonObject title = titles.at(i).toObject();
            QVERIFY(!title.value(QLatin1String("text")).toString().isEmpty());
            QCOMPARE(percent(title.value(QLatin1String("left"))), centres[i][0]);
            QVERIFY(percent(title.value(QLatin1String("top"))) >= centres[i][1]);
            QVERIFY(percent(title.value(QLatin1String("top"))) < centres[i][1] + 5);
            QCOMPARE(title.value(QLatin1String("textAlign")).toString(), QStringLiteral("center"));
        }
    }

    void cartesianPartsHaveAGridEach()
    {
        const QJsonArray grids = m_option.value(QLatin1String("grid")).toArray();
        QCOMPARE(grids.size(), 2);
        // The stations' grid in the upper left, the rainfall's in the upper right: no overlap.
        const QJsonObject stations = grids.at(0).toObject();
        const QJsonObject rain = grids.at(1).toObject();
        QVERIFY(percent(stations.value(QLatin1String("right"))) > 50);
        QVERIFY(percent(rain.value(QLatin1String("left"))) > 50);
        QVERIFY(percent(stations.value(QLatin1String("bottom"))) > 50);
        QVERIFY(percent(rain.value(QLatin1String("bottom"))) > 50);
        const QJsonArray xAxes = m_option.value(QLatin1String("xAxis")).toArray();
        const QJsonArray yAxes = m_option.value(QLatin1String("yAxis")).toArray();
        QCOMPARE(xAxes.size(), 2);
        QCOMPARE(yAxes.size(), 2);
        QCOMPARE(xAxes.at(0).toObject().value(QLatin1String("type")).toString(), QStringLiteral("value"));
        QCOMPARE(xAxes.at(1).toObject().value(QLatin1String("type")).toString(), QStringLiteral("category"));
        QCOMPARE(xAxes.at(1).toObject().value(QLatin1String("gridIndex")).toInt(), 1);
        QCOMPARE(xAxes.at(1).toObject().value(QLatin1String("data")).toArray(),
                 QJsonArray{QStringLiteral("云源县")});

        int scatters = 0;
        for (const QJsonValue &value : m_option.value(QLatin1String("series")).toArray()) {
            const QJsonObject series = value.toObject();
            const QString type = series.value(QLatin1String("type")).toString();
            if (type == QLatin1String("scatter")) {
                ++scatters;
                QCOMPARE(series.value(QLatin1String("xAxisIndex")).toInt(), 0);
                QCOMPARE(series.value(QLatin1String("yAxisIndex")).toInt(), 0);
            } else if (type == QLatin1String("bar")) {
                QCOMPARE(series.value(QLatin1String("xAxisIndex")).toInt(), 1);
                QCOMPARE(series.value(QLatin1String("yAxisIndex")).toInt(), 1);
                QCOMPARE(series.value(QLatin1String("data")).toArray(), QJsonArray{12.5});
            } else {
                QVERIFY2(!series.contains(QLatin1String("xAxisIndex")), qPrintable(type));
            }
        }
        QCOMPARE(scatters, 4); // one per station type: the legend filters them
    }

    void gaugesAndPieInTheLowerHalf()
    {
        int gauges = 0;
        int pies = 0;
        for (const QJsonValue &value : m_option.value(QLatin1String("series")).toArray()) {
            const QJsonObject series = value.toObject();
            const QString type = series.value(QLatin1String("type")).toString();
            if (type != QLatin1String("gauge") && type != QLatin1String("pie"))
                continue;
            const QJsonArray centre = series.value(QLatin1String("center")).toArray();
            const double x = percent(centre.at(0));
            const double y = percent(centre.at(1));
            QVERIFY2(y > 50 && y < 100, qPrintable(centre.at(1).toString()));
            if (type == QLatin1String("gauge")) {
                ++gauges;
                QVERIFY2(x > 0 && x < 50, qPrintable(centre.at(0).toString()));
                // Two gauges side by side in a quadrant: at most a quarter of the smaller side.
                QVERIFY(percent(series.value(QLatin1String("radius"))) <= 22.5);
            } else {
                ++pies;
                QCOMPARE(x, 75.0);
                QCOMPARE(y, 77.5);
                const QJsonArray radius = series.value(QLatin1String("radius")).toArray();
                QCOMPARE(percent(radius.at(0)), 17.5);
                QCOMPARE(percent(radius.at(1)), 32.5);
            }
        }
        QCOMPARE(gauges, 2);
        QCOMPARE(pies, 1);
    }

    void legendHoldsTheStationTypes()
    {
        const QJsonObject legend = m_option.value(QLatin1String("legend")).toObject();
        QCOMPARE(legend.value(QLatin1String("data")).toArray().size(), 4);
        QVERIFY(percent(legend.value(QLatin1String("top"))) < 50);
        QVERIFY(!legend.contains(QLatin1String("bottom")));
        QCOMPARE(m_option.value(QLatin1String("animation")).toBool(true), false);
    }

    void onlyAStationPointIsAStation()
    {
        QCOMPARE(WaterOverviewChart::clickedStation(QJsonArray{110.3, 25.3, QStringLiteral("99010104")}),
                 QStringLiteral("99010104"));
        QVERIFY(WaterOverviewChart::clickedStation(12.5).isEmpty());             // a bar, a gauge
        QVERIFY(WaterOverviewChart::clickedStation(QJsonArray{1, 2}).isEmpty()); // not a point
        QVERIFY(WaterOverviewChart::clickedStation(QJsonValue()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestWaterOverviewChart)
#include "tst_wateroverviewchart.moc"
