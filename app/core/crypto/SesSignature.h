// SesSignature: GB/T 38540-2020's electronic seal (SES_Seal) and electronic signature
// (SES_Signature), version 4, in DER — what an OFD's Signs/Sign_N/SignedValue.dat holds.
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace GovDesk::Core {

// ES_PictrueInfo (the standard's spelling): the seal's picture, its size on paper in mm.
struct SesPicture
{
    QByteArray type = "PNG";
    QByteArray data;
    int widthMillimetres = 0;
    int heightMillimetres = 0;
};

// SES_Seal: 印章信息 (SES_SealInfo: header, id, properties, picture), the maker's certificate,
// the algorithm and the maker's signature over those three (sealToBeSigned()).
struct SesSeal
{
    static constexpr int Version = 4;
    static constexpr int OrganisationSeal = 1; // SES_ESPropertyInfo.type: 单位印章
    static constexpr int CertificateList = 1;  // certListType: the certificates themselves

    QString vendorId;                     // SES_Header.Vid
    QString sealId;                       // esID
    int type = OrganisationSeal;          // SES_ESPropertyInfo
    QString name;                         // the seal's name
    QList<QByteArray> holderCertificates; // DER certificates of the seal's holders
    QDateTime createdAt;                  // UTC, seconds
    QDateTime validStart;
    QDateTime validEnd;
    SesPicture picture;
    QByteArray makerCertificate; // DER
    QString signatureAlgorithm;  // OID, dotted
    QByteArray makerSignature;   // DER SM2 signature over sealToBeSigned()

    // DER of SEQUENCE { esealInfo SES_SealInfo, cert OCTET STRING, signAlgID OBJECT IDENTIFIER }.
    [[nodiscard]] Result<QByteArray> sealToBeSigned() const;
};

// SES_Signature: TBS_Sign (version, the seal, time, the signed data's hash and what it is), the
// signer's certificate, the algorithm and the signature over TBS_Sign's DER.
struct SesSignature
{
    Q_DECLARE_TR_FUNCTIONS(GovDesk::Core::SesSignature)
public:
    SesSeal seal;
    QDateTime signedAt;      // timeInfo, UTC, seconds
    QByteArray dataHash;     // SM3 of the signed data
    QByteArray propertyInfo; // what was signed (an OFD: the path of Signature.xml)
    QByteArray certificate;  // the signer's certificate, DER
    QString signatureAlgorithm;
    QByteArray signature; // DER SM2 signature over toBeSigned()

    // DER of TBS_Sign.
    [[nodiscard]] Result<QByteArray> toBeSigned() const;
    // DER of the whole SES_Signature.
    [[nodiscard]] Result<QByteArray> encode() const;
    // Reads what encode() writes (a certificate list, no extension data, no time stamp).
    [[nodiscard]] static Result<SesSignature> decode(QByteArrayView der);

    // A PEM certificate's DER and back (the seal structures carry DER, the profile keeps PEM).
    [[nodiscard]] static Result<QByteArray> derFromPem(QByteArrayView pem);
    [[nodiscard]] static QByteArray pemFromDer(QByteArrayView der);
};

} // namespace GovDesk::Core
