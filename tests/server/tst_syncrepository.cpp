// The repositories' conformance suite: the record rules on real storage, OpApplier over
// SqlSyncRepository — applied, duplicate, conflict, rejected, tombstones, visibility between
// organisations, pull paging and the cursor, reopening, concurrent pushes against pulls — run
// once on SQLite and once on PostgreSQL (a server the test starts itself, PostgresFixture).
#include "BothBackEnds.h"
#include "ManualClock.h"
#include "OpApplier.h"
#include "SqlSyncRepository.h"
#include "TestProfile.h"
#include "postgres/PgConnection.h"
#include "store/Database.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>
#include <algorithm>
#include <atomic>

using namespace GovDesk::Server;
using GovDesk::Test::ManualClock;
using GovDesk::Test::PostgresFixture;

namespace {

const QString Gov = QStringLiteral("gx-lz-gov");
const QString Forestry = QStringLiteral("gx-lz-forestry");
const QString Luzhai = QStringLiteral("gx-lz-luzhai");
const Actor Wangfang{QStringLiteral("wangfang"), Gov};
const Actor Chenjing{QStringLiteral("chenjing"), Forestry};
const Actor Limin{QStringLiteral("limin"), Luzhai};
const QString Documents = QStringLiteral("documents.document");

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

PushOp change(const QString &recordId, qint64 baseRevision, const QString &title,
              std::optional<QStringList> recipients = std::nullopt)
{
    PushOp op;
    op.opId = uuid();
    op.collection = Documents;
    op.recordId = recordId;
    op.baseRevision = baseRevision;
    op.payload = {{QStringLiteral("title"), title},
                  {QStringLiteral("documentNumber"), QStringLiteral("柳政办发〔2026〕12号")}};
    op.recipients = std::move(recipients);
    return op;
}

} // namespace

class TestSyncRepository : public QObject
{
    Q_OBJECT

public:
    // `postgres`: run on a fresh database of that server for each test; null: on SQLite files.
    explicit TestSyncRepository(PostgresFixture *postgres = nullptr)
        : m_postgres(postgres)
    {
    }

private:
    PostgresFixture *m_postgres;
    QString m_databaseUri; // PostgreSQL: this test's database
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SqlSyncRepository> m_repository;
    ManualClock m_clock;
    std::unique_ptr<OpApplier> m_applier;

    OpResult apply(const Actor &actor, const PushOp &op)
    {
        auto result = m_applier->apply(actor, op);
        if (!result)
            qFatal("apply failed: %s", qPrintable(result.error().fullText()));
        return *result;
    }

    QList<RecordState> pullAll(const QString &organisation)
    {
        auto page = m_repository->changes(organisation, 0, 1000, {});
        return page ? page->changes : QList<RecordState>();
    }

    GovDesk::Core::Result<std::unique_ptr<SqlSyncRepository>> openRepository(bool exclusive = true)
    {
        if (m_postgres)
            return SqlSyncRepository::openPostgres(m_databaseUri, 8);
        return SqlSyncRepository::openSqlite(m_dir->filePath(QStringLiteral("syncd.db")),
                                             {.exclusive = exclusive});
    }

    GovDesk::Core::Result<> createDatabase()
    {
        static int counter = 0;
        const QString name = QStringLiteral("conformance_%1").arg(++counter);
        auto admin = PgConnection::open(m_postgres->uri());
        if (!admin)
            return std::unexpected(admin.error());
        GD_TRY((*admin)->execScript(QStringLiteral("CREATE DATABASE %1").arg(name)));
        m_databaseUri = m_postgres->uri(name);
        return {};
    }

