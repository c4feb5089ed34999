#include "DocumentListModel.h"

#include "DocumentNumber.h"
#include "ReceiptWorkflow.h"
#include "SecurityLevel.h"
#include "module/ModuleContext.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace GovDesk::Documents {

namespace {

ListSort sortOf(int column)
{
    switch (column) {
    case DocumentListModel::NumberColumn:
        return ListSort::ByNumber;
    case DocumentListModel::TitleColumn:
        return ListSort::ByTitle;
    case DocumentListModel::TypeColumn:
        return ListSort::ByType;
    case DocumentListModel::UrgencyColumn:
        return ListSort::ByUrgency;
    case DocumentListModel::StageColumn:
        return ListSort::ByStage;
    default:
        return ListSort::ByDate;
    }
}

// The marks of GB/T 9704's 版头 are red; the list follows: 特急 red, 加急 orange.
QColor urgencyColour(Urgency urgency)
{
    return urgency == Urgency::VeryUrgent ? QColor(0xc0, 0x1c, 0x1c) : QColor(0xb3, 0x5a, 0x00);
}

} // namespace

DocumentListModel::DocumentListModel(Core::ModuleContext &context, QObject *parent)
    : QAbstractTableModel(parent)
    , m_context(context)
{
}

void DocumentListModel::setFilter(const ListFilter &filter)
{
    beginResetModel();
    m_filter = filter;
    m_rows.clear();
    m_total = 0;
    m_overdue = 0;
    m_error.clear();
    if (m_context.isSessionOpen()) {
        const DocumentsListQuery query(m_context.database());
        auto total = query.count(m_filter);
        auto overdue = total ? query.overdueCount(m_filter, now()) : Core::Result<int>(0);
        if (total && overdue) {
            m_total = *total;
            m_overdue = *overdue;
            (void)readPage();
        } else {
            const Core::Error &error = total ? overdue.error() : total.error();
            qCWarning(m_context.log()) << "counting documents failed:" << error.fullText();
            m_error = error.message;
        }
    }
    endResetModel();
}

bool DocumentListModel::readPage()
{
    auto page = DocumentsListQuery(m_context.database()).page(m_filter, 0, PageSize);
    if (!page) {
        qCWarning(m_context.log()) << "reading a page of documents failed:" << page.error().fullText();
        m_error = page.error().message;
        return false;
    }
    m_rows = *page;
    return true;
}

int DocumentListModel::rowOf(const QString &recordId) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).recordId == recordId)
            return int(row);
    }
    return -1;
}

int DocumentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DocumentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DocumentListModel::stageText(const DocumentListRow &row, const QDateTime &now)
{
    QString text = row.stage;
    if (row.received && row.stage == receiptStageName(ReceiptStage::SigningFor))
        //: 当前环节 of an arrival not yet signed for: 待签收
        text = tr("Awaiting sign-for");
    if (row.returned && row.stage != receiptStageName(ReceiptStage::SentBack))
        //: 当前环节 after a return: 核稿（退回）
        text = tr("%1 (returned)").arg(text);
    if (row.isOverdue(now))
        //: 当前环节 past its handling period: 核稿（逾期）
        text = tr("%1 (overdue)").arg(text);
    return text;
}

QVariant DocumentListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const DocumentListRow &row = m_rows.at(index.row());
    const bool overdue = row.isOverdue(now());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NumberColumn:
            return row.number.isEmpty() ? DocumentNumber().displayText() : row.number;
        case TitleColumn:
            //: A sealed document changed since: 【已被篡改】 before its title
            return row.sealChanged ? tr("[Tampered with] %1").arg(row.title) : row.title;
        case TypeColumn:
            return typeName(row.type);
        case UrgencyColumn:
            // 普通 is no mark on the page either.
            return row.urgency == Urgency::Normal ? QString() : urgencyName(row.urgency);
        case ClassificationColumn:
            return row.classification == securityLevelName(SecurityLevel::Public) ? QString() : row.classification;
        case StageColumn:
            return stageText(row, now());
        case DateColumn:
            return row.documentDate.isValid() ? row.documentDate.toString(Qt::ISODate) : QString();
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn && row.sealChanged)
            //: Tooltip of a document changed after 用印
            return tr("%1\nChanged after it was sealed: the electronic seal no longer matches. Open it to see what "
                      "changed.")
                .arg(row.title);
        if (index.column() == TitleColumn)
            return row.title;
        if (overdue && index.column() == StageColumn)
            //: Tooltip: 办理时限 %1
            return tr("Handling period ended %1").arg(row.dueAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        return {};
    case Qt::ForegroundRole:
        if (index.column() == UrgencyColumn && row.urgency != Urgency::Normal)
            return QBrush(urgencyColour(row.urgency));
        if (index.column() == StageColumn && (overdue || row.returned))
            return QBrush(QColor(0xc0, 0x1c, 0x1c));
        if (index.column() == TitleColumn && row.sealChanged)
            return QBrush(QColor(0xb3, 0x26, 0x1e));
        if (index.column() == NumberColumn && row.number.isEmpty())
            return QBrush(QColor(0x80, 0x80, 0x80));
        return {};
    case Qt::BackgroundRole:
        // The whole row, so an overdue document stands out however the columns are arranged.
        if (overdue)
            return QBrush(QColor(0xfd, 0xec, 0xea));
        return {};
    case Qt::FontRole:
        if (row.urgency == Urgency::VeryUrgent || (index.column() == StageColumn && overdue)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::UserRole:
        return row.recordId;
    }
    return {};
}

QVariant DocumentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn:
        //: 发文字号
        return tr("Document number");
    case TitleColumn:
        //: 标题
        return tr("Title");
    case TypeColumn:
        //: 文种
        return tr("Type");
    case UrgencyColumn:
        //: 紧急程度
        return tr("Urgency");
    case ClassificationColumn:
        //: 密级
        return tr("Classification");
    case StageColumn:
        //: 当前环节
        return tr("Current step");
    case DateColumn:
        if (m_filter.list == DocumentList::Incoming || m_filter.list == DocumentList::Archived)
            //: 收文日期
            return tr("Date received");
        //: 成文日期
        return tr("Date of issue");
    }
    return {};
}

bool DocumentListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_error.isEmpty() && m_rows.size() < m_total && m_context.isSessionOpen();
}

void DocumentListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    auto page = DocumentsListQuery(m_context.database()).page(m_filter, int(m_rows.size()), PageSize);
    if (!page) {
        qCWarning(m_context.log()) << "reading a page of documents failed:" << page.error().fullText();
        m_error = page.error().message;
        return;
    }
    if (page->isEmpty()) {
        m_total = int(m_rows.size()); // the table shrank since it was counted
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->size()) - 1);
    m_rows += *page;
    endInsertRows();
}

void DocumentListModel::sort(int column, Qt::SortOrder order)
{
    ListFilter filter = m_filter;
    filter.sort = sortOf(column);
    filter.descending = order == Qt::DescendingOrder;
    setFilter(filter);
}

} // namespace GovDesk::Documents
