#include "ForestryDemoData.h"

#include "Afforestation.h"
#include "ForestryDatasets.h"
#include "module/ModuleContext.h"
#include "module/ModuleRecords.h"
#include "sync/BlobCache.h"
#include "sync/RecordStore.h"

#include <QRandomGenerator>
#include <QtMath>

namespace GovDesk::Forestry {

namespace {

struct DemoCounty
{
    const char *name;
    double landHa;
    double coverage; // of the latest year
    double stockPerHa;
    QList<const char *> areas;
};

// Plainly fictional counties and 林场/乡镇.
const QList<DemoCounty> &counties()
{
    static const QList<DemoCounty> list{
        {"青岭县", 186000, 0.634, 82, {"东岭林场", "西坡乡", "青龙沟"}},
        {"白石县", 94000, 0.532, 71, {"石门林场", "白石镇", "北山"}},
        {"松溪县", 142000, 0.702, 95, {"松溪林场", "溪口乡", "南岭"}},
        {"云岗县", 118000, 0.468, 64, {"云岗林场", "岗头镇"}},
        {"柳河县", 76000, 0.391, 58, {"柳河林场", "河湾乡", "东滩"}},
    };
    return list;
}

QString number(double value, int decimals = 1)
{
    return QString::number(value, 'f', decimals);
}

QByteArray indicators(const QDate &today)
{
    QByteArray csv("县,年度,国土面积,林地面积,森林面积,森林蓄积量,单位\n");
    const int latest = today.year() - 1;
    for (const DemoCounty &county : counties()) {
        for (int year = latest - 2; year <= latest; ++year) {
            // Coverage rising some 0.6 points a year, stock a little faster (the forest matures).
            const int back = latest - year;
            const double forest = county.landHa * (county.coverage - 0.006 * back);
            const double stock = forest * county.stockPerHa * (1.0 - 0.02 * back);
            csv += QStringLiteral("%1,%2,%3,%4,%5,%6,公顷\n")
                       .arg(QString::fromUtf8(county.name))
                       .arg(year)
                       .arg(number(county.landHa, 0), number(forest * 1.12, 0), number(forest, 0),
                            number(stock, 0))
                       .toUtf8();
        }
    }
    return csv;
}

QByteArray afforestation(const QDate &today, QRandomGenerator &random)
{
    struct Season
    {
        AfforestationType type;
        QDate start;
        QDate end;
        double share; // of the county's yearly task
    };
    const int y = today.year();
    const QList<Season> seasons{
        {AfforestationType::Planting, QDate(y, 3, 1), QDate(y, 5, 31), 0.35},
        {AfforestationType::AerialSeeding, QDate(y, 5, 15), QDate(y, 6, 30), 0.15},
        {AfforestationType::ClosureForNature, QDate(y, 1, 1), QDate(y, 12, 31), 0.25},
        {AfforestationType::DegradedRepair, QDate(y, 9, 15), QDate(y, 12, 20), 0.15},
        {AfforestationType::GrainForGreen, QDate(y, 10, 1), QDate(y, 12, 31), 0.10},
    };
    QByteArray csv("县,年度,造林类型,计划任务,完成面积,作业开始,作业结束,统计截至,成活率,单位\n");
    int index = 0;
    for (const DemoCounty &county : counties()) {
        const double task = county.landHa * 0.012; // 1.2 % of the land a year
        for (const Season &season : seasons) {
            AfforestationTask plan{.plannedHa = std::round(task * season.share),
                                   .seasonStart = season.start,
                                   .seasonEnd = season.end};
            // Most keep pace; 柳河县's 人工造林 and 白石县's 退化林修复 trail by 25 points once
            // their season runs (the warnings).
            const bool lagging = index == 4 * 5 + 0 || index == 1 * 5 + 3;
            const double share = plan.expectedShare(today);
            const double done = std::round(
                plan.plannedHa
                * (lagging ? std::max(0.0, share - 0.25) : share * (0.95 + random.bounded(0.2))));
            csv += QStringLiteral("%1,%2,%3,%4,%5,%6,%7,%8,%9,亩\n")
                       .arg(QString::fromUtf8(county.name))
                       .arg(y)
                       .arg(AfforestationTypes::standardName(season.type))
                       .arg(number(plan.plannedHa * 15, 0), number(done * 15, 0),
                            season.start.toString(Qt::ISODate), season.end.toString(Qt::ISODate),
                            today.toString(Qt::ISODate), number(85 + random.bounded(12.0), 1))
                       .toUtf8();
            ++index;
        }
    }
    return csv;
}

// Daily fire danger for the year so far: high in the dry months (winter and spring), low in the
// summer rains, and the last ten days climbing to a peak — the dry-season peak of the demo.
QByteArray fireRisk(const QDate &today, QRandomGenerator &random)
{
    QByteArray csv("县,区域,日期,火险等级\n");
    const QDate from = today.addDays(-364);
    int countyIndex = 0;
    for (const DemoCounty &county : counties()) {
        for (const char *area : county.areas) {
            for (QDate day = from; day <= today; day = day.addDays(1)) {
                // Dryness peaks in mid-February and mid-November, lowest in July.
                const double season = 0.5 + 0.5 * std::cos(2 * M_PI * (day.dayOfYear() - 45) / 182.5);
                const double summer = day.month() >= 6 && day.month() <= 8 ? -1.0 : 0.0;
                double level = 1.4 + 2.2 * season + summer + random.bounded(1.2) - 0.6;
                const qint64 toToday = day.daysTo(today);
                if (toToday < 10) // the peak: no rain for weeks, dry wind; worst in the east
                    level += (10 - toToday) * 0.22 - (countyIndex % 2) * 1.0;
                const int rounded = std::clamp(int(std::lround(level)), 1, 5);
                csv += QStringLiteral("%1,%2,%3,%4\n")
                           .arg(QString::fromUtf8(county.name), QString::fromUtf8(area),
                                day.toString(Qt::ISODate))
                           .arg(rounded)
                           .toUtf8();
            }
        }
        ++countyIndex;
    }
    return csv;
}

QByteArray fires(const QDate &today)
{
    QByteArray csv("火灾编号,县,起火地点,起火时间,起火原因,过火面积,受害森林面积,死亡人数,重伤人数\n");
    const int y = today.year();
    const QList<QStringList> rows{
        {QStringLiteral("%1-001").arg(y), QStringLiteral("青岭县"), QStringLiteral("西坡乡马家湾"),
         today.addDays(-3).toString(Qt::ISODate) + QStringLiteral(" 14:20"), QStringLiteral("野外吸烟"),
         QStringLiteral("4.6"), QStringLiteral("3.2"), QStringLiteral("0"), QStringLiteral("0")},
        {QStringLiteral("%1-002").arg(y), QStringLiteral("白石县"), QStringLiteral("北山三道沟"),
         today.addDays(-40).toString(Qt::ISODate) + QStringLiteral(" 11:05"), QStringLiteral("祭祀用火"),
         QStringLiteral("0.8"), QStringLiteral("0.5"), QStringLiteral("0"), QStringLiteral("0")},
        {QStringLiteral("%1-003").arg(y), QStringLiteral("柳河县"), QStringLiteral("东滩"),
         today.addDays(-120).toString(Qt::ISODate) + QStringLiteral(" 16:40"), QStringLiteral("农事用火"),
         QStringLiteral("1.5"), QStringLiteral("0.9"), QStringLiteral("0"), QStringLiteral("1")},
    };
    for (const QStringList &row : rows)
        csv += row.join(QLatin1Char(',')).toUtf8() + '\n';
    return csv;
}

// Monthly reports (last day of each month) of the past year; 美国白蛾 in 柳河县 spreads in the
// latest month.
QByteArray pests(const QDate &today, QRandomGenerator &random)
{
    const QList<std::pair<const char *, double>> species{
        {"松材线虫病", 0.004}, {"美国白蛾", 0.006}, {"杨树蛀干害虫", 0.003}, {"松毛虫", 0.005}};
    QByteArray csv("县,有害生物种类,统计日期,发生面积,成灾面积,防治面积,无公害防治面积\n");
    const QDate lastMonthEnd = QDate(today.year(), today.month(), 1).addDays(-1);
    for (const DemoCounty &county : counties()) {
        const double forest = county.landHa * county.coverage;
        for (const auto &[name, share] : species) {
            for (int back = 11; back >= 0; --back) {
                const QDate monthStart = QDate(lastMonthEnd.year(), lastMonthEnd.month(), 1).addMonths(-back);
                const QDate reported = monthStart.addDays(monthStart.daysInMonth() - 1);
                const double season = 1.0 + 0.12 * std::sin(2 * M_PI * (reported.month() - 4) / 12.0);
                double occurrence = forest * share * season * (0.97 + random.bounded(0.06));
                const bool spreading
                    = back == 0 && qstrcmp(county.name, "柳河县") == 0 && qstrcmp(name, "美国白蛾") == 0;
                if (spreading)
                    occurrence *= 1.6;
                const double disaster = occurrence * (spreading ? 0.08 : 0.01);
                const double controlled = occurrence * (0.78 + random.bounded(0.15));
                csv += QStringLiteral("%1,%2,%3,%4,%5,%6,%7\n")
                           .arg(QString::fromUtf8(county.name), QString::fromUtf8(name),
                                reported.toString(Qt::ISODate), number(occurrence), number(disaster),
                                number(controlled), number(controlled * 0.9))
                           .toUtf8();
            }
        }
    }
    return csv;
}

} // namespace

QList<DemoFile> demoFiles(const QDate &today)
{
    QRandomGenerator random(20260618u + quint32(today.toJulianDay()));
    const QString y = QString::number(today.year());
    return {
        {QStringLiteral("FOREST_INDICATOR"),
         QStringLiteral("%1—%2年森林资源主要指标").arg(today.year() - 3).arg(today.year() - 1),
         QStringLiteral("森林资源主要指标_%1.csv").arg(today.year() - 1), indicators(today)},
        {QStringLiteral("AFFORESTATION"), QStringLiteral("%1年营造林计划与完成情况").arg(y),
         QStringLiteral("营造林进度_%1.csv").arg(today.toString(QStringLiteral("yyyyMMdd"))),
         afforestation(today, random)},
        {QStringLiteral("FIRE_RISK"), QStringLiteral("森林火险等级日报"),
         QStringLiteral("森林火险等级_%1.csv").arg(today.toString(QStringLiteral("yyyyMMdd"))),
         fireRisk(today, random)},
        {QStringLiteral("FIRE_INCIDENT"), QStringLiteral("%1年森林火灾登记").arg(y),
         QStringLiteral("森林火灾_%1.csv").arg(y), fires(today)},
        {QStringLiteral("PEST"), QStringLiteral("林业有害生物发生防治月报"),
         QStringLiteral("林业有害生物_%1.csv").arg(today.toString(QStringLiteral("yyyyMM"))),
         pests(today, random)},
    };
}

Core::Result<> seedDemoDatasets(Core::ModuleContext &context, const QDate &today)
{
    Core::BlobCache blobs(context.database());
    for (const DemoFile &file : demoFiles(today)) {
        auto sha256 = blobs.addBytes(file.csv);
        if (!sha256)
            return std::unexpected(sha256.error());
        const DatasetRecord record{.kind = file.kind,
                                   .title = file.title,
                                   .fileName = file.fileName,
                                   .loadedAt = QDateTime::currentDateTimeUtc(),
                                   .sha256 = *sha256,
                                   .size = file.csv.size()};
        GD_TRY(context.records().put(QString::fromLatin1(DatasetCollection), Core::RecordStore::newRecordId(),
                                     record.toPayload()));
    }
    return {};
}

} // namespace GovDesk::Forestry