    QStringList idsVisibleTo(const QString &organisation)
    {
        QStringList ids;
        for (const RecordState &record : pullAll(organisation))
            ids << record.recordId;
        return ids;
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        if (m_postgres)
            GD_VERIFY(createDatabase());
        auto repository = openRepository();
        GD_VERIFY(repository);
        m_repository = std::move(*repository);
        for (const auto &[id, name] : {std::pair{Gov, QStringLiteral("柳州市人民政府办公室")},
                                       std::pair{Forestry, QStringLiteral("柳州市林业和园林局")},
                                       std::pair{Luzhai, QStringLiteral("鹿寨县人民政府")}})
            GD_VERIFY(m_repository->addOrganisation({id, name}));
        for (const Actor &actor : {Wangfang, Chenjing, Limin})
            GD_VERIFY(m_repository->addUser(
                {actor.userId, actor.userId, actor.organisationId, {}, QStringLiteral("x")}));
        m_applier = std::make_unique<OpApplier>(*m_repository, m_clock, ServerLimits{});
    }

    void cleanup()
    {
        m_applier.reset();
        m_repository.reset();
        m_dir.reset();
    }

    void createsAndUpdatesWithRevisions()
    {
        const QString id = uuid();
        const OpResult created = apply(
            Wangfang, change(id, 0, QStringLiteral("关于做好森林防火工作的通知"), QStringList{Forestry}));
        QCOMPARE(created.status, OpStatus::Applied);
        QCOMPARE(created.revision, 1);
        const OpResult updated
            = apply(Wangfang, change(id, 1, QStringLiteral("关于做好春季森林防火工作的通知")));
        QCOMPARE(updated.status, OpStatus::Applied);
        QCOMPARE(updated.revision, 2);

        auto record = m_repository->record(Documents, id);
        GD_VERIFY(record);
        QVERIFY(record->has_value());
        QCOMPARE((*record)->revision, 2);
        QCOMPARE((*record)->owner, Gov);
        QCOMPARE((*record)->recipients, QStringList{Forestry}); // absent recipients keep the list
        QCOMPARE((*record)->payload.value(QStringLiteral("title")).toString(),
                 QStringLiteral("关于做好春季森林防火工作的通知"));
        QCOMPARE((*record)->updatedBy, Wangfang.userId);
        QCOMPARE((*record)->updatedAt, QStringLiteral("2026-11-26T08:30:00Z"));
    }

    void repeatedOpIdIsADuplicateAndChangesNothing()
    {
        const QString id = uuid();
        const PushOp op = change(id, 0, QStringLiteral("关于报送2026年防汛值班表的通知"));
        QCOMPARE(apply(Wangfang, op).status, OpStatus::Applied);
        const PushOp edit = change(id, 1, QStringLiteral("已修改"));
        QCOMPARE(apply(Wangfang, edit).revision, 2);

        // The first op again, as a client resends after a lost answer.
        const OpResult again = apply(Wangfang, op);
        QCOMPARE(again.status, OpStatus::Duplicate);
        QCOMPARE(again.originalStatus, std::optional(OpStatus::Applied));
        QCOMPARE(again.revision, 1);
        auto record = m_repository->record(Documents, id);
        GD_VERIFY(record);
        QCOMPARE((*record)->revision, 2);
        QCOMPARE((*record)->payload.value(QStringLiteral("title")).toString(), QStringLiteral("已修改"));
        QCOMPARE(pullAll(Gov).size(), 1);
    }

    void staleBaseRevisionConflictsWithoutBeingRemembered()
    {
        const QString id = uuid();
        QCOMPARE(apply(Wangfang, change(id, 0, QStringLiteral("原稿"))).revision, 1);
        QCOMPARE(apply(Wangfang, change(id, 1, QStringLiteral("第二稿"))).revision, 2);

        const PushOp stale = change(id, 1, QStringLiteral("离线修改"));
        const OpResult conflict = apply(Wangfang, stale);
        QCOMPARE(conflict.status, OpStatus::Conflict);
        QVERIFY(conflict.server);
        QCOMPARE(conflict.server->revision, 2);
        QCOMPARE(conflict.server->payload.value(QStringLiteral("title")).toString(),
                 QStringLiteral("第二稿"));
        auto remembered = m_repository->op(stale.opId);
        GD_VERIFY(remembered);
        QVERIFY(!remembered->has_value());

        // Creating over an existing record is a conflict too, never an overwrite.
        QCOMPARE(apply(Wangfang, change(id, 0, QStringLiteral("另一份"))).status, OpStatus::Conflict);
        auto record = m_repository->record(Documents, id);
        GD_VERIFY(record);
        QCOMPARE((*record)->payload.value(QStringLiteral("title")).toString(), QStringLiteral("第二稿"));
    }

