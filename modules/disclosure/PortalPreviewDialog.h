// PortalPreviewDialog: 门户预览 — an item, draft or published, as the public 政府信息公开 portal shows
// it: the portal's own templates (PortalRenderer) in the WebEngine host.
#pragma once

#include <QDialog>

namespace GovDesk::Ui {
class LazyHtmlView;
}

namespace GovDesk::Disclosure {

struct PortalItem;
struct PortalLinks;

// `organisationName` owns the portal (the masthead); when empty, the item's publisher does. The
// page is rendered at once; the view loads Qt WebEngine when the dialog is first shown. Links
// in the preview lead nowhere (HtmlView): only the portal's stylesheet, compiled in, is loaded.
class PortalPreviewDialog : public QDialog
{
    Q_OBJECT
public:
    PortalPreviewDialog(const QString &organisationName, const PortalItem &item, QWidget *parent = nullptr);

    [[nodiscard]] Ui::LazyHtmlView *view() const { return m_view; }
    // Where the preview's pages live: below the renderer's resources (qrc:), so that the page's
    // stylesheet is the portal's own style.css.
    [[nodiscard]] static PortalLinks links();

private:
    Ui::LazyHtmlView *m_view;
};

} // namespace GovDesk::Disclosure
