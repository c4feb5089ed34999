// AuditLog: the append-only, hash-chained record of security-relevant events in a profile.
#pragma once

#include "Result.h"
#include "store/MigrationRunner.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace GovDesk::Core {

class Database;

// Stable English identifiers stored in the log: never translate or rename them, old entries
// keep theirs and their hashes cover them.
namespace AuditEvent {
inline const QString UnlockSucceeded = QStringLiteral("unlock.succeeded");
inline const QString UnlockFailed = QStringLiteral("unlock.failed");
inline const QString Locked = QStringLiteral("lock");
inline const QString BackupCreated = QStringLiteral("backup.created");
inline const QString BackupRestored = QStringLiteral("backup.restored");
inline const QString PassphraseChanged = QStringLiteral("passphrase.changed");
inline const QString ProfileCreated = QStringLiteral("profile.created");
} // namespace AuditEvent

struct AuditEntry
{
    qint64 sequence = 0; // 1, 2, 3 … without gaps
    QDateTime at;        // UTC, millisecond precision
    QString actor;       // who did it; empty for the profile's own user
    QString event;       // an AuditEvent identifier
    QString subject;     // what it was done to, e.g. a document number
    QJsonObject detail;
    QByteArray previousHash; // hex; 64 zeros for the first entry
    QByteArray hash;         // hex SHA-256 of previousHash + canonical form
};

struct AuditVerification
{
    bool intact = true;
    qint64 entriesChecked = 0;      // entries read, including the first broken one
    qint64 firstBrokenSequence = 0; // 0 = none; otherwise an entry present in the log
    QString reason;                 // translated; empty when intact
};

class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)
public:
    explicit AuditLog(Database &db);

    static constexpr const char *MigrationOwner = "core.audit";
    [[nodiscard]] static QList<Migration> migrations();

    // `at` defaults to now (UTC); passing it lets callers record events that happened while
    // locked (e.g. failed unlocks kept in the profile metadata until the next unlock).
    // Runs inside the caller's transaction when one is open (and is undone with it), else in its own.
    [[nodiscard]] Result<AuditEntry> append(const QString &event, const QString &subject = {},
                                            const QJsonObject &detail = {}, const QString &actor = {},
                                            const QDateTime &at = {});

    [[nodiscard]] Result<QList<AuditEntry>> entries(qint64 fromSequence = 1, int limit = 1000) const;

    // Walks the whole chain in sequence order and stops at the first entry that is missing its
    // predecessor (rows deleted before it), does not link to the previous entry's hash, or whose
    // content no longer matches its own hash. The chain alone cannot show that entries were cut
    // off at the end: compare head() with a copy kept elsewhere for that.
    [[nodiscard]] Result<AuditVerification> verify() const;

    // The last entry; when the log is empty, sequence 0 and the 64-zero hash the first entry links to.
    [[nodiscard]] Result<AuditEntry> head() const;

    // The exact bytes hashed after the previous hash (exposed for tests and external verifiers).
    [[nodiscard]] static QByteArray canonicalForm(const AuditEntry &entry);
    [[nodiscard]] static QByteArray computeHash(const QByteArray &previousHash, const AuditEntry &entry);
    [[nodiscard]] static QByteArray genesisHash();

private:
    Database *m_db;
};

} // namespace GovDesk::Core
