// DisclosurePage: the 信息公开 page — a tab of 主动公开 items (status, 索引号, category, 电子监察
// colour) with the chosen item's preview, history and 保密审查 findings, and the workflow steps
// the account may take; beside it the 依申请公开 requests (RequestsTab) and the 年度报告 (ReportTab),
// and the module's settings.
#pragma once

#include "Result.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTextBrowser;

namespace GovDesk::Core {
class ModuleContext;
}

namespace GovDesk::Ui {
class AttachmentPanel;
}

namespace GovDesk::Disclosure {

struct DisclosureItem;

class DisclosurePage : public QWidget
{
    Q_OBJECT
public:
    explicit DisclosurePage(Core::ModuleContext &context, QWidget *parent = nullptr);

    void reload();
    void showItem(const QString &recordId);
    [[nodiscard]] QTabWidget *tabs() const { return m_tabs; }
    [[nodiscard]] QTableWidget *list() const { return m_list; }
    [[nodiscard]] QString shownItem() const { return m_shown; }
    // The editor's answer, for tests: saves `item` as a new draft (empty id) or over a draft.
    void saveDraft(const QString &recordId, const DisclosureItem &item);

private:
    void act(int action);
    // 新建 (empty id) or 编辑 of a draft in the ItemEditor; written when saved.
    void edit(const QString &recordId);
    void showDetail();
    // The module's settings in a dialog (DisclosureSettings), checked before anything is stored.
    void editSettings();
    // After a change of the settings or the calendar: the requests' to-dos and list judged again.
    Core::Result<> refreshRequests();
    // 门户预览: the shown item as the public portal shows it (PortalPreviewDialog).
    void previewOnPortal();

    Core::ModuleContext &m_context;
    QTabWidget *m_tabs = nullptr;
    QTableWidget *m_list = nullptr;
    QTextBrowser *m_preview = nullptr;
    Ui::AttachmentPanel *m_attachments = nullptr; // the shown item's, read-only
    QListWidget *m_findings = nullptr;
    QWidget *m_buttons = nullptr;
    QList<QPushButton *> m_actionButtons;
    QPushButton *m_edit = nullptr;
    QPushButton *m_portalPreview = nullptr;
    QLabel *m_error = nullptr;
    QString m_shown;
};

} // namespace GovDesk::Disclosure
