// The 审判 datasets on a real encrypted profile (recorded by the projection, imported by the core's
// DatasetApplier off the UI thread): a cases and an events file arrive and are applied; a malformed
// cases file applies nothing, names its lines and columns, and a dataset replaced by it keeps its
// rows; an events file whose cases have not come is refused with its lines, and applied by itself
// once the cases are; deleting a dataset takes its rows; a file imported here becomes a dataset
// record that stays applied; the directory set here arrives as a COURTS dataset, its courts in the
// global search until it is removed; the 口径 settings.
#include "CourtsDatasets.h"
#include "CourtsFiles.h"
#include "CourtsSearch.h"
#include "CourtsStore.h"
#include "ModuleTestProfile.h"
#include "audit/AuditLog.h"
#include "import/DatasetApplier.h"
#include "module/ModuleRecords.h"
#include "module/ModuleSearch.h"
#include "store/Database.h"
#include "sync/BlobCache.h"
#include "sync/RecordStore.h"

#include <QFile>
#include <QTest>

using namespace GovDesk;
using namespace GovDesk::Core;
using namespace GovDesk::Courts;

class TestCourtsDatasets : public QObject
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
            CourtsDatasets::payload(kind, QStringLiteral("测试"), fileName, *sha256, bytes.size()));
        if (!written)
            qFatal("put: %s", qPrintable(written.error().fullText()));
        if (!settled(recordId, *sha256))
            qFatal("dataset %s not imported", qPrintable(recordId));
        return recordId;
    }

    bool settled(const QString &recordId, const QString &sha256 = {})
    {
        return QTest::qWaitFor([&] {
            const DatasetStatus now = status(recordId);
            return (sha256.isEmpty() || now.sha256 == sha256) && now.state != DatasetState::Waiting
                   && !m_context->datasets()->isBusy();
        });
    }

    DatasetStatus status(const QString &recordId)
    {
        for (const DatasetStatus &status :
             CourtsDatasets::statuses(m_context->database()).value_or(QList<DatasetStatus>{}))
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

private Q_SLOTS:
    void init()
    {
        m_profile = std::make_unique<Test::ModuleTestProfile>();
        GD_VERIFY(m_profile->create());
        m_context = &m_profile->context(QStringLiteral("courts"));
        GD_VERIFY(CourtsDatasets::install(*m_context));
    }

    void cleanup()
    {
        m_context = nullptr;
        m_profile.reset();
    }

    void casesAndEventsArrive()
    {
        const QString cases = put(DatasetKind::Cases, Test::gb18030(Test::caseRows()));
        QCOMPARE(status(cases).state, DatasetState::Applied);
        QCOMPARE(status(cases).rows, 8);
        const QString events = put(DatasetKind::Events, Test::eventRows().toUtf8());
        QCOMPARE(status(events).state, DatasetState::Applied);
        QCOMPARE(count(QStringLiteral("courts_events")), 6);
        auto entries = AuditLog(m_context->database()).entries();
        GD_VERIFY(entries);
        QCOMPARE(std::count_if(entries->cbegin(), entries->cend(),
                               [](const AuditEntry &entry) {
                                   return entry.event == QLatin1String("courts.dataset.applied");
                               }),
                 2);
    }

    void malformedFileChangesNothing()
    {
        const QString good = put(DatasetKind::Cases, Test::caseRows().toUtf8());
        const qint64 before = count(QStringLiteral("courts_cases"));
        // Line 2 is good and would add a case; lines 3 and 4 are not.
        const QByteArray malformed
            = (Test::CaseHeader
               + QStringLiteral(
                   "（2025）琼0105民初20号,2025-03-01,,3,0,0,,否,否,,,,是,是,否,否\n"
                   "（2025）琼0105民初21,2025-03-01,,3,0,0,,否,否,,,,是,是,否,否\n"
                   "（2025）琼0105民初22号,2025-03-01,2025-02-01,3,0,0,判决,否,否,,,,是,是,是,是\n"))
                  .toUtf8();
        const QString bad = put(DatasetKind::Cases, malformed);
        const DatasetStatus rejected = status(bad);
        QCOMPARE(rejected.state, DatasetState::Rejected);
        QCOMPARE(rejected.problemCount, 2);
        for (const QString &expected :
             {QStringLiteral("Line 3, Case number"), QStringLiteral("Line 4, Closing date")})
            QVERIFY2(rejected.problems.contains(expected), qPrintable(rejected.problems));
        QCOMPARE(count(QStringLiteral("courts_cases")), before);

        // The same dataset replaced by the bad file keeps what it had: all or nothing.
        put(DatasetKind::Cases, malformed, good);
        QCOMPARE(status(good).state, DatasetState::Rejected);
        QCOMPARE(count(QStringLiteral("courts_cases")), before);
    }

    void eventsWaitForTheirCases()
    {
        const QString events = put(DatasetKind::Events, Test::eventRows().toUtf8());
        const DatasetStatus refused = status(events);
        QCOMPARE(refused.state, DatasetState::Rejected);
        QCOMPARE(refused.problemCount, 6);
        QVERIFY2(refused.problems.contains(QStringLiteral("Line 2, Case number: （2025）琼0105民初1号")),
                 qPrintable(refused.problems));
        QCOMPARE(count(QStringLiteral("courts_events")), 0);

        // The cases come: the events are imported again, by themselves.
        put(DatasetKind::Cases, Test::caseRows().toUtf8());
        QTRY_COMPARE(status(events).state, DatasetState::Applied);
        QVERIFY(settled(events));
        QCOMPARE(count(QStringLiteral("courts_events")), 6);

        // An event of a case that is nowhere stays refused.
        const QString stray
            = put(DatasetKind::Events, QStringLiteral("案号,节点,发生日期,录入日期\n"
                                                      "（2025）琼0105民初1号,归档,2025-04-10,2025-04-10\n"
                                                      "（2025）琼0108民初1号,立案,2025-01-02,2025-01-02\n")
                                           .toUtf8());
        QCOMPARE(status(stray).state, DatasetState::Rejected);
        QCOMPARE(status(stray).problemCount, 1);
        QVERIFY2(status(stray).problems.contains(QStringLiteral("Line 3")),
                 qPrintable(status(stray).problems));
        QCOMPARE(count(QStringLiteral("courts_events")), 6);
    }

    void deletingADatasetRemovesItsRows()
    {
        const QString cases = put(DatasetKind::Cases, Test::caseRows().toUtf8());
        put(DatasetKind::Events, Test::eventRows().toUtf8());
        GD_VERIFY(m_context->records().remove(QString::fromLatin1(DatasetCollection), cases));
        QCOMPARE(count(QStringLiteral("courts_cases")), 0);
        QCOMPARE(status(cases).recordId, QString());
    }

    void localFileBecomesADataset()
    {
        const QByteArray bytes = Test::caseRows().toUtf8();
        const QString path = m_profile->dir->filePath(QStringLiteral("案件.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size());
        file.close();
        auto sha256 = BlobCache(m_context->database()).addBytes(bytes);
        GD_VERIFY(sha256);
        const DatasetStatus local{.recordId = RecordStore::newRecordId(),
                                  .kind = CourtsSchema::kindCode(DatasetKind::Cases),
                                  .title = QStringLiteral("本院案件"),
                                  .fileName = QStringLiteral("案件.csv"),
                                  .sha256 = *sha256};
        // On a worker connection, as the import dialog does.
        auto worker = m_context->openWorkerDatabase();
        GD_VERIFY(worker);
        auto imported = CourtsDatasets::importLocal(**worker, local, path);
        GD_VERIFY(imported);
        worker->reset();
        QCOMPARE(imported->state, DatasetState::Applied);
        QCOMPARE(count(QStringLiteral("courts_cases")), 8);
        // Then its record: the applier sees the same file already applied and leaves it so.
        GD_VERIFY(m_context->records().put(
            QString::fromLatin1(DatasetCollection), local.recordId,
            CourtsDatasets::payload(DatasetKind::Cases, local.title, local.fileName, *sha256, bytes.size())));
        QVERIFY(settled(local.recordId));
        QCOMPARE(status(local.recordId).state, DatasetState::Applied);
        QCOMPARE(count(QStringLiteral("courts_cases")), 8);
    }

    void directoryInTheSearch()
    {
        const QJsonArray courts{
            QJsonObject{{"code", QStringLiteral("琼")}, {"name", QStringLiteral("海南省高级人民法院")}},
            QJsonObject{{"code", QStringLiteral("琼01")},
                        {"name", QStringLiteral("海南省海口市中级人民法院")}},
            QJsonObject{{"code", QStringLiteral("琼0105")},
                        {"name", QStringLiteral("海口市秀英区人民法院")}}};
        auto recordId = CourtsDatasets::setDirectory(*m_context, CourtDirectory::fromJson(courts).value(),
                                                     QStringLiteral("本省法院"));
        GD_VERIFY(recordId);
        QVERIFY(settled(*recordId));
        const auto find = [this](const QString &text) {
            return m_context->search()
                .search({.text = text, .types = {QString::fromLatin1(CourtsSearch::CourtType)}})
                .value_or(QList<SearchHit>{});
        };
        // By part of the name and by 代字; the hit names the court and opens it.
        const QList<SearchHit> byName = find(QStringLiteral("秀英"));
        QCOMPARE(byName.size(), 1);
        QCOMPARE(byName.first().title, QStringLiteral("海口市秀英区人民法院"));
        QCOMPARE(byName.first().module, QStringLiteral("courts"));
        QCOMPARE(CourtsSearch::courtOf(byName.first().recordId), QStringLiteral("琼0105"));
        QVERIFY(!find(QStringLiteral("琼0105")).isEmpty());
        QCOMPARE(CourtsSearch::courtOf(QStringLiteral("6f1c0e7a-dataset")), std::nullopt);

        // The directory removed: its courts leave the search.
        GD_VERIFY(m_context->records().remove(QString::fromLatin1(DatasetCollection), *recordId));
        QVERIFY(find(QStringLiteral("秀英")).isEmpty());
        QVERIFY(find(QStringLiteral("海口")).isEmpty());
    }

    void directoryAndSettings()
    {
        const CourtDirectory directory
            = CourtDirectory::fromJson(
                  QJsonArray{QJsonObject{{"code", QStringLiteral("琼")},
                                         {"name", QStringLiteral("海南省高级人民法院")}},
                             QJsonObject{{"code", QStringLiteral("琼01")},
                                         {"name", QStringLiteral("海南省海口市中级人民法院")}}})
                  .value();
        auto recordId = CourtsDatasets::setDirectory(*m_context, directory, QStringLiteral("本省法院"));
        GD_VERIFY(recordId);
        QVERIFY(settled(*recordId));
        QCOMPARE(status(*recordId).state, DatasetState::Applied);
        auto stored = CourtsStore(m_context->database()).directory();
        GD_VERIFY(stored);
        QCOMPARE(stored->toJson(), directory.toJson());

        auto defaults = CourtsDatasets::indicatorSettings(*m_context);
        GD_VERIFY(defaults);
        QCOMPARE(defaults->toJson(), IndicatorSettings{}.toJson());
        IndicatorSettings province;
        province.closingBase = IndicatorSettings::ClosingBase::NewOnly;
        province.timelyEntryDays = 5;
        province.longPendingMonths = {12, 24, 36};
        GD_VERIFY(CourtsDatasets::setIndicatorSettings(*m_context, province));
        auto read = CourtsDatasets::indicatorSettings(*m_context);
        GD_VERIFY(read);
        QCOMPARE(read->toJson(), province.toJson());
    }
};

QTEST_GUILESS_MAIN(TestCourtsDatasets)
#include "tst_courtsdatasets.moc"
