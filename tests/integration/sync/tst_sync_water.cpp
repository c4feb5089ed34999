// 水务 datasets loaded on the server (govdesk-syncd dataset load) reach two offices over real HTTPS
// and their dashboards: the 水利局 runs the module while it syncs, the 政府办 starts it after (the
// projection catches up); stations and river levels that cross 警戒 and 保证 raise the same
// warnings and to-dos in both; a county's GB18030 spreadsheet imports the same as UTF-8; a
// malformed file is refused in both, with its lines and columns, and applies nothing; an office
// it was not sent to sees nothing. Waits are on what an office sees (statuses, rows, to-dos), so
// the test holds whether a dataset is applied at once or on a worker thread.
#include "FloodWarnings.h"
#include "ModuleOffice.h"
#include "SyncServerFixture.h"
#include "SyncedProfile.h"
#include "TestProfile.h"
#include "WaterDatasets.h"
#include "WaterPage.h"
#include "WaterQueries.h"
#include "WaterWarnings.h"
#include "module/Module.h"
#include "module/ModuleContext.h"
#include "module/ModuleTodos.h"
#include "module/ObjectPool.h"
#include "module/ProjectionRunner.h"
#include "session/Session.h"

#include <QFile>
#include <QJsonDocument>
#include <QPluginLoader>
#include <QStringEncoder>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace GovDesk::Core;
using namespace GovDesk::Water;
using namespace GovDesk::Test;

namespace {

constexpr int ApplyTimeoutMs = 60000; // generous: a dataset may be applied on a worker thread

const QString WaterOffice = QStringLiteral("gx-lz-water");
const QString Shimen = QStringLiteral("99010105");      // 石门: crosses 保证
const QString Yunxizhen = QStringLiteral("99010112");   // 云溪镇: crosses 警戒
const QString Yingzuiao = QStringLiteral("99010102");   // 鹰嘴坳: its rain in GB18030
const QString Shanmuchong = QStringLiteral("99010106"); // 杉木冲: the same rain in UTF-8

// The stations as a county office saves them from a spreadsheet: Chinese headers, GB18030.
const QString Stations = QStringLiteral(
    "测站编码,测站名称,站类,河流名称,经度,纬度,行政区划码,行政区划名称,至河口距离,警戒水位,保证水位,"
    "汛限水位,设计洪水位\n"
    "99010102,鹰嘴坳,PP,云溪河,110.25,25.42,990101,云源县,140,,,,\n"
    "99010106,杉木冲,PP,云溪河,110.37,25.33,990101,云源县,112,,,,\n"
    "99010105,石门,ZQ,云溪河,110.33,25.36,990101,云源县,120,86.5,88.0,,\n"
    "99010112,云溪镇,ZQ,云溪河,110.62,25.15,990102,云溪县,56,80.0,81.5,,\n"
    "99010113,下马滩,ZZ,云溪河,110.70,25.10,990103,双河县,40,76.0,77.8,,\n");

// Six hours of levels as a provincial 雨水情 database exports them: 石门 rises to 88.30 m (保证
// 88.0), 云溪镇 to 80.40 m (警戒 80.0), 下马滩 stays under its 76.0 m.
QByteArray riverLevels()
{
    QString csv = QStringLiteral("STCD,TM,Z,Q\n");
    for (int hour = 0; hour < 6; ++hour) {
        const QString at = QStringLiteral("2026-06-18 %1:00").arg(hour, 2, 10, QLatin1Char('0'));
        csv += QStringLiteral("%1,%2,%3,420\n").arg(Shimen, at).arg(85.99 + hour * 0.462, 0, 'f', 2);
        csv += QStringLiteral("%1,%2,%3,310\n").arg(Yunxizhen, at).arg(79.5 + hour * 0.18, 0, 'f', 2);
        csv += QStringLiteral("99010113,%1,%2,280\n").arg(at).arg(74.0 + hour * 0.1, 0, 'f', 2);
    }
    return csv.toUtf8();
}

// Light rain, 11 mm in six hours (中雨): no rain warning, no fused one.
QString rainRows(const QString &stcd)
{
    static const double mm[] = {1.5, 2.0, 3.5, 2.5, 1.0, 0.5};
    QString csv = QStringLiteral("测站编码,时间,时段降水量,时段长\n");
    for (int hour = 0; hour < 6; ++hour)
        csv += QStringLiteral("%1,2026-06-18 %2:00,%3,1\n")
                   .arg(stcd)
                   .arg(hour, 2, 10, QLatin1Char('0'))
                   .arg(mm[hour], 0, 'f', 1);
    return csv;
}

// A level that would end 云溪镇's warning on line 2, then a typing error and a value in the wrong
// unit: refused whole, so the good line does not apply either.
const QByteArray Malformed("STCD,TM,Z,Q\n"
                           "99010112,2026-06-18 06:00,79.00,300\n"
                           "99010112,2026-06-18 07:00,85.x2,300\n"
                           "99010105,2026-06-18 07:00,1e9,120\n");

struct Office : ModuleOffice
{
    using ModuleOffice::ModuleOffice;

