#include "WorkbenchModel.h"

#include <QJsonArray>

#include <algorithm>

#include <QBrush>
#include <QFont>
#include <QLocale>
#include <QRegularExpression>
#include <algorithm>

namespace GovDesk::Workbench {

using Core::TodoItem;
using Core::TodoKind;
using Core::Urgency;

WorkbenchModel::WorkbenchModel(Clock clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); }))
{
}

void WorkbenchModel::setModuleNames(ModuleNames names)
{
    m_moduleNames = std::move(names);
    if (!m_items.isEmpty())
        Q_EMIT dataChanged(index(0, ModuleColumn), index(rowCount() - 1, ModuleColumn));
}

void WorkbenchModel::setItems(QList<TodoItem> items)
{
    beginResetModel();
    m_items = std::move(items);
    endResetModel();
}

int WorkbenchModel::rowOf(const QString &module, const QString &recordId) const
{
    for (qsizetype row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).module == module && m_items.at(row).recordId == recordId)
            return static_cast<int>(row);
    }
    return -1;
}

bool WorkbenchModel::isOverdue(const TodoItem &item) const
{
    return item.dueAt.isValid() && item.dueAt < m_clock();
}

int WorkbenchModel::overdueCount() const
{
    return static_cast<int>(std::count_if(m_items.cbegin(), m_items.cend(),
                                          [this](const TodoItem &item) { return isOverdue(item); }));
}

int WorkbenchModel::daysOverdue(const TodoItem &item) const
{
    // Calendar days, as people count them: due yesterday at 17:30 is one day late this morning.
    return static_cast<int>(item.dueAt.toLocalTime().date().daysTo(m_clock().toLocalTime().date()));
}

QString WorkbenchModel::urgencyText(Urgency urgency)
{
    switch (urgency) {
    case Urgency::VeryUrgent:
        //: 紧急程度 特急 (GB/T 9704)
        return tr("Very urgent");
    case Urgency::Urgent:
        //: 紧急程度 加急 (GB/T 9704)
        return tr("Urgent");
    case Urgency::Normal:
        break;
    }
    //: 紧急程度 普通
    return tr("Normal", "urgency");
}

QString WorkbenchModel::kindText(TodoKind kind)
{
    //: 待阅 / 待办
    return kind == TodoKind::ToRead ? tr("To read") : tr("To do");
}

QString WorkbenchModel::deadlineText(const QDateTime &dueAt)
{
    if (!dueAt.isValid())
        //: 办理期限 of an item without one: 无
        return tr("None", "no deadline");
    // The format is translated: zh_CN writes dates as 成文日期 are written (GB/T 9704),
    // 「2026年11月27日」, without leading zeros.
    //: Date format of the 办理期限 column (QDate::toString); zh_CN: yyyy年M月d日
    return QLocale().toString(dueAt.toLocalTime().date(), tr("MMM d, yyyy", "deadline date format"));
}

QColor WorkbenchModel::overdueColor()
{
    // A dark red that stays readable on the light row backgrounds and the selection highlight.
    return QColor(0xc6, 0x28, 0x28);
}

int WorkbenchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int WorkbenchModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WorkbenchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TodoItem &item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case UrgencyColumn:
            return urgencyText(item.urgency);
        case KindColumn:
            return kindText(item.kind);
        case TitleColumn:
            return item.title;
        case ModuleColumn:
            return moduleName(item.module);
        case DeadlineColumn:
            return deadlineText(item.dueAt);
        }
        break;
    case Qt::ForegroundRole:
        if (isOverdue(item))
            return QBrush(overdueColor());
        break;
    case Qt::FontRole:
        // 特急 must catch the eye even when nothing is overdue.
        if (index.column() == UrgencyColumn && item.urgency == Urgency::VeryUrgent) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case Qt::ToolTipRole: {
        // Long titles are elided in the column; the tooltip shows them whole.
        const QString overdue = overdueText(item);
        if (index.column() == TitleColumn)
            return overdue.isEmpty() ? item.title : item.title + QLatin1Char('\n') + overdue;
        if (!overdue.isEmpty())
            return overdue;
        break;
    }
    default:
        break;
    }
    return {};
}

