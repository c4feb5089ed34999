// Tests DeliveryStatus: the sender's view per recipient — 待发送, 已送达, 已签收 (time, person), 已退回
// (reason).
#include "DeliveryStatus.h"

#include <QTest>

using namespace GovDesk::Documents;

namespace {
const QString DocumentId = QStringLiteral("9f3e0c1a-fire-notice");
const QString Forestry = QStringLiteral("gx-lz-forestry");
const QString Luzhai = QStringLiteral("gx-lz-luzhai");
const QString Water = QStringLiteral("gx-lz-water");
} // namespace

class TestDeliveryStatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void notYetPushedIsPendingForEveryone()
    {
        const auto states = deliveryStates(DocumentId, {Forestry, Luzhai}, false, {});
        QCOMPARE(states.size(), 2);
        for (const RecipientDelivery &state : states)
            QCOMPARE(deliveryStateName(state.state), QStringLiteral("待发送"));
    }

    void receiptsDecidePerOrganisation()
    {
        const QDateTime signedAt(QDate(2026, 2, 27), QTime(9, 12), Qt::UTC);
        const Receipt signedFor{
            .documentId = DocumentId, .organisation = Forestry, .at = signedAt, .by = QStringLiteral("陈静")};
        const Receipt returned{.documentId = DocumentId,
                               .organisation = Luzhai,
                               .returned = true,
                               .at = signedAt.addSecs(600),
                               .by = QStringLiteral("李敏"),
                               .reason = QStringLiteral("误投，请改送县应急管理局")};
        const Receipt otherDocument{
            .documentId = QStringLiteral("another"), .organisation = Water, .at = signedAt};
        const auto states = deliveryStates(DocumentId, {Forestry, Luzhai, Water}, true,
                                           {signedFor, returned, otherDocument});
        QCOMPARE(states.at(0).state, DeliveryState::SignedFor);
        QCOMPARE(states.at(0).at, signedAt);
        QCOMPARE(states.at(0).person, QStringLiteral("陈静"));
        QCOMPARE(states.at(1).state, DeliveryState::SentBack);
        QCOMPARE(states.at(1).reason, QStringLiteral("误投，请改送县应急管理局"));
        QCOMPARE(deliveryStateName(states.at(1).state), QStringLiteral("已退回"));
        QCOMPARE(states.at(2).state, DeliveryState::Delivered);
        QCOMPARE(deliveryStateName(states.at(2).state), QStringLiteral("已送达"));
    }

    void theLatestReceiptOfAnOrganisationWins()
    {
        const QDateTime first(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC);
        const QList<Receipt> receipts{
            {.documentId = DocumentId, .organisation = Luzhai, .returned = true, .at = first},
            {.documentId = DocumentId,
             .organisation = Luzhai,
             .at = first.addDays(1),
             .by = QStringLiteral("李敏")}};
        QCOMPARE(deliveryStates(DocumentId, {Luzhai}, true, receipts).first().state,
                 DeliveryState::SignedFor);
    }

    void receiptsRoundTripAsTheProtocolWritesThem()
    {
        // As govdesk-syncd --demo seeds one (server/DemoData.cpp).
        const QJsonObject demo{{QStringLiteral("documentId"), DocumentId},
                               {QStringLiteral("status"), QStringLiteral("received")},
                               {QStringLiteral("receivedAt"), QStringLiteral("2026-02-27T09:12:00Z")},
                               {QStringLiteral("by"), QStringLiteral("陈静")}};
        auto receipt = Receipt::fromPayload(demo, Forestry);
        QVERIFY(receipt);
        QCOMPARE(receipt->organisation, Forestry);
        QVERIFY(!receipt->returned);
        QCOMPARE(receipt->at, QDateTime(QDate(2026, 2, 27), QTime(9, 12), Qt::UTC));
        QCOMPARE(receipt->toPayload(), demo);
        QVERIFY(!Receipt::fromPayload({{QStringLiteral("status"), QStringLiteral("received")}}, Forestry));
        QVERIFY(!Receipt::fromPayload(
            {{QStringLiteral("documentId"), DocumentId}, {QStringLiteral("status"), QStringLiteral("lost")}},
            Forestry));
    }
};

QTEST_GUILESS_MAIN(TestDeliveryStatus)
#include "tst_deliverystatus.moc"
