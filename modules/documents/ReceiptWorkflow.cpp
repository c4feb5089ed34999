#include "ReceiptWorkflow.h"

#include <array>
#include <utility>

namespace GovDesk::Documents {

namespace {

using Action = WorkflowEntry::Action;

constexpr std::array<std::pair<ReceiptStage, const char *>, 9> Stages{{
    {ReceiptStage::SigningFor, "签收"},
    {ReceiptStage::Registering, "登记"},
    {ReceiptStage::Proposing, "拟办"},
    {ReceiptStage::Instructing, "批办"},
    {ReceiptStage::Handling, "承办"},
    {ReceiptStage::Concluding, "办结"},
    {ReceiptStage::Archiving, "归档"},
    {ReceiptStage::Archived, "已归档"},
    {ReceiptStage::SentBack, "已退回"},
}};

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

WorkflowEntry entry(Action action, ReceiptStage step, const Actor &actor, const QDateTime &at)
{
    return {.action = action,
            .step = receiptStageName(step),
            .userId = actor.userId,
            .name = actor.name,
            .at = at.toUTC()};
}

std::unexpected<Core::Error> refuse(const QString &message, const QString &detail)
{
    return Core::fail(Core::ErrorCode::InvalidArgument, message, detail);
}

} // namespace

QString receiptStageName(ReceiptStage stage)
{
    for (const auto &[value, name] : Stages) {
        if (value == stage)
            return QString::fromUtf8(name);
    }
    return {};
}

std::optional<ReceiptStage> receiptStageFromName(QStringView name)
{
    for (const auto &[value, text] : Stages) {
        if (name == QString::fromUtf8(text))
            return value;
    }
    return std::nullopt;
}

void ReceiptState::writeTo(QJsonObject &payload) const
{
    payload.insert(key("stage"), receiptStageName(stage));
    if (receivedAt.isValid())
        payload.insert(key("receivedAt"), receivedAt.toUTC().toString(Qt::ISODateWithMs));
    if (!receivedBy.isEmpty())
        payload.insert(key("receivedBy"), receivedBy);
    if (!returnReason.isEmpty())
        payload.insert(key("returnReason"), returnReason);
    payload.insert(key("history"), historyToJson(history));
}

ReceiptState ReceiptState::readFrom(const QJsonObject &payload)
{
    ReceiptState state;
    state.stage
        = receiptStageFromName(payload.value(key("stage")).toString()).value_or(ReceiptStage::SigningFor);
    state.receivedAt = QDateTime::fromString(payload.value(key("receivedAt")).toString(), Qt::ISODateWithMs);
    state.receivedBy = payload.value(key("receivedBy")).toString();
    state.returnReason = payload.value(key("returnReason")).toString();
    state.history = historyFromJson(payload.value(key("history")));
    return state;
}

QStringList ReceiptWorkflow::rolesToComplete(ReceiptStage step)
{
    return step == ReceiptStage::Instructing ? QStringList{QString::fromLatin1(LeaderRole)} : QStringList{};
}

QList<ReceiptTransition> ReceiptWorkflow::available(const ReceiptState &state, const Actor &actor)
{
    QList<ReceiptTransition> transitions;
    if (state.stage == ReceiptStage::SigningFor) {
        transitions.append({Action::SignFor, state.stage, ReceiptStage::Registering});
        transitions.append({Action::SendBack, state.stage, ReceiptStage::SentBack});
        return transitions;
    }
    if (!state.isOpen())
        return transitions;
    if (actor.holdsAnyOf(rolesToComplete(state.stage)))
        transitions.append({Action::Complete, state.stage, ReceiptStage(int(state.stage) + 1)});
    for (int earlier = int(state.stage) - 1; earlier >= int(ReceiptStage::Registering); --earlier)
        transitions.append({Action::Return, state.stage, ReceiptStage(earlier)});
    transitions.append({Action::Circulate, state.stage, state.stage});
    transitions.append({Action::Urge, state.stage, state.stage});
    return transitions;
}

Core::Result<ReceiptState> ReceiptWorkflow::signFor(const ReceiptState &state, const Actor &actor,
                                                    const QDateTime &at)
{
    if (state.stage != ReceiptStage::SigningFor)
        return refuse(tr("This document has already been signed for or sent back."),
                      QStringLiteral("sign for at %1").arg(receiptStageName(state.stage)));
    ReceiptState after = state;
    after.stage = ReceiptStage::Registering;
    after.receivedAt = at.toUTC();
    after.receivedBy = actor.name;
    WorkflowEntry signedFor = entry(Action::SignFor, state.stage, actor, at);
    signedFor.toStep = receiptStageName(after.stage);
    after.history.append(signedFor);
    return after;
}

Core::Result<ReceiptState> ReceiptWorkflow::sendBack(const ReceiptState &state, const Actor &actor,
                                                     const QString &reason, const QDateTime &at)
{
    if (state.stage != ReceiptStage::SigningFor)
        return refuse(tr("Only a document not yet signed for can be sent back to its sender."),
                      QStringLiteral("send back at %1").arg(receiptStageName(state.stage)));
    if (reason.trimmed().isEmpty())
        return refuse(tr("Give the reason for sending the document back, e.g. misaddressed."),
                      QStringLiteral("send back without reason"));
    ReceiptState after = state;
    after.stage = ReceiptStage::SentBack;
    after.returnReason = reason.trimmed();
    WorkflowEntry sentBack = entry(Action::SendBack, state.stage, actor, at);
    sentBack.toStep = receiptStageName(after.stage);
    sentBack.reason = after.returnReason;
    after.history.append(sentBack);
    return after;
}

Core::Result<ReceiptState> ReceiptWorkflow::complete(const ReceiptState &state, const Actor &actor,
                                                     const QString &opinion, const QDateTime &at)
{
    const QString step = receiptStageName(state.stage);
    if (state.stage == ReceiptStage::SigningFor)
        return refuse(tr("Sign for the document before handling it."),
                      QStringLiteral("complete before sign-for"));
    if (state.isDone())
        return refuse(tr("The handling of this document is finished (%1).").arg(step),
                      QStringLiteral("complete at %1").arg(step));
    if (!actor.holdsAnyOf(rolesToComplete(state.stage)))
        return refuse(tr("Only a leader may give the instruction (%1) on a received document.").arg(step),
                      QStringLiteral("complete %1 without role leader").arg(step));
    const bool needsOpinion
        = state.stage == ReceiptStage::Proposing || state.stage == ReceiptStage::Instructing;
    if (needsOpinion && opinion.trimmed().isEmpty())
        return refuse(tr("Write the opinion of the step %1.").arg(step),
                      QStringLiteral("complete %1 without opinion").arg(step));
    ReceiptState after = state;
    after.stage = ReceiptStage(int(state.stage) + 1);
    WorkflowEntry completed = entry(Action::Complete, state.stage, actor, at);
    completed.toStep = receiptStageName(after.stage);
    completed.opinion = opinion.trimmed();
    after.history.append(completed);
    return after;
}

Core::Result<ReceiptState> ReceiptWorkflow::returnTo(const ReceiptState &state, ReceiptStage target,
                                                     const Actor &actor, const QString &reason,
                                                     const QDateTime &at)
{
    const QString step = receiptStageName(state.stage);
    if (!state.isOpen() || int(target) >= int(state.stage) || int(target) < int(ReceiptStage::Registering))
        return refuse(
            tr("A received document at %1 cannot be returned to %2.").arg(step, receiptStageName(target)),
            QStringLiteral("return from %1 to %2").arg(step, receiptStageName(target)));
    if (reason.trimmed().isEmpty())
        return refuse(tr("Give the reason for returning the document to %1.").arg(receiptStageName(target)),
                      QStringLiteral("return without reason"));
    ReceiptState after = state;
    after.stage = target;
    WorkflowEntry returned = entry(Action::Return, state.stage, actor, at);
    returned.toStep = receiptStageName(target);
    returned.reason = reason.trimmed();
    after.history.append(returned);
    return after;
}

Core::Result<ReceiptState> ReceiptWorkflow::circulate(const ReceiptState &state, const Actor &actor,
                                                      const QStringList &readers, const QDateTime &at)
{
    if (!state.isOpen())
        return refuse(tr("Only a document signed for and not yet archived can be circulated."),
                      QStringLiteral("circulate at %1").arg(receiptStageName(state.stage)));
    QStringList names;
    for (const QString &reader : readers) {
        if (!reader.trimmed().isEmpty())
            names.append(reader.trimmed());
    }
    if (names.isEmpty())
        return refuse(tr("Name who is to read the document."), QStringLiteral("circulate to nobody"));
    ReceiptState after = state;
    WorkflowEntry circulated = entry(Action::Circulate, state.stage, actor, at);
    circulated.readers = names;
    after.history.append(circulated);
    return after;
}

Core::Result<ReceiptState> ReceiptWorkflow::urge(const ReceiptState &state, const Actor &actor,
                                                 const QString &opinion, const QDateTime &at)
{
    if (!state.isOpen())
        return refuse(tr("Only a document signed for and not yet archived can be urged."),
                      QStringLiteral("urge at %1").arg(receiptStageName(state.stage)));
    ReceiptState after = state;
    WorkflowEntry urged = entry(Action::Urge, state.stage, actor, at);
    urged.opinion = opinion.trimmed();
    after.history.append(urged);
    return after;
}

} // namespace GovDesk::Documents
