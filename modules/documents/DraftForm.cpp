#include "DraftForm.h"

#include "RedHeaderSelection.h"

#include "AttachmentPanel.h"

#include "DocumentHandling.h"
#include "DocumentsRecords.h"
#include "ErrorBanner.h"
#include "RecipientsField.h"
#include "PageHeader.h"
#include "module/ModuleContext.h"
#include "sync/RecordStore.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QVBoxLayout>

namespace GovDesk::Documents {

namespace {

// The earliest date stands for "not set": a QDateEdit cannot be empty.
const QDate UnsetDate(2000, 1, 1);

QDate dateOf(const QDateEdit *edit)
{
    return edit->date() == UnsetDate ? QDate() : edit->date();
}

// Organisation names contain 、 (「各县、区人民政府」): only commas and semicolons separate them.
QStringList organisationsOf(const QLineEdit *edit)
{
    static const QRegularExpression separators(QStringLiteral("[，,；;]"));
    QStringList names;
    for (const QString &name : edit->text().split(separators, Qt::SkipEmptyParts)) {
        if (!name.trimmed().isEmpty())
            names.append(name.trimmed());
    }
    return names;
}

QStringList linesOf(const QPlainTextEdit *edit)
{
    QStringList lines;
    for (const QString &line : edit->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            lines.append(line.trimmed());
    }
    return lines;
}

QDateEdit *dateEdit(QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(UnsetDate);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    //: An empty date field: 未填写
    edit->setSpecialValueText(DraftForm::tr("Not set"));
    edit->setDate(UnsetDate);
    return edit;
}

} // namespace

DraftForm::DraftForm(Core::ModuleContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_error(new Ui::ErrorBanner(this))
    , m_type(new QComboBox(this))
    , m_classification(new QComboBox(this))
    , m_secrecyPeriod(new QLineEdit(this))
    , m_copyNumber(new QLineEdit(this))
    , m_urgency(new QComboBox(this))
    , m_issuerMark(new QLineEdit(this))
    , m_number(new QLineEdit(this))
    , m_signers(new QLineEdit(this))
    , m_title(new QLineEdit(this))
    , m_mainRecipientsField(new RecipientsField(context, QStringLiteral("draftMainRecipients"), this))
    , m_mainRecipients(m_mainRecipientsField->lineEdit())
    , m_body(new QPlainTextEdit(this))
    , m_attachmentNotes(new QPlainTextEdit(this))
    , m_attachments(new Ui::AttachmentPanel(context, this))
    , m_issuerName(new QLineEdit(this))
    , m_issuedOn(dateEdit(this))
    , m_remark(new QLineEdit(this))
    , m_attendees(new QLineEdit(this))
    , m_onLeave(new QLineEdit(this))
    , m_observers(new QLineEdit(this))
    , m_copyToField(new RecipientsField(context, QStringLiteral("draftCopyTo"), this))
    , m_copyTo(m_copyToField->lineEdit())
    , m_printedBy(new QLineEdit(this))
    , m_printedOn(dateEdit(this))
    //: 保存草稿
    , m_save(new QPushButton(tr("Save draft"), this))
    //: 送核稿
    , m_submit(new QPushButton(tr("Submit for review"), this))
    //: 关闭
    , m_close(new QPushButton(tr("Close"), this))
{
    for (DocumentType type : allDocumentTypes())
        m_type->addItem(typeName(type), int(type));
    for (SecurityLevel level : {SecurityLevel::Public, SecurityLevel::Internal, SecurityLevel::Secret,
                                SecurityLevel::Confidential, SecurityLevel::TopSecret})
        m_classification->addItem(securityLevelName(level), int(level));
    for (Urgency urgency : {Urgency::Normal, Urgency::Urgent, Urgency::VeryUrgent})
        m_urgency->addItem(urgencyName(urgency), int(urgency));

    //: Placeholder of 保密期限
    m_secrecyPeriod->setPlaceholderText(tr("e.g. 1年, 6个月, 长期"));
    //: Placeholder of 份号
    m_copyNumber->setPlaceholderText(tr("6 digits, e.g. 000001"));
    m_copyNumber->setMaxLength(6);
    //: Placeholder of 发文字号: 登记时编号
    m_number->setPlaceholderText(tr("Numbered at registration"));
    //: Placeholder of 签发人
    m_signers->setPlaceholderText(tr("Names, separated by commas (required for reports and requests)"));
    //: Placeholder of 标题
    m_title->setPlaceholderText(tr("Issuing authority + subject + type, e.g. …关于…的通知"));
    //: Placeholder of 主送机关 and 抄送机关
    const QString organisations = tr("Organisations, separated by commas");
    m_mainRecipients->setPlaceholderText(organisations);
    m_copyTo->setPlaceholderText(organisations);
    //: Placeholder of 附件说明
    m_attachmentNotes->setPlaceholderText(tr("One attachment name per line, without 「附件：」 and numbers"));
    m_attachmentNotes->setMaximumHeight(fontMetrics().lineSpacing() * 4 + 12);
    m_body->setMinimumHeight(fontMetrics().lineSpacing() * 12);
    m_body->setTabChangesFocus(true);
    m_attachmentNotes->setTabChangesFocus(true);

    // Tests and accessibility tools find the fields by name.
    const QList<QPair<QWidget *, const char *>> names{
        {m_type, "draftType"},           {m_classification, "draftClassification"},
        {m_secrecyPeriod, "draftSecrecyPeriod"}, {m_copyNumber, "draftCopyNumber"},
        {m_urgency, "draftUrgency"},     {m_issuerMark, "draftIssuerMark"},
        {m_number, "draftNumber"},       {m_signers, "draftSigners"},
        {m_title, "draftTitle"},         {m_mainRecipients, "draftMainRecipients"},
        {m_body, "draftBody"},           {m_attachmentNotes, "draftAttachmentNotes"},
        {m_issuerName, "draftIssuerName"}, {m_issuedOn, "draftIssuedOn"},
        {m_remark, "draftRemark"},       {m_copyTo, "draftCopyTo"},
        {m_attendees, "draftAttendees"}, {m_onLeave, "draftOnLeave"},
        {m_observers, "draftObservers"},
        {m_printedBy, "draftPrintedBy"}, {m_printedOn, "draftPrintedOn"},
        {m_save, "draftSave"},           {m_submit, "draftSubmit"},
        {m_close, "draftClose"}};
    for (const auto &[widget, name] : names)
        widget->setObjectName(QString::fromLatin1(name));

    buildForm();
    showMinutesRows();

    for (QLineEdit *edit : {m_secrecyPeriod, m_copyNumber, m_issuerMark, m_number, m_signers, m_title,
                            m_mainRecipients, m_issuerName, m_remark, m_copyTo, m_printedBy, m_attendees,
                            m_onLeave, m_observers})
        connect(edit, &QLineEdit::textChanged, this, &DraftForm::markDirty);
    connect(m_type, &QComboBox::currentIndexChanged, this, &DraftForm::showMinutesRows);
    connect(m_type, &QComboBox::currentIndexChanged, this, &DraftForm::showTemplateMark);
    //: Placeholder of 出席 in a 纪要: units and names as printed after 「出席：」
    m_attendees->setPlaceholderText(tr("Organisations and names, e.g. 市林业和园林局陈静，市水利局刘洋"));
    for (QPlainTextEdit *edit : {m_body, m_attachmentNotes})
        connect(edit, &QPlainTextEdit::textChanged, this, &DraftForm::markDirty);
    for (QComboBox *combo : {m_type, m_classification, m_urgency})
        connect(combo, &QComboBox::currentIndexChanged, this, &DraftForm::markDirty);
    for (QDateEdit *edit : {m_issuedOn, m_printedOn})
        connect(edit, &QDateEdit::dateChanged, this, &DraftForm::markDirty);
    connect(m_attachments, &Ui::AttachmentPanel::attachmentsChanged, this, &DraftForm::markDirty);
    m_attachments->setEditable(true);
    m_attachments->setObjectName(QStringLiteral("draftAttachments"));
    connect(m_save, &QPushButton::clicked, this, &DraftForm::save);
    connect(m_submit, &QPushButton::clicked, this, &DraftForm::submitForReview);
    connect(m_close, &QPushButton::clicked, this, &DraftForm::closeRequested);
}

QWidget *DraftForm::withIssue(QWidget *field, Element element)
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    auto *issue = new QLabel(box);
    issue->setObjectName(QStringLiteral("issue") + QString::number(int(element)));
    issue->setWordWrap(true);
    issue->setStyleSheet(QStringLiteral("color: #b3261e;"));
    issue->hide();
    layout->addWidget(issue);
    m_issues.insert(element, issue);
    return box;
}

void DraftForm::buildForm()
{
    // One label column for the three parts, so the fields line up down the page.
    int labelWidth = 0;
    for (int element = int(Element::CopyNumber); element <= int(Element::PrintedOn); ++element)
        labelWidth = qMax(labelWidth, fontMetrics().horizontalAdvance(DocumentElements::label(Element(element))));
    const auto label = [this, labelWidth](Element element) {
        auto *text = new QLabel(DocumentElements::label(element), this);
        text->setMinimumWidth(labelWidth + fontMetrics().averageCharWidth());
        text->setAlignment(Qt::AlignRight | Qt::AlignTop);
        return text;
    };
    const auto form = [](QGroupBox *group) {
        auto *layout = new QFormLayout(group);
        layout->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
        layout->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
        return layout;
    };

    auto *content = new QWidget;
    //: GB/T 9704 part of the page: 版头
    auto *head = new QGroupBox(tr("Header"), content);
    QFormLayout *headForm = form(head);
    headForm->addRow(label(Element::Type), withIssue(m_type, Element::Type));
    auto *secrecy = new QWidget(head);
    auto *secrecyRow = new QHBoxLayout(secrecy);
    secrecyRow->setContentsMargins(0, 0, 0, 0);
    secrecyRow->addWidget(m_classification);
    secrecyRow->addWidget(new QLabel(DocumentElements::label(Element::SecrecyTerm), secrecy));
    secrecyRow->addWidget(m_secrecyPeriod, 1);
    headForm->addRow(label(Element::Classification), withIssue(secrecy, Element::Classification));
    m_issues.insert(Element::SecrecyTerm, m_issues.value(Element::Classification));
    headForm->addRow(label(Element::CopyNumber), withIssue(m_copyNumber, Element::CopyNumber));
    headForm->addRow(label(Element::UrgencyLevel), withIssue(m_urgency, Element::UrgencyLevel));
    headForm->addRow(label(Element::IssuerMark), withIssue(m_issuerMark, Element::IssuerMark));
    headForm->addRow(label(Element::Number), withIssue(m_number, Element::Number));
    headForm->addRow(label(Element::Signers), withIssue(m_signers, Element::Signers));

    //: GB/T 9704 part of the page: 主体
    auto *main = new QGroupBox(tr("Body of the document"), content);
    QFormLayout *mainForm = form(main);
    m_mainForm = mainForm;
    mainForm->addRow(label(Element::Title), withIssue(m_title, Element::Title));
    mainForm->addRow(label(Element::MainRecipients), withIssue(m_mainRecipientsField, Element::MainRecipients));
    mainForm->addRow(label(Element::Body), withIssue(m_body, Element::Body));
    mainForm->addRow(label(Element::AttachmentNotes), withIssue(m_attachmentNotes, Element::AttachmentNotes));
    //: 附件: the files themselves, kept encrypted in the profile and sent with the document
    mainForm->addRow(tr("Attachment files"), m_attachments);
    mainForm->addRow(label(Element::Attendees), m_attendees);
    mainForm->addRow(label(Element::OnLeave), m_onLeave);
    mainForm->addRow(label(Element::Observers), m_observers);
    mainForm->addRow(label(Element::IssuerName), withIssue(m_issuerName, Element::IssuerName));
    mainForm->addRow(label(Element::IssuedOn), withIssue(m_issuedOn, Element::IssuedOn));
    mainForm->addRow(label(Element::Remark), withIssue(m_remark, Element::Remark));

    //: GB/T 9704 part of the page: 版记
    auto *footer = new QGroupBox(tr("Footer"), content);
    QFormLayout *footerForm = form(footer);
    footerForm->addRow(label(Element::CopyTo), withIssue(m_copyToField, Element::CopyTo));
    footerForm->addRow(label(Element::PrintedBy), withIssue(m_printedBy, Element::PrintedBy));
    footerForm->addRow(label(Element::PrintedOn), withIssue(m_printedOn, Element::PrintedOn));

    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(head);
    contentLayout->addWidget(main);
    contentLayout->addWidget(footer);
    contentLayout->addStretch();

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    // The fields grow with the window; they never need a horizontal scroll.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_close);
    buttons->addWidget(m_save);
    buttons->addWidget(m_submit);
    m_submit->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    //: Title of the draft form: 拟稿
    layout->addWidget(new Ui::PageHeader(tr("Draft a document"), this));
    layout->addWidget(m_error);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);
    m_error->hide();
}

