#include "RequestsTab.h"

#include "AttachmentLists.h"
#include "AttachmentPanel.h"
#include "ApplicantType.h"
#include "DisclosurePrint.h"
#include "HtmlPdf.h"
#include "DisclosureRequest.h"
#include "DisclosureSettings.h"
#include "DisplayDate.h"
#include "ReplyType.h"
#include "PdfSave.h"
#include "RequestForms.h"
#include "RequestSupervision.h"
#include "RequestsStore.h"
#include "module/ModuleContext.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
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
    , m_calendar(RequestsStore::calendar(context))
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
    auto *detail = new QWidget(split);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    auto *steps = new QHBoxLayout;
    const QList<std::pair<Step, QString>> labels{
        //: Button: 登记 a new request
        {Step::Register, tr("Register…")},
        //: Button: 分办 (hand to the department that answers)
        {Step::Assign, tr("Assign…")},
        //: Button: 补正 (the applicant completed the request)
        {Step::Correct, tr("Completed…")},
        //: Button: 延期
        {Step::Extend, tr("Extend…")},
        //: Button: 征求第三方意见
        {Step::Consult, tr("Consult…")},
        //: Button: 第三方答复
        {Step::ConsultationAnswered, tr("Third party answered…")},
        //: Button: 答复
        {Step::Reply, tr("Answer…")},
        //: Button: 告知书 as PDF
        {Step::Notice, tr("Reply notice PDF…")},
    };
    for (const auto &[step, label] : labels) {
        auto *button = new QPushButton(label, detail);
        button->setObjectName(QStringLiteral("step%1").arg(int(step)));
        connect(button, &QPushButton::clicked, this, [this, step] { run(step); });
        steps->addWidget(button);
        m_stepButtons.append(button);
    }
    steps->addStretch();
    // Above the list and the detail, across the tab: the list keeps its width for its columns.
    layout->insertLayout(1, steps);
    m_message = new QLabel(detail);
    m_message->setObjectName(QStringLiteral("requestMessage"));
    m_message->setWordWrap(true);
    detailLayout->addWidget(m_message);
    m_detail = new QTextBrowser(detail);
    m_detail->setObjectName(QStringLiteral("requestDetail"));
    detailLayout->addWidget(m_detail, 1);
    m_replyAttachments = new Ui::AttachmentPanel(context, detail);
    m_replyAttachments->setObjectName(QStringLiteral("replyAttachments"));
    m_replyAttachments->hide();
    detailLayout->addWidget(m_replyAttachments);
    //: Heading of the per-department figures: 各承办部门办理时效（本年度）
    detailLayout->addWidget(new QLabel(tr("Timeliness by department this year"), detail));
    m_departments = new QTableWidget(0, 5, detail);
    m_departments->setObjectName(QStringLiteral("departmentTimeliness"));
    m_departments->setHorizontalHeaderLabels({
        //: Column: 承办部门
        tr("Department"),
        //: Column: 已答复（件）
        tr("Answered requests"),
        //: Column: 按时答复率
        tr("On time"),
        //: Column: 超期未答复（件）
        tr("Overdue open"),
        //: Column: 平均用时（工作日）
        tr("Average working days"),
    });
    m_departments->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_departments->verticalHeader()->hide();
    m_departments->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_departments->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_departments->setMaximumHeight(170);
    detailLayout->addWidget(m_departments);
    split->addWidget(m_list);
    split->addWidget(detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({3000, 2000}); // the stretch factors alone leave the list at its size hint
    layout->addWidget(split, 1);

    connect(m_list, &QTableWidget::itemSelectionChanged, this, [this] {
        const auto selected = m_list->selectedItems();
        if (selected.isEmpty())
            return;
        m_shown = m_list->item(selected.first()->row(), SerialColumn)->data(Qt::UserRole).toString();
        auto all = RequestsStore::all(m_context.database());
        if (all && all->contains(m_shown))
            showRequest(all->value(m_shown));
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
    m_calendar = RequestsStore::calendar(m_context); // a year added by the administrator counts at once
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
    const QSignalBlocker quiet(m_list); // the rows come and go; the selection is restored below
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
    showTimeliness(*all, today);
    if (m_shown.isEmpty() || !all->contains(m_shown)) {
        m_shown.clear();
        m_detail->clear();
        m_replyAttachments->hide();
        updateSteps(nullptr);
    } else {
        highlight(m_shown); // the table was just read: no second read to show it
        showRequest(all->value(m_shown));
    }
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
    const auto line = [&html](const QString &text) { html += QStringLiteral("<p>%1</p>").arg(text.toHtmlEscaped()); };
    //: Line of a request's detail: 申请方式：邮寄；收到申请日期：2026年11月3日
    line(tr("Channel: %1; received on %2").arg(requestChannelName(request.channel()), displayDate(request.receivedOn)));
    if (!request.department.isEmpty())
        //: Line of a request's detail: 承办部门
        line(tr("Department: %1").arg(request.department));
    const RequestSupervision supervision(m_calendar, RequestsStore::approachingDays(m_context));
    if (const auto state = supervision.stateOf(request, QDate::currentDate()); state && request.isOpen()) {
        const QString left = state->daysLeft >= 0
                                 //: 剩余 N 个工作日
                                 ? tr("%n working day(s) left", nullptr, state->daysLeft)
                                 //: 已超期 N 个工作日
                                 : tr("%n working day(s) overdue", nullptr, -state->daysLeft);
        //: Line of a request's detail: 答复期限：2026年12月1日（剩余 3 个工作日）
        line(tr("Due on %1 (%2)").arg(displayDate(state->dueDate), left)
             + (state->paused
                    //: The clock stands still while a third party is consulted: 征求意见期间暂停计时
                    ? tr("; paused while a third party is consulted")
                    : QString()));
    }
    for (const RequestConsultation &consultation : request.consultations)
        line(consultation.answeredOn
                 //: 征求第三方意见：某公司，2026年11月3日发出，2026年11月10日答复
                 ? tr("Consulted %1 on %2, answered on %3")
                       .arg(consultation.thirdParty, displayDate(consultation.sentOn),
                            displayDate(*consultation.answeredOn))
                 //: 征求第三方意见：某公司，2026年11月3日发出，尚未答复
                 : tr("Consulted %1 on %2, not answered yet")
                       .arg(consultation.thirdParty, displayDate(consultation.sentOn)));
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
    const QList<Core::AttachmentRef> files
        = request.reply ? AttachmentLists::refs(request.reply->attachments) : QList<Core::AttachmentRef>();
    m_replyAttachments->setAttachments(files);
    m_replyAttachments->setVisible(!files.isEmpty());
    updateSteps(&request);
}

void RequestsTab::showTimeliness(const QMap<QString, DisclosureRequest> &requests, QDate today)
{
    const RequestSupervision supervision(m_calendar, RequestsStore::approachingDays(m_context));
    auto figures = supervision.timeliness(requests.values(), QDate(today.year(), 1, 1), today);
    m_departments->setRowCount(0);
    if (!figures)
        return;
    const QLocale locale;
    for (const DepartmentTimeliness &department : std::as_const(*figures)) {
        const int row = m_departments->rowCount();
        m_departments->insertRow(row);
        const QStringList cells{department.department, QString::number(department.answered),
                                locale.toString(department.onTimeRate() * 100, 'f', 1) + QLatin1Char('%'),
                                QString::number(department.overdueOpen),
                                locale.toString(department.averageDaysUsed, 'f', 1)};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_departments->setItem(row, column, item);
        }
        // Red: requests overdue now; yellow: some answered late this year.
        const SupervisionStatus status = department.overdueOpen > 0      ? SupervisionStatus::Red
                                         : department.onTimeRate() < 1.0 ? SupervisionStatus::Yellow
                                                                         : SupervisionStatus::Green;
        m_departments->item(row, 0)->setData(Qt::DecorationRole, colourOf(status));
    }
}

bool RequestsTab::highlight(const QString &recordId)
{
    for (int row = 0; row < m_list->rowCount(); ++row) {
        if (m_list->item(row, SerialColumn)->data(Qt::UserRole).toString() == recordId) {
            m_shown = recordId;
            m_list->selectRow(row);
            return true;
        }
    }
    return false;
}

void RequestsTab::selectRequest(const QString &recordId)
{
    if (!highlight(recordId))
        return;
    auto all = RequestsStore::all(m_context.database());
    if (all && all->contains(recordId))
        showRequest(all->value(recordId));
}

QPushButton *RequestsTab::stepButton(Step step) const
{
    return m_stepButtons.value(int(step));
}

void RequestsTab::updateSteps(const DisclosureRequest *request)
{
    const bool open = request && request->isOpen();
    const bool waiting = open && std::any_of(request->consultations.cbegin(), request->consultations.cend(),
                                             [](const RequestConsultation &c) { return !c.answeredOn; });
    // In Step's order.
    const std::array<bool, 8> enabled{
        true,
        open,
        open && !request->correctedOn && !request->extension && request->consultations.isEmpty(),
        open && !request->extension,
        open,
        waiting,
        open,
        request && !request->isOpen(),
    };
    for (int index = 0; index < m_stepButtons.size(); ++index)
        m_stepButtons.at(index)->setEnabled(enabled.at(std::size_t(index)));
}

QStringList RequestsTab::knownDepartments() const
{
    QStringList names;
    if (auto all = RequestsStore::all(m_context.database())) {
        for (const DisclosureRequest &request : std::as_const(*all))
            if (!request.department.isEmpty() && !names.contains(request.department))
                names << request.department;
    }
    names.sort();
    return names;
}

void RequestsTab::showMessage(const QString &text, bool isError)
{
    m_message->setStyleSheet(isError ? QStringLiteral("color: #b00020") : QString());
    m_message->setText(text);
}

void RequestsTab::run(Step step)
{
    showMessage({}, false);
    if (step == Step::Notice) {
        saveNotice();
        return;
    }
    if (step == Step::Register) {
        RegisterRequestDialog dialog(this);
        dialog.setStep([&]() -> Core::Result<> {
            auto id = RequestsStore::registerRequest(m_context, dialog.draft(),
                                                     DisclosureSettings::requestActor(m_context),
                                                     QDateTime::currentDateTimeUtc());
            if (!id)
                return std::unexpected(id.error());
            m_shown = *id;
            return {};
        });
        if (dialog.exec() == QDialog::Accepted)
            reload();
        return;
    }
    auto all = RequestsStore::all(m_context.database());
    if (all && all->contains(m_shown))
        runOn(step, all->value(m_shown));
}

void RequestsTab::runOn(Step step, const DisclosureRequest &request)
{
    const RequestActor actor = DisclosureSettings::requestActor(m_context);
    const QDate today = QDate::currentDate();
    const auto save = [this](const Core::Result<DisclosureRequest> &next) -> Core::Result<> {
        if (!next)
            return std::unexpected(next.error());
        return RequestsStore::save(m_context, m_shown, *next);
    };
    const auto now = [] { return QDateTime::currentDateTimeUtc(); };
    std::unique_ptr<StepDialog> dialog;
    switch (step) {
    case Step::Assign: {
        //: Dialog title: 分办
        dialog = std::make_unique<StepDialog>(tr("Assign the request"), this);
        auto *department = new QComboBox(dialog.get());
        department->setObjectName(QStringLiteral("department"));
        department->setEditable(true);
        department->addItems(knownDepartments());
        department->setCurrentText(request.department);
        dialog->form()->insertRow(0, DisclosureRequests::fieldLabel(QStringLiteral("department")), department);
        dialog->setStep([=] { return save(RequestWorkflow::assign(request, department->currentText(), actor, now())); });
        break;
    }
    case Step::Correct: {
        //: Dialog title: 补正
        dialog = std::make_unique<StepDialog>(tr("Completed request received"), this);
        auto *on = dialog->addDate(DisclosureRequests::fieldLabel(QStringLiteral("correctedOn")),
                                   QStringLiteral("correctedOn"), today);
        dialog->setStep([=] { return save(RequestWorkflow::correct(request, on->date(), actor, now())); });
        break;
    }
    case Step::Extend: {
        //: Dialog title: 延期答复
        dialog = std::make_unique<StepDialog>(tr("Extend the time limit"), this);
        auto *days = new QSpinBox(dialog.get());
        days->setObjectName(QStringLiteral("extensionDays"));
        days->setRange(1, RequestDeadline::MaxExtension);
        days->setValue(RequestDeadline::MaxExtension);
        auto *approvedBy = new QLineEdit(dialog.get());
        approvedBy->setObjectName(QStringLiteral("approvedBy"));
        dialog->form()->insertRow(0, DisclosureRequests::fieldLabel(QStringLiteral("extension.workingDays")), days);
        dialog->form()->insertRow(1, DisclosureRequests::fieldLabel(QStringLiteral("extension.approvedBy")),
                                  approvedBy);
        auto *on = dialog->addDate(DisclosureRequests::fieldLabel(QStringLiteral("extension.approvedOn")),
                                   QStringLiteral("approvedOn"), today);
        dialog->setStep([=, this] {
            const RequestExtension extension{
                .approvedOn = on->date(), .workingDays = days->value(), .approvedBy = approvedBy->text().trimmed()};
            return save(RequestWorkflow::extend(request, extension, m_calendar, actor, now()));
        });
        break;
    }
    case Step::Consult: {
        //: Dialog title: 征求第三方意见
        dialog = std::make_unique<StepDialog>(tr("Consult a third party"), this);
        auto *party = new QLineEdit(dialog.get());
        party->setObjectName(QStringLiteral("thirdParty"));
        dialog->form()->insertRow(0, DisclosureRequests::fieldLabel(QStringLiteral("consultations.thirdParty")),
                                  party);
        auto *on = dialog->addDate(DisclosureRequests::fieldLabel(QStringLiteral("consultations.sentOn")),
                                   QStringLiteral("sentOn"), today);
        dialog->setStep([=, this] {
            return save(RequestWorkflow::consult(request, party->text(), on->date(), m_calendar, actor, now()));
        });
        break;
    }
    case Step::ConsultationAnswered: {
        //: Dialog title: 第三方答复
        dialog = std::make_unique<StepDialog>(tr("Third party answered"), this);
        auto *which = new QComboBox(dialog.get());
        which->setObjectName(QStringLiteral("consultation"));
        for (int index = 0; index < request.consultations.size(); ++index)
            if (!request.consultations.at(index).answeredOn)
                which->addItem(request.consultations.at(index).thirdParty, index);
        dialog->form()->insertRow(0, DisclosureRequests::fieldLabel(QStringLiteral("consultations.thirdParty")),
                                  which);
        auto *on = dialog->addDate(DisclosureRequests::fieldLabel(QStringLiteral("consultations.answeredOn")),
                                   QStringLiteral("answeredOn"), today);
        dialog->setStep([=] {
            return save(RequestWorkflow::consultationAnswered(request, which->currentData().toInt(), on->date(),
                                                              actor, now()));
        });
        break;
    }
    case Step::Reply: {
        auto reply = std::make_unique<ReplyDialog>(m_context, this);
        ReplyDialog *form = reply.get();
        reply->setStep([=] { return save(RequestWorkflow::reply(request, form->reply(), actor, now())); });
        dialog = std::move(reply);
        break;
    }
    case Step::Register:
    case Step::Notice:
        return;
    }
    if (dialog->exec() == QDialog::Accepted)
        reload();
}

QFuture<Core::Result<int>> RequestsTab::writeNotice(const QString &recordId, const QString &path) const
{
    const auto refused = [](const Core::Error &error) {
        return QtFuture::makeReadyFuture(Core::Result<int>(std::unexpected(error)));
    };
    auto all = RequestsStore::all(m_context.database());
    if (!all)
        return refused(all.error());
    if (!all->contains(recordId))
        //: 没有这件申请。
        return refused(Core::Error{Core::ErrorCode::NotFound, tr("There is no such request."), {}});
    auto issuer = DisclosureSettings::noticeIssuer(m_context);
    if (!issuer)
        return refused(issuer.error());
    auto notice = ReplyNotice::compose(all->value(recordId), *issuer);
    if (!notice)
        return refused(notice.error());
    return Print::HtmlPdf::writeAsync(DisclosurePrint::noticeHtml(*notice), path);
}

void RequestsTab::saveNotice()
{
    auto all = RequestsStore::all(m_context.database());
    if (!all || !all->contains(m_shown))
        return;
    const QString recordId = m_shown;
    savePdfAs(
        this,
        //: Save dialog title: 保存告知书
        tr("Save the reply notice"),
        //: Default file name of a 告知书: 告知书-2026-0012.pdf
        tr("Reply notice %1.pdf").arg(all->value(recordId).serial),
        [this, recordId](const QString &path) {
            //: 正在生成告知书…
            showMessage(tr("Writing the reply notice…"), false);
            return writeNotice(recordId, path);
        },
        [this](const QString &path, const Core::Result<int> &pages) {
            if (pages)
                //: 告知书已保存：%1（共 %2 页）
                showMessage(tr("Reply notice saved: %1 (%2 pages)").arg(QDir::toNativeSeparators(path)).arg(*pages),
                            false);
            else
                showMessage(pages.error().message, true);
        });
}

} // namespace GovDesk::Disclosure
