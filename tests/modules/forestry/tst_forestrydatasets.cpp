// Tests the 林业 core plugin as built, on a real encrypted profile: datasets (a record naming a
// file in the BlobCache) imported off the UI thread by the core's DatasetApplier — the demo's five, one whose
// file arrives later, corrected and deleted ones, malformed files that apply nothing — the warnings as to-dos
// and search entries, a local import on a worker connection, and the audit log.
#include "../../unit/core/module/ModuleTestProfile.h"
#include "ForestryDatasets.h"
#include "ForestryDemoData.h"
#include "ForestryQueries.h"
#include "ForestryTables.h"
#include "audit/AuditLog.h"
#include "import/DatasetApplier.h"
#include "module/Module.h"
#include "module/ModuleRecords.h"
#include "module/ModuleSearch.h"
#include "module/ModuleTodos.h"
#include "store/Database.h"
#include "sync/BlobCache.h"
#include "sync/RecordStore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QPluginLoader>
#include <QStringEncoder>
#include <QTest>
#include <QTimeZone>

using namespace GovDesk::Core;
using namespace GovDesk::Forestry;
using namespace GovDesk::Test;

class TestForestryDatasets : public QObject
{
    Q_OBJECT

    std::unique_ptr<ModuleTestProfile> m_profile;
    ModuleContext *m_context = nullptr;
    QDate m_today{2026, 3, 12}; // the demo's fire peak falls in the spring dry season

    Database &db() { return m_context->database(); }
    ForestryQueries queries() { return ForestryQueries(db()); }

    // A dataset as the server or a colleague's import makes one.
    QString putDataset(const QString &kind, const QByteArray &bytes, const QString &fileName,
                       bool withFile = true, QString id = {})
    {
        QString sha256
            = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        if (withFile) {
            auto added = BlobCache(db()).addBytes(bytes);
            if (!added)
                qFatal("blob: %s", qPrintable(added.error().fullText()));
        }
        if (id.isEmpty())
            id = RecordStore::newRecordId();
        const DatasetRecord record{.kind = kind,
                                   .title = fileName,
                                   .fileName = fileName,
                                   .loadedAt = QDateTime::currentDateTimeUtc(),
                                   .sha256 = sha256,
                                   .size = bytes.size()};
        auto put = m_context->records().put(QString::fromLatin1(DatasetCollection), id, record.toPayload());
        if (!put)
            qFatal("put: %s", qPrintable(put.error().fullText()));
        // The applier imports it on its worker thread: wait until it has (or has refused it).
        if (withFile && !settled(id, sha256))
            qFatal("dataset %s not imported", qPrintable(id));
        return id;
    }

    bool settled(const QString &id, const QString &sha256)
    {
        return QTest::qWaitFor([&] {
            const DatasetStatus now = status(id);
            // Not busy: the warnings and search follow the commit on this thread.
            return now.sha256 == sha256 && now.state != DatasetState::Waiting
                   && !m_context->datasets()->isBusy();
        });
    }

    bool applierIdle()
    {
        return QTest::qWaitFor([&] {
            auto all = ForestryTables(db()).statuses();
            return all && !m_context->datasets()->isBusy()
                   && std::none_of(all->cbegin(), all->cend(),
                                   [](const DatasetStatus &s) { return s.state == DatasetState::Waiting; });
        });
    }

    DatasetStatus status(const QString &id)
    {
        auto found = ForestryTables(db()).status(id);
        return found && *found ? **found : DatasetStatus{.state = DatasetState(-1)};
    }

    qint64 rows(const QString &table)
    {
        return db().queryInt(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)).value_or(-1);
    }

    QStringList openWarnings()
    {
        QStringList keys;
        for (const TodoItem &item :
             m_context->todos().openItems({QStringLiteral("forestry")}).value_or(QList<TodoItem>{}))
            keys.append(item.recordId);
        keys.sort();
        return keys;
    }

