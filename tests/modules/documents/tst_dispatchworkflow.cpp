// Tests DispatchWorkflow: every allowed and every forbidden transition of 发文办理, the signing
// role, the checkpoints on the way, and the history each step leaves.
#include "DispatchWorkflow.h"
#include "DocumentSamples.h"
#include "DocumentsChinese.h"

#include <QCoreApplication>
#include <QTest>

using namespace GovDesk::Documents;
using GovDesk::Test::fireNotice;

namespace {

const QDateTime At = QDateTime(QDate(2026, 2, 27), QTime(9, 30), Qt::UTC);

// As the demo server's accounts (server/DemoData.cpp).
const Actor Clerk{
    .userId = QStringLiteral("wangfang"), .name = QStringLiteral("王芳"), .roles = {QStringLiteral("clerk")}};
const Actor Signer{.userId = QStringLiteral("zhangwei"),
                   .name = QStringLiteral("张伟"),
                   .roles = {QStringLiteral("leader"), QStringLiteral("reviewer"), QStringLiteral("signer")}};

QList<DispatchStage> allStages()
{
    QList<DispatchStage> stages;
    for (int stage = int(DispatchStage::Drafting); stage <= int(DispatchStage::Distributed); ++stage)
        stages.append(DispatchStage(stage));
    return stages;
}

} // namespace

class TestDispatchWorkflow : public QObject
{
    Q_OBJECT

    GovDesk::Test::DocumentsChineseTranslator m_chinese;

private Q_SLOTS:
    void initTestCase() { QCoreApplication::installTranslator(&m_chinese); }

    void aNoticeGoesFromDraftToDistributionWithItsHistory()
    {
        const OfficialDocument document = fireNotice();
        DispatchState state;
        const QList<std::pair<Actor, QString>> steps{{Clerk, QStringLiteral("请审核")},
                                                     {Signer, QStringLiteral("文字已核")},
                                                     {Signer, QStringLiteral("同意印发")},
                                                     {Clerk, QStringLiteral("已复核")},
                                                     {Clerk, QString()},
                                                     {Clerk, QString()},
                                                     {Clerk, QStringLiteral("已分发至主送、抄送单位")}};
        for (const auto &[actor, opinion] : steps) {
            const DispatchStage before = state.stage;
            auto after = DispatchWorkflow::complete(state, document, actor, opinion, At);
            QVERIFY2(after, qPrintable(after ? QString() : after.error().message));
            QCOMPARE(int(after->stage), int(before) + 1);
            const WorkflowEntry &last = after->history.last();
            QCOMPARE(last.action, WorkflowEntry::Action::Complete);
            QCOMPARE(last.step, dispatchStageName(before));
            QCOMPARE(last.toStep, dispatchStageName(after->stage));
            QCOMPARE(last.name, actor.name);
            QCOMPARE(last.userId, actor.userId);
            QCOMPARE(last.at, At);
            QCOMPARE(last.opinion, opinion);
            state = *after;
        }
        QVERIFY(state.isDone());
        QVERIFY(state.signedOff);
        QCOMPARE(state.history.size(), 7);
        QCOMPARE(state.history.at(2).name, QStringLiteral("张伟")); // who signed
        QVERIFY(DispatchWorkflow::available(state, Signer).isEmpty());
    }

    void everyTransitionIsAllowedOrForbidden()
    {
        const OfficialDocument document = fireNotice();
        for (DispatchStage from : allStages()) {
            const DispatchState state{.stage = from};
            // Completing moves exactly one step on, until distributed.
            auto completed = DispatchWorkflow::complete(state, document, Signer, QString(), At);
            if (from == DispatchStage::Distributed) {
                QVERIFY(!completed);
                QCOMPARE(completed.error().message, QStringLiteral("公文已分发。"));
            } else {
                QVERIFY2(completed, qPrintable(dispatchStageName(from)));
                QCOMPARE(int(completed->stage), int(from) + 1);
            }
            // Returning goes to any earlier step and nowhere else.
            QList<DispatchTransition> expected;
            if (from != DispatchStage::Distributed)
                expected.append({WorkflowEntry::Action::Complete, from, DispatchStage(int(from) + 1)});
            for (DispatchStage target : allStages()) {
                auto returned
                    = DispatchWorkflow::returnTo(state, target, Clerk, QStringLiteral("文字需修改"), At);
                const bool allowed = int(target) < int(from) && from != DispatchStage::Distributed;
                QVERIFY2(bool(returned) == allowed, qPrintable(dispatchStageName(from) + QStringLiteral(" → ")
                                                               + dispatchStageName(target)));
                if (allowed) {
                    QCOMPARE(returned->stage, target);
                    QCOMPARE(returned->history.last().action, WorkflowEntry::Action::Return);
                    QCOMPARE(returned->history.last().reason, QStringLiteral("文字需修改"));
                    QCOMPARE(returned->history.last().toStep, dispatchStageName(target));
                }
            }
            for (int earlier = int(from) - 1; earlier >= 0 && from != DispatchStage::Distributed; --earlier)
                expected.append({WorkflowEntry::Action::Return, from, DispatchStage(earlier)});
            QCOMPARE(DispatchWorkflow::available(state, Signer), expected);
        }
    }

