// AdminCommands: the administrator's commands (org add|list, user add|passwd|roles|list) on the
// repository; collection and action commands are handed to PermissionCommands.
#pragma once

#include "CommandLine.h"
#include "PasswordHasher.h"
#include "SyncRepository.h"

#include <QTextStream>

#include <functional>
#include <optional>

namespace GovDesk::Server {

class AdminCommands
{
public:
    // Exit codes of govdesk-syncd.
    enum Exit { Done = 0, Failed = 1, Usage = 2 };
    static constexpr int MinPasswordLength = 8;

    using PasswordSource = std::function<std::optional<QString>()>;

    AdminCommands(SyncRepository &repository, const PasswordHasher &hasher, QTextStream &out, QTextStream &err,
                  PasswordSource readPassword);

    // `line.words()` starts with "org", "user", "collection", "action", "seal" or "template".
    [[nodiscard]] int run(const CommandLine &line);

    [[nodiscard]] static bool isValidOrganisationId(const QString &id);
    [[nodiscard]] static bool isValidUserId(const QString &id);
    [[nodiscard]] static bool isValidRole(const QString &role);

private:
    [[nodiscard]] int addOrganisation(const QStringList &words);
    [[nodiscard]] int listOrganisations();
    [[nodiscard]] int addUser(const QStringList &words, const CommandLine &line);
    [[nodiscard]] int changePassword(const QStringList &words);
    [[nodiscard]] int listUsers();
    [[nodiscard]] int setRoles(const QStringList &words);
    [[nodiscard]] std::optional<QString> newPasswordHash();
    [[nodiscard]] int failed(const QString &message);
    [[nodiscard]] int failed(const Core::Error &error);

    SyncRepository &m_repository;
    const PasswordHasher &m_hasher;
    QTextStream &m_out;
    QTextStream &m_err;
    PasswordSource m_readPassword;
};

} // namespace GovDesk::Server
