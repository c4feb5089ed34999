// Tests SealRecord: its JSON (GB/T 38540 structures) round trip, refusal of damaged records, and
// the signed bytes covering every field.
#include "DocumentSamples.h"
#include "DocumentSealer.h"
#include "SealRecord.h"
#include "SealSamples.h"
#include "TestProfile.h"

#include <QJsonArray>
#include <QTest>

using namespace GovDesk::Documents;
using namespace GovDesk::Test;

class TestSealRecord : public QObject
{
    Q_OBJECT

    SealRecord m_record;

private Q_SLOTS:
    void initTestCase()
    {
        auto record = DocumentSealer::sign(fireNotice(), officeSeal(sealAuthority()), SealClerk,
                                           SealCaStart.addDays(30));
        GD_VERIFY(record);
        m_record = *record;
    }

    void jsonFollowsTheStandardsStructure()
    {
        const QJsonObject json = m_record.toJson();
        QCOMPARE(json.value("version").toInt(), 4);
        const QJsonObject eseal = json.value("eseal").toObject();
        QCOMPARE(eseal.value("header").toObject().value("id").toString(), QStringLiteral("ES"));
        QCOMPARE(eseal.value("esID").toString(), QStringLiteral("seal-gx-lz-gov-1"));
        QCOMPARE(eseal.value("property").toObject().value("name").toString(),
                 QStringLiteral("柳州市人民政府办公室"));
        QCOMPARE(json.value("timeInfo").toString(), QStringLiteral("2026-01-31T00:00:00Z"));
        QCOMPARE(json.value("signatureAlgID").toString(), QStringLiteral("1.2.156.10197.1.501"));
        QVERIFY(json.value("cert").toString().startsWith(QStringLiteral("-----BEGIN CERTIFICATE-----")));
        QCOMPARE(json.value("references").toArray().size(), m_record.references.size());
    }

    void roundTripsThroughJson()
    {
        auto reread = SealRecord::fromJson(m_record.toJson());
        GD_VERIFY(reread);
        QCOMPARE(reread->toBeSigned(), m_record.toBeSigned());
        QCOMPARE(reread->signature, m_record.signature);
        QCOMPARE(reread->toJson(), m_record.toJson());
    }

    void refusesDamagedRecords_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("version") << "version" << QJsonValue(3);
        QTest::newRow("dataHash") << "dataHash" << QJsonValue(QStringLiteral("abc"));
        QTest::newRow("timeInfo") << "timeInfo" << QJsonValue(QStringLiteral("yesterday"));
        QTest::newRow("signature") << "signature" << QJsonValue(QStringLiteral("!!!"));
        QTest::newRow("references") << "references" << QJsonValue(QJsonArray{QJsonObject{{"part", "title"}}});
        QTest::newRow("cert") << "cert" << QJsonValue();
    }

    void refusesDamagedRecords()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QJsonObject json = m_record.toJson();
        if (value.isNull())
            json.remove(field);
        else
            json.insert(field, value);
        auto reread = SealRecord::fromJson(json);
        QVERIFY(!reread);
        QCOMPARE(reread.error().code, GovDesk::Core::ErrorCode::Corrupt);
    }

    void signedBytesCoverEveryField()
    {
        const QByteArray original = m_record.toBeSigned();
        QVERIFY(original.startsWith("GovDesk-TBS_Sign/1\n"));
        const QList<std::function<void(SealRecord &)>> changes{
            [](SealRecord &r) { r.sealId += QLatin1Char('x'); },
            [](SealRecord &r) { r.sealName = QStringLiteral("鹿寨县人民政府"); },
            [](SealRecord &r) { r.organisationId = QStringLiteral("gx-lz-luzhai"); },
            [](SealRecord &r) { r.validEnd = r.validEnd.addYears(10); },
            [](SealRecord &r) { r.signedAt = r.signedAt.addSecs(1); },
            [](SealRecord &r) { r.signerName = QStringLiteral("王芳"); },
            [](SealRecord &r) {
                r.dataHash[0] = r.dataHash[0] == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
            },
            [](SealRecord &r) { r.references.removeLast(); },
            [](SealRecord &r) { r.certificatePem += "\n"; },
        };
        for (const auto &change : changes) {
            SealRecord changed = m_record;
            change(changed);
            QVERIFY(changed.toBeSigned() != original);
        }
    }
};

QTEST_GUILESS_MAIN(TestSealRecord)
#include "tst_sealrecord.moc"
