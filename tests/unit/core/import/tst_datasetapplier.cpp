// DatasetApplier on a real encrypted profile with a small module of its own ("demo", one table):
// a synced dataset is imported on a worker thread, all or nothing, with monotonic progress to
// 100 %; a bad row applies nothing; 取消 and a lock leave nothing; a blob that arrives later is
// applied when the sync says so; and a client killed (SIGKILL) mid-import loses nothing — the
// dataset is still waiting at the next start and is applied then. The kill runs this executable
// again as a child (GOVDESK_APPLIER_CHILD), as tests/integration/sync/tst_sync_killclient does.
#include "../module/ModuleTestProfile.h"
#include "audit/AuditLog.h"
#include "import/DatasetApplier.h"
#include "module/ModuleRecords.h"
#include "store/Database.h"
#include "store/Statement.h"
#include "sync/BlobCache.h"
#include "sync/RecordStore.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <cstdio>
#include <mutex>

using namespace GovDesk;
using namespace GovDesk::Core;

namespace {

const QString Collection = QStringLiteral("demo.dataset");
const char ChildVariable[] = "GOVDESK_APPLIER_CHILD";

// The threads the rows were written on, as the module's row writer sees them.
struct WriterThreads
{
    std::mutex mutex;
    QSet<QThread *> threads;
};

DatasetSource demoSource(WriterThreads *seen = nullptr)
{
    return {
        .collection = Collection,
        .tables = {QStringLiteral("demo_rows")},
        .schema = [](const QString &kind) -> std::optional<ImportSchema> {
            if (kind != QLatin1String("READINGS"))
                return std::nullopt;
            return ImportSchema{.fields = {{.key = QStringLiteral("NAME"), .label = QStringLiteral("名称")},
                                           {.key = QStringLiteral("VALUE"),
                                            .label = QStringLiteral("数值"),
                                            .type = ImportFieldType::Decimal,
                                            .minimum = 0,
                                            .maximum = 1000}},
                                .keyFields = {QStringLiteral("NAME")}};
        },
        .rowWriter = [seen](Database &db, const QString &, const QString &recordId) -> TableImport::RowSink {
            return [&db, seen, recordId](const QVariantList &values) -> Result<> {
                if (seen) {
                    const std::lock_guard lock(seen->mutex);
                    seen->threads.insert(QThread::currentThread());
                }
                auto statement = db.prepareCached(QStringLiteral("INSERT INTO demo_rows VALUES (?, ?, ?)"));
                if (!statement)
                    return std::unexpected(statement.error());
                statement->bind(1, recordId)
                    .bind(2, values.at(0).toString())
                    .bind(3, values.at(1).toDouble());
                return statement->exec();
            };
        }};
}

Result<> installDemo(ModuleContext &context, WriterThreads *seen = nullptr)
{
    GD_TRY(context.migrate({{.version = 1,
                             .description = QStringLiteral("demo rows"),
                             .sql = QStringLiteral("CREATE TABLE demo_rows (dataset_id TEXT NOT NULL, "
                                                   "name TEXT NOT NULL, value REAL NOT NULL);")}}));
    GD_TRY(
        context.records().declareCollection({.name = Collection, .policy = ConflictPolicy::LastWriterWins}));
    return context.addDatasets(demoSource(seen));
}

QByteArray readings(int rows, int badLine = 0)
{
    QByteArray csv = "NAME,VALUE\n";
    csv.reserve(rows * 16);
    for (int i = 0; i < rows; ++i) {
        // Line i + 2 of the file.
        csv += "s" + QByteArray::number(i) + ','
               + (i + 2 == badLine ? QByteArray("x1") : QByteArray::number(i % 997)) + '\n';
    }
    return csv;
}

QString sha256Of(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QJsonObject payload(const QByteArray &bytes, const QString &kind = QStringLiteral("READINGS"))
{
    return {{QStringLiteral("kind"), kind},
            {QStringLiteral("title"), QStringLiteral("测试数据")},
            {QStringLiteral("fileName"), QStringLiteral("readings.csv")},
            {QStringLiteral("loadedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
            {QStringLiteral("attachments"),
             QJsonArray{QJsonObject{{QStringLiteral("sha256"), sha256Of(bytes)},
                                    {QStringLiteral("name"), QStringLiteral("readings.csv")},
                                    {QStringLiteral("size"), bytes.size()}}}}};
}

// The child: opens the profile, lets the applier start, says when it is staging rows, and waits
// to be killed.
int runChild(const QString &profilesDir, const QString &profileId)
{
    ProfileRepository profiles(profilesDir);
    Session session(profiles);
    if (auto unlocked = session.unlock(profileId, Test::ModuleTestProfile::passphrase()); !unlocked) {
        std::fprintf(stderr, "unlock: %s\n", qPrintable(unlocked.error().fullText()));
        return 2;
    }
    ObjectPool pool;
    ModuleMetadata metadata;
    metadata.id = QStringLiteral("demo");
    metadata.apiVersion = ModuleApiVersion;
    ModuleContext context(metadata, session, pool);
    if (auto installed = installDemo(context); !installed) {
        std::fprintf(stderr, "install: %s\n", qPrintable(installed.error().fullText()));
        return 3;
    }
    QObject::connect(context.datasets(), &DatasetApplier::progressChanged, [](const QString &, int percent) {
        if (percent >= 60) { // checked, and staging: the profile's file is not locked by it yet
            std::fputs("staging\n", stdout);
            std::fflush(stdout);
        }
    });
    QTest::qWait(120'000);
    return 4;
}

} // namespace

class TestDatasetApplier : public QObject
{
    Q_OBJECT

    std::unique_ptr<Test::ModuleTestProfile> m_profile;
    ModuleContext *m_context = nullptr;
    WriterThreads m_threads;

    Database &db() { return m_context->database(); }
    DatasetApplier &applier() { return *m_context->datasets(); }

    QString put(const QByteArray &bytes, bool withBlob = true, QString recordId = {})
    {
        if (withBlob && !BlobCache(db()).addBytes(bytes))
            qFatal("blob");
        if (recordId.isEmpty())
            recordId = RecordStore::newRecordId();
        if (!m_context->records().put(Collection, recordId, payload(bytes)))
            qFatal("put");
        return recordId;
    }

    DatasetStatus status(const QString &recordId)
    {
        auto found = applier().store().status(recordId);
        return found && *found ? **found : DatasetStatus{.state = DatasetState(-1)};
    }

    qint64 rows(const QString &recordId = {})
    {
        auto statement = db().prepare(
            recordId.isEmpty() ? QStringLiteral("SELECT count(*) FROM demo_rows")
                               : QStringLiteral("SELECT count(*) FROM demo_rows WHERE dataset_id = ?"));
        if (!statement)
            return -1;
        if (!recordId.isEmpty())
            statement->bind(1, recordId);
        qint64 count = -1;
        if (!statement->forEachRow([&](const Statement &row) { count = row.int64(0); }))
            return -1;
        return count;
    }

private Q_SLOTS:
    void init()
    {
        m_profile = std::make_unique<Test::ModuleTestProfile>();
        GD_VERIFY(m_profile->create());
        m_context = &m_profile->context(QStringLiteral("demo"));
        m_threads.threads.clear();
        GD_VERIFY(installDemo(*m_context, &m_threads));
    }

    void cleanup()
    {
        m_context = nullptr;
        m_profile.reset();
    }

    void appliesOffTheCallingThreadWithProgress()
    {
        QSignalSpy progress(&applier(), &DatasetApplier::progressChanged);
        const QString id = put(readings(20'000));
        // Recorded by the projection at once, nothing imported yet on this thread.
        QCOMPARE(status(id).state, DatasetState::Waiting);
        QCOMPARE(rows(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(status(id).state, DatasetState::Applied, 30'000);
        QCOMPARE(status(id).rows, 20'000);
        QCOMPARE(rows(id), 20'000);
        {
            const std::lock_guard lock(m_threads.mutex);
            QCOMPARE(m_threads.threads.size(), 1);
            QVERIFY(!m_threads.threads.contains(QThread::currentThread()));
        }
        // Monotonic, from 0 to 100, for this dataset; then the applier rests.
        QTRY_VERIFY(!applier().isBusy());
        QList<int> percents;
        for (const QList<QVariant> &signal : std::as_const(progress)) {
            if (signal.at(0).toString() == id)
                percents << signal.at(1).toInt();
        }
        QVERIFY(percents.size() >= 2);
        QCOMPARE(percents.first(), 0);
        QCOMPARE(percents.last(), 100);
        QVERIFY(std::is_sorted(percents.cbegin(), percents.cend()));
        QCOMPARE(progress.last().at(0).toString(), QString()); // ended
        auto audit = m_context->audit().entries();
        GD_VERIFY(audit);
        QCOMPARE(audit->last().event, QStringLiteral("demo.dataset.applied"));
        QCOMPARE(audit->last().subject, id);
    }

    void aBadRowAppliesNothing()
    {
        const QString good = put(readings(10));
        QTRY_COMPARE(status(good).state, DatasetState::Applied);
        const QString bad = put(readings(5'000, 4'321));
        QTRY_COMPARE(status(bad).state, DatasetState::Rejected);
        QCOMPARE(rows(bad), 0);
        QCOMPARE(status(bad).problemCount, 1);
        QVERIFY2(status(bad).problems.contains(QStringLiteral("4321")), qPrintable(status(bad).problems));
        QVERIFY2(status(bad).problems.contains(QStringLiteral("x1")), qPrintable(status(bad).problems));
        // The good dataset replaced by a bad file keeps its rows: the bad file changes nothing.
        put(readings(7, 3), true, good);
        QTRY_COMPARE(status(good).state, DatasetState::Rejected);
        QCOMPARE(rows(good), 10);
        QCOMPARE(m_context->audit().entries()->last().event, QStringLiteral("demo.dataset.rejected"));
        // An unknown kind is refused by the projection itself.
        const QByteArray other = readings(3);
        GD_VERIFY(BlobCache(db()).addBytes(other));
        const QString unknown = RecordStore::newRecordId();
        GD_VERIFY(m_context->records().put(Collection, unknown, payload(other, QStringLiteral("TIMBER"))));
        QCOMPARE(status(unknown).state, DatasetState::Rejected);
        QCOMPARE(rows(), 10);
    }

    void cancelLeavesNothingUntilRetried()
    {
        const QString id = put(readings(400'000));
        QSignalSpy progress(&applier(), &DatasetApplier::progressChanged);
        // 取消 once the rows are being staged: the late part of the work.
        QVERIFY(QTest::qWaitFor([&] { return applier().importing() == id && applier().percent() >= 55; },
                                60'000));
        applier().cancel(id);
        QTRY_COMPARE_WITH_TIMEOUT(status(id).state, DatasetState::Cancelled, 30'000);
        QVERIFY(!applier().isBusy());
        QCOMPARE(rows(), 0);
        // It stays cancelled when the applier looks again …
        m_profile->session->notifyBlobsArrived();
        QCoreApplication::processEvents();
        QVERIFY(!applier().isBusy());
        QCOMPARE(status(id).state, DatasetState::Cancelled);
        // … until the user asks for it.
        applier().retry(id);
        QTRY_COMPARE_WITH_TIMEOUT(status(id).state, DatasetState::Applied, 60'000);
        QCOMPARE(rows(id), 400'000);
    }

    void lockingLeavesItWaiting()
    {
        const QString id = put(readings(400'000));
        QVERIFY(QTest::qWaitFor([&] { return applier().importing() == id && applier().percent() >= 55; },
                                60'000));
        m_profile->session->lock();
        QVERIFY(!applier().isBusy());
        GD_VERIFY(m_profile->session->unlock(m_profile->profileId, Test::ModuleTestProfile::passphrase()));
        // Nothing half applied, and still waiting: the unlock starts it again.
        QCOMPARE(rows(), 0);
        QCOMPARE(status(id).state, DatasetState::Waiting);
        QTRY_COMPARE_WITH_TIMEOUT(status(id).state, DatasetState::Applied, 60'000);
        QCOMPARE(rows(id), 400'000);
    }

    void aBlobArrivingLaterIsAppliedOnTheSignal()
    {
        const QByteArray bytes = readings(50);
        const QString id = put(bytes, false);
        QCOMPARE(status(id).state, DatasetState::Waiting);
        QCoreApplication::processEvents();
        QVERIFY(!applier().isBusy());
        // The bytes are stored, but nobody said so yet: no polling picks them up.
        GD_VERIFY(BlobCache(db()).addBytes(bytes));
        QCoreApplication::processEvents();
        QVERIFY(!applier().isBusy());
        QCOMPARE(status(id).state, DatasetState::Waiting);
        m_profile->session->notifyBlobsArrived(); // what SyncService does after a download
        QTRY_COMPARE(status(id).state, DatasetState::Applied);
        QCOMPARE(rows(id), 50);
    }

    void aKilledClientLosesNothing()
    {
        const int count = 400'000;
        const QByteArray bytes = readings(count);
        // Stored without the applier (the next start records and imports it), then the profile
        // goes to the child.
        m_context = nullptr;
        m_profile->contexts.clear();
        m_context = &m_profile->context(QStringLiteral("demo"));
        GD_VERIFY(m_context->records().declareCollection(
            {.name = Collection, .policy = ConflictPolicy::LastWriterWins}));
        GD_VERIFY(BlobCache(db()).addBytes(bytes));
        const QString id = RecordStore::newRecordId();
        GD_VERIFY(m_context->records().put(Collection, id, payload(bytes)));
        m_profile->contexts.clear();
        m_context = nullptr;
        m_profile->session->lock();

        QProcess child;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QString::fromLatin1(ChildVariable), QStringLiteral("1"));
        child.setProcessEnvironment(environment);
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(), {m_profile->dir->path(), m_profile->profileId});
        QVERIFY(child.waitForStarted());
        QByteArray said;
        while (!said.contains("staging") && child.state() == QProcess::Running) {
            child.waitForReadyRead(60'000);
            said += child.readAllStandardOutput();
        }
        QVERIFY2(said.contains("staging"), said.constData());
        child.kill(); // SIGKILL
        QVERIFY(child.waitForFinished());

        GD_VERIFY(m_profile->session->unlock(m_profile->profileId, Test::ModuleTestProfile::passphrase()));
        auto stored = DatasetStatusStore(m_profile->session->database(), QStringLiteral("demo")).status(id);
        GD_VERIFY(stored);
        QVERIFY(*stored);
        QCOMPARE((*stored)->state, DatasetState::Waiting); // recorded by the child, nothing applied
        m_context = &m_profile->context(QStringLiteral("demo"));
        GD_VERIFY(installDemo(*m_context));
        QCOMPARE(rows(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(status(id).state, DatasetState::Applied, 60'000);
        QCOMPARE(rows(id), count);
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet(ChildVariable) && argc == 3)
        return runChild(QString::fromLocal8Bit(argv[1]), QString::fromLocal8Bit(argv[2]));
    TestDatasetApplier test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_datasetapplier.moc"
