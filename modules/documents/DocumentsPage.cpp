#include "DocumentsPage.h"

#include "DocumentHandling.h"
#include "DocumentListModel.h"
#include "DocumentView.h"
#include "DraftForm.h"
#include "EmptyState.h"
#include "PageHeader.h"
#include "module/ModuleContext.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace GovDesk::Documents {

namespace {

QString listName(DocumentList list)
{
    switch (list) {
    case DocumentList::Drafts:
        //: 草稿
        return DocumentsPage::tr("Drafts");
    case DocumentList::Pending:
        //: 待办
        return DocumentsPage::tr("To do");
    case DocumentList::Sent:
        //: 已发
        return DocumentsPage::tr("Sent");
    case DocumentList::Incoming:
        //: 收文
        return DocumentsPage::tr("Received");
    case DocumentList::Archived:
        //: 归档
        return DocumentsPage::tr("Archived");
    }
    return {};
}

} // namespace

DocumentsPage::DocumentsPage(Core::ModuleContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new DocumentListModel(context, this))
    , m_pages(new QStackedWidget(this))
    , m_listPage(new QWidget(m_pages))
    , m_header(new Ui::PageHeader(context.metadata().displayName(), m_listPage))
    , m_lists(new QListWidget(m_listPage))
    , m_year(new QComboBox(m_listPage))
    , m_type(new QComboBox(m_listPage))
    , m_urgency(new QComboBox(m_listPage))
    , m_stage(new QComboBox(m_listPage))
    , m_listStack(new QStackedWidget(m_listPage))
    , m_table(new QTreeView(m_listStack))
    , m_empty(new Ui::EmptyState({}, {}, m_listStack))
    , m_form(new DraftForm(context, m_pages))
    , m_view(new DocumentView(context, m_pages))
{
    m_lists->setObjectName(QStringLiteral("documentLists"));
    m_year->setObjectName(QStringLiteral("filterYear"));
    m_type->setObjectName(QStringLiteral("filterType"));
    m_urgency->setObjectName(QStringLiteral("filterUrgency"));
    m_stage->setObjectName(QStringLiteral("filterStage"));
    m_table->setObjectName(QStringLiteral("documentTable"));
    m_empty->setObjectName(QStringLiteral("documentsEmptyState"));

    for (DocumentList list : {DocumentList::Pending, DocumentList::Drafts, DocumentList::Sent,
                              DocumentList::Incoming, DocumentList::Archived}) {
        auto *item = new QListWidgetItem(listName(list), m_lists);
        item->setData(Qt::UserRole, int(list));
    }
    m_lists->setFixedWidth(fontMetrics().horizontalAdvance(QStringLiteral("收文（9999）")) * 3 / 2);

    //: Filter: 全部文种 / 全部年度 / 全部紧急程度 / 全部环节
    m_type->addItem(tr("All types"));
    for (DocumentType type : allDocumentTypes())
        m_type->addItem(typeName(type), int(type));
    m_urgency->addItem(tr("Any urgency"));
    for (Urgency urgency : {Urgency::VeryUrgent, Urgency::Urgent, Urgency::Normal})
        m_urgency->addItem(urgencyName(urgency), int(urgency));

    auto *filters = new QHBoxLayout;
    //: Filter labels: 年度, 文种, 紧急程度, 环节
    filters->addWidget(new QLabel(tr("Year:"), m_listPage));
    filters->addWidget(m_year);
    filters->addWidget(new QLabel(tr("Type:"), m_listPage));
    filters->addWidget(m_type);
    filters->addWidget(new QLabel(tr("Urgency:"), m_listPage));
    filters->addWidget(m_urgency);
    filters->addWidget(new QLabel(tr("Step:"), m_listPage));
    filters->addWidget(m_stage);
    filters->addStretch();

    m_table->setModel(m_model);
    m_table->setRootIsDecorated(false);
    m_table->setItemsExpandable(false);
    m_table->setUniformRowHeights(true);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAllColumnsShowFocus(true);
    m_table->setSortingEnabled(true);
    m_table->header()->setSortIndicator(DocumentListModel::DateColumn, Qt::DescendingOrder);
    m_table->header()->setStretchLastSection(false);
    m_table->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->header()->setSectionResizeMode(DocumentListModel::TitleColumn, QHeaderView::Stretch);
    m_listStack->addWidget(m_table);
    m_listStack->addWidget(m_empty);

    auto *right = new QVBoxLayout;
    right->addLayout(filters);
    right->addWidget(m_listStack, 1);
    auto *body = new QHBoxLayout;
    body->addWidget(m_lists);
    body->addLayout(right, 1);
    auto *listLayout = new QVBoxLayout(m_listPage);
    listLayout->addWidget(m_header);
    listLayout->addLayout(body, 1);

    m_pages->addWidget(m_listPage);
    m_pages->addWidget(m_form);
    m_pages->addWidget(m_view);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);
    setFocusProxy(m_table);

    connect(m_lists, &QListWidget::currentRowChanged, this, [this] {
        refreshFilterChoices();
        applyFilter();
    });
    for (QComboBox *combo : {m_year, m_type, m_urgency, m_stage}) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_updatingChoices)
                applyFilter();
        });
    }
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (index.isValid())
            (void)openDocument(m_model->document(index.row()).recordId);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &DocumentsPage::updateState);
    connect(m_form, &DraftForm::closeRequested, this, &DocumentsPage::backToList);
    connect(m_form, &DraftForm::submitted, this, [this](const QString &id) { (void)openDocument(id); });
    connect(m_form, &DraftForm::saved, this, [this] { m_model->reload(); });
    connect(m_view, &DocumentView::backRequested, this, &DocumentsPage::backToList);
    connect(m_view, &DocumentView::editRequested, this, &DocumentsPage::editDraft);
    connect(m_view, &DocumentView::changed, this, [this] { m_model->reload(); });
    // Records synced or written elsewhere reach the table through the projection.
    connect(&m_context, &Core::ModuleContext::projected, this, [this] {
        if (isVisible() && m_pages->currentWidget() == m_listPage)
            refresh();
    });
    connect(&m_context, &Core::ModuleContext::sessionUnlocked, this, [this] {
        if (isVisible())
            refresh();
    });

    m_lists->setCurrentRow(0);
}

