// BackupArchive: the single-file backup format (header + encrypted database), written and checked.
#pragma once

#include "Result.h"
#include "session/ProfileMetadata.h"

#include <QCoreApplication>
#include <QString>

namespace GovDesk::Core {

// Layout: "GOVDESK-BACKUP1\n", a 4-byte big-endian header length, the JSON header (profile
// description, key derivation parameters, key check, size and SHA-256 of the database bytes),
// then the database exactly as SQLCipher wrote it, so it is as encrypted as the profile itself.
class BackupArchive
{
    Q_DECLARE_TR_FUNCTIONS(BackupArchive)
public:
    struct Header
    {
        ProfileMetadata profile; // as it was when the backup was made
        QDateTime createdAt;
        qint64 databaseSize = 0;
        QByteArray databaseSha256; // hex
    };

    // Writes `archivePath` from a complete (checkpointed) encrypted database file.
    [[nodiscard]] static Result<> write(const QString &archivePath, const ProfileMetadata &profile,
                                        const QString &databasePath);
    [[nodiscard]] static Result<Header> readHeader(const QString &archivePath);
    // Copies the database bytes out to `databasePath` (must not exist) after checking their digest.
    [[nodiscard]] static Result<Header> extract(const QString &archivePath, const QString &databasePath);
};

} // namespace GovDesk::Core
