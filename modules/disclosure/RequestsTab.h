// RequestsTab: the 依申请公开 requests as the officer handles and supervises them — every request
// with its due date and 电子监察 colour (most pressing first among the open ones), the selected
// one's content, timeline and reply, the steps it may take next (登记, 分办, 补正, 延期, 征求意见,
// 答复) each in its dialog, and the 告知书 of an answered one as a PDF.
#pragma once

#include "HolidayCalendar.h"

#include "Result.h"

#include <QDate>
#include <QFuture>
#include <QMap>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;
class QTextBrowser;

namespace GovDesk::Core {
class ModuleContext;
}

namespace GovDesk::Ui {
class AttachmentPanel;
}

namespace GovDesk::Disclosure {

struct DisclosureRequest;

class RequestsTab : public QWidget
{
    Q_OBJECT
public:
    explicit RequestsTab(Core::ModuleContext &context, QWidget *parent = nullptr);

    enum class Step { Register, Assign, Correct, Extend, Consult, ConsultationAnswered, Reply, Notice };
    Q_ENUM(Step)

    // Re-reads the projected table (after a sync, a new record, a day change).
    void reload();
    void selectRequest(const QString &recordId);
    [[nodiscard]] QString shownRequest() const { return m_shown; }
    [[nodiscard]] QTableWidget *list() const { return m_list; }
    // Each department's timeliness this year (电子监察 绩效): answered, on time, overdue, days used.
    [[nodiscard]] QTableWidget *departments() const { return m_departments; }
    [[nodiscard]] QPushButton *stepButton(Step step) const;

    // The 告知书 of an answered request as a PDF at `path`, written on a worker thread; the page count.
    [[nodiscard]] QFuture<Core::Result<int>> writeNotice(const QString &recordId, const QString &path) const;

private:
    [[nodiscard]] static QString actionName(const QString &action);
    void showRequest(const DisclosureRequest &request);
    // Selects the request's row without reading the table; false when it is not listed.
    bool highlight(const QString &recordId);
    void updateSteps(const DisclosureRequest *request);
    // Opens the step's dialog; the step is taken, written and shown when the dialog accepts it.
    void run(Step step);
    void runOn(Step step, const DisclosureRequest &request);
    void saveNotice();
    void showMessage(const QString &text, bool isError);
    void showTimeliness(const QMap<QString, DisclosureRequest> &requests, QDate today);
    [[nodiscard]] QStringList knownDepartments() const;

    Core::ModuleContext &m_context;
    HolidayCalendar m_calendar;
    QTableWidget *m_list = nullptr;
    QTextBrowser *m_detail = nullptr;
    QTableWidget *m_departments = nullptr;
    Ui::AttachmentPanel *m_replyAttachments = nullptr; // the shown request's reply's, read-only
    QLabel *m_summary = nullptr;
    QLabel *m_message = nullptr;
    QList<QPushButton *> m_stepButtons;
    QString m_shown;
};

} // namespace GovDesk::Disclosure
