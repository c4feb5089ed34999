// Tests the 告知书's wording: dates in Chinese form (十, 十一, 二十, 三十一, 〇 in years), each reply
// type's legal wording with its article (部分公开 cites 第三十七条), the remedies sentence, and the
// refusals (an open request, no review body).
#include "ReplyNotice.h"
#include "RequestSamples.h"

#include <QTest>

using namespace GovDesk::Disclosure;
using namespace GovDesk::Test;

class TestReplyNotice : public QObject
{
    Q_OBJECT

    static DisclosureRequest answeredWith(RequestReply reply)
    {
        auto request = RequestWorkflow::reply(registered(QDate(2026, 3, 2)), std::move(reply), clerk(),
                                              at(QDate(2026, 3, 20)));
        if (!request)
            qFatal("%s", qPrintable(request.error().message));
        return *request;
    }

private Q_SLOTS:
    void chineseDates()
    {
        QCOMPARE(ReplyNotice::chineseDate(QDate(2026, 3, 20)), QStringLiteral("二〇二六年三月二十日"));
        QCOMPARE(ReplyNotice::chineseDate(QDate(2026, 10, 1)), QStringLiteral("二〇二六年十月一日"));
        QCOMPARE(ReplyNotice::chineseDate(QDate(2030, 12, 31)), QStringLiteral("二〇三〇年十二月三十一日"));
        QCOMPARE(ReplyNotice::chineseDate(QDate(2027, 11, 10)), QStringLiteral("二〇二七年十一月十日"));
        QCOMPARE(ReplyNotice::chineseDate(QDate(2026, 1, 15)), QStringLiteral("二〇二六年一月十五日"));
    }

    void partialNotice()
    {
        const DisclosureRequest request = answeredWith({.type = ReplyType::Partial,
                                                        .reasons = {ReplyReason::ThirdPartyPrivacy},
                                                        .on = QDate(2026, 3, 20),
                                                        .text = QStringLiteral("可以公开的部分见附件。")});
        const auto notice = ReplyNotice::compose(
            request, {QStringLiteral("柳州市自然资源局"), QStringLiteral("柳州市人民政府")});
        QVERIFY(notice);
        QCOMPARE(notice->title, QStringLiteral("政府信息公开申请答复告知书"));
        QCOMPARE(notice->serialLine, QStringLiteral("登记号：2026-0001"));
        QCOMPARE(notice->addressee, QStringLiteral("王某："));
        QCOMPARE(notice->dateLine, QStringLiteral("二〇二六年三月二十日"));
        QCOMPARE(notice->organisation, QStringLiteral("柳州市自然资源局"));
        const QString text = notice->paragraphs.join('\n');
        QVERIFY(text.contains(QStringLiteral("二〇二六年三月二日收到")));
        QVERIFY(text.contains(QStringLiteral("某地块国有土地使用权出让的批准文件")));
        QVERIFY(text.contains(QStringLiteral("第三十七条")));
        QVERIFY(text.contains(QStringLiteral("保护第三方合法权益")));
        QVERIFY(text.contains(QStringLiteral("第十五条")));
        QVERIFY(text.contains(QStringLiteral("可以公开的部分见附件。")));
        QCOMPARE(
            notice->paragraphs.last(),
            QStringLiteral("如对本答复不服，可以在收到本告知书之日起六十日内向柳州市人民政府申请行政复议，"
                           "或者在六个月内向人民法院提起行政诉讼。"));
    }

    void everyTypeCitesItsArticle()
    {
        const QList<QPair<RequestReply, QStringList>> cases{
            {{.type = ReplyType::Granted}, {"予以公开", "第三十六条第（二）项"}},
            {{.type = ReplyType::Refused, .reasons = {ReplyReason::StateSecret}},
             {"不予公开", "属于国家秘密", "第十四条", "第三十六条第（三）项"}},
            {{.type = ReplyType::Unavailable, .reasons = {ReplyReason::NeedsCreation}},
             {"无法提供", "没有现成信息需要另行制作", "第三十八条"}},
            {{.type = ReplyType::NotProcessed, .reasons = {ReplyReason::PetitionComplaint}},
             {"不予处理", "信访举报投诉类申请", "第三十九条第一款"}},
            {{.type = ReplyType::Other, .reasons = {ReplyReason::OverdueCorrection}},
             {"不再处理", "第三十条"}},
        };
        for (const auto &[reply, wanted] : cases) {
            const QString wording = ReplyNotice::legalWording(reply);
            QVERIFY(wording.contains(QStringLiteral("《中华人民共和国政府信息公开条例》")));
            for (const QString &part : wanted)
                QVERIFY2(wording.contains(part), qPrintable(wording + " / " + part));
        }
    }

    void refusals()
    {
        const NoticeIssuer issuer{QStringLiteral("某局"), QStringLiteral("某市人民政府")};
        QVERIFY(!ReplyNotice::compose(registered(QDate(2026, 3, 2)), issuer));
        const DisclosureRequest request
            = answeredWith({.type = ReplyType::Granted, .on = QDate(2026, 3, 20)});
        QVERIFY(ReplyNotice::compose(request, issuer));
        QVERIFY(!ReplyNotice::compose(request, {QStringLiteral("某局"), QString()}));
        QVERIFY(!ReplyNotice::compose(request, {QString(), QStringLiteral("某市人民政府")}));
    }
};

QTEST_GUILESS_MAIN(TestReplyNotice)
#include "tst_replynotice.moc"
