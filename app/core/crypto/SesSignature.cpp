#include "SesSignature.h"

#include "OpenSslHandles.h"

#include <openssl/asn1t.h>
#include <openssl/objects.h>
#include <openssl/x509v3.h>

namespace GovDesk::Core {

namespace {

// GB/T 38540-2020 annex A, version 4, as OpenSSL ASN.1 templates. Optional parts GovDesk does
// not write (extension data, certificate digests instead of certificates, a time stamp) are
// left out: decode() reads GovDesk's own signatures, for which they are never present.
struct SesHeader
{
    ASN1_IA5STRING *id;
    ASN1_INTEGER *version;
    ASN1_IA5STRING *vid;
};
ASN1_SEQUENCE(SesHeader) = {
    ASN1_SIMPLE(SesHeader, id, ASN1_IA5STRING),
    ASN1_SIMPLE(SesHeader, version, ASN1_INTEGER),
    ASN1_SIMPLE(SesHeader, vid, ASN1_IA5STRING),
} ASN1_SEQUENCE_END(SesHeader)

struct SesPropertyInfo
{
    ASN1_INTEGER *type;
    ASN1_UTF8STRING *name;
    ASN1_INTEGER *certListType;
    STACK_OF(ASN1_STRING) * certList; // SES_CertList's certs: SEQUENCE OF OCTET STRING
    ASN1_GENERALIZEDTIME *createDate;
    ASN1_GENERALIZEDTIME *validStart;
    ASN1_GENERALIZEDTIME *validEnd;
};
ASN1_SEQUENCE(SesPropertyInfo) = {
    ASN1_SIMPLE(SesPropertyInfo, type, ASN1_INTEGER),
    ASN1_SIMPLE(SesPropertyInfo, name, ASN1_UTF8STRING),
    ASN1_SIMPLE(SesPropertyInfo, certListType, ASN1_INTEGER),
    ASN1_SEQUENCE_OF(SesPropertyInfo, certList, ASN1_OCTET_STRING),
    ASN1_SIMPLE(SesPropertyInfo, createDate, ASN1_GENERALIZEDTIME),
    ASN1_SIMPLE(SesPropertyInfo, validStart, ASN1_GENERALIZEDTIME),
    ASN1_SIMPLE(SesPropertyInfo, validEnd, ASN1_GENERALIZEDTIME),
} ASN1_SEQUENCE_END(SesPropertyInfo)

struct SesPictureInfo
{
    ASN1_IA5STRING *type;
    ASN1_OCTET_STRING *data;
    ASN1_INTEGER *width;
    ASN1_INTEGER *height;
};
ASN1_SEQUENCE(SesPictureInfo) = {
    ASN1_SIMPLE(SesPictureInfo, type, ASN1_IA5STRING),
    ASN1_SIMPLE(SesPictureInfo, data, ASN1_OCTET_STRING),
    ASN1_SIMPLE(SesPictureInfo, width, ASN1_INTEGER),
    ASN1_SIMPLE(SesPictureInfo, height, ASN1_INTEGER),
} ASN1_SEQUENCE_END(SesPictureInfo)

struct SesSealInfo
{
    SesHeader *header;
    ASN1_IA5STRING *esId;
    SesPropertyInfo *property;
    SesPictureInfo *picture;
};
ASN1_SEQUENCE(SesSealInfo) = {
    ASN1_SIMPLE(SesSealInfo, header, SesHeader),
    ASN1_SIMPLE(SesSealInfo, esId, ASN1_IA5STRING),
    ASN1_SIMPLE(SesSealInfo, property, SesPropertyInfo),
    ASN1_SIMPLE(SesSealInfo, picture, SesPictureInfo),
} ASN1_SEQUENCE_END(SesSealInfo)

// What the seal's maker signs: the seal information, the maker's certificate, the algorithm.
struct SesSealTbs
{
    SesSealInfo *sealInfo;
    ASN1_OCTET_STRING *cert;
    ASN1_OBJECT *signAlgId;
};
ASN1_SEQUENCE(SesSealTbs) = {
    ASN1_SIMPLE(SesSealTbs, sealInfo, SesSealInfo),
    ASN1_SIMPLE(SesSealTbs, cert, ASN1_OCTET_STRING),
    ASN1_SIMPLE(SesSealTbs, signAlgId, ASN1_OBJECT),
} ASN1_SEQUENCE_END(SesSealTbs)

struct SesSealAsn
{
    SesSealInfo *sealInfo;
    ASN1_OCTET_STRING *cert;
    ASN1_OBJECT *signAlgId;
    ASN1_BIT_STRING *signedValue;
};
ASN1_SEQUENCE(SesSealAsn) = {
    ASN1_SIMPLE(SesSealAsn, sealInfo, SesSealInfo),
    ASN1_SIMPLE(SesSealAsn, cert, ASN1_OCTET_STRING),
    ASN1_SIMPLE(SesSealAsn, signAlgId, ASN1_OBJECT),
    ASN1_SIMPLE(SesSealAsn, signedValue, ASN1_BIT_STRING),
} ASN1_SEQUENCE_END(SesSealAsn)

struct TbsSign
{
    ASN1_INTEGER *version;
    SesSealAsn *eseal;
    ASN1_GENERALIZEDTIME *timeInfo;
    ASN1_BIT_STRING *dataHash;
    ASN1_IA5STRING *propertyInfo;
};
ASN1_SEQUENCE(TbsSign) = {
    ASN1_SIMPLE(TbsSign, version, ASN1_INTEGER),
    ASN1_SIMPLE(TbsSign, eseal, SesSealAsn),
    ASN1_SIMPLE(TbsSign, timeInfo, ASN1_GENERALIZEDTIME),
    ASN1_SIMPLE(TbsSign, dataHash, ASN1_BIT_STRING),
    ASN1_SIMPLE(TbsSign, propertyInfo, ASN1_IA5STRING),
} ASN1_SEQUENCE_END(TbsSign)

struct SesSignatureAsn
{
    TbsSign *toSign;
    ASN1_OCTET_STRING *cert;
    ASN1_OBJECT *signatureAlgId;
    ASN1_BIT_STRING *signature;
};
ASN1_SEQUENCE(SesSignatureAsn) = {
    ASN1_SIMPLE(SesSignatureAsn, toSign, TbsSign),
    ASN1_SIMPLE(SesSignatureAsn, cert, ASN1_OCTET_STRING),
    ASN1_SIMPLE(SesSignatureAsn, signatureAlgId, ASN1_OBJECT),
    ASN1_SIMPLE(SesSignatureAsn, signature, ASN1_BIT_STRING),
} ASN1_SEQUENCE_END(SesSignatureAsn)

template<typename T> struct ItemDeleter
{
    const ASN1_ITEM *item;
    void operator()(T *value) const { ASN1_item_free(reinterpret_cast<ASN1_VALUE *>(value), item); }
};
template<typename T> using Owned = std::unique_ptr<T, ItemDeleter<T>>;

template<typename T> Owned<T> make(const ASN1_ITEM *item)
{
    return Owned<T>(reinterpret_cast<T *>(ASN1_item_new(item)), ItemDeleter<T>{item});
}

template<typename T> Result<QByteArray> der(const T *value, const ASN1_ITEM *item)
{
    unsigned char *out = nullptr;
    const int size = ASN1_item_i2d(reinterpret_cast<const ASN1_VALUE *>(value), &out, item);
    if (size <= 0)
        return OpenSsl::failure(SesSignature::tr("The electronic seal could not be encoded."),
                                "ASN1_item_i2d");
    QByteArray bytes(reinterpret_cast<const char *>(out), size);
    OPENSSL_free(out);
    return bytes;
}

bool setString(ASN1_STRING *string, QByteArrayView bytes)
{
    return ASN1_STRING_set(string, bytes.data(), static_cast<int>(bytes.size())) == 1;
}

// A BIT STRING of whole bytes: without the flag OpenSSL drops trailing zero bits when encoding.
bool setBits(ASN1_BIT_STRING *bits, QByteArrayView bytes)
{
    if (!setString(bits, bytes))
        return false;
    bits->flags &= ~(ASN1_STRING_FLAG_BITS_LEFT | 0x07);
    bits->flags |= ASN1_STRING_FLAG_BITS_LEFT;
    return true;
}

bool setTime(ASN1_GENERALIZEDTIME *time, const QDateTime &at)
{
    return at.isValid() && ASN1_GENERALIZEDTIME_set(time, static_cast<time_t>(at.toSecsSinceEpoch()));
}

bool setObject(ASN1_OBJECT *&object, const QString &oid)
{
    ASN1_OBJECT *parsed = OBJ_txt2obj(oid.toLatin1().constData(), 1);
    if (!parsed)
        return false;
    ASN1_OBJECT_free(object);
    object = parsed;
    return true;
}

QByteArray bytesOf(const ASN1_STRING *string)
{
    return string ? QByteArray(reinterpret_cast<const char *>(ASN1_STRING_get0_data(string)),
                               ASN1_STRING_length(string))
                  : QByteArray();
}

long integerOf(const ASN1_INTEGER *integer)
{
    return integer ? ASN1_INTEGER_get(integer) : -1;
}

QDateTime timeOf(const ASN1_GENERALIZEDTIME *time)
{
    struct tm parts
    {
    };
    if (!time || ASN1_TIME_to_tm(time, &parts) != 1)
        return {};
    return QDateTime(QDate(parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday),
                     QTime(parts.tm_hour, parts.tm_min, parts.tm_sec), Qt::UTC);
}

QString oidOf(const ASN1_OBJECT *object)
{
    char text[128];
    const int size = OBJ_obj2txt(text, sizeof text, object, 1);
    return size > 0 && size < static_cast<int>(sizeof text) ? QString::fromLatin1(text, size) : QString();
}

// Fills the seal information (everything of SES_Seal but the maker's signature).
bool fillSealInfo(SesSealInfo &info, const SesSeal &seal)
{
    bool ok = setString(info.header->id, "ES")
              && ASN1_INTEGER_set(info.header->version, SesSeal::Version) == 1
              && setString(info.header->vid, seal.vendorId.toUtf8())
              && setString(info.esId, seal.sealId.toUtf8());
    SesPropertyInfo &property = *info.property;
    ok = ok && ASN1_INTEGER_set(property.type, seal.type) == 1 && setString(property.name, seal.name.toUtf8())
         && ASN1_INTEGER_set(property.certListType, SesSeal::CertificateList) == 1
         && setTime(property.createDate, seal.createdAt) && setTime(property.validStart, seal.validStart)
         && setTime(property.validEnd, seal.validEnd);
    for (const QByteArray &certificate : seal.holderCertificates) {
        ASN1_OCTET_STRING *entry = ASN1_OCTET_STRING_new();
        if (!entry || !setString(entry, certificate) || sk_ASN1_STRING_push(property.certList, entry) <= 0) {
            ASN1_OCTET_STRING_free(entry);
            return false;
        }
    }
    SesPictureInfo &picture = *info.picture;
    return ok && setString(picture.type, seal.picture.type) && setString(picture.data, seal.picture.data)
           && ASN1_INTEGER_set(picture.width, seal.picture.widthMillimetres) == 1
           && ASN1_INTEGER_set(picture.height, seal.picture.heightMillimetres) == 1;
}

bool fillSeal(SesSealAsn &asn, const SesSeal &seal)
{
    return fillSealInfo(*asn.sealInfo, seal) && setString(asn.cert, seal.makerCertificate)
           && setObject(asn.signAlgId, seal.signatureAlgorithm)
           && setBits(asn.signedValue, seal.makerSignature);
}

bool fillToSign(TbsSign &tbs, const SesSignature &signature)
{
    return ASN1_INTEGER_set(tbs.version, SesSeal::Version) == 1 && fillSeal(*tbs.eseal, signature.seal)
           && setTime(tbs.timeInfo, signature.signedAt) && setBits(tbs.dataHash, signature.dataHash)
           && setString(tbs.propertyInfo, signature.propertyInfo);
}

std::unexpected<Error> encodingFailure(const char *what)
{
    return OpenSsl::failure(SesSignature::tr("The electronic seal could not be encoded."), what);
}

} // namespace

Result<QByteArray> SesSeal::sealToBeSigned() const
{
    auto tbs = make<SesSealTbs>(ASN1_ITEM_rptr(SesSealTbs));
    if (!tbs || !fillSealInfo(*tbs->sealInfo, *this) || !setString(tbs->cert, makerCertificate)
        || !setObject(tbs->signAlgId, signatureAlgorithm))
        return encodingFailure("SES_SealInfo");
    return der(tbs.get(), ASN1_ITEM_rptr(SesSealTbs));
}

Result<QByteArray> SesSignature::toBeSigned() const
{
    auto tbs = make<TbsSign>(ASN1_ITEM_rptr(TbsSign));
    if (!tbs || !fillToSign(*tbs, *this))
        return encodingFailure("TBS_Sign");
    return der(tbs.get(), ASN1_ITEM_rptr(TbsSign));
}

Result<QByteArray> SesSignature::encode() const
{
    auto whole = make<SesSignatureAsn>(ASN1_ITEM_rptr(SesSignatureAsn));
    if (!whole || !fillToSign(*whole->toSign, *this) || !setString(whole->cert, certificate)
        || !setObject(whole->signatureAlgId, signatureAlgorithm) || !setBits(whole->signature, signature))
        return encodingFailure("SES_Signature");
    return der(whole.get(), ASN1_ITEM_rptr(SesSignatureAsn));
}

Result<SesSignature> SesSignature::decode(QByteArrayView bytes)
{
    const auto *in = reinterpret_cast<const unsigned char *>(bytes.data());
    const auto *start = in;
    Owned<SesSignatureAsn> asn(
        reinterpret_cast<SesSignatureAsn *>(
            ASN1_item_d2i(nullptr, &in, static_cast<long>(bytes.size()), ASN1_ITEM_rptr(SesSignatureAsn))),
        ItemDeleter<SesSignatureAsn>{ASN1_ITEM_rptr(SesSignatureAsn)});
    if (!asn)
        return OpenSsl::failure(tr("The electronic signature is not a GB/T 38540 SES_Signature."),
                                "d2i SES_Signature");
    if (in - start != bytes.size())
        return fail(ErrorCode::Corrupt, tr("The electronic signature is not a GB/T 38540 SES_Signature."),
                    QStringLiteral("%1 bytes after the SES_Signature").arg(bytes.size() - (in - start)));
    const TbsSign &tbs = *asn->toSign;
    const SesSealAsn &eseal = *tbs.eseal;
    const SesSealInfo &info = *eseal.sealInfo;
    if (integerOf(tbs.version) != SesSeal::Version || integerOf(info.header->version) != SesSeal::Version
        || bytesOf(info.header->id) != "ES")
        return fail(ErrorCode::Corrupt, tr("The electronic signature is of an unsupported version."),
                    QStringLiteral("TBS_Sign version %1, SES_Header %2 version %3")
                        .arg(integerOf(tbs.version))
                        .arg(QString::fromLatin1(bytesOf(info.header->id)))
                        .arg(integerOf(info.header->version)));

    SesSignature signature;
    SesSeal &seal = signature.seal;
    seal.vendorId = QString::fromUtf8(bytesOf(info.header->vid));
    seal.sealId = QString::fromUtf8(bytesOf(info.esId));
    seal.type = static_cast<int>(integerOf(info.property->type));
    seal.name = QString::fromUtf8(bytesOf(info.property->name));
    for (int i = 0; i < sk_ASN1_STRING_num(info.property->certList); ++i)
        seal.holderCertificates.append(bytesOf(sk_ASN1_STRING_value(info.property->certList, i)));
    seal.createdAt = timeOf(info.property->createDate);
    seal.validStart = timeOf(info.property->validStart);
    seal.validEnd = timeOf(info.property->validEnd);
    seal.picture = {bytesOf(info.picture->type), bytesOf(info.picture->data),
                    static_cast<int>(integerOf(info.picture->width)),
                    static_cast<int>(integerOf(info.picture->height))};
    seal.makerCertificate = bytesOf(eseal.cert);
    seal.signatureAlgorithm = oidOf(eseal.signAlgId);
    seal.makerSignature = bytesOf(eseal.signedValue);
    signature.signedAt = timeOf(tbs.timeInfo);
    signature.dataHash = bytesOf(tbs.dataHash);
    signature.propertyInfo = bytesOf(tbs.propertyInfo);
    signature.certificate = bytesOf(asn->cert);
    signature.signatureAlgorithm = oidOf(asn->signatureAlgId);
    signature.signature = bytesOf(asn->signature);
    return signature;
}

Result<QByteArray> SesSignature::derFromPem(QByteArrayView pem)
{
    OpenSsl::Certificate certificate = OpenSsl::readCertificate(pem);
    if (!certificate)
        return OpenSsl::failure(tr("The seal certificate cannot be read."), "PEM_read_bio_X509");
    unsigned char *out = nullptr;
    const int size = i2d_X509(certificate.get(), &out);
    if (size <= 0)
        return OpenSsl::failure(tr("The seal certificate cannot be read."), "i2d_X509");
    QByteArray bytes(reinterpret_cast<const char *>(out), size);
    OPENSSL_free(out);
    return bytes;
}

QByteArray SesSignature::pemFromDer(QByteArrayView der)
{
    const QByteArray base64 = der.toByteArray().toBase64();
    QByteArray pem = "-----BEGIN CERTIFICATE-----\n";
    for (qsizetype i = 0; i < base64.size(); i += 64)
        pem += base64.mid(i, 64) + '\n';
    return pem + "-----END CERTIFICATE-----\n";
}

} // namespace GovDesk::Core
