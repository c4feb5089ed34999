#include "DisclosurePage.h"

#include "AttachmentLists.h"
#include "AttachmentPanel.h"
#include "DisclosureItem.h"
#include "DisclosureRecords.h"
#include "DisclosureSettings.h"
#include "ItemActions.h"
#include "HolidayCalendarDialog.h"
#include "ItemEditor.h"
#include "ItemWorkflow.h"
#include "DisplayDate.h"
#include "PortalPreviewDialog.h"
#include "PortalRecords.h"
#include "ReportTab.h"
#include "RequestForms.h"
#include "RequestsStore.h"
#include "RequestsTab.h"
#include "module/ModuleContext.h"
#include "module/ModuleRecords.h"
#include "store/Database.h"
#include "sync/RecordStore.h"

#include <QDate>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace GovDesk::Disclosure {

namespace {

enum Column { StatusColumn, IndexColumn, CategoryColumn, TitleColumn, ChangedColumn, ColumnCount };

QColor supervisionColour(int status)
{
    switch (status) {
    case 1:
        return QColor(0xf5, 0xc2, 0x42); // 预警
    case 2:
        return QColor(0xd9, 0x3b, 0x3b); // 超期
    default:
        return QColor(0x4c, 0xaf, 0x50); // 正常
    }
}

} // namespace

DisclosurePage::DisclosurePage(Core::ModuleContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    auto *layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    layout->addWidget(m_tabs);

    auto *items = new QSplitter(Qt::Horizontal, m_tabs);
    m_list = new QTableWidget(0, ColumnCount, items);
    m_list->setHorizontalHeaderLabels({
        //: Column of the 主动公开 list: 状态
        tr("Status"),
        //: Column: 索引号
        tr("Index number"),
        //: Column: 主题分类
        tr("Category"),
        //: Column: 标题
        tr("Title"),
        //: Column: 形成或者变更日期
        tr("Changed on"),
    });
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // The title takes what the short columns leave; a long category name is elided.
    m_list->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setSectionResizeMode(CategoryColumn, QHeaderView::Interactive);
    m_list->horizontalHeader()->resizeSection(CategoryColumn, 120);
    m_list->horizontalHeader()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_list->verticalHeader()->hide();

    auto *detail = new QWidget(items);
    auto *detailLayout = new QVBoxLayout(detail);
    m_preview = new QTextBrowser(detail);
    m_preview->setObjectName(QStringLiteral("itemPreview"));
    m_findings = new QListWidget(detail);
    m_findings->setObjectName(QStringLiteral("secrecyFindings"));
    m_findings->setMaximumHeight(90);
    m_error = new QLabel(detail);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_buttons = new QWidget(detail);
    auto *buttons = new QHBoxLayout(m_buttons);
    buttons->setContentsMargins(0, 0, 0, 0);
    const QList<std::pair<ItemAction, QString>> labels{
        //: Workflow button: 送审
        {ItemAction::Submit, tr("Submit for review…")},
        //: Workflow button: 审查通过
        {ItemAction::Approve, tr("Approve…")},
        //: Workflow button: 发布
        {ItemAction::Publish, tr("Publish…")},
        //: Workflow button: 退回
        {ItemAction::Return, tr("Return…")},
        //: Workflow button: 更新 (reopen a published item)
        {ItemAction::Update, tr("Update…")},
        //: Workflow button: 撤回
        {ItemAction::Withdraw, tr("Withdraw…")},
    };
    for (const auto &[action, label] : labels) {
        auto *button = new QPushButton(label, m_buttons);
        button->setProperty("action", int(action));
        connect(button, &QPushButton::clicked, this, [this, action] { act(int(action)); });
        buttons->addWidget(button);
        m_actionButtons.append(button);
    }
    buttons->addStretch();
    //: Button: 编辑 (a draft)
    m_edit = new QPushButton(tr("Edit…"), m_buttons);
    connect(m_edit, &QPushButton::clicked, this, [this] { edit(m_shown); });
    buttons->addWidget(m_edit);
    //: Button: 门户预览 (the item as the public 政府信息公开 portal shows it)
    m_portalPreview = new QPushButton(tr("Portal preview…"), m_buttons);
    m_portalPreview->setObjectName(QStringLiteral("portalPreviewButton"));
    connect(m_portalPreview, &QPushButton::clicked, this, &DisclosurePage::previewOnPortal);
    buttons->addWidget(m_portalPreview);
    //: Button: 新建主动公开信息
    auto *create = new QPushButton(tr("New item…"), m_buttons);
    connect(create, &QPushButton::clicked, this, [this] { edit(QString()); });
    buttons->addWidget(create);
    detailLayout->addWidget(m_buttons);
    detailLayout->addWidget(m_error);
    detailLayout->addWidget(m_preview, 1);
    m_attachments = new Ui::AttachmentPanel(context, detail);
    m_attachments->setObjectName(QStringLiteral("itemAttachments"));
    detailLayout->addWidget(m_attachments);
    //: Heading of the 保密审查 findings
    detailLayout->addWidget(new QLabel(tr("Secrecy review findings"), detail));
    detailLayout->addWidget(m_findings);
    items->addWidget(m_list);
    items->addWidget(detail);
    items->setStretchFactor(0, 3);
    items->setStretchFactor(1, 2);
    items->setSizes({3000, 2000}); // the stretch factors alone leave the list at its size hint
    //: Tab: 主动公开
    m_tabs->addTab(items, tr("Proactive disclosure"));
    //: Tab: 依申请公开
    m_tabs->addTab(new RequestsTab(m_context, m_tabs), tr("Requests"));
    //: Tab: 年度报告
    m_tabs->addTab(new ReportTab(m_context, m_tabs), tr("Annual report"));
    //: Button: 信息公开设置 (机构代码, 索引号规则, 行政复议机关, 预警天数)
    auto *settings = new QPushButton(tr("Settings…"), m_tabs);
    settings->setObjectName(QStringLiteral("disclosureSettings"));
    connect(settings, &QPushButton::clicked, this, &DisclosurePage::editSettings);
    m_tabs->setCornerWidget(settings);

    connect(m_list, &QTableWidget::itemSelectionChanged, this, [this] {
        const auto selected = m_list->selectedItems();
        m_shown = selected.isEmpty()
                      ? QString()
                      : m_list->item(selected.first()->row(), 0)->data(Qt::UserRole).toString();
        showDetail();
    });
    connect(&m_context, &Core::ModuleContext::projected, this, [this] { reload(); });
    reload();
}

