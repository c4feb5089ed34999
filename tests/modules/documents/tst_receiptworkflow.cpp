// Tests ReceiptWorkflow: 签收 or 退回, then every allowed and forbidden step of 收文办理, 批办 by a
// leader only, and 传阅/催办 on open arrivals.
#include "DocumentsChinese.h"
#include "ReceiptWorkflow.h"

#include <QCoreApplication>
#include <QTest>

using namespace GovDesk::Documents;
using Action = WorkflowEntry::Action;

namespace {

const QDateTime At = QDateTime(QDate(2026, 2, 27), QTime(9, 12), Qt::UTC);
const Actor Clerk{
    .userId = QStringLiteral("chenjing"), .name = QStringLiteral("陈静"), .roles = {QStringLiteral("clerk")}};
const Actor Leader{.userId = QStringLiteral("huangqiang"),
                   .name = QStringLiteral("黄强"),
                   .roles = {QStringLiteral("leader"), QStringLiteral("reviewer"), QStringLiteral("signer")}};

QList<ReceiptStage> allStages()
{
    QList<ReceiptStage> stages;
    for (int stage = int(ReceiptStage::SigningFor); stage <= int(ReceiptStage::SentBack); ++stage)
        stages.append(ReceiptStage(stage));
    return stages;
}

bool isHandlingStep(ReceiptStage stage)
{
    return int(stage) >= int(ReceiptStage::Registering) && int(stage) <= int(ReceiptStage::Archiving);
}

} // namespace

class TestReceiptWorkflow : public QObject
{
    Q_OBJECT

    GovDesk::Test::DocumentsChineseTranslator m_chinese;

private Q_SLOTS:
    void initTestCase() { QCoreApplication::installTranslator(&m_chinese); }

    void anArrivalIsSignedForHandledAndArchived()
    {
        auto state = ReceiptWorkflow::signFor({}, Clerk, At);
        QVERIFY(state);
        QCOMPARE(state->stage, ReceiptStage::Registering);
        QCOMPARE(state->receivedAt, At); // the 回执
        QCOMPARE(state->receivedBy, QStringLiteral("陈静"));
        QCOMPARE(state->history.last().action, Action::SignFor);

        const QList<std::pair<Actor, QString>> steps{
            {Clerk, QString()},                                          // 登记
            {Clerk, QStringLiteral("拟请黄强局长阅示，由防火办承办。")}, // 拟办
            {Leader, QStringLiteral("同意，请防火办抓好落实。")},        // 批办
            {Clerk, QStringLiteral("已部署春季防火巡查。")},             // 承办
            {Clerk, QString()},                                          // 办结
            {Clerk, QString()}};                                         // 归档
        for (const auto &[actor, opinion] : steps) {
            const ReceiptStage before = state->stage;
            state = ReceiptWorkflow::complete(*state, actor, opinion, At);
            QVERIFY2(state, qPrintable(receiptStageName(before)));
            QCOMPARE(int(state->stage), int(before) + 1);
            QCOMPARE(state->history.last().opinion, opinion);
            QCOMPARE(state->history.last().name, actor.name);
        }
        QCOMPARE(state->stage, ReceiptStage::Archived);
        QVERIFY(state->isDone());
        QCOMPARE(state->history.size(), 7);
        QVERIFY(ReceiptWorkflow::available(*state, Leader).isEmpty());
    }

