// 公文交换 between offices end to end: a document goes from 柳州市人民政府办公室 to 林业和园林局 and
// its receipt comes back, each office on its own encrypted profile, through the real govdesk-syncd
// over verified HTTPS; a third office sees neither, and a recipient's attempt to change the
// sender's document is refused by the server and reported, not lost.
#include "ServerView.h"
#include "SyncServerFixture.h"
#include "SyncedProfile.h"
#include "TestProfile.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace GovDesk::Core;
using namespace GovDesk::Test;

namespace {

const QString Documents = QStringLiteral("documents.document");
const QString Receipts = QStringLiteral("documents.receipt");
const QString Gov = QStringLiteral("gx-lz-gov");
const QString Forestry = QStringLiteral("gx-lz-forestry");

// Real 公文 text: full-width brackets, a supplementary-plane character (𥖄, outside the BMP: a
// UTF-16 surrogate pair), punctuation and digits mixed with Han.
QJsonObject notice()
{
    return {{QStringLiteral("title"), QStringLiteral("柳州市人民政府办公室关于做好2026年春季森林防火工作的通知")},
            {QStringLiteral("documentNumber"), QStringLiteral("柳政办发〔2026〕12号")},
            {QStringLiteral("urgency"), QStringLiteral("特急")},
            {QStringLiteral("body"), QStringLiteral("各县、区人民政府，市直各有关单位：\n清明前后是森林火灾高发期，"
                                                    "请严格落实“五个一律”措施；鹿寨县、融水苗族自治县𥖄岭林区重点巡护。")},
            {QStringLiteral("pages"), 3},
            {QStringLiteral("attachments"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("附件1：防火责任表.xlsx")},
                                                                   {QStringLiteral("size"), 18432}}}}};
}

} // namespace

class TestSyncExchange : public QObject
{
    Q_OBJECT

    SyncServerFixture m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<SyncedProfile> m_gov;      // 王芳, gx-lz-gov: the sender
    std::unique_ptr<SyncedProfile> m_forestry; // 陈静, gx-lz-forestry: the recipient
    std::unique_ptr<SyncedProfile> m_luzhai;   // 李敏, gx-lz-luzhai: neither

    std::unique_ptr<SyncedProfile> signedInProfile(const QString &name, const QString &user)
    {
        auto profile = SyncedProfile::createSignedIn(m_dir.path(), name, QStringLiteral("口令-") + user,
                                                     {m_server.baseUrl(), m_server.caFile(), {}}, user,
                                                     QString::fromUtf8(SyncServerFixture::DefaultPassword));
        if (!profile) {
            qWarning("%s", qPrintable(profile.error().fullText()));
            return {};
        }
        return std::move(*profile);
    }

    SyncSummary sync(SyncedProfile &profile)
    {
        auto summary = profile.sync();
        if (!summary)
            qFatal("local failure: %s", qPrintable(summary.error().fullText()));
        return *summary;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        GD_VERIFY(m_server.setUp());
        m_gov = signedInProfile(QStringLiteral("王芳（市政府办）"), QStringLiteral("wangfang"));
        m_forestry = signedInProfile(QStringLiteral("陈静（林业局）"), QStringLiteral("chenjing"));
        m_luzhai = signedInProfile(QStringLiteral("李敏（鹿寨县）"), QStringLiteral("limin"));
        QVERIFY(m_gov && m_forestry && m_luzhai);
    }

    void cleanupTestCase()
    {
        m_gov.reset();
        m_forestry.reset();
        m_luzhai.reset();
    }

