#include "OfdSignatureVerifier.h"

#include "OfdXml.h"
#include "crypto/SesSignature.h"
#include "crypto/Sm2Signature.h"

#include <QDir>
#include <QSet>
#include <QXmlStreamReader>

namespace GovDesk::Documents {

namespace {

// A location as OFD writes it — absolute from the package root, or relative to the folder of
// the file that names it — as a package path; empty when it leaves the package.
QString resolve(const QString &folder, const QString &location)
{
    const QString trimmed = location.trimmed();
    if (trimmed.isEmpty())
        return {};
    const QString joined = trimmed.startsWith(QLatin1Char('/')) ? trimmed.mid(1)
                           : folder.isEmpty()                   ? trimmed
                                                                : folder + QLatin1Char('/') + trimmed;
    const QString clean = QDir::cleanPath(joined);
    return clean.startsWith(QStringLiteral("..")) || clean.startsWith(QLatin1Char('/')) ? QString() : clean;
}

QString folderOf(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : path.left(slash);
}

bool isOfd(const QXmlStreamReader &xml, QStringView name)
{
    return xml.isStartElement() && xml.name() == name && xml.namespaceUri() == Ofd::Namespace;
}

struct Reference
{
    QString fileRef;
    QByteArray checkValue; // decoded
};

struct SignedInfo
{
    QString checkMethod;
    QList<Reference> references;
    int stampPage = 0;
    QRectF stampBoundary;
    QString signedValue;
};

QRectF parseBox(const QString &text)
{
    const QStringList parts = text.simplified().split(QLatin1Char(' '));
    if (parts.size() != 4)
        return {};
    return QRectF(parts.at(0).toDouble(), parts.at(1).toDouble(), parts.at(2).toDouble(),
                  parts.at(3).toDouble());
}

Core::Result<SignedInfo> readSignature(const QByteArray &bytes, const QString &path)
{
    SignedInfo info;
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd()) {
        xml.readNext();
        if (isOfd(xml, u"References")) {
            info.checkMethod = xml.attributes().value(QStringLiteral("CheckMethod")).toString();
        } else if (isOfd(xml, u"Reference")) {
            Reference reference{xml.attributes().value(QStringLiteral("FileRef")).toString(), {}};
            while (xml.readNextStartElement()) {
                if (isOfd(xml, u"CheckValue"))
                    reference.checkValue = QByteArray::fromBase64(xml.readElementText().trimmed().toLatin1());
                else
                    xml.skipCurrentElement();
            }
            info.references.append(reference);
        } else if (isOfd(xml, u"StampAnnot")) {
            info.stampPage = xml.attributes().value(QStringLiteral("PageRef")).toInt();
            info.stampBoundary = parseBox(xml.attributes().value(QStringLiteral("Boundary")).toString());
        } else if (isOfd(xml, u"SignedValue")) {
            info.signedValue = xml.readElementText().trimmed();
        }
    }
    if (xml.hasError())
        return Core::fail(Core::ErrorCode::Corrupt,
                          OfdSignatureVerifier::tr("%1 is not readable XML.").arg(path), xml.errorString());
    return info;
}

// The package paths an XML file names with `element` (text) or `element@attribute`.
Core::Result<QStringList> locations(const OfdPackage &package, const QString &path, QStringView element,
                                    const QString &attribute = {})
{
    QStringList found;
    QXmlStreamReader xml(package.file(path));
    while (!xml.atEnd()) {
        xml.readNext();
        if (!isOfd(xml, element))
            continue;
        const QString location
            = attribute.isEmpty() ? xml.readElementText() : xml.attributes().value(attribute).toString();
        const QString resolved = resolve(folderOf(path), location);
        if (resolved.isEmpty() || !package.contains(resolved))
            return Core::fail(Core::ErrorCode::Corrupt,
                              OfdSignatureVerifier::tr("The OFD package lacks %1, which %2 names.")
                                  .arg(location.trimmed(), path));
        found.append(resolved);
    }
    if (xml.hasError())
        return Core::fail(Core::ErrorCode::Corrupt,
                          OfdSignatureVerifier::tr("%1 is not readable XML.").arg(path), xml.errorString());
    return found;
}

Core::Result<OfdSignatureCheck> check(const OfdPackage &package, const QString &path,
                                      const QByteArray &authorityPem, QSet<QString> &covered)
{
    OfdSignatureCheck result;
    result.path = path;
    const QByteArray signatureXml = package.file(path);
    auto info = readSignature(signatureXml, path);
    if (!info)
        return std::unexpected(info.error());
    result.stampPage = info->stampPage;
    result.stampBoundary = info->stampBoundary;

    result.digestMethodKnown = info->checkMethod == QLatin1String(Core::Sm2::DigestAlgorithmOid)
                               || info->checkMethod.compare(QStringLiteral("SM3"), Qt::CaseInsensitive) == 0;
    if (!result.digestMethodKnown)
        result.problems << QStringLiteral("unknown CheckMethod '%1'").arg(info->checkMethod);
    if (info->references.isEmpty())
        result.problems << QStringLiteral("no references");
    for (const Reference &reference : std::as_const(info->references)) {
        const QString file = resolve(folderOf(path), reference.fileRef);
        if (file.isEmpty() || !package.contains(file)) {
            result.missingFiles << reference.fileRef;
            continue;
        }
        covered.insert(file);
        auto digest = Core::Sm2Crypto::sm3(package.file(file));
        if (!digest)
            return std::unexpected(digest.error());
        if (*digest != reference.checkValue)
            result.changedFiles << reference.fileRef;
    }
    if (!result.changedFiles.isEmpty())
        result.problems << QStringLiteral("changed: %1").arg(result.changedFiles.join(QStringLiteral(", ")));
    if (!result.missingFiles.isEmpty())
        result.problems << QStringLiteral("missing: %1").arg(result.missingFiles.join(QStringLiteral(", ")));

    const QString valuePath = resolve(folderOf(path), info->signedValue);
    if (valuePath.isEmpty() || !package.contains(valuePath)) {
        result.problems << QStringLiteral("no SignedValue '%1'").arg(info->signedValue);
        return result;
    }
    auto signature = Core::SesSignature::decode(package.file(valuePath));
    if (!signature) {
        result.problems << QStringLiteral("SignedValue unreadable: %1").arg(signature.error().fullText());
        return result;
    }
    result.sealName = signature->seal.name;
    result.sealId = signature->seal.sealId;
    result.signedAt = signature->signedAt;
    result.certificatePem = Core::SesSignature::pemFromDer(signature->certificate);

    auto digest = Core::Sm2Crypto::sm3(signatureXml);
    if (!digest)
        return std::unexpected(digest.error());
    result.signedDataMatches = *digest == signature->dataHash
                               && resolve(QString(), QString::fromUtf8(signature->propertyInfo)) == path;
    if (!result.signedDataMatches)
        result.problems << QStringLiteral("the signed digest is not that of %1").arg(path);

    auto certificate = Core::SealCertificate::inspect(result.certificatePem);
    auto verifier = Core::Sm2Verifier::fromCertificatePem(result.certificatePem);
    auto toBeSigned = signature->toBeSigned();
    if (!certificate || !verifier || !toBeSigned) {
        result.problems << QStringLiteral("the signer's certificate is unusable");
        return result;
    }
    result.certificate = *certificate;
    if (signature->signatureAlgorithm != QLatin1String(Core::Sm2::SignatureAlgorithmOid))
        result.problems
            << QStringLiteral("unknown signature algorithm %1").arg(signature->signatureAlgorithm);
    else
        result.signatureValid = verifier->verify(*toBeSigned, signature->signature).value_or(false);
    if (!result.signatureValid)
        result.problems << QStringLiteral("the SM2 signature does not verify");

    auto maker = Core::Sm2Verifier::fromCertificatePem(
        Core::SesSignature::pemFromDer(signature->seal.makerCertificate));
    auto sealData = signature->seal.sealToBeSigned();
    result.sealValid
        = maker && sealData && maker->verify(*sealData, signature->seal.makerSignature).value_or(false);
    if (!result.sealValid)
        result.problems << QStringLiteral("the seal's own signature does not verify");

    if (!authorityPem.isEmpty()) {
        auto certificateCheck
            = Core::SealCertificate::check(result.certificatePem, authorityPem, result.signedAt);
        if (!certificateCheck)
            return std::unexpected(certificateCheck.error());
        result.certificateCheck = *certificateCheck;
        if (!certificateCheck->isValid())
            result.problems << QStringLiteral("certificate: %1").arg(certificateCheck->detail);
    }
    return result;
}

} // namespace

