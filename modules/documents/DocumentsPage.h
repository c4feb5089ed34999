// DocumentsPage: the 公文 page — the lists (草稿, 待办, 已发, 收文, 归档) with filters, the draft form
// and the document view, one at a time.
#pragma once

#include "DocumentsList.h"

#include <QWidget>

class QComboBox;
class QListWidget;
class QStackedWidget;
class QTreeView;

namespace GovDesk::Core {
class ModuleContext;
}

namespace GovDesk::Ui {
class EmptyState;
class PageHeader;
} // namespace GovDesk::Ui

namespace GovDesk::Documents {

class DocumentListModel;
struct LoadedDocument;
class DocumentView;
class DraftForm;

class DocumentsPage : public QWidget
{
    Q_OBJECT
public:
    explicit DocumentsPage(Core::ModuleContext &context, QWidget *parent = nullptr);

    void showList(DocumentList list);
    void newDocument();
    // Shows the document (a search hit, a to-do); false when it cannot be read.
    bool openDocument(const QString &recordId);
    void refresh();
    // Unsaved edits in the draft form.
    [[nodiscard]] bool hasUnsavedDraft() const;

    [[nodiscard]] DocumentListModel *listModel() const { return m_model; }
    [[nodiscard]] DraftForm *draftForm() const { return m_form; }
    [[nodiscard]] DocumentView *documentView() const { return m_view; }
    // The document on screen, if the page shows one (what 打印 and 导出 act on); else null.
    [[nodiscard]] const LoadedDocument *shownDocument() const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void applyFilter();
    void refreshFilterChoices();
    void updateState();
    void editDraft(const QString &recordId);
    void backToList();

    Core::ModuleContext &m_context;
    DocumentListModel *m_model;
    QStackedWidget *m_pages;
    QWidget *m_listPage;
    Ui::PageHeader *m_header;
    QListWidget *m_lists;
    QComboBox *m_year;
    QComboBox *m_type;
    QComboBox *m_urgency;
    QComboBox *m_stage;
    QStackedWidget *m_listStack;
    QTreeView *m_table;
    Ui::EmptyState *m_empty;
    DraftForm *m_form;
    DocumentView *m_view;
    bool m_updatingChoices = false;
};

} // namespace GovDesk::Documents
