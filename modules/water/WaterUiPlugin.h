// WaterUiPlugin: the 水务 dashboard page, a plugin of its own loaded when the page first opens
// (and with its charts, Qt WebEngine only when a chart is first shown).
#pragma once

#include "ModuleUi.h"
#include "WaterPage.h"

#include <QObject>
#include <QPointer>

class QAction;

namespace GovDesk::Water {

class WaterUiPlugin : public QObject, public Ui::ModuleUi
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID GovDeskModuleUi_iid FILE "water-ui.json")
    Q_INTERFACES(GovDesk::Ui::ModuleUi)

public:
    QWidget *createPage(Core::ModuleContext &context, Ui::Navigator &navigator, QWidget *parent) override;
    // A warning's to-do or search hit ("warning/…"): the warnings, with it selected.
    void open(const QString &recordId) override;
    [[nodiscard]] QList<QAction *> actions() const override;
    [[nodiscard]] bool canExport() const override { return m_page != nullptr; }
    void exportCurrent(QWidget *parent) override;

private:
    QPointer<WaterPage> m_page;
    QPointer<QAction> m_import; // the page's child: gone with it
};

} // namespace GovDesk::Water