void DraftForm::startNew()
{
    OfficialDocument document;
    // A clerk drafts for the same office day after day.
    if (m_context.isSessionOpen()) {
        document.issuerMark = m_context.setting(QStringLiteral("lastIssuerMark")).value_or(QVariant()).toString();
        document.issuerName = m_context.setting(QStringLiteral("lastIssuerName")).value_or(QVariant()).toString();
    }
    if (document.issuerName.isEmpty())
        document.issuerName = m_context.account().organisationName;
    m_recordId.clear();
    m_state = {};
    setDocument(document);
}

void DraftForm::edit(const QString &recordId, const OfficialDocument &document, const DispatchState &state)
{
    m_recordId = recordId;
    m_state = state;
    setDocument(document);
}

void DraftForm::setDocument(const OfficialDocument &document)
{
    m_loading = true;
    m_type->setCurrentIndex(m_type->findData(int(document.type)));
    m_classification->setCurrentIndex(m_classification->findData(int(document.classification)));
    m_secrecyPeriod->setText(document.secrecyPeriod.toString());
    m_copyNumber->setText(document.copyNumber);
    m_urgency->setCurrentIndex(m_urgency->findData(int(document.urgency)));
    m_issuerMark->setText(document.issuerMark);
    m_number->setText(document.documentNumber);
    m_signers->setText(document.signers.join(QStringLiteral("，")));
    m_title->setText(document.title);
    m_mainRecipients->setText(document.mainRecipients.join(QStringLiteral("，")));
    m_body->setPlainText(document.body);
    m_attachmentNotes->setPlainText(document.attachmentNotes.join(QLatin1Char('\n')));
    m_attachments->setAttachments(document.attachments);
    m_issuerName->setText(document.issuerName);
    m_issuedOn->setDate(document.issuedOn.isValid() ? document.issuedOn : UnsetDate);
    m_remark->setText(document.remark);
    m_attendees->setText(document.attendees);
    m_onLeave->setText(document.onLeave);
    m_observers->setText(document.observers);
    m_copyTo->setText(document.copyTo.join(QStringLiteral("，")));
    m_printedBy->setText(document.printedBy);
    m_printedOn->setDate(document.printedOn.isValid() ? document.printedOn : UnsetDate);
    m_loading = false;
    showMinutesRows();
    showTemplateMark();
    m_dirty = false;
    m_showingIssues = false;
    m_kept = document;
    showIssues({});
    m_error->clear();
    m_error->hide();
}

