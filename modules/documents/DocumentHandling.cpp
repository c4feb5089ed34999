#include "DocumentHandling.h"

#include "DocumentSealer.h"
#include "DocumentsDemoData.h"
#include "DocumentsRecords.h"
#include "crypto/SealKeyStore.h"
#include "OrganisationNames.h"
#include "audit/AuditLog.h"
#include "module/ModuleContext.h"
#include "module/ModuleRecords.h"
#include "module/ProjectionRunner.h"
#include "store/Database.h"
#include "store/Transaction.h"
#include "sync/RecordStore.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace GovDesk::Documents {

namespace {

QString collection(const char *name)
{
    return QString::fromLatin1(name);
}

// Sign, send, receive and return are what an inspection asks about (issue 11): each is audited
// in the transaction of the step itself.
Core::Result<> audit(Core::ModuleContext &context, const QString &event, const LoadedDocument &loaded,
                     const QString &step, const Actor &actor, const QDateTime &at)
{
    auto entry = context.audit().append(event, loaded.recordId,
                                        {{QStringLiteral("step"), step},
                                         {QStringLiteral("documentNumber"), loaded.document.documentNumber}},
                                        actor.userId.isEmpty() ? actor.name : actor.userId, at.toUTC());
    if (!entry)
        return std::unexpected(entry.error());
    return {};
}

// A step on a record in conflict would build on a version the server no longer has (someone
// else signed or returned it first): the person chooses which version stands before going on.
Core::Result<> notInConflict(const LoadedDocument &loaded)
{
    if (!loaded.hasConflict)
        return {};
    return Core::fail(Core::ErrorCode::Constraint,
                      DocumentsRecords::tr("This document was also handled elsewhere (for example signed or returned by "
                                           "someone else first). Nothing is lost: compare both versions under Sync → "
                                           "Conflicts and choose the one to keep before the next step."),
                      loaded.recordId);
}

} // namespace

Core::Result<LoadedDocument> DocumentHandling::load(Core::ModuleContext &context, const QString &recordId)
{
    auto found = context.records().get(collection(DocumentCollection), recordId);
    if (!found)
        return std::unexpected(found.error());
    if (!found->has_value())
        return Core::fail(Core::ErrorCode::NotFound,
                          DocumentsRecords::tr("The document no longer exists on this computer."), recordId);
    const Core::SyncRecord &record = **found;
    auto incoming = context.records().get(collection(IncomingCollection), DocumentsRecords::incomingId(context, recordId));
    if (!incoming)
        return std::unexpected(incoming.error());
    LoadedDocument loaded{.recordId = recordId,
                          .document = OfficialDocument::fromPayload(record.payload),
                          .dispatch = DispatchState::readFrom(record.payload),
                          .recipients = record.recipients,
                          .owner = record.owner,
                          .acknowledged = record.revision > 0 && !record.hasPendingChange,
                          .hasConflict = record.hasConflict || (incoming->has_value() && (*incoming)->hasConflict)};
    if (DocumentsRecords::isReceived(record, incoming->has_value(), context))
        loaded.receipt = incoming->has_value() ? ReceiptState::readFrom((*incoming)->payload) : ReceiptState();
    return loaded;
}

Core::Result<> DocumentHandling::completeDispatch(Core::ModuleContext &context, const LoadedDocument &loaded,
                                                  const QString &opinion, const QDateTime &at)
{
    GD_TRY(notInConflict(loaded));
    const Actor actor = DocumentsRecords::actorOf(context);
    auto after = DispatchWorkflow::complete(loaded.dispatch, loaded.document, actor, opinion, at);
    if (!after)
        return std::unexpected(after.error());
    auto transaction = Core::Transaction::begin(context.database());
    if (!transaction)
        return std::unexpected(transaction.error());
    OfficialDocument document = loaded.document;
    if (loaded.dispatch.stage == DispatchStage::Sealing) {
        auto withSeal = sealed(context, document, actor, at);
        if (!withSeal)
            return std::unexpected(withSeal.error());
        document = std::move(*withSeal);
    }
    // 分发 addresses the record to the organisations picked from the directory, so govdesk-syncd
    // routes it to them; other steps keep whatever it was addressed to.
    const QStringList recipients = loaded.dispatch.stage == DispatchStage::Distributing
                                       ? document.recipientIds()
                                       : loaded.recipients;
    GD_TRY(DocumentsRecords::saveDocument(context, loaded.recordId, document, *after, recipients));
    if (loaded.dispatch.stage == DispatchStage::Sealing)
        GD_TRY(audit(context, QStringLiteral("documents.seal"), loaded, dispatchStageName(loaded.dispatch.stage),
                     actor, at));
    if (loaded.dispatch.stage == DispatchStage::Signing)
        GD_TRY(audit(context, QStringLiteral("documents.sign"), loaded, dispatchStageName(loaded.dispatch.stage),
                     actor, at));
    if (loaded.dispatch.stage == DispatchStage::Distributing)
        GD_TRY(audit(context, QStringLiteral("documents.send"), loaded, dispatchStageName(loaded.dispatch.stage),
                     actor, at));
    GD_TRY(transaction->commit());
    settle(context);
    return {};
}

