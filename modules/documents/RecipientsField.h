// RecipientsField: 主送机关 or 抄送机关 in the draft form — names typed freely or picked from the
// sync server's directory, and which of them the exchange will reach.
#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QMenu;
class QToolButton;

namespace GovDesk::Core {
class ModuleContext;
}

namespace GovDesk::Documents {

// Only organisations of the directory have an id govdesk-syncd routes to; a 机关 typed in that the
// directory does not list is printed on the page but gets no electronic copy, and the field says so.
class RecipientsField : public QWidget
{
    Q_OBJECT
public:
    // `objectName` names the line edit and, with "Pick", the picker button (for tests).
    RecipientsField(Core::ModuleContext &context, const QString &objectName, QWidget *parent = nullptr);

    [[nodiscard]] QLineEdit *lineEdit() const { return m_edit; }
    // The names as typed, in order.
    [[nodiscard]] QStringList names() const;
    // The directory ids of those names that are organisations of the directory.
    [[nodiscard]] QStringList ids() const;
    // Appends the organisation's name unless it is there already.
    void pick(const QString &name);

private:
    void fillMenu();
    void updateReach();

    Core::ModuleContext &m_context;
    QLineEdit *m_edit;
    QToolButton *m_picker;
    QMenu *m_menu;
    QLabel *m_reach;
};

} // namespace GovDesk::Documents