    // Each dataset as "title state rows", sorted: what the dataset list shows.
    QString statuses() const
    {
        QStringList lines;
        for (const DatasetStatus &status :
             WaterDatasets::statuses(context->database()).value_or(QList<DatasetStatus>{}))
            lines << QStringLiteral("%1 %2 %3")
                         .arg(status.title)
                         .arg(status.state == DatasetState::Applied    ? QStringLiteral("applied")
                              : status.state == DatasetState::Rejected ? QStringLiteral("rejected")
                                                                       : QStringLiteral("waiting"))
                         .arg(status.rows);
        lines.sort();
        return lines.join(u'|');
    }
    DatasetStatus status(const QString &title) const
    {
        for (const DatasetStatus &status :
             WaterDatasets::statuses(context->database()).value_or(QList<DatasetStatus>{}))
            if (status.title == title)
                return status;
        return {};
    }
    QStringList openTodos() const
    {
        QStringList ids;
        for (const TodoItem &item :
             context->todos().openItems({QStringLiteral("water")}).value_or(QList<TodoItem>{}))
            ids << item.recordId;
        ids.sort();
        return ids;
    }
    QStringList warnings() const
    {
        QStringList ids;
        for (const StoredWarning &stored :
             WaterQueries(context->database()).warnings().value_or(QList<StoredWarning>{}))
            ids << WaterWarnings::recordIdOf(stored.warning);
        return ids;
    }
};

QString warningId(WarningKind kind, const QString &stcd)
{
    return WaterWarnings::recordIdOf(FloodWarning{.kind = kind, .stcd = stcd});
}

int rowOf(const QTableWidget *table, const QString &stcd)
{
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, 1) && table->item(row, 1)->text() == stcd)
            return row;
    return -1;
}

} // namespace

class TestSyncWater : public QObject
{
    Q_OBJECT

    SyncServerFixture m_server;
    QTemporaryDir m_dir;

    std::unique_ptr<Office> office(const QString &user)
    {
        auto profile = SyncedProfile::createSignedIn(m_dir.path(), user, QStringLiteral("水务数据-2026"),
                                                     {m_server.baseUrl(), m_server.caFile(), {}}, user,
                                                     QString::fromUtf8(SyncServerFixture::DefaultPassword));
        if (!profile)
            qFatal("profile: %s", qPrintable(profile.error().fullText()));
        return std::make_unique<Office>(std::move(*profile));
    }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    void load(const QString &path, const QString &kind, const QString &title)
    {
        auto loaded = m_server.admin({QStringLiteral("dataset"), QStringLiteral("load"), WaterOffice,
                                      QStringLiteral("water.dataset"), path, QStringLiteral("--kind"), kind,
                                      QStringLiteral("--title"), title, QStringLiteral("--to"),
                                      QStringLiteral("gx-lz-gov")});
        GD_VERIFY(loaded);
    }

