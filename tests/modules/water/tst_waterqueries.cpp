// WaterQueries on a real encrypted profile, against figures worked out by hand: the areal
// rainfall (面雨量) per 行政区划 is the arithmetic mean of the area's gauges' totals over the
// range — a gauge without a reading counts as 0 mm, a level station that never measured rain is
// not a gauge, the range is (from, to] as TM ends a reading's period — and its bars are labelled
// with the area's name when the stations' file has one. A profile made before the series' covering
// indexes and the narrow level table gets them, over the rows it has; a station's levels are then read
// from the narrow table and kept in step with the readings by triggers.
#include "ModuleTestProfile.h"
#include "WaterQueries.h"
#include "WaterSchema.h"
#include "store/Database.h"

#include <QTest>

using namespace GovDesk;
using namespace GovDesk::Core;
using namespace GovDesk::Water;

namespace {

const QDateTime From(QDate(2026, 6, 18), QTime(0, 0), Qt::UTC);
const QDateTime To = From.addDays(1);

} // namespace

class TestWaterQueries : public QObject
{
    Q_OBJECT

    std::unique_ptr<Test::ModuleTestProfile> m_profile;
    Database *m_db = nullptr;

    void station(const QString &stcd, const QString &sttp, const QString &addvcd, const QString &addvnm)
    {
        const QString name = addvnm.isEmpty() ? QStringLiteral("NULL") : QStringLiteral("'%1'").arg(addvnm);
        GD_VERIFY(m_db->execute(QStringLiteral("INSERT INTO water_stations (stcd, stnm, sttp, lgtd, lttd, "
                                               "addvcd, addvnm, dataset_id) VALUES ('%1', '站%1', '%2', "
                                               "110.3, 25.3, '%3', %4, 'test')")
                                    .arg(stcd, sttp, addvcd, name)));
    }

