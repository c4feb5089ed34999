#include "RecipientsField.h"

#include "OrganisationNames.h"
#include "module/ModuleContext.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QRegularExpression>
#include <QToolButton>
#include <QVBoxLayout>

namespace GovDesk::Documents {

RecipientsField::RecipientsField(Core::ModuleContext &context, const QString &objectName, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_edit(new QLineEdit(this))
    , m_picker(new QToolButton(this))
    , m_menu(new QMenu(this))
    , m_reach(new QLabel(this))
{
    m_edit->setObjectName(objectName);
    m_picker->setObjectName(objectName + QStringLiteral("Pick"));
    //: Button beside 主送机关/抄送机关: pick organisations from the server's directory
    m_picker->setText(tr("Directory…"));
    m_picker->setToolTip(tr("Pick organisations that receive the document through the electronic exchange"));
    m_picker->setPopupMode(QToolButton::InstantPopup);
    m_picker->setMenu(m_menu);
    m_reach->setObjectName(objectName + QStringLiteral("Reach"));
    m_reach->setWordWrap(true);
    m_reach->setForegroundRole(QPalette::PlaceholderText);

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_edit, 1);
    row->addWidget(m_picker);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(row);
    layout->addWidget(m_reach);

    // The directory is refreshed by every sync: read it when the menu opens, not once.
    connect(m_menu, &QMenu::aboutToShow, this, &RecipientsField::fillMenu);
    connect(m_edit, &QLineEdit::textChanged, this, &RecipientsField::updateReach);
    updateReach();
}

QStringList RecipientsField::names() const
{
    static const QRegularExpression separators(QStringLiteral("[，,；;]"));
    QStringList names;
    for (const QString &name : m_edit->text().split(separators, Qt::SkipEmptyParts)) {
        if (!name.trimmed().isEmpty())
            names.append(name.trimmed());
    }
    return names;
}

QStringList RecipientsField::ids() const
{
    const OrganisationNames directory = OrganisationNames::of(m_context);
    QStringList ids;
    for (const QString &name : names()) {
        if (const QString id = directory.idOf(name); !id.isEmpty() && !ids.contains(id))
            ids.append(id);
    }
    return ids;
}

void RecipientsField::pick(const QString &name)
{
    QStringList current = names();
    if (current.contains(name))
        return;
    current.append(name);
    m_edit->setText(current.join(QStringLiteral("，")));
}

void RecipientsField::fillMenu()
{
    m_menu->clear();
    auto directory = m_context.organisations();
    if (!directory || directory->isEmpty()) {
        //: The directory of organisations is fetched from the sync server
        QAction *none = m_menu->addAction(tr("No directory yet: it is fetched at the next sync"));
        none->setEnabled(false);
        return;
    }
    const QStringList chosen = names();
    for (const Core::OrganisationEntry &entry : std::as_const(*directory)) {
        QAction *action = m_menu->addAction(entry.name);
        action->setCheckable(true);
        action->setChecked(chosen.contains(entry.name));
        action->setEnabled(!chosen.contains(entry.name));
        connect(action, &QAction::triggered, this, [this, name = entry.name] { pick(name); });
    }
}

void RecipientsField::updateReach()
{
    const OrganisationNames directory = OrganisationNames::of(m_context);
    QStringList electronic;
    QStringList paper;
    for (const QString &name : names())
        (directory.idOf(name).isEmpty() ? paper : electronic).append(name);
    QStringList lines;
    if (!electronic.isEmpty())
        //: Under 主送/抄送: who gets the document through the exchange
        lines << tr("Sent electronically to: %1").arg(electronic.join(QStringLiteral("、")));
    if (!paper.isEmpty())
        //: Under 主送/抄送: names typed in that are not in the directory of organisations
        lines << tr("Not in the directory, so not sent electronically (send a paper copy): %1")
                     .arg(paper.join(QStringLiteral("、")));
    if (lines.isEmpty())
        lines << tr("Pick organisations from the directory to send them the document electronically; names "
                    "typed in are printed but not sent.");
    m_reach->setText(lines.join(QLatin1Char('\n')));
}

} // namespace GovDesk::Documents