    void recipientsMayReadButNotChange()
    {
        const QString id = uuid();
        QCOMPARE(apply(Wangfang, change(id, 0, QStringLiteral("柳政办发〔2026〕12号"), QStringList{Forestry}))
                     .status,
                 OpStatus::Applied);
        const PushOp edit = change(id, 1, QStringLiteral("林业局改的"));
        const OpResult rejected = apply(Chenjing, edit);
        QCOMPARE(rejected.status, OpStatus::Rejected);
        QCOMPARE(rejected.reasonCode, QStringLiteral("forbidden"));

        // Rejections are remembered: the resend answers the same, whatever happened since.
        const OpResult again = apply(Chenjing, edit);
        QCOMPARE(again.status, OpStatus::Duplicate);
        QCOMPARE(again.originalStatus, std::optional(OpStatus::Rejected));
        QCOMPARE(again.reasonCode, QStringLiteral("forbidden"));
        auto record = m_repository->record(Documents, id);
        GD_VERIFY(record);
        QCOMPARE((*record)->revision, 1);
    }

    void invalidOpsAreRejected_data()
    {
        QTest::addColumn<QString>("collection");
        QTest::addColumn<QString>("recordId");
        QTest::addColumn<qint64>("baseRevision");
        QTest::addColumn<QStringList>("recipients");
        QTest::addColumn<int>("payloadBytes");
        QTest::addColumn<QString>("reason");
        const QString id = uuid();
        QTest::newRow("collection with capitals") << QStringLiteral("Documents.Document") << id << qint64(0)
                                                  << QStringList() << 10 << QStringLiteral("bad_value");
        QTest::newRow("collection ends with a dot") << QStringLiteral("documents.") << id << qint64(0)
                                                    << QStringList() << 10 << QStringLiteral("bad_value");
        QTest::newRow("collection too long") << QStringLiteral("a").repeated(65) << id << qint64(0)
                                             << QStringList() << 10 << QStringLiteral("bad_value");
        QTest::newRow("empty record id")
            << Documents << QString() << qint64(0) << QStringList() << 10 << QStringLiteral("bad_value");
        QTest::newRow("negative base")
            << Documents << id << qint64(-1) << QStringList() << 10 << QStringLiteral("bad_value");
        QTest::newRow("base of a missing record")
            << Documents << id << qint64(3) << QStringList() << 10 << QStringLiteral("bad_value");
        QTest::newRow("unknown recipient")
            << Documents << id << qint64(0) << QStringList{QStringLiteral("gx-hc-forestry")} << 10
            << QStringLiteral("bad_value");
        QTest::newRow("payload too large") << Documents << id << qint64(0) << QStringList()
                                           << (1024 * 1024 + 1) << QStringLiteral("too_large");
    }

    void invalidOpsAreRejected()
    {
        QFETCH(QString, collection);
        QFETCH(QString, recordId);
        QFETCH(qint64, baseRevision);
        QFETCH(QStringList, recipients);
        QFETCH(int, payloadBytes);
        QFETCH(QString, reason);
        PushOp op;
        op.opId = uuid();
        op.collection = collection;
        op.recordId = recordId;
        op.baseRevision = baseRevision;
        op.payload = {{QStringLiteral("body"), QString(payloadBytes, QLatin1Char('x'))}};
        op.recipients = recipients;
        const OpResult result = apply(Wangfang, op);
        QCOMPARE(result.status, OpStatus::Rejected);
        QCOMPARE(result.reasonCode, reason);
        QVERIFY(!result.reasonMessage.isEmpty());
        QVERIFY(pullAll(Gov).isEmpty());
    }

