#include "WorkbenchPage.h"

#include "ClearButton.h"
#include "EmptyState.h"
#include "LazyChart.h"
#include "ModuleUi.h"
#include "PageHeader.h"
#include "module/ModuleContext.h"
#include "module/ModuleTodos.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace GovDesk::Workbench {

using Core::TodoItem;

WorkbenchPage::WorkbenchPage(Core::ModuleContext &context, Ui::Navigator &navigator,
                             WorkbenchModel::ModuleNames moduleNames, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_navigator(navigator)
    , m_model(new WorkbenchModel({}, this))
    , m_filter(new WorkbenchFilterModel(this))
    , m_stack(new QStackedWidget(this))
    , m_view(new QTreeView(m_stack))
    , m_emptyState(new Ui::EmptyState({}, {}, m_stack))
    , m_header(new Ui::PageHeader(context.metadata().displayName(), this))
    , m_filterEdit(new QLineEdit(this))
    //: 刷新
    , m_refreshButton(new QPushButton(tr("Refresh"), this))
    //: 统计图
    , m_chartButton(new QPushButton(tr("Chart"), this))
    , m_chart(new Ui::LazyChart(this))
{
    m_model->setModuleNames(std::move(moduleNames));
    m_filter->setSourceModel(m_model);

    // Tests and accessibility tools find the parts by name.
    m_filterEdit->setObjectName(QStringLiteral("workbenchFilter"));
    m_refreshButton->setObjectName(QStringLiteral("workbenchRefresh"));
    m_chartButton->setObjectName(QStringLiteral("workbenchChartButton"));
    m_chart->setObjectName(QStringLiteral("workbenchChart"));
    m_view->setObjectName(QStringLiteral("workbenchView"));
    m_emptyState->setObjectName(QStringLiteral("workbenchEmptyState"));

    //: 按标题筛选
    m_filterEdit->setPlaceholderText(tr("Filter by title"));
    Ui::offerClearButton(m_filterEdit);
    m_filterEdit->setMinimumWidth(fontMetrics().averageCharWidth() * 32);
    m_header->addAction(m_filterEdit);
    m_header->addAction(m_refreshButton);
    m_header->addAction(m_chartButton);
    m_chartButton->setCheckable(true);
    m_chart->setMinimumHeight(260);
    m_chart->hide();
    connect(m_chartButton, &QPushButton::toggled, m_chart, &QWidget::setVisible);

    m_view->setModel(m_filter);
    m_view->setRootIsDecorated(false);
    m_view->setItemsExpandable(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAllColumnsShowFocus(true);
    // No click-to-sort: the order is the to-do list's, urgency first, and the same everywhere.
    m_view->setSortingEnabled(false);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionsMovable(false);
    // The title takes the room that is left; long ones are elided, whole in the tooltip. The
    // other columns are fitted to their contents on each refresh (fitColumns).
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(WorkbenchModel::TitleColumn, QHeaderView::Stretch);

    m_stack->addWidget(m_view);
    m_stack->addWidget(m_emptyState);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_stack, 2);
    layout->addWidget(m_chart, 1);

    // Keyboard users land in the list (arrows, Enter opens), not in the filter box: the focus
    // chain is the order of creation, so the list is created before the header. (Reordering
    // with setTabOrder does not move a widget ahead of an item view in Qt 6.4.)
    setFocusProxy(m_view);

    connect(m_view, &QAbstractItemView::activated, this, &WorkbenchPage::activate);
    connect(m_refreshButton, &QPushButton::clicked, this, &WorkbenchPage::refresh);
    // Live: any module publishing or completing an item (and a sync that brings task records)
    // shows here without a click, but only while the profile is open.
    connect(&m_context, &Core::ModuleContext::todosChanged, this, [this] {
        if (isVisible())
            refresh();
    });
    connect(&m_context, &Core::ModuleContext::sessionUnlocked, this, [this] {
        if (isVisible())
            refresh();
    });
    connect(m_filterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setFilterText(text);
        updateState();
    });

    updateState();
}