void DocumentsPage::showList(DocumentList list)
{
    for (int row = 0; row < m_lists->count(); ++row) {
        if (m_lists->item(row)->data(Qt::UserRole).toInt() == int(list))
            m_lists->setCurrentRow(row);
    }
    backToList();
}

void DocumentsPage::refreshFilterChoices()
{
    if (!m_context.isSessionOpen())
        return;
    m_updatingChoices = true;
    const auto list = DocumentList(m_lists->currentItem() ? m_lists->currentItem()->data(Qt::UserRole).toInt() : 0);
    const DocumentsListQuery query(m_context.database());
    const int year = m_year->currentData().toInt();
    m_year->clear();
    m_year->addItem(tr("All years"), 0);
    for (int each : query.years(list).value_or(QList<int>()))
        m_year->addItem(QString::number(each), each);
    m_year->setCurrentIndex(qMax(0, m_year->findData(year)));
    const QString stage = m_stage->currentData().toString();
    m_stage->clear();
    m_stage->addItem(tr("All steps"), QString());
    for (const QString &each : query.stages(list).value_or(QStringList()))
        m_stage->addItem(each, each);
    m_stage->setCurrentIndex(qMax(0, m_stage->findData(stage)));
    m_updatingChoices = false;
}

void DocumentsPage::applyFilter()
{
    ListFilter filter = m_model->filter();
    filter.list = DocumentList(m_lists->currentItem() ? m_lists->currentItem()->data(Qt::UserRole).toInt() : 0);
    filter.year = m_year->currentData().toInt();
    filter.type = m_type->currentIndex() > 0 ? std::optional(DocumentType(m_type->currentData().toInt())) : std::nullopt;
    filter.urgency = m_urgency->currentIndex() > 0 ? std::optional(Urgency(m_urgency->currentData().toInt())) : std::nullopt;
    filter.stage = m_stage->currentData().toString();
    m_model->setFilter(filter);
}

