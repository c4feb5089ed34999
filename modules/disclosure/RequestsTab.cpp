#include "RequestsTab.h"

#include "ApplicantType.h"
#include "DisclosureRequest.h"
#include "DisplayDate.h"
#include "ReplyType.h"
#include "RequestSupervision.h"
#include "RequestsStore.h"
#include "module/ModuleContext.h"

#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace GovDesk::Disclosure {

namespace {

enum Column {
    SerialColumn,
    ApplicantColumn,
    TypeColumn,
    ReceivedColumn,
    DepartmentColumn,
    DueColumn,
    LeftColumn,
    ResultColumn,
    ColumnCount
};

QColor colourOf(SupervisionStatus status)
{
    switch (status) {
    case SupervisionStatus::Yellow:
        return QColor(0xf5, 0xc2, 0x42);
    case SupervisionStatus::Red:
        return QColor(0xd9, 0x3b, 0x3b);
    case SupervisionStatus::Green:
        break;
    }
    return QColor(0x4c, 0xaf, 0x50);
}

} // namespace

QString RequestsTab::actionName(const QString &action)
{
    //: Steps of a 依申请公开 request: 登记, 分办, 补正, 延期, 征求第三方意见, 第三方答复, 答复
    static const QHash<QString, const char *> names{
        {QStringLiteral("register"), QT_TR_NOOP("Registered")},
        {QStringLiteral("assign"), QT_TR_NOOP("Assigned")},
        {QStringLiteral("correct"), QT_TR_NOOP("Completed by the applicant")},
        {QStringLiteral("extend"), QT_TR_NOOP("Extended")},
        {QStringLiteral("consult"), QT_TR_NOOP("Third party consulted")},
        {QStringLiteral("consult_answer"), QT_TR_NOOP("Third party answered")},
        {QStringLiteral("reply"), QT_TR_NOOP("Answered")},
    };
    const char *name = names.value(action);
    return name ? tr(name) : action;
}