namespace {

const QString SeriesSetting = QStringLiteral("numberSeries");

// The number after the highest this profile knows of the series and year (the demo only: with a
// server, two offices could take the same one).
Core::Result<int> nextLocalNumber(Core::ModuleContext &context, const QString &series, int year)
{
    auto statement = context.database().prepare(QStringLiteral("SELECT number FROM documents_list WHERE number LIKE ?1"));
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, QStringLiteral("%1〔%2〕%").arg(series).arg(year));
    int highest = 0;
    GD_TRY(statement->forEachRow([&](const Core::Statement &row) {
        if (auto number = DocumentNumber::parse(row.text(0)); number && number->prefix() == series)
            highest = std::max(highest, number->sequence());
    }));
    return highest + 1;
}

} // namespace

QStringList DocumentHandling::knownSeries(Core::ModuleContext &context)
{
    return context.setting(SeriesSetting).value_or(QVariant()).toStringList();
}

Core::Result<> DocumentHandling::registerDispatch(Core::ModuleContext &context, const LoadedDocument &loaded,
                                                  const QString &series, const QDateTime &at)
{
    GD_TRY(notInConflict(loaded));
    if (!loaded.document.isPendingNumber())
        return completeDispatch(context, loaded, {}, at);
    static const QRegularExpression Letters(QStringLiteral("^\\p{L}{1,32}$"));
    const QString prefix = series.trimmed();
    if (!Letters.match(prefix).hasMatch())
        return Core::fail(Core::ErrorCode::InvalidArgument,
                          DocumentsRecords::tr("The series is the issuing authority's code alone, such as 柳政办发: "
                                               "letters without year, brackets or number."));
    const int year = loaded.document.issuedOn.isValid() ? loaded.document.issuedOn.year() : at.date().year();
    auto transaction = Core::Transaction::begin(context.database());
    if (!transaction)
        return std::unexpected(transaction.error());
    LoadedDocument numbered = loaded;
    if (context.isDemo()) {
        auto next = nextLocalNumber(context, prefix, year);
        if (!next)
            return std::unexpected(next.error());
        numbered.document.documentNumber = DocumentNumber(prefix, year, *next).toString();
    } else {
        Core::NumberRequest request;
        request.collection = collection(DocumentCollection);
        request.recordId = loaded.recordId;
        request.series = prefix;
        request.year = year;
        request.field = QStringLiteral("documentNumber");
        request.format = QStringLiteral("%1〔{year}〕{number}号").arg(prefix);
        auto queued = context.records().requestNumber(request);
        if (!queued)
            return std::unexpected(queued.error());
    }
    GD_TRY(completeDispatch(context, numbered, {}, at));
    QStringList used = knownSeries(context);
    used.removeAll(prefix);
    used.prepend(prefix);
    GD_TRY(context.setSetting(SeriesSetting, used.mid(0, 10)));
    return transaction->commit();
}

