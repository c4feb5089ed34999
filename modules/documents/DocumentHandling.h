// DocumentHandling: one 公文 as the page acts on it — read it, take a workflow step, write it back.
#pragma once

#include "DeliveryStatus.h"
#include "DispatchWorkflow.h"
#include "OfficialDocument.h"
#include "ReceiptWorkflow.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace GovDesk::Core {
class ModuleContext;
}

namespace GovDesk::Documents {

struct LoadedDocument
{
    QString recordId;
    OfficialDocument document;
    DispatchState dispatch;
    std::optional<ReceiptState> receipt; // set for a document this organisation received
    QStringList recipients;              // organisation ids the record is addressed to
    QString owner;                       // the record's organisation (the server sets it); empty before sync
    bool acknowledged = false;           // the server holds the record as it is here
    bool hasConflict = false;

    [[nodiscard]] bool isReceived() const { return receipt.has_value(); }
};

// Each step is one transaction: the record, the 回执 where one goes back, and the audit entry.
class DocumentHandling
{
    Q_DECLARE_TR_FUNCTIONS(GovDesk::Documents::DocumentHandling)
public:
    [[nodiscard]] static Core::Result<LoadedDocument> load(Core::ModuleContext &context, const QString &recordId);

    // Completing 用印 (Sealing) seals the document with the organisation's seal kept in the
    // profile (SealKeyStore), in the step's transaction; refused, saying what to do, without one.
    [[nodiscard]] static Core::Result<> completeDispatch(Core::ModuleContext &context, const LoadedDocument &loaded,
                                                         const QString &opinion, const QDateTime &at);
    // 登记: completes the Registering step. A document still 「待编号」 gets the next number of
    // `series` (机关代字, e.g. 柳政办发) for the year of its 成文日期 from govdesk-syncd at the next
    // sync — no gap, no duplicate between offices; in the demo (no server) the next number after
    // the demo's own.
    [[nodiscard]] static Core::Result<> registerDispatch(Core::ModuleContext &context, const LoadedDocument &loaded,
                                                         const QString &series, const QDateTime &at);
    // The 机关代字 this organisation used before, most recent first (for the 登记 prompt).
    [[nodiscard]] static QStringList knownSeries(Core::ModuleContext &context);

    // 留痕: a reviewer's (核稿) or signatory's (签发) change of the 正文, kept as their revision;
    // then accepted or rejected, in order, before 登记. Refused at any other step.
    [[nodiscard]] static Core::Result<> reviseBody(Core::ModuleContext &context, const LoadedDocument &loaded,
                                                   const QString &body, const QDateTime &at);
    [[nodiscard]] static Core::Result<> decideRevision(Core::ModuleContext &context, const LoadedDocument &loaded,
                                                       qsizetype index, bool accept);

    [[nodiscard]] static Core::Result<> returnDispatch(Core::ModuleContext &context, const LoadedDocument &loaded,
                                                       DispatchStage target, const QString &reason,
                                                       const QDateTime &at);
    // Any ReceiptTransition: `text` is the opinion, the reason (退回, returns) or, for 传阅, the
    // readers separated by 、 or commas.
    [[nodiscard]] static Core::Result<> actOnArrival(Core::ModuleContext &context, const LoadedDocument &loaded,
                                                     const ReceiptTransition &transition, const QString &text,
                                                     const QDateTime &at);

    // Brings the lists, search entries and to-dos level with a change just committed, so the page
    // shows it at once; a failure is logged and retried by the projection at the next change.
    static void settle(Core::ModuleContext &context);

    // The document sealed with this profile's seal by `actor` at `at` (用印), or the refusal.
    [[nodiscard]] static Core::Result<OfficialDocument> sealed(Core::ModuleContext &context,
                                                               const OfficialDocument &document, const Actor &actor,
                                                               const QDateTime &at);

    // Per recipient organisation, from the 回执 that came back.
    [[nodiscard]] static Core::Result<QList<RecipientDelivery>> deliveries(Core::ModuleContext &context,
                                                                           const LoadedDocument &loaded);
};

} // namespace GovDesk::Documents
