#include "DocumentsRecords.h"

#include "DocumentElement.h"
#include "DocumentsList.h"
#include "DocumentsLogging.h"
#include "module/ModuleContext.h"
#include "module/ModuleRecords.h"
#include "module/ModuleSearch.h"
#include "module/ModuleTodos.h"

namespace GovDesk::Documents {

namespace {

QString collection(const char *name)
{
    return QString::fromLatin1(name);
}

// The one to-do of a document for this organisation: the step waiting, or none.
Core::Result<> refreshTodo(Core::ModuleContext &context, const QString &documentId)
{
    auto documentRecord = context.records().get(collection(DocumentCollection), documentId);
    if (!documentRecord)
        return std::unexpected(documentRecord.error());
    if (!documentRecord->has_value())
        return context.todos().removeAll(documentId);
    const Core::SyncRecord &record = **documentRecord;
    const OfficialDocument document = OfficialDocument::fromPayload(record.payload);

    QString waiting; // the step's name for the to-do, 待签发 …
    auto incoming = context.records().get(collection(IncomingCollection), DocumentsRecords::incomingId(context, documentId));
    if (!incoming)
        return std::unexpected(incoming.error());
    if (DocumentsRecords::isReceived(record, incoming->has_value(), context)) {
        const ReceiptState state
            = incoming->has_value() ? ReceiptState::readFrom((*incoming)->payload) : ReceiptState();
        if (!state.isDone())
            waiting = QStringLiteral("待") + receiptStageName(state.stage);
    } else {
        const DispatchState state = DispatchState::readFrom(record.payload);
        if (!state.isDone())
            waiting = QStringLiteral("待") + dispatchStageName(state.stage);
    }
    if (waiting.isEmpty())
        return context.todos().complete(documentId, Core::TodoKind::ToDo);
    const QString title = document.title.trimmed().isEmpty() ? document.documentNumber : document.title;
    //: A 公文 to-do: 【待签发】柳州市人民政府办公室关于…的通知
    return context.todos().publish({.recordId = documentId,
                                    .kind = Core::TodoKind::ToDo,
                                    .title = DocumentsRecords::tr("[%1] %2").arg(waiting, title),
                                    .urgency = document.urgency});
}

Core::Result<> indexDocument(Core::ModuleContext &context, const Core::SyncRecord &record)
{
    const OfficialDocument document = OfficialDocument::fromPayload(record.payload);
    // Organisations go with the body: a search for 鹿寨县 finds what was sent to or by it.
    QStringList text{document.body};
    text += document.organisations();
    for (const QString &name : {document.issuerName, document.issuerMark, document.printedBy}) {
        if (!name.isEmpty() && !text.contains(name))
            text.append(name);
    }
    return context.search().index({.type = collection(DocumentSearchType),
                                   .recordId = record.recordId,
                                   .title = document.title,
                                   .body = text.join(QLatin1Char('\n')),
                                   .updatedAt = record.updatedAt,
                                   .documentNumber = document.documentNumber.trimmed()});
}

} // namespace

Core::Result<> DocumentsRecords::declare(Core::ModuleContext &context)
{
    //: Search filter and type of 公文 entries
    GD_TRY(context.search().registerType(collection(DocumentSearchType), tr("Official document")));
    // Two offices may edit one document's draft: both versions go to the person.
    GD_TRY(context.records().declareCollection({.name = collection(DocumentCollection),
                                                .policy = Core::ConflictPolicy::AskUser,
                                                .schemaVersion = OfficialDocument::SchemaVersion,
                                                .upgrade = &OfficialDocument::upgradePayload}));
    GD_TRY(context.records().declareCollection(
        {.name = collection(IncomingCollection), .policy = Core::ConflictPolicy::AskUser}));
    // A 回执 states what happened; it is never edited afterwards.
    return context.records().declareCollection(
        {.name = collection(ReceiptCollection), .policy = Core::ConflictPolicy::AppendOnly});
}

QJsonObject DocumentsRecords::documentPayload(const OfficialDocument &document, const DispatchState &state)
{
    QJsonObject payload = document.toPayload();
    state.writeTo(payload);
    return payload;
}

Core::Result<> DocumentsRecords::saveDocument(Core::ModuleContext &context, const QString &recordId,
                                              const OfficialDocument &document, const DispatchState &state,
                                              const QStringList &recipients)
{
    return context.records().put(collection(DocumentCollection), recordId, documentPayload(document, state),
                                 recipients);
}

Core::Result<> DocumentsRecords::saveIncoming(Core::ModuleContext &context, const QString &documentId,
                                              const ReceiptState &state)
{
    QJsonObject payload;
    state.writeTo(payload);
    return context.records().put(collection(IncomingCollection), incomingId(context, documentId), payload);
}

bool DocumentsRecords::isReceived(const Core::SyncRecord &record, bool hasIncoming,
                                  const Core::ModuleContext &context)
{
    // A record not yet synced has no owner and is the user's own.
    return hasIncoming || (!record.owner.isEmpty() && record.owner != context.account().organisationId);
}

QString DocumentsRecords::incomingId(const Core::ModuleContext &context, const QString &documentId)
{
    const QString organisation = context.account().organisationId;
    return organisation.isEmpty() ? documentId : documentId + QLatin1Char('@') + organisation;
}

QString DocumentsRecords::documentIdOfIncoming(const QString &incomingRecordId)
{
    return incomingRecordId.section(QLatin1Char('@'), 0, 0);
}

Actor DocumentsRecords::actorOf(const Core::ModuleContext &context)
{
    const Core::SyncAccount account = context.account();
    return {.userId = account.userId,
            .name = account.name,
            .roles = account.roles,
            // As RoleAccess: never signed in, or the demo — every step offered, the server decides.
            .unrestricted = !account.isValid() || context.isDemo()};
}

Core::Projection DocumentsRecords::projection(Core::ModuleContext &context)
{
    return {.name = QStringLiteral("documents"),
            .collections = {collection(DocumentCollection), collection(IncomingCollection)},
            // 2: the lists' table (documents_list), and arrivals known by their handling record.
            .version = 2,
            .apply = [&context](const Core::ProjectedRecord &projected) -> Core::Result<> {
                if (projected.collection == collection(DocumentCollection)) {
                    if (projected.isGone()) {
                        GD_TRY(context.todos().removeAll(projected.recordId));
                        GD_TRY(DocumentsListTable::refresh(context, projected.recordId));
                        return context.search().remove(projected.recordId);
                    }
                    GD_TRY(indexDocument(context, *projected.record));
                }
                // An incoming record carries its document's id: both refresh the one to-do and row.
                const QString documentId = projected.collection == collection(IncomingCollection)
                                               ? documentIdOfIncoming(projected.recordId)
                                               : projected.recordId;
                GD_TRY(DocumentsListTable::refresh(context, documentId));
                return refreshTodo(context, documentId);
            },
            .reset = [&context] { return DocumentsListTable::clear(context.database()); }};
}

QString DocumentsRecords::fieldLabel(const QString &collectionName, const QString &field)
{
    if (collectionName == collection(DocumentCollection)) {
        if (auto element = DocumentElements::fromPayloadKey(field))
            return DocumentElements::label(*element);
    }
    if (field == QLatin1String("stage"))
        return tr("Step");
    if (field == QLatin1String("status") && collectionName == collection(DocumentCollection))
        return tr("Signed");
    if (field == QLatin1String("history"))
        return tr("History");
    return {};
}

} // namespace GovDesk::Documents