    void onlyASignerSigns()
    {
        const DispatchState atSigning{.stage = DispatchStage::Signing};
        auto refused = DispatchWorkflow::complete(atSigning, fireNotice(), Clerk, QStringLiteral("同意"), At);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("签发人")),
                 qPrintable(refused.error().message));
        QVERIFY(refused.error().message.contains(QStringLiteral("王芳")));
        // The clerk is offered only the returns at 签发.
        for (const DispatchTransition &transition : DispatchWorkflow::available(atSigning, Clerk))
            QCOMPARE(transition.action, WorkflowEntry::Action::Return);

        auto signedOff
            = DispatchWorkflow::complete(atSigning, fireNotice(), Signer, QStringLiteral("同意"), At);
        QVERIFY(signedOff);
        QVERIFY(signedOff->signedOff);
        QCOMPARE(signedOff->stage, DispatchStage::Checking);

        // Before the first sign-in and in the demo, every step is offered; the server decides.
        Actor unsignedIn = Clerk;
        unsignedIn.unrestricted = true;
        QVERIFY(DispatchWorkflow::complete(atSigning, fireNotice(), unsignedIn, QString(), At));
        // Other steps need no role.
        QVERIFY(DispatchWorkflow::complete({.stage = DispatchStage::Checking}, fireNotice(), Clerk, QString(),
                                           At));
    }

    void eachStepChecksTheDocument()
    {
        // 签发 needs 成文日期 …
        OfficialDocument undated = fireNotice();
        undated.issuedOn = QDate();
        undated.printedOn = QDate();
        QVERIFY(
            DispatchWorkflow::complete({.stage = DispatchStage::Reviewing}, undated, Clerk, QString(), At));
        auto refused
            = DispatchWorkflow::complete({.stage = DispatchStage::Signing}, undated, Signer, QString(), At);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("成文日期")),
                 qPrintable(refused.error().message));
        QVERIFY(refused.error().message.contains(QStringLiteral("签发")));

        // … and 分发 refuses a classified document, whoever asks.
        OfficialDocument secret = fireNotice();
        secret.classification = SecurityLevel::Confidential;
        secret.copyNumber = QStringLiteral("000003");
        QVERIFY(DispatchWorkflow::complete({.stage = DispatchStage::Sealing}, secret, Clerk, QString(), At));
        refused = DispatchWorkflow::complete({.stage = DispatchStage::Distributing}, secret, Signer,
                                             QString(), At);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("涉密公文不得在非涉密网络传输")),
                 qPrintable(refused.error().message));
    }

    void aReturnNeedsAReason()
    {
        const DispatchState atChecking{.stage = DispatchStage::Checking, .signedOff = true};
        auto refused = DispatchWorkflow::returnTo(atChecking, DispatchStage::Drafting, Clerk,
                                                  QStringLiteral("  "), At);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("拟稿")),
                 qPrintable(refused.error().message));
        // Returned after signing: the document is signed again on its way, the mark stays.
        auto returned = DispatchWorkflow::returnTo(atChecking, DispatchStage::Drafting, Clerk,
                                                   QStringLiteral("附件有误"), At);
        QVERIFY(returned);
        QVERIFY(returned->signedOff);
        QCOMPARE(DispatchWorkflow::available(*returned, Clerk).first().to, DispatchStage::Reviewing);
    }

    void theStateTravelsInThePayload()
    {
        auto state = DispatchWorkflow::complete({}, fireNotice(), Clerk, QStringLiteral("请审核"), At);
        QVERIFY(state);
        state = DispatchWorkflow::complete(*state, fireNotice(), Signer, QString(), At);
        state = DispatchWorkflow::complete(*state, fireNotice(), Signer, QStringLiteral("同意"), At);
        QVERIFY(state);
        QJsonObject payload = fireNotice().toPayload();
        state->writeTo(payload);
        QCOMPARE(payload.value(QStringLiteral("stage")).toString(), QStringLiteral("复核"));
        // The value the server's action rule guards (status=签发, role signer).
        QCOMPARE(payload.value(QStringLiteral("status")).toString(), QStringLiteral("签发"));
        QCOMPARE(DispatchState::readFrom(payload), *state);
        QCOMPARE(OfficialDocument::fromPayload(payload), fireNotice());

        QJsonObject draft;
        DispatchState().writeTo(draft);
        QVERIFY(!draft.contains(QStringLiteral("status")));
        QCOMPARE(DispatchState::readFrom(QJsonObject()).stage, DispatchStage::Drafting);
    }
};

QTEST_GUILESS_MAIN(TestDispatchWorkflow)
#include "tst_dispatchworkflow.moc"