    void rain(const QString &stcd, const QDateTime &at, double mm)
    {
        GD_VERIFY(m_db->execute(
            QStringLiteral(
                "INSERT INTO water_pptn (stcd, tm, drp, intv, dataset_id) VALUES ('%1', %2, %3, 1, "
                "'test')")
                .arg(stcd)
                .arg(at.toSecsSinceEpoch())
                .arg(mm, 0, 'f', 1)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_profile = std::make_unique<Test::ModuleTestProfile>();
        GD_VERIFY(m_profile->create());
        ModuleContext &context = m_profile->context(QStringLiteral("water"));
        GD_VERIFY(context.migrate(WaterSchema::migrations()));
        m_db = &context.database();

        // 云源县 (990101): four gauges — A, B and C are rain gauges, D a hydrological station
        // with a gauge of its own.
        station(QStringLiteral("99010101"), QStringLiteral("PP"), QStringLiteral("990101"),
                QStringLiteral("云源县"));
        station(QStringLiteral("99010102"), QStringLiteral("PP"), QStringLiteral("990101"),
                QStringLiteral("云源县"));
        station(QStringLiteral("99010103"), QStringLiteral("PP"), QStringLiteral("990101"),
                QStringLiteral("云源县"));
        station(QStringLiteral("99010104"), QStringLiteral("ZQ"), QStringLiteral("990101"),
                QStringLiteral("云源县"));
        // 990102, no name in the file: one gauge, and a level station that never measured rain.
        station(QStringLiteral("99010201"), QStringLiteral("PP"), QStringLiteral("990102"), {});
        station(QStringLiteral("99010202"), QStringLiteral("ZZ"), QStringLiteral("990102"), {});
        // 双河县 (990103): one gauge that has never reported (a dry area, or a new gauge).
        station(QStringLiteral("99010301"), QStringLiteral("PP"), QStringLiteral("990103"),
                QStringLiteral("双河县"));

        // A: the 00:00 reading is the hour before the range; 24:00 is its last hour; 25:00 after it.
        rain(QStringLiteral("99010101"), From, 30.0);
        rain(QStringLiteral("99010101"), From.addSecs(1 * 3600), 10.0);
        rain(QStringLiteral("99010101"), From.addSecs(2 * 3600), 5.5);
        rain(QStringLiteral("99010101"), To, 2.0);
        rain(QStringLiteral("99010101"), To.addSecs(3600), 50.0);
        rain(QStringLiteral("99010102"), From.addSecs(12 * 3600), 6.5);   // B
        rain(QStringLiteral("99010103"), From.addSecs(-14 * 3600), 40.0); // C: only the day before
        rain(QStringLiteral("99010104"), From.addSecs(3 * 3600), 4.0);    // D
        rain(QStringLiteral("99010201"), From.addSecs(5 * 3600), 12.0);
        rain(QStringLiteral("99010201"), From.addSecs(6 * 3600), 3.0);
    }

    void cleanupTestCase()
    {
        m_db = nullptr;
        m_profile.reset();
    }

    void areaRainfallIsTheMeanOfTheGauges()
    {
        auto areas = WaterQueries(*m_db).rainfallByArea(From, To);
        GD_VERIFY(areas);
        QCOMPARE(areas->size(), 3);

        // 云源县: A 10.0 + 5.5 + 2.0 = 17.5, B 6.5, C 0 (no reading in range), D 4.0;
        // (17.5 + 6.5 + 0 + 4.0) / 4 = 7.0 mm.
        const AreaRainfall &yunyuan = areas->at(0);
        QCOMPARE(yunyuan.addvcd, QStringLiteral("990101"));
        QCOMPARE(yunyuan.label(), QStringLiteral("云源县"));
        QCOMPARE(yunyuan.stations, 4);
        QCOMPARE(yunyuan.reporting, 3);
        QCOMPARE(yunyuan.total, 28.0);
        QCOMPARE(yunyuan.mean, 7.0);

        // 990102: its one gauge 12.0 + 3.0 = 15.0 mm; the ZZ station is no gauge.
        const AreaRainfall &unnamed = areas->at(1);
        QCOMPARE(unnamed.label(), QStringLiteral("990102"));
        QCOMPARE(unnamed.stations, 1);
        QCOMPARE(unnamed.mean, 15.0);

        // 双河县: a gauge, no rain: 0 mm, a bar of its own rather than a missing area.
        const AreaRainfall &shuanghe = areas->at(2);
        QCOMPARE(shuanghe.label(), QStringLiteral("双河县"));
        QCOMPARE(shuanghe.stations, 1);
        QCOMPARE(shuanghe.reporting, 0);
        QCOMPARE(shuanghe.mean, 0.0);
    }

    void anotherRange()
    {
        // The day before: C's 40 mm at 10:00 and A's 30 mm at 00:00, the hour that closes that day.
        // 云源县 (30 + 0 + 40 + 0) / 4 = 17.5 mm.
        auto areas = WaterQueries(*m_db).rainfallByArea(From.addDays(-1), From);
        GD_VERIFY(areas);
        QCOMPARE(areas->size(), 3);
        QCOMPARE(areas->at(0).mean, 17.5);
        QCOMPARE(areas->at(0).reporting, 2);
        QCOMPARE(areas->at(1).mean, 0.0);
    }

    void stationsCarryTheAreaName()
    {
        auto station = WaterQueries(*m_db).station(QStringLiteral("99010101"));
        GD_VERIFY(station);
        QVERIFY(station->has_value());
        QCOMPARE((*station)->addvnm, QStringLiteral("云源县"));
        auto unnamed = WaterQueries(*m_db).station(QStringLiteral("99010201"));
        GD_VERIFY(unnamed);
        QVERIFY(unnamed->has_value());
        QVERIFY((*unnamed)->addvnm.isEmpty());
    }

    void oldProfilesGetTheSeriesIndexes()
    {
        // A profile at the schema before the indexes, with readings in it.
        Test::ModuleTestProfile profile;
        GD_VERIFY(profile.create());
        ModuleContext &context = profile.context(QStringLiteral("water"));
        QList<Migration> before = WaterSchema::migrations();
        while (!before.isEmpty() && before.constLast().version > 3)
            before.removeLast();
        GD_VERIFY(context.migrate(before));
        Database &db = context.database();
        const qint64 t0 = From.toSecsSinceEpoch();
        // Inserted out of time order: the series comes back ordered all the same.
        for (int hour : {2, 0, 1})
            GD_VERIFY(db.execute(QStringLiteral("INSERT INTO water_river (stcd, tm, z, q, dataset_id) "
                                                "VALUES ('99010104', %1, %2, 80, 'old-dataset')")
                                     .arg(t0 + hour * 3600)
                                     .arg(101.5 + hour * 0.25)));
        GD_VERIFY(db.execute(QStringLiteral("INSERT INTO water_rsvr (stcd, tm, rz, w, dataset_id) "
                                            "VALUES ('99010105', %1, 230.75, 12.5, 'old-dataset')")
                                 .arg(t0)));
        auto indexes
            = db.queryInt(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name IN "
                                         "('water_river_level', 'water_rsvr_level', 'water_pptn_rain')"));
        GD_VERIFY(indexes);
        QCOMPARE(*indexes, 0);

        GD_VERIFY(context.migrate(WaterSchema::migrations()));
        indexes = db.queryInt(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name IN "
                                             "('water_river_level', 'water_rsvr_level', 'water_pptn_rain', "
                                             "'water_levels')"));
        GD_VERIFY(indexes);
        QCOMPARE(*indexes, 4);
        QCOMPARE(db.queryInt(QStringLiteral("SELECT count(*) FROM water_levels")).value_or(-1), 4);

        // The rows are in the indexes: the series and a reservoir's level read them from there.
        const WaterQueries queries(db);
        auto series = queries.series(QStringLiteral("99010104"), SeriesField::Level, From, From.addDays(1));
        GD_VERIFY(series);
        QCOMPARE(series->times, (QVector<qint64>{t0, t0 + 3600, t0 + 7200}));
        QCOMPARE(series->values, (QVector<double>{101.5, 101.75, 102.0}));
        auto reservoir = queries.series(QStringLiteral("99010105"), SeriesField::Level, From, To);
        GD_VERIFY(reservoir);
        QCOMPARE(reservoir->values, QVector<double>{230.75});

        // Readings written later (a dataset applied, corrected, deleted) reach the narrow table.
        GD_VERIFY(db.execute(QStringLiteral("INSERT INTO water_river (stcd, tm, z, dataset_id) "
                                            "VALUES ('99010104', %1, 102.345, 'new-dataset')")
                                 .arg(t0 + 3 * 3600)));
        GD_VERIFY(db.execute(QStringLiteral("UPDATE water_river SET z = 99.001 WHERE tm = %1").arg(t0)));
        GD_VERIFY(db.execute(QStringLiteral("DELETE FROM water_river WHERE tm = %1").arg(t0 + 3600)));
        // The applier moves staged rows in with INSERT OR REPLACE: every one of them arrives.
        GD_VERIFY(
            db.execute(QStringLiteral("INSERT OR REPLACE INTO water_river (stcd, tm, z, dataset_id) VALUES "
                                      "('99010104', %1, 102.5, 'new-dataset'), "
                                      "('99010104', %2, 102.625, 'new-dataset')")
                           .arg(t0 + 4 * 3600)
                           .arg(t0 + 5 * 3600)));
        series = queries.series(QStringLiteral("99010104"), SeriesField::Level, From, From.addDays(1));
        GD_VERIFY(series);
        QCOMPARE(series->times,
                 (QVector<qint64>{t0, t0 + 7200, t0 + 3 * 3600, t0 + 4 * 3600, t0 + 5 * 3600}));
        QCOMPARE(series->values, (QVector<double>{99.001, 102.0, 102.345, 102.5, 102.625}));
        GD_VERIFY(db.execute(QStringLiteral("DELETE FROM water_rsvr")));
        reservoir = queries.series(QStringLiteral("99010105"), SeriesField::Level, From, To);
        GD_VERIFY(reservoir);
        QVERIFY(reservoir->values.isEmpty());

        // What makes the series quick on a fresh connection: one range of the narrow table's row ids,
        // already in time order.
        auto plan = db.prepare(
            QStringLiteral("EXPLAIN QUERY PLAN SELECT l.reading, l.mm + k.base_mm FROM water_station_keys k "
                           "JOIN water_levels l ON l.reading BETWEEN %1 AND %2 WHERE k.stcd = ?1 "
                           "ORDER BY l.reading")
                .arg(WaterSchema::levelReading(QStringLiteral("k.station"), QStringLiteral("?2")),
                     WaterSchema::levelReading(QStringLiteral("k.station"), QStringLiteral("?3"))));
        GD_VERIFY(plan);
        plan->bind(1, QStringLiteral("99010104")).bind(2, t0).bind(3, t0 + 7200);
        QString details;
        GD_VERIFY(plan->forEachRow([&](const Statement &row) { details += row.text(3) + QLatin1Char('|'); }));
        QVERIFY2(details.contains(QLatin1String("USING INTEGER PRIMARY KEY")), qPrintable(details));
        QVERIFY2(!details.contains(QLatin1String("TEMP B-TREE")), qPrintable(details));
    }
};

QTEST_GUILESS_MAIN(TestWaterQueries)
#include "tst_waterqueries.moc"