    static QString expectedStatuses()
    {
        QStringList lines{QStringLiteral("云溪河测站 applied 5"), QStringLiteral("云溪河河道水情 applied 18"),
                          QStringLiteral("鹰嘴坳降水量 applied 6"), QStringLiteral("杉木冲降水量 applied 6"),
                          QStringLiteral("有误的水位文件 rejected 0")};
        lines.sort();
        return lines.join(u'|');
    }

    // Everything an office should have of the datasets, once they are applied.
    static void checkData(Office &desk)
    {
        QTRY_COMPARE_WITH_TIMEOUT(desk.statuses(), expectedStatuses(), ApplyTimeoutMs);

        // The malformed file: every bad line named, nothing of it applied.
        const DatasetStatus rejected = desk.status(QStringLiteral("有误的水位文件"));
        QCOMPARE(rejected.problemCount, 2);
        for (const QString &expected : {QStringLiteral("Line 3"), QStringLiteral("85.x2"),
                                        QStringLiteral("Line 4"), QStringLiteral("1e9")})
            QVERIFY2(rejected.problems.contains(expected), qPrintable(rejected.problems));
        const WaterQueries queries(desk.context->database());
        const QDateTime last(QDate(2026, 6, 18), QTime(5, 0), QTimeZone(8 * 3600));
        QCOMPARE(queries.latestTime().value_or(QDateTime()), last);
        const QDateTime day = last.addDays(-1);
        QCOMPARE(queries.series(Yunxizhen, SeriesField::Level, day, last.addDays(1))->values.size(), 6);

        // The GB18030 stations decoded as written; the GB18030 rain the same as the UTF-8 rain.
        auto station = queries.station(Yingzuiao);
        QVERIFY(station && *station);
        QCOMPARE((*station)->stnm, QStringLiteral("鹰嘴坳"));
        QCOMPARE((*station)->rvnm, QStringLiteral("云溪河"));
        QCOMPARE((*station)->addvnm, QStringLiteral("云源县"));
        auto gb = queries.series(Yingzuiao, SeriesField::Rainfall, day, last);
        auto utf8 = queries.series(Shanmuchong, SeriesField::Rainfall, day, last);
        QVERIFY(gb && utf8);
        QCOMPARE(gb->values.size(), 6);
        QCOMPARE(gb->times, utf8->times);
        QCOMPARE(gb->values, utf8->values);

        // 石门 over 保证 (危险) first, then 云溪镇 over 警戒; each a to-do.
        const QStringList warnings{warningId(WarningKind::RiverOverGuarantee, Shimen),
                                   warningId(WarningKind::RiverOverWarning, Yunxizhen)};
        // The worker commits a dataset's rows and status; the warnings follow on the UI thread.
        QTRY_COMPARE_WITH_TIMEOUT(desk.warnings(), warnings, ApplyTimeoutMs);
        QStringList todos = warnings;
        todos.sort();
        QTRY_COMPARE_WITH_TIMEOUT(desk.openTodos(), todos, ApplyTimeoutMs);
    }

