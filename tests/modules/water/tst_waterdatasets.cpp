// The 水务 datasets on a real encrypted profile (recorded by the projection, imported by the
// core's DatasetApplier off the UI thread): each SL 323 table and the quality samples import from
// files as they come (GB18030, UTF-8 with BOM, UTF-16, JSON); a malformed file
// applies nothing and says why; a dataset whose file has not arrived waits and is imported when it
// does; deleting a dataset takes its rows; warnings become to-dos and search entries and are
// completed when the situation ends; the demo storm fires 警戒 at two stations and the fused warning.
#include "ModuleTestProfile.h"
#include "WaterDatasets.h"
#include "WaterDemoData.h"
#include "WaterQuality.h"
#include "WaterQueries.h"
#include "WaterWarnings.h"
#include "audit/AuditLog.h"
#include "import/DatasetApplier.h"
#include "module/ModuleRecords.h"
#include "module/ModuleSearch.h"
#include "module/ModuleTodos.h"
#include "store/Database.h"
#include "sync/BlobCache.h"
#include "sync/RecordStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringEncoder>
#include <QTest>
#include <QTimeZone>

using namespace GovDesk;
using namespace GovDesk::Core;
using namespace GovDesk::Water;

namespace {

QByteArray gb18030(const QString &text)
{
    QStringEncoder encoder("GB18030");
    return encoder.encode(text);
}

const QString Stations = QStringLiteral(
    "测站编码,测站名称,站类,河流名称,经度,纬度,行政区划码,至河口距离,警戒水位,保证水位,汛限水位,设计洪水位\n"
    "99010105,石门,ZQ,云溪河,110.33,25.36,990101,120,86.5,88.0,,\n"
    "99010112,云溪镇,ZQ,云溪河,110.62,25.15,990102,56,80.0,81.5,,\n"
    "99010102,鹰嘴坳,PP,云溪河,110.25,25.42,990101,140,,,,\n"
    "99010103,云溪水库,RR,云溪河,110.28,25.40,990101,132,,,118.0,121.5\n");

QString riverRows(double lastLevel)
{
    QString csv = QStringLiteral("STCD,TM,Z,Q\n");
    for (int hour = 0; hour < 6; ++hour) {
        csv += QStringLiteral("99010112,2026-06-18 %1:00,%2,320\n")
                   .arg(hour, 2, 10, QLatin1Char('0'))
                   .arg(hour == 5 ? lastLevel : 78.0 + hour * 0.1, 0, 'f', 2);
        csv += QStringLiteral("99010105,2026-06-18 %1:00,85.%2,120\n")
                   .arg(hour, 2, 10, QLatin1Char('0'))
                   .arg(hour);
    }
    return csv;
}

} // namespace

class TestWaterDatasets : public QObject
{
    Q_OBJECT

    std::unique_ptr<Test::ModuleTestProfile> m_profile;
    ModuleContext *m_context = nullptr;

    QString put(DatasetKind kind, const QByteArray &bytes, QString recordId = {},
                const QString &fileName = QStringLiteral("test.csv"))
    {
        auto sha256 = BlobCache(m_context->database()).addBytes(bytes);
        if (!sha256)
            qFatal("blob: %s", qPrintable(sha256.error().fullText()));
        if (recordId.isEmpty())
            recordId = RecordStore::newRecordId();
        auto written = m_context->records().put(
            QString::fromLatin1(DatasetCollection), recordId,
            WaterDatasets::payload(kind, QStringLiteral("测试"), fileName, *sha256, bytes.size()));
        if (!written)
            qFatal("put: %s", qPrintable(written.error().fullText()));
        // The applier imports it on its worker thread: wait until it has done so (or refused it).
        const bool settled = QTest::qWaitFor([&] {
            const DatasetStatus now = status(recordId);
            // Not busy: the warnings follow the commit on this thread.
            return now.sha256 == *sha256 && now.state != DatasetState::Waiting
                   && !m_context->datasets()->isBusy();
        });
        if (!settled)
            qFatal("dataset %s not imported", qPrintable(recordId));
        return recordId;
    }

    // Every dataset whose file is here has been imported (or refused).
    bool applierIdle()
    {
        return QTest::qWaitFor([&] {
            return WaterDatasets::waitingCount(m_context->database()).value_or(-1) == 0
                   && !m_context->datasets()->isBusy();
        });
    }

