// 发文字号 through the real govdesk-syncd: a document registered offline waits 「待编号」 and gets
// its number at the next sync; two offices of one organisation registering at once get two
// numbers that follow each other; a record the server has not accepted keeps its request for
// the next run; asking again for the same record changes nothing.
#include "ServerView.h"
#include "SyncServerFixture.h"
#include "SyncedProfile.h"
#include "TestProfile.h"
#include "sync/NumberRequests.h"

#include <QTemporaryDir>
#include <QTest>

using namespace GovDesk::Core;
using namespace GovDesk::Test;

namespace {

const QString Documents = QStringLiteral("documents.document");

NumberRequest documentNumber(const QString &recordId)
{
    NumberRequest request;
    request.collection = Documents;
    request.recordId = recordId;
    request.series = QStringLiteral("柳政办发");
    request.year = 2026;
    request.field = QStringLiteral("documentNumber");
    request.format = QStringLiteral("柳政办发〔{year}〕{number}号");
    return request;
}

QJsonObject draft(const QString &title)
{
    return {{QStringLiteral("title"), title}, {QStringLiteral("documentNumber"), QString()}};
}

} // namespace

class TestSyncNumbers : public QObject
{
    Q_OBJECT

    SyncServerFixture m_server;
    QTemporaryDir m_dir;

    std::unique_ptr<SyncedProfile> office(const QString &name)
    {
        auto profile = SyncedProfile::createSignedIn(
            m_dir.path(), name, QStringLiteral("登记编号-2026"), {m_server.baseUrl(), m_server.caFile(), {}},
            QStringLiteral("wangfang"), QString::fromUtf8(SyncServerFixture::DefaultPassword));
        if (!profile) {
            qWarning("%s", qPrintable(profile.error().fullText()));
            return {};
        }
        return std::move(*profile);
    }

    static QString numberOf(SyncedProfile &profile, const QString &recordId)
    {
        auto record = profile.records().get(Documents, recordId);
        return record && *record ? (*record)->payload.value(QStringLiteral("documentNumber")).toString()
                                 : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        GD_VERIFY(m_server.setUp());
    }

    void registeredOfflineNumberedAtTheNextSync()
    {
        auto county = office(QStringLiteral("鹿寨值班室"));
        auto city = office(QStringLiteral("市府办文秘科"));
        QVERIFY(county && city);
        m_server.stop(); // both offices register while the line is down

        const QString first = RecordStore::newRecordId();
        const QString second = RecordStore::newRecordId();
        GD_VERIFY(county->records().put(Documents, first, draft(QStringLiteral("关于做好防汛工作的通知"))));
        GD_VERIFY(city->records().put(Documents, second, draft(QStringLiteral("关于森林防火的通知"))));
        NumberRequests countyNumbers(county->session().database());
        NumberRequests cityNumbers(city->session().database());
        auto asked = countyNumbers.request(documentNumber(first));
        GD_VERIFY(asked);
        GD_VERIFY(cityNumbers.request(documentNumber(second)));
        // Asking again keeps the first request.
        auto again = countyNumbers.request(documentNumber(first));
        GD_VERIFY(again);
        QCOMPARE(again->opId, asked->opId);
        auto offline = county->sync();
        GD_VERIFY(offline);
        QVERIFY(!offline->completed());
        QVERIFY(numberOf(*county, first).isEmpty()); // 待编号

        GD_VERIFY(m_server.start());
        auto countySync = county->sync();
        GD_VERIFY(countySync);
        QVERIFY2(countySync->completed(), qPrintable(describe(*countySync)));
        QCOMPARE(countySync->numbersAllocated, 1);
        auto citySync = city->sync();
        GD_VERIFY(citySync);
        QCOMPARE(citySync->numbersAllocated, 1);
        QCOMPARE(numberOf(*county, first), QStringLiteral("柳政办发〔2026〕1号"));
        QCOMPARE(numberOf(*city, second), QStringLiteral("柳政办发〔2026〕2号"));

        // The number travels like any edit, and nothing is asked twice.
        GD_VERIFY(county->sync());
        auto server = readServer(m_server, QStringLiteral("wangfang"));
        GD_VERIFY(server);
        QCOMPARE(server->find(Documents, first)->payload.value(QStringLiteral("documentNumber")).toString(),
                 QStringLiteral("柳政办发〔2026〕1号"));
        auto pending = countyNumbers.pending();
        GD_VERIFY(pending);
        QVERIFY(pending->isEmpty());
        auto found = countyNumbers.find(Documents, first);
        GD_VERIFY(found);
        QCOMPARE((*found)->number, std::optional<qint64>(1));
    }

    void aRecordTheServerHasNotGotWaitsForTheNextRun()
    {
        auto county = office(QStringLiteral("柳城值班室"));
        QVERIFY(county);
        NumberRequests numbers(county->session().database());
        // Asked for a record that was never pushed (say its push is held back): refused, kept.
        const QString unknown = RecordStore::newRecordId();
        GD_VERIFY(numbers.request(documentNumber(unknown)));
        auto summary = county->sync();
        GD_VERIFY(summary);
        QVERIFY(summary->completed());
        QCOMPARE(summary->numbersAllocated, 0);
        QCOMPARE(summary->numbersRefused.size(), 1);
        auto pending = numbers.pending();
        GD_VERIFY(pending);
        QCOMPARE(pending->size(), 1);
        QVERIFY(!pending->first().lastError.isEmpty());

        // Once the record is there, the same request gets the next number.
        GD_VERIFY(county->records().put(Documents, unknown, draft(QStringLiteral("关于报送统计数据的函"))));
        summary = county->sync();
        GD_VERIFY(summary);
        QCOMPARE(summary->numbersAllocated, 1);
        QCOMPARE(numberOf(*county, unknown), QStringLiteral("柳政办发〔2026〕3号"));
    }
};

QTEST_GUILESS_MAIN(TestSyncNumbers)
#include "tst_sync_numbers.moc"
