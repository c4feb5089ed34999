// ModuleMetadata: what a module plugin declares in its JSON, read before any of its code loads.
#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace GovDesk::Core {

struct ModuleMetadata
{
    Q_DECLARE_TR_FUNCTIONS(ModuleMetadata)
public:
    QString id;          // lower-case letters, digits, '-'; also the migration and settings scope
    QString nameZh;      // 公文
    QString nameEn;      // Documents
    QString icon;        // resource path or theme icon name
    QString version;     // of the module, e.g. "1.0.0"
    int apiVersion = 0;  // must equal ModuleApiVersion
    QStringList dependencies; // "requires": ids of modules that must initialise first
    QStringList roles;    // roles allowed to open it; empty = everyone
    // Place in the navigation, lower first ("order"; 工作台 0, the others from 10): the first
    // module a user may open is the page the window opens on.
    int order = DefaultOrder;
    static constexpr int DefaultOrder = 100;

    // The name in the user's language: Chinese unless the UI language is English.
    [[nodiscard]] QString displayName(const QLocale &locale = QLocale()) const;
    [[nodiscard]] bool allowsRole(const QString &role) const;

    // `json` is the "MetaData" object of QPluginLoader::metaData().
    [[nodiscard]] static Result<ModuleMetadata> fromJson(const QJsonObject &json);
};

} // namespace GovDesk::Core