void DocumentsPage::refresh()
{
    if (!m_context.isSessionOpen())
        return;
    refreshFilterChoices();
    applyFilter();
    // The counts beside the lists: what a clerk checks first in the morning.
    const DocumentsListQuery query(m_context.database());
    for (int row = 0; row < m_lists->count(); ++row) {
        QListWidgetItem *item = m_lists->item(row);
        const auto list = DocumentList(item->data(Qt::UserRole).toInt());
        const int count = query.count({.list = list}).value_or(0);
        //: A list and its count: 待办（12）
        item->setText(count > 0 ? tr("%1 (%2)").arg(listName(list)).arg(count) : listName(list));
    }
}

void DocumentsPage::updateState()
{
    const int total = m_model->totalCount();
    const int overdue = m_model->overdueCount();
    if (total == 0)
        m_header->setSubtitle({});
    else if (overdue == 0)
        //: Subtitle: 共 %n 件
        m_header->setSubtitle(tr("%n document(s)", nullptr, total));
    else
        //: Subtitle: 共 %n 件，其中 %1 件已逾期
        m_header->setSubtitle(tr("%n document(s), %1 overdue", nullptr, total).arg(overdue));

    const ListFilter &filter = m_model->filter();
    const bool filtered = filter.year > 0 || filter.type || filter.urgency || !filter.stage.isEmpty();
    if (!m_model->loadError().isEmpty()) {
        m_empty->setText(tr("The documents could not be read"), m_model->loadError());
        m_listStack->setCurrentWidget(m_empty);
    } else if (total == 0 && filtered) {
        m_empty->setText(tr("No document matches the filter"), tr("Choose 「All」 in the filters to see the whole list."));
        m_listStack->setCurrentWidget(m_empty);
    } else if (total == 0) {
        const QString hint = filter.list == DocumentList::Drafts
                                 //: Empty 草稿 list
                                 ? tr("Start a new document with 「New document」 in the Documents menu.")
                                 : tr("Documents appear here as they reach this step.");
        //: Empty list: 暂无公文
        m_empty->setText(tr("No documents in %1").arg(listName(filter.list)), hint);
        m_listStack->setCurrentWidget(m_empty);
    } else {
        m_listStack->setCurrentWidget(m_table);
    }
}

void DocumentsPage::newDocument()
{
    m_form->startNew();
    m_pages->setCurrentWidget(m_form);
}

void DocumentsPage::editDraft(const QString &recordId)
{
    auto loaded = DocumentHandling::load(m_context, recordId);
    if (!loaded)
        return;
    m_form->edit(recordId, loaded->document, loaded->dispatch);
    m_pages->setCurrentWidget(m_form);
}

const LoadedDocument *DocumentsPage::shownDocument() const
{
    return m_pages->currentWidget() == m_view && !m_view->recordId().isEmpty() ? &m_view->loaded() : nullptr;
}

bool DocumentsPage::openDocument(const QString &recordId)
{
    if (!m_view->showDocument(recordId))
        return false;
    m_pages->setCurrentWidget(m_view);
    return true;
}

void DocumentsPage::backToList()
{
    m_pages->setCurrentWidget(m_listPage);
    refresh();
}

bool DocumentsPage::hasUnsavedDraft() const
{
    return m_form->isDirty();
}

void DocumentsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_pages->currentWidget() == m_listPage)
        refresh();
}

} // namespace GovDesk::Documents
