#include "WaterDemoData.h"

#include "WaterDatasets.h"
#include "module/ModuleContext.h"
#include "module/ModuleRecords.h"
#include "store/Transaction.h"
#include "sync/BlobCache.h"
#include "sync/RecordStore.h"

#include <QRandomGenerator>
#include <QTimeZone>
#include <cmath>
#include <numbers>

namespace GovDesk::Water {

namespace {

struct DemoStation
{
    QString stcd;
    QString stnm;
    QString sttp; // PP ZQ ZZ RR
    QString rvnm;
    double dstrvm;
    double lgtd;
    double lttd;
    QString addvcd;
    double base = 0; // mean level (m) of a level station
    double gain = 0; // m of rise per unit of the river's runoff index
    // Filled after the series: thresholds.
    double wrz = 0, grz = 0, fsltdz = 0, dsflz = 0;
};

const QString Upper = QStringLiteral("云溪河");
const QString Lower = QStringLiteral("白沙河");
const QString Basin = QStringLiteral("云岭江");

QList<DemoStation> demoStations()
{
    QList<DemoStation> stations;
    // 云溪河: from its source (far from the mouth) down to where it meets the 云岭江.
    const struct
    {
        const char *code;
        const char *name;
        const char *type;
        double km;
        const char *area;
    } upper[] = {
        {"99010101", "云溪源", "PP", 148, "990101"},   {"99010102", "鹰嘴坳", "PP", 140, "990101"},
        {"99010103", "云溪水库", "RR", 132, "990101"}, {"99010104", "石门寨", "PP", 126, "990101"},
        {"99010105", "石门", "ZQ", 120, "990101"},     {"99010106", "杉木冲", "PP", 112, "990101"},
        {"99010107", "龙潭", "ZZ", 104, "990101"},     {"99010108", "竹坪", "PP", 96, "990102"},
        {"99010109", "青岗", "ZQ", 88, "990102"},      {"99010110", "桃花渡", "ZZ", 72, "990102"},
        {"99010111", "柳湾", "PP", 64, "990102"},      {"99010112", "云溪镇", "ZQ", 56, "990102"},
        {"99010113", "下马滩", "ZZ", 40, "990103"},    {"99010114", "沙洲", "PP", 30, "990103"},
        {"99010115", "云溪口", "ZQ", 18, "990103"},
    };
    const struct
    {
        const char *code;
        const char *name;
        const char *type;
        double km;
        const char *area;
    } lower[] = {
        {"99020101", "白沙源", "PP", 96, "990104"}, {"99020102", "白沙水库", "RR", 90, "990104"},
        {"99020103", "松林岗", "PP", 84, "990104"}, {"99020104", "梅岭", "ZQ", 76, "990104"},
        {"99020105", "黄泥塘", "PP", 66, "990104"}, {"99020106", "白沙桥", "ZZ", 58, "990103"},
        {"99020107", "燕子岩", "RR", 52, "990103"}, {"99020108", "陈家坝", "PP", 44, "990103"},
        {"99020109", "白沙街", "ZQ", 36, "990103"}, {"99020110", "芦苇洲", "PP", 24, "990103"},
        {"99020111", "白沙口", "ZZ", 12, "990103"}, {"99020112", "北岭", "PP", 70, "990104"},
        {"99020113", "南岭", "PP", 50, "990103"},   {"99020114", "东坡", "PP", 30, "990102"},
        {"99020115", "西坡", "PP", 80, "990101"},
    };
    for (const auto &s : upper) {
        // The river runs from the north-west down to the south-east.
        stations.append({.stcd = QString::fromLatin1(s.code),
                         .stnm = QString::fromUtf8(s.name),
                         .sttp = QString::fromLatin1(s.type),
                         .rvnm = Upper,
                         .dstrvm = s.km,
                         .lgtd = 110.20 + (150 - s.km) * 0.0045,
                         .lttd = 25.45 - (150 - s.km) * 0.0032,
                         .addvcd = QString::fromLatin1(s.area)});
    }
    for (const auto &s : lower) {
        stations.append({.stcd = QString::fromLatin1(s.code),
                         .stnm = QString::fromUtf8(s.name),
                         .sttp = QString::fromLatin1(s.type),
                         .rvnm = Lower,
                         .dstrvm = s.km,
                         .lgtd = 110.55 + (100 - s.km) * 0.0035,
                         .lttd = 25.05 + (100 - s.km) * 0.0022,
                         .addvcd = QString::fromLatin1(s.area)});
    }
    for (DemoStation &station : stations) {
        // Levels fall towards the mouth; the lower reaches gather more water per unit of rain.
        station.base = 60 + station.dstrvm * 0.45;
        station.gain = 1.2 + (150 - station.dstrvm) / 60.0;
    }
    return stations;
}

// The demo's counties under the unused prefix 99: invented names, as the stations'.
QString areaName(const QString &addvcd)
{
    static const QHash<QString, QString> names{{QStringLiteral("990101"), QStringLiteral("云源县")},
                                               {QStringLiteral("990102"), QStringLiteral("云溪县")},
                                               {QStringLiteral("990103"), QStringLiteral("双河县")},
                                               {QStringLiteral("990104"), QStringLiteral("白沙县")}};
    return names.value(addvcd);
}

QString number(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

QString timeText(const QDateTime &utc)
{
    return utc.toTimeZone(QTimeZone(8 * 3600)).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

const QStringList WaterDemoData::StormStations = {QStringLiteral("99010112"), QStringLiteral("99010113")};

QList<DemoFile> WaterDemoData::generate(const QDateTime &endAt, int days)
{
    const QDateTime end = QDateTime::fromSecsSinceEpoch(endAt.toSecsSinceEpoch() / 3600 * 3600, Qt::UTC);
    const int hours = days * 24;
    const QDateTime start = end.addSecs(-qint64(hours - 1) * 3600);
    QList<DemoStation> stations = demoStations();
    QRandomGenerator random(20260618);
    const int stormHours = 30;
    const int stormPeak = hours - 6; // the heaviest hour, six hours before the end

    // Rain: events drawn per river (wetter in 4–9月, afternoon showers), each gauge a share of it.
    QHash<QString, QVector<double>> rain;      // stcd → mm per hour
    QHash<QString, QVector<double>> riverRain; // river → mean of its gauges
    for (const QString &river : {Upper, Lower}) {
        QVector<double> event(hours, 0.0);
        int remaining = 0;
        double intensity = 0;
        for (int h = 0; h < hours - stormHours; ++h) {
            const QDateTime at = start.addSecs(qint64(h) * 3600).toTimeZone(QTimeZone(8 * 3600));
            const int month = at.date().month();
            const bool wet = month >= 4 && month <= 9;
            if (remaining == 0 && random.bounded(1000) < (wet ? 9 : 3)) {
                remaining = 3 + int(random.bounded(wet ? 30 : 14));
                intensity = (wet ? 1.5 : 0.6) + random.generateDouble() * (wet ? 5.0 : 1.8);
            }
            if (remaining > 0) {
                const double afternoon = 1.0 + 0.5 * std::sin((at.time().hour() - 9) * std::numbers::pi / 12);
                event[h] = intensity * afternoon * (0.4 + random.generateDouble());
                --remaining;
            }
        }
        for (int h = hours - stormHours; h < hours; ++h) {
            // The storm: heavy on the upper 云溪河, lighter elsewhere; peaks at stormPeak.
            const double shape = std::exp(-std::pow((h - stormPeak) / 5.0, 2));
            event[h] = river == Upper ? 1.5 + 18.0 * shape : 0.3 + 2.5 * shape;
        }
        QVector<double> mean(hours, 0.0);
        int gauges = 0;
        for (const DemoStation &station : std::as_const(stations)) {
            if (station.rvnm != river || station.sttp == QLatin1String("ZZ"))
                continue;
            // Upstream gauges catch more of the storm than the ones near the mouth.
            const double share = 0.3 + station.dstrvm / 200.0;
            QVector<double> series(hours, 0.0);
            for (int h = 0; h < hours; ++h) {
                if (event[h] <= 0)
                    continue;
                const double value = event[h] * share * (0.75 + 0.5 * random.generateDouble());
                series[h] = std::round(value * 10) / 10;
                mean[h] += series[h];
            }
            rain.insert(station.stcd, series);
            ++gauges;
        }
        for (double &value : mean)
            value /= std::max(gauges, 1);
        riverRain.insert(river, mean);
    }

    // Levels: base + season (high in 6–8月) + a small diurnal swing + the runoff of the river's
    // rain (an exponential store), later further down the river.
    QHash<QString, QVector<double>> level;
    QHash<QString, QVector<double>> runoff;
    for (const QString &river : {Upper, Lower}) {
        QVector<double> store(hours, 0.0);
        double value = 0;
        for (int h = 0; h < hours; ++h) {
            value = value * std::exp(-1.0 / 48.0) + riverRain[river][h] * 0.01;
            store[h] = value;
        }
        runoff.insert(river, store);
    }
    for (const DemoStation &station : std::as_const(stations)) {
        if (station.sttp == QLatin1String("PP"))
            continue;
        const int lag = int((150 - station.dstrvm) / 25);
        QVector<double> series(hours);
        const QVector<double> &store = runoff[station.rvnm];
        const bool reservoir = station.sttp == QLatin1String("RR");
        for (int h = 0; h < hours; ++h) {
            const QDateTime at = start.addSecs(qint64(h) * 3600);
            const double dayOfYear = at.date().dayOfYear();
            const double season = std::sin((dayOfYear - 105) * 2 * std::numbers::pi / 365.0);
            const double diurnal = 0.02 * std::sin((at.time().hour() + 8) * 2 * std::numbers::pi / 24);
            const double flood = store[std::max(0, h - lag)] * (reservoir ? 0.6 : station.gain);
            const double noise = (random.generateDouble() - 0.5) * 0.01;
            series[h] = station.base + (reservoir ? 1.5 : 0.8) * season + diurnal + flood + noise;
        }
        level.insert(station.stcd, series);
    }

    // Thresholds: the two storm stations end 0.2–0.5 m over 警戒; the others stay well under.
    for (DemoStation &station : stations) {
        if (!level.contains(station.stcd))
            continue;
        const QVector<double> &series = level[station.stcd];
        const double peak = *std::max_element(series.cbegin(), series.cend());
        if (station.sttp == QLatin1String("RR")) {
            station.fsltdz = std::round((peak + 0.6) * 10) / 10;
            station.dsflz = station.fsltdz + 3.5;
        } else if (StormStations.contains(station.stcd)) {
            station.wrz
                = std::round((series.last() - (station.stcd == StormStations.first() ? 0.25 : 0.45)) * 10)
                  / 10;
            station.grz = station.wrz + 1.8;
        } else {
            station.wrz = std::round((peak + 0.7) * 10) / 10;
            station.grz = station.wrz + 1.8;
        }
    }

    QList<DemoFile> files;
    {
        QByteArray csv("测站编码,测站名称,站类,河流名称,水系名称,流域名称,经度,纬度,站址,行政区划码,"
                       "行政区划名称,至河口距离,"
                       "警戒水位,"
                       "保证水位,汛限水位,设计洪水位\n");
        for (const DemoStation &s : std::as_const(stations)) {
            const bool river = s.sttp == QLatin1String("ZQ") || s.sttp == QLatin1String("ZZ");
            const bool reservoir = s.sttp == QLatin1String("RR");
            csv += QStringList{s.stcd,
                               s.stnm,
                               s.sttp,
                               s.rvnm,
                               Basin + QStringLiteral("水系"),
                               Basin,
                               number(s.lgtd, 4),
                               number(s.lttd, 4),
                               s.stnm + QStringLiteral("村"),
                               s.addvcd,
                               areaName(s.addvcd),
                               number(s.dstrvm, 1),
                               river ? number(s.wrz, 2) : QString(),
                               river ? number(s.grz, 2) : QString(),
                               reservoir ? number(s.fsltdz, 2) : QString(),
                               reservoir ? number(s.dsflz, 2) : QString()}
                       .join(QLatin1Char(','))
                       .toUtf8()
                   + '\n';
        }
        files.append({DatasetKind::Stations, QStringLiteral("云岭江水系测站"),
                      QStringLiteral("云岭江_测站_ST_STBPRP_B.csv"), csv});
    }
    QByteArray pptn("STCD,TM,DRP,INTV\n");
    QByteArray river("STCD,TM,Z,Q\n");
    QByteArray rsvr("STCD,TM,RZ,INQ,W,OTQ\n");
    for (const DemoStation &s : std::as_const(stations)) {
        if (rain.contains(s.stcd)) {
            const QVector<double> &series = rain[s.stcd];
            for (int h = 0; h < hours; ++h) {
                if (series[h] >= 0.1)
                    pptn += QStringLiteral("%1,%2,%3,1\n")
                                .arg(s.stcd, timeText(start.addSecs(qint64(h) * 3600)), number(series[h], 1))
                                .toUtf8();
            }
        }
        if (!level.contains(s.stcd))
            continue;
        const QVector<double> &series = level[s.stcd];
        const double bed = s.base - 3.0;
        for (int h = 0; h < hours; ++h) {
            const QString at = timeText(start.addSecs(qint64(h) * 3600));
            const double z = series[h];
            if (s.sttp == QLatin1String("RR")) {
                const double storage = 2.0 * std::pow(std::max(0.0, z - (s.base - 8)), 1.5);
                const double inflow = 15 + 40 * std::max(0.0, z - s.base);
                rsvr += QStringLiteral("%1,%2,%3,%4,%5,%6\n")
                            .arg(s.stcd, at, number(z, 2), number(inflow, 1), number(storage, 2),
                                 number(inflow * 0.9, 1))
                            .toUtf8();
            } else {
                // A rating curve: flow grows with the depth over the bed to the power 1.6.
                const double flow
                    = 12.0 * std::pow(std::max(0.0, z - bed), 1.6) * (1 + (150 - s.dstrvm) / 100.0);
                river += QStringLiteral("%1,%2,%3,%4\n")
                             .arg(s.stcd, at, number(z, 2), number(flow, 1))
                             .toUtf8();
            }
        }
    }
    files.append({DatasetKind::Rainfall, QStringLiteral("云岭江水系降水量"),
                  QStringLiteral("云岭江_降水量_ST_PPTN_R.csv"), pptn});
    files.append({DatasetKind::River, QStringLiteral("云岭江水系河道水情"),
                  QStringLiteral("云岭江_河道水情_ST_RIVER_R.csv"), river});
    files.append({DatasetKind::Reservoir, QStringLiteral("云岭江水系水库水情"),
                  QStringLiteral("云岭江_水库水情_ST_RSVR_R.csv"), rsvr});

    // Water quality: a sample a month at six sections, from clean headwaters to a polluted ditch.
    QByteArray quality("测站编码,采样时间,水体类型,溶解氧,高锰酸盐指数,化学需氧量,氨氮,总磷,总氮\n");
    const struct
    {
        const char *code;
        const char *body;
        double load; // 0 clean … 1 polluted
    } sections[] = {{"99030101", "河流", 0.05}, {"99030102", "河流", 0.25}, {"99030103", "河流", 0.45},
                    {"99030104", "湖库", 0.3},  {"99030105", "河流", 0.65}, {"99030106", "河流", 1.1}};
    for (const auto &section : sections) {
        for (int month = 11; month >= 0; --month) {
            const QDateTime at = end.addDays(-month * 30 - 3);
            const double l = section.load * (0.85 + 0.3 * random.generateDouble());
            const bool lake = QString::fromUtf8(section.body) == QLatin1String("湖库");
            quality += QStringLiteral("%1,%2,%3,%4,%5,%6,%7,%8,%9\n")
                           .arg(QString::fromLatin1(section.code), timeText(at),
                                QString::fromUtf8(section.body), number(std::max(1.0, 8.5 - 6.5 * l), 2),
                                number(1.5 + 12 * l, 2), number(10 + 30 * l, 1), number(0.1 + 1.8 * l, 3),
                                number((lake ? 0.01 : 0.02) + 0.35 * l, 3),
                                lake ? number(0.3 + 1.5 * l, 2) : QString())
                           .toUtf8();
        }
    }
    files.append({DatasetKind::Quality, QStringLiteral("云岭江水系水质监测"),
                  QStringLiteral("云岭江_水质监测.csv"), quality});
    return files;
}

Core::Result<> WaterDemoData::seed(Core::ModuleContext &context, const QList<DemoFile> &files)
{
    for (const DemoFile &file : files) {
        auto sha256 = Core::BlobCache(context.database()).addBytes(file.csv);
        if (!sha256)
            return std::unexpected(sha256.error());
        GD_TRY(context.records().put(
            QString::fromLatin1(DatasetCollection), Core::RecordStore::newRecordId(),
            WaterDatasets::payload(file.kind, file.title, file.fileName, *sha256, file.csv.size())));
    }
    return {};
}

} // namespace GovDesk::Water