private Q_SLOTS:
    void init()
    {
        m_profile = std::make_unique<ModuleTestProfile>();
        GD_VERIFY(m_profile->create());
        m_context = &m_profile->context(QStringLiteral("forestry"));
        auto *module
            = qobject_cast<Module *>(QPluginLoader(QStringLiteral(GOVDESK_FORESTRY_PLUGIN)).instance());
        QVERIFY(module);
        QString error;
        QVERIFY2(module->initialize(*m_context, &error), qPrintable(error));
    }

    void cleanup()
    {
        m_context = nullptr;
        m_profile.reset();
    }

    void demoDatasetsBuildEverything()
    {
        GD_VERIFY(seedDemoDatasets(*m_context, m_today));
        QVERIFY(applierIdle());
        auto statuses = ForestryTables(db()).statuses();
        GD_VERIFY(statuses);
        QCOMPARE(statuses->size(), 5);
        for (const DatasetStatus &s : *statuses)
            QVERIFY2(s.state == DatasetState::Applied && s.rows > 0, qPrintable(s.title + s.problems));
        QCOMPARE(rows(QStringLiteral("forestry_indicators")), 15); // 5 counties × 3 years
        QCOMPARE(rows(QStringLiteral("forestry_afforestation")), 25);
        QCOMPARE(rows(QStringLiteral("forestry_fire_risk")), 14 * 365); // 14 areas, a year of days

        // Areas in 亩 arrive in 公顷: 青岭县's 人工造林 is 35 % of 1.2 % of 186 000 ha.
        auto tasks = queries().afforestation(2026);
        GD_VERIFY(tasks);
        QCOMPARE(tasks->first().county, QStringLiteral("云岗县"));
        const auto qingling = std::find_if(tasks->cbegin(), tasks->cend(), [](const AfforestationTask &t) {
            return t.county == QStringLiteral("青岭县") && t.type == AfforestationType::Planting;
        });
        QVERIFY(qingling != tasks->cend());
        QCOMPARE(qingling->plannedHa, std::round(186000 * 0.012 * 0.35));

        // The dry-season peak ends in 高火险; 柳河县's 美国白蛾 spreads; its 人工造林 trails.
        const QStringList warnings = openWarnings();
        QVERIFY2(warnings.contains(QStringLiteral("pest:柳河县:美国白蛾")), qPrintable(warnings.join(u' ')));
        QVERIFY2(warnings.contains(QStringLiteral("plan:柳河县:人工造林:2026")),
                 qPrintable(warnings.join(u' ')));
        QVERIFY(std::any_of(warnings.cbegin(), warnings.cend(),
                            [](const QString &k) { return k.startsWith(u"fire:"); }));
        auto latest = queries().latestFireRisk();
        GD_VERIFY(latest);
        for (const FireRiskDay &day : *latest) {
            QCOMPARE(day.day, m_today);
            QCOMPARE(warnings.contains(QStringLiteral("fire:%1:%2").arg(day.county, day.area)),
                     day.level >= 4);
        }
        auto stored = queries().warnings();
        GD_VERIFY(stored);
        QCOMPARE(stored->size(), warnings.size());

        auto hits = m_context->search().search({.text = QStringLiteral("美国白蛾")});
        GD_VERIFY(hits);
        QVERIFY(!hits->isEmpty());
        QCOMPARE(hits->first().recordId, QStringLiteral("pest:柳河县:美国白蛾"));
        auto datasets = m_context->search().search({.text = QStringLiteral("森林火险等级日报")});
        GD_VERIFY(datasets);
        QCOMPARE(datasets->size(), 1);

        auto audit = m_context->audit().entries();
        GD_VERIFY(audit);
        QCOMPARE(std::count_if(audit->cbegin(), audit->cend(),
                               [](const AuditEntry &e) {
                                   return e.event == QStringLiteral("forestry.dataset.import");
                               }),
                 5);
    }

    void aFileArrivingLaterIsImportedThen()
    {
        const QByteArray csv
            = QStringLiteral("县,区域,日期,火险等级\n青岭县,东岭林场,2026-03-12,5\n").toUtf8();
        const QString id = putDataset(QStringLiteral("FIRE_RISK"), csv, QStringLiteral("火险.csv"), false);
        QCOMPARE(status(id).state, DatasetState::Waiting);
        QCOMPARE(rows(QStringLiteral("forestry_fire_risk")), 0);
        QCoreApplication::processEvents(); // the applier looked, and found no file
        QVERIFY(!m_context->datasets()->isBusy());
        QCOMPARE(status(id).state, DatasetState::Waiting); // still not here
        GD_VERIFY(BlobCache(db()).addBytes(csv));          // the sync's download
        m_profile->session->notifyBlobsArrived();          // and its word that it is done
        QTRY_COMPARE(status(id).state, DatasetState::Applied);
        QVERIFY(applierIdle()); // its warnings follow the commit on this thread
        QCOMPARE(openWarnings(), QStringList{QStringLiteral("fire:青岭县:东岭林场")});
    }

    void correctedAndDeletedDatasetsReplaceTheirRows()
    {
        const QString id = putDataset(
            QStringLiteral("FIRE_RISK"),
            QStringLiteral(
                "县,区域,日期,火险等级\n青岭县,东岭林场,2026-03-12,4\n青岭县,西坡乡,2026-03-12,2\n")
                .toUtf8(),
            QStringLiteral("a.csv"));
        QCOMPARE(rows(QStringLiteral("forestry_fire_risk")), 2);
        QCOMPARE(openWarnings(), QStringList{QStringLiteral("fire:青岭县:东岭林场")});
        // The corrected file: 东岭林场 was a 3 — the warning ends, its to-do is done.
        putDataset(QStringLiteral("FIRE_RISK"),
                   QStringLiteral("县,区域,日期,火险等级\n青岭县,东岭林场,2026-03-12,3\n").toUtf8(),
                   QStringLiteral("a.csv"), true, id);
        QCOMPARE(rows(QStringLiteral("forestry_fire_risk")), 1);
        QVERIFY(openWarnings().isEmpty());
        QVERIFY(m_context->search().search({.text = QStringLiteral("东岭林场")})->isEmpty());
        GD_VERIFY(ForestryDatasets::remove(*m_context, id));
        QCOMPARE(rows(QStringLiteral("forestry_fire_risk")), 0);
        QCOMPARE(status(id).state, DatasetState(-1));
    }

    void laterDatasetsWinForTheSameKey()
    {
        putDataset(
            QStringLiteral("FOREST_INDICATOR"),
            QStringLiteral(
                "县,年度,国土面积,林地面积,森林面积,森林蓄积量\n青岭县,2025,186000,130000,116000,9000000\n")
                .toUtf8(),
            QStringLiteral("first.csv"));
        // The same county and year in 亩 from a later file.
        putDataset(QStringLiteral("FOREST_INDICATOR"),
                   QStringLiteral("县,年度,国土面积,林地面积,森林面积,森林蓄积量,单位\n青岭县,2025,2790000,"
                                  "1950000,1768860,9433920,亩\n")
                       .toUtf8(),
                   QStringLiteral("second.csv"));
        auto indicators = queries().indicators();
        GD_VERIFY(indicators);
        QCOMPARE(indicators->size(), 1);
        QCOMPARE(indicators->first().forestAreaHa, 117924.0);
        QCOMPARE(indicators->first().coverage(), 0.634);
        QCOMPARE(indicators->first().stockM3, 9433920.0); // m³ are not scaled
    }

    void malformedFilesApplyNothing_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        const QByteArray header = QStringLiteral("县,区域,日期,火险等级\n").toUtf8();
        QTest::newRow("bad number")
            << QStringLiteral("FIRE_RISK")
            << header + QStringLiteral("青岭县,东岭林场,2026-03-12,4\n青岭县,西坡乡,2026-03-12,高\n").toUtf8()
            << QStringLiteral("3");
        QTest::newRow("level 6") << QStringLiteral("FIRE_RISK")
                                 << header + QStringLiteral("青岭县,东岭林场,2026-03-12,6\n").toUtf8()
                                 << QStringLiteral("2");
        QTest::newRow("duplicate key")
            << QStringLiteral("FIRE_RISK")
            << header
                   + QStringLiteral("青岭县,东岭林场,2026-03-12,4\n青岭县,东岭林场,2026-03-12,5\n").toUtf8()
            << QStringLiteral("3");
        QTest::newRow("missing column")
            << QStringLiteral("FIRE_RISK")
            << QStringLiteral("县,日期,火险等级\n青岭县,2026-03-12,4\n").toUtf8() << QString();
        QTest::newRow("1e9 hectares") << QStringLiteral("PEST")
                                      << QStringLiteral("县,有害生物种类,统计日期,发生面积,成灾面积,"
                                                        "防治面积\n柳河县,美国白蛾,2026-02-28,1e9,0,0\n")
                                             .toUtf8()
                                      << QStringLiteral("2");
        QTest::newRow("unclosed quote")
            << QStringLiteral("FIRE_RISK")
            << header + QStringLiteral("\"青岭县,东岭林场,2026-03-12,4\n").toUtf8() << QString();
        QTest::newRow("not a table") << QStringLiteral("FIRE_RISK") << QByteArray("{\"level\": 4}")
                                     << QString();
        QTest::newRow("unknown kind") << QStringLiteral("TIMBER_PRICE") << header << QString();
    }

    void malformedFilesApplyNothing()
    {
        QFETCH(QString, kind);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        const QString good = putDataset(QStringLiteral("FIRE_RISK"), header() + "白石县,北山,2026-03-12,2\n",
                                        QStringLiteral("good.csv"));
        const QString id = putDataset(kind, bytes, QStringLiteral("bad.csv"));
        const DatasetStatus refused = status(id);
        QCOMPARE(refused.state, DatasetState::Rejected);
        QCOMPARE(refused.rows, 0);
        QVERIFY(!refused.problems.isEmpty());
        if (!expected.isEmpty()) // the line of the bad row is named
            QVERIFY2(refused.problems.contains(expected), qPrintable(refused.problems));
        QCOMPARE(rows(QStringLiteral("forestry_fire_risk")), 1); // the good dataset's row only
        QCOMPARE(rows(QStringLiteral("forestry_pests")), 0);
        QCOMPARE(status(good).state, DatasetState::Applied);
        QVERIFY(openWarnings().isEmpty());
    }

    void gb18030FromASpreadsheet()
    {
        const QString text
            = QStringLiteral("县,有害生物种类,统计日期,发生面积,成灾面积,防治面积\n"
                             "柳河县,美国白蛾,2026-01-31,100,0,80\n柳河县,美国白蛾,2026-02-28,150,3,120\n");
        QStringEncoder encoder("GB18030");
        const QByteArray bytes = encoder.encode(text);
        QVERIFY(bytes != text.toUtf8());
        const QString id = putDataset(QStringLiteral("PEST"), bytes, QStringLiteral("有害生物.csv"));
        QCOMPARE(status(id).state, DatasetState::Applied);
        QCOMPARE(openWarnings(), QStringList{QStringLiteral("pest:柳河县:美国白蛾")}); // +50 %, 150 ha
    }

    void jsonArrays()
    {
        const QByteArray json
            = QStringLiteral(
                  R"([{"火灾编号": "2026-017", "县": "白石县", "起火地点": "北山", "起火时间": "2026-03-11 11:05",
                 "过火面积": 180, "受害森林面积": 120.5, "死亡人数": 0, "重伤人数": 2}])")
                  .toUtf8();
        const QString id = putDataset(QStringLiteral("FIRE_INCIDENT"), json, QStringLiteral("火灾.json"));
        QVERIFY2(status(id).state == DatasetState::Applied, qPrintable(status(id).problems));
        auto fires = queries().fireIncidents(2026);
        GD_VERIFY(fires);
        QCOMPARE(fires->size(), 1);
        QCOMPARE(fires->first().fireClass(), FireClass::Major); // 120.5 ha of forest: 重大
        QCOMPARE(fires->first().startedAt, QDateTime(QDate(2026, 3, 11), QTime(11, 5), QTimeZone(8 * 3600)));
        QVERIFY(queries().fireIncidents(2025)->isEmpty());
    }

    void localImportOnAWorkerConnection()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("营造林.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray bytes
            = QStringLiteral("县,年度,造林类型,计划任务,完成面积,作业开始,作业结束,统计截至\n"
                             "白石县,2026,飞播造林,1000,300,2026-04-01,2026-04-30,2026-04-15\n")
                  .toUtf8();
        file.write(bytes);
        file.close();
        const QString sha256
            = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        const DatasetStatus status{.recordId = RecordStore::newRecordId(),
                                   .kind = DatasetKinds::code(DatasetKind::Afforestation),
                                   .title = QStringLiteral("白石县飞播进度"),
                                   .fileName = QStringLiteral("营造林.csv"),
                                   .sha256 = sha256};
        auto preview = TableImport(path, DatasetKinds::schema(DatasetKind::Afforestation)).preview();
        GD_VERIFY(preview);
        {
            auto worker = m_context->openWorkerDatabase();
            GD_VERIFY(worker);
            auto applied = ForestryDatasets::importLocal(**worker, status, path, preview->suggested);
            GD_VERIFY(applied);
            QCOMPARE(applied->state, DatasetState::Applied);
            QCOMPARE(applied->rows, 1);
        }
        QCOMPARE(rows(QStringLiteral("forestry_afforestation")), 1);

        // The record's payload names the file and the mapping, so colleagues import it alike.
        const QJsonObject payload
            = ForestryDatasets::payload(DatasetKind::Afforestation, status.title, status.fileName, sha256,
                                        bytes.size(), preview->suggested);
        QCOMPARE(DatasetRecord::fromPayload(payload).sha256, sha256);
        QCOMPARE(DatasetRecord::fromPayload(payload).kind, status.kind);
        QVERIFY(payload.contains(QStringLiteral("mapping")));

        // Without its record the rows would belong to nothing: forget() takes them out.
        GD_VERIFY(ForestryDatasets::forget(db(), status.recordId));
        QCOMPARE(rows(QStringLiteral("forestry_afforestation")), 0);
        QCOMPARE(rows(QStringLiteral("core_datasets")), 0);
    }

    void aBadLocalFileWritesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(header() + "青岭县,东岭林场,2026-03-12,4\n青岭县,东岭林场,2026-03-40,4\n");
        file.close();
        auto preview = TableImport(path, DatasetKinds::schema(DatasetKind::FireRisk)).preview();
        GD_VERIFY(preview);
        auto worker = m_context->openWorkerDatabase();
        GD_VERIFY(worker);
        auto refused = ForestryDatasets::importLocal(
            **worker,
            {.recordId = RecordStore::newRecordId(), .kind = DatasetKinds::code(DatasetKind::FireRisk)}, path,
            preview->suggested);
        GD_VERIFY(refused);
        QCOMPARE(refused->state, DatasetState::Rejected);
        QVERIFY2(refused->problems.contains(QLatin1Char(u'3')), qPrintable(refused->problems));
        worker->reset();
        QCOMPARE(rows(QStringLiteral("forestry_fire_risk")), 0);
        QCOMPARE(rows(QStringLiteral("core_datasets")), 0);
    }

private:
    static QByteArray header() { return QStringLiteral("县,区域,日期,火险等级\n").toUtf8(); }
};

QTEST_GUILESS_MAIN(TestForestryDatasets)
#include "tst_forestrydatasets.moc"