void DisclosurePage::reload()
{
    if (!m_context.isSessionOpen())
        return;
    const QString keep = m_shown;
    auto select = m_context.database().prepareCached(
        QStringLiteral("SELECT record_id, status, index_number, category, title, changed_on, supervision"
                       " FROM disclosure_items ORDER BY changed_on DESC, record_id LIMIT 500"));
    if (!select)
        return;
    m_list->setRowCount(0);
    (void)select->forEachRow([this](const Core::Statement &row) {
        const int r = m_list->rowCount();
        m_list->insertRow(r);
        const auto status = itemStatusFromKey(row.text(1)).value_or(ItemStatus::Draft);
        auto *statusItem = new QTableWidgetItem(itemStatusName(status));
        statusItem->setData(Qt::UserRole, row.text(0));
        statusItem->setData(Qt::DecorationRole, supervisionColour(row.int32(6)));
        m_list->setItem(r, StatusColumn, statusItem);
        //: An item without its 索引号 yet: 待编号
        m_list->setItem(r, IndexColumn,
                        new QTableWidgetItem(row.text(2).isEmpty() ? tr("(pending)") : row.text(2)));
        const auto category = DisclosureCategories::fromCode(row.text(3));
        m_list->setItem(r, CategoryColumn,
                        new QTableWidgetItem(category ? DisclosureCategories::name(*category) : row.text(3)));
        m_list->setItem(r, TitleColumn, new QTableWidgetItem(row.text(4)));
        m_list->setItem(r, ChangedColumn,
                        new QTableWidgetItem(displayDate(QDate::fromString(row.text(5), Qt::ISODate))));
    });
    if (!keep.isEmpty())
        showItem(keep);
    else
        showDetail();
}

void DisclosurePage::showItem(const QString &recordId)
{
    m_tabs->setCurrentIndex(0);
    for (int r = 0; r < m_list->rowCount(); ++r) {
        if (m_list->item(r, 0)->data(Qt::UserRole).toString() == recordId) {
            m_list->selectRow(r);
            m_shown = recordId;
            showDetail();
            return;
        }
    }
}

