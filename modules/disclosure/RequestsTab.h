// RequestsTab: the 依申请公开 requests as the officer supervises them — every request with its
// due date and 电子监察 colour (most pressing first among the open ones), the selected one's
// content, timeline and reply, and each department's timeliness this year.
#pragma once

#include "HolidayCalendar.h"

#include <QWidget>

class QLabel;
class QTableWidget;
class QTextBrowser;

namespace GovDesk::Core {
class ModuleContext;
}

namespace GovDesk::Disclosure {

struct DisclosureRequest;

class RequestsTab : public QWidget
{
    Q_OBJECT
public:
    explicit RequestsTab(Core::ModuleContext &context, QWidget *parent = nullptr);

    // Re-reads the projected table (after a sync, a new record, a day change).
    void reload();
    [[nodiscard]] QTableWidget *list() const { return m_list; }

private:
    [[nodiscard]] static QString actionName(const QString &action);
    void showRequest(const DisclosureRequest &request);

    Core::ModuleContext &m_context;
    HolidayCalendar m_calendar;
    QTableWidget *m_list = nullptr;
    QTextBrowser *m_detail = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace GovDesk::Disclosure
