// RevisionsPanel: 留痕 on screen — the 正文's revisions (who, at which step, when, decided or not)
// and the selected one's changes marked: insertions underlined and deletions struck through, in
// a colour per person. The oldest undecided change can be accepted or rejected; at 核稿, 签发 and
// 复核 the 正文 can be changed, which becomes the user's revision.
#pragma once

#include "DocumentHandling.h"

#include <QWidget>

class QPushButton;
class QTextBrowser;
class QTreeWidget;

namespace GovDesk::Documents {

class RevisionsPanel : public QWidget
{
    Q_OBJECT
public:
    // Asks for the changed 正文 (a dialog in the app; tests answer directly).
    using BodyEditor = std::function<std::optional<QString>(QWidget *parent, const QString &body)>;

    explicit RevisionsPanel(Core::ModuleContext &context, QWidget *parent = nullptr);

    void setDocument(const LoadedDocument &loaded);
    void setBodyEditor(BodyEditor editor) { m_editor = std::move(editor); }
    // The marked changes of revision `index` as HTML (what the browser shows).
    [[nodiscard]] QString changesHtml(qsizetype index) const;

signals:
    // A change was saved or decided: the document must be read again.
    void documentChanged();

private:
    void showRevision(qsizetype index);
    void decide(bool accept);
    void editBody();

    Core::ModuleContext &m_context;
    LoadedDocument m_loaded;
    BodyEditor m_editor;
    QTreeWidget *m_list;
    QTextBrowser *m_changes;
    QPushButton *m_accept;
    QPushButton *m_reject;
    QPushButton *m_edit;
};

} // namespace GovDesk::Documents
