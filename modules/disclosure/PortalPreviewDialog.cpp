#include "PortalPreviewDialog.h"

#include "LazyHtmlView.h"
#include "PortalLinks.h"
#include "PortalRecords.h"
#include "PortalRenderer.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace GovDesk::Disclosure {

PortalPreviewDialog::PortalPreviewDialog(const QString &organisationName, const PortalItem &item,
                                         QWidget *parent)
    : QDialog(parent)
    , m_view(new Ui::LazyHtmlView(this))
{
    setObjectName(QStringLiteral("portalPreview"));
    //: Title of the 门户预览 dialog: 门户预览：<标题>
    setWindowTitle(tr("Portal preview: %1").arg(item.title));
    auto *layout = new QVBoxLayout(this);
    auto *note = new QLabel(this);
    note->setWordWrap(true);
    note->setText(
        item.publishedOn.isEmpty()
            //: Above the 门户预览 of an item not yet published
            ? tr("Not published yet: this is how the portal will show the item once it is published. "
                 "Links do not work in the preview.")
            //: Above the 门户预览 of a published item
            : tr("As the portal shows the item. Links do not work in the preview."));
    layout->addWidget(note);
    m_view->setObjectName(QStringLiteral("portalPreviewView"));
    layout->addWidget(m_view, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(1000, 760);

    // A profile without an organisation (the demo, a test) previews under the item's publisher.
    const QString organisation = organisationName.isEmpty() ? item.publisher : organisationName;
    const PortalRenderer renderer;
    m_view->setHtml(QString::fromUtf8(renderer.itemPage(organisation, item, links())));
}

PortalLinks PortalPreviewDialog::links()
{
    // templates/portal.qrc: style.css is at the root of the resource's prefix.
    return PortalLinks::at(QStringLiteral("qrc:/disclosure/portal/"));
}

} // namespace GovDesk::Disclosure
