// DispatchWorkflow: 发文办理 — 拟稿 → 核稿 → 签发 → 复核 → 登记 → 用印 → 分发, with returns and history.
#pragma once

#include "BodyRevisions.h"
#include "DocumentValidator.h"
#include "OfficialDocument.h"
#include "Result.h"
#include "WorkflowEntry.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <optional>

namespace GovDesk::Documents {

// The step a document is at, i.e. the one waiting to be done. Stored by Chinese name.
enum class DispatchStage {
    Drafting,     // 拟稿
    Reviewing,    // 核稿
    Signing,      // 签发
    Checking,     // 复核
    Registering,  // 登记 (编号)
    Sealing,      // 用印
    Distributing, // 分发
    Distributed,  // 已分发: done
};

[[nodiscard]] QString dispatchStageName(DispatchStage stage);
[[nodiscard]] std::optional<DispatchStage> dispatchStageFromName(QStringView name);

// The workflow's part of a documents.document record, beside the elements.
//
// | key     | meaning                                                                     |
// |---------|-----------------------------------------------------------------------------|
// | stage   | the DispatchStage by name: "拟稿" … "分发", "已分发"                        |
// | status  | "签发" from the first signature on, never taken away (see signedOff)        |
// | history | [WorkflowEntry], oldest first                                               |
struct DispatchState
{
    DispatchStage stage = DispatchStage::Drafting;
    // Why a field apart from `stage`: the server guards signing with an action rule on the
    // value status=签发 (docs/sync-protocol.md), which also guards taking the value away. Were the
    // stage the guarded field, the clerk doing 复核 after the signature would need the signing
    // role. So the mark is set by the signatory and stays; `stage` says where the document is.
    bool signedOff = false;
    QList<WorkflowEntry> history;
    // 留痕: the 正文's changes at 核稿 and 签发, decided before 登记.
    BodyRevisions revisions;

    [[nodiscard]] bool isDone() const { return stage == DispatchStage::Distributed; }
    void writeTo(QJsonObject &payload) const;
    [[nodiscard]] static DispatchState readFrom(const QJsonObject &payload);
    [[nodiscard]] bool operator==(const DispatchState &) const = default;
};

// A move the workflow allows from a state, for the UI to offer.
struct DispatchTransition
{
    WorkflowEntry::Action action = WorkflowEntry::Action::Complete;
    DispatchStage from = DispatchStage::Drafting;
    DispatchStage to = DispatchStage::Drafting;

    [[nodiscard]] bool operator==(const DispatchTransition &) const = default;
};

// Pure: says what may happen and returns the new state; the caller writes the record.
class DispatchWorkflow
{
    Q_DECLARE_TR_FUNCTIONS(GovDesk::Documents::DispatchWorkflow)
public:
    // Roles of which the actor must hold one to complete `step`: signer for 签发, none otherwise.
    [[nodiscard]] static QStringList rolesToComplete(DispatchStage step);
    // What the document must pass to complete `step` (e.g. 分发 → Sending).
    [[nodiscard]] static Checkpoint checkpointOf(DispatchStage step);

    // Every transition `actor` may make now (returns to each earlier step included).
    [[nodiscard]] static QList<DispatchTransition> available(const DispatchState &state, const Actor &actor);

    // Completes the current step with an opinion (意见) and moves to the next one, if the actor
    // holds the step's role and the document passes the step's checkpoint.
    [[nodiscard]] static Core::Result<DispatchState> complete(const DispatchState &state,
                                                              const OfficialDocument &document,
                                                              const Actor &actor, const QString &opinion,
                                                              const QDateTime &at);
    // Sends the document back to an earlier step; the reason is required and kept.
    [[nodiscard]] static Core::Result<DispatchState> returnTo(const DispatchState &state,
                                                              DispatchStage target, const Actor &actor,
                                                              const QString &reason, const QDateTime &at);
};

} // namespace GovDesk::Documents