Core::Result<> DocumentHandling::reviseBody(Core::ModuleContext &context, const LoadedDocument &loaded,
                                            const QString &body, const QDateTime &at)
{
    GD_TRY(notInConflict(loaded));
    const DispatchStage stage = loaded.dispatch.stage;
    if (stage != DispatchStage::Reviewing && stage != DispatchStage::Signing && stage != DispatchStage::Checking)
        return Core::fail(Core::ErrorCode::InvalidArgument,
                          DocumentsRecords::tr("The body is changed with tracked changes only at review, signing "
                                               "and checking; after that the signed text is frozen."));
    const Actor actor = DocumentsRecords::actorOf(context);
    DispatchState state = loaded.dispatch;
    OfficialDocument document = loaded.document;
    if (state.revisions.revisions().isEmpty()) // a document from before 留痕: its text is the baseline
        state.revisions.setBaseline({}, {}, dispatchStageName(DispatchStage::Drafting), at.toUTC(), document.body);
    state.revisions.record(actor.userId, actor.name, dispatchStageName(stage), at.toUTC(), body);
    document.body = state.revisions.currentBody();
    GD_TRY(DocumentsRecords::saveDocument(context, loaded.recordId, document, state));
    settle(context);
    return {};
}

Core::Result<> DocumentHandling::decideRevision(Core::ModuleContext &context, const LoadedDocument &loaded,
                                                qsizetype index, bool accept)
{
    GD_TRY(notInConflict(loaded));
    const Actor actor = DocumentsRecords::actorOf(context);
    DispatchState state = loaded.dispatch;
    GD_TRY(accept ? state.revisions.accept(index, actor.name) : state.revisions.reject(index, actor.name));
    OfficialDocument document = loaded.document;
    document.body = state.revisions.currentBody();
    GD_TRY(DocumentsRecords::saveDocument(context, loaded.recordId, document, state));
    settle(context);
    return {};
}

Core::Result<> DocumentHandling::returnDispatch(Core::ModuleContext &context, const LoadedDocument &loaded,
                                                DispatchStage target, const QString &reason, const QDateTime &at)
{
    GD_TRY(notInConflict(loaded));
    const Actor actor = DocumentsRecords::actorOf(context);
    auto after = DispatchWorkflow::returnTo(loaded.dispatch, target, actor, reason, at);
    if (!after)
        return std::unexpected(after.error());
    auto transaction = Core::Transaction::begin(context.database());
    if (!transaction)
        return std::unexpected(transaction.error());
    GD_TRY(DocumentsRecords::saveDocument(context, loaded.recordId, loaded.document, *after));
    GD_TRY(audit(context, QStringLiteral("documents.return"), loaded, dispatchStageName(loaded.dispatch.stage),
                 actor, at));
    GD_TRY(transaction->commit());
    settle(context);
    return {};
}

Core::Result<> DocumentHandling::actOnArrival(Core::ModuleContext &context, const LoadedDocument &loaded,
                                              const ReceiptTransition &transition, const QString &text,
                                              const QDateTime &at)
{
    GD_TRY(notInConflict(loaded));
    if (!loaded.receipt)
        return Core::fail(Core::ErrorCode::InvalidArgument,
                          DocumentsRecords::tr("This document was not received by your organisation."),
                          QStringLiteral("receipt step on an own document"));
    const Actor actor = DocumentsRecords::actorOf(context);
    const ReceiptState &state = *loaded.receipt;
    Core::Result<ReceiptState> after = state;
    QString event;
    switch (transition.action) {
    case WorkflowEntry::Action::SignFor:
        after = ReceiptWorkflow::signFor(state, actor, at);
        event = QStringLiteral("documents.receive");
        break;
    case WorkflowEntry::Action::SendBack:
        after = ReceiptWorkflow::sendBack(state, actor, text, at);
        event = QStringLiteral("documents.sendBack");
        break;
    case WorkflowEntry::Action::Complete:
        after = ReceiptWorkflow::complete(state, actor, text, at);
        break;
    case WorkflowEntry::Action::Return:
        after = ReceiptWorkflow::returnTo(state, transition.to, actor, text, at);
        event = QStringLiteral("documents.return");
        break;
    case WorkflowEntry::Action::Circulate: {
        static const QRegularExpression separators(QStringLiteral("[、，,；;\\s]+"));
        after = ReceiptWorkflow::circulate(state, actor, text.split(separators, Qt::SkipEmptyParts), at);
        break;
    }
    case WorkflowEntry::Action::Urge:
        after = ReceiptWorkflow::urge(state, actor, text, at);
        break;
    }
    if (!after)
        return std::unexpected(after.error());
    auto transaction = Core::Transaction::begin(context.database());
    if (!transaction)
        return std::unexpected(transaction.error());
    GD_TRY(DocumentsRecords::saveIncoming(context, loaded.recordId, *after));
    // The 回执 goes back to the sender with 签收 and 退回, never again afterwards (append-only).
    if (transition.action == WorkflowEntry::Action::SignFor || transition.action == WorkflowEntry::Action::SendBack) {
        const Receipt receipt{.documentId = loaded.recordId,
                              .returned = transition.action == WorkflowEntry::Action::SendBack,
                              .at = at.toUTC(),
                              .by = actor.name,
                              .reason = after->returnReason};
        // Addressed to the issuing organisation: govdesk-syncd routes it there and nowhere else.
        const QStringList sender = loaded.owner.isEmpty() ? QStringList() : QStringList{loaded.owner};
        GD_TRY(context.records().put(collection(ReceiptCollection), Core::RecordStore::newRecordId(),
                                     receipt.toPayload(), sender));
    }
    if (!event.isEmpty())
        GD_TRY(audit(context, event, loaded, receiptStageName(state.stage), actor, at));
    GD_TRY(transaction->commit());
    settle(context);
    return {};
}

