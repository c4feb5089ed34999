// Tests the disclosure.request payload of the record contract: a full request round-trips through
// JSON field by field, the contract's key names are used, and each broken field is refused with its
// Chinese label and its key.
#include "DisclosureRequest.h"
#include "RequestSamples.h"

#include <QJsonDocument>
#include <QTest>

using namespace GovDesk::Disclosure;
using namespace GovDesk::Test;

class TestDisclosureRequest : public QObject
{
    Q_OBJECT

    static DisclosureRequest full()
    {
        DisclosureRequest request = registered(QDate(2026, 3, 2));
        request.applicantType = ApplicantType::LegalService;
        request.receipt = {.channel = RequestChannel::Post, .signedForOn = QDate(2026, 3, 2)};
        request.correctedOn = QDate(2026, 3, 4);
        request.extension = RequestExtension{QDate(2026, 3, 20), 15, QStringLiteral("韦东")};
        request.consultations = {{QStringLiteral("柳州某公司"), QDate(2026, 3, 9), QDate(2026, 3, 13)},
                                 {QStringLiteral("某村委会"), QDate(2026, 3, 16), std::nullopt}};
        request.department = QStringLiteral("自然资源科");
        request.status = RequestStatus::Answered;
        request.reply = RequestReply{
            .type = ReplyType::Partial,
            .reasons = {ReplyReason::ThirdPartyPrivacy, ReplyReason::ProcessInformation},
            .on = QDate(2026, 4, 2),
            .text = QStringLiteral("附件为可以公开的部分。"),
            .attachments = {QJsonObject{{"sha256", "ab"}, {"name", "附件1.pdf"}, {"size", 12}}}};
        request.carriedFromYear = 2025;
        return request;
    }

    static void expectRefused(const QJsonObject &json, const QString &field)
    {
        const auto read = DisclosureRequests::fromJson(json);
        QVERIFY2(!read, qPrintable(field));
        QCOMPARE(read.error().detail, field);
        QVERIFY2(read.error().message.startsWith(DisclosureRequests::fieldLabel(field)),
                 qPrintable(read.error().message));
        QVERIFY(!DisclosureRequests::fieldLabel(field).isEmpty());
    }

private Q_SLOTS:
    void roundTrip()
    {
        const DisclosureRequest request = full();
        const QJsonObject json = request.toJson();
        // Through text, as a record travels.
        const QJsonObject reread = QJsonDocument::fromJson(QJsonDocument(json).toJson()).object();
        const auto read = DisclosureRequests::fromJson(reread);
        QVERIFY2(read, qPrintable(read ? QString() : read.error().message));
        QCOMPARE(*read, request);
    }

    void contractKeys()
    {
        const QJsonObject json = full().toJson();
        QCOMPARE(json.value("schema").toInt(), 1);
        QCOMPARE(json.value("serial").toString(), QStringLiteral("2026-0001"));
        QCOMPARE(json.value("applicantType").toString(), QStringLiteral("legal_service"));
        QCOMPARE(json.value("channel").toString(), QStringLiteral("post"));
        QCOMPARE(json.value("receipt").toObject().value("signedForOn").toString(),
                 QStringLiteral("2026-03-02"));
        QCOMPARE(json.value("receivedOn").toString(), QStringLiteral("2026-03-02"));
        QCOMPARE(json.value("correctedOn").toString(), QStringLiteral("2026-03-04"));
        QCOMPARE(json.value("extension").toObject().value("workingDays").toInt(), 15);
        QCOMPARE(json.value("extension").toObject().value("approvedBy").toString(), QStringLiteral("韦东"));
        QCOMPARE(json.value("consultations").toArray().size(), 2);
        QVERIFY(!json.value("consultations").toArray().at(1).toObject().contains("answeredOn"));
        QCOMPARE(json.value("status").toString(), QStringLiteral("answered"));
        const QJsonObject reply = json.value("reply").toObject();
        QCOMPARE(reply.value("type").toString(), QStringLiteral("partial"));
        QCOMPARE(reply.value("reasons").toArray().at(0).toString(), QStringLiteral("third_party_privacy"));
        QCOMPARE(reply.value("on").toString(), QStringLiteral("2026-04-02"));
        QCOMPARE(json.value("carriedFromYear").toInt(), 2025);
        const QJsonObject history = json.value("history").toArray().at(0).toObject();
        QCOMPARE(history.value("action").toString(), QStringLiteral("register"));
        QCOMPARE(history.value("to").toString(), QStringLiteral("registered"));
        QCOMPARE(history.value("byName").toString(), QStringLiteral("覃丽"));
        // An open request carries no reply at all.
        QVERIFY(!registered(QDate(2026, 3, 2)).toJson().contains("reply"));
    }

