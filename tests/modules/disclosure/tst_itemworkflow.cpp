// Tests ItemWorkflow: every step of a 主动公开 item's review with its roles and history, returns
// with reasons, 撤回 and 更新 after publication, and 保密审查 refusing 密级 and personal data with
// the places it found.
#include "DisclosureSamples.h"
#include "ItemWorkflow.h"

#include <QTest>

using namespace GovDesk::Disclosure;
using GovDesk::Test::editor;
using GovDesk::Test::leader;
using GovDesk::Test::planDraft;
using GovDesk::Test::secrecyReviewer;

namespace {

const QDateTime At(QDate(2026, 3, 5), QTime(4, 0), Qt::UTC); // noon in 柳州

DisclosureItem atStep(ItemStatus status)
{
    DisclosureItem item = ItemWorkflow::created(planDraft(), editor(), At);
    if (status == ItemStatus::Draft)
        return item;
    item = *ItemWorkflow::submit(item, editor(), {}, At);
    if (status == ItemStatus::SecrecyReview)
        return item;
    item = *ItemWorkflow::approve(item, secrecyReviewer(), {}, At);
    if (status == ItemStatus::LeaderReview)
        return item;
    item = *ItemWorkflow::publish(item, leader(), {}, At);
    if (status == ItemStatus::Published)
        return item;
    return *ItemWorkflow::withdraw(item, leader(), QStringLiteral("政策已废止"), At);
}

} // namespace

class TestItemWorkflow : public QObject
{
    Q_OBJECT

private slots:
    void walksThroughEveryStepWithHistory()
    {
        DisclosureItem item = ItemWorkflow::created(planDraft(), editor(), At);
        QCOMPARE(item.status, ItemStatus::Draft);
        QCOMPARE(item.history.size(), 1);
        QCOMPARE(item.history.at(0).action, ItemAction::Create);

        auto submitted = ItemWorkflow::submit(item, editor(), QStringLiteral("请审查"), At);
        GD_VERIFY(submitted);
        QCOMPARE(submitted->status, ItemStatus::SecrecyReview);
        const ItemHistoryEntry &line = submitted->history.constLast();
        QCOMPARE(line.action, ItemAction::Submit);
        QCOMPARE(line.from, ItemStatus::Draft);
        QCOMPARE(line.to, ItemStatus::SecrecyReview);
        QCOMPARE(line.by, QStringLiteral("u-zhang"));
        QCOMPARE(line.byName, QStringLiteral("张三"));
        QCOMPARE(line.at, At);
        QCOMPARE(line.opinion, QStringLiteral("请审查"));

        auto approved
            = ItemWorkflow::approve(*submitted, secrecyReviewer(), QStringLiteral("经审查可以公开"), At);
        GD_VERIFY(approved);
        QCOMPARE(approved->status, ItemStatus::LeaderReview);
        QCOMPARE(approved->history.constLast().byName, QStringLiteral("李四"));

        auto published = ItemWorkflow::publish(*approved, leader(), QStringLiteral("同意发布"), At);
        GD_VERIFY(published);
        QCOMPARE(published->status, ItemStatus::Published);
        QCOMPARE(published->publishedOn, QDate(2026, 3, 5));
        QCOMPARE(published->history.size(), 4);
        QVERIFY(published->isPublic());
        // The payload of a published item is valid by the contract.
        GD_VERIFY(DisclosureItem::fromPayload(published->toPayload()));
    }

    void eachStepNeedsItsRole()
    {
        const DisclosureItem draft = atStep(ItemStatus::Draft);
        QVERIFY(!ItemWorkflow::submit(draft, leader(), {}, At));
        const DisclosureItem secrecy = atStep(ItemStatus::SecrecyReview);
        auto refused = ItemWorkflow::approve(secrecy, editor(), {}, At);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, GovDesk::Core::ErrorCode::InvalidArgument);
        const DisclosureItem leaderReview = atStep(ItemStatus::LeaderReview);
        QVERIFY(!ItemWorkflow::publish(leaderReview, secrecyReviewer(), {}, At));
        QVERIFY(!ItemWorkflow::returnTo(leaderReview, ItemStatus::Draft, editor(), QStringLiteral("x"), At));
        const DisclosureItem published = atStep(ItemStatus::Published);
        QVERIFY(!ItemWorkflow::withdraw(published, editor(), QStringLiteral("x"), At));
        QVERIFY(!ItemWorkflow::update(published, secrecyReviewer(), QDate(2026, 4, 1), {}, At));