    void aDocumentTravelsToTheRecipientAndItsReceiptComesBack()
    {
        // 王芳 issues the notice to 林业局 and syncs.
        const QString documentId = RecordStore::newRecordId();
        GD_VERIFY(m_gov->records().put(Documents, documentId, notice(), {Forestry}));
        SyncSummary summary = sync(*m_gov);
        QVERIFY2(summary.completed(), qPrintable(describe(summary)));
        QCOMPARE(summary.pushed, 1);
        QCOMPARE(summary.duplicates, 0);
        QCOMPARE(m_gov->pendingCount().value_or(-1), 0);
        auto sent = m_gov->records().get(Documents, documentId);
        GD_VERIFY(sent);
        QCOMPARE((*sent)->revision, 1);

        // 陈静 syncs and has it, byte for byte.
        summary = sync(*m_forestry);
        QVERIFY2(summary.completed(), qPrintable(describe(summary)));
        QCOMPARE(summary.pulled, 1);
        auto received = m_forestry->records().get(Documents, documentId);
        GD_VERIFY(received);
        QVERIFY(received->has_value());
        QCOMPARE((*received)->payload, notice());
        QCOMPARE((*received)->payload.value(QStringLiteral("body")).toString(), notice().value(QStringLiteral("body")).toString());
        QCOMPARE((*received)->owner, Gov);
        QCOMPARE((*received)->recipients, QStringList{Forestry});
        QCOMPARE((*received)->revision, 1);
        QVERIFY(!(*received)->hasPendingChange);

        // 李敏 of 鹿寨县 is not addressed: nothing arrives.
        summary = sync(*m_luzhai);
        QVERIFY2(summary.completed(), qPrintable(describe(summary)));
        QCOMPARE(summary.pulled, 0);
        QVERIFY(!m_luzhai->records().get(Documents, documentId)->has_value());
        QCOMPARE(m_luzhai->recordCount().value_or(-1), 0);

        // 陈静 signs for it: a receipt of her own office, addressed back to the sender.
        const QString receiptId = RecordStore::newRecordId();
        const QJsonObject receipt{{QStringLiteral("documentId"), documentId},
                                  {QStringLiteral("status"), QStringLiteral("received")},
                                  {QStringLiteral("receivedAt"), QStringLiteral("2026-03-20T02:15:00Z")},
                                  {QStringLiteral("by"), QStringLiteral("陈静")},
                                  {QStringLiteral("remark"), QStringLiteral("已签收，将转发各林场执行。")}};
        GD_VERIFY(m_forestry->records().put(Receipts, receiptId, receipt, {Gov}));
        summary = sync(*m_forestry);
        QVERIFY2(summary.completed(), qPrintable(describe(summary)));
        QCOMPARE(summary.pushed, 1);

        // 王芳 sees the receipt.
        summary = sync(*m_gov);
        QVERIFY2(summary.completed(), qPrintable(describe(summary)));
        QCOMPARE(summary.pulled, 1);
        auto signedFor = m_gov->records().get(Receipts, receiptId);
        GD_VERIFY(signedFor);
        QVERIFY(signedFor->has_value());
        QCOMPARE((*signedFor)->payload, receipt);
        QCOMPARE((*signedFor)->owner, Forestry);
        QCOMPARE((*signedFor)->revision, 1);

        // 鹿寨县 still has nothing, and the server agrees with what each office holds.
        QCOMPARE(sync(*m_luzhai).pulled, 0);
        QCOMPARE(m_luzhai->recordCount().value_or(-1), 0);
        auto luzhai = readServer(m_server, QStringLiteral("limin"));
        GD_VERIFY(luzhai);
        QCOMPARE(luzhai->records.size(), 0);
        auto gov = readServer(m_server, QStringLiteral("wangfang"));
        GD_VERIFY(gov);
        QCOMPARE(gov->records.size(), 2);
        QCOMPARE(gov->appearances, 2);
        QCOMPARE(gov->find(Documents, documentId)->payload, notice());
        QCOMPARE(gov->find(Receipts, receiptId)->payload, receipt);
    }

    void aRecipientCannotChangeTheSendersDocumentAndIsTold()
    {
        const QString documentId = RecordStore::newRecordId();
        QJsonObject original = notice();
        original.insert(QStringLiteral("documentNumber"), QStringLiteral("柳政办发〔2026〕13号"));
        GD_VERIFY(m_gov->records().put(Documents, documentId, original, {Forestry}));
        QVERIFY(sync(*m_gov).completed());
        QCOMPARE(sync(*m_forestry).pulled, 1);

        // 林业局 edits the notice locally (a module could let it); the server must refuse it.
        QJsonObject edited = original;
        edited.insert(QStringLiteral("title"), QStringLiteral("（林业局擅自修改）关于做好森林防火工作的通知"));
        GD_VERIFY(m_forestry->records().put(Documents, documentId, edited));
        SyncSummary summary = sync(*m_forestry);
        QVERIFY2(summary.completed(), qPrintable(describe(summary))); // the run itself completes
        QCOMPARE(summary.pushed, 0);
        QCOMPARE(summary.rejected, 1);
        QCOMPARE(summary.rejections.size(), 1);
        QVERIFY2(summary.rejections.first().contains(documentId), qPrintable(summary.rejections.first()));
        QVERIFY2(summary.rejections.first().contains(Gov), qPrintable(summary.rejections.first())); // names the owner

        // Reported, not lost: the op is held back with its reason, the local edit is still there.
        auto rejected = m_forestry->records().rejectedOps();
        GD_VERIFY(rejected);
        QCOMPARE(rejected->size(), 1);
        QCOMPARE(rejected->first().recordId, documentId);
        QCOMPARE(rejected->first().payload, edited);
        QVERIFY(!rejected->first().lastError.isEmpty());
        auto local = m_forestry->records().get(Documents, documentId);
        GD_VERIFY(local);
        QCOMPARE((*local)->payload, edited);
        QVERIFY((*local)->hasPendingChange);
        QCOMPARE(m_forestry->pendingCount().value_or(-1), 1);

        // It is not sent again on every sync (it can never succeed), and stays reported.
        summary = sync(*m_forestry);
        QVERIFY2(summary.completed(), qPrintable(describe(summary)));
        QCOMPARE(summary.pushed + summary.rejected + summary.duplicates, 0);
        QCOMPARE(m_forestry->records().rejectedOps()->size(), 1);

        // The server and the owner still have the original, at revision 1.
        auto server = readServer(m_server, QStringLiteral("wangfang"));
        GD_VERIFY(server);
        const StoredRecord *stored = server->find(Documents, documentId);
        QVERIFY(stored);
        QCOMPARE(stored->revision, 1);
        QCOMPARE(stored->payload, original);
        QCOMPARE(stored->owner, Gov);
        QVERIFY(sync(*m_gov).completed());
        QCOMPARE(m_gov->records().get(Documents, documentId)->value().payload, original);
    }
};

QTEST_GUILESS_MAIN(TestSyncExchange)
#include "tst_sync_exchange.moc"
