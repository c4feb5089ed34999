// DocumentView: one 公文 — the page as printed, its history, the delivery per recipient, and the
// workflow steps the current account may take now.
#pragma once

#include "DocumentHandling.h"

#include <QWidget>
#include <functional>
#include <optional>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace GovDesk::Core {
class ModuleContext;
}

namespace GovDesk::Ui {
class AttachmentPanel;
class ErrorBanner;
} // namespace GovDesk::Ui

namespace GovDesk::Documents {

class DocumentPreview;
class SealStatusLabel;

// Asks the person for an opinion, a reason or readers; nullopt when they cancel. Tests replace it.
struct PromptRequest
{
    QString title;
    QString label;
    QString initial;
    bool required = false;
};
using Prompt = std::function<std::optional<QString>(QWidget *parent, const PromptRequest &request)>;

class DocumentView : public QWidget
{
    Q_OBJECT
public:
    explicit DocumentView(Core::ModuleContext &context, QWidget *parent = nullptr);

    // Reads the record and shows it; false (and the reason in the banner) when it cannot be read.
    bool showDocument(const QString &recordId);
    void reload() { (void)showDocument(m_loaded.recordId); }
    [[nodiscard]] QString recordId() const { return m_loaded.recordId; }
    [[nodiscard]] const LoadedDocument &loaded() const { return m_loaded; }
    void setPrompt(Prompt prompt) { m_prompt = std::move(prompt); }
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    // The step buttons shown now, by object name ("stepComplete", "stepReturn-<stage>", …).
    [[nodiscard]] QList<QPushButton *> stepButtons() const { return m_stepButtons; }

Q_SIGNALS:
    void changed(const QString &recordId); // a step was taken
    void editRequested(const QString &recordId);
    void backRequested();

private:
    void rebuildSteps();
    void addDispatchButton(const DispatchTransition &transition);
    void addReceiptButton(const ReceiptTransition &transition);
    void fillHistory();
    void fillDeliveries();
    void finish(const Core::Result<> &result);
    [[nodiscard]] std::optional<QString> ask(const PromptRequest &request);
    [[nodiscard]] QDateTime now() const { return m_clock ? m_clock() : QDateTime::currentDateTimeUtc(); }
    QPushButton *addStepButton(const QString &name, const QString &text);

    Core::ModuleContext &m_context;
    LoadedDocument m_loaded;
    Prompt m_prompt;
    std::function<QDateTime()> m_clock;

    Ui::ErrorBanner *m_error;
    QLabel *m_status;
    SealStatusLabel *m_seal;
    QLabel *m_conflict; // shown while the record is in conflict: no step until it is resolved
    QHBoxLayout *m_stepsLayout;
    QList<QPushButton *> m_stepButtons;
    QPushButton *m_back;
    DocumentPreview *m_preview;
    QTreeWidget *m_history;
    QLabel *m_deliveryTitle;
    QTreeWidget *m_deliveries;
    class RevisionsPanel *m_revisions;
    Ui::AttachmentPanel *m_attachments;
};

} // namespace GovDesk::Documents
