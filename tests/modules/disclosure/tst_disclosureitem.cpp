// Tests DisclosureItem: the `disclosure.item` payload of the records contract written and read back,
// and every payload that breaks the contract refused with the field it breaks.
#include "DisclosureItem.h"
#include "DisclosureSamples.h"

#include <QJsonArray>
#include <QTest>
#include <functional>

using namespace GovDesk::Disclosure;

class TestDisclosureItem : public QObject
{
    Q_OBJECT

    static DisclosureItem fullItem()
    {
        DisclosureItem item = GovDesk::Test::planDraft();
        item.category = DisclosureCategory::RulesAndNormativeDocuments;
        item.validity = ItemValidity::Repealed;
        item.indexNumber = QStringLiteral("91450200MA5KXXXX0X-01-2026-0007");
        item.status = ItemStatus::Withdrawn;
        item.publishedOn = QDate(2026, 3, 10);
        item.attachments
            = {{.sha256 = QString(64, QLatin1Char('a')), .name = QStringLiteral("附件1.pdf"), .size = 1234}};
        item.source = ItemSource{.collection = QStringLiteral("documents.document"),
                                 .recordId = QStringLiteral("rec-1"),
                                 .documentNumber = QStringLiteral("柳政办发〔2026〕3号")};
        item.history = {{.action = ItemAction::Submit,
                         .from = ItemStatus::Draft,
                         .to = ItemStatus::SecrecyReview,
                         .by = QStringLiteral("u-zhang"),
                         .byName = QStringLiteral("张三"),
                         .at = QDateTime(QDate(2026, 3, 3), QTime(2, 0), Qt::UTC),
                         .opinion = QStringLiteral("请审查")}};
        item.withdrawal = ItemWithdrawal{.reason = QStringLiteral("政策已废止"), .on = QDate(2026, 5, 1)};
        return item;
    }

    static void expectRefused(const QJsonObject &payload, const QString &field)
    {
        auto read = DisclosureItem::fromPayload(payload);
        QVERIFY2(!read, qPrintable(field));
        QCOMPARE(read.error().code, GovDesk::Core::ErrorCode::InvalidArgument);
        QCOMPARE(read.error().detail, field);
        QVERIFY(read.error().message.contains(DisclosureItem::fieldLabel(field)));
    }

private slots:
    void roundTripsEveryField()
    {
        const DisclosureItem item = fullItem();
        const QJsonObject payload = item.toPayload();
        QCOMPARE(payload.value(QStringLiteral("schema")).toInt(), 1);
        QCOMPARE(payload.value(QStringLiteral("category")).toString(), QStringLiteral("01"));
        QCOMPARE(payload.value(QStringLiteral("validity")).toString(), QStringLiteral("废止"));
        QCOMPARE(payload.value(QStringLiteral("status")).toString(), QStringLiteral("withdrawn"));
        QCOMPARE(payload.value(QStringLiteral("writtenOn")).toString(), QStringLiteral("2026-03-02"));
        const QJsonObject line = payload.value(QStringLiteral("history")).toArray().at(0).toObject();
        QCOMPARE(line.value(QStringLiteral("at")).toString(), QStringLiteral("2026-03-03T02:00:00Z"));
        QCOMPARE(line.value(QStringLiteral("from")).toString(), QStringLiteral("draft"));
        QCOMPARE(line.value(QStringLiteral("to")).toString(), QStringLiteral("secrecy_review"));

        auto read = DisclosureItem::fromPayload(payload);
        GD_VERIFY(read);
        QCOMPARE(*read, item);
    }

    void optionalFieldsStayAbsent()
    {
        const QJsonObject payload = GovDesk::Test::planDraft().toPayload();
        QVERIFY(!payload.contains(QStringLiteral("validity"))); // only category 01 has one
        QVERIFY(!payload.contains(QStringLiteral("publishedOn")));
        QVERIFY(!payload.contains(QStringLiteral("withdrawal")));
        QVERIFY(!payload.contains(QStringLiteral("source")));
        QCOMPARE(payload.value(QStringLiteral("indexNumber")).toString(), QString()); // 待编号
    }

