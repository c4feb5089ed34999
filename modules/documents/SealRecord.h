// SealRecord: one electronic seal on a 公文 — the seal (印章信息) and the signature (签章) in
// GB/T 38540-2020's structures, as JSON in the document's payload, and the bytes it signs.
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace GovDesk::Documents {

// A part of the canonical form and its SM3 digest (GB/T 38540's reference with its check value):
// what lets the verifier say which element changed.
struct SealPartDigest
{
    QString part;       // CanonicalPart::id
    QString checkValue; // lower-case hex SM3 of the part's value

    [[nodiscard]] bool operator==(const SealPartDigest &) const = default;
};

// JSON, under payload "seal" → "signature" (OfficialDocument's SealReference):
// {"version": 4,
//  "eseal": {"header": {"id": "ES", "version": 4, "vid": "GovDesk"},            SES_Header
//            "esID": "…",                                                         seal id
//            "property": {"type": 1, "name": "柳州市人民政府办公室",             SES_ESPropertyInfo
//                         "organisation": "gx-lz-gov",
//                         "validStart": "…Z", "validEnd": "…Z"}},
//  "timeInfo": "2026-02-27T09:30:00Z", "dataHash": "<SM3 hex of the canonical form>",
//  "propertyInfo": "GovDesk-CanonicalForm/1",                                     TBS_Sign
//  "references": [{"part": "title", "checkValue": "<SM3 hex>"}, …],
//  "signer": {"userId": "zhangwei", "name": "张伟"},
//  "cert": "-----BEGIN CERTIFICATE-----…", "signatureAlgID": "1.2.156.10197.1.501",
//  "digestAlgID": "1.2.156.10197.1.401", "signature": "<base64 DER SM2 signature>"}
// The picture (印章图像) is left to the UI, which draws the seal from eseal.property.name.
struct SealRecord
{
    Q_DECLARE_TR_FUNCTIONS(GovDesk::Documents::SealRecord)
public:
    static constexpr int Version = 4;          // GB/T 38540-2020's structure version
    static constexpr int OrganisationSeal = 1; // SES_ESPropertyInfo.type: 单位印章

    QString sealId;
    QString sealName;
    QString organisationId;
    QDateTime validStart;
    QDateTime validEnd;

    QDateTime signedAt;
    QString dataHash;
    QString propertyInfo;
    QList<SealPartDigest> references;
    QString signerUserId;
    QString signerName;
    QByteArray certificatePem;
    QString signatureAlgorithm;
    QString digestAlgorithm;
    QByteArray signature;

    [[nodiscard]] QJsonObject toJson() const;
    // Refuses a record with missing or mistyped fields (a damaged or forged seal).
    [[nodiscard]] static Core::Result<SealRecord> fromJson(const QJsonObject &json);

    // The bytes the SM2 signature covers: every field above but the signature, in a fixed order,
    // each encoded as a canonical-form part ("GovDesk-TBS_Sign/1" LF, then id ":" length LF value LF).
    [[nodiscard]] QByteArray toBeSigned() const;
};

} // namespace GovDesk::Documents
