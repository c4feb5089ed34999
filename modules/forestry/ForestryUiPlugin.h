// ForestryUiPlugin: the page of 林业, a plugin of its own loaded when the page first opens.
#pragma once

#include "ModuleUi.h"

#include <QObject>
#include <QPointer>

class QAction;

namespace GovDesk::Forestry {

class ForestryPage;

class ForestryUiPlugin : public QObject, public Ui::ModuleUi
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID GovDeskModuleUi_iid FILE "forestry-ui.json")
    Q_INTERFACES(GovDesk::Ui::ModuleUi)

public:
    QWidget *createPage(Core::ModuleContext &context, Ui::Navigator &navigator, QWidget *parent) override;
    // A warning (to-do, search hit) or a dataset: its tab and row.
    void open(const QString &recordId) override;
    // 导入林业数据…
    [[nodiscard]] QList<QAction *> actions() const override;
    [[nodiscard]] bool canExport() const override { return !m_page.isNull(); }
    void exportCurrent(QWidget *parent) override;

private:
    QPointer<ForestryPage> m_page;
    QPointer<QAction> m_import; // the page's child: gone with it
};

} // namespace GovDesk::Forestry
