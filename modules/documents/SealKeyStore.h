// SealKeyStore: the organisation's seal as fetched from govdesk-syncd (GET /v1/seal and
// /v1/seal/authority), checked, and kept only in the module's settings inside the encrypted
// profile (SQLCipher) — never in a file, QSettings or a log.
#pragma once

#include "DocumentSealer.h"
#include "Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <optional>

namespace GovDesk::Core {
class ModuleContext;
}

namespace GovDesk::Documents {

class SealKeyStore
{
    Q_DECLARE_TR_FUNCTIONS(GovDesk::Documents::SealKeyStore)
public:
    // Reads the answer of GET /v1/seal. Refused unless the certificate is valid now under the CA
    // the answer names and the key belongs to the certificate, so a broken seal is noticed at
    // fetch time, not at 用印.
    [[nodiscard]] static Core::Result<SealKeyMaterial> fromServerAnswer(const QJsonObject &answer,
                                                                        const QDateTime &now);

    // Keeps the seal (replacing any earlier one) and its CA certificate for verification.
    [[nodiscard]] static Core::Result<> store(Core::ModuleContext &context, const SealKeyMaterial &key);
    // The seal this profile holds; nullopt when none was fetched (not a signer, or not yet).
    [[nodiscard]] static Core::Result<std::optional<SealKeyMaterial>>
    load(const Core::ModuleContext &context);
    // Removes the seal (the user lost the signer role); the CA certificate stays for verifying.
    [[nodiscard]] static Core::Result<> forget(Core::ModuleContext &context);

    // The seal CA certificate (GET /v1/seal/authority), which every user keeps to verify seals.
    [[nodiscard]] static Core::Result<> storeAuthority(Core::ModuleContext &context,
                                                       const QByteArray &certificatePem);
    [[nodiscard]] static Core::Result<QByteArray> authority(const Core::ModuleContext &context);
};

} // namespace GovDesk::Documents
