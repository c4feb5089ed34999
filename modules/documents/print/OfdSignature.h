// OfdSignature: signs an OFD package with the organisation's seal as GB/T 33190 (Signs/) and
// GB/T 38540 (SignedValue.dat is an SES_Signature) describe it, the seal's picture shown by the
// signature's stamp annotation.
#pragma once

#include "OfdPackage.h"
#include "Result.h"
#include "crypto/SealKeyStore.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QRectF>

namespace GovDesk::Documents {

// Where the seal is pressed: the page (its ID), the box in mm, and the picture (PNG).
struct OfdStamp
{
    int pageId = 0;
    QRectF boundary;
    QByteArray png;
};

class OfdSignature
{
    Q_DECLARE_TR_FUNCTIONS(GovDesk::Documents::OfdSignature)
public:
    static inline const QString SignaturePath = QStringLiteral("Doc_0/Signs/Sign_0/Signature.xml");
    static inline const QString SignedValuePath = QStringLiteral("Doc_0/Signs/Sign_0/SignedValue.dat");
    static constexpr char Vendor[] = "GovDesk";

    // Adds Signs/Signatures.xml, Sign_0/Signature.xml and Sign_0/SignedValue.dat to `package`.
    // The references cover every file already in it (OFD.xml must already name Signatures.xml).
    // SignedValue.dat is an SES_Signature: TBS_Sign holds the seal (SES_Seal with its picture
    // and the certificate), the time, the SM3 of Signature.xml and its path, and is signed with
    // SM2 (signer id 1234567812345678) by the seal key at `at`.
    [[nodiscard]] static Core::Result<> sign(OfdPackage &package, const Core::SealKeyMaterial &key,
                                             const OfdStamp &stamp, const QDateTime &at);
};

} // namespace GovDesk::Documents
