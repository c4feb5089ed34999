#include "ItemEditor.h"

#include "AttachmentLists.h"
#include "AttachmentPanel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>

namespace GovDesk::Disclosure {

ItemEditor::ItemEditor(Core::ModuleContext &context, const DisclosureItem &item, QWidget *parent)
    : QDialog(parent)
    , m_item(item)
{
    //: Dialog title: 编辑主动公开信息
    setWindowTitle(tr("Disclosure item"));
    auto *form = new QFormLayout(this);
    m_category = new QComboBox(this);
    for (DisclosureCategory category : DisclosureCategories::all())
        m_category->addItem(DisclosureCategories::name(category), int(category));
    m_category->setCurrentIndex(m_category->findData(int(item.category)));
    m_title = new QLineEdit(item.title, this);
    m_publisher = new QLineEdit(item.publisher, this);
    const QDate today = QDate::currentDate();
    m_writtenOn = new QDateEdit(item.writtenOn.isValid() ? item.writtenOn : today, this);
    m_changedOn = new QDateEdit(item.changedOn.isValid() ? item.changedOn : today, this);
    for (QDateEdit *edit : {m_writtenOn, m_changedOn}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_keywords = new QLineEdit(item.keywords.join(QLatin1Char(' ')), this);
    m_validity = new QComboBox(this);
    for (ItemValidity validity : {ItemValidity::Valid, ItemValidity::Expired, ItemValidity::Repealed})
        m_validity->addItem(itemValidityText(validity), int(validity));
    m_validity->setCurrentIndex(m_validity->findData(int(item.validity)));
    m_classification = new QComboBox(this);
    for (const QString &level : itemClassifications())
        //: 密级 choice for an item without one: 无
        m_classification->addItem(level.isEmpty() ? tr("None") : level, level);
    m_classification->setCurrentIndex(m_classification->findData(item.classification));
    m_body = new QPlainTextEdit(item.body, this);
    m_body->setObjectName(QStringLiteral("itemBody"));
    m_attachments = new Ui::AttachmentPanel(context, this);
    m_attachments->setObjectName(QStringLiteral("itemAttachments"));
    m_attachments->setAttachments(AttachmentLists::refs(item.attachments));
    m_attachments->setEditable(item.status == ItemStatus::Draft);

    form->addRow(DisclosureItem::fieldLabel(QStringLiteral("category")), m_category);
    form->addRow(DisclosureItem::fieldLabel(QStringLiteral("title")), m_title);
    form->addRow(DisclosureItem::fieldLabel(QStringLiteral("publisher")), m_publisher);
    form->addRow(DisclosureItem::fieldLabel(QStringLiteral("writtenOn")), m_writtenOn);
    form->addRow(DisclosureItem::fieldLabel(QStringLiteral("changedOn")), m_changedOn);
    form->addRow(DisclosureItem::fieldLabel(QStringLiteral("keywords")), m_keywords);
    form->addRow(DisclosureItem::fieldLabel(QStringLiteral("validity")), m_validity);
    form->addRow(DisclosureItem::fieldLabel(QStringLiteral("classification")), m_classification);
    form->addRow(DisclosureItem::fieldLabel(QStringLiteral("body")), m_body);
    form->addRow(DisclosureItem::fieldLabel(QStringLiteral("attachments")), m_attachments);
    // 有效性 belongs to 规范性文件 only.
    const auto updateValidity = [this] {
        m_validity->setEnabled(m_category->currentData().toInt()
                               == int(DisclosureCategory::RulesAndNormativeDocuments));
    };
    updateValidity();
    connect(m_category, &QComboBox::currentIndexChanged, this, updateValidity);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    resize(640, 680);
}

DisclosureItem ItemEditor::item() const
{
    DisclosureItem item = m_item;
    item.category = DisclosureCategory(m_category->currentData().toInt());
    item.title = m_title->text().trimmed();
    item.publisher = m_publisher->text().trimmed();
    item.writtenOn = m_writtenOn->date();
    item.changedOn = m_changedOn->date();
    static const QRegularExpression Separators(QStringLiteral("[\\s,，、;；]+"));
    item.keywords = m_keywords->text().split(Separators, Qt::SkipEmptyParts);
    item.validity = ItemValidity(m_validity->currentData().toInt());
    item.classification = m_classification->currentData().toString();
    item.body = m_body->toPlainText();
    item.attachments = AttachmentLists::items(m_attachments->attachments());
    return item;
}

} // namespace GovDesk::Disclosure
