#include "ModuleMetadata.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace GovDesk::Core {

namespace {
QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list << item.toString();
    return list;
}
} // namespace

QString ModuleMetadata::displayName(const QLocale &locale) const
{
    const bool english = locale.language() == QLocale::English;
    return english && !nameEn.isEmpty() ? nameEn : (nameZh.isEmpty() ? nameEn : nameZh);
}

bool ModuleMetadata::allowsRole(const QString &role) const
{
    return roles.isEmpty() || roles.contains(role);
}

Result<ModuleMetadata> ModuleMetadata::fromJson(const QJsonObject &json)
{
    static const QRegularExpression validId(QStringLiteral("^[a-z][a-z0-9-]{1,31}$"));
    ModuleMetadata m;
    m.id = json.value(QStringLiteral("id")).toString();
    const QJsonObject names = json.value(QStringLiteral("name")).toObject();
    m.nameZh = names.value(QStringLiteral("zh_CN")).toString();
    m.nameEn = names.value(QStringLiteral("en")).toString();
    m.icon = json.value(QStringLiteral("icon")).toString();
    m.version = json.value(QStringLiteral("version")).toString();
    m.apiVersion = json.value(QStringLiteral("apiVersion")).toInt();
    m.dependencies = stringList(json.value(QStringLiteral("requires")));
    m.roles = stringList(json.value(QStringLiteral("roles")));
    m.order = json.value(QStringLiteral("order")).toInt(DefaultOrder);
    if (!validId.match(m.id).hasMatch())
        return fail(ErrorCode::InvalidArgument, tr("The module's description has no valid id."),
                    QStringLiteral("id \"%1\"").arg(m.id));
    if (m.nameZh.isEmpty() && m.nameEn.isEmpty())
        return fail(ErrorCode::InvalidArgument, tr("The module \"%1\" has no name.").arg(m.id));
    if (m.version.isEmpty() || m.apiVersion <= 0)
        return fail(ErrorCode::InvalidArgument, tr("The module \"%1\" declares no version.").arg(m.id));
    return m;
}

} // namespace GovDesk::Core
