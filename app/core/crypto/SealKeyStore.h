// SealKeyStore: the organisation's seal as fetched from govdesk-syncd (GET /v1/seal and
// /v1/seal/authority), checked, and kept only in the profile's settings inside the encrypted
// profile (SQLCipher) — never in a file, QSettings or a log.
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace GovDesk::Core {

class Database;

// An organisation's seal as govdesk-syncd issues it (GET /v1/seal), kept in the profile. In core
// because the sync engine fetches it; the 公文 module signs with it.
struct SealKeyMaterial
{
    QString sealId;
    QString sealName; // the organisation's name, as on the seal
    QString organisationId;
    QByteArray certificatePem;
    QByteArray privateKeyPem; // only ever in memory and in the encrypted profile
    QByteArray authorityCertificatePem;
};

class SealKeyStore
{
    Q_DECLARE_TR_FUNCTIONS(GovDesk::Core::SealKeyStore)
public:
    // Reads the answer of GET /v1/seal. Refused unless the certificate is valid now under the CA
    // the answer names and the key belongs to the certificate, so a broken seal is noticed at
    // fetch time, not at 用印.
    [[nodiscard]] static Result<SealKeyMaterial> fromServerAnswer(const QJsonObject &answer, const QDateTime &now);

    // Kept under the scope "core" of ProfileSettings: the sync engine writes them on its worker
    // connection, the 公文 module reads them on the UI's.

    // Keeps the seal (replacing any earlier one) and its CA certificate for verification.
    [[nodiscard]] static Result<> store(Database &db, const SealKeyMaterial &key);
    // The seal this profile holds; nullopt when none was fetched (not a signer, or not yet).
    [[nodiscard]] static Result<std::optional<SealKeyMaterial>> load(Database &db);
    // Removes the seal (the user lost the signer role); the CA certificate stays for verifying.
    [[nodiscard]] static Result<> forget(Database &db);

    // The seal CA certificate (GET /v1/seal/authority), which every user keeps to verify seals.
    [[nodiscard]] static Result<> storeAuthority(Database &db, const QByteArray &certificatePem);
    [[nodiscard]] static Result<QByteArray> authority(Database &db);
};

} // namespace GovDesk::Core
