// AttachmentPanel: a record's 附件 (a 公文's, a 信息公开 item's, a reply's) — listed with their size
// and whether this computer has their bytes yet (they arrive with the sync after the record),
// opened in place (PDF in PdfViewer, OFD in OfdViewer), saved elsewhere, and, while drafting, added
// or removed. The bytes live encrypted in the profile (Core::BlobCache); nothing is written to disk
// unless the user saves a copy. The module stores the list as its payload's top-level
// "attachments" ([{sha256, name, size}], Core::BlobReferences): that is what the sync sends and
// fetches.
#pragma once

#include "AttachmentFormat.h"
#include "sync/BlobReferences.h"

#include <QWidget>

class QListWidget;
class QPushButton;

namespace GovDesk::Core {
class ModuleContext;
}

namespace GovDesk::Ui {

class AttachmentPanel : public QWidget
{
    Q_OBJECT
public:
    explicit AttachmentPanel(Core::ModuleContext &context, QWidget *parent = nullptr);

    void setAttachments(const QList<Core::AttachmentRef> &attachments);
    [[nodiscard]] QList<Core::AttachmentRef> attachments() const { return m_attachments; }
    // Drafting: attachments may be added and removed.
    void setEditable(bool editable);

    // Adds a file's bytes to the profile and lists it; false with the reason shown when it fails.
    bool addFile(const QString &path);
    // Opens the attachment at `row`: a PDF or an OFD (by name, or by content when the name does not
    // say) in its viewer, anything else saved where the user says.
    void openAt(int row);

signals:
    void attachmentsChanged();

private:
    void refreshList();
    void saveAt(int row);
    void removeAt(int row);
    [[nodiscard]] AttachmentKind kindOf(const Core::AttachmentRef &attachment) const;

    Core::ModuleContext &m_context;
    QList<Core::AttachmentRef> m_attachments;
    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_open;
    QPushButton *m_save;
    QPushButton *m_remove;
};

} // namespace GovDesk::Ui