    void anotherUsersOpIdIsNotADuplicate()
    {
        const PushOp op = change(uuid(), 0, QStringLiteral("王芳的稿"));
        QCOMPARE(apply(Wangfang, op).status, OpStatus::Applied);
        PushOp copy = op;
        copy.recordId = uuid();
        const OpResult result = apply(Limin, copy);
        QCOMPARE(result.status, OpStatus::Rejected);
        QCOMPARE(result.reasonCode, QStringLiteral("bad_value"));
        QCOMPARE(result.revision, 0); // nothing of the other user's result leaks
    }

    void deletionLeavesATombstoneThatStaleUpdatesMeet()
    {
        const QString id = uuid();
        QCOMPARE(apply(Wangfang, change(id, 0, QStringLiteral("作废的通知"))).revision, 1);
        PushOp remove = change(id, 1, QString());
        remove.deleted = true;
        remove.payload = {};
        QCOMPARE(apply(Wangfang, remove).revision, 2);

        const OpResult stale = apply(Wangfang, change(id, 1, QStringLiteral("离线改的")));
        QCOMPARE(stale.status, OpStatus::Conflict);
        QVERIFY(stale.server->deleted);
        const QList<RecordState> pulled = pullAll(Gov);
        QCOMPARE(pulled.size(), 1);
        QVERIFY(pulled.constFirst().deleted);
        QCOMPARE(pulled.constFirst().revision, 2);
    }

    void recordsReachOwnerAndRecipientsOnly()
    {
        const QString toForestry = uuid();
        const QString toLuzhai = uuid();
        const QString internal = uuid();
        QCOMPARE(apply(Wangfang, change(toForestry, 0, QStringLiteral("关于做好森林防火工作的通知"),
                                        QStringList{Forestry}))
                     .status,
                 OpStatus::Applied);
        QCOMPARE(apply(Wangfang, change(toLuzhai, 0, QStringLiteral("关于中渡镇山洪灾害防御的批复"),
                                        QStringList{Luzhai}))
                     .status,
                 OpStatus::Applied);
        QCOMPARE(apply(Wangfang, change(internal, 0, QStringLiteral("内部签报"))).status, OpStatus::Applied);

        QCOMPARE(idsVisibleTo(Gov), (QStringList{toForestry, toLuzhai, internal}));
        QCOMPARE(idsVisibleTo(Forestry), QStringList{toForestry});
        QCOMPARE(idsVisibleTo(Luzhai), QStringList{toLuzhai});

        // A receipt travels back: owned by the recipient, addressed to the sender.
        PushOp receipt = change(uuid(), 0, QString(), QStringList{Gov});
        receipt.collection = QStringLiteral("documents.receipt");
        receipt.payload = {{QStringLiteral("documentId"), toForestry},
                           {QStringLiteral("status"), QStringLiteral("received")},
                           {QStringLiteral("by"), QStringLiteral("陈静")}};
        QCOMPARE(apply(Chenjing, receipt).status, OpStatus::Applied);
        QCOMPARE(idsVisibleTo(Gov).size(), 4);
        QCOMPARE(idsVisibleTo(Forestry).size(), 2);
        QCOMPARE(idsVisibleTo(Luzhai).size(), 1);

        // Replacing the recipients moves the record to the new ones (and away from the old).
        QCOMPARE(
            apply(Wangfang, change(toForestry, 1, QStringLiteral("改送鹿寨"), QStringList{Luzhai})).status,
            OpStatus::Applied);
        QVERIFY(!idsVisibleTo(Forestry).contains(toForestry));
        QVERIFY(idsVisibleTo(Luzhai).contains(toForestry));
    }