OfficialDocument DraftForm::document() const
{
    // Elements the form does not edit (seal, direction) stay as they were.
    OfficialDocument document = m_kept;
    document.type = DocumentType(m_type->currentData().toInt());
    document.classification = SecurityLevel(m_classification->currentData().toInt());
    document.secrecyPeriod = SecrecyPeriod::fromString(m_secrecyPeriod->text().trimmed()).value_or(SecrecyPeriod());
    document.copyNumber = m_copyNumber->text().trimmed();
    document.urgency = Urgency(m_urgency->currentData().toInt());
    document.issuerMark = m_issuerMark->text().trimmed();
    document.documentNumber = m_number->text().trimmed();
    document.signers = organisationsOf(m_signers);
    document.title = m_title->text().trimmed();
    document.mainRecipients = organisationsOf(m_mainRecipients);
    document.body = m_body->toPlainText();
    document.attachmentNotes = linesOf(m_attachmentNotes);
    document.attachments = m_attachments->attachments();
    document.issuerName = m_issuerName->text().trimmed();
    document.issuedOn = dateOf(m_issuedOn);
    document.remark = m_remark->text().trimmed();
    document.attendees = m_attendees->text().trimmed();
    document.onLeave = m_onLeave->text().trimmed();
    document.observers = m_observers->text().trimmed();
    document.copyTo = organisationsOf(m_copyTo);
    document.printedBy = m_printedBy->text().trimmed();
    document.printedOn = dateOf(m_printedOn);
    // The exchange goes by the directory's ids of the names as they stand now.
    document.mainRecipientIds = m_mainRecipientsField->ids();
    document.copyToIds = m_copyToField->ids();
    return document;
}