    DatasetStatus status(const QString &recordId)
    {
        for (const DatasetStatus &status :
             WaterDatasets::statuses(m_context->database()).value_or(QList<DatasetStatus>{}))
            if (status.recordId == recordId)
                return status;
        return {};
    }

    qint64 count(const QString &table)
    {
        return m_context->database()
            .queryInt(QStringLiteral("SELECT count(*) FROM %1").arg(table))
            .value_or(-1);
    }

    QList<StoredWarning> warnings()
    {
        return WaterQueries(m_context->database()).warnings().value_or(QList<StoredWarning>{});
    }

private Q_SLOTS:
    void init()
    {
        m_profile = std::make_unique<Test::ModuleTestProfile>();
        GD_VERIFY(m_profile->create());
        m_context = &m_profile->context(QStringLiteral("water"));
        GD_VERIFY(WaterDatasets::install(*m_context));
    }

    void cleanup()
    {
        m_context = nullptr;
        m_profile.reset();
    }

    void importsEachTable()
    {
        // Stations as a county office saves them from a spreadsheet: GB18030, Chinese headers.
        const QString stations = put(DatasetKind::Stations, gb18030(Stations));
        QCOMPARE(status(stations).state, DatasetState::Applied);
        QCOMPARE(status(stations).rows, 4);
        auto station = WaterQueries(m_context->database()).station(QStringLiteral("99010112"));
        GD_VERIFY(station);
        QVERIFY(station->has_value());
        QCOMPARE((*station)->stnm, QStringLiteral("云溪镇"));
        QCOMPARE((*station)->wrz.value_or(0), 80.0);
        QCOMPARE((*station)->dstrvm.value_or(0), 56.0);
        QCOMPARE((*station)->sttp, StationType::RiverHydrology);

        // Rainfall: UTF-8 with a BOM, SL 323 headers.
        const QString rain
            = put(DatasetKind::Rainfall, "\xEF\xBB\xBFSTCD,TM,DRP,INTV\n99010102,2026-06-18 04:00,12.5,1\n"
                                         "99010102,2026-06-18 05:00,20.0,1\n");
        QCOMPARE(status(rain).state, DatasetState::Applied);
        QCOMPARE(count(QStringLiteral("water_pptn")), 2);

        // River levels: UTF-16 with its BOM.
        const QString levels = riverRows(79.0);
        QByteArray utf16("\xFF\xFE");
        utf16 += QByteArray(reinterpret_cast<const char *>(levels.utf16()), levels.size() * 2);
        const QString river = put(DatasetKind::River, utf16);
        QCOMPARE(status(river).state, DatasetState::Applied);
        QCOMPARE(count(QStringLiteral("water_river")), 12);

        // Reservoir: a JSON array of objects.
        const QJsonArray rows{QJsonObject{{QStringLiteral("STCD"), QStringLiteral("99010103")},
                                          {QStringLiteral("TM"), QStringLiteral("2026-06-18 05:00")},
                                          {QStringLiteral("RZ"), 117.2},
                                          {QStringLiteral("W"), 42.5}}};
        const QString reservoir
            = put(DatasetKind::Reservoir, QJsonDocument(rows).toJson(), {}, QStringLiteral("水库水情.json"));
        QCOMPARE(status(reservoir).state, DatasetState::Applied);
        auto reservoirs = WaterQueries(m_context->database())
                              .reservoirs(QDateTime(QDate(2026, 6, 18), QTime(6, 0), QTimeZone(8 * 3600)));
        GD_VERIFY(reservoirs);
        QCOMPARE(reservoirs->size(), 1);
        QCOMPARE(reservoirs->first().storage.value_or(0), 42.5);

        // Quality: classes from the worst parameter (氨氮 1.2 → Ⅳ; 总磷 0.5 → 劣Ⅴ).
        const QString quality
            = put(DatasetKind::Quality, QStringLiteral("测站编码,采样时间,水体类型,溶解氧,氨氮,总磷\n"
                                                       "99030101,2026-06-01 09:00,河流,7.8,0.1,0.02\n"
                                                       "99030102,2026-06-01 09:00,河流,6.5,1.2,0.1\n"
                                                       "99030103,2026-06-01 09:00,河流,5.5,0.4,0.5\n")
                                            .toUtf8());
        QCOMPARE(status(quality).state, DatasetState::Applied);
        auto classes = WaterQueries(m_context->database())
                           .qualityClasses(QDateTime(QDate(2026, 5, 1), QTime(0, 0), Qt::UTC),
                                           QDateTime(QDate(2026, 7, 1), QTime(0, 0), Qt::UTC));
        GD_VERIFY(classes);
        QCOMPARE(classes->value(int(QualityClass::I)), 1);
        QCOMPARE(classes->value(int(QualityClass::IV)), 1);
        QCOMPARE(classes->value(int(QualityClass::WorseThanV)), 1);

        // Every import is in the audit log.
        auto entries = AuditLog(m_context->database()).entries();
        GD_VERIFY(entries);
        const auto applied = std::count_if(entries->cbegin(), entries->cend(), [](const AuditEntry &entry) {
            return entry.event == QLatin1String("water.dataset.applied");
        });
        QCOMPARE(applied, 5);
    }

