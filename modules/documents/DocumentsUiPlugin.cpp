#include "DocumentsUiPlugin.h"

#include "DisclosureHandover.h"
#include "DocumentOutput.h"
#include "DocumentsPage.h"

#include <QAction>
#include <QMessageBox>

namespace GovDesk::Documents {

QWidget *DocumentsUiPlugin::createPage(Core::ModuleContext &context, Ui::Navigator &navigator,
                                       QWidget *parent)
{
    Q_UNUSED(navigator)
    m_context = &context;
    m_page = new DocumentsPage(context, parent);
    //: 新建公文…
    m_newDocument = new QAction(tr("&New document…"), m_page);
    m_newDocument->setObjectName(QStringLiteral("actionNewDocument"));
    m_newDocument->setShortcut(QKeySequence::New);
    connect(m_newDocument, &QAction::triggered, m_page.data(), &DocumentsPage::newDocument);
    //: 导出 OFD…: the document on screen as an OFD (版式文档) for archives
    m_exportOfd = new QAction(tr("Export as &OFD…"), m_page);
    m_exportOfd->setObjectName(QStringLiteral("actionExportOfd"));
    connect(m_exportOfd, &QAction::triggered, m_page.data(), [this] {
        QWidget *window = m_page ? m_page->window() : nullptr;
        if (const LoadedDocument *shown = shownDocument())
            DocumentOutput::exportOfdWithDialog(*m_context, *shown, window);
        else
            QMessageBox::information(window, tr("Export as OFD"), tr("Open a document first."));
    });
    // 转信息公开: only when the 信息公开 module offers its intake (services/DisclosureIntake.h).
    //: 转信息公开…: hand the document on screen to 信息公开 as a 主动公开 draft
    m_toDisclosure = new QAction(tr("Hand over to &disclosure…"), m_page);
    m_toDisclosure->setObjectName(QStringLiteral("actionToDisclosure"));
    m_toDisclosure->setVisible(DisclosureHandover::intake(context) != nullptr);
    connect(m_toDisclosure, &QAction::triggered, m_page.data(), [this] {
        QWidget *window = m_page ? m_page->window() : nullptr;
        const LoadedDocument *shown = shownDocument();
        if (!shown) {
            QMessageBox::information(window, m_toDisclosure->text(), tr("Open a document first."));
            return;
        }
        auto handed = DisclosureHandover::handOver(*m_context, *shown);
        if (handed)
            //: 已转信息公开：草稿已建立，请在「信息公开」中编辑并送审。
            QMessageBox::information(window, m_toDisclosure->text(),
                                     tr("A disclosure draft was made; edit and submit it under Disclosure."));
        else
            QMessageBox::warning(window, m_toDisclosure->text(), handed.error().message);
    });
    return m_page;
}

void DocumentsUiPlugin::open(const QString &recordId)
{
    if (m_page)
        (void)m_page->openDocument(recordId);
}

QList<QAction *> DocumentsUiPlugin::actions() const
{
    return m_newDocument ? QList<QAction *>{m_newDocument.data(), m_exportOfd.data(), m_toDisclosure.data()}
                         : QList<QAction *>{};
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