QString DraftForm::issueText(Element element) const
{
    const QLabel *issue = m_issues.value(element);
    return issue && !issue->isHidden() ? issue->text() : QString();
}

void DraftForm::showIssues(const QList<ValidationIssue> &issues)
{
    QHash<QLabel *, QStringList> texts;
    for (const ValidationIssue &issue : issues) {
        if (QLabel *label = m_issues.value(issue.element))
            texts[label].append(issue.message);
    }
    // The form's own check: a period the validator never sees, since it cannot be read.
    if (!m_secrecyPeriod->text().trimmed().isEmpty()
        && !SecrecyPeriod::fromString(m_secrecyPeriod->text().trimmed())) {
        texts[m_issues.value(Element::SecrecyTerm)].append(
            tr("Write the secrecy period like 「1年」, 「6个月」 or 「长期」."));
    }
    for (QLabel *label : std::as_const(m_issues)) {
        const QStringList lines = texts.value(label);
        label->setText(lines.join(QLatin1Char('\n')));
        label->setVisible(!lines.isEmpty());
    }
}

void DraftForm::showMinutesRows()
{
    const bool minutes = DocumentType(m_type->currentData().toInt()) == DocumentType::Minutes;
    for (QLineEdit *edit : {m_attendees, m_onLeave, m_observers})
        m_mainForm->setRowVisible(edit, minutes || !edit->text().isEmpty());
}

