// Tests RecordStore: every put()/remove() writes its outbox op in the same transaction (and rolls
// back with a caller's), unsent ops coalesce, conflicts keep both versions and resolve both ways,
// listeners run only after commit, and nothing readable reaches the disk.
#include "TestProfile.h"
#include "store/Database.h"
#include "store/Transaction.h"
#include "sync/OutboxRepository.h"
#include "sync/RecordStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace GovDesk::Core;
using namespace GovDesk::Test;

namespace {

const QString Documents = QStringLiteral("documents.document");
const QString Readings = QStringLiteral("water.reading");
const QString ForestFireNotice = QStringLiteral("关于做好2014年森林防火工作的通知");
const QString FloodLimitReply = QStringLiteral("关于青狮潭水库汛限水位调整的批复");

QJsonObject document(const QString &title, const QString &number = QStringLiteral("桂政发〔2014〕12号"))
{
    return {{QStringLiteral("title"), title}, {QStringLiteral("documentNumber"), number}};
}

} // namespace

class TestRecordStore : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<RecordStore> m_store;
    QDateTime m_now;

    [[nodiscard]] qint64 count(const QString &table) const
    {
        auto value = m_db->queryInt(QStringLiteral("SELECT count(*) FROM ") + table);
        return value ? *value : -1;
    }

    [[nodiscard]] QList<OutboxOp> outbox() const
    {
        QList<OutboxOp> ops;
        auto select = m_db->prepare(QStringLiteral("SELECT seq, op_id, base_revision, payload, deleted, attempts,"
                                                   " recipients FROM sync_outbox ORDER BY seq"));
        if (!select)
            return ops;
        while (select->step().value_or(false)) {
            OutboxOp op;
            op.seq = select->int64(0);
            op.opId = select->text(1);
            op.baseRevision = select->int64(2);
            op.payload = QJsonDocument::fromJson(select->text(3).toUtf8()).object();
            op.deleted = select->int64(4) != 0;
            op.attempts = select->int32(5);
            if (!select->isNull(6))
                op.recipients = QJsonDocument::fromJson(select->text(6).toUtf8()).toVariant().toStringList();
            ops << op;
        }
        return ops;
    }

    // As if the engine had pushed the record's op and the server answered `revision`.
    void acknowledge(const QString &collection, const QString &recordId, qint64 revision)
    {
        OutboxRepository outbox(*m_db, [this] { return m_now; });
        auto batch = outbox.takeBatch(100, 1 << 20, {});
        GD_VERIFY(batch);
        QList<OutboxOp> ours;
        QList<PushResult> results;
        for (const OutboxOp &op : *batch) {
            if (op.collection == collection && op.recordId == recordId) {
                ours << op;
                results << PushResult{.opId = op.opId, .status = PushResult::Status::Applied, .revision = revision};
            }
        }
        QCOMPARE(ours.size(), 1);
        GD_VERIFY(outbox.applyResults(ours, results));
    }

    // As if the record's push had met `server`.
    SyncConflict conflictWith(const QString &recordId, const ServerRecord &server)
    {
        OutboxRepository outbox(*m_db, [this] { return m_now; });
        auto batch = outbox.takeBatch(100, 1 << 20, {});
        if (!batch || batch->size() != 1)
            return {};
        PushResult result{.opId = batch->first().opId, .status = PushResult::Status::Conflict, .server = server};
        auto outcome = outbox.applyResults(*batch, {result});
        if (!outcome || outcome->newConflicts.size() != 1)
            return {};
        Q_UNUSED(recordId)
        return outcome->newConflicts.first();
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_path = m_dir->filePath(QStringLiteral("store.gddb"));
        auto db = openWithSchema(m_path, RecordStore::MigrationOwner, RecordStore::migrations(), true);
        GD_VERIFY(db);
        m_db = std::move(*db);
        m_now = QDateTime(QDate(2026, 11, 26), QTime(8, 30), Qt::UTC);
        m_store = std::make_unique<RecordStore>(*m_db, nullptr, [this] { return m_now; });
    }

    void cleanup()
    {
        m_store.reset();
        m_db.reset();
    }

    void putWritesTheRecordAndOneOutboxOp()
    {
        const QString id = RecordStore::newRecordId();
        QVERIFY(!QUuid::fromString(id).isNull());
        GD_VERIFY(m_store->put(Documents, id, document(ForestFireNotice), {QStringLiteral("gx-hc-forestry")}));

        auto record = m_store->get(Documents, id);
        GD_VERIFY(record);
        QVERIFY(record->has_value());
        QCOMPARE((*record)->payload.value(QStringLiteral("title")).toString(), ForestFireNotice);
        QCOMPARE((*record)->revision, 0);
        QCOMPARE((*record)->recipients, QStringList{QStringLiteral("gx-hc-forestry")});
        QCOMPARE((*record)->updatedAt, m_now);
        QVERIFY((*record)->hasPendingChange);
        QVERIFY(!(*record)->hasConflict);

        const QList<OutboxOp> ops = outbox();
        QCOMPARE(ops.size(), 1);
        QVERIFY(!QUuid::fromString(ops.first().opId).isNull());
        QCOMPARE(ops.first().baseRevision, 0);
        QCOMPARE(ops.first().payload, document(ForestFireNotice));
        QCOMPARE(ops.first().recipients, std::optional<QStringList>(QStringList{QStringLiteral("gx-hc-forestry")}));
        QCOMPARE(m_store->pendingCount().value_or(-1), 1);
    }

    void putJoinsTheCallersTransactionAndRollsBackWithIt()
    {
        GD_VERIFY(m_db->execute(QStringLiteral("CREATE TABLE module_documents (id TEXT PRIMARY KEY, title TEXT)")));
        const QString id = RecordStore::newRecordId();
        int heard = 0;
        m_store->addChangeListener(Documents, [&heard](const RecordChange &) { ++heard; });
        {
            auto transaction = Transaction::begin(*m_db);
            GD_VERIFY(transaction);
            auto insert = m_db->prepare(QStringLiteral("INSERT INTO module_documents VALUES (?1, ?2)"));
            GD_VERIFY(insert);
            insert->bind(1, id).bind(2, ForestFireNotice);
            GD_VERIFY(insert->exec());
            GD_VERIFY(m_store->put(Documents, id, document(ForestFireNotice)));
            QCOMPARE(count(QStringLiteral("sync_outbox")), 1);
            transaction->rollback(); // the module's own step failed
        }
        QCOMPARE(count(QStringLiteral("module_documents")), 0);
        QCOMPARE(count(QStringLiteral("sync_records")), 0);
        QCOMPARE(count(QStringLiteral("sync_outbox")), 0);
        QCoreApplication::processEvents();
        QCOMPARE(heard, 0); // a change that never happened is never announced

        {
            auto transaction = Transaction::begin(*m_db);
            GD_VERIFY(transaction);
            GD_VERIFY(m_store->put(Documents, id, document(ForestFireNotice)));
            QCOMPARE(heard, 0); // not before the caller commits
            GD_VERIFY(transaction->commit());
        }
        QTRY_COMPARE(heard, 1);
        QCOMPARE(count(QStringLiteral("sync_records")), 1);
        QCOMPARE(count(QStringLiteral("sync_outbox")), 1);
    }

    void aFailingOutboxWriteLeavesTheRecordUnchanged()
    {
        const QString id = RecordStore::newRecordId();
        GD_VERIFY(m_store->put(Documents, id, document(ForestFireNotice)));
        acknowledge(Documents, id, 1);
        // The outbox insert fails as a full disk would; the record must not change without it.
        GD_VERIFY(m_db->execute(QStringLiteral("CREATE TRIGGER full BEFORE INSERT ON sync_outbox"
                                               " BEGIN SELECT RAISE(ABORT, 'disk full'); END")));
        QVERIFY(!m_store->put(Documents, id, document(FloodLimitReply)));
        auto record = m_store->get(Documents, id);
        GD_VERIFY(record);
        QCOMPARE((*record)->payload, document(ForestFireNotice));
        QCOMPARE(count(QStringLiteral("sync_outbox")), 0);
        QVERIFY(!m_db->inTransaction());
    }

    void unsentOpsCoalesceButSentOnesAreNeverTouched()
    {
        const QString id = RecordStore::newRecordId();
        GD_VERIFY(m_store->put(Documents, id, document(ForestFireNotice)));
        GD_VERIFY(m_store->put(Documents, id, document(FloodLimitReply), {QStringLiteral("gx-gl-water")}));
        QList<OutboxOp> ops = outbox();
        QCOMPARE(ops.size(), 1);
        const QString firstOpId = ops.first().opId;
        QCOMPARE(ops.first().payload, document(FloodLimitReply));
        QCOMPARE(ops.first().recipients, std::optional<QStringList>(QStringList{QStringLiteral("gx-gl-water")}));

        // The engine takes it: from now on the server may have applied it.
        OutboxRepository repository(*m_db, [this] { return m_now; });
        auto batch = repository.takeBatch(10, 1 << 20, {});
        GD_VERIFY(batch);
        QCOMPARE(batch->size(), 1);

        GD_VERIFY(m_store->put(Documents, id, document(QStringLiteral("第三稿"))));
        GD_VERIFY(m_store->put(Documents, id, document(QStringLiteral("第四稿"))));
        ops = outbox();
        QCOMPARE(ops.size(), 2);
        QCOMPARE(ops.at(0).opId, firstOpId);
        QCOMPARE(ops.at(0).payload, document(FloodLimitReply)); // unchanged: it may be on the server
        QCOMPARE(ops.at(1).payload, document(QStringLiteral("第四稿")));
        QCOMPARE(ops.at(1).attempts, 0);
        QVERIFY(!ops.at(1).recipients.has_value()); // not given: the server's list stays
        QCOMPARE(m_store->pendingCount().value_or(-1), 2);
    }

    void removingARecordTheServerNeverSawLeavesNothing()
    {
        const QString id = RecordStore::newRecordId();
        GD_VERIFY(m_store->put(Documents, id, document(ForestFireNotice)));
        GD_VERIFY(m_store->remove(Documents, id));
        QCOMPARE(count(QStringLiteral("sync_records")), 0);
        QCOMPARE(count(QStringLiteral("sync_outbox")), 0);
        auto again = m_store->remove(Documents, id);
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::NotFound);
    }

    void removingASyncedRecordQueuesATombstone()
    {
        const QString id = RecordStore::newRecordId();
        GD_VERIFY(m_store->put(Documents, id, document(ForestFireNotice)));
        acknowledge(Documents, id, 3);
        QCOMPARE(count(QStringLiteral("sync_outbox")), 0);

        GD_VERIFY(m_store->remove(Documents, id));
        auto visible = m_store->get(Documents, id);
        GD_VERIFY(visible);
        QVERIFY(!visible->has_value());
        auto tombstone = m_store->get(Documents, id, true);
        GD_VERIFY(tombstone);
        QVERIFY((*tombstone)->deleted);
        QCOMPARE((*tombstone)->revision, 3);
        const QList<OutboxOp> ops = outbox();
        QCOMPARE(ops.size(), 1);
        QVERIFY(ops.first().deleted);
        QCOMPARE(ops.first().baseRevision, 3);
        QCOMPARE(ops.first().payload, QJsonObject());
        QCOMPARE(m_store->list(Documents).value_or(QList<SyncRecord>{{}}).size(), 0);
        QCOMPARE(m_store->list(Documents, true).value_or(QList<SyncRecord>()).size(), 1);
        GD_VERIFY(m_store->remove(Documents, id)); // already deleted: nothing more to do
        QCOMPARE(outbox().size(), 1);
    }

    void collectionNamesFollowTheProtocol_data()
    {
        QTest::addColumn<QString>("collection");
        QTest::addColumn<bool>("valid");
        QTest::newRow("module.type") << QStringLiteral("documents.document") << true;
        QTest::newRow("underscore") << QStringLiteral("water.flood_limit") << true;
        QTest::newRow("single") << QStringLiteral("disclosure") << true;
        QTest::newRow("64 chars") << QString(64, QLatin1Char('a')) << true;
        QTest::newRow("65 chars") << QString(65, QLatin1Char('a')) << false;
        QTest::newRow("upper case") << QStringLiteral("Documents.document") << false;
        QTest::newRow("digit first") << QStringLiteral("1documents") << false;
        QTest::newRow("empty part") << QStringLiteral("documents..document") << false;
        QTest::newRow("trailing dot") << QStringLiteral("documents.") << false;
        QTest::newRow("chinese") << QStringLiteral("公文") << false;
        QTest::newRow("empty") << QString() << false;
    }

    void collectionNamesFollowTheProtocol()
    {
        QFETCH(QString, collection);
        QFETCH(bool, valid);
        QCOMPARE(RecordStore::isValidCollection(collection), valid);
        auto put = m_store->put(collection, RecordStore::newRecordId(), document(ForestFireNotice));
        QCOMPARE(bool(put), valid);
        if (!valid)
            QCOMPARE(put.error().code, ErrorCode::InvalidArgument);
    }

    void oversizedPayloadsAndBadIdsAreRefusedAtOnce()
    {
        const QJsonObject huge{{QStringLiteral("body"), QString(RecordStore::MaxPayloadBytes, QLatin1Char('x'))}};
        auto put = m_store->put(Documents, RecordStore::newRecordId(), huge);
        QVERIFY(!put);
        QCOMPARE(put.error().code, ErrorCode::InvalidArgument);
        QCOMPARE(count(QStringLiteral("sync_records")), 0);
        QVERIFY(!m_store->put(Documents, QStringLiteral("  "), document(ForestFireNotice)));
        QVERIFY(!m_store->put(Documents, QString(129, QLatin1Char('x')), document(ForestFireNotice)));
        GD_VERIFY(m_store->put(Documents, QString(128, QLatin1Char('x')), document(ForestFireNotice)));
    }

    void aConflictKeepsBothVersionsAndTheLocalOneWins()
    {
        const QString id = RecordStore::newRecordId();
        GD_VERIFY(m_store->put(Documents, id, document(ForestFireNotice)));
        acknowledge(Documents, id, 1);
        GD_VERIFY(m_store->put(Documents, id, document(QStringLiteral("本地修改稿"))));
        QList<SyncConflict> heard;
        m_store->addConflictListener(Documents, [&heard](const SyncConflict &conflict) { heard << conflict; });

        const SyncConflict conflict = conflictWith(id, {.revision = 4, .payload = document(QStringLiteral("服务器修改稿")),
                                                        .owner = QStringLiteral("gx-lz-gov")});
        QVERIFY(conflict.id > 0);
        auto listed = m_store->conflicts();
        GD_VERIFY(listed);
        QCOMPARE(listed->size(), 1);
        QCOMPARE(listed->first().localPayload, document(QStringLiteral("本地修改稿")));
        QCOMPARE(listed->first().serverPayload, document(QStringLiteral("服务器修改稿")));
        QCOMPARE(listed->first().serverRevision, 4);
        QCOMPARE(listed->first().detectedAt, m_now);
        auto record = m_store->get(Documents, id);
        QVERIFY((*record)->hasConflict);
        QCOMPARE((*record)->payload, document(QStringLiteral("本地修改稿"))); // the conflict copy
        QCOMPARE(count(QStringLiteral("sync_outbox")), 0);

        // Edits before the user decides go to the conflict's local side, not to the server.
        GD_VERIFY(m_store->put(Documents, id, document(QStringLiteral("本地再修改"))));
        QCOMPARE(count(QStringLiteral("sync_outbox")), 0);
        QCOMPARE(m_store->conflicts()->first().localPayload, document(QStringLiteral("本地再修改")));

        GD_VERIFY(m_store->resolveKeepLocal(conflict.id));
        QCOMPARE(m_store->conflicts()->size(), 0);
        const QList<OutboxOp> ops = outbox();
        QCOMPARE(ops.size(), 1);
        QCOMPARE(ops.first().baseRevision, 4); // based on the server's version: no new conflict
        QCOMPARE(ops.first().payload, document(QStringLiteral("本地再修改")));
        record = m_store->get(Documents, id);
        QVERIFY(!(*record)->hasConflict);
        QCOMPARE((*record)->revision, 4);
        auto again = m_store->resolveKeepLocal(conflict.id);
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::NotFound);
        Q_UNUSED(heard)
    }

    void aConflictResolvedForTheServerTakesItsVersion()
    {
        const QString id = RecordStore::newRecordId();
        GD_VERIFY(m_store->put(Documents, id, document(ForestFireNotice)));
        acknowledge(Documents, id, 2);
        GD_VERIFY(m_store->remove(Documents, id));
        const SyncConflict conflict
            = conflictWith(id, {.revision = 3, .payload = document(FloodLimitReply), .owner = QStringLiteral("gx-lz-gov"),
                                .recipients = {QStringLiteral("gx-gl-water")}});
        QVERIFY(conflict.localDeleted);
        QList<RecordChange> changes;
        m_store->addChangeListener({}, [&changes](const RecordChange &change) { changes << change; });

        GD_VERIFY(m_store->resolveTakeServer(conflict.id));
        auto record = m_store->get(Documents, id);
        GD_VERIFY(record);
        QVERIFY(record->has_value()); // the deletion is undone by the server's newer version
        QCOMPARE((*record)->payload, document(FloodLimitReply));
        QCOMPARE((*record)->revision, 3);
        QCOMPARE((*record)->recipients, QStringList{QStringLiteral("gx-gl-water")});
        QVERIFY(!(*record)->hasConflict);
        QVERIFY(!(*record)->hasPendingChange);
        QCOMPARE(count(QStringLiteral("sync_outbox")), 0);
        QCOMPARE(count(QStringLiteral("sync_conflicts")), 0);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.first().origin, RecordChange::Origin::Resolved);
    }

    void identicalVersionsAreNoConflict()
    {
        const QString id = RecordStore::newRecordId();
        GD_VERIFY(m_store->put(Documents, id, document(ForestFireNotice)));
        const SyncConflict none = conflictWith(id, {.revision = 2, .payload = document(ForestFireNotice)});
        QCOMPARE(none.id, 0);
        QCOMPARE(count(QStringLiteral("sync_conflicts")), 0);
        QCOMPARE(count(QStringLiteral("sync_outbox")), 0);
        QCOMPARE(m_store->get(Documents, id)->value().revision, 2);
    }

    void listenersHearLocalChangesOfTheirCollectionOnly()
    {
        QList<RecordChange> documents;
        QList<RecordChange> all;
        const auto documentsId = m_store->addChangeListener(Documents, [&](const RecordChange &c) { documents << c; });
        m_store->addChangeListener({}, [&](const RecordChange &c) { all << c; });
        const QString id = RecordStore::newRecordId();
        GD_VERIFY(m_store->put(Documents, id, document(ForestFireNotice)));
        GD_VERIFY(m_store->put(Readings, RecordStore::newRecordId(), {{QStringLiteral("level"), 212.5}}));
        QCOMPARE(documents.size(), 1);
        QCOMPARE(documents.first().recordId, id);
        QCOMPARE(documents.first().origin, RecordChange::Origin::Local);
        QCOMPARE(all.size(), 2);
        m_store->removeListener(documentsId);
        GD_VERIFY(m_store->remove(Documents, id));
        QCOMPARE(documents.size(), 1);
        QCOMPARE(all.size(), 3);
        QVERIFY(all.last().deleted);
    }

    void listenersSurviveANewStoreOnTheSameRegistry()
    {
        // The session replaces its store on every unlock; modules registered once.
        auto listeners = std::make_shared<RecordListeners>();
        int heard = 0;
        listeners->addChangeListener(Documents, [&heard](const RecordChange &) { ++heard; });
        m_store = std::make_unique<RecordStore>(*m_db, listeners);
        GD_VERIFY(m_store->put(Documents, RecordStore::newRecordId(), document(ForestFireNotice)));
        m_store = std::make_unique<RecordStore>(*m_db, listeners);
        GD_VERIFY(m_store->put(Documents, RecordStore::newRecordId(), document(FloodLimitReply)));
        QCOMPARE(heard, 2);
    }

    void rejectedOpsAreListedAndCanBeDiscarded()
    {
        const QString id = RecordStore::newRecordId();
        GD_VERIFY(m_store->put(Documents, id, document(ForestFireNotice)));
        OutboxRepository repository(*m_db, [this] { return m_now; });
        auto batch = repository.takeBatch(10, 1 << 20, {});
        GD_VERIFY(batch);
        PushResult rejected{.opId = batch->first().opId, .status = PushResult::Status::Rejected,
                            .reasonCode = QStringLiteral("forbidden"), .reasonMessage = QStringLiteral("另一单位的记录")};
        GD_VERIFY(repository.applyResults(*batch, {rejected}));
        auto listed = m_store->rejectedOps();
        GD_VERIFY(listed);
        QCOMPARE(listed->size(), 1);
        QCOMPARE(listed->first().lastError, QStringLiteral("另一单位的记录"));
        QVERIFY(listed->first().rejected);
        QCOMPARE(repository.takeBatch(10, 1 << 20, {}).value_or(QList<OutboxOp>{{}}).size(), 0);
        GD_VERIFY(m_store->discardRejected(listed->first().opId));
        QCOMPARE(m_store->pendingCount().value_or(-1), 0);
        QVERIFY(!m_store->discardRejected(listed->first().opId));
    }

    void nothingReadableReachesTheDisk()
    {
        GD_VERIFY(m_store->put(Documents, RecordStore::newRecordId(), document(ForestFireNotice)));
        GD_VERIFY(m_db->checkpoint());
        QVERIFY(isEncryptedOnDisk(m_path));
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.contains(ForestFireNotice.toUtf8()));
        QVERIFY(!bytes.contains("documents.document"));
    }
};

QTEST_GUILESS_MAIN(TestRecordStore)
#include "tst_recordstore.moc"