    void everyKeyOfTheEnumsReadsBack()
    {
        for (ApplicantType type : ApplicantTypes::all())
            QCOMPARE(ApplicantTypes::fromKey(ApplicantTypes::key(type)), type);
        QCOMPARE(ApplicantTypes::all().size(), 6);
        for (ReplyType type : ReplyTypes::all())
            QCOMPARE(ReplyTypes::fromKey(ReplyTypes::key(type)), type);
        for (ReplyReason reason : ReplyTypes::allReasons())
            QCOMPARE(ReplyTypes::reasonFromKey(ReplyTypes::reasonKey(reason)), reason);
        // The contract's sub-reasons, by type.
        QCOMPARE(ReplyTypes::reasonsOf(ReplyType::Refused).size(), 8);
        QCOMPARE(ReplyTypes::reasonsOf(ReplyType::Partial), ReplyTypes::reasonsOf(ReplyType::Refused));
        QCOMPARE(ReplyTypes::reasonsOf(ReplyType::Unavailable).size(), 3);
        QCOMPARE(ReplyTypes::reasonsOf(ReplyType::NotProcessed).size(), 5);
        QCOMPARE(ReplyTypes::reasonsOf(ReplyType::Other).size(), 3);
        QVERIFY(ReplyTypes::reasonsOf(ReplyType::Granted).isEmpty());
        QCOMPARE(ReplyTypes::article(ReplyType::Partial), QStringLiteral("第三十七条"));
        QCOMPARE(ApplicantTypes::name(ApplicantType::SocialWelfare), QStringLiteral("社会公益组织"));
        for (RequestChannel channel :
             {RequestChannel::InPerson, RequestChannel::Post, RequestChannel::PlainLetter,
              RequestChannel::Online, RequestChannel::Fax})
            QCOMPARE(DisclosureRequests::channelFromKey(DisclosureRequests::channelKey(channel)), channel);
    }

    void refusals()
    {
        const QJsonObject good = full().toJson();
        QVERIFY(DisclosureRequests::fromJson(good));
        const auto with = [&good](const QString &key, const QJsonValue &value) {
            QJsonObject json = good;
            json.insert(key, value);
            return json;
        };
        expectRefused(with("schema", 2), "schema");
        expectRefused(with("applicantType", "company"), "applicantType");
        expectRefused(with("applicantName", "  "), "applicantName");
        expectRefused(with("channel", "email"), "channel");
        expectRefused(with("content", ""), "content");
        expectRefused(with("serial", "12"), "serial");
        expectRefused(with("status", "closed"), "status");
        // The Art. 31 date of a posted request is the day it was signed for.
        expectRefused(with("receivedOn", "2026-03-03"), "receivedOn");
        expectRefused(with("receipt", QJsonObject{}), "receipt");
        expectRefused(with("correctedOn", "2026-03-01"), "correctedOn");

        QJsonObject extension = good.value("extension").toObject();
        extension.insert("workingDays", 21);
        expectRefused(with("extension", extension), "extension.workingDays");
        extension.insert("workingDays", 20);
        extension.insert("approvedBy", "");
        expectRefused(with("extension", extension), "extension.approvedBy");

        QJsonArray consultations = good.value("consultations").toArray();
        QJsonObject consultation = consultations.at(0).toObject();
        consultation.insert("answeredOn", "2026-03-08");
        consultations[0] = consultation;
        expectRefused(with("consultations", consultations), "consultations.answeredOn");

        QJsonObject reply = good.value("reply").toObject();
        reply.insert("reasons", QJsonArray{});
        expectRefused(with("reply", reply), "reply.reasons");
        reply.insert("reasons", QJsonArray{"not_held"}); // 无法提供's, not 部分公开's
        expectRefused(with("reply", reply), "reply.reasons");
        reply.insert("reasons", QJsonArray{"no_such"});
        expectRefused(with("reply", reply), "reply.reasons");
        reply.insert("reasons", QJsonArray{"state_secret"});
        reply.insert("on", "2026-03-01");
        expectRefused(with("reply", reply), "reply.on");
        reply.insert("type", "maybe");
        expectRefused(with("reply", reply), "reply.type");
        // Answered without a reply, open with one.
        QJsonObject open = with("status", "in_progress");
        expectRefused(open, "reply");
        open.remove("reply");
        QVERIFY(DisclosureRequests::fromJson(open));
        open.insert("status", "answered");
        expectRefused(open, "reply");
        // 予以公开 needs no reason.
        reply = QJsonObject{{"type", "granted"}, {"reasons", QJsonArray{}}, {"on", "2026-03-20"}};
        QVERIFY(DisclosureRequests::fromJson(with("reply", reply)));
    }
};

QTEST_GUILESS_MAIN(TestDisclosureRequest)
#include "tst_disclosurerequest.moc"