void WorkbenchPage::refresh()
{
    QString selectedModule;
    QString selectedRecord;
    if (const QModelIndex current = m_filter->mapToSource(m_view->currentIndex()); current.isValid()) {
        selectedModule = m_model->item(current.row()).module;
        selectedRecord = m_model->item(current.row()).recordId;
    }

    if (!m_context.isSessionOpen())
        return; // behind the lock overlay; refreshed at unlock
    auto items = m_context.todos().openItems();
    if (items) {
        m_loadError.clear();
        m_model->setItems(std::move(*items));
    } else {
        qCWarning(m_context.log()) << "reading the open to-do items failed:" << items.error().fullText();
        m_loadError = items.error().message;
        m_model->setItems({});
    }

    if (!selectedRecord.isEmpty())
        selectSourceRow(m_model->rowOf(selectedModule, selectedRecord));
    fitColumns();
    updateState();
    m_chart->setOption(m_model->chartOption());
}

void WorkbenchPage::fitColumns()
{
    // Fitting alone would set the texts edge to edge; people read columns by the gaps.
    const int gap = m_view->fontMetrics().averageCharWidth() * 3;
    for (int column = 0; column < WorkbenchModel::ColumnCount; ++column) {
        if (column == WorkbenchModel::TitleColumn)
            continue;
        m_view->resizeColumnToContents(column);
        m_view->setColumnWidth(column, m_view->columnWidth(column) + gap);
    }
}

bool WorkbenchPage::showItem(const QString &module, const QString &recordId)
{
    refresh();
    const int row = m_model->rowOf(module, recordId);
    if (row < 0)
        return false;
    if (!m_filter->mapFromSource(m_model->index(row, 0)).isValid())
        m_filterEdit->clear(); // updates the filter through textChanged
    selectSourceRow(row);
    m_view->setFocus();
    return true;
}

void WorkbenchPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void WorkbenchPage::activate(const QModelIndex &index)
{
    const QModelIndex source = m_filter->mapToSource(index);
    if (!source.isValid())
        return;
    const TodoItem &item = m_model->item(source.row());
    m_navigator.openRecord(item.module, item.recordId);
}

void WorkbenchPage::selectSourceRow(int row)
{
    const QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return;
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect
                                                         | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void WorkbenchPage::updateState()
{
    const int total = m_model->rowCount();
    const int overdue = m_model->overdueCount();
    if (total == 0)
        m_header->setSubtitle({});
    else if (overdue == 0)
        //: Page subtitle; zh_CN: 共 %n 项待办
        m_header->setSubtitle(tr("%n open item(s)", nullptr, total));
    else
        //: Page subtitle; %1 is the number overdue. zh_CN: 共 %n 项待办，其中 %1 项已逾期
        m_header->setSubtitle(tr("%n open item(s), %1 overdue", nullptr, total).arg(overdue));

    if (!m_loadError.isEmpty()) {
        m_emptyState->setText(tr("The to-do list could not be read"), m_loadError);
        m_stack->setCurrentWidget(m_emptyState);
    } else if (total == 0) {
        //: 暂无待办事项
        m_emptyState->setText(tr("No to-do items"),
                              tr("Documents to sign for, handle or read in any module appear here."));
        m_stack->setCurrentWidget(m_emptyState);
    } else if (m_filter->rowCount() == 0) {
        m_emptyState->setText(tr("No item matches the filter"),
                              tr("Clear the filter to see all %n item(s).", nullptr, total));
        m_stack->setCurrentWidget(m_emptyState);
    } else {
        m_stack->setCurrentWidget(m_view);
    }
    // Nothing to filter in an empty list.
    m_filterEdit->setEnabled(total > 0 || !m_filterEdit->text().isEmpty());
}

} // namespace GovDesk::Workbench
