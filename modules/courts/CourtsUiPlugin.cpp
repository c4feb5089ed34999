#include "CourtsUiPlugin.h"

#include "CourtsDatasets.h"
#include "CourtsSearch.h"
#include "module/ModuleContext.h"

#include <QAction>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcCourtsUi, "govdesk.courts.ui", QtWarningMsg)

namespace GovDesk::Courts {

QWidget *CourtsUiPlugin::createPage(Core::ModuleContext &context, Ui::Navigator &navigator, QWidget *parent)
{
    Q_UNUSED(navigator)
    m_context = &context;
    m_page = new CourtsPage(context, parent);
    //: Menu action: 导入数据文件…
    m_import = new QAction(tr("&Import data file…"), m_page);
    m_import->setObjectName(QStringLiteral("actionCourtsImport"));
    connect(m_import, &QAction::triggered, m_page, qOverload<>(&CourtsPage::importFile));
    return m_page;
}

void CourtsUiPlugin::open(const QString &recordId)
{
    if (!m_page)
        return;
    if (const auto court = CourtsSearch::courtOf(recordId))
        m_page->openCourt(*court); // a court found in the search
    else
        m_page->showDataset(recordId);
}

QList<QAction *> CourtsUiPlugin::actions() const
{
    return m_import ? QList<QAction *>{m_import.data()} : QList<QAction *>{};
}

QWidget *CourtsUiPlugin::createSettingsPage(Core::ModuleContext &context, QWidget *parent)
{
    auto settings = CourtsDatasets::indicatorSettings(context);
    if (!settings) // a stored value this version cannot read: shown as the defaults, kept until saved
        qCWarning(lcCourtsUi) << "indicator settings:" << settings.error().fullText();
    m_context = &context;
    m_settings = new CourtsSettingsPage(settings.value_or(IndicatorSettings{}), parent);
    return m_settings;
}

void CourtsUiPlugin::applySettings()
{
    if (!m_settings || !m_context || !m_context->isSessionOpen())
        return;
    if (auto stored = CourtsDatasets::setIndicatorSettings(*m_context, m_settings->settings()); !stored) {
        qCWarning(lcCourtsUi) << "indicator settings not stored:" << stored.error().fullText();
        if (m_page)
            m_page->showError(stored.error().message, stored.error().detail);
        return;
    }
    if (m_page)
        m_page->reload();
}

void CourtsUiPlugin::exportCurrent(QWidget *parent)
{
    Q_UNUSED(parent)
    if (m_page)
        m_page->exportWithDialog(CourtsPage::ExportFormat::Pdf);
}

} // namespace GovDesk::Courts