    void refusesPayloadsBreakingTheContract()
    {
        const QJsonObject good = GovDesk::Test::planDraft().toPayload();
        const auto with = [&](const QString &key, const QJsonValue &value) {
            QJsonObject changed = good;
            changed.insert(key, value);
            return changed;
        };
        expectRefused(with(QStringLiteral("schema"), 2), QStringLiteral("schema"));
        expectRefused(with(QStringLiteral("category"), QStringLiteral("99")), QStringLiteral("category"));
        expectRefused(with(QStringLiteral("title"), 12), QStringLiteral("title"));
        expectRefused(with(QStringLiteral("writtenOn"), QStringLiteral("2026-02-30")),
                      QStringLiteral("writtenOn"));
        expectRefused(with(QStringLiteral("changedOn"), QStringLiteral("2026/03/02")),
                      QStringLiteral("changedOn"));
        expectRefused(with(QStringLiteral("status"), QStringLiteral("approved")), QStringLiteral("status"));
        expectRefused(with(QStringLiteral("classification"), QStringLiteral("内部")),
                      QStringLiteral("classification"));
        expectRefused(with(QStringLiteral("validity"), QStringLiteral("有效")), QStringLiteral("validity"));
        expectRefused(with(QStringLiteral("keywords"), QJsonArray{QStringLiteral("计划"), QString()}),
                      QStringLiteral("keywords"));
        expectRefused(with(QStringLiteral("attachments"),
                           QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("a.pdf")}}}),
                      QStringLiteral("attachments"));
        expectRefused(with(QStringLiteral("history"),
                           QJsonArray{QJsonObject{{QStringLiteral("action"), QStringLiteral("sign")}}}),
                      QStringLiteral("history"));

        QJsonObject normative = with(QStringLiteral("category"), QStringLiteral("01"));
        normative.insert(QStringLiteral("validity"), QStringLiteral("暂停"));
        expectRefused(normative, QStringLiteral("validity"));

        // Published needs its date and no 密级; withdrawn needs its reason and date.
        QJsonObject published = with(QStringLiteral("status"), QStringLiteral("published"));
        expectRefused(published, QStringLiteral("publishedOn"));
        published.insert(QStringLiteral("publishedOn"), QStringLiteral("2026-03-10"));
        published.insert(QStringLiteral("classification"), QStringLiteral("秘密"));
        expectRefused(published, QStringLiteral("classification"));
        expectRefused(with(QStringLiteral("status"), QStringLiteral("withdrawn")),
                      QStringLiteral("withdrawal"));
    }

    void checksCompletenessBeforeReview()
    {
        GD_VERIFY(GovDesk::Test::planDraft().checkComplete());
        const QList<std::pair<QString, std::function<void(DisclosureItem &)>>> gaps{
            {QStringLiteral("title"),
             [](DisclosureItem &i) {
                 i.title = QStringLiteral("  ");
             }},
            {QStringLiteral("publisher"),
             [](DisclosureItem &i) {
                 i.publisher.clear();
             }},
            {QStringLiteral("writtenOn"),
             [](DisclosureItem &i) {
                 i.writtenOn = {};
             }},
            {QStringLiteral("changedOn"),
             [](DisclosureItem &i) {
                 i.changedOn = QDate(2026, 3, 1);
             }},
            {QStringLiteral("body"),
             [](DisclosureItem &i) {
                 i.body.clear();
             }},
        };
        for (const auto &[field, change] : gaps) {
            DisclosureItem item = GovDesk::Test::planDraft();
            change(item);
            auto checked = item.checkComplete();
            QVERIFY2(!checked, qPrintable(field));
            QCOMPARE(checked.error().detail, field);
        }
        DisclosureItem attachmentOnly = GovDesk::Test::planDraft();
        attachmentOnly.body.clear();
        attachmentOnly.attachments
            = {{.sha256 = QString(64, QLatin1Char('b')), .name = QStringLiteral("计划.pdf"), .size = 9}};
        GD_VERIFY(attachmentOnly.checkComplete());
    }

    void namesAreStable()
    {
        for (ItemStatus status : allItemStatuses())
            QCOMPARE(itemStatusFromKey(itemStatusKey(status)), status);
        QCOMPARE(itemStatusKey(ItemStatus::LeaderReview), QStringLiteral("leader_review"));
        QCOMPARE(itemActionKey(ItemAction::Withdraw), QStringLiteral("withdraw"));
        QCOMPARE(itemValidityFromText(u"失效"), ItemValidity::Expired);
        QVERIFY(!itemValidityFromText(u"valid"));
    }
};

QTEST_MAIN(TestDisclosureItem)
#include "tst_disclosureitem.moc"