    void malformedFileAppliesNothing_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("expected");
        const QByteArray good = riverRows(79.0).toUtf8();
        // Beyond the first 256 KiB, where the encoding is chosen: a line saved as GB18030.
        QByteArray wrongEncoding("STCD,TM,Z,WPTN\n");
        const QDateTime first(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
        for (int hour = 0; wrongEncoding.size() < 300 * 1024; ++hour)
            wrongEncoding += QStringLiteral("99010105,%1,85.10,平\n")
                                 .arg(first.addSecs(hour * 3600).toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                                 .toUtf8();
        wrongEncoding += "99010105,2026-06-18 07:00,85.50," + gb18030(QStringLiteral("涨")) + "\n";
        QTest::newRow("GB18030 deep in UTF-8") << wrongEncoding << QStringLiteral("UTF-8");
        QTest::newRow("BOM mix") << QByteArray("\xEF\xBB\xBF") + good + QByteArray("\xEF\xBB\xBF") + good
                                 << QString();
        QTest::newRow("missing column")
            << QByteArray("STCD,TM,Q\n99010105,2026-06-18 01:00,120\n") << QStringLiteral("Water level");
        QTest::newRow("bad number") << QByteArray("STCD,TM,Z\n99010105,2026-06-18 01:00,85.x2\n")
                                    << QStringLiteral("85.x2");
        QTest::newRow("1e9") << QByteArray("STCD,TM,Z\n99010105,2026-06-18 01:00,1e9\n")
                             << QStringLiteral("1e9");
        QTest::newRow("duplicate key") << QByteArray("STCD,TM,Z\n99010105,2026-06-18 01:00,85.1\n"
                                                     "99010105,2026-06-18 01:00,85.2\n")
                                       << QString();
    }

    void malformedFileAppliesNothing()
    {
        QFETCH(QByteArray, file);
        QFETCH(QString, expected);
        put(DatasetKind::Stations, Stations.toUtf8());
        const QString good = put(DatasetKind::River, riverRows(79.0).toUtf8());
        QCOMPARE(status(good).state, DatasetState::Applied);
        const qint64 before = count(QStringLiteral("water_river"));

        const QString bad = put(DatasetKind::River, file);
        const DatasetStatus rejected = status(bad);
        QCOMPARE(rejected.state, DatasetState::Rejected);
        QVERIFY(!rejected.problems.isEmpty());
        if (!expected.isEmpty())
            QVERIFY2(rejected.problems.contains(expected), qPrintable(rejected.problems));
        QCOMPARE(count(QStringLiteral("water_river")), before);
        QCOMPARE(rejected.rows, 0);

        // The same dataset replaced by a bad file keeps what it had: all or nothing.
        put(DatasetKind::River, file, good);
        QCOMPARE(status(good).state, DatasetState::Rejected);
        QCOMPARE(count(QStringLiteral("water_river")), before);
    }

    void waitsForItsFile()
    {
        const QByteArray bytes = Stations.toUtf8();
        const QString sha256
            = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        const QString recordId = RecordStore::newRecordId();
        GD_VERIFY(m_context->records().put(
            QString::fromLatin1(DatasetCollection), recordId,
            WaterDatasets::payload(DatasetKind::Stations, QStringLiteral("测站"), QStringLiteral("测站.csv"),
                                   sha256, bytes.size())));
        QCOMPARE(status(recordId).state, DatasetState::Waiting);
        QCOMPARE(WaterDatasets::waitingCount(m_context->database()).value_or(-1), 1);
        QCoreApplication::processEvents(); // the applier looked, and found no file
        QVERIFY(!m_context->datasets()->isBusy());
        QCOMPARE(status(recordId).state, DatasetState::Waiting);

        GD_VERIFY(BlobCache(m_context->database()).addBytes(bytes)); // as a sync downloads it
        m_profile->session->notifyBlobsArrived();                    // and says so when done
        QTRY_COMPARE(status(recordId).state, DatasetState::Applied);
        QCOMPARE(count(QStringLiteral("water_stations")), 4);
    }

    void deletingADatasetRemovesItsRows()
    {
        put(DatasetKind::Stations, Stations.toUtf8());
        const QString river = put(DatasetKind::River, riverRows(79.0).toUtf8());
        QCOMPARE(count(QStringLiteral("water_river")), 12);
        GD_VERIFY(m_context->records().remove(QString::fromLatin1(DatasetCollection), river));
        QCOMPARE(count(QStringLiteral("water_river")), 0);
        QCOMPARE(status(river).recordId, QString());
    }

    void warningsBecomeToDosAndEnd()
    {
        put(DatasetKind::Stations, Stations.toUtf8());
        const QString river = put(DatasetKind::River, riverRows(80.4).toUtf8()); // 警戒 80.0
        QList<StoredWarning> current = warnings();
        QCOMPARE(current.size(), 1);
        QCOMPARE(current.first().warning.kind, WarningKind::RiverOverWarning);
        QCOMPARE(current.first().warning.stcd, QStringLiteral("99010112"));
        QVERIFY2(current.first().warning.reason.contains(QStringLiteral("80.40")),
                 qPrintable(current.first().warning.reason));

        auto todos = m_context->todos().openItems({QStringLiteral("water")});
        GD_VERIFY(todos);
        QCOMPARE(todos->size(), 1);
        QCOMPARE(todos->first().recordId, WaterWarnings::recordIdOf(current.first().warning));
        QCOMPARE(todos->first().urgency, Urgency::Urgent);
        auto hits = m_context->search().search({.text = QStringLiteral("云溪镇")});
        GD_VERIFY(hits);
        QCOMPARE(hits->size(), 1);

        // Applying the same again changes nothing: no second to-do.
        put(DatasetKind::River, riverRows(80.4).toUtf8(), river);
        QCOMPARE(m_context->todos().openCount({QStringLiteral("water")}).value_or(-1), 1);

        // The level falls back under 警戒: the to-do is done and leaves the search.
        put(DatasetKind::River, riverRows(79.2).toUtf8(), river);
        QVERIFY(warnings().isEmpty());
        QCOMPARE(m_context->todos().openCount({QStringLiteral("water")}).value_or(-1), 0);
        hits = m_context->search().search({.text = QStringLiteral("云溪镇")});
        GD_VERIFY(hits);
        QVERIFY(hits->isEmpty());
    }

    void demoStormFiresTheWarnings()
    {
        const QDateTime end(QDate(2026, 6, 18), QTime(8, 0), Qt::UTC);
        GD_VERIFY(WaterDemoData::seed(*m_context, WaterDemoData::generate(end, 30)));
        QVERIFY(applierIdle());
        auto statuses = WaterDatasets::statuses(m_context->database());
        GD_VERIFY(statuses);
        QCOMPARE(statuses->size(), 5);
        for (const DatasetStatus &status : std::as_const(*statuses))
            QVERIFY2(status.state == DatasetState::Applied, qPrintable(status.kind + u' ' + status.problems));
        QCOMPARE(count(QStringLiteral("water_stations")), 30);

        QStringList overWarning;
        QStringList fused;
        for (const StoredWarning &stored : warnings()) {
            if (stored.warning.kind == WarningKind::RiverOverWarning
                || stored.warning.kind == WarningKind::RiverOverGuarantee)
                overWarning << stored.warning.stcd;
            if (stored.warning.kind == WarningKind::RainUpstreamLevelRising)
                fused << stored.warning.stcd;
        }
        overWarning.sort();
        QCOMPARE(overWarning, WaterDemoData::StormStations);
        QVERIFY2(fused.contains(WaterDemoData::StormStations.first()), qPrintable(fused.join(u',')));
        // The warnings lead with the worst; each is a to-do.
        QCOMPARE(warnings().first().warning.severity, WarningSeverity::Danger);
        QCOMPARE(m_context->todos().openCount({QStringLiteral("water")}).value_or(-1), warnings().size());
    }
};

QTEST_GUILESS_MAIN(TestWaterDatasets)
#include "tst_waterdatasets.moc"
