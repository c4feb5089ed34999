// DocumentSealer: 用印 — signs a 公文's canonical form with the organisation's SM2 seal key and
// puts the seal (SealRecord) into the document.
#pragma once

#include "OfficialDocument.h"
#include "Result.h"
#include "SealRecord.h"
#include "crypto/SealKeyStore.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace GovDesk::Documents {

using Core::SealKeyMaterial;

// Who pressed 用印.
struct SealSigner
{
    QString userId;
    QString name;
};

class DocumentSealer
{
    Q_DECLARE_TR_FUNCTIONS(GovDesk::Documents::DocumentSealer)
public:
    // The seal of `document` as it is now, made at `at` (seconds precision). Refused when the seal
    // certificate is not valid at `at` under the seal CA, or the key does not match it.
    [[nodiscard]] static Core::Result<SealRecord> sign(const OfficialDocument &document,
                                                       const SealKeyMaterial &key, const SealSigner &signer,
                                                       const QDateTime &at);
    // `document` with its 印章 element set to that seal (sealed, seal id, the record's JSON).
    [[nodiscard]] static Core::Result<OfficialDocument> seal(const OfficialDocument &document,
                                                             const SealKeyMaterial &key,
                                                             const SealSigner &signer, const QDateTime &at);
};

} // namespace GovDesk::Documents
