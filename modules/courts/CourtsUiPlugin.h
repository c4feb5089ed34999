// CourtsUiPlugin: the 审判管理 page, a plugin of its own loaded when the page first opens (and Qt
// WebEngine only when a chart is first shown), with the 口径 in the settings dialog.
#pragma once

#include "CourtsPage.h"
#include "CourtsSettingsPage.h"
#include "ModuleUi.h"

#include <QObject>
#include <QPointer>

class QAction;

namespace GovDesk::Courts {

class CourtsUiPlugin : public QObject, public Ui::ModuleUi
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID GovDeskModuleUi_iid FILE "courts-ui.json")
    Q_INTERFACES(GovDesk::Ui::ModuleUi)

public:
    QWidget *createPage(Core::ModuleContext &context, Ui::Navigator &navigator, QWidget *parent) override;
    // A dataset record (search, the 工作台): its row on the datasets tab.
    void open(const QString &recordId) override;
    [[nodiscard]] QList<QAction *> actions() const override;
    QWidget *createSettingsPage(Core::ModuleContext &context, QWidget *parent) override;
    // Stores the 口径 and analyses again with them.
    void applySettings() override;
    [[nodiscard]] bool canExport() const override { return m_page != nullptr; }
    // File → 导出: the 通报 as PDF.
    void exportCurrent(QWidget *parent) override;

private:
    QPointer<CourtsPage> m_page;
    QPointer<Core::ModuleContext> m_context;
    QPointer<CourtsSettingsPage> m_settings;
    QPointer<QAction> m_import; // the page's child: gone with it
};

} // namespace GovDesk::Courts
