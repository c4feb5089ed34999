// A county office works offline for days, then syncs once: every change arrives exactly once,
// edits not yet sent are merged into one push per record (so revisions count pushes, not
// keystrokes), deletions arrive as tombstones, and the outbox ends empty.
#include "ServerView.h"
#include "SyncServerFixture.h"
#include "SyncedProfile.h"
#include "TestProfile.h"

#include <QTemporaryDir>
#include <QTest>

using namespace GovDesk::Core;
using namespace GovDesk::Test;

namespace {

const QString Readings = QStringLiteral("water.reading");

QJsonObject reading(int station, int version)
{
    return {{QStringLiteral("station"), QStringLiteral("鹿寨县%1号雨量站").arg(station)},
            {QStringLiteral("river"), QStringLiteral("洛清江")},
            {QStringLiteral("levelMetres"), 82.5 + station * 0.01 + version * 0.1},
            {QStringLiteral("version"), version},
            {QStringLiteral("note"), QStringLiteral("第%1次观测，汛限水位以下").arg(version)}};
}

} // namespace

class TestSyncOffline : public QObject
{
    Q_OBJECT

    SyncServerFixture m_server;
    QTemporaryDir m_dir;

    std::unique_ptr<SyncedProfile> signedInProfile(const QString &name)
    {
        auto profile = SyncedProfile::createSignedIn(
            m_dir.path(), name, QStringLiteral("离线值班-2026"), {m_server.baseUrl(), m_server.caFile(), {}},
            QStringLiteral("wangfang"), QString::fromUtf8(SyncServerFixture::DefaultPassword));
        if (!profile) {
            qWarning("%s", qPrintable(profile.error().fullText()));
            return {};
        }
        return std::move(*profile);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        GD_VERIFY(m_server.setUp());
    }