Core::Result<OfficialDocument> DocumentHandling::sealed(Core::ModuleContext &context, const OfficialDocument &document,
                                                       const Actor &actor, const QDateTime &at)
{
    // The demo never syncs: its seal is made on this computer (DemoSeals), also for a demo
    // profile created before there were demo seals.
    if (context.isDemo())
        GD_TRY(ensureDemoSeal(context, at));
    auto key = Core::SealKeyStore::load(context.database());
    if (!key)
        return std::unexpected(key.error());
    if (!key->has_value())
        return Core::fail(Core::ErrorCode::NotFound,
                          //: 用印 refused: 本机没有本单位的电子印章……
                          tr("Your organisation's electronic seal is not on this computer, so the document cannot "
                             "be sealed. The seal is given only to signatories of the organisation: a signatory "
                             "synchronises once to receive it and then takes the Seal step; if you are one, "
                             "synchronise now and try again. If it still fails, ask the administrator to issue "
                             "the seal (govdesk-syncd seal issue)."),
                          QStringLiteral("no seal key in the profile"));
    const SealKeyMaterial &seal = **key;
    const QString organisation = context.account().organisationId;
    if (!organisation.isEmpty() && seal.organisationId != organisation)
        return Core::fail(Core::ErrorCode::InvalidArgument,
                          tr("The seal on this computer belongs to %1, not to your organisation; synchronise to "
                             "receive your organisation's seal.")
                              .arg(seal.sealName),
                          QStringLiteral("seal of %1 in a profile of %2").arg(seal.organisationId, organisation));
    return DocumentSealer::seal(document, seal, {actor.userId, actor.name}, at);
}

void DocumentHandling::settle(Core::ModuleContext &context)
{
    if (auto caughtUp = context.projections().catchUp(); !caughtUp)
        qCWarning(context.log()) << "the lists are behind until the next change:" << caughtUp.error().fullText();
}

Core::Result<QList<RecipientDelivery>> DocumentHandling::deliveries(Core::ModuleContext &context,
                                                                    const LoadedDocument &loaded)
{
    // Receipts of one document are a handful; the filter runs in SQL on the receipts collection.
    auto receipts = context.records().query({.collection = collection(ReceiptCollection),
                                             .limit = 1000,
                                             .where = {{QStringLiteral("documentId"), loaded.recordId}}});
    if (!receipts)
        return std::unexpected(receipts.error());
    QList<Receipt> read;
    for (const Core::SyncRecord &record : *receipts) {
        if (auto receipt = Receipt::fromPayload(record.payload, record.owner))
            read.append(*receipt);
    }
    QList<RecipientDelivery> states = deliveryStates(loaded.recordId, loaded.recipients, loaded.acknowledged, read);
    const OrganisationNames names = OrganisationNames::of(context);
    for (RecipientDelivery &state : states)
        state.organisationName = names.nameOf(state.organisation);
    return states;
}

} // namespace GovDesk::Documents