    void aMisaddressedArrivalIsSentBackWithAReason()
    {
        auto refused = ReceiptWorkflow::sendBack({}, Clerk, QString(), At);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QStringLiteral("退回理由")));
        auto sentBack = ReceiptWorkflow::sendBack({}, Clerk, QStringLiteral("误投，本单位非主送机关"), At);
        QVERIFY(sentBack);
        QCOMPARE(sentBack->stage, ReceiptStage::SentBack);
        QCOMPARE(sentBack->returnReason, QStringLiteral("误投，本单位非主送机关"));
        QVERIFY(sentBack->isDone());
        QVERIFY(!ReceiptWorkflow::signFor(*sentBack, Clerk, At));
        QVERIFY(!ReceiptWorkflow::complete(*sentBack, Clerk, QString(), At));
        QVERIFY(ReceiptWorkflow::available(*sentBack, Leader).isEmpty());
    }

    void everyTransitionIsAllowedOrForbidden()
    {
        for (ReceiptStage from : allStages()) {
            const ReceiptState state{.stage = from};
            const QString name = receiptStageName(from);
            QCOMPARE(bool(ReceiptWorkflow::signFor(state, Clerk, At)), from == ReceiptStage::SigningFor);
            QCOMPARE(bool(ReceiptWorkflow::sendBack(state, Clerk, QStringLiteral("误投"), At)),
                     from == ReceiptStage::SigningFor);
            auto completed = ReceiptWorkflow::complete(state, Leader, QStringLiteral("同意"), At);
            QVERIFY2(bool(completed) == isHandlingStep(from), qPrintable(name));
            if (completed)
                QCOMPARE(int(completed->stage), int(from) + 1);
            for (ReceiptStage target : allStages()) {
                const bool allowed
                    = isHandlingStep(from) && isHandlingStep(target) && int(target) < int(from);
                auto returned
                    = ReceiptWorkflow::returnTo(state, target, Clerk, QStringLiteral("需补充材料"), At);
                QVERIFY2(bool(returned) == allowed,
                         qPrintable(name + QStringLiteral(" → ") + receiptStageName(target)));
                if (allowed) {
                    QCOMPARE(returned->stage, target);
                    QCOMPARE(returned->history.last().reason, QStringLiteral("需补充材料"));
                }
            }
            QCOMPARE(bool(ReceiptWorkflow::circulate(state, Clerk, {QStringLiteral("黄强")}, At)),
                     isHandlingStep(from));
            QCOMPARE(bool(ReceiptWorkflow::urge(state, Clerk, QStringLiteral("请于3月1日前办结"), At)),
                     isHandlingStep(from));

            // available() offers exactly what succeeds.
            QList<ReceiptTransition> expected;
            if (from == ReceiptStage::SigningFor) {
                expected = {{Action::SignFor, from, ReceiptStage::Registering},
                            {Action::SendBack, from, ReceiptStage::SentBack}};
            } else if (isHandlingStep(from)) {
                expected.append({Action::Complete, from, ReceiptStage(int(from) + 1)});
                for (int earlier = int(from) - 1; earlier >= int(ReceiptStage::Registering); --earlier)
                    expected.append({Action::Return, from, ReceiptStage(earlier)});
                expected.append({Action::Circulate, from, from});
                expected.append({Action::Urge, from, from});
            }
            QCOMPARE(ReceiptWorkflow::available(state, Leader), expected);
        }
    }

    void onlyALeaderInstructs()
    {
        const ReceiptState atInstructing{.stage = ReceiptStage::Instructing};
        auto refused = ReceiptWorkflow::complete(atInstructing, Clerk, QStringLiteral("同意"), At);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("领导")),
                 qPrintable(refused.error().message));
        QVERIFY(refused.error().message.contains(QStringLiteral("批办")));
        for (const ReceiptTransition &transition : ReceiptWorkflow::available(atInstructing, Clerk))
            QVERIFY(transition.action != Action::Complete);
        QVERIFY(ReceiptWorkflow::complete(atInstructing, Leader, QStringLiteral("同意"), At));
    }

    void proposingAndInstructingNeedAnOpinion()
    {
        for (ReceiptStage stage : {ReceiptStage::Proposing, ReceiptStage::Instructing}) {
            auto refused = ReceiptWorkflow::complete({.stage = stage}, Leader, QStringLiteral(" "), At);
            QVERIFY(!refused);
            QVERIFY2(refused.error().message.contains(receiptStageName(stage) + QStringLiteral("意见")),
                     qPrintable(refused.error().message));
        }
        QVERIFY(ReceiptWorkflow::complete({.stage = ReceiptStage::Handling}, Clerk, QString(), At));
    }

    void circulatingAndUrgingKeepTheStep()
    {
        const ReceiptState handling{.stage = ReceiptStage::Handling};
        QVERIFY(!ReceiptWorkflow::circulate(handling, Clerk, {QStringLiteral(" ")}, At));
        auto circulated = ReceiptWorkflow::circulate(handling, Clerk,
                                                     {QStringLiteral("黄强"), QStringLiteral("刘洋")}, At);
        QVERIFY(circulated);
        QCOMPARE(circulated->stage, ReceiptStage::Handling);
        QCOMPARE(circulated->history.last().action, Action::Circulate);
        QCOMPARE(circulated->history.last().readers,
                 (QStringList{QStringLiteral("黄强"), QStringLiteral("刘洋")}));
        auto urged = ReceiptWorkflow::urge(*circulated, Leader, QStringLiteral("请于3月1日前办结"), At);
        QVERIFY(urged);
        QCOMPARE(urged->stage, ReceiptStage::Handling);
        QCOMPARE(urged->history.size(), 2);
        auto refused = ReceiptWorkflow::urge({}, Leader, QString(), At);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QStringLiteral("催办")));
    }

    void theStateTravelsInThePayload()
    {
        auto state = ReceiptWorkflow::signFor({}, Clerk, At);
        QVERIFY(state);
        state = ReceiptWorkflow::circulate(*state, Clerk, {QStringLiteral("黄强")}, At);
        QVERIFY(state);
        QJsonObject payload;
        state->writeTo(payload);
        QCOMPARE(payload.value(QStringLiteral("stage")).toString(), QStringLiteral("登记"));
        QCOMPARE(payload.value(QStringLiteral("receivedBy")).toString(), QStringLiteral("陈静"));
        QCOMPARE(ReceiptState::readFrom(payload), *state);
    }
};

QTEST_GUILESS_MAIN(TestReceiptWorkflow)
#include "tst_receiptworkflow.moc"
