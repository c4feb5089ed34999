#include "PermissionCommands.h"

#include "AdminCommands.h"
#include "sync/ProtocolRules.h"

#include <QRegularExpression>

namespace GovDesk::Server {

namespace {

QString rolesText(const QStringList &roles)
{
    return roles.isEmpty() ? QStringLiteral("(everyone)") : roles.join(QLatin1Char(','));
}

// One line per rule, the same in what `set` confirms and what `list` prints.
QString describe(const CollectionPermission &permission)
{
    return permission.collection + QStringLiteral("\tread ") + rolesText(permission.readRoles)
        + QStringLiteral("\twrite ") + rolesText(permission.writeRoles);
}

QString describe(const ActionPermission &action)
{
    const QString rule = action.refusal.isEmpty() ? QStringLiteral("roles ") + action.roles.join(QLatin1Char(','))
                                                  : QStringLiteral("refused: ") + action.refusal;
    return action.collection + QLatin1Char('\t') + action.field + QLatin1Char('=') + action.value + QLatin1Char('\t')
        + rule;
}
} // namespace

PermissionCommands::PermissionCommands(SyncRepository &repository, QTextStream &out, QTextStream &err)
    : m_repository(repository)
    , m_out(out)
    , m_err(err)
{
}

bool PermissionCommands::handles(const CommandLine &line)
{
    const QString object = line.words().value(0);
    return object == QStringLiteral("collection") || object == QStringLiteral("action");
}

std::optional<QStringList> PermissionCommands::parseRoles(const QString &text, QTextStream &err)
{
    QStringList roles;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString role = part.trimmed();
        if (!AdminCommands::isValidRole(role)) {
            err << "govdesk-syncd: \"" << role
                << "\" is not a valid role (lower-case letters, digits, _ and -)." << Qt::endl;
            return std::nullopt;
        }
        if (!roles.contains(role))
            roles << role;
    }
    return roles;
}

bool PermissionCommands::isValidField(const QString &field)
{
    // A top-level payload field as modules name them (documentNumber, status).
    static const QRegularExpression Pattern(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]{0,63}$"));
    return Pattern.match(field).hasMatch();
}

int PermissionCommands::failed(const QString &message)
{
    m_err << "govdesk-syncd: " << message << Qt::endl;
    return AdminCommands::Failed;
}

bool PermissionCommands::checkCollection(const QString &collection)
{
    if (Core::ProtocolRules::isValidCollection(collection))
        return true;
    (void)failed(QStringLiteral("\"%1\" is not a valid collection name (such as documents.document).")
                     .arg(collection));
    return false;
}

int PermissionCommands::run(const CommandLine &line)
{
    const QStringList &words = line.words();
    const QString object = words.value(0);
    const QString verb = words.value(1);
    if (object == QStringLiteral("collection")) {
        if (verb == QStringLiteral("set"))
            return setCollection(words, line);
        if (verb == QStringLiteral("list") && words.size() == 2)
            return listCollections();
        if (verb == QStringLiteral("clear"))
            return clearCollection(words);
    } else if (object == QStringLiteral("action")) {
        if (verb == QStringLiteral("set"))
            return setAction(words, line);
        if (verb == QStringLiteral("refuse"))
            return refuseAction(words, line);
        if (verb == QStringLiteral("list") && words.size() <= 3)
            return listActions(words);
        if (verb == QStringLiteral("clear"))
            return clearAction(words);
    }
    m_err << "govdesk-syncd: unknown command \"" << words.join(QLatin1Char(' ')) << "\"\n\n"
          << CommandLine::usage();
    return AdminCommands::Usage;
}

int PermissionCommands::setCollection(const QStringList &words, const CommandLine &line)
{
    if (words.size() != 3 || (!line.has(QStringLiteral("read")) && !line.has(QStringLiteral("write")))) {
        m_err << "usage: govdesk-syncd --data DIR collection set COLLECTION [--read ROLES] [--write ROLES]"
              << Qt::endl;
        return AdminCommands::Usage;
    }
    const QString collection = words.at(2);
    if (!checkCollection(collection))
        return AdminCommands::Failed;
    auto existing = m_repository.collectionPermission(collection);
    if (!existing)
        return failed(existing.error().fullText());
    // An option left out keeps what was set before: changing who writes does not open reading.
    CollectionPermission permission = existing->value_or(CollectionPermission{collection, {}, {}});
    for (const auto &[option, roles] : {std::pair{QStringLiteral("read"), &permission.readRoles},
                                        std::pair{QStringLiteral("write"), &permission.writeRoles}}) {
        if (!line.has(option))
            continue;
        const auto parsed = parseRoles(line.value(option), m_err);
        if (!parsed)
            return AdminCommands::Failed;
        *roles = *parsed;
    }
    if (auto saved = m_repository.saveCollectionPermission(permission); !saved)
        return failed(saved.error().fullText());
    m_out << "collection " << describe(permission) << Qt::endl;
    return AdminCommands::Done;
}

