// DocumentsRecords: the 公文 module's synced collections, their payloads, and its projection into
// the core search and the to-do list.
#pragma once

#include "DispatchWorkflow.h"
#include "OfficialDocument.h"
#include "ReceiptWorkflow.h"
#include "Result.h"
#include "module/Projection.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace GovDesk::Core {
class ModuleContext;
}

namespace GovDesk::Documents {

// One record per 公文, owned by the issuing organisation and addressed (recipients) to the
// organisations it is sent to: elements (OfficialDocument) + the 发文 state (DispatchState).
inline constexpr char DocumentCollection[] = "documents.document";
// The receiving organisation's handling of an arrival (ReceiptState), under the document's id and
// the organisation's ("<documentId>@<organisation>", see DocumentsRecords::incomingId).
inline constexpr char IncomingCollection[] = "documents.incoming";
// 回执 back to the sender (Receipt); written once.
inline constexpr char ReceiptCollection[] = "documents.receipt";
// The search type of documents, sent and received alike.
inline constexpr char DocumentSearchType[] = "document";

class DocumentsRecords
{
    Q_DECLARE_TR_FUNCTIONS(GovDesk::Documents::DocumentsRecords)
public:
    // Collections (policies, schema with its upgrade) and the search type; call in initialize().
    [[nodiscard]] static Core::Result<> declare(Core::ModuleContext &context);

    // The payload of a documents.document record.
    [[nodiscard]] static QJsonObject documentPayload(const OfficialDocument &document,
                                                     const DispatchState &state);
    // Writes a document record (new or changed); the projection does the rest.
    [[nodiscard]] static Core::Result<> saveDocument(Core::ModuleContext &context, const QString &recordId,
                                                     const OfficialDocument &document,
                                                     const DispatchState &state,
                                                     const QStringList &recipients = {});
    [[nodiscard]] static Core::Result<> saveIncoming(Core::ModuleContext &context, const QString &documentId,
                                                     const ReceiptState &state);

    // A document this profile's organisation received rather than wrote: its owner (set by the
    // server) is another organisation, or the profile keeps a handling record (documents.incoming)
    // for it — which is how a demo profile, never synced, holds its arrivals.
    [[nodiscard]] static bool isReceived(const Core::SyncRecord &record, bool hasIncoming,
                                         const Core::ModuleContext &context);

    // The id of this organisation's handling record of a document. Every recipient keeps one, so
    // the organisation is part of it: under the bare document id, the second recipient's record
    // was refused by the server as another organisation's. The bare id without an account (the
    // demo, never synced).
    [[nodiscard]] static QString incomingId(const Core::ModuleContext &context, const QString &documentId);
    [[nodiscard]] static QString documentIdOfIncoming(const QString &incomingRecordId);

    // Who is acting, as the context knows them (roles unrestricted where rolesAllow() is).
    [[nodiscard]] static Actor actorOf(const Core::ModuleContext &context);

    // Each document in the core search (title, 发文字号, 正文, organisations); each pending step
    // of the user's organisation a to-do: 发文 steps of its own documents, 待签收 and the 收文
    // steps of documents it received.
    [[nodiscard]] static Core::Projection projection(Core::ModuleContext &context);

    // The conflict dialog's label of a payload field; empty for an unknown one.
    [[nodiscard]] static QString fieldLabel(const QString &collection, const QString &field);
};

} // namespace GovDesk::Documents