    void pullPagesFollowTheCursor()
    {
        QStringList ids;
        for (int i = 0; i < 7; ++i) {
            ids << uuid();
            QCOMPARE(apply(Wangfang,
                           change(ids.last(), 0, QStringLiteral("第%1号通知").arg(i), QStringList{Forestry}))
                         .status,
                     OpStatus::Applied);
        }
        // Another organisation's traffic in between must not disturb the pages.
        QCOMPARE(apply(Limin, change(uuid(), 0, QStringLiteral("鹿寨内部"))).status, OpStatus::Applied);

        QStringList seen;
        qint64 cursor = 0;
        QList<int> pageSizes;
        for (;;) {
            auto page = m_repository->changes(Forestry, cursor, 3, {});
            GD_VERIFY(page);
            pageSizes << page->changes.size();
            for (const RecordState &record : page->changes) {
                QVERIFY(record.seq > cursor);
                seen << record.recordId;
            }
            if (!page->changes.isEmpty())
                cursor = page->changes.constLast().seq;
            if (!page->hasMore)
                break;
        }
        QCOMPARE(pageSizes, (QList<int>{3, 3, 1}));
        QCOMPARE(seen, ids);

        // Nothing new: an empty page. A change moves its record behind the cursor, once.
        auto empty = m_repository->changes(Forestry, cursor, 3, {});
        GD_VERIFY(empty);
        QVERIFY(empty->changes.isEmpty());
        QVERIFY(!empty->hasMore);
        QCOMPARE(apply(Wangfang, change(ids.at(2), 1, QStringLiteral("第2号通知（修订）"))).revision, 2);
        QCOMPARE(apply(Wangfang, change(ids.at(2), 2, QStringLiteral("第2号通知（再修订）"))).revision, 3);
        auto next = m_repository->changes(Forestry, cursor, 3, {});
        GD_VERIFY(next);
        QCOMPARE(next->changes.size(), 1);
        QCOMPARE(next->changes.constFirst().recordId, ids.at(2));
        QCOMPARE(next->changes.constFirst().revision, 3); // the latest state, not each revision
        // From the start, the record is listed once, at its new place.
        QStringList all;
        for (const RecordState &record : pullAll(Forestry))
            all << record.recordId;
        QCOMPARE(all.size(), 7);
        QCOMPARE(all.constLast(), ids.at(2));
    }

    void survivesReopening()
    {
        const QString id = uuid();
        QCOMPARE(apply(Wangfang, change(id, 0, QStringLiteral("持久化"))).status, OpStatus::Applied);
        m_applier.reset();
        m_repository.reset();
        auto reopened = openRepository();
        GD_VERIFY(reopened);
        auto again = (*reopened)->record(Documents, id);
        GD_VERIFY(again);
        QCOMPARE((*again)->payload.value(QStringLiteral("title")).toString(), QStringLiteral("持久化"));
        auto latest = (*reopened)->latestChangeSeq();
        GD_VERIFY(latest);
        QCOMPARE(*latest, (*again)->seq);
    }

    void sqliteFileIsExclusiveAndPlain()
    {
        if (m_postgres)
            QSKIP("SQLite's data file only");
        const QString id = uuid();
        QCOMPARE(apply(Wangfang, change(id, 0, QStringLiteral("持久化"))).status, OpStatus::Applied);
        auto second = openRepository(true);
        QVERIFY(!second);
        QCOMPARE(second.error().code, GovDesk::Core::ErrorCode::Locked);
        // The admin CLI opens without the lock, next to a running server.
        auto shared = openRepository(false);
        GD_VERIFY(shared);
        auto record = (*shared)->record(Documents, id);
        GD_VERIFY(record);
        QVERIFY(record->has_value());
        QVERIFY(!(*shared)->sqliteDatabase()->isEncrypted());
        auto journal = (*shared)->sqliteDatabase()->prepare(QStringLiteral("PRAGMA journal_mode"));
        GD_VERIFY(journal);
        GD_VERIFY(journal->step());
        QCOMPARE(journal->text(0), QStringLiteral("wal"));
    }

