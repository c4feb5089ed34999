// ItemEditor: the fields of a 主动公开 draft in a dialog (new item, or a draft being edited), with
// its attachments (added to the profile's BlobCache as they are chosen).
#pragma once

#include "DisclosureItem.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;

namespace GovDesk::Core {
class ModuleContext;
}

namespace GovDesk::Ui {
class AttachmentPanel;
}

namespace GovDesk::Disclosure {

class ItemEditor : public QDialog
{
    Q_OBJECT
public:
    ItemEditor(Core::ModuleContext &context, const DisclosureItem &item, QWidget *parent = nullptr);

    // The item with the fields and attachments as edited; status, history and 索引号 as given.
    [[nodiscard]] DisclosureItem item() const;

private:
    DisclosureItem m_item;
    QComboBox *m_category = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_publisher = nullptr;
    QDateEdit *m_writtenOn = nullptr;
    QDateEdit *m_changedOn = nullptr;
    QLineEdit *m_keywords = nullptr;
    QComboBox *m_validity = nullptr;
    QComboBox *m_classification = nullptr;
    QPlainTextEdit *m_body = nullptr;
    Ui::AttachmentPanel *m_attachments = nullptr;
};

} // namespace GovDesk::Disclosure
