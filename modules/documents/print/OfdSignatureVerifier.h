// OfdSignatureVerifier: checks the signatures of an OFD package — every covered file's SM3
// against its reference, the SM2 signature over Signature.xml's digest with the signer's
// certificate, the seal's own signature and, given the seal CA, the certificate — and names
// every file that no longer matches.
#pragma once

#include "OfdPackage.h"
#include "Result.h"
#include "crypto/SealCertificate.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QRectF>
#include <QStringList>
#include <optional>

namespace GovDesk::Documents {

struct OfdSignatureCheck
{
    QString path;                   // the Signature.xml, package path
    QStringList changedFiles;       // covered files whose SM3 differs, as referenced ("/Doc_0/…")
    QStringList missingFiles;       // covered files the package no longer has
    bool digestMethodKnown = false; // References@CheckMethod is SM3
    bool signedDataMatches = false; // SignedValue's dataHash is the SM3 of Signature.xml
    bool signatureValid = false;    // the SM2 signature over TBS_Sign, with the signer's certificate
    bool sealValid = false;         // the seal's maker signature over the seal information
    QString sealName;
    QString sealId;
    QDateTime signedAt;
    QByteArray certificatePem;
    Core::CertificateInfo certificate;
    std::optional<Core::CertificateCheck> certificateCheck; // when a seal CA was given
    int stampPage = 0;                                      // StampAnnot@PageRef
    QRectF stampBoundary;
    QStringList problems; // English, one per failed check, for logs and tests

    [[nodiscard]] bool isValid() const { return problems.isEmpty(); }
};

struct OfdVerification
{
    QList<OfdSignatureCheck> signatures;
    QStringList uncoveredFiles; // outside Signs/ and covered by no signature

    // Signed, and every signature holds.
    [[nodiscard]] bool isValid() const;
};

class OfdSignatureVerifier
{
    Q_DECLARE_TR_FUNCTIONS(GovDesk::Documents::OfdSignatureVerifier)
public:
    // An error only when the package or its signature files cannot be read at all; every failed
    // check of a readable signature is in the answer. With `authorityPem`, each signer's
    // certificate is also checked against that seal CA at the signature's time.
    [[nodiscard]] static Core::Result<OfdVerification> verify(const OfdPackage &package,
                                                              const QByteArray &authorityPem = {});
    [[nodiscard]] static Core::Result<OfdVerification> verify(const QByteArray &zip,
                                                              const QByteArray &authorityPem = {});
};

} // namespace GovDesk::Documents
