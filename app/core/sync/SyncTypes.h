// Value types shared by the record store, the sync protocol client and the sync engine.
#pragma once

#include <algorithm>
#include "sync/RedHeaderTemplate.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace GovDesk::Core {

// A module's record as the local store holds it: the local version (which may be ahead of the
// server while a change waits in the outbox) and what is known of the server's.
struct SyncRecord
{
    QString collection;
    QString recordId;
    qint64 revision = 0;      // last server revision known; 0 = never synced
    QJsonObject payload;
    bool deleted = false;     // tombstone: kept so that a stale edit conflicts instead of resurrecting
    QString owner;            // organisation id; empty until the server has told us
    QStringList recipients;   // organisation ids the record is addressed to
    QDateTime updatedAt;      // UTC: local write time, or the server's updatedAt for pulled records
    bool hasConflict = false; // an open conflict waits for the user (RecordStore::conflicts())
    bool hasPendingChange = false; // an outbox op for it has not been acknowledged yet
};

// What a change listener is told. Listeners re-read the record with RecordStore::get().
struct RecordChange
{
    enum class Origin {
        Local,    // put()/remove() on this profile
        Remote,   // pulled from the server
        Resolved, // the user resolved a conflict
    };
    QString collection;
    QString recordId;
    bool deleted = false;
    Origin origin = Origin::Local;
};

// Both versions of a record whose push met a newer server version. The record keeps the local
// version (with hasConflict) until the user chooses; nothing is dropped.
struct SyncConflict
{
    qint64 id = 0;
    QString collection;
    QString recordId;
    QJsonObject localPayload;
    bool localDeleted = false;
    qint64 serverRevision = 0;
    QJsonObject serverPayload;
    bool serverDeleted = false;
    QString serverOwner;
    QStringList serverRecipients;
    QDateTime detectedAt; // UTC
};

// One outbox row: a local change waiting to be pushed, identified by its op id for the server's
// at-most-once guarantee.
struct OutboxOp
{
    qint64 seq = 0; // push order
    QString opId;
    QString collection;
    QString recordId;
    qint64 baseRevision = 0; // 0 = creating the record
    QJsonObject payload;
    bool deleted = false;
    std::optional<QStringList> recipients; // nullopt = leave the server's list as it is
    QDateTime createdAt;
    int attempts = 0;     // pushes that may have reached the server; > 0 = never coalesce into it
    QString lastError;    // why the server refused it, for the user
    bool rejected = false; // the server rejected it for good: held back, reported
};

// One entry of the server's directory of organisations (GET /v1/organisations): what a record's
// `recipients` name, and the name to show for it.
struct OrganisationEntry
{
    QString id;
    QString name;
    QList<RedHeaderTemplate> redHeaders; // its 套红 templates (empty: none, or an older server)

    [[nodiscard]] bool operator==(const OrganisationEntry &) const = default;
};

// An organisation user as the server describes them at sign-in.
struct SyncAccount
{
    QString userId;
    QString name;
    QStringList roles;
    QString organisationId;
    QString organisationName;

    [[nodiscard]] bool isValid() const { return !userId.isEmpty(); }
    [[nodiscard]] bool hasAnyRole(const QStringList &wanted) const
    {
        return std::any_of(roles.cbegin(), roles.cend(), [&wanted](const QString &role) { return wanted.contains(role); });
    }
    [[nodiscard]] bool operator==(const SyncAccount &other) const = default;
};

} // namespace GovDesk::Core

Q_DECLARE_METATYPE(GovDesk::Core::RecordChange)
Q_DECLARE_METATYPE(GovDesk::Core::SyncConflict)