RequestsTab::RequestsTab(Core::ModuleContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_calendar(HolidayCalendar::shipped().value_or(HolidayCalendar()))
{
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    auto *split = new QSplitter(Qt::Horizontal, this);
    m_list = new QTableWidget(0, ColumnCount, split);
    m_list->setHorizontalHeaderLabels({
        //: Column of the 依申请公开 list: 登记号
        tr("Serial"),
        //: Column: 申请人
        tr("Applicant"),
        //: Column: 申请人类型
        tr("Applicant type"),
        //: Column: 收到申请日期
        tr("Received"),
        //: Column: 承办部门
        tr("Department"),
        //: Column: 答复期限
        tr("Due"),
        //: Column: 剩余工作日 (negative: overdue)
        tr("Working days left"),
        //: Column: 办理结果
        tr("Result"),
    });
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setStretchLastSection(true);
    m_detail = new QTextBrowser(split);
    m_detail->setObjectName(QStringLiteral("requestDetail"));
    split->addWidget(m_list);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    connect(m_list, &QTableWidget::itemSelectionChanged, this, [this] {
        const auto selected = m_list->selectedItems();
        if (selected.isEmpty())
            return;
        const QString id = m_list->item(selected.first()->row(), SerialColumn)->data(Qt::UserRole).toString();
        auto all = RequestsStore::all(m_context.database());
        if (all && all->contains(id))
            showRequest(all->value(id));
    });
    connect(&m_context, &Core::ModuleContext::projected, this, [this](const QString &projection) {
        if (projection == QLatin1String(RequestsStore::ProjectionName))
            reload();
    });
    reload();
}

void RequestsTab::reload()
{
    if (!m_context.isSessionOpen())
        return;
    auto all = RequestsStore::all(m_context.database());
    if (!all) {
        m_summary->setText(all.error().message);
        return;
    }
    const QDate today = QDate::currentDate();
    const RequestSupervision supervision(m_calendar, RequestsStore::approachingDays(m_context));
    // Open requests most pressing first, then the answered ones, newest first.
    QStringList order;
    if (auto open = supervision.openRequests(*all, today)) {
        for (const SupervisedRequest &request : std::as_const(*open))
            order << request.recordId;
    }
    QStringList answered;
    for (auto it = all->cbegin(); it != all->cend(); ++it)
        if (!order.contains(it.key()))
            answered << it.key();
    std::sort(answered.begin(), answered.end(), [&](const QString &a, const QString &b) {
        return all->value(a).receivedOn > all->value(b).receivedOn;
    });
    order << answered;

    m_list->setSortingEnabled(false);
    m_list->setRowCount(int(order.size()));
    int overdue = 0;
    int approaching = 0;
    for (int row = 0; row < order.size(); ++row) {
        const DisclosureRequest request = all->value(order.at(row));
        const auto state = supervision.stateOf(request, today);
        auto cell = [&](int column, const QString &text) {
            auto *item = new QTableWidgetItem(text);
            m_list->setItem(row, column, item);
            return item;
        };
        auto *serial = cell(SerialColumn, request.serial);
        serial->setData(Qt::UserRole, order.at(row));
        cell(ApplicantColumn, request.applicantName);
        cell(TypeColumn, ApplicantTypes::name(request.applicantType));
        cell(ReceivedColumn, displayDate(request.receivedOn));
        cell(DepartmentColumn,
             request.department.isEmpty() ? RequestSupervision::unassignedDepartment() : request.department);
        if (state) {
            cell(DueColumn, displayDate(state->dueDate));
            auto *left = cell(LeftColumn, request.isOpen() ? QString::number(state->daysLeft) : QString());
            serial->setData(Qt::DecorationRole, colourOf(state->status));
            if (request.isOpen()) {
                left->setForeground(colourOf(state->status).darker(130));
                overdue += state->status == SupervisionStatus::Red;
                approaching += state->status == SupervisionStatus::Yellow;
            }
        }
        cell(ResultColumn, request.reply ? ReplyTypes::name(request.reply->type)
                                         //: A request not answered yet: 办理中
                                         : tr("In progress"));
    }
    m_list->resizeColumnsToContents();
    //: Summary above the 依申请公开 list: 共 120 件，办理中 12 件，其中临期 3 件、超期 2 件
    m_summary->setText(tr("%1 requests, %2 open: %3 due soon, %4 overdue.")
                           .arg(all->size())
                           .arg(order.size() - answered.size())
                           .arg(approaching)
                           .arg(overdue));
}

void RequestsTab::showRequest(const DisclosureRequest &request)
{
    QString html = QStringLiteral("<h3>%1</h3><p>%2</p>")
                       .arg(request.serial.toHtmlEscaped(), request.content.toHtmlEscaped());
    //: Line of a request's detail: 申请人
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("Applicant: %1 (%2)")
                         .arg(request.applicantName.toHtmlEscaped(),
                              ApplicantTypes::name(request.applicantType)));
    if (request.extension)
        //: A request's extension: 延长答复期限 N 个工作日
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("Extended by %1 working days").arg(request.extension->workingDays));
    if (request.reply) {
        QStringList reasons;
        for (ReplyReason reason : request.reply->reasons)
            reasons << ReplyTypes::reasonName(reason);
        html += QStringLiteral("<p><b>%1</b> %2 %3</p>")
                    .arg(ReplyTypes::name(request.reply->type), displayDate(request.reply->on),
                         reasons.join(QStringLiteral("；")).toHtmlEscaped());
    }
    html += QStringLiteral("<ul>");
    for (const RequestHistoryEntry &entry : request.history)
        html += QStringLiteral("<li>%1 %2 %3 %4</li>")
                    .arg(entry.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                         entry.byName.toHtmlEscaped(), actionName(entry.action).toHtmlEscaped(),
                         entry.opinion.toHtmlEscaped());
    html += QStringLiteral("</ul>");
    m_detail->setHtml(html);
}

} // namespace GovDesk::Disclosure
