// Tests OfficialDocument: the GB/T 9704 elements in a record payload, and older payloads upgraded.
#include "DocumentSamples.h"
#include "OfficialDocument.h"

#include <QJsonArray>
#include <QTest>

using namespace GovDesk::Documents;
using GovDesk::Test::fireNotice;

class TestOfficialDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyElementSurvivesThePayload()
    {
        OfficialDocument document = fireNotice();
        document.copyNumber = QStringLiteral("000017");
        document.classification = SecurityLevel::Confidential;
        document.secrecyPeriod = {.unit = SecrecyPeriod::Unit::Years, .amount = 1};
        document.seal = {.sealed = true, .sealId = QStringLiteral("gx-lz-gov-2026")};
        document.type = DocumentType::Opinion;
        document.direction = Direction::Upward;
        const QJsonObject payload = document.toPayload();
        const OfficialDocument read = OfficialDocument::fromPayload(payload);
        QCOMPARE(read.copyNumber, document.copyNumber);
        QCOMPARE(read.classification, SecurityLevel::Confidential);
        QCOMPARE(read.secrecyPeriod.toString(), QStringLiteral("1年"));
        QCOMPARE(read.urgency, Urgency::Urgent);
        QCOMPARE(read.signers, document.signers);
        QCOMPARE(read.mainRecipients, document.mainRecipients);
        QCOMPARE(read.attachments.size(), 1);
        QCOMPARE(read.attachments.first().size, 48213);
        QCOMPARE(read.direction, Direction::Upward);
        QVERIFY(read.isUpward());
        QVERIFY(read == document);

        // A 纪要's lists, written only when there.
        const OfficialDocument minutes = GovDesk::Test::executiveMinutes();
        const QJsonObject minutesPayload = minutes.toPayload();
        QCOMPARE(minutesPayload.value(QStringLiteral("onLeave")).toString(), QStringLiteral("黄强（出差）"));
        QVERIFY(OfficialDocument::fromPayload(minutesPayload) == minutes);
        QVERIFY(!payload.contains(QStringLiteral("attendees")));
    }

    void keysAreStableEnglishWithChineseTerms()
    {
        const QJsonObject payload = fireNotice().toPayload();
        QCOMPARE(payload.value(QStringLiteral("documentNumber")).toString(),
                 QStringLiteral("柳政办发〔2026〕12号"));
        QCOMPARE(payload.value(QStringLiteral("urgency")).toString(), QStringLiteral("加急"));
        QCOMPARE(payload.value(QStringLiteral("classification")).toString(), QStringLiteral("公开"));
        QCOMPARE(payload.value(QStringLiteral("type")).toString(), QStringLiteral("通知"));
        QCOMPARE(payload.value(QStringLiteral("issuedOn")).toString(), QStringLiteral("2026-02-27"));
        QCOMPARE(payload.value(QStringLiteral("printedOn")).toString(), QStringLiteral("2026-02-28"));
        QCOMPARE(payload.value(QStringLiteral("copyTo")).toArray().size(), 2);
        // The shape BlobReferences reads, so a sync downloads the attachments.
        const QJsonObject attachment
            = payload.value(QStringLiteral("attachments")).toArray().first().toObject();
        QCOMPARE(attachment.value(QStringLiteral("name")).toString(), QStringLiteral("附件1.pdf"));
        QCOMPARE(attachment.value(QStringLiteral("sha256")).toString().size(), 64);
        // A type's own direction is not written, nor an unset 份号 or 保密期限.
        QVERIFY(!payload.contains(QStringLiteral("direction")));
        QVERIFY(!payload.contains(QStringLiteral("copyNumber")));
        QVERIFY(!payload.contains(QStringLiteral("secrecyPeriod")));
    }

    void aDocumentWithoutNumberIsPending()
    {
        OfficialDocument document = fireNotice();
        document.documentNumber.clear();
        QVERIFY(document.isPendingNumber());
        auto number = document.number();
        QVERIFY(number);
        QVERIFY(number->isPending());
        QCOMPARE(document.toPayload().value(QStringLiteral("documentNumber")).toString(), QString());
        QCOMPARE(fireNotice().number()->sequence(), 12);
    }

    void unknownValuesFallBackToDefaults()
    {
        QJsonObject payload = fireNotice().toPayload();
        payload.insert(QStringLiteral("type"), QStringLiteral("签报"));
        payload.insert(QStringLiteral("urgency"), QStringLiteral("特提"));
        payload.insert(QStringLiteral("classification"), QStringLiteral("核心"));
        payload.insert(QStringLiteral("futureField"), 42);
        const OfficialDocument read = OfficialDocument::fromPayload(payload);
        QCOMPARE(read.type, DocumentType::Notice);
        QCOMPARE(read.urgency, Urgency::Normal);
        QCOMPARE(read.classification, SecurityLevel::Public);
        QCOMPARE(read.title, fireNotice().title);
    }

    void upgradesTheDemoServersVersionOnePayload()
    {
        // As govdesk-syncd --demo seeds it (server/DemoData.cpp).
        const QJsonObject v1{
            {QStringLiteral("issuerMark"), QStringLiteral("鹿寨县人民政府")},
            {QStringLiteral("documentNumber"), QStringLiteral("鹿政报〔2026〕9号")},
            {QStringLiteral("title"), QStringLiteral("鹿寨县人民政府关于中渡镇山洪灾害防御工作情况的报告")},
            {QStringLiteral("classification"), QString()},
            {QStringLiteral("urgency"), QStringLiteral("加急")},
            {QStringLiteral("mainRecipients"), QStringLiteral("各县、区人民政府，市水利局")},
            {QStringLiteral("signer"), QStringLiteral("李敏")},
            {QStringLiteral("issuedOn"), QStringLiteral("2026-04-10")},
            {QStringLiteral("body"), QStringLiteral("已完成中渡镇12处山洪灾害危险区转移路线复核。")}};
        const QJsonObject v2 = OfficialDocument::upgradePayload(v1, 1);
        const OfficialDocument read = OfficialDocument::fromPayload(v2);
        QCOMPARE(read.mainRecipients,
                 (QStringList{QStringLiteral("各县、区人民政府"), QStringLiteral("市水利局")}));
        QCOMPARE(read.signers, QStringList{QStringLiteral("李敏")});
        QVERIFY(!v2.contains(QStringLiteral("signer")));
        QCOMPARE(read.type, DocumentType::Report);
        QVERIFY(read.isUpward());
        QCOMPARE(read.classification, SecurityLevel::Public);
        QCOMPARE(read.issuedOn, QDate(2026, 4, 10));
        // Only version 1 is changed.
        QCOMPARE(OfficialDocument::upgradePayload(v2, 2), v2);
    }

    void listsTheOrganisationsOnThePage()
    {
        const QStringList organisations = fireNotice().organisations();
        QCOMPARE(organisations.size(), 4);
        QVERIFY(organisations.contains(QStringLiteral("市直各有关单位")));
        QVERIFY(organisations.contains(QStringLiteral("市人大常委会办公室")));
    }
};

QTEST_GUILESS_MAIN(TestOfficialDocument)
#include "tst_officialdocument.moc"
