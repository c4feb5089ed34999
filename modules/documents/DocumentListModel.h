// DocumentListModel: one 公文 list as a table, read from the projected table a page at a time.
#pragma once

#include "DocumentsList.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <functional>

namespace GovDesk::Core {
class ModuleContext;
}

namespace GovDesk::Documents {

class DocumentListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NumberColumn,
        TitleColumn,
        TypeColumn,
        UrgencyColumn,
        ClassificationColumn,
        StageColumn,
        DateColumn,
        ColumnCount
    };
    // A page is what a screen shows several times over; the view asks for more as it scrolls.
    static constexpr int PageSize = 100;
    using Clock = std::function<QDateTime()>;

    explicit DocumentListModel(Core::ModuleContext &context, QObject *parent = nullptr);

    // Counts and reads the first page again; keeps nothing of the old filter's rows.
    void setFilter(const ListFilter &filter);
    [[nodiscard]] const ListFilter &filter() const { return m_filter; }
    void reload() { setFilter(m_filter); }
    void setClock(Clock clock) { m_clock = std::move(clock); }

    [[nodiscard]] int totalCount() const { return m_total; }
    [[nodiscard]] int overdueCount() const { return m_overdue; }
    [[nodiscard]] QString loadError() const { return m_error; } // translated; empty when read
    [[nodiscard]] const DocumentListRow &document(int row) const { return m_rows.at(row); }
    [[nodiscard]] int rowOf(const QString &recordId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    // Sorting is the query's: a header click orders the whole list, not the rows read so far.
    void sort(int column, Qt::SortOrder order) override;

    // What the 当前环节 column says, e.g. 待签收, 核稿（退回）.
    [[nodiscard]] static QString stageText(const DocumentListRow &row, const QDateTime &now);

private:
    // The first page of the filter.
    [[nodiscard]] bool readPage();
    [[nodiscard]] QDateTime now() const { return m_clock ? m_clock() : QDateTime::currentDateTimeUtc(); }

    Core::ModuleContext &m_context;
    ListFilter m_filter;
    QList<DocumentListRow> m_rows;
    int m_total = 0;
    int m_overdue = 0;
    QString m_error;
    Clock m_clock;
};

} // namespace GovDesk::Documents