QVariant WorkbenchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case UrgencyColumn:
        //: 紧急程度
        return tr("Urgency");
    case KindColumn:
        //: 类型: 待办 or 待阅
        return tr("Type", "to do or to read");
    case TitleColumn:
        //: 标题
        return tr("Title");
    case ModuleColumn:
        //: 来自: the module that published the item
        return tr("From", "module");
    case DeadlineColumn:
        //: 办理期限
        return tr("Deadline");
    }
    return {};
}

QString WorkbenchModel::moduleName(const QString &moduleId) const
{
    const QString name = m_moduleNames ? m_moduleNames(moduleId) : QString();
    return name.isEmpty() ? moduleId : name;
}

QString WorkbenchModel::overdueText(const TodoItem &item) const
{
    if (!isOverdue(item))
        return {};
    const int days = daysOverdue(item);
    if (days <= 0)
        //: zh_CN: 已逾期（今天 %1 到期）
        return tr("Overdue since %1 today")
            .arg(QLocale().toString(item.dueAt.toLocalTime().time(), QStringLiteral("HH:mm")));
    //: zh_CN: 已逾期 %n 天
    return tr("Overdue by %n day(s)", nullptr, days);
}

WorkbenchFilterModel::WorkbenchFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(false);
}

void WorkbenchFilterModel::setFilterText(const QString &text)
{
    // Full-width spaces too: Chinese input methods type them between words.
    static const QRegularExpression separators(QStringLiteral("[\\s\\x{3000}]+"));
    const QStringList words = text.split(separators, Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateFilter();
}

bool WorkbenchFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QString title
        = sourceModel()->index(sourceRow, WorkbenchModel::TitleColumn, sourceParent).data().toString();
    return std::all_of(m_words.cbegin(), m_words.cend(),
                       [&](const QString &word) { return title.contains(word, Qt::CaseInsensitive); });
}

QJsonObject WorkbenchModel::chartOption() const
{
    QStringList modules;
    for (const Core::TodoItem &item : m_items) {
        if (!modules.contains(item.module))
            modules << item.module;
    }
    QJsonArray names;
    for (const QString &module : std::as_const(modules))
        names.append(moduleName(module));
    QJsonArray series;
    // Most pressing on top of each bar, in the colours the list uses for them.
    const std::pair<Core::Urgency, const char *> urgencies[] = {
        {Core::Urgency::Normal, "#5b8ff9"}, {Core::Urgency::Urgent, "#f6bd16"}, {Core::Urgency::VeryUrgent, "#e8684a"}};
    for (const auto &[urgency, colour] : urgencies) {
        QJsonArray counts;
        for (const QString &module : std::as_const(modules)) {
            counts.append(static_cast<int>(std::count_if(m_items.cbegin(), m_items.cend(), [&](const Core::TodoItem &item) {
                return item.module == module && item.urgency == urgency;
            })));
        }
        series.append(QJsonObject{{QStringLiteral("name"), urgencyText(urgency)},
                                  {QStringLiteral("type"), QStringLiteral("bar")},
                                  {QStringLiteral("stack"), QStringLiteral("open")},
                                  {QStringLiteral("itemStyle"), QJsonObject{{QStringLiteral("color"), QLatin1String(colour)}}},
                                  {QStringLiteral("data"), counts}});
    }
    return {{QStringLiteral("title"), QJsonObject{{QStringLiteral("text"), tr("Open items by module")}}},
            {QStringLiteral("tooltip"), QJsonObject{{QStringLiteral("trigger"), QStringLiteral("axis")}}},
            {QStringLiteral("legend"), QJsonObject{{QStringLiteral("bottom"), 0}}},
            {QStringLiteral("xAxis"), QJsonObject{{QStringLiteral("type"), QStringLiteral("category")}, {QStringLiteral("data"), names}}},
            {QStringLiteral("yAxis"), QJsonObject{{QStringLiteral("type"), QStringLiteral("value")}, {QStringLiteral("minInterval"), 1}}},
            {QStringLiteral("series"), series}};
}

} // namespace GovDesk::Workbench
