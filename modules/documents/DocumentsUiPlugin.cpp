#include "DocumentsUiPlugin.h"

#include "DocumentOutput.h"
#include "DocumentsPage.h"

#include <QAction>

namespace GovDesk::Documents {

QWidget *DocumentsUiPlugin::createPage(Core::ModuleContext &context, Ui::Navigator &navigator, QWidget *parent)
{
    Q_UNUSED(navigator)
    m_context = &context;
    m_page = new DocumentsPage(context, parent);
    //: 新建公文…
    m_newDocument = new QAction(tr("&New document…"), m_page);
    m_newDocument->setObjectName(QStringLiteral("actionNewDocument"));
    m_newDocument->setShortcut(QKeySequence::New);
    connect(m_newDocument, &QAction::triggered, m_page.data(), &DocumentsPage::newDocument);
    return m_page;
}

void DocumentsUiPlugin::open(const QString &recordId)
{
    if (m_page)
        (void)m_page->openDocument(recordId);
}

QList<QAction *> DocumentsUiPlugin::actions() const
{
    return m_newDocument ? QList<QAction *>{m_newDocument} : QList<QAction *>{};
}

bool DocumentsUiPlugin::canClose(QString *reason)
{
    if (!m_page || !m_page->hasUnsavedDraft())
        return true;
    if (reason)
        //: Why quitting or locking waits: 公文草稿有未保存的修改
        *reason = tr("A document draft has unsaved changes.");
    return false;
}

const LoadedDocument *DocumentsUiPlugin::shownDocument() const
{
    const DocumentsPage *page = m_page.data();
    return page ? page->shownDocument() : nullptr;
}

bool DocumentsUiPlugin::canPrint() const
{
    return shownDocument() != nullptr;
}

void DocumentsUiPlugin::print(QWidget *parent)
{
    if (const LoadedDocument *shown = shownDocument())
        DocumentOutput::printWithDialog(*m_context, *shown, parent);
}

bool DocumentsUiPlugin::canExport() const
{
    return canPrint();
}

void DocumentsUiPlugin::exportCurrent(QWidget *parent)
{
    if (const LoadedDocument *shown = shownDocument())
        DocumentOutput::exportWithDialog(*m_context, *shown, parent);
}

} // namespace GovDesk::Documents
