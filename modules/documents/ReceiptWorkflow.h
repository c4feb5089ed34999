// ReceiptWorkflow: 收文办理 — 签收 or 退回, then 登记 → 拟办 → 批办 → 承办 → 办结 → 归档, with 传阅 and 催办.
#pragma once

#include "Result.h"
#include "WorkflowEntry.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <optional>

namespace GovDesk::Documents {

// The step an arrival is at (the one waiting). Stored by Chinese name.
enum class ReceiptStage {
    SigningFor,  // 签收 (shown as 待签收)
    Registering, // 登记
    Proposing,   // 拟办
    Instructing, // 批办 (a leader)
    Handling,    // 承办
    Concluding,  // 办结
    Archiving,   // 归档
    Archived,    // 已归档: done
    SentBack,    // 已退回: returned to the sender, done
};

[[nodiscard]] QString receiptStageName(ReceiptStage stage);
[[nodiscard]] std::optional<ReceiptStage> receiptStageFromName(QStringView name);

// The handling of one arrival, in the receiving organisation's own record (documents.incoming).
//
// | key          | meaning                                              |
// |--------------|------------------------------------------------------|
// | stage        | the ReceiptStage by name                             |
// | receivedAt   | 签收 time (ISO, UTC), the 回执's                     |
// | receivedBy   | who signed for it                                    |
// | returnReason | why it was sent back (退回)                          |
// | history      | [WorkflowEntry], oldest first                        |
struct ReceiptState
{
    ReceiptStage stage = ReceiptStage::SigningFor;
    QDateTime receivedAt;
    QString receivedBy;
    QString returnReason;
    QList<WorkflowEntry> history;

    [[nodiscard]] bool isDone() const
    {
        return stage == ReceiptStage::Archived || stage == ReceiptStage::SentBack;
    }
    // Signed for and not yet archived: 传阅 and 催办 apply.
    [[nodiscard]] bool isOpen() const { return stage != ReceiptStage::SigningFor && !isDone(); }
    void writeTo(QJsonObject &payload) const;
    [[nodiscard]] static ReceiptState readFrom(const QJsonObject &payload);
    [[nodiscard]] bool operator==(const ReceiptState &) const = default;
};

struct ReceiptTransition
{
    WorkflowEntry::Action action = WorkflowEntry::Action::Complete;
    ReceiptStage from = ReceiptStage::SigningFor;
    ReceiptStage to = ReceiptStage::SigningFor; // == from for 传阅 and 催办

    [[nodiscard]] bool operator==(const ReceiptTransition &) const = default;
};

class ReceiptWorkflow
{
    Q_DECLARE_TR_FUNCTIONS(GovDesk::Documents::ReceiptWorkflow)
public:
    // leader for 批办, none otherwise.
    [[nodiscard]] static QStringList rolesToComplete(ReceiptStage step);
    [[nodiscard]] static QList<ReceiptTransition> available(const ReceiptState &state, const Actor &actor);

    // 签收: the arrival is accepted; time and person go into the receipt to the sender.
    [[nodiscard]] static Core::Result<ReceiptState> signFor(const ReceiptState &state, const Actor &actor,
                                                            const QDateTime &at);
    // 退回: misaddressed or not compliant; the reason goes back to the sender.
    [[nodiscard]] static Core::Result<ReceiptState> sendBack(const ReceiptState &state, const Actor &actor,
                                                             const QString &reason, const QDateTime &at);
    // Completes 登记 … 归档. 拟办 and 批办 are opinions by nature, so they need one.
    [[nodiscard]] static Core::Result<ReceiptState> complete(const ReceiptState &state, const Actor &actor,
                                                             const QString &opinion, const QDateTime &at);
    // Back to an earlier handling step (not before 登记: the receipt has gone), with a reason.
    [[nodiscard]] static Core::Result<ReceiptState> returnTo(const ReceiptState &state, ReceiptStage target,
                                                             const Actor &actor, const QString &reason,
                                                             const QDateTime &at);
    // 传阅 to the named readers; the step stays.
    [[nodiscard]] static Core::Result<ReceiptState>
    circulate(const ReceiptState &state, const Actor &actor, const QStringList &readers, const QDateTime &at);
    // 催办: a reminder on an open arrival (the UI offers it for overdue ones); the step stays.
    [[nodiscard]] static Core::Result<ReceiptState> urge(const ReceiptState &state, const Actor &actor,
                                                         const QString &opinion, const QDateTime &at);
};

} // namespace GovDesk::Documents
