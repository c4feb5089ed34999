#include "RequestForms.h"

#include "AttachmentLists.h"
#include "AttachmentPanel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>

namespace GovDesk::Disclosure {

QString requestChannelName(RequestChannel channel)
{
    switch (channel) {
    case RequestChannel::InPerson:
        //: 申请方式: 当面提交
        return StepDialog::tr("In person");
    case RequestChannel::Post:
        //: 申请方式: 邮寄 (registered post or courier, signed for)
        return StepDialog::tr("By post (signed for)");
    case RequestChannel::PlainLetter:
        //: 申请方式: 平常信函
        return StepDialog::tr("Plain letter");
    case RequestChannel::Online:
        //: 申请方式: 互联网
        return StepDialog::tr("Online");
    case RequestChannel::Fax:
        //: 申请方式: 传真
        return StepDialog::tr("Fax");
    }
    return {};
}

StepDialog::StepDialog(const QString &title, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(title);
    m_form = new QFormLayout(this);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("stepError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &StepDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // The fields go above these two rows.
    m_form->addRow(m_error);
    m_form->addRow(buttons);
}

QDateEdit *StepDialog::addDate(const QString &label, const QString &objectName, QDate value)
{
    auto *edit = new QDateEdit(value, this);
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_form->insertRow(m_form->rowCount() - 2, label, edit);
    return edit;
}

void StepDialog::accept()
{
    if (m_step) {
        if (auto done = m_step(); !done) {
            m_error->setText(done.error().message);
            return;
        }
    }
    QDialog::accept();
}

RegisterRequestDialog::RegisterRequestDialog(QWidget *parent)
    //: Dialog title: 登记政府信息公开申请
    : StepDialog(tr("Register a request"), parent)
{
    m_applicantType = new QComboBox(this);
    m_applicantType->setObjectName(QStringLiteral("applicantType"));
    for (ApplicantType type : ApplicantTypes::all())
        m_applicantType->addItem(ApplicantTypes::name(type), int(type));
    m_applicantName = new QLineEdit(this);
    m_applicantName->setObjectName(QStringLiteral("applicantName"));
    m_contact = new QLineEdit(this);
    m_contact->setObjectName(QStringLiteral("contact"));
    m_channel = new QComboBox(this);
    m_channel->setObjectName(QStringLiteral("channel"));
    for (RequestChannel channel : {RequestChannel::InPerson, RequestChannel::Post, RequestChannel::PlainLetter,
                                   RequestChannel::Online, RequestChannel::Fax})
        m_channel->addItem(requestChannelName(channel), int(channel));
    m_content = new QPlainTextEdit(this);
    m_content->setObjectName(QStringLiteral("content"));
    m_purpose = new QLineEdit(this);
    m_purpose->setObjectName(QStringLiteral("purpose"));

    int row = 0;
    const auto add = [this, &row](const QString &key, QWidget *field) {
        form()->insertRow(row++, DisclosureRequests::fieldLabel(key), field);
    };
    add(QStringLiteral("applicantType"), m_applicantType);
    add(QStringLiteral("applicantName"), m_applicantName);
    add(QStringLiteral("contact"), m_contact);
    add(QStringLiteral("channel"), m_channel);
    // Labelled by channelChanged().
    m_receiptDate = addDate(QStringLiteral("-"), QStringLiteral("receiptDate"), QDate::currentDate());
    m_receiptLabel = qobject_cast<QLabel *>(form()->labelForField(m_receiptDate));
    ++row;
    add(QStringLiteral("content"), m_content);
    add(QStringLiteral("purpose"), m_purpose);
    connect(m_channel, &QComboBox::currentIndexChanged, this, &RegisterRequestDialog::channelChanged);
    channelChanged();
    resize(560, 480);
}

void RegisterRequestDialog::channelChanged()
{
    // Art. 31: the day that counts is the one the channel has — handed in, signed for, or confirmed.
    switch (RequestChannel(m_channel->currentData().toInt())) {
    case RequestChannel::InPerson:
        //: 当面提交的日期
        m_receiptLabel->setText(tr("Handed in on"));
        break;
    case RequestChannel::Post:
        //: 邮寄申请的签收日期
        m_receiptLabel->setText(tr("Signed for on"));
        break;
    case RequestChannel::PlainLetter:
    case RequestChannel::Online:
    case RequestChannel::Fax:
        //: 双方确认收到申请的日期
        m_receiptLabel->setText(tr("Receipt confirmed on"));
        break;
    }
}

DisclosureRequest RegisterRequestDialog::draft() const
{
    DisclosureRequest request;
    request.applicantType = ApplicantType(m_applicantType->currentData().toInt());
    request.applicantName = m_applicantName->text().trimmed();
    request.contact = m_contact->text().trimmed();
    request.receipt.channel = RequestChannel(m_channel->currentData().toInt());
    const QDate on = m_receiptDate->date();
    switch (request.receipt.channel) {
    case RequestChannel::InPerson:
        request.receipt.handedInOn = on;
        break;
    case RequestChannel::Post:
        request.receipt.signedForOn = on;
        break;
    case RequestChannel::PlainLetter:
    case RequestChannel::Online:
    case RequestChannel::Fax:
        request.receipt.confirmedOn = on;
        break;
    }
    request.content = m_content->toPlainText().trimmed();
    request.purpose = m_purpose->text().trimmed();
    return request;
}

ReplyDialog::ReplyDialog(Core::ModuleContext &context, QWidget *parent)
    //: Dialog title: 答复申请
    : StepDialog(tr("Answer the request"), parent)
{
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("replyType"));
    for (ReplyType type : ReplyTypes::all())
        m_type->addItem(ReplyTypes::name(type), int(type));
    m_reasons = new QListWidget(this);
    m_reasons->setObjectName(QStringLiteral("replyReasons"));
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("replyText"));
    form()->insertRow(0, DisclosureRequests::fieldLabel(QStringLiteral("reply.type")), m_type);
    form()->insertRow(1, DisclosureRequests::fieldLabel(QStringLiteral("reply.reasons")), m_reasons);
    m_on = addDate(DisclosureRequests::fieldLabel(QStringLiteral("reply.on")), QStringLiteral("replyOn"),
                   QDate::currentDate());
    form()->insertRow(3, DisclosureRequests::fieldLabel(QStringLiteral("reply.text")), m_text);
    m_attachments = new Ui::AttachmentPanel(context, this);
    m_attachments->setObjectName(QStringLiteral("replyAttachments"));
    m_attachments->setEditable(true);
    form()->insertRow(4, DisclosureRequests::fieldLabel(QStringLiteral("reply.attachments")), m_attachments);
    connect(m_type, &QComboBox::currentIndexChanged, this, &ReplyDialog::typeChanged);
    typeChanged();
    resize(620, 660);
}

void ReplyDialog::typeChanged()
{
    m_reasons->clear();
    const auto type = ReplyType(m_type->currentData().toInt());
    for (ReplyReason reason : ReplyTypes::reasonsOf(type)) {
        auto *item = new QListWidgetItem(ReplyTypes::reasonName(reason), m_reasons);
        item->setData(Qt::UserRole, int(reason));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_reasons->setEnabled(ReplyTypes::requiresReason(type));
}

RequestReply ReplyDialog::reply() const
{
    RequestReply reply;
    reply.type = ReplyType(m_type->currentData().toInt());
    for (int row = 0; row < m_reasons->count(); ++row) {
        const QListWidgetItem *item = m_reasons->item(row);
        if (item->checkState() == Qt::Checked)
            reply.reasons.append(ReplyReason(item->data(Qt::UserRole).toInt()));
    }
    reply.on = m_on->date();
    reply.text = m_text->toPlainText().trimmed();
    reply.attachments = AttachmentLists::toJson(m_attachments->attachments());
    return reply;
}

} // namespace GovDesk::Disclosure
