// ItemEditor: the fields of a 主动公开 draft in a dialog (new item, or a draft being edited).
#pragma once

#include "DisclosureItem.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;

namespace GovDesk::Disclosure {

class ItemEditor : public QDialog
{
    Q_OBJECT
public:
    explicit ItemEditor(const DisclosureItem &item, QWidget *parent = nullptr);

    // The item with the fields as edited; status, history and 索引号 as given.
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
};

} // namespace GovDesk::Disclosure
