#include "DocumentsList.h"

#include "DispatchWorkflow.h"
#include "DocumentsRecords.h"
#include "OfficialDocument.h"
#include "ReceiptWorkflow.h"
#include "SealVerifier.h"
#include "module/ModuleContext.h"
#include "module/ModuleRecords.h"
#include "store/Database.h"
#include "store/RowUpsert.h"

namespace GovDesk::Documents {

namespace {

// Mutually exclusive boxes, so each list is one or two index ranges.
enum Box { DraftBox = 0, OwnOpenBox = 1, SentBox = 2, IncomingOpenBox = 3, SentBackBox = 4, ArchivedBox = 5 };

QString boxes(DocumentList list)
{
    switch (list) {
    case DocumentList::Drafts:
        return QStringLiteral("box = 0");
    case DocumentList::Pending:
        return QStringLiteral("box IN (1, 3)");
    case DocumentList::Sent:
        return QStringLiteral("box = 2");
    case DocumentList::Incoming:
        return QStringLiteral("box IN (3, 4)");
    case DocumentList::Archived:
        return QStringLiteral("box = 5");
    }
    return QStringLiteral("box = 0");
}

QString orderColumn(ListSort sort)
{
    switch (sort) {
    case ListSort::ByDate:
        return QStringLiteral("doc_date");
    case ListSort::ByNumber:
        return QStringLiteral("number");
    case ListSort::ByTitle:
        return QStringLiteral("title");
    case ListSort::ByType:
        return QStringLiteral("type");
    case ListSort::ByUrgency:
        return QStringLiteral("urgency");
    case ListSort::ByStage:
        return QStringLiteral("stage");
    }
    return QStringLiteral("doc_date");
}

// The WHERE clause with named parameters, bound by bindFilter().
QString whereOf(const ListFilter &filter)
{
    QString sql = QStringLiteral(" WHERE ") + boxes(filter.list);
    if (filter.year > 0)
        sql += QStringLiteral(" AND year = :year");
    if (filter.type)
        sql += QStringLiteral(" AND type = :type");
    if (filter.urgency)
        sql += QStringLiteral(" AND urgency = :urgency");
    if (!filter.stage.isEmpty())
        sql += QStringLiteral(" AND stage = :stage");
    return sql;
}

void bindFilter(Core::Statement &statement, const ListFilter &filter)
{
    if (filter.year > 0)
        statement.bind(":year", filter.year);
    if (filter.type)
        statement.bind(":type", typeName(*filter.type));
    if (filter.urgency)
        statement.bind(":urgency", int(*filter.urgency));
    if (!filter.stage.isEmpty())
        statement.bind(":stage", filter.stage);
}

QDateTime lastStepTime(const QList<WorkflowEntry> &history, const QDateTime &fallback)
{
    return history.isEmpty() ? fallback : history.constLast().at;
}

DocumentListRow rowFromStatement(const Core::Statement &row)
{
    DocumentListRow result;
    result.recordId = row.text(0);
    const int box = row.int32(1);
    result.received = box >= IncomingOpenBox;
    result.number = row.text(2);
    result.title = row.text(3);
    result.type = typeFromName(row.text(4)).value_or(DocumentType::Notice);
    result.urgency = Urgency(qBound(0, row.int32(5), 2));
    result.classification = row.text(6);
    result.stage = row.text(7);
    result.done = box == SentBox || box == SentBackBox || box == ArchivedBox;
    result.returned = row.int32(8) != 0;
    result.documentDate = QDate::fromString(row.text(9), Qt::ISODate);
    const qint64 due = row.int64(10);
    if (due > 0)
        result.dueAt = QDateTime::fromMSecsSinceEpoch(due, Qt::UTC);
    result.sealChanged = row.int32(11) != 0;
    return result;
}

const QString Columns = QStringLiteral("record_id, box, number, title, type, urgency, classification, stage, "
                                       "returned, doc_date, due_at, seal_changed");

} // namespace

QList<Core::Migration> DocumentsListTable::migrations()
{
    return {{.version = 1,
             .description = QStringLiteral("documents_list: the 公文 lists"),
             .sql = QStringLiteral(
                 "CREATE TABLE documents_list ("
                 " record_id TEXT PRIMARY KEY,"
                 " box INTEGER NOT NULL,"
                 " number TEXT NOT NULL DEFAULT '',"
                 " title TEXT NOT NULL DEFAULT '',"
                 " type TEXT NOT NULL DEFAULT '',"
                 " urgency INTEGER NOT NULL DEFAULT 0,"
                 " classification TEXT NOT NULL DEFAULT '',"
                 " stage TEXT NOT NULL DEFAULT '',"
                 " returned INTEGER NOT NULL DEFAULT 0,"
                 " doc_date TEXT NOT NULL DEFAULT '',"
                 " year INTEGER NOT NULL DEFAULT 0,"
                 " due_at INTEGER NOT NULL DEFAULT 0);"
                 "CREATE INDEX documents_list_by_date ON documents_list (box, doc_date);"
                 "CREATE INDEX documents_list_by_year ON documents_list (box, year, doc_date);")},
            // Rows written before stay 0 until their document changes: a sealed document changed
            // since is flagged from its next change on (the view verifies every open anyway).
            {.version = 2,
             .description = QStringLiteral("documents_list: changed after sealing"),
             .sql = QStringLiteral(
                 "ALTER TABLE documents_list ADD COLUMN seal_changed INTEGER NOT NULL DEFAULT 0;")}};
}

int DocumentsListTable::handlingDays(Urgency urgency)
{
    switch (urgency) {
    case Urgency::VeryUrgent:
        return 1;
    case Urgency::Urgent:
        return 3;
    case Urgency::Normal:
        break;
    }
    return 7;
}

Core::Result<> DocumentsListTable::clear(Core::Database &db)
{
    return db.execute(QStringLiteral("DELETE FROM documents_list"));
}

Core::Result<> DocumentsListTable::refresh(Core::ModuleContext &context, const QString &documentId)
{
    auto found = context.records().get(QString::fromLatin1(DocumentCollection), documentId);
    if (!found)
        return std::unexpected(found.error());
    if (!found->has_value()) {
        auto remove = context.database().prepareCached(
            QStringLiteral("DELETE FROM documents_list WHERE record_id = ?1"));
        if (!remove)
            return std::unexpected(remove.error());
        remove->bind(1, documentId);
        return remove->exec();
    }
    const Core::SyncRecord &record = **found;
    const OfficialDocument document = OfficialDocument::fromPayload(record.payload);
    auto incoming = context.records().get(QString::fromLatin1(IncomingCollection),
                                          DocumentsRecords::incomingId(context, documentId));
    if (!incoming)
        return std::unexpected(incoming.error());

    int box = DraftBox;
    QString stage;
    bool returned = false;
    QDate documentDate = document.issuedOn;
    QDateTime stepSince;
    bool hasDeadline = false;
    if (DocumentsRecords::isReceived(record, incoming->has_value(), context)) {
        const ReceiptState state
            = incoming->has_value() ? ReceiptState::readFrom((*incoming)->payload) : ReceiptState();
        stage = receiptStageName(state.stage);
        box = state.stage == ReceiptStage::Archived   ? ArchivedBox
              : state.stage == ReceiptStage::SentBack ? SentBackBox
                                                      : IncomingOpenBox;
        returned = state.stage == ReceiptStage::SentBack
                   || (!state.history.isEmpty()
                       && state.history.constLast().action == WorkflowEntry::Action::Return);
        if (state.receivedAt.isValid())
            documentDate = state.receivedAt.toLocalTime().date();
        stepSince = lastStepTime(state.history, record.updatedAt);
        hasDeadline = !state.isDone();
    } else {
        const DispatchState state = DispatchState::readFrom(record.payload);
        stage = dispatchStageName(state.stage);
        box = state.isDone() ? SentBox : state.stage == DispatchStage::Drafting ? DraftBox : OwnOpenBox;
        returned
            = !state.history.isEmpty() && state.history.constLast().action == WorkflowEntry::Action::Return;
        stepSince = lastStepTime(state.history, record.updatedAt);
        // Drafting has no period: a draft waits on its author, not on a step.
        hasDeadline = box == OwnOpenBox;
    }
    if (!documentDate.isValid())
        documentDate = record.updatedAt.toLocalTime().date();
    const qint64 due = hasDeadline && stepSince.isValid()
                           ? stepSince.addDays(handlingDays(document.urgency)).toMSecsSinceEpoch()
                           : 0;

    static const Core::RowUpsert upsert(
        QStringLiteral("documents_list"),
        QStringLiteral("record_id, box, number, title, type, urgency, classification, stage, returned, "
                       "doc_date, year, due_at, seal_changed"),
        1);
    const auto bindRow = [&](Core::Statement &row) {
        row.bind(1, documentId)
            .bind(2, box)
            .bind(3, document.documentNumber.trimmed())
            .bind(4, document.title)
            .bind(5, typeName(document.type))
            .bind(6, int(document.urgency))
            .bind(7, securityLevelName(document.classification))
            .bind(8, stage)
            .bind(9, returned ? 1 : 0)
            .bind(10, documentDate.toString(Qt::ISODate))
            .bind(11, documentDate.year())
            .bind(12, due)
            .bind(13, SealVerifier::changedSinceSealing(document) ? 1 : 0);
    };
    return upsert.write(context.database(), bindRow);
}

DocumentsListQuery::DocumentsListQuery(Core::Database &db)
    : m_db(db)
{
}

Core::Result<QList<DocumentListRow>> DocumentsListQuery::page(const ListFilter &filter, int offset,
                                                              int limit) const
{
    const QString direction = filter.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    auto select = m_db.prepareCached(
        QStringLiteral("SELECT ") + Columns + QStringLiteral(" FROM documents_list") + whereOf(filter)
        + QStringLiteral(" ORDER BY ") + orderColumn(filter.sort) + direction + QStringLiteral(", record_id")
        + direction + QStringLiteral(" LIMIT :limit OFFSET :offset"));
    if (!select)
        return std::unexpected(select.error());
    bindFilter(*select, filter);
    select->bind(":limit", qMax(0, limit)).bind(":offset", qMax(0, offset));
    QList<DocumentListRow> rows;
    GD_TRY(select->forEachRow([&](const Core::Statement &row) { rows.append(rowFromStatement(row)); }));
    return rows;
}

Core::Result<int> DocumentsListQuery::count(const ListFilter &filter) const
{
    auto select = m_db.prepareCached(QStringLiteral("SELECT count(*) FROM documents_list") + whereOf(filter));
    if (!select)
        return std::unexpected(select.error());
    bindFilter(*select, filter);
    GD_TRY(select->step());
    return select->int32(0);
}

Core::Result<int> DocumentsListQuery::overdueCount(const ListFilter &filter, const QDateTime &now) const
{
    auto select = m_db.prepareCached(QStringLiteral("SELECT count(*) FROM documents_list") + whereOf(filter)
                                     + QStringLiteral(" AND box IN (1, 3) AND due_at > 0 AND due_at < :now"));
    if (!select)
        return std::unexpected(select.error());
    bindFilter(*select, filter);
    select->bind(":now", now.toMSecsSinceEpoch());
    GD_TRY(select->step());
    return select->int32(0);
}

Core::Result<QList<int>> DocumentsListQuery::years(DocumentList list) const
{
    auto select = m_db.prepareCached(QStringLiteral("SELECT DISTINCT year FROM documents_list WHERE ")
                                     + boxes(list) + QStringLiteral(" AND year > 0 ORDER BY year DESC"));
    if (!select)
        return std::unexpected(select.error());
    QList<int> years;
    GD_TRY(select->forEachRow([&](const Core::Statement &row) { years.append(row.int32(0)); }));
    return years;
}

Core::Result<QStringList> DocumentsListQuery::stages(DocumentList list) const
{
    auto select = m_db.prepareCached(QStringLiteral("SELECT DISTINCT stage FROM documents_list WHERE ")
                                     + boxes(list) + QStringLiteral(" ORDER BY stage"));
    if (!select)
        return std::unexpected(select.error());
    QStringList stages;
    GD_TRY(select->forEachRow([&](const Core::Statement &row) { stages.append(row.text(0)); }));
    // In the order of the workflows, not of code points.
    const auto rank = [](const QString &name) {
        if (auto dispatch = dispatchStageFromName(name))
            return int(*dispatch);
        if (auto receipt = receiptStageFromName(name))
            return 100 + int(*receipt);
        return 1000;
    };
    std::sort(stages.begin(), stages.end(),
              [&](const QString &a, const QString &b) { return rank(a) < rank(b); });
    return stages;
}

} // namespace GovDesk::Documents
