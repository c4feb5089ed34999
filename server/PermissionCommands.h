// PermissionCommands: the administrator's commands on roles and permissions — collection
// set|list|clear, action set|list|clear (docs/sync-protocol.md, Roles and permissions).
#pragma once

#include "CommandLine.h"
#include "SyncRepository.h"

#include <QTextStream>
#include <optional>

namespace GovDesk::Server {

class PermissionCommands
{
public:
    PermissionCommands(SyncRepository &repository, QTextStream &out, QTextStream &err);

    // Whether `line.words()` is one of these commands (starts with "collection" or "action").
    [[nodiscard]] static bool handles(const CommandLine &line);
    // Exit codes as AdminCommands.
    [[nodiscard]] int run(const CommandLine &line);

    // "a,b" → ["a", "b"] (trimmed, without duplicates); nullopt after reporting an invalid role.
    [[nodiscard]] static std::optional<QStringList> parseRoles(const QString &text, QTextStream &err);
    [[nodiscard]] static bool isValidField(const QString &field);

private:
    [[nodiscard]] int setCollection(const QStringList &words, const CommandLine &line);
    [[nodiscard]] int listCollections();
    [[nodiscard]] int clearCollection(const QStringList &words);
    [[nodiscard]] int setAction(const QStringList &words, const CommandLine &line);
    [[nodiscard]] int refuseAction(const QStringList &words, const CommandLine &line);
    // COLLECTION FIELD=VALUE of an action command (words 2 and 3), checked; nullopt after saying why.
    [[nodiscard]] std::optional<ActionPermission> actionTarget(const QStringList &words);
    [[nodiscard]] int storeAction(const ActionPermission &permission);
    [[nodiscard]] int listActions(const QStringList &words);
    [[nodiscard]] int clearAction(const QStringList &words);
    // "field=value" of an action command; nullopt after reporting what is wrong.
    [[nodiscard]] std::optional<std::pair<QString, QString>> fieldValue(const QString &word);
    [[nodiscard]] bool checkCollection(const QString &collection);
    [[nodiscard]] int failed(const QString &message);

    SyncRepository &m_repository;
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace GovDesk::Server
