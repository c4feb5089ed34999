// WorkbenchModel: the open to-do items of all modules as table rows, and the filter over them.
#pragma once

#include "todo/TodoService.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QJsonObject>
#include <QSortFilterProxyModel>
#include <functional>

namespace GovDesk::Workbench {

class WorkbenchModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { UrgencyColumn, KindColumn, TitleColumn, ModuleColumn, DeadlineColumn, ColumnCount };

    using Clock = std::function<QDateTime()>;
    // The display name of a module id. The page knows only ids: module names come from the
    // shell, which has every module's metadata.
    using ModuleNames = std::function<QString(const QString &moduleId)>;

    // Tests pass a clock to check what is overdue without waiting for a deadline to pass.
    explicit WorkbenchModel(Clock clock = {}, QObject *parent = nullptr);

    void setModuleNames(ModuleNames names);
    // Rows keep the order given: TodoService::openItems() already puts the most pressing first,
    // and the workbench must agree with every other list of to-dos.
    void setItems(QList<Core::TodoItem> items);
    [[nodiscard]] const QList<Core::TodoItem> &items() const { return m_items; }
    [[nodiscard]] const Core::TodoItem &item(int row) const { return m_items.at(row); }
    // -1 when not listed. Both kinds of one record are listed; the first (to do) wins.
    [[nodiscard]] int rowOf(const QString &module, const QString &recordId) const;

    [[nodiscard]] bool isOverdue(const Core::TodoItem &item) const;
    [[nodiscard]] int overdueCount() const;
    // Calendar days (local time) from the deadline to today: 0 when it passed earlier today.
    // Only meaningful for an overdue item.
    [[nodiscard]] int daysOverdue(const Core::TodoItem &item) const;

    // The open items per module, stacked by urgency: an ECharts option for the page's chart.
    [[nodiscard]] QJsonObject chartOption() const;

    [[nodiscard]] static QString urgencyText(Core::Urgency urgency);
    [[nodiscard]] static QString kindText(Core::TodoKind kind);
    [[nodiscard]] static QString deadlineText(const QDateTime &dueAt);
    [[nodiscard]] static QColor overdueColor();

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] QString moduleName(const QString &moduleId) const;
    [[nodiscard]] QString overdueText(const Core::TodoItem &item) const;

    Clock m_clock;
    ModuleNames m_moduleNames;
    QList<Core::TodoItem> m_items;
};

// The filter box of the workbench: words separated by spaces, each of which the title must
// contain (ignoring case), as in global search. Never sorts: the order is the model's.
class WorkbenchFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit WorkbenchFilterModel(QObject *parent = nullptr);
    void setFilterText(const QString &text);
    [[nodiscard]] bool isFiltering() const { return !m_words.isEmpty(); }

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_words;
};

} // namespace GovDesk::Workbench