        // Without an account or in the demo every step is offered.
        GovDesk::Disclosure::ItemActor anyone{
            .userId = QStringLiteral("demo"), .name = QStringLiteral("演示"), .unrestricted = true};
        GD_VERIFY(ItemWorkflow::approve(secrecy, anyone, {}, At));
        QCOMPARE(ItemWorkflow::available(secrecy, anyone),
                 (QList<ItemAction>{ItemAction::Approve, ItemAction::Return}));
        QCOMPARE(ItemWorkflow::available(secrecy, editor()), QList<ItemAction>{});
        QCOMPARE(ItemWorkflow::available(draft, editor()), QList<ItemAction>{ItemAction::Submit});
        QCOMPARE(ItemWorkflow::available(published, leader()),
                 (QList<ItemAction>{ItemAction::Update, ItemAction::Withdraw}));
        QCOMPARE(ItemWorkflow::available(atStep(ItemStatus::Withdrawn), anyone), QList<ItemAction>{});
    }

    void actionsBelongToTheirStep()
    {
        QVERIFY(!ItemWorkflow::approve(atStep(ItemStatus::Draft), secrecyReviewer(), {}, At));
        QVERIFY(!ItemWorkflow::publish(atStep(ItemStatus::SecrecyReview), leader(), {}, At));
        QVERIFY(!ItemWorkflow::submit(atStep(ItemStatus::Published), editor(), {}, At));
        QVERIFY(!ItemWorkflow::withdraw(atStep(ItemStatus::LeaderReview), leader(), QStringLiteral("x"), At));
        QVERIFY(!ItemWorkflow::update(atStep(ItemStatus::Withdrawn), leader(), QDate(2026, 4, 1), {}, At));
    }

    void anIncompleteDraftIsNotSubmitted()
    {
        DisclosureItem item = atStep(ItemStatus::Draft);
        item.publisher.clear();
        auto refused = ItemWorkflow::submit(item, editor(), {}, At);
        QVERIFY(!refused);
        QCOMPARE(refused.error().detail, QStringLiteral("publisher"));
    }

    void returnsNeedAReasonAndAnEarlierStep()
    {
        const DisclosureItem leaderReview = atStep(ItemStatus::LeaderReview);
        QVERIFY(!ItemWorkflow::returnTo(leaderReview, ItemStatus::SecrecyReview, leader(),
                                        QStringLiteral("  "), At));
        QVERIFY(
            !ItemWorkflow::returnTo(leaderReview, ItemStatus::Published, leader(), QStringLiteral("x"), At));
        auto back = ItemWorkflow::returnTo(leaderReview, ItemStatus::SecrecyReview, leader(),
                                           QStringLiteral("请再核对附件"), At);
        GD_VERIFY(back);
        QCOMPARE(back->status, ItemStatus::SecrecyReview);
        QCOMPARE(back->history.constLast().action, ItemAction::Return);
        QCOMPARE(back->history.constLast().opinion, QStringLiteral("请再核对附件"));

        auto toDraft = ItemWorkflow::returnTo(atStep(ItemStatus::SecrecyReview), ItemStatus::Draft,
                                              secrecyReviewer(), QStringLiteral("含个人信息"), At);
        GD_VERIFY(toDraft);
        QCOMPARE(toDraft->status, ItemStatus::Draft);
        QCOMPARE(ItemWorkflow::returnTargets(ItemStatus::Draft), QList<ItemStatus>{});
    }

    void secrecyReviewRefusesAClassifiedItem()
    {
        DisclosureItem item = atStep(ItemStatus::SecrecyReview);
        item.classification = QStringLiteral("机密");
        const QList<SecrecyFinding> findings = ItemWorkflow::secrecyFindings(item, At.date());
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.at(0).field, QStringLiteral("classification"));
        QCOMPARE(findings.at(0).masked, QStringLiteral("机密"));
        auto refused = ItemWorkflow::approve(item, secrecyReviewer(), {}, At);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QStringLiteral("机密")));
        // Nor may a leader publish it, should it get that far.
        DisclosureItem atLeader = atStep(ItemStatus::LeaderReview);
        atLeader.classification = QStringLiteral("秘密");
        QVERIFY(!ItemWorkflow::publish(atLeader, leader(), {}, At));
    }

    void secrecyReviewListsThePersonalDataPlaces()
    {
        DisclosureItem item = atStep(ItemStatus::SecrecyReview);
        item.title = QStringLiteral("关于13800138000反映问题的答复");
        item.keywords = {QStringLiteral("答复"), QStringLiteral("11010519491231002X")};
        item.body = QStringLiteral("一、基本情况\n申请人张某某，身份证号码11010519491231002X。");
        const QList<SecrecyFinding> findings = ItemWorkflow::secrecyFindings(item, At.date());
        QCOMPARE(findings.size(), 3);
        QCOMPARE(findings.at(0).field, QStringLiteral("title"));
        QCOMPARE(findings.at(0).line, 1);
        QCOMPARE(findings.at(0).column, 3);
        QCOMPARE(findings.at(0).masked, QStringLiteral("138****8000"));
        QCOMPARE(findings.at(1).field, QStringLiteral("keywords"));
        QCOMPARE(findings.at(1).line, 2); // the second keyword
        QCOMPARE(findings.at(1).column, 1);
        QCOMPARE(findings.at(2).field, QStringLiteral("body"));
        QCOMPARE(findings.at(2).line, 2);
        QCOMPARE(findings.at(2).column, 13);
        QCOMPARE(findings.at(2).masked, QStringLiteral("110105********002X"));

        auto refused = ItemWorkflow::approve(item, secrecyReviewer(), {}, At);
        QVERIFY(!refused);
        for (const SecrecyFinding &finding : findings)
            QVERIFY2(refused.error().message.contains(finding.describe()),
                     qPrintable(refused.error().message));
        QVERIFY(!refused.error().message.contains(QStringLiteral("11010519491231002X"))); // masked only
    }

    void withdrawalIsFinal()
    {
        auto withdrawn = ItemWorkflow::withdraw(atStep(ItemStatus::Published), leader(),
                                                QStringLiteral("政策已废止"), At);
        GD_VERIFY(withdrawn);
        QCOMPARE(withdrawn->status, ItemStatus::Withdrawn);
        QVERIFY(!withdrawn->isPublic());
        QCOMPARE(withdrawn->withdrawal->reason, QStringLiteral("政策已废止"));
        QCOMPARE(withdrawn->withdrawal->on, QDate(2026, 3, 5));
        QVERIFY(!ItemWorkflow::withdraw(atStep(ItemStatus::Published), leader(), QString(), At));
        GD_VERIFY(DisclosureItem::fromPayload(withdrawn->toPayload()));
    }

    void anUpdateReopensTheDraftWithANewDate()
    {
        const DisclosureItem published = atStep(ItemStatus::Published);
        QVERIFY(
            !ItemWorkflow::update(published, leader(), QDate(2026, 3, 1), {}, At)); // before the last change
        auto updated
            = ItemWorkflow::update(published, leader(), QDate(2026, 4, 1), QStringLiteral("更新附件"), At);
        GD_VERIFY(updated);
        QCOMPARE(updated->status, ItemStatus::Draft);
        QCOMPARE(updated->changedOn, QDate(2026, 4, 1));
        QVERIFY(!updated->publishedOn);
        QVERIFY(!updated->isPublic());
        QCOMPARE(updated->history.constLast().action, ItemAction::Update);
        QCOMPARE(updated->history.constLast().from, ItemStatus::Published);
    }
};

QTEST_MAIN(TestItemWorkflow)
#include "tst_itemworkflow.moc"