void DraftForm::showTemplateMark()
{
    const QList<Core::OrganisationEntry> directory = m_context.organisations().value_or(QList<Core::OrganisationEntry>{});
    OfficialDocument typed;
    typed.type = DocumentType(m_type->currentData().toInt());
    typed.issuerName = m_issuerName->text().trimmed();
    const QString organisation
        = RedHeaderSelection::issuingOrganisation(directory, {}, m_context.account().organisationId, typed);
    const auto header = RedHeaderSelection::choose(directory, organisation, typed); // typed has no mark
    if (header) {
        //: The 发文机关标志 field when the organisation's 套红 template gives it: 套红模板：柳州市人民政府办公室文件
        m_issuerMark->setPlaceholderText(tr("Red-header template: %1").arg(header->markText));
        //: Tooltip of the 发文机关标志 field when a 套红 template exists
        m_issuerMark->setToolTip(tr("The organisation's red-header template (%1) prints the mark; this field is "
                                    "used only where there is no template.")
                                     .arg(Core::formatName(header->format)));
    } else {
        m_issuerMark->setPlaceholderText({});
        m_issuerMark->setToolTip({});
    }
}

void DraftForm::markDirty()
{
    if (m_loading)
        return;
    m_dirty = true;
    if (m_showingIssues)
        showIssues(DocumentValidator::validate(document(), Checkpoint::Draft));
}

bool DraftForm::save()
{
    if (!m_context.isSessionOpen())
        return false;
    const OfficialDocument current = document();
    const QList<ValidationIssue> issues = DocumentValidator::validate(current, Checkpoint::Draft);
    m_showingIssues = true;
    showIssues(issues);
    if (!issues.isEmpty() || !issueText(Element::SecrecyTerm).isEmpty())
        return false;
    const QString id = m_recordId.isEmpty() ? Core::RecordStore::newRecordId() : m_recordId;
    if (auto saved = DocumentsRecords::saveDocument(m_context, id, current, m_state); !saved) {
        qCWarning(m_context.log()) << "saving a draft failed:" << saved.error().fullText();
        m_error->showError(saved.error().message, saved.error().detail);
        return false;
    }
    DocumentHandling::settle(m_context);
    (void)m_context.setSetting(QStringLiteral("lastIssuerMark"), current.issuerMark);
    (void)m_context.setSetting(QStringLiteral("lastIssuerName"), current.issuerName);
    m_recordId = id;
    m_kept = current;
    m_dirty = false;
    m_error->clear();
    m_error->hide();
    Q_EMIT saved(id);
    return true;
}

bool DraftForm::submitForReview()
{
    if (!save())
        return false;
    auto loaded = DocumentHandling::load(m_context, m_recordId);
    auto done = loaded ? DocumentHandling::completeDispatch(m_context, *loaded, {}, QDateTime::currentDateTimeUtc())
                       : Core::Result<>(std::unexpected(loaded.error()));
    if (!done) {
        m_error->showError(done.error().message, done.error().detail);
        return false;
    }
    Q_EMIT submitted(m_recordId);
    return true;
}

} // namespace GovDesk::Documents
