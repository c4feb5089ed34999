// DocumentsUiPlugin: the 公文 page, a plugin of its own loaded when the page first opens.
#pragma once

#include "ModuleUi.h"

#include <QObject>
#include <QPointer>

class QAction;

namespace GovDesk::Core {
class ModuleContext;
}

namespace GovDesk::Documents {

class DocumentsPage;
struct LoadedDocument;

class DocumentsUiPlugin : public QObject, public Ui::ModuleUi
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID GovDeskModuleUi_iid FILE "documents-ui.json")
    Q_INTERFACES(GovDesk::Ui::ModuleUi)

public:
    QWidget *createPage(Core::ModuleContext &context, Ui::Navigator &navigator, QWidget *parent) override;
    // A search hit or a to-do: the document's view.
    void open(const QString &recordId) override;
    // 新建公文: the draft form (拟稿); 导出 OFD…: the document on screen for archives.
    [[nodiscard]] QList<QAction *> actions() const override;
    // An unsaved draft vetoes quitting and a manual lock.
    bool canClose(QString *reason) override;
    // 文件 → 打印 / 导出 act on the document on screen.
    [[nodiscard]] bool canPrint() const override;
    void print(QWidget *parent) override;
    [[nodiscard]] bool canExport() const override;
    void exportCurrent(QWidget *parent) override;

private:
    [[nodiscard]] const LoadedDocument *shownDocument() const;

    QPointer<DocumentsPage> m_page;
    Core::ModuleContext *m_context = nullptr;
    // The page's children: gone with it.
    QPointer<QAction> m_newDocument;
    QPointer<QAction> m_exportOfd;
    QPointer<QAction> m_toDisclosure;
};

} // namespace GovDesk::Documents