    // What the duty officer sees on the 水务 page.
    static void checkDashboard(Office &desk)
    {
        WaterPage page(*desk.context);
        const QTableWidget *stations = page.stationTable();
        QTRY_COMPARE_WITH_TIMEOUT(stations->rowCount(), 5, ApplyTimeoutMs);
        const int shimen = rowOf(stations, Shimen);
        const int yunxizhen = rowOf(stations, Yunxizhen);
        QVERIFY(shimen >= 0 && yunxizhen >= 0);
        QCOMPARE(stations->item(shimen, 0)->text(), QStringLiteral("石门"));
        QCOMPARE(stations->item(yunxizhen, 0)->text(), QStringLiteral("云溪镇"));
        QCOMPARE(stations->item(shimen, 4)->text(), QStringLiteral("88.30 m"));
        QCOMPARE(stations->item(shimen, 6)->text(), FloodWarnings::severityName(WarningSeverity::Danger));
        QCOMPARE(stations->item(yunxizhen, 6)->text(), FloodWarnings::severityName(WarningSeverity::Warning));
        const QTableWidget *warnings = page.warningTable();
        QCOMPARE(warnings->rowCount(), 2);
        QCOMPARE(warnings->item(0, 2)->text(), QStringLiteral("石门"));
        QCOMPARE(warnings->item(1, 2)->text(), QStringLiteral("云溪镇"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto organisations = SyncServerFixture::defaultOrganisations();
        organisations.append({WaterOffice, QStringLiteral("柳州市水利局")});
        auto users = SyncServerFixture::defaultUsers();
        users.append({QStringLiteral("zhaolei"),
                      QStringLiteral("赵磊"),
                      WaterOffice,
                      {QStringLiteral("clerk")},
                      QString::fromUtf8(SyncServerFixture::DefaultPassword)});
        GD_VERIFY(m_server.setUp(organisations, users));

        QStringEncoder gb18030("GB18030");
        load(writeFile(QStringLiteral("云溪河_测站.csv"), gb18030.encode(Stations)),
             QStringLiteral("ST_STBPRP_B"), QStringLiteral("云溪河测站"));
        load(writeFile(QStringLiteral("云溪河_河道水情_20260618.csv"), riverLevels()),
             QStringLiteral("ST_RIVER_R"), QStringLiteral("云溪河河道水情"));
        load(writeFile(QStringLiteral("鹰嘴坳_降水量.csv"), gb18030.encode(rainRows(Yingzuiao))),
             QStringLiteral("ST_PPTN_R"), QStringLiteral("鹰嘴坳降水量"));
        load(writeFile(QStringLiteral("杉木冲_降水量.csv"), rainRows(Shanmuchong).toUtf8()),
             QStringLiteral("ST_PPTN_R"), QStringLiteral("杉木冲降水量"));
        load(writeFile(QStringLiteral("水位_错误.csv"), Malformed), QStringLiteral("ST_RIVER_R"),
             QStringLiteral("有误的水位文件"));
    }

    void loadedDatasetsReachTwoOfficesAndTheirDashboards()
    {
        // 水利局: the module runs while the sync brings the datasets in.
        auto water = office(QStringLiteral("zhaolei"));
        GD_VERIFY(
            water->startModule(QStringLiteral(GOVDESK_WATER_JSON), QStringLiteral(GOVDESK_WATER_PLUGIN)));
        GD_VERIFY(water->sync());
        checkData(*water);
        if (QTest::currentTestFailed())
            return;
        checkDashboard(*water);
        if (QTest::currentTestFailed())
            return;

        // 市政府办公室: starts the module after the sync; its projection catches up.
        auto government = office(QStringLiteral("wangfang"));
        GD_VERIFY(government->sync());
        GD_VERIFY(government->startModule(QStringLiteral(GOVDESK_WATER_JSON),
                                          QStringLiteral(GOVDESK_WATER_PLUGIN)));
        checkData(*government);
        if (QTest::currentTestFailed())
            return;
        checkDashboard(*government);
        if (QTest::currentTestFailed())
            return;
        // The same warnings and to-dos in both offices.
        QCOMPARE(government->warnings(), water->warnings());
        QCOMPARE(government->openTodos(), water->openTodos());

        // 鹿寨县 was not sent them.
        auto outsider = office(QStringLiteral("limin"));
        GD_VERIFY(outsider->sync());
        GD_VERIFY(
            outsider->startModule(QStringLiteral(GOVDESK_WATER_JSON), QStringLiteral(GOVDESK_WATER_PLUGIN)));
        QCOMPARE(outsider->statuses(), QString());
        QVERIFY(outsider->openTodos().isEmpty());
        WaterPage page(*outsider->context);
        QCOMPARE(page.stationTable()->rowCount(), 0);
    }
};

QTEST_MAIN(TestSyncWater)
#include "tst_sync_water.moc"
