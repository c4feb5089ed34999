#include "AdminCommands.h"

#include "DatasetCommands.h"
#include "PermissionCommands.h"
#include "SealCommands.h"
#include "TemplateCommands.h"
#include "blobs/BlobBytes.h"

#include <QRegularExpression>

namespace GovDesk::Server {

AdminCommands::AdminCommands(SyncRepository &repository, const PasswordHasher &hasher, QTextStream &out,
                             QTextStream &err, PasswordSource readPassword)
    : m_repository(repository)
    , m_hasher(hasher)
    , m_out(out)
    , m_err(err)
    , m_readPassword(std::move(readPassword))
{
}

bool AdminCommands::isValidOrganisationId(const QString &id)
{
    static const QRegularExpression Pattern(QStringLiteral("^[a-z0-9][a-z0-9-]{0,63}$"));
    return Pattern.match(id).hasMatch();
}

bool AdminCommands::isValidUserId(const QString &id)
{
    // Pinyin log-in names (wangfang, li.ming); no spaces or symbols that need quoting anywhere.
    static const QRegularExpression Pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    return Pattern.match(id).hasMatch();
}

bool AdminCommands::isValidRole(const QString &role)
{
    // ASCII ids (signer, court-staff) so that they are typed the same on every keyboard and in
    // every module's metadata; the Chinese names (签发) are the modules' labels for them.
    static const QRegularExpression Pattern(QStringLiteral("^[a-z][a-z0-9_-]{0,31}$"));
    return Pattern.match(role).hasMatch();
}

int AdminCommands::failed(const QString &message)
{
    m_err << "govdesk-syncd: " << message << Qt::endl;
    return Failed;
}

int AdminCommands::failed(const Core::Error &error)
{
    return failed(error.fullText());
}

int AdminCommands::run(const CommandLine &line)
{
    const QStringList &words = line.words();
    const QString object = words.value(0);
    const QString verb = words.value(1);
    if (object == QStringLiteral("org") && verb == QStringLiteral("add"))
        return addOrganisation(words);
    if (object == QStringLiteral("org") && verb == QStringLiteral("list") && words.size() == 2)
        return listOrganisations();
    if (object == QStringLiteral("user") && verb == QStringLiteral("add"))
        return addUser(words, line);
    if (object == QStringLiteral("user") && verb == QStringLiteral("passwd"))
        return changePassword(words);
    if (object == QStringLiteral("user") && verb == QStringLiteral("list") && words.size() == 2)
        return listUsers();
    if (object == QStringLiteral("user") && verb == QStringLiteral("roles"))
        return setRoles(words);
    if (PermissionCommands::handles(line))
        return PermissionCommands(m_repository, m_out, m_err).run(line);
    if (DatasetCommands::handles(line)) {
        const SystemClock clock;
        auto bytes
            = openBlobBytes(line.value(QStringLiteral("database")), line.value(QStringLiteral("data")));
        if (!bytes)
            return failed(bytes.error().fullText());
        return DatasetCommands(m_repository, clock, **bytes, m_out, m_err).run(line);
    }
    if (TemplateCommands::handles(line))
        return TemplateCommands(m_repository, m_out, m_err).run(line);
    if (SealCommands::handles(line)) {
        const SystemClock clock;
        return SealCommands(m_repository, clock, m_out, m_err).run(line);
    }
    m_err << "govdesk-syncd: unknown command \"" << words.join(QLatin1Char(' ')) << "\"\n\n"
          << CommandLine::usage();
    return Usage;
}

int AdminCommands::addOrganisation(const QStringList &words)
{
    if (words.size() != 4) {
        m_err << "usage: govdesk-syncd --data DIR org add ID NAME" << Qt::endl;
        return Usage;
    }
    const Organisation organisation{words.at(2), words.at(3).trimmed()};
    if (!isValidOrganisationId(organisation.id))
        return failed(
            QStringLiteral("\"%1\" is not a valid organisation id (lower-case letters, digits and -, "
                           "such as gx-lz-gov).")
                .arg(organisation.id));
    if (organisation.name.isEmpty())
        return failed(QStringLiteral("The organisation needs a name."));
    auto existing = m_repository.organisation(organisation.id);
    if (!existing)
        return failed(existing.error());
    if (*existing)
        return failed(
            QStringLiteral("Organisation %1 exists already (%2).").arg(organisation.id, (*existing)->name));
    if (auto added = m_repository.addOrganisation(organisation); !added)
        return failed(added.error());
    m_out << "added organisation " << organisation.id << '\t' << organisation.name << Qt::endl;
    return Done;
}

int AdminCommands::listOrganisations()
{
    auto organisations = m_repository.organisations();
    if (!organisations)
        return failed(organisations.error());
    for (const Organisation &organisation : *organisations)
        m_out << organisation.id << '\t' << organisation.name << '\n';
    m_out.flush();
    return Done;
}

std::optional<QString> AdminCommands::newPasswordHash()
{
    const std::optional<QString> password = m_readPassword();
    if (!password || password->isEmpty()) {
        (void)failed(QStringLiteral("No password on standard input (the first line is read)."));
        return std::nullopt;
    }
    if (password->size() < MinPasswordLength) {
        (void)failed(QStringLiteral("The password must have at least %1 characters.").arg(MinPasswordLength));
        return std::nullopt;
    }
    auto hash = m_hasher.hash(*password);
    if (!hash) {
        (void)failed(hash.error());
        return std::nullopt;
    }
    return *hash;
}

int AdminCommands::addUser(const QStringList &words, const CommandLine &line)
{
    if (words.size() != 3 || !line.has(QStringLiteral("org"))) {
        m_err << "usage: govdesk-syncd --data DIR user add USER --name NAME --org ID [--roles a,b]"
              << Qt::endl;
        return Usage;
    }
    UserAccount user;
    user.id = words.at(2);
    user.name = line.value(QStringLiteral("name"), user.id).trimmed();
    user.organisationId = line.value(QStringLiteral("org"));
    const auto roles = PermissionCommands::parseRoles(line.value(QStringLiteral("roles")), m_err);
    if (!roles)
        return Failed;
    user.roles = *roles;
    if (!isValidUserId(user.id))
        return failed(
            QStringLiteral("\"%1\" is not a valid user name (letters, digits, . _ -).").arg(user.id));
    auto organisation = m_repository.organisation(user.organisationId);
    if (!organisation)
        return failed(organisation.error());
    if (!*organisation)
        return failed(
            QStringLiteral("There is no organisation %1; add it first (org add).").arg(user.organisationId));
    auto existing = m_repository.user(user.id);
    if (!existing)
        return failed(existing.error());
    if (*existing)
        return failed(QStringLiteral("User %1 exists already.").arg(user.id));
    const auto hash = newPasswordHash();
    if (!hash)
        return Failed;
    user.passwordHash = *hash;
    if (auto added = m_repository.addUser(user); !added)
        return failed(added.error());
    m_out << "added user " << user.id << '\t' << user.name << '\t' << user.organisationId << '\t'
          << user.roles.join(QLatin1Char(',')) << Qt::endl;
    return Done;
}

int AdminCommands::changePassword(const QStringList &words)
{
    if (words.size() != 3) {
        m_err << "usage: govdesk-syncd --data DIR user passwd USER   (password on standard input)"
              << Qt::endl;
        return Usage;
    }
    const QString userId = words.at(2);
    auto existing = m_repository.user(userId);
    if (!existing)
        return failed(existing.error());
    if (!*existing)
        return failed(QStringLiteral("There is no user %1.").arg(userId));
    const auto hash = newPasswordHash();
    if (!hash)
        return Failed;
    // A new password ends every session: whoever knew the old one is signed out.
    auto changed = m_repository.inTransaction([&]() -> Result<> {
        GD_TRY(m_repository.setPasswordHash(userId, *hash));
        return m_repository.removeUserTokens(userId);
    });
    if (!changed)
        return failed(changed.error());
    m_out << "changed the password of " << userId << "; their sessions were ended" << Qt::endl;
    return Done;
}

int AdminCommands::setRoles(const QStringList &words)
{
    if (words.size() != 4) {
        m_err << "usage: govdesk-syncd --data DIR user roles USER ROLES   (ROLES: a,b or \"\" for none)"
              << Qt::endl;
        return Usage;
    }
    const QString userId = words.at(2);
    const auto roles = PermissionCommands::parseRoles(words.at(3), m_err);
    if (!roles)
        return Failed;
    auto existing = m_repository.user(userId);
    if (!existing)
        return failed(existing.error());
    if (!*existing)
        return failed(QStringLiteral("There is no user %1.").arg(userId));
    // Sessions stay: every request reads the roles as stored, so the change applies at once.
    if (auto changed = m_repository.setUserRoles(userId, *roles); !changed)
        return failed(changed.error());
    m_out << "roles of " << userId << '	' << roles->join(QLatin1Char(',')) << Qt::endl;
    return Done;
}

int AdminCommands::listUsers()
{
    auto users = m_repository.users();
    if (!users)
        return failed(users.error());
    for (const UserAccount &user : *users)
        m_out << user.id << '\t' << user.name << '\t' << user.organisationId << '\t'
              << user.roles.join(QLatin1Char(',')) << '\n';
    m_out.flush();
    return Done;
}

} // namespace GovDesk::Server