    void manyOfflineEditsArriveExactlyOnce()
    {
        auto office = signedInProfile(QStringLiteral("王芳（值班室）"));
        QVERIFY(office);
        RecordStore &records = office->records();

        // 50 records the server has seen (revision 1) before the line goes down.
        QStringList ids;
        for (int i = 0; i < 200; ++i)
            ids << RecordStore::newRecordId();
        for (int i = 0; i < 50; ++i)
            GD_VERIFY(records.put(Readings, ids.at(i), reading(i, 0)));
        auto summary = office->sync();
        GD_VERIFY(summary);
        QVERIFY2(summary->completed(), qPrintable(describe(*summary)));
        QCOMPARE(summary->pushed, 50);

        // Offline: the server is down for the rest of the shift.
        m_server.stop();
        QVERIFY(!m_server.isRunning());

        // 150 new records (creates 50..199), then 300 edits spread over 200 records: every record
        // 0..199 is edited once, records 0..99 a second time; then deletions.
        QHash<QString, int> version; // the newest local version of each record
        for (int i = 50; i < 200; ++i) {
            GD_VERIFY(records.put(Readings, ids.at(i), reading(i, 0)));
            version[ids.at(i)] = 0;
        }
        for (int i = 0; i < 50; ++i)
            version[ids.at(i)] = 0;
        for (int round = 1; round <= 2; ++round) {
            const int edited = round == 1 ? 200 : 100;
            for (int i = 0; i < edited; ++i) {
                GD_VERIFY(records.put(Readings, ids.at(i), reading(i, round)));
                version[ids.at(i)] = round;
            }
        }
        // Deleted: 5 records the server has (tombstones to send) and 5 it never saw (nothing to send).
        QSet<QString> deletedKnown, deletedUnknown;
        for (int i : {3, 11, 27, 40, 49}) {
            GD_VERIFY(records.remove(Readings, ids.at(i)));
            deletedKnown.insert(ids.at(i));
        }
        for (int i : {60, 120, 150, 180, 199}) {
            GD_VERIFY(records.remove(Readings, ids.at(i)));
            deletedUnknown.insert(ids.at(i));
        }
        // One op per record still to push: 50 known (45 edits + 5 deletions) + 145 new.
        QCOMPARE(office->pendingCount().value_or(-1), 50 + 145);

        // A sync attempt while offline: reported as offline, nothing lost.
        SyncEngineOptions offline = quickEngineOptions();
        offline.maxAttempts = 3;
        summary = office->sync(offline);
        GD_VERIFY(summary);
        QVERIFY(summary->error.has_value());
        QVERIFY2(summary->error->isConnectivity(), qPrintable(describe(*summary)));
        QCOMPARE(summary->retries, 2);
        QCOMPARE(office->pendingCount().value_or(-1), 50 + 145);

        // Edits after that attempt are not merged into ops that may have reached a server: they
        // queue behind them as ops of their own, based on the first one's result.
        const QStringList editedAgain{ids.at(5), ids.at(100)};
        for (const QString &id : editedAgain) {
            GD_VERIFY(records.put(Readings, id, reading(int(ids.indexOf(id)), 3)));
            version[id] = 3;
        }
        QCOMPARE(office->pendingCount().value_or(-1), 50 + 145 + 2);

        // Back online: one sync sends everything.
        GD_VERIFY(m_server.start());
        summary = office->sync();
        GD_VERIFY(summary);
        QVERIFY2(summary->completed(), qPrintable(describe(*summary)));
        // The failed attempt reached no server (connection refused), so nothing is a duplicate.
        QCOMPARE(summary->pushed, 50 + 145 + 2);
        QCOMPARE(summary->duplicates, 0);
        QCOMPARE(summary->conflicts, 0);
        QCOMPARE(summary->rejected, 0);
        QCOMPARE(office->pendingCount().value_or(-1), 0);

        // The server, read over HTTPS independently of the client: 195 records, each exactly once,
        // revision = the pushes it got (1 for offline creations, 2 for the others), newest content.
        auto server = readServer(m_server, QStringLiteral("wangfang"), 37); // small pages: many cursors
        GD_VERIFY(server);
        QCOMPARE(server->records.size(), 195);
        QCOMPARE(server->appearances, 195);
        for (int i = 0; i < 200; ++i) {
            const QString &id = ids.at(i);
            const StoredRecord *stored = server->find(Readings, id);
            if (deletedUnknown.contains(id)) {
                QVERIFY2(!stored, qPrintable(id));
                continue;
            }
            QVERIFY2(stored, qPrintable(id));
            QCOMPARE(stored->revision, (i < 50 ? 2 : 1) + (editedAgain.contains(id) ? 1 : 0));
            QCOMPARE(stored->deleted, deletedKnown.contains(id));
            if (!stored->deleted)
                QCOMPARE(stored->payload, reading(i, version.value(id)));
            QCOMPARE(stored->owner, QStringLiteral("gx-lz-gov"));
        }

        // The local view agrees: same revisions, nothing pending, nothing in conflict.
        auto local = records.list(Readings, true);
        GD_VERIFY(local);
        QCOMPARE(local->size(), 195);
        for (const SyncRecord &record : *local) {
            QCOMPARE(record.revision, server->find(Readings, record.recordId)->revision);
            QVERIFY(!record.hasPendingChange && !record.hasConflict);
        }

        // A second device of the same office pulls the same 190 live records, 5 tombstones.
        auto laptop = signedInProfile(QStringLiteral("王芳（笔记本）"));
        QVERIFY(laptop);
        summary = laptop->sync();
        GD_VERIFY(summary);
        QVERIFY2(summary->completed(), qPrintable(describe(*summary)));
        QCOMPARE(summary->pulled, 195);
        QCOMPARE(laptop->recordCount(false).value_or(-1), 190);
        QCOMPARE(laptop->records().get(Readings, ids.at(7))->value().payload, reading(7, 2));
        QCOMPARE(laptop->records().get(Readings, ids.at(5))->value().payload, reading(5, 3));
        QCOMPARE(laptop->records().get(Readings, ids.at(100))->value().revision, 2);
        QCOMPARE(laptop->records().get(Readings, ids.at(170))->value().payload, reading(170, 1));

        // A further sync finds nothing to do.
        summary = office->sync();
        GD_VERIFY(summary);
        QCOMPARE(summary->pushed + summary->pulled + summary->duplicates, 0);
    }
};

QTEST_GUILESS_MAIN(TestSyncOffline)
#include "tst_sync_offline.moc"