int PermissionCommands::listCollections()
{
    auto permissions = m_repository.collectionPermissions();
    if (!permissions)
        return failed(permissions.error().fullText());
    for (const CollectionPermission &permission : std::as_const(*permissions))
        m_out << describe(permission) << '\n';
    m_out.flush();
    return AdminCommands::Done;
}

int PermissionCommands::clearCollection(const QStringList &words)
{
    if (words.size() != 3) {
        m_err << "usage: govdesk-syncd --data DIR collection clear COLLECTION" << Qt::endl;
        return AdminCommands::Usage;
    }
    if (!checkCollection(words.at(2)))
        return AdminCommands::Failed;
    if (auto removed = m_repository.removeCollectionPermission(words.at(2)); !removed)
        return failed(removed.error().fullText());
    m_out << "collection " << words.at(2) << "\topen to every user who sees its records" << Qt::endl;
    return AdminCommands::Done;
}

std::optional<std::pair<QString, QString>> PermissionCommands::fieldValue(const QString &word)
{
    const qsizetype equals = word.indexOf(QLatin1Char('='));
    const QString field = equals > 0 ? word.left(equals) : QString();
    const QString value = equals > 0 ? word.mid(equals + 1) : QString();
    if (!isValidField(field) || value.isEmpty()) {
        (void)failed(
            QStringLiteral("An action is FIELD=VALUE, such as status=签发 (a top-level payload field)."));
        return std::nullopt;
    }
    return std::pair{field, value};
}

std::optional<ActionPermission> PermissionCommands::actionTarget(const QStringList &words)
{
    if (!checkCollection(words.at(2)))
        return std::nullopt;
    const auto action = fieldValue(words.at(3));
    if (!action)
        return std::nullopt;
    return ActionPermission{words.at(2), action->first, action->second, {}, {}};
}

int PermissionCommands::storeAction(const ActionPermission &permission)
{
    if (auto saved = m_repository.saveActionPermission(permission); !saved)
        return failed(saved.error().fullText());
    m_out << "action " << describe(permission) << Qt::endl;
    return AdminCommands::Done;
}

int PermissionCommands::setAction(const QStringList &words, const CommandLine &line)
{
    if (words.size() != 4 || line.value(QStringLiteral("roles")).trimmed().isEmpty()) {
        m_err << "usage: govdesk-syncd --data DIR action set COLLECTION FIELD=VALUE --roles ROLES"
              << Qt::endl;
        return AdminCommands::Usage;
    }
    auto permission = actionTarget(words);
    if (!permission)
        return AdminCommands::Failed;
    const auto roles = parseRoles(line.value(QStringLiteral("roles")), m_err);
    if (!roles)
        return AdminCommands::Failed;
    permission->roles = *roles;
    return storeAction(*permission);
}

int PermissionCommands::refuseAction(const QStringList &words, const CommandLine &line)
{
    const QString reason = line.value(QStringLiteral("reason")).trimmed();
    if (words.size() != 4 || reason.isEmpty()) {
        m_err << "usage: govdesk-syncd --data DIR action refuse COLLECTION FIELD=VALUE --reason TEXT" << Qt::endl;
        return AdminCommands::Usage;
    }
    auto permission = actionTarget(words);
    if (!permission)
        return AdminCommands::Failed;
    permission->refusal = reason;
    return storeAction(*permission);
}

int PermissionCommands::listActions(const QStringList &words)
{
    const QString collection = words.value(2);
    if (!collection.isEmpty() && !checkCollection(collection))
        return AdminCommands::Failed;
    auto actions = m_repository.actionPermissions(collection);
    if (!actions)
        return failed(actions.error().fullText());
    for (const ActionPermission &action : std::as_const(*actions))
        m_out << describe(action) << '\n';
    m_out.flush();
    return AdminCommands::Done;
}

int PermissionCommands::clearAction(const QStringList &words)
{
    if (words.size() != 4) {
        m_err << "usage: govdesk-syncd --data DIR action clear COLLECTION FIELD=VALUE" << Qt::endl;
        return AdminCommands::Usage;
    }
    const auto target = actionTarget(words);
    if (!target)
        return AdminCommands::Failed;
    if (auto removed = m_repository.removeActionPermission(target->collection, target->field, target->value); !removed)
        return failed(removed.error().fullText());
    m_out << "action " << target->collection << '\t' << target->field << '=' << target->value << "\tcleared"
          << Qt::endl;
    return AdminCommands::Done;
}

} // namespace GovDesk::Server
