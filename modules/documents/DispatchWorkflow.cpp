#include "DispatchWorkflow.h"

#include <array>
#include <utility>

namespace GovDesk::Documents {

namespace {

constexpr std::array<std::pair<DispatchStage, const char *>, 8> Stages{{
    {DispatchStage::Drafting, "拟稿"},
    {DispatchStage::Reviewing, "核稿"},
    {DispatchStage::Signing, "签发"},
    {DispatchStage::Checking, "复核"},
    {DispatchStage::Registering, "登记"},
    {DispatchStage::Sealing, "用印"},
    {DispatchStage::Distributing, "分发"},
    {DispatchStage::Distributed, "已分发"},
}};

DispatchStage next(DispatchStage stage)
{
    return stage == DispatchStage::Distributed ? stage : DispatchStage(int(stage) + 1);
}

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

const QString SignedStatus = QStringLiteral("签发");

} // namespace

QString dispatchStageName(DispatchStage stage)
{
    for (const auto &[value, name] : Stages) {
        if (value == stage)
            return QString::fromUtf8(name);
    }
    return {};
}

std::optional<DispatchStage> dispatchStageFromName(QStringView name)
{
    for (const auto &[value, text] : Stages) {
        if (name == QString::fromUtf8(text))
            return value;
    }
    return std::nullopt;
}

void DispatchState::writeTo(QJsonObject &payload) const
{
    payload.insert(key("stage"), dispatchStageName(stage));
    if (signedOff)
        payload.insert(key("status"), SignedStatus);
    else
        payload.remove(key("status"));
    payload.insert(key("history"), historyToJson(history));
    if (revisions.revisions().isEmpty())
        payload.remove(key("revisions"));
    else
        payload.insert(key("revisions"), revisions.toJson());
}

DispatchState DispatchState::readFrom(const QJsonObject &payload)
{
    DispatchState state;
    state.stage
        = dispatchStageFromName(payload.value(key("stage")).toString()).value_or(DispatchStage::Drafting);
    state.signedOff = payload.value(key("status")).toString() == SignedStatus;
    state.history = historyFromJson(payload.value(key("history")));
    state.revisions = BodyRevisions::fromJson(payload.value(key("revisions")).toArray());
    return state;
}

QStringList DispatchWorkflow::rolesToComplete(DispatchStage step)
{
    return step == DispatchStage::Signing ? QStringList{QString::fromLatin1(SignerRole)} : QStringList{};
}

Checkpoint DispatchWorkflow::checkpointOf(DispatchStage step)
{
    switch (step) {
    case DispatchStage::Drafting:
    case DispatchStage::Reviewing:
        return Checkpoint::Draft;
    case DispatchStage::Signing:
    case DispatchStage::Checking:
        return Checkpoint::Signing;
    case DispatchStage::Registering:
        return Checkpoint::Registration;
    case DispatchStage::Sealing:
        return Checkpoint::Sealing;
    case DispatchStage::Distributing:
    case DispatchStage::Distributed:
        return Checkpoint::Sending;
    }
    return Checkpoint::Sending;
}

QList<DispatchTransition> DispatchWorkflow::available(const DispatchState &state, const Actor &actor)
{
    QList<DispatchTransition> transitions;
    if (state.isDone())
        return transitions;
    if (actor.holdsAnyOf(rolesToComplete(state.stage)))
        transitions.append({WorkflowEntry::Action::Complete, state.stage, next(state.stage)});
    for (int earlier = int(state.stage) - 1; earlier >= 0; --earlier)
        transitions.append({WorkflowEntry::Action::Return, state.stage, DispatchStage(earlier)});
    return transitions;
}

Core::Result<DispatchState> DispatchWorkflow::complete(const DispatchState &state,
                                                       const OfficialDocument &document, const Actor &actor,
                                                       const QString &opinion, const QDateTime &at)
{
    const QString step = dispatchStageName(state.stage);
    if (state.isDone())
        return Core::fail(Core::ErrorCode::InvalidArgument, tr("The document has already been distributed."),
                          QStringLiteral("complete after distribution"));
    if (!actor.holdsAnyOf(rolesToComplete(state.stage))) {
        return Core::fail(
            Core::ErrorCode::InvalidArgument,
            tr("Only a signatory may sign a document: %1 does not hold the signing role.").arg(actor.name),
            QStringLiteral("complete %1 without role %2")
                .arg(step, rolesToComplete(state.stage).join(QLatin1Char(','))));
    }
    if (auto checked = DocumentValidator::check(document, checkpointOf(state.stage)); !checked) {
        return Core::fail(Core::ErrorCode::InvalidArgument,
                          tr("The document cannot pass %1:\n%2").arg(step, checked.error().message),
                          checked.error().detail);
    }
    // 留痕 must be settled before the signed text is registered and frozen.
    if (state.stage == DispatchStage::Checking && state.revisions.hasPending())
        return Core::fail(Core::ErrorCode::InvalidArgument,
                          tr("The tracked changes of the body must be accepted or rejected before %1.").arg(step),
                          QStringLiteral("complete %1 with pending revisions").arg(step));
    DispatchState after = state;
    after.stage = next(state.stage);
    if (state.stage == DispatchStage::Signing)
        after.signedOff = true;
    // The 正文 leaving 拟稿 is what later changes are marked against.
    if (state.stage == DispatchStage::Drafting && state.revisions.revisions().isEmpty())
        after.revisions.setBaseline(actor.userId, actor.name, step, at.toUTC(), document.body);
    after.history.append({.action = WorkflowEntry::Action::Complete,
                          .step = step,
                          .toStep = dispatchStageName(after.stage),
                          .userId = actor.userId,
                          .name = actor.name,
                          .at = at.toUTC(),
                          .opinion = opinion.trimmed()});
    return after;
}

Core::Result<DispatchState> DispatchWorkflow::returnTo(const DispatchState &state, DispatchStage target,
                                                       const Actor &actor, const QString &reason,
                                                       const QDateTime &at)
{
    const QString step = dispatchStageName(state.stage);
    if (state.isDone())
        return Core::fail(Core::ErrorCode::InvalidArgument,
                          tr("A distributed document cannot be returned to an earlier step."),
                          QStringLiteral("return after distribution"));
    if (int(target) >= int(state.stage)) {
        return Core::fail(Core::ErrorCode::InvalidArgument,
                          tr("A document can only be returned to an earlier step: it is at %1, not past %2.")
                              .arg(step, dispatchStageName(target)),
                          QStringLiteral("return from %1 to %2").arg(step, dispatchStageName(target)));
    }
    if (reason.trimmed().isEmpty())
        return Core::fail(
            Core::ErrorCode::InvalidArgument,
            tr("Give the reason for returning the document to %1.").arg(dispatchStageName(target)),
            QStringLiteral("return without reason"));
    DispatchState after = state;
    after.stage = target;
    after.history.append({.action = WorkflowEntry::Action::Return,
                          .step = step,
                          .toStep = dispatchStageName(target),
                          .userId = actor.userId,
                          .name = actor.name,
                          .at = at.toUTC(),
                          .reason = reason.trimmed()});
    return after;
}

} // namespace GovDesk::Documents
