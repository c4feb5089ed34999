// ModuleUiLoader: finds the modules' UI plugins and loads each the first time it is needed.
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>

class QPluginLoader;

namespace GovDesk::Ui {

class ModuleUi;

class ModuleUiLoader
{
    Q_DECLARE_TR_FUNCTIONS(ModuleUiLoader)
public:
    ModuleUiLoader();
    ~ModuleUiLoader();
    ModuleUiLoader(const ModuleUiLoader &) = delete;
    ModuleUiLoader &operator=(const ModuleUiLoader &) = delete;

    // Takes the UI plugins ModuleManager::discover() found (metadata read, none loaded). The
    // first plugin found for a module wins.
    void discover(const QList<std::shared_ptr<QPluginLoader>> &plugins);
    [[nodiscard]] bool hasUi(const QString &moduleId) const;
    [[nodiscard]] bool isLoaded(const QString &moduleId) const;
    // Loads the plugin on first use; null with a translated *error when it cannot be loaded.
    [[nodiscard]] ModuleUi *ui(const QString &moduleId, QString *error = nullptr);
    // The UIs loaded so far (for vetoes and settings pages), by module id.
    [[nodiscard]] QHash<QString, ModuleUi *> loaded() const;

private:
    QHash<QString, std::shared_ptr<QPluginLoader>> m_loaders;
    QHash<QString, ModuleUi *> m_loaded;
};

} // namespace GovDesk::Ui
