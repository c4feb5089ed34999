#include "DashboardData.h"

#include "store/Database.h"
#include "store/Transaction.h"

#include <QRandomGenerator>
#include <cmath>
#include <numbers>

namespace GovDesk::Bench {

namespace {

// One dataset id per table, shaped like the record ids the projection stores.
const QString StationsDataset = QStringLiteral("0d6a3c1e-8f2b-4c7a-9e51-3b2f7c9d1a01");
const QString RainDataset = QStringLiteral("0d6a3c1e-8f2b-4c7a-9e51-3b2f7c9d1a02");
const QString RiverDataset = QStringLiteral("0d6a3c1e-8f2b-4c7a-9e51-3b2f7c9d1a03");
const QString ReservoirDataset = QStringLiteral("0d6a3c1e-8f2b-4c7a-9e51-3b2f7c9d1a04");
const QString QualityDataset = QStringLiteral("0d6a3c1e-8f2b-4c7a-9e51-3b2f7c9d1a05");

constexpr int Rivers = 10;
constexpr qint64 Hour = 3600;

QString stationCode(int index)
{
    return QStringLiteral("97%1%2")
        .arg(index / 20 + 1, 2, 10, QLatin1Char('0'))
        .arg(index % 20 + 1, 4, 10, QLatin1Char('0'));
}

// Per river of 20 stations: ten rain gauges, four 水文站, four 水位站, two reservoirs.
QString typeOf(int index)
{
    const int slot = index % 20;
    if (slot % 2 == 0)
        return QStringLiteral("PP");
    if (slot == 1 || slot == 11)
        return QStringLiteral("RR");
    return slot % 4 == 1 ? QStringLiteral("ZQ") : QStringLiteral("ZZ");
}

template<typename T> T check(Core::Result<T> result, QString *error)
{
    if (!result && error->isEmpty())
        *error = result.error().fullText();
    if constexpr (!std::is_void_v<T>)
        return result ? std::move(*result) : T{};
}

} // namespace

const QString DashboardData::SeriesStation = stationCode(3); // slot 3: ZQ, river 1

Core::Result<qint64> DashboardData::write(Core::Database &db, const QDateTime &end,
                                          const DashboardDataSize &size)
{
    auto transaction = Core::Transaction::begin(db);
    if (!transaction)
        return std::unexpected(transaction.error());
    auto station = db.prepare(QStringLiteral(
        "INSERT INTO water_stations (stcd, stnm, sttp, rvnm, hnnm, bsnm, lgtd, lttd, stlc, addvcd, dstrvm, "
        "wrz, grz, fsltdz, dsflz, dataset_id) VALUES (?1, ?2, ?3, ?4, ?5, '试验流域', ?6, ?7, ?8, ?9, ?10, "
        "?11, "
        "?12, ?13, ?14, ?15)"));
    auto rain = db.prepare(QStringLiteral(
        "INSERT INTO water_pptn (stcd, tm, drp, intv, dataset_id) VALUES (?1, ?2, ?3, 1, ?4)"));
    auto river = db.prepare(
        QStringLiteral("INSERT INTO water_river (stcd, tm, z, q, dataset_id) VALUES (?1, ?2, ?3, ?4, ?5)"));
    auto reservoir = db.prepare(QStringLiteral("INSERT INTO water_rsvr (stcd, tm, rz, inq, w, otq, "
                                               "dataset_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"));
    auto quality = db.prepare(
        QStringLiteral("INSERT INTO water_quality (stcd, tm, wbtp, dox, codmn, nh3n, tp, class, dataset_id) "
                       "VALUES (?1, ?2, '河流', ?3, ?4, ?5, ?6, ?7, ?8)"));
    for (auto *statement : {&station, &rain, &river, &reservoir, &quality}) {
        if (!*statement)
            return std::unexpected(statement->error());
    }
    QRandomGenerator random(20261205);
    const qint64 last = end.toSecsSinceEpoch() / Hour * Hour;
    qint64 readings = 0;
    QString error;
    for (int i = 0; i < size.stations && error.isEmpty(); ++i) {
        const QString stcd = stationCode(i);
        const QString sttp = typeOf(i);
        const int riverIndex = i / 20 % Rivers;
        const double km = 160 - (i % 20) * 7.5;
        const double base = 40 + km * 0.4 + riverIndex * 3;
        const bool level = sttp != QLatin1String("PP");
        station->reset();
        station->bind(1, stcd)
            .bind(2, QStringLiteral("试验%1站").arg(i + 1))
            .bind(3, sttp)
            .bind(4, QStringLiteral("试验%1号河").arg(riverIndex + 1))
            .bind(5, QStringLiteral("试验%1号河").arg(riverIndex + 1))
            .bind(6, 108.0 + riverIndex * 0.35 + (i % 20) * 0.02)
            .bind(7, 24.0 + riverIndex * 0.12 - (i % 20) * 0.015)
            .bind(8, QStringLiteral("试验县%1乡").arg(i % 20 + 1))
            .bind(9, QStringLiteral("97%1").arg(riverIndex + 1, 4, 10, QLatin1Char('0')))
            .bind(10, km)
            .bind(15, StationsDataset);
        for (int column : {11, 12, 13, 14})
            station->bindNull(column);
        if (sttp == QLatin1String("RR"))
            station->bind(13, base + 3.0).bind(14, base + 6.0);
        else if (level)
            station->bind(11, base + 2.5).bind(12, base + 4.0);
        (void)check(station->exec(), &error);

        const int days = i < size.fullStations ? size.days : size.shortDays;
        const qint64 first = last - (qint64(days) * 24 - 1) * Hour;
        double wetness = 0; // the catchment's runoff index: rain raises it, it drains by the hour
        for (qint64 tm = first; tm <= last && error.isEmpty(); tm += Hour) {
            const double dayOfYear = double((tm / 86400) % 365);
            const double season = std::sin((dayOfYear - 100) / 365 * 2 * std::numbers::pi); // wet summer
            const double hourOfDay = double((tm / Hour + 8) % 24);
            // Rain in events: more likely in the wet season, stronger in the afternoon.
            double drp = 0;
            if (random.bounded(1000) < 40 + 35 * season)
                drp = std::round(random.generateDouble() * (6 + 8 * std::max(season, 0.0))
                                 * (hourOfDay > 13 && hourOfDay < 19 ? 2 : 1) * 10)
                      / 10;
            wetness = wetness * 0.985 + drp * 0.02;
            ++readings;
            if (sttp == QLatin1String("PP")) {
                rain->reset();
                rain->bind(1, stcd).bind(2, tm).bind(3, drp).bind(4, RainDataset);
                (void)check(rain->exec(), &error);
                continue;
            }
            const double z = base + season * 0.8 + wetness * 1.6
                             + 0.05 * std::sin(hourOfDay / 24 * 2 * std::numbers::pi)
                             + (random.generateDouble() - 0.5) * 0.02;
            const double flow = std::max(0.0, 20 + (z - base) * 35);
            if (sttp == QLatin1String("RR")) {
                reservoir->reset();
                reservoir->bind(1, stcd)
                    .bind(2, tm)
                    .bind(3, std::round(z * 100) / 100)
                    .bind(4, std::round(flow * 10) / 10)
                    .bind(5, std::round((80 + (z - base) * 12) * 100) / 100)
                    .bind(6, std::round(flow * 0.9 * 10) / 10)
                    .bind(7, ReservoirDataset);
                (void)check(reservoir->exec(), &error);
            } else {
                river->reset();
                river->bind(1, stcd).bind(2, tm).bind(3, std::round(z * 100) / 100);
                if (sttp == QLatin1String("ZQ"))
                    river->bind(4, std::round(flow * 10) / 10);
                else
                    river->bindNull(4);
                river->bind(5, RiverDataset);
                (void)check(river->exec(), &error);
            }
        }
        // Sections sampled monthly at the 水文站.
        if (sttp == QLatin1String("ZQ")) {
            for (qint64 tm = last - 29 * 86400LL; tm > first && error.isEmpty(); tm -= 30 * 86400LL) {
                quality->reset();
                const int cls = 1 + random.bounded(6);
                quality->bind(1, stcd)
                    .bind(2, tm)
                    .bind(3, 9.0 - cls)
                    .bind(4, 1.5 * cls)
                    .bind(5, 0.15 * cls)
                    .bind(6, 0.02 * cls * cls)
                    .bind(7, cls)
                    .bind(8, QualityDataset);
                (void)check(quality->exec(), &error);
            }
        }
    }
    if (!error.isEmpty())
        return Core::fail(Core::ErrorCode::Io, QStringLiteral("the bench data could not be written"), error);
    GD_TRY(transaction->commit());
    return readings;
}

} // namespace GovDesk::Bench
