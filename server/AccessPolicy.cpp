#include "AccessPolicy.h"

#include <QCryptographicHash>
#include <QJsonValue>
#include <algorithm>
#include <limits>

namespace GovDesk::Server {

AccessPolicy::AccessPolicy(SyncRepository &repository)
    : m_repository(repository)
{
}

bool AccessPolicy::holdsAny(const QStringList &roles, const QStringList &required)
{
    if (required.isEmpty())
        return true;
    return std::any_of(roles.cbegin(), roles.cend(),
                       [&required](const QString &role) { return required.contains(role); });
}

Result<QStringList> AccessPolicy::hiddenCollections(const QStringList &roles)
{
    auto permissions = m_repository.collectionPermissions();
    if (!permissions)
        return std::unexpected(permissions.error());
    QStringList hidden;
    for (const CollectionPermission &permission : std::as_const(*permissions)) {
        if (!holdsAny(roles, permission.readRoles))
            hidden << permission.collection;
    }
    hidden.sort();
    return hidden;
}

Result<std::optional<QString>> AccessPolicy::writeRefusal(const QStringList &roles, const QString &collection)
{
    auto permission = m_repository.collectionPermission(collection);
    if (!permission)
        return std::unexpected(permission.error());
    if (!*permission)
        return std::optional<QString>();
    if (holdsAny(roles, (*permission)->readRoles) && holdsAny(roles, (*permission)->writeRoles))
        return std::optional<QString>();
    return std::optional<QString>(QStringLiteral("Your roles do not allow changes to %1.").arg(collection));
}

std::optional<QString> AccessPolicy::fieldText(const QJsonObject &payload, const QString &field)
{
    const QJsonValue value = payload.value(field);
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double number = value.toDouble();
        const qint64 whole = value.toInteger(std::numeric_limits<qint64>::min());
        if (whole != std::numeric_limits<qint64>::min() && static_cast<double>(whole) == number)
            return QString::number(whole);
        return QString::number(number, 'g', 17);
    }
    default:
        return std::nullopt;
    }
}

Result<std::optional<QString>> AccessPolicy::actionRefusal(const QStringList &roles,
                                                           const QString &collection,
                                                           const std::optional<RecordState> &current,
                                                           bool deleted, const QJsonObject &payload)
{
    auto actions = m_repository.actionPermissions(collection);
    if (!actions)
        return std::unexpected(actions.error());
    for (const ActionPermission &action : std::as_const(*actions)) {
        const bool had
            = current && !current->deleted && fieldText(current->payload, action.field) == action.value;
        const bool has = !deleted && fieldText(payload, action.field) == action.value;
        if (has && !action.refusal.isEmpty())
            return std::optional<QString>(action.refusal);
        if (had != has && !holdsAny(roles, action.roles))
            return std::optional<QString>(
                QStringLiteral("Your roles do not allow setting %1 to \"%2\" in %3.")
                    .arg(action.field, action.value, collection));
    }
    return std::optional<QString>();
}

QString AccessPolicy::scopeTag(const QStringList &hiddenCollections)
{
    if (hiddenCollections.isEmpty())
        return {};
    QStringList sorted = hiddenCollections;
    sorted.sort();
    return QString::fromLatin1(
        QCryptographicHash::hash(sorted.join(QLatin1Char('\n')).toUtf8(), QCryptographicHash::Sha256)
            .toHex()
            .left(8));
}

} // namespace GovDesk::Server
