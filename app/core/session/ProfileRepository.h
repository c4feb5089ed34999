// ProfileRepository: the profiles on this machine, one folder each, and what can be done to a
// locked profile (create, list, delete, restore, reset the demo).
#pragma once

#include "Result.h"
#include "crypto/SecureBytes.h"
#include "session/ProfileMetadata.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

class QLockFile;

namespace GovDesk::Core {

struct NewProfile
{
    QString displayName;
    QString organisation;
    QString serverUrl;
    ProfileKind kind = ProfileKind::Regular;
};

class ProfileRepository
{
    Q_DECLARE_TR_FUNCTIONS(ProfileRepository)
public:
    // Demo data is fictional; its passphrase is public so trainers need none.
    static constexpr char DemoPassphrase[] = "govdesk-demo";
    static constexpr char DemoProfileId[] = "demo";

    explicit ProfileRepository(QString rootDirectory = defaultRoot());
    // $GOVDESK_PROFILES_DIR, else <AppDataLocation>/profiles.
    [[nodiscard]] static QString defaultRoot();
    [[nodiscard]] QString root() const { return m_root; }

    [[nodiscard]] QList<ProfileMetadata> list() const; // most recently used first
    [[nodiscard]] Result<ProfileMetadata> find(const QString &profileId) const;
    // Creates the folder, the description and an empty encrypted database under a key derived
    // from `passphrase`. Without `kdf`, the cost is calibrated to about 0.5 s and 64 MiB.
    [[nodiscard]] Result<ProfileMetadata> create(const NewProfile &spec, const SecureBytes &passphrase,
                                                 std::optional<KdfParameters> kdf = std::nullopt);
    [[nodiscard]] Result<> remove(const QString &profileId);
    // Restores a backup into the profile it was made from (created if missing). The current
    // database stays until the restored copy has opened and passed the integrity check.
    [[nodiscard]] Result<ProfileMetadata> restore(const QString &archivePath, const SecureBytes &passphrase);
    // Recreates the demo profile from scratch (its data is seeded by the modules after unlock).
    [[nodiscard]] Result<ProfileMetadata> resetDemo();
    [[nodiscard]] Result<ProfileMetadata> ensureDemo();

    [[nodiscard]] QString directoryOf(const QString &profileId) const;
    [[nodiscard]] QString metadataPathOf(const QString &profileId) const;
    [[nodiscard]] QString databasePathOf(const ProfileMetadata &profile) const;
    // Held by a Session while unlocked and by operations on a locked profile.
    [[nodiscard]] Result<std::unique_ptr<QLockFile>> lockProfile(const QString &profileId) const;
    // Deletes database generations other than the current one (left by an interrupted rekey).
    void removeStaleGenerations(const ProfileMetadata &profile) const;
    // Deletes the files of `profile`'s own generation (a candidate that failed verification).
    void removeGeneration(const ProfileMetadata &profile) const;
    // One above every generation file present, so a new one never reuses an existing name.
    [[nodiscard]] int nextFreeGeneration(const QString &profileId) const;

private:
    QString m_root;
};

} // namespace GovDesk::Core
