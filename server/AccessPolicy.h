// AccessPolicy: what a user's roles let them read and write — collection permissions and
// actions declared by the administrator (docs/sync-protocol.md, Roles and permissions).
#pragma once

#include "SyncRepository.h"

#include <optional>

namespace GovDesk::Server {

class AccessPolicy
{
public:
    explicit AccessPolicy(SyncRepository &repository);

    // Whether `roles` holds one of `required`; an empty `required` is everyone.
    [[nodiscard]] static bool holdsAny(const QStringList &roles, const QStringList &required);

    // Collections whose read roles `roles` lacks, sorted: never pulled, nor their records' blobs.
    [[nodiscard]] Result<QStringList> hiddenCollections(const QStringList &roles);

    // Why `roles` may not change records of `collection` (read and write permission: a writer
    // must be able to read, or a conflict answer would show them the record), or nullopt.
    [[nodiscard]] Result<std::optional<QString>> writeRefusal(const QStringList &roles,
                                                              const QString &collection);

    // Why `roles` may not make this change under the collection's actions, or nullopt. An
    // action guards giving its field the value and taking it away (deleting included); other
    // edits of a record that keeps the value need only the write permission.
    [[nodiscard]] Result<std::optional<QString>> actionRefusal(const QStringList &roles,
                                                               const QString &collection,
                                                               const std::optional<RecordState> &current,
                                                               bool deleted, const QJsonObject &payload);

    // A short tag of a hidden-collection list for pull cursors ("" when nothing is hidden): a
    // cursor issued under another list makes the next pull start again from the beginning, so
    // that a collection a user may newly read arrives whole.
    [[nodiscard]] static QString scopeTag(const QStringList &hiddenCollections);

    // The text an action compares: strings as they are, numbers and booleans as JSON writes
    // them; anything else (objects, arrays, null, missing) never matches.
    [[nodiscard]] static std::optional<QString> fieldText(const QJsonObject &payload, const QString &field);

private:
    SyncRepository &m_repository;
};

} // namespace GovDesk::Server
