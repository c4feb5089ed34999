#include "DocumentView.h"

#include "AttachmentPanel.h"
#include "RevisionsPanel.h"

#include "DocumentPreview.h"
#include "DocumentsList.h"
#include "DocumentsRecords.h"
#include "ErrorBanner.h"
#include "RedHeaderSelection.h"
#include "SealStatusLabel.h"
#include "module/ModuleContext.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace GovDesk::Documents {

namespace {

using Action = WorkflowEntry::Action;

QString dispatchCompleteText(DispatchStage stage)
{
    switch (stage) {
    case DispatchStage::Drafting:
        //: 送核稿
        return DocumentView::tr("Submit for review");
    case DispatchStage::Reviewing:
        //: 核稿完毕
        return DocumentView::tr("Review done");
    case DispatchStage::Signing:
        //: 签发…
        return DocumentView::tr("Sign…");
    case DispatchStage::Checking:
        //: 复核完毕
        return DocumentView::tr("Check done");
    case DispatchStage::Registering:
        //: 登记编号
        return DocumentView::tr("Register");
    case DispatchStage::Sealing:
        //: 用印
        return DocumentView::tr("Seal");
    case DispatchStage::Distributing:
    case DispatchStage::Distributed:
        //: 分发
        return DocumentView::tr("Distribute");
    }
    return {};
}

QString receiptCompleteText(ReceiptStage stage)
{
    switch (stage) {
    case ReceiptStage::Registering:
        //: 登记 of an arrival
        return DocumentView::tr("Register");
    case ReceiptStage::Proposing:
        //: 拟办…
        return DocumentView::tr("Propose…");
    case ReceiptStage::Instructing:
        //: 批办…
        return DocumentView::tr("Instruct…");
    case ReceiptStage::Handling:
        //: 承办完毕
        return DocumentView::tr("Handling done");
    case ReceiptStage::Concluding:
        //: 办结
        return DocumentView::tr("Conclude");
    case ReceiptStage::Archiving:
        //: 归档
        return DocumentView::tr("Archive");
    default:
        return {};
    }
}

QString actionText(const WorkflowEntry &entry)
{
    switch (entry.action) {
    case Action::Complete:
        //: History: 办理 (a step completed)
        return DocumentView::tr("Completed");
    case Action::Return:
        //: History: 退回
        return DocumentView::tr("Returned");
    case Action::SignFor:
        //: History: 签收
        return DocumentView::tr("Signed for");
    case Action::SendBack:
        //: History: 退回来文单位
        return DocumentView::tr("Sent back");
    case Action::Circulate:
        //: History: 传阅给 %1
        return DocumentView::tr("Circulated to %1").arg(entry.readers.join(QStringLiteral("、")));
    case Action::Urge:
        //: History: 催办
        return DocumentView::tr("Urged");
    }
    return {};
}

QTreeWidget *table(const QStringList &headers, QWidget *parent)
{
    auto *tree = new QTreeWidget(parent);
    tree->setHeaderLabels(headers);
    tree->setRootIsDecorated(false);
    tree->setUniformRowHeights(false);
    tree->setWordWrap(true);
    tree->setAlternatingRowColors(true);
    tree->header()->setStretchLastSection(true);
    return tree;
}

QString localTime(const QDateTime &at)
{
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

std::optional<QString> askWithDialog(QWidget *parent, const PromptRequest &request)
{
    for (;;) {
        bool ok = false;
        const QString text
            = QInputDialog::getMultiLineText(parent, request.title, request.label, request.initial, &ok);
        if (!ok)
            return std::nullopt;
        if (!request.required || !text.trimmed().isEmpty())
            return text.trimmed();
    }
}

} // namespace

DocumentView::DocumentView(Core::ModuleContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_prompt(&askWithDialog)
    , m_error(new Ui::ErrorBanner(this))
    , m_status(new QLabel(this))
    , m_seal(new SealStatusLabel(this))
    , m_conflict(new QLabel(this))
    , m_stepsLayout(new QHBoxLayout)
    //: Back to the list: 返回列表
    , m_back(new QPushButton(tr("Back to list"), this))
    , m_preview(new DocumentPreview(this))
    //: 办理记录: 时间, 环节, 办理人, 操作, 意见
    , m_history(table({tr("Time"), tr("Step"), tr("By"), tr("Action"), tr("Opinion or reason")}, this))
    //: 分发情况
    , m_deliveryTitle(new QLabel(tr("Delivery to recipients"), this))
    //: 分发情况: 单位, 状态, 时间, 签收人或退回原因
    , m_deliveries(table({tr("Organisation"), tr("State"), tr("Time"), tr("Person or reason")}, this))
    , m_revisions(new RevisionsPanel(context, this))
    , m_attachments(new Ui::AttachmentPanel(context, this))
{
    m_status->setObjectName(QStringLiteral("documentStatus"));
    m_conflict->setObjectName(QStringLiteral("documentConflict"));
    m_conflict->setWordWrap(true);
    m_conflict->setStyleSheet(
        QStringLiteral("QLabel { background: #fff4e5; color: #7a4100; border: 1px solid #f0b46c; padding: 6px; }"));
    m_conflict->hide();
    m_back->setObjectName(QStringLiteral("documentBack"));
    m_preview->setObjectName(QStringLiteral("documentPreview"));
    m_history->setObjectName(QStringLiteral("documentHistory"));
    m_deliveries->setObjectName(QStringLiteral("documentDeliveries"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_back);
    top->addWidget(m_status, 1);
    top->addLayout(m_stepsLayout);

    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    // 办理记录, 留痕 and 附件 side by side as tabs: each is looked at in turn.
    auto *tabs = new QTabWidget(side);
    tabs->setObjectName(QStringLiteral("documentTabs"));
    //: 办理记录
    tabs->addTab(m_history, tr("History"));
    //: 留痕
    tabs->addTab(m_revisions, tr("Tracked changes"));
    //: 附件
    tabs->addTab(m_attachments, tr("Attachments"));
    QFont bold = m_deliveryTitle->font();
    bold.setBold(true);
    m_deliveryTitle->setFont(bold);
    sideLayout->addWidget(tabs, 3);
    sideLayout->addWidget(m_deliveryTitle);
    sideLayout->addWidget(m_deliveries, 2);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_preview);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_error);
    layout->addLayout(top);
    layout->addWidget(m_seal);
    layout->addWidget(m_conflict);
    layout->addWidget(splitter, 1);
    m_error->hide();

    connect(m_back, &QPushButton::clicked, this, &DocumentView::backRequested);
    // A change saved or decided in 留痕: the preview, history and steps follow it.
    connect(m_revisions, &RevisionsPanel::documentChanged, this, [this] { finish({}); });
}

bool DocumentView::showDocument(const QString &recordId)
{
    if (!m_context.isSessionOpen())
        return false;
    auto loaded = DocumentHandling::load(m_context, recordId);
    if (!loaded) {
        qCWarning(m_context.log()) << "opening a document failed:" << loaded.error().fullText();
        m_error->showError(loaded.error().message, loaded.error().detail);
        return false;
    }
    m_loaded = std::move(*loaded);
    m_error->clear();
    // Verified at every open, not only on arrival: the profile or the record may have been
    // changed since by anyone with access to the file.
    m_seal->showFor(m_context, m_loaded.document, m_loaded.owner);
    // The organisation's 套红 template for its type, as the PDF and the printer get it.
    m_preview->showDocument(m_loaded.document, RedHeaderSelection::forDocument(m_context, m_loaded));
    fillHistory();
    fillDeliveries();
    m_revisions->setDocument(m_loaded);
    m_attachments->setAttachments(m_loaded.document.attachments);
    rebuildSteps();
    return true;
}

void DocumentView::rebuildSteps()
{
    qDeleteAll(m_stepButtons);
    m_stepButtons.clear();
    const Actor actor = DocumentsRecords::actorOf(m_context);
    QString stage;
    m_conflict->setVisible(m_loaded.hasConflict);
    if (m_loaded.hasConflict) {
        //: 此公文也在别处办理了（例如他人已先签发）……
        m_conflict->setText(tr("This document was also handled elsewhere (for example signed or returned by someone "
                               "else first). Nothing is lost: compare both versions under Sync → Conflicts and choose "
                               "the one to keep; then its steps continue here."));
        stage = m_loaded.receipt ? receiptStageName(m_loaded.receipt->stage) : dispatchStageName(m_loaded.dispatch.stage);
    } else if (m_loaded.receipt) {
        const ReceiptState &state = *m_loaded.receipt;
        stage = state.stage == ReceiptStage::SigningFor ? tr("Awaiting sign-for") : receiptStageName(state.stage);
        QList<ReceiptTransition> returns;
        for (const ReceiptTransition &transition : ReceiptWorkflow::available(state, actor)) {
            if (transition.action == Action::Return)
                returns.append(transition);
            else
                addReceiptButton(transition);
        }
        if (!returns.isEmpty()) {
            //: 退回至…
            QPushButton *button = addStepButton(QStringLiteral("stepReturn"), tr("Return to…"));
            auto *menu = new QMenu(button);
            for (const ReceiptTransition &transition : returns) {
                QAction *action = menu->addAction(receiptStageName(transition.to));
                action->setObjectName(QStringLiteral("stepReturn-") + receiptStageName(transition.to));
                connect(action, &QAction::triggered, this, [this, transition] {
                    //: Title and label of the reason asked for a return
                    const auto reason = ask({tr("Return"), tr("Why is it returned to %1?").arg(receiptStageName(transition.to)),
                                             {}, true});
                    if (reason)
                        finish(DocumentHandling::actOnArrival(m_context, m_loaded, transition, *reason, now()));
                });
            }
            button->setMenu(menu);
        }
    } else {
        const DispatchState &state = m_loaded.dispatch;
        stage = state.isDone() ? tr("Distributed") : dispatchStageName(state.stage);
        if (state.stage == DispatchStage::Drafting) {
            //: 编辑草稿
            QPushButton *edit = addStepButton(QStringLiteral("stepEdit"), tr("Edit draft"));
            connect(edit, &QPushButton::clicked, this, [this] { Q_EMIT editRequested(m_loaded.recordId); });
        }
        QList<DispatchTransition> returns;
        for (const DispatchTransition &transition : DispatchWorkflow::available(state, actor)) {
            if (transition.action == Action::Return)
                returns.append(transition);
            else
                addDispatchButton(transition);
        }
        if (!returns.isEmpty()) {
            QPushButton *button = addStepButton(QStringLiteral("stepReturn"), tr("Return to…"));
            auto *menu = new QMenu(button);
            for (const DispatchTransition &transition : returns) {
                QAction *action = menu->addAction(dispatchStageName(transition.to));
                action->setObjectName(QStringLiteral("stepReturn-") + dispatchStageName(transition.to));
                connect(action, &QAction::triggered, this, [this, transition] {
                    const auto reason = ask({tr("Return"), tr("Why is it returned to %1?").arg(dispatchStageName(transition.to)),
                                             {}, true});
                    if (reason)
                        finish(DocumentHandling::returnDispatch(m_context, m_loaded, transition.to, *reason, now()));
                });
            }
            button->setMenu(menu);
        }
    }
    const QString number = m_loaded.document.isPendingNumber() ? DocumentNumber().displayText()
                                                               : m_loaded.document.documentNumber;
    //: Above the document: 发文字号 · 当前环节：核稿
    m_status->setText(tr("%1 · Current step: %2").arg(number, stage));
}

QPushButton *DocumentView::addStepButton(const QString &name, const QString &text)
{
    auto *button = new QPushButton(text, this);
    button->setObjectName(name);
    m_stepsLayout->addWidget(button);
    m_stepButtons.append(button);
    return button;
}

void DocumentView::addDispatchButton(const DispatchTransition &transition)
{
    QPushButton *button = addStepButton(QStringLiteral("stepComplete"), dispatchCompleteText(transition.from));
    connect(button, &QPushButton::clicked, this, [this, transition] {
        if (transition.from == DispatchStage::Registering && m_loaded.document.isPendingNumber()) {
            // The server numbers it at the next sync; the clerk names the series (机关代字).
            const QStringList known = DocumentHandling::knownSeries(m_context);
            //: 登记: the 机关代字 of the 发文字号, e.g. 柳政办发; the number follows at the next sync.
            const auto series = ask({tr("Register"), tr("Issuing authority code (for example 柳政办发); the number follows at the next sync:"),
                                     known.value(0), true});
            if (!series)
                return;
            finish(DocumentHandling::registerDispatch(m_context, m_loaded, *series, now()));
            return;
        }
        QString opinion;
        if (transition.from == DispatchStage::Signing) {
            //: The signatory's opinion at 签发; the suggestion is 同意。
            const auto given = ask({tr("Sign"), tr("Signing opinion:"), tr("Agreed."), true});
            if (!given)
                return;
            opinion = *given;
        }
        finish(DocumentHandling::completeDispatch(m_context, m_loaded, opinion, now()));
    });
}

void DocumentView::addReceiptButton(const ReceiptTransition &transition)
{
    QString name;
    QString text;
    PromptRequest request;
    bool asks = false;
    switch (transition.action) {
    case Action::SignFor:
        //: 签收
        name = QStringLiteral("stepSignFor"), text = tr("Sign for");
        break;
    case Action::SendBack:
        //: 退回来文单位…
        name = QStringLiteral("stepSendBack"), text = tr("Send back…");
        request = {tr("Send back"), tr("Why is it sent back to the sender (e.g. misaddressed)?"), {}, true};
        asks = true;
        break;
    case Action::Complete:
        name = QStringLiteral("stepComplete"), text = receiptCompleteText(transition.from);
        if (transition.from == ReceiptStage::Proposing || transition.from == ReceiptStage::Instructing) {
            //: 拟办意见 / 批办意见
            request = {text, transition.from == ReceiptStage::Proposing ? tr("Proposed handling:") : tr("Instruction:"),
                       {}, true};
            asks = true;
        }
        break;
    case Action::Circulate:
        //: 传阅…
        name = QStringLiteral("stepCirculate"), text = tr("Circulate…");
        request = {tr("Circulate"), tr("Who is to read it (names separated by 、 or commas)?"), {}, true};
        asks = true;
        break;
    case Action::Urge: {
        // 催办 is for what is late: the period of the step by its urgency has passed.
        const QList<WorkflowEntry> &history = m_loaded.receipt->history;
        const QDateTime since = history.isEmpty() ? QDateTime() : history.constLast().at;
        if (!since.isValid() || since.addDays(DocumentsListTable::handlingDays(m_loaded.document.urgency)) > now())
            return;
        //: 催办…
        name = QStringLiteral("stepUrge"), text = tr("Urge…");
        request = {tr("Urge"), tr("Reminder:"), {}, false};
        asks = true;
        break;
    }
    case Action::Return:
        return;
    }
    QPushButton *button = addStepButton(name, text);
    connect(button, &QPushButton::clicked, this, [this, transition, request, asks] {
        QString given;
        if (asks) {
            const auto answer = ask(request);
            if (!answer)
                return;
            given = *answer;
        }
        finish(DocumentHandling::actOnArrival(m_context, m_loaded, transition, given, now()));
    });
}

std::optional<QString> DocumentView::ask(const PromptRequest &request)
{
    return m_prompt ? m_prompt(this, request) : std::nullopt;
}

void DocumentView::finish(const Core::Result<> &result)
{
    if (!result) {
        qCWarning(m_context.log()) << "a workflow step failed:" << result.error().fullText();
        m_error->showError(result.error().message, result.error().detail);
        return;
    }
    const QString id = m_loaded.recordId;
    (void)showDocument(id);
    Q_EMIT changed(id);
}

void DocumentView::fillHistory()
{
    m_history->clear();
    const QList<WorkflowEntry> &history = m_loaded.receipt ? m_loaded.receipt->history : m_loaded.dispatch.history;
    // Newest first: the last step is what the reader came for.
    for (auto it = history.crbegin(); it != history.crend(); ++it) {
        const WorkflowEntry &entry = *it;
        const QString step = entry.toStep.isEmpty() || entry.action == Action::Circulate || entry.action == Action::Urge
                                 ? entry.step
                                 : QStringLiteral("%1 → %2").arg(entry.step, entry.toStep);
        auto *item = new QTreeWidgetItem(m_history, {localTime(entry.at), step, entry.name, actionText(entry),
                                                     entry.reason.isEmpty() ? entry.opinion : entry.reason});
        if (entry.action == Action::Return || entry.action == Action::SendBack)
            item->setForeground(3, QColor(0xc0, 0x1c, 0x1c));
    }
    for (int column = 0; column < m_history->columnCount() - 1; ++column)
        m_history->resizeColumnToContents(column);
}

void DocumentView::fillDeliveries()
{
    m_deliveries->clear();
    const bool show = !m_loaded.receipt && !m_loaded.recipients.isEmpty();
    m_deliveryTitle->setVisible(show);
    m_deliveries->setVisible(show);
    if (!show)
        return;
    auto deliveries = DocumentHandling::deliveries(m_context, m_loaded);
    if (!deliveries) {
        m_error->showError(deliveries.error().message, deliveries.error().detail);
        return;
    }
    for (const RecipientDelivery &delivery : *deliveries) {
        auto *item = new QTreeWidgetItem(m_deliveries, {delivery.organisationName, deliveryStateName(delivery.state),
                                                        localTime(delivery.at),
                                                        delivery.reason.isEmpty() ? delivery.person : delivery.reason});
        if (delivery.state == DeliveryState::SentBack)
            item->setForeground(1, QColor(0xc0, 0x1c, 0x1c));
    }
    for (int column = 0; column < m_deliveries->columnCount() - 1; ++column)
        m_deliveries->resizeColumnToContents(column);
}

} // namespace GovDesk::Documents