    // Writers on several threads (on PostgreSQL: several connections, as several instances would
    // be) while a reader pulls page after page from its cursor: every change reaches the reader
    // exactly once — a change with a smaller seq never commits after a pull saw a larger one.
    void concurrentPushesNeverSkipAChange()
    {
        constexpr int Writers = 4;
        constexpr int OpsEach = 40;
        std::atomic_bool writing{true};
        std::atomic_int failures{0};
        QList<QThread *> threads;
        for (int writer = 0; writer < Writers; ++writer) {
            threads << QThread::create([&] {
                for (int i = 0; i < OpsEach; ++i) {
                    auto result
                        = m_applier->apply(Wangfang, change(uuid(), 0, QStringLiteral("并发第%1号").arg(i),
                                                            QStringList{Forestry}));
                    if (!result || result->status != OpStatus::Applied)
                        ++failures;
                }
            });
            threads.last()->start();
        }
        QSet<QString> seen;
        int duplicates = 0;
        qint64 cursor = 0;
        const auto pullOnce = [&] {
            for (;;) {
                auto page = m_repository->changes(Forestry, cursor, 7, {});
                if (!page) {
                    ++failures;
                    return;
                }
                for (const RecordState &record : page->changes) {
                    if (seen.contains(record.recordId))
                        ++duplicates;
                    seen.insert(record.recordId);
                    cursor = record.seq;
                }
                if (!page->hasMore)
                    return;
            }
        };
        while (writing) {
            pullOnce();
            writing
                = std::any_of(threads.cbegin(), threads.cend(), [](QThread *t) { return !t->isFinished(); });
        }
        for (QThread *thread : std::as_const(threads)) {
            thread->wait();
            delete thread;
        }
        pullOnce(); // what committed after the last look
        QCOMPARE(failures.load(), 0);
        QCOMPARE(duplicates, 0);
        QCOMPARE(seen.size(), Writers * OpsEach);
    }

    void storesTokensAndBlobs()
    {
        const StoredToken token{
            "ab12", TokenKind::Refresh, Wangfang.userId, QStringLiteral("s1"), QStringLiteral("测试机"),
            1000};
        GD_VERIFY(m_repository->addToken(token));
        auto found = m_repository->token("ab12");
        GD_VERIFY(found);
        QCOMPARE((*found)->kind, TokenKind::Refresh);
        QCOMPARE((*found)->device, QStringLiteral("测试机"));
        // With its user, in one lookup (every authenticated request).
        const auto holder = m_repository->tokenWithUser("ab12");
        GD_VERIFY(holder);
        QVERIFY(holder->has_value());
        QCOMPARE((*holder)->first.sessionId, QStringLiteral("s1"));
        QVERIFY((*holder)->second.has_value());
        QCOMPARE((*holder)->second->organisationId, Wangfang.organisationId);
        const auto unknown = m_repository->tokenWithUser("cd34");
        GD_VERIFY(unknown);
        QVERIFY(!unknown->has_value());
        GD_VERIFY(m_repository->removeTokensExpiredBefore(1001));
        found = m_repository->token("ab12");
        GD_VERIFY(found);
        QVERIFY(!found->has_value());

        GD_VERIFY(m_repository->saveBlob({QStringLiteral("aa"), 10, 4, false}));
        GD_VERIFY(m_repository->saveBlob({QStringLiteral("aa"), 10, 10, true}));
        auto blob = m_repository->blob(QStringLiteral("aa"));
        GD_VERIFY(blob);
        QVERIFY((*blob)->complete);
        QCOMPARE((*blob)->received, 10);
    }
};

// The same suite under a name of its own per back-end, so that the log says which one failed.
class TestSyncRepositorySqlite : public TestSyncRepository
{
    Q_OBJECT
};

class TestSyncRepositoryPostgres : public TestSyncRepository
{
    Q_OBJECT
public:
    explicit TestSyncRepositoryPostgres(PostgresFixture *postgres)
        : TestSyncRepository(postgres)
    {
    }
};

int main(int argc, char **argv)
{
    return GovDesk::Test::runOnBothBackEnds<TestSyncRepositorySqlite, TestSyncRepositoryPostgres>(argc, argv);
}

#include "tst_syncrepository.moc"
