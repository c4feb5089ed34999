// ProfileMetadata: the unencrypted description of a profile (profile.json beside its database).
#pragma once

#include "Result.h"
#include "crypto/KeyDerivation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace GovDesk::Core {

enum class ProfileKind { Regular, Demo };

// Nothing secret lives here: the salt and cost of the key derivation, a key check (HMAC under the
// derived key, as expensive to attack as the database itself), names, and failed-unlock counters.
struct ProfileMetadata
{
    Q_DECLARE_TR_FUNCTIONS(ProfileMetadata)
public:
    static constexpr int FormatVersion = 1;

    QString id;
    ProfileKind kind = ProfileKind::Regular;
    QString displayName;
    QString organisation;
    QString serverUrl; // may be empty: offline-only profile
    QDateTime createdAt;
    QDateTime lastUsedAt;
    KdfParameters kdf;
    QByteArray keyCheck;
    // The database file is store-<generation>.gddb; a rekey or restore writes the next generation
    // and switches by rewriting this file atomically, so a crash never leaves a half-done switch.
    int generation = 1;
    int failedUnlocks = 0;
    QDateTime lastFailedUnlockAt;
    QList<QDateTime> unrecordedFailedUnlocks; // written to the audit log at the next unlock
    int autoLockMinutes = 10;
    // The audit log's last entry when the profile was last locked. A hash chain cannot show that
    // its newest entries were cut off; this copy outside the database can.
    qint64 auditAnchorSequence = 0;
    QByteArray auditAnchorHash; // hex

    [[nodiscard]] bool isDemo() const { return kind == ProfileKind::Demo; }
    [[nodiscard]] QString databaseFileName() const;
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Result<ProfileMetadata> fromJson(const QJsonObject &json);

    [[nodiscard]] static Result<ProfileMetadata> load(const QString &filePath);
    // Atomic (QSaveFile: write, fsync, rename): readers see the old or the new file, never half.
    [[nodiscard]] Result<> save(const QString &filePath) const;
};

} // namespace GovDesk::Core