void DisclosurePage::showDetail()
{
    m_preview->clear();
    m_attachments->setAttachments({});
    m_attachments->hide();
    m_findings->clear();
    m_error->clear();
    for (QPushButton *button : m_actionButtons)
        button->setVisible(false);
    m_edit->setVisible(false);
    m_portalPreview->setVisible(false);
    if (m_shown.isEmpty())
        return;
    auto record = m_context.records().get(QString::fromLatin1(ItemCollection), m_shown);
    if (!record || !record->has_value())
        return;
    auto item = DisclosureItem::fromPayload((*record)->payload);
    if (!item) {
        m_error->setText(item.error().message);
        return;
    }
    QString html = QStringLiteral("<h2>%1</h2><p>").arg(item->title.toHtmlEscaped());
    const auto line = [&html](const QString &label, const QString &value) {
        html += QStringLiteral("<b>%1</b>：%2<br/>").arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    line(DisclosureItem::fieldLabel(QStringLiteral("indexNumber")),
         item->indexNumber.isEmpty() ? tr("(pending)") : item->indexNumber);
    line(DisclosureItem::fieldLabel(QStringLiteral("category")), DisclosureCategories::name(item->category));
    line(DisclosureItem::fieldLabel(QStringLiteral("publisher")), item->publisher);
    line(DisclosureItem::fieldLabel(QStringLiteral("writtenOn")), displayDate(item->writtenOn));
    line(DisclosureItem::fieldLabel(QStringLiteral("changedOn")), displayDate(item->changedOn));
    if (item->publishedOn)
        line(DisclosureItem::fieldLabel(QStringLiteral("publishedOn")), displayDate(*item->publishedOn));
    line(DisclosureItem::fieldLabel(QStringLiteral("keywords")), item->keywords.join(QStringLiteral("、")));
    line(DisclosureItem::fieldLabel(QStringLiteral("status")), itemStatusName(item->status));
    html += QStringLiteral("</p>");
    for (const QString &paragraph : item->body.split(QLatin1Char('\n')))
        html += QStringLiteral("<p>%1</p>").arg(paragraph.toHtmlEscaped());
    //: Heading of an item's history: 办理记录
    html += QStringLiteral("<h3>%1</h3><ul>").arg(tr("History"));
    for (const ItemHistoryEntry &entry : item->history)
        html += QStringLiteral("<li>%1 %2 %3 → %4 %5</li>")
                    .arg(entry.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                         entry.byName.toHtmlEscaped(), itemActionName(entry.action), itemStatusName(entry.to),
                         entry.opinion.toHtmlEscaped());
    html += QStringLiteral("</ul>");
    m_preview->setHtml(html);
    m_attachments->setAttachments(AttachmentLists::refs(item->attachments));
    m_attachments->setVisible(!item->attachments.isEmpty());
    for (const SecrecyFinding &finding : ItemWorkflow::secrecyFindings(*item, QDate::currentDate()))
        m_findings->addItem(finding.describe());
    const QList<ItemAction> available = ItemWorkflow::available(*item, ItemActions::actorOf(m_context));
    for (QPushButton *button : m_actionButtons)
        button->setVisible(available.contains(ItemAction(button->property("action").toInt())));
    m_edit->setVisible(available.contains(ItemAction::Submit)); // a draft, for its editor
    m_portalPreview->setVisible(true);
}

void DisclosurePage::edit(const QString &recordId)
{
    DisclosureItem item;
    item.publisher = m_context.account().organisationName;
    if (!recordId.isEmpty()) {
        auto record = m_context.records().get(QString::fromLatin1(ItemCollection), recordId);
        if (!record || !record->has_value())
            return;
        auto read = DisclosureItem::fromPayload((*record)->payload);
        if (!read)
            return;
        item = *read;
    }
    ItemEditor editor(m_context, item, this);
    if (editor.exec() == QDialog::Accepted)
        saveDraft(recordId, editor.item());
}

void DisclosurePage::saveDraft(const QString &recordId, const DisclosureItem &item)
{
    DisclosureItem draft = item;
    QString id = recordId;
    if (id.isEmpty()) {
        id = Core::RecordStore::newRecordId();
        draft
            = ItemWorkflow::created(draft, ItemActions::actorOf(m_context), QDateTime::currentDateTimeUtc());
    }
    if (auto saved = DisclosureRecords::saveItem(m_context, id, draft); !saved) {
        m_error->setText(saved.error().message);
        return;
    }
    m_shown = id;
    reload();
}

void DisclosurePage::act(int actionValue)
{
    const auto action = ItemAction(actionValue);
    auto record = m_context.records().get(QString::fromLatin1(ItemCollection), m_shown);
    if (!record || !record->has_value())
        return;
    auto item = DisclosureItem::fromPayload((*record)->payload);
    if (!item)
        return;
    bool ok = false;
    //: Dialog asking for the 意见 (or the reason of a return or withdrawal)
    const QString opinion = QInputDialog::getText(this, itemActionName(action), tr("Opinion or reason:"),
                                                  QLineEdit::Normal, {}, &ok);
    if (!ok)
        return;
    const ItemActor actor = ItemActions::actorOf(m_context);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Core::Result<> done;
    switch (action) {
    case ItemAction::Submit:
        done = ItemActions::save(m_context, m_shown, ItemWorkflow::submit(*item, actor, opinion, now));
        break;
    case ItemAction::Approve:
        done = ItemActions::save(m_context, m_shown, ItemWorkflow::approve(*item, actor, opinion, now));
        break;
    case ItemAction::Publish: {
        auto published = ItemActions::publish(m_context, m_shown, *item, opinion, now);
        done = published ? Core::Result<>() : Core::Result<>(std::unexpected(published.error()));
        break;
    }
    case ItemAction::Return: {
        const QList<ItemStatus> targets = ItemWorkflow::returnTargets(item->status);
        done = ItemActions::save(
            m_context, m_shown,
            ItemWorkflow::returnTo(*item, targets.isEmpty() ? ItemStatus::Draft : targets.constLast(), actor,
                                   opinion, now));
        break;
    }
    case ItemAction::Update:
        done = ItemActions::save(m_context, m_shown,
                                 ItemWorkflow::update(*item, actor, QDate::currentDate(), opinion, now));
        break;
    case ItemAction::Withdraw:
        done = ItemActions::save(m_context, m_shown, ItemWorkflow::withdraw(*item, actor, opinion, now));
        break;
    case ItemAction::Create:
        break;
    }
    if (!done)
        m_error->setText(done.error().message);
    else
        reload();
}

void DisclosurePage::previewOnPortal()
{
    auto record = m_context.records().get(QString::fromLatin1(ItemCollection), m_shown);
    if (!record || !record->has_value())
        return;
    // Beside the page, not modal: the item can be compared with its preview.
    auto *dialog = new PortalPreviewDialog(m_context.account().organisationName,
                                           PortalItem::fromPayload(m_shown, (*record)->payload), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void DisclosurePage::editSettings()
{
    const DisclosureSettings current = DisclosureSettings::load(m_context);
    //: Dialog title: 信息公开设置
    StepDialog dialog(tr("Disclosure settings"), this);
    auto *code = new QLineEdit(current.organisationCode, &dialog);
    code->setObjectName(QStringLiteral("organisationCode"));
    auto *pattern = new QLineEdit(current.indexPattern, &dialog);
    pattern->setObjectName(QStringLiteral("indexPattern"));
    //: Tooltip of the 索引号 pattern
    pattern->setToolTip(tr("Fields: {org} organisation code, {category} category, {year}, {seq:N} sequence"
                           " of N digits"));
    auto *reviewBody = new QLineEdit(current.reviewBody, &dialog);
    reviewBody->setObjectName(QStringLiteral("reviewBody"));
    auto *days = new QSpinBox(&dialog);
    days->setObjectName(QStringLiteral("approachingDays"));
    days->setRange(0, RequestDeadline::AnswerLimit);
    days->setValue(current.approachingDays);
    //: Setting: 机构代码（统一社会信用代码）
    dialog.form()->insertRow(0, tr("Organisation code"), code);
    //: Setting: 索引号规则
    dialog.form()->insertRow(1, tr("Index number pattern"), pattern);
    //: Setting: 行政复议机关 (named on every 告知书)
    dialog.form()->insertRow(2, tr("Administrative review body"), reviewBody);
    //: Setting: 预警（距答复期限的工作日数）
    dialog.form()->insertRow(3, tr("Warn working days before the limit"), days);
    //: Button in the settings: 节假日安排… (the organisation's holiday calendar)
    auto *calendar = new QPushButton(tr("Holiday calendar…"), &dialog);
    calendar->setObjectName(QStringLiteral("holidayCalendar"));
    calendar->setEnabled(ItemActions::actorOf(m_context).holdsAnyOf({QString::fromLatin1(LeaderRole)}));
    connect(calendar, &QPushButton::clicked, &dialog, [this, &dialog] {
        HolidayCalendarDialog editor(m_context, &dialog);
        if (editor.exec() == QDialog::Accepted)
            (void)refreshRequests();
    });
    dialog.form()->insertRow(4, QString(), calendar);
    dialog.setStep([&]() -> Core::Result<> {
        GD_TRY(DisclosureSettings::save(m_context, {.organisationCode = code->text(),
                                                    .indexPattern = pattern->text().trimmed(),
                                                    .reviewBody = reviewBody->text(),
                                                    .approachingDays = days->value()}));
        return refreshRequests();
    });
    dialog.exec();
}

Core::Result<> DisclosurePage::refreshRequests()
{
    // The colours move with the warning days and the calendar: the to-dos and the list follow at once.
    auto refreshed = RequestsStore::refreshTodos(m_context, RequestsStore::calendar(m_context), QDate::currentDate());
    if (!refreshed)
        return std::unexpected(refreshed.error());
    if (auto *requests = findChild<RequestsTab *>())
        requests->reload();
    return {};
}

} // namespace GovDesk::Disclosure
