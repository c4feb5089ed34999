// Tests PullPageCache alone, then through SyncApi::pull over real storage: a kept answer is served
// only while nothing has changed, and never across organisations, scopes, cursors or page sizes.
#include "ManualClock.h"
#include "OpApplier.h"
#include "PullPageCache.h"
#include "SqlSyncRepository.h"
#include "SyncApi.h"
#include "TestProfile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace GovDesk::Server;
using GovDesk::Test::ManualClock;

namespace {

const QString Gov = QStringLiteral("gx-lz-gov");
const QString Forestry = QStringLiteral("gx-lz-forestry");
const QString Documents = QStringLiteral("documents.document");

PullPageKey key(const QString &organisation, qint64 afterSeq = 0, int pageSize = 100,
                const QString &scope = {})
{
    return {organisation, scope, afterSeq, pageSize};
}

} // namespace

class TestPullPageCache : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SqlSyncRepository> m_repository;
    ManualClock m_clock;
    std::unique_ptr<OpApplier> m_applier;
    std::unique_ptr<SyncApi> m_api;

    void push(const QString &userId, const QString &organisation, const QString &recordId,
              qint64 baseRevision, const QString &title)
    {
        PushOp op;
        op.opId = QStringLiteral("%1-%2-%3").arg(recordId).arg(baseRevision).arg(userId);
        op.collection = Documents;
        op.recordId = recordId;
        op.baseRevision = baseRevision;
        op.payload = {{QStringLiteral("title"), title}};
        op.recipients = QStringList{Forestry};
        auto result = m_applier->apply({userId, organisation}, op);
        QVERIFY(result);
        QCOMPARE(result->status, OpStatus::Applied);
    }

    QJsonObject pull(const QString &organisation, const QString &cursor = {}, const QStringList &hidden = {})
    {
        ApiRequest request;
        request.method = "GET";
        request.path = QStringLiteral("/v1/sync/pull");
        request.query.addQueryItem(QStringLiteral("cursor"), cursor);
        const Principal principal{QStringLiteral("someone"), organisation, {}, {}, {}, hidden};
        auto answer = m_api->pull(request, principal);
        if (!answer)
            qFatal("pull failed: %s", qPrintable(answer.error().message));
        return QJsonDocument::fromJson(answer->body).object();
    }

    static QStringList titles(const QJsonObject &page)
    {
        QStringList titles;
        for (const QJsonValue &change : page.value(QStringLiteral("changes")).toArray())
            titles << change[QStringLiteral("payload")][QStringLiteral("title")].toString();
        return titles;
    }

