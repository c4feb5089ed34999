// DocumentsList: the 公文 lists (草稿, 待办, 已发, 收文, 归档) as one projected table, read a page at a time.
#pragma once

#include "DocumentType.h"
#include "Result.h"
#include "Urgency.h"
#include "store/MigrationRunner.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace GovDesk::Core {
class Database;
class ModuleContext;
} // namespace GovDesk::Core

namespace GovDesk::Documents {

// The lists a clerk works from. 待办 overlaps the others on purpose: a 收文 being handled is in
// both 收文 and 待办.
enum class DocumentList {
    Drafts,   // 草稿: own documents at 拟稿
    Pending,  // 待办: every open step except drafting, sent and received
    Sent,     // 已发: own documents distributed
    Incoming, // 收文: received, not yet archived (sent back included)
    Archived, // 归档: received and archived
};

enum class ListSort { ByDate, ByNumber, ByTitle, ByType, ByUrgency, ByStage };

struct ListFilter
{
    DocumentList list = DocumentList::Pending;
    int year = 0; // of the document date; 0 = any
    std::optional<DocumentType> type;
    std::optional<Urgency> urgency;
    QString stage; // the step by Chinese name (核稿, 签收 …); empty = any
    ListSort sort = ListSort::ByDate;
    bool descending = true;
};

// One row of the table: what the list shows, nothing more (the page opens the record).
struct DocumentListRow
{
    QString recordId;
    bool received = false;
    QString number; // 发文字号 as written; empty = 待编号
    QString title;
    DocumentType type = DocumentType::Notice;
    Urgency urgency = Urgency::Normal;
    QString classification; // 密级 by name
    QString stage;          // DispatchStage or ReceiptStage by name
    bool done = false;
    bool returned = false; // the last step was a return (发文) or the arrival was sent back (收文)
    QDate documentDate;    // 成文日期 of a sent document, 收文日期 (签收) of a received one
    QDateTime dueAt;       // end of the handling period of the current step; invalid: none
    bool sealChanged = false; // sealed, and changed since (SealVerifier::changedSinceSealing)

    [[nodiscard]] bool isOverdue(const QDateTime &now) const { return !done && dueAt.isValid() && dueAt < now; }
};

class DocumentsListTable
{
public:
    [[nodiscard]] static QList<Core::Migration> migrations();
    // 办理时限 of one step by 紧急程度: 特急 1 day, 加急 3 days, 普通 7 days. Until the organisation
    // sets its own periods (issue 11 leaves them open), these follow common OA practice.
    [[nodiscard]] static int handlingDays(Urgency urgency);
    // Writes (or drops) the row of one document from its records; idempotent, for the projection.
    [[nodiscard]] static Core::Result<> refresh(Core::ModuleContext &context, const QString &documentId);
    [[nodiscard]] static Core::Result<> clear(Core::Database &db);
};

// Reads pages of the table; every filter and the order run in SQL on indexed columns, so the first
// page of 20,000 documents costs what the first page of 20 does.
class DocumentsListQuery
{
public:
    explicit DocumentsListQuery(Core::Database &db);

    [[nodiscard]] Core::Result<QList<DocumentListRow>> page(const ListFilter &filter, int offset,
                                                            int limit) const;
    [[nodiscard]] Core::Result<int> count(const ListFilter &filter) const;
    [[nodiscard]] Core::Result<int> overdueCount(const ListFilter &filter, const QDateTime &now) const;
    // The years that have documents in `list`, newest first, for the year filter.
    [[nodiscard]] Core::Result<QList<int>> years(DocumentList list) const;
    // The steps documents of `list` are at, for the step filter.
    [[nodiscard]] Core::Result<QStringList> stages(DocumentList list) const;

private:
    Core::Database &m_db;
};

} // namespace GovDesk::Documents
