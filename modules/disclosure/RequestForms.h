// RequestForms: the dialogs of a 依申请公开 request's steps. A StepDialog runs its step when OK is
// pressed and stays open, with what was entered and the refusal shown, until the step is accepted:
// a date the regulation rules out costs the officer one correction, not the whole form.
#pragma once

#include "DisclosureRequest.h"

#include <QDialog>
#include <functional>

class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace GovDesk::Core {
class ModuleContext;
}

namespace GovDesk::Ui {
class AttachmentPanel;
}

namespace GovDesk::Disclosure {

class StepDialog : public QDialog
{
    Q_OBJECT
public:
    StepDialog(const QString &title, QWidget *parent);

    [[nodiscard]] QFormLayout *form() const { return m_form; }
    // Run on OK; the dialog closes only when it succeeds.
    void setStep(std::function<Core::Result<>()> step) { m_step = std::move(step); }
    // A date field in the form's style (ISO display, calendar popup), named for tests.
    [[nodiscard]] QDateEdit *addDate(const QString &label, const QString &objectName, QDate value);

    void accept() override;

private:
    QFormLayout *m_form = nullptr;
    QLabel *m_error = nullptr;
    std::function<Core::Result<>()> m_step;
};

// 登记: the applicant, the channel with the date Art. 31 reads for it, the content and purpose.
class RegisterRequestDialog : public StepDialog
{
    Q_OBJECT
public:
    explicit RegisterRequestDialog(QWidget *parent = nullptr);
    [[nodiscard]] DisclosureRequest draft() const;

private:
    void channelChanged();

    QComboBox *m_applicantType = nullptr;
    QLineEdit *m_applicantName = nullptr;
    QLineEdit *m_contact = nullptr;
    QComboBox *m_channel = nullptr;
    QLabel *m_receiptLabel = nullptr;
    QDateEdit *m_receiptDate = nullptr;
    QPlainTextEdit *m_content = nullptr;
    QLineEdit *m_purpose = nullptr;
};

// 答复: the reply type, the reasons it requires (only those of the type are offered), date, text and
// the files sent with it (kept in the profile, synced with the request).
class ReplyDialog : public StepDialog
{
    Q_OBJECT
public:
    explicit ReplyDialog(Core::ModuleContext &context, QWidget *parent = nullptr);
    [[nodiscard]] RequestReply reply() const;

private:
    void typeChanged();

    QComboBox *m_type = nullptr;
    QListWidget *m_reasons = nullptr;
    QDateEdit *m_on = nullptr;
    QPlainTextEdit *m_text = nullptr;
    Ui::AttachmentPanel *m_attachments = nullptr;
};

// The 申请方式's name, as the officer reads it.
[[nodiscard]] QString requestChannelName(RequestChannel channel);

} // namespace GovDesk::Disclosure
