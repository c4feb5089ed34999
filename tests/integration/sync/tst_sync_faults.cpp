// A misbehaving server, injected into the real govdesk-syncd (--test-faults): 500s, 503 with
// Retry-After, connections dropped after the request was processed, answers cut in half, and a
// 10 s stall. Every sync survives with the right data; where a push was applied but its answer
// lost, the resend is reported as "duplicate" and stored once.
#include "ServerView.h"
#include "SyncServerFixture.h"
#include "SyncedProfile.h"
#include "TestProfile.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace GovDesk::Core;
using namespace GovDesk::Test;
using namespace std::chrono_literals;

namespace {

const QString Receipts = QStringLiteral("documents.receipt");
constexpr int Records = 30;

QJsonObject receipt(const QString &mode, int n)
{
    return {{QStringLiteral("documentId"), QStringLiteral("柳政办发〔2026〕%1号").arg(n)},
            {QStringLiteral("status"), QStringLiteral("received")},
            {QStringLiteral("by"), QStringLiteral("王芳")},
            {QStringLiteral("remark"), QStringLiteral("故障演练（%1）第%2份，已签收").arg(mode).arg(n)}};
}

} // namespace

class TestSyncFaults : public QObject
{
    Q_OBJECT

    SyncServerFixture m_server;
    QTemporaryDir m_dir;
    int m_profiles = 0;

    std::unique_ptr<SyncedProfile> signedInProfile(const QString &user)
    {
        auto profile = SyncedProfile::createSignedIn(
            m_dir.path(), QStringLiteral("%1 #%2").arg(user).arg(++m_profiles),
            QStringLiteral("故障演练口令"), {m_server.baseUrl(), m_server.caFile(), {}}, user,
            QString::fromUtf8(SyncServerFixture::DefaultPassword));
        if (!profile) {
            qWarning("%s", qPrintable(profile.error().fullText()));
            return {};
        }
        return std::move(*profile);
    }

    // Records addressed to 林业局, so that its profile can pull them through a faulty server.
    QStringList writeReceipts(SyncedProfile &profile, const QString &tag)
    {
        QStringList ids;
        for (int n = 0; n < Records; ++n) {
            ids << RecordStore::newRecordId();
            if (!profile.records().put(Receipts, ids.last(), receipt(tag, n), {QStringLiteral("gx-lz-forestry")}))
                return {};
        }
        return ids;
    }

    // Stored once, at revision 1, with the content written.
    void verifyOnServer(const QStringList &ids, const QString &tag)
    {
        auto server = readServer(m_server, QStringLiteral("chenjing"));
        GD_VERIFY(server);
        QCOMPARE(server->appearances, server->records.size());
        for (int n = 0; n < ids.size(); ++n) {
            const StoredRecord *stored = server->find(Receipts, ids.at(n));
            QVERIFY2(stored, qPrintable(QStringLiteral("receipt %1 missing").arg(n)));
            QCOMPARE(stored->revision, 1);
            QCOMPARE(stored->payload, receipt(tag, n));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        GD_VERIFY(m_server.setUp());
    }

    void init()
    {
        GD_VERIFY(m_server.clearFaults());
    }

    void cleanupTestCase()
    {
        // Nothing may stay armed for a test added later.
        GD_VERIFY(m_server.clearFaults());
    }

    void aFaultyServerIsSurvived_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("retryAfter");
        QTest::addColumn<double>("stallSeconds");
        QTest::addColumn<int>("requestTimeoutMs");
        QTest::addColumn<bool>("answerLost"); // processed by the server, answer never arrived

        const QString push = QStringLiteral("/v1/sync/push");
        const QString pull = QStringLiteral("/v1/sync/pull");
        QTest::newRow("push: 500 twice") << QStringLiteral("status500") << push << 2 << 1 << 0.0 << 30000 << false;
        QTest::newRow("push: 503 Retry-After 2") << QStringLiteral("status503") << push << 1 << 2 << 0.0 << 30000 << false;
        QTest::newRow("push: dropped after processing") << QStringLiteral("drop") << push << 1 << 1 << 0.0 << 30000 << true;
        QTest::newRow("push: JSON cut in half") << QStringLiteral("truncate") << push << 1 << 1 << 0.0 << 30000 << true;
        // The 10 s stall: the client gives up (Timeout) before the answer comes and resends.
        // With a 1 s request timeout that happens after ~7 s, not 1 s: curl's low-speed check
        // averages the transfer rate over ~5 s, and the request body was moving until the stall.
        QTest::newRow("push: 10 s stall") << QStringLiteral("stall") << push << 1 << 1 << 10.0 << 1000 << true;
        QTest::newRow("pull: 500 three times") << QStringLiteral("status500") << pull << 3 << 1 << 0.0 << 30000 << false;
        QTest::newRow("pull: 503 Retry-After 1") << QStringLiteral("status503") << pull << 1 << 1 << 0.0 << 30000 << false;
        QTest::newRow("pull: dropped") << QStringLiteral("drop") << pull << 1 << 1 << 0.0 << 30000 << true;
        QTest::newRow("pull: JSON cut in half") << QStringLiteral("truncate") << pull << 1 << 1 << 0.0 << 30000 << true;
    }