private slots:
    void keepsAnswersOfTheLatestSequenceOnly()
    {
        PullPageCache cache(1024);
        QVERIFY(!cache.find(key(Gov), 7));
        cache.insert(key(Gov), 7, "page-7");
        QCOMPARE(cache.find(key(Gov), 7), std::optional<QByteArray>("page-7"));
        QVERIFY(!cache.find(key(Gov), 8)); // something changed since
        QVERIFY(!cache.find(key(Forestry), 7));
        QVERIFY(!cache.find(key(Gov, 3), 7));
        QVERIFY(!cache.find(key(Gov, 0, 50), 7));
        QVERIFY(!cache.find(key(Gov, 0, 100, QStringLiteral("ab12cd34")), 7));

        // A newer sequence drops everything older; a late writer of an older one keeps nothing.
        cache.insert(key(Forestry), 8, "forestry-8");
        QCOMPARE(cache.count(), 1);
        QVERIFY(!cache.find(key(Gov), 7));
        cache.insert(key(Gov), 7, "late");
        QCOMPARE(cache.count(), 1);
        QVERIFY(!cache.find(key(Gov), 8));
    }

    void staysWithinItsBytesOldestFirst()
    {
        PullPageCache cache(10);
        cache.insert(key(Gov, 1), 5, "aaaa");
        cache.insert(key(Gov, 2), 5, "bbbb");
        cache.insert(key(Gov, 3), 5, "cccc"); // 12 bytes: the oldest goes
        QCOMPARE(cache.bytes(), 8);
        QVERIFY(!cache.find(key(Gov, 1), 5));
        QVERIFY(cache.find(key(Gov, 2), 5));
        QVERIFY(cache.find(key(Gov, 3), 5));
        cache.insert(key(Gov, 4), 5, "far too large");
        QVERIFY(!cache.find(key(Gov, 4), 5));
        QCOMPARE(cache.bytes(), 8);

        PullPageCache off(0);
        off.insert(key(Gov), 5, "x");
        QCOMPARE(off.count(), 0);
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto repository = SqlSyncRepository::openSqlite(m_dir->filePath(QStringLiteral("syncd.db")), {});
        GD_VERIFY(repository);
        m_repository = std::move(*repository);
        GD_VERIFY(m_repository->addOrganisation({Gov, QStringLiteral("柳州市人民政府办公室")}));
        GD_VERIFY(m_repository->addOrganisation({Forestry, QStringLiteral("柳州市林业和园林局")}));
        GD_VERIFY(m_repository->addUser(
            {QStringLiteral("wangfang"), QStringLiteral("王芳"), Gov, {}, QStringLiteral("x")}));
        m_applier = std::make_unique<OpApplier>(*m_repository, m_clock, ServerLimits{});
        m_api = std::make_unique<SyncApi>(*m_repository, *m_applier, ServerLimits{});
    }

    void cleanup()
    {
        m_api.reset();
        m_applier.reset();
        m_repository.reset();
        m_dir.reset();
    }

    void aPullAfterAChangeSeesIt()
    {
        push(QStringLiteral("wangfang"), Gov, QStringLiteral("d1"), 0, QStringLiteral("关于防汛值班的通知"));
        push(QStringLiteral("wangfang"), Gov, QStringLiteral("d2"), 0, QStringLiteral("关于森林防火的通知"));
        const QJsonObject first = pull(Forestry);
        QCOMPARE(titles(first),
                 (QStringList{QStringLiteral("关于防汛值班的通知"), QStringLiteral("关于森林防火的通知")}));
        QCOMPARE(pull(Forestry), first); // nothing changed: the kept answer

        // A record of the kept page changes: the same request now has it at its new place.
        push(QStringLiteral("wangfang"), Gov, QStringLiteral("d1"), 1,
             QStringLiteral("关于防汛值班的通知（修订）"));
        QCOMPARE(titles(pull(Forestry)), (QStringList{QStringLiteral("关于森林防火的通知"),
                                                      QStringLiteral("关于防汛值班的通知（修订）")}));

        // Up to date, the cursor page is empty, and a new change reaches it.
        const QString cursor = pull(Forestry).value(QStringLiteral("cursor")).toString();
        QVERIFY(titles(pull(Forestry, cursor)).isEmpty());
        push(QStringLiteral("wangfang"), Gov, QStringLiteral("d3"), 0,
             QStringLiteral("关于报送统计数据的函"));
        QCOMPARE(titles(pull(Forestry, cursor)), QStringList{QStringLiteral("关于报送统计数据的函")});
    }

    void rolesThatHideACollectionGetTheirOwnAnswer()
    {
        push(QStringLiteral("wangfang"), Gov, QStringLiteral("d1"), 0, QStringLiteral("关于防汛值班的通知"));
        QCOMPARE(titles(pull(Forestry)).size(), 1);
        const QJsonObject hidden = pull(Forestry, {}, {Documents});
        QVERIFY(titles(hidden).isEmpty());
        QVERIFY(hidden.value(QStringLiteral("cursor")).toString().contains(QLatin1Char('-'))); // scope-tagged
        QCOMPARE(titles(pull(Forestry)).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestPullPageCache)
#include "tst_pullpagecache.moc"
