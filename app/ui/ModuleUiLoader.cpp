#include "ModuleUiLoader.h"

#include "ModuleUi.h"
#include "module/Module.h"

#include <QJsonObject>
#include <QLoggingCategory>
#include <QPluginLoader>

namespace GovDesk::Ui {

Q_LOGGING_CATEGORY(lcModuleUi, "govdesk.ui.modules", QtWarningMsg)

ModuleUiLoader::ModuleUiLoader() = default;
ModuleUiLoader::~ModuleUiLoader() = default;

void ModuleUiLoader::discover(const QList<std::shared_ptr<QPluginLoader>> &plugins)
{
    m_loaders.clear();
    m_loaded.clear();
    for (const std::shared_ptr<QPluginLoader> &loader : plugins) {
        const QJsonObject metaData = loader->metaData();
        if (metaData.value(QStringLiteral("IID")).toString() != QLatin1String(GovDeskModuleUi_iid))
            continue;
        const QJsonObject own = metaData.value(QStringLiteral("MetaData")).toObject();
        const QString module = own.value(QStringLiteral("module")).toString();
        if (module.isEmpty() || own.value(QStringLiteral("apiVersion")).toInt() != Core::ModuleApiVersion) {
            qCWarning(lcModuleUi) << "ignoring UI plugin with wrong metadata:" << loader->fileName();
            continue;
        }
        if (!m_loaders.contains(module))
            m_loaders.insert(module, loader);
    }
}

bool ModuleUiLoader::hasUi(const QString &moduleId) const
{
    return m_loaders.contains(moduleId);
}

bool ModuleUiLoader::isLoaded(const QString &moduleId) const
{
    return m_loaded.contains(moduleId);
}

ModuleUi *ModuleUiLoader::ui(const QString &moduleId, QString *error)
{
    if (ModuleUi *ui = m_loaded.value(moduleId))
        return ui;
    const auto loader = m_loaders.value(moduleId);
    QString reason;
    ModuleUi *ui = nullptr;
    if (!loader) {
        reason = tr("The module \"%1\" has no page.").arg(moduleId);
    } else if (QObject *instance = loader->instance(); !instance) {
        reason = tr("The page of the module \"%1\" could not be loaded: %2")
                     .arg(moduleId, loader->errorString());
    } else if (ui = qobject_cast<ModuleUi *>(instance); !ui) {
        reason = tr("The page of the module \"%1\" could not be loaded: %2")
                     .arg(moduleId, QStringLiteral("not a ModuleUi"));
    }
    if (!ui) {
        qCWarning(lcModuleUi) << reason;
        if (error)
            *error = reason;
        return nullptr;
    }
    m_loaded.insert(moduleId, ui);
    return ui;
}

QHash<QString, ModuleUi *> ModuleUiLoader::loaded() const
{
    return m_loaded;
}

} // namespace GovDesk::Ui