    void aFaultyServerIsSurvived()
    {
        QFETCH(QString, mode);
        QFETCH(QString, path);
        QFETCH(int, count);
        QFETCH(int, retryAfter);
        QFETCH(double, stallSeconds);
        QFETCH(int, requestTimeoutMs);
        QFETCH(bool, answerLost);
        const QString tag = QString::fromUtf8(QTest::currentDataTag());
        const bool onPush = path.endsWith(QLatin1String("push"));

        auto sender = signedInProfile(QStringLiteral("wangfang"));
        auto reader = signedInProfile(QStringLiteral("chenjing"));
        QVERIFY(sender && reader);
        QVERIFY(reader->sync().value_or(SyncSummary{}).completed()); // catch up with earlier rows
        const QStringList ids = writeReceipts(*sender, tag);
        QCOMPARE(ids.size(), Records);

        SyncEngineOptions options = quickEngineOptions();
        options.requestTimeout = std::chrono::milliseconds(requestTimeoutMs);
        std::chrono::milliseconds longestWait{0};
        const auto progress = [&longestWait](const SyncProgress &state) {
            if (state.phase == SyncProgress::Phase::Waiting)
                longestWait = std::max(longestWait, state.waiting);
        };
        SyncedProfile &faulty = onPush ? *sender : *reader;
        if (!onPush) {
            auto sent = sender->sync();
            GD_VERIFY(sent);
            QVERIFY2(sent->completed(), qPrintable(describe(*sent)));
        }

        GD_VERIFY(m_server.setFault(mode, count, path, retryAfter, stallSeconds));
        QElapsedTimer timer;
        timer.start();
        auto summary = faulty.sync(options, progress);
        const qint64 elapsed = timer.elapsed();
        GD_VERIFY(summary);
        qInfo("%s: %s in %lld ms, longest back-off %lld ms", qPrintable(tag), qPrintable(describe(*summary)), elapsed,
              static_cast<long long>(longestWait.count()));
        QVERIFY2(summary->completed(), qPrintable(describe(*summary)));
        QVERIFY2(summary->retries >= 1, "the fault never reached the engine");
        QCOMPARE(summary->conflicts, 0);
        QCOMPARE(summary->rejected, 0);

        if (mode == QLatin1String("status503"))
            QVERIFY2(longestWait >= std::chrono::seconds(retryAfter), "Retry-After was not honoured");
        if (mode == QLatin1String("stall")) {
            // Gave up after the timeout instead of waiting out the stall, then resent.
            QVERIFY2(elapsed >= requestTimeoutMs && elapsed < stallSeconds * 1000,
                     qPrintable(QStringLiteral("%1 ms: the client waited for the stalled answer").arg(elapsed)));
        }
        if (onPush) {
            QCOMPARE(summary->pushed + summary->duplicates, Records);
            // Applied while the answer was lost: the resend is a duplicate, not a second record.
            QCOMPARE(summary->duplicates, answerLost ? Records : 0);
            QCOMPARE(sender->pendingCount().value_or(-1), 0);
            auto pulled = reader->sync();
            GD_VERIFY(pulled);
            QVERIFY2(pulled->completed(), qPrintable(describe(*pulled)));
        }
        // Whichever side met the fault, the reader ends with every receipt, once, intact.
        for (int n = 0; n < Records; ++n) {
            auto record = reader->records().get(Receipts, ids.at(n));
            GD_VERIFY(record);
            QVERIFY2(record->has_value(), qPrintable(QStringLiteral("receipt %1 not pulled").arg(n)));
            QCOMPARE((*record)->payload, receipt(tag, n));
            QCOMPARE((*record)->revision, 1);
        }
        verifyOnServer(ids, tag);
    }

    void aServerFailingLongerThanTheRetriesIsOfflineAndRecovers()
    {
        auto sender = signedInProfile(QStringLiteral("wangfang"));
        QVERIFY(sender);
        const QStringList ids = writeReceipts(*sender, QStringLiteral("持续故障"));
        QCOMPARE(ids.size(), Records);

        SyncEngineOptions options = quickEngineOptions();
        options.maxAttempts = 3;
        GD_VERIFY(m_server.setFault(QStringLiteral("status500"), 10, QStringLiteral("/v1/sync/push")));
        auto summary = sender->sync(options);
        GD_VERIFY(summary);
        QVERIFY(summary->error.has_value());
        QCOMPARE(summary->error->kind, SyncError::Kind::Server);
        QCOMPARE(summary->error->httpStatus, 500);
        QVERIFY(summary->error->retryable);
        QCOMPARE(summary->retries, 2);
        QCOMPARE(sender->pendingCount().value_or(-1), Records); // nothing given up

        GD_VERIFY(m_server.clearFaults());
        summary = sender->sync(options);
        GD_VERIFY(summary);
        QVERIFY2(summary->completed(), qPrintable(describe(*summary)));
        QCOMPARE(summary->pushed, Records);
        QCOMPARE(summary->duplicates, 0); // a 500 is answered without processing
        verifyOnServer(ids, QStringLiteral("持续故障"));
    }
};

QTEST_GUILESS_MAIN(TestSyncFaults)
#include "tst_sync_faults.moc"