bool OfdVerification::isValid() const
{
    return !signatures.isEmpty()
           && std::ranges::all_of(signatures, [](const OfdSignatureCheck &check) { return check.isValid(); });
}

Core::Result<OfdVerification> OfdSignatureVerifier::verify(const OfdPackage &package,
                                                           const QByteArray &authorityPem)
{
    if (!package.contains(Ofd::RootPath))
        return Core::fail(Core::ErrorCode::Corrupt,
                          tr("The file is not an OFD package (it has no OFD.xml)."));
    auto signatureLists = locations(package, Ofd::RootPath, u"Signatures");
    if (!signatureLists)
        return std::unexpected(signatureLists.error());
    OfdVerification verification;
    QSet<QString> covered;
    QSet<QString> signs; // the signature files themselves, never covered
    for (const QString &list : std::as_const(*signatureLists)) {
        signs.insert(list);
        auto signatures = locations(package, list, u"Signature", QStringLiteral("BaseLoc"));
        if (!signatures)
            return std::unexpected(signatures.error());
        for (const QString &path : std::as_const(*signatures)) {
            auto checked = check(package, path, authorityPem, covered);
            if (!checked)
                return std::unexpected(checked.error());
            signs.insert(path);
            signs.insert(folderOf(path));
            verification.signatures.append(*checked);
        }
    }
    for (const QString &path : package.paths()) {
        if (!covered.contains(path) && !signs.contains(path) && !signs.contains(folderOf(path)))
            verification.uncoveredFiles << path;
    }
    return verification;
}

Core::Result<OfdVerification> OfdSignatureVerifier::verify(const QByteArray &zip,
                                                           const QByteArray &authorityPem)
{
    auto package = OfdPackage::fromZip(zip);
    if (!package)
        return std::unexpected(package.error());
    return verify(*package, authorityPem);
}

} // namespace GovDesk::Documents
