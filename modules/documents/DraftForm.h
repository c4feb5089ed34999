// DraftForm: 拟稿 — every GB/T 9704 element of a 公文 in one form, each refusal shown beside its element.
#pragma once

#include "DispatchWorkflow.h"
#include "DocumentElement.h"
#include "DocumentValidator.h"
#include "OfficialDocument.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QFormLayout;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace GovDesk::Core {
class ModuleContext;
}

namespace GovDesk::Ui {
class AttachmentPanel;
class ErrorBanner;
} // namespace GovDesk::Ui

namespace GovDesk::Documents {

class RecipientsField;

class DraftForm : public QWidget
{
    Q_OBJECT
public:
    explicit DraftForm(Core::ModuleContext &context, QWidget *parent = nullptr);

    // A new document: the issuer as last used on this profile, today's date left for the signer.
    void startNew();
    // An existing draft (or one returned to 拟稿) to go on with.
    void edit(const QString &recordId, const OfficialDocument &document, const DispatchState &state);

    [[nodiscard]] OfficialDocument document() const; // what the fields say now
    [[nodiscard]] QString recordId() const { return m_recordId; }
    [[nodiscard]] bool isDirty() const { return m_dirty; }
    // The refusal shown beside `element`; empty when there is none.
    [[nodiscard]] QString issueText(Element element) const;

    // Checks at the draft checkpoint and writes the record; false (issues shown) when refused.
    bool save();
    // Saves, then completes 拟稿 (to 核稿).
    bool submitForReview();

Q_SIGNALS:
    void saved(const QString &recordId);
    void submitted(const QString &recordId);
    void closeRequested();

private:
    void buildForm();
    void setDocument(const OfficialDocument &document);
    void showIssues(const QList<ValidationIssue> &issues);
    void markDirty();
    // 出席/请假/列席 are rows of a 纪要 only (or of a document that has them).
    void showMinutesRows();
    // With a 套红 template for the type, the 发文机关标志 comes from it: the field says so.
    void showTemplateMark();
    [[nodiscard]] QWidget *withIssue(QWidget *field, Element element);

    Core::ModuleContext &m_context;
    QString m_recordId;
    DispatchState m_state;
    bool m_dirty = false;
    bool m_loading = false;
    bool m_showingIssues = false; // once refused, issues follow the edits

    Ui::ErrorBanner *m_error;
    QComboBox *m_type;
    QComboBox *m_classification;
    QLineEdit *m_secrecyPeriod;
    QLineEdit *m_copyNumber;
    QComboBox *m_urgency;
    QLineEdit *m_issuerMark;
    QLineEdit *m_number;
    QLineEdit *m_signers;
    QLineEdit *m_title;
    RecipientsField *m_mainRecipientsField;
    QLineEdit *m_mainRecipients;
    QPlainTextEdit *m_body;
    QPlainTextEdit *m_attachmentNotes;
    Ui::AttachmentPanel *m_attachments;
    QLineEdit *m_issuerName;
    QDateEdit *m_issuedOn;
    QLineEdit *m_remark;
    QLineEdit *m_attendees;
    QLineEdit *m_onLeave;
    QLineEdit *m_observers;
    QFormLayout *m_mainForm = nullptr;
    RecipientsField *m_copyToField;
    QLineEdit *m_copyTo;
    QLineEdit *m_printedBy;
    QDateEdit *m_printedOn;
    QPushButton *m_save;
    QPushButton *m_submit;
    QPushButton *m_close;
    QHash<Element, QLabel *> m_issues;
    OfficialDocument m_kept; // as loaded or last saved: the elements the form does not edit
};

} // namespace GovDesk::Documents
