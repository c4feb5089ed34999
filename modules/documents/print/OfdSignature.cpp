#include "OfdSignature.h"

#include "OfdXml.h"
#include "crypto/SealCertificate.h"
#include "crypto/SesSignature.h"
#include "crypto/Sm2Signature.h"

#include <QXmlStreamWriter>
#include <cmath>

namespace GovDesk::Documents {

namespace {

void startDocument(QXmlStreamWriter &xml, const QString &root)
{
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeNamespace(Ofd::Namespace, Ofd::Prefix);
    xml.writeStartElement(Ofd::Namespace, root);
}

QByteArray signaturesXml()
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    startDocument(xml, QStringLiteral("Signatures"));
    xml.writeTextElement(Ofd::Namespace, QStringLiteral("MaxSignId"), QStringLiteral("1"));
    xml.writeStartElement(Ofd::Namespace, QStringLiteral("Signature"));
    xml.writeAttribute(QStringLiteral("ID"), QStringLiteral("1"));
    xml.writeAttribute(QStringLiteral("Type"), QStringLiteral("Seal"));
    xml.writeAttribute(QStringLiteral("BaseLoc"), QLatin1Char('/') + OfdSignature::SignaturePath);
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

Core::Result<QByteArray> signatureXml(const OfdPackage &package, const OfdStamp &stamp, const QDateTime &at)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    startDocument(xml, QStringLiteral("Signature"));
    xml.writeStartElement(Ofd::Namespace, QStringLiteral("SignedInfo"));
    xml.writeStartElement(Ofd::Namespace, QStringLiteral("Provider"));
    xml.writeAttribute(QStringLiteral("ProviderName"), QString::fromLatin1(OfdSignature::Vendor));
    xml.writeAttribute(QStringLiteral("Version"), QStringLiteral(GOVDESK_VERSION));
    xml.writeAttribute(QStringLiteral("Company"), QString::fromLatin1(OfdSignature::Vendor));
    xml.writeEndElement();
    xml.writeTextElement(Ofd::Namespace, QStringLiteral("SignatureMethod"),
                         QString::fromLatin1(Core::Sm2::SignatureAlgorithmOid));
    xml.writeTextElement(Ofd::Namespace, QStringLiteral("SignatureDateTime"),
                         at.toUTC().toString(QStringLiteral("yyyyMMddHHmmss")) + QLatin1Char('Z'));
    xml.writeStartElement(Ofd::Namespace, QStringLiteral("References"));
    xml.writeAttribute(QStringLiteral("CheckMethod"), QString::fromLatin1(Core::Sm2::DigestAlgorithmOid));
    // Every file but the signatures' own: a later signature adds to Signs/ without breaking this one.
    for (const QString &path : package.paths()) {
        if (path.startsWith(Ofd::SignsFolder + QLatin1Char('/')))
            continue;
        auto digest = Core::Sm2Crypto::sm3(package.file(path));
        if (!digest)
            return std::unexpected(digest.error());
        xml.writeStartElement(Ofd::Namespace, QStringLiteral("Reference"));
        xml.writeAttribute(QStringLiteral("FileRef"), QLatin1Char('/') + path);
        xml.writeTextElement(Ofd::Namespace, QStringLiteral("CheckValue"),
                             QString::fromLatin1(digest->toBase64()));
        xml.writeEndElement();
    }
    xml.writeEndElement(); // References
    xml.writeStartElement(Ofd::Namespace, QStringLiteral("StampAnnot"));
    xml.writeAttribute(QStringLiteral("ID"), QStringLiteral("1"));
    xml.writeAttribute(QStringLiteral("PageRef"), QString::number(stamp.pageId));
    xml.writeAttribute(QStringLiteral("Boundary"), Ofd::box(stamp.boundary));
    xml.writeEndElement();
    xml.writeEndElement(); // SignedInfo
    xml.writeTextElement(Ofd::Namespace, QStringLiteral("SignedValue"),
                         QLatin1Char('/') + OfdSignature::SignedValuePath);
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

} // namespace

Core::Result<> OfdSignature::sign(OfdPackage &package, const Core::SealKeyMaterial &key,
                                  const OfdStamp &stamp, const QDateTime &at)
{
    const QDateTime signedAt = QDateTime::fromSecsSinceEpoch(at.toSecsSinceEpoch(), Qt::UTC);
    auto certificate = Core::SesSignature::derFromPem(key.certificatePem);
    if (!certificate)
        return std::unexpected(certificate.error());
    auto info = Core::SealCertificate::inspect(key.certificatePem);
    if (!info)
        return std::unexpected(info.error());
    auto signer = Core::Sm2Signer::fromPrivateKeyPem(key.privateKeyPem);
    if (!signer)
        return std::unexpected(signer.error());

    package.add(Ofd::SignaturesPath, signaturesXml());
    auto signedInfo = signatureXml(package, stamp, signedAt);
    if (!signedInfo)
        return std::unexpected(signedInfo.error());

    // The seal (SES_Seal). GovDesk's seal CA issues certificates, not seal structures, so the
    // seal information is signed by its holder's own key and carries its certificate as the
    // maker's: a verifier trusts the certificate's chain to the seal CA, not the maker's signature.
    Core::SesSignature signature;
    Core::SesSeal &seal = signature.seal;
    seal.vendorId = QString::fromLatin1(Vendor);
    seal.sealId = key.sealId;
    seal.name = key.sealName;
    seal.holderCertificates = {*certificate};
    seal.createdAt = info->notBefore;
    seal.validStart = info->notBefore;
    seal.validEnd = info->notAfter;
    seal.picture = {"PNG", stamp.png, static_cast<int>(std::lround(stamp.boundary.width())),
                    static_cast<int>(std::lround(stamp.boundary.height()))};
    seal.makerCertificate = *certificate;
    seal.signatureAlgorithm = QString::fromLatin1(Core::Sm2::SignatureAlgorithmOid);
    auto sealData = seal.sealToBeSigned();
    if (!sealData)
        return std::unexpected(sealData.error());
    auto sealSignature = signer->sign(*sealData);
    if (!sealSignature)
        return std::unexpected(sealSignature.error());
    seal.makerSignature = *sealSignature;

    // The signature: over TBS_Sign, which holds the SM3 of Signature.xml (GB/T 33190 signs that
    // file, and the file holds the digest of every file it covers).
    auto dataHash = Core::Sm2Crypto::sm3(*signedInfo);
    if (!dataHash)
        return std::unexpected(dataHash.error());
    signature.signedAt = signedAt;
    signature.dataHash = *dataHash;
    signature.propertyInfo = (QLatin1Char('/') + SignaturePath).toUtf8();
    signature.certificate = *certificate;
    signature.signatureAlgorithm = QString::fromLatin1(Core::Sm2::SignatureAlgorithmOid);
    auto toBeSigned = signature.toBeSigned();
    if (!toBeSigned)
        return std::unexpected(toBeSigned.error());
    auto value = signer->sign(*toBeSigned);
    if (!value)
        return std::unexpected(value.error());
    // A key that is not the certificate's would make a signature nobody can verify.
    auto verifier = Core::Sm2Verifier::fromCertificatePem(key.certificatePem);
    if (!verifier)
        return std::unexpected(verifier.error());
    if (auto verified = verifier->verify(*toBeSigned, *value); !verified || !*verified)
        return Core::fail(
            Core::ErrorCode::Crypto,
            tr("The seal key of %1 does not match its certificate; fetch the seal again.").arg(key.sealName),
            QStringLiteral("OFD signature does not verify with the seal certificate"));
    signature.signature = *value;
    auto encoded = signature.encode();
    if (!encoded)
        return std::unexpected(encoded.error());

    package.add(SignaturePath, *signedInfo);
    package.add(SignedValuePath, *encoded);
    return {};
}

} // namespace GovDesk::Documents
