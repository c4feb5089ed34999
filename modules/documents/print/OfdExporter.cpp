#include "OfdExporter.h"

#include "AtomicFile.h"

#include "DocumentComposer.h"
#include "DocumentsLogging.h"
#include "OfdContent.h"
#include "OfdFonts.h"
#include "OfdPackage.h"
#include "OfdSignature.h"
#include "OfdTextRuns.h"
#include "OfdXml.h"
#include "PdfExporter.h"
#include "SealImage.h"
#include "SealRecord.h"
#include "SealVerifier.h"

#include <QBuffer>
#include <QPainter>
#include <QUuid>
#include <QXmlStreamWriter>

namespace GovDesk::Documents {

namespace {

struct Signing
{
    const Core::SealKeyMaterial *key = nullptr; // sign with this one
    QString reason;                             // else why not (empty: nothing to sign)
};

Signing decideSigning(const OfficialDocument &document, const OfdExportOptions &options)
{
    if (!document.seal.sealed)
        return {};
    if (document.seal.signature.isEmpty())
        return {nullptr, OfdExporter::tr("The seal of this document has no electronic signature, so the OFD "
                                         "shows the seal's picture without a signature.")};
    if (!options.sealKey)
        return {nullptr, OfdExporter::tr("This computer does not hold the seal that sealed this document (a "
                                         "document from another organisation, or you are not its signatory): "
                                         "the OFD shows the seal's picture without a signature.")};
    const Core::SealKeyMaterial &key = *options.sealKey;
    auto record = SealRecord::fromJson(document.seal.signature);
    if (!record || record->sealId != key.sealId || record->certificatePem != key.certificatePem)
        return {nullptr,
                OfdExporter::tr("This document was sealed with another seal than %1's: the OFD shows "
                                "the seal's picture without a signature.")
                    .arg(key.sealName)};
    auto verification = SealVerifier::verify(document, key.authorityCertificatePem, key.organisationId);
    if (!verification || verification->status != SealStatus::Valid)
        return {nullptr, OfdExporter::tr("The seal of this document does not verify (%1), so the OFD is not "
                                         "signed.")
                             .arg(verification ? verification->statusText() : verification.error().message)};
    return {&key, {}};
}

QByteArray sealPicture(const Page::PlacedSeal &seal)
{
    const QSize size = (seal.bounds.size() * OfdExporter::SealPixelsPerMillimetre).toSize();
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    const int dotsPerMetre = qRound(OfdExporter::SealPixelsPerMillimetre * 1000);
    image.setDotsPerMeterX(dotsPerMetre);
    image.setDotsPerMeterY(dotsPerMetre);
    {
        QPainter painter(&image);
        SealImage::paint(painter, QRectF(QPointF(0, 0), QSizeF(size)), seal.organisation, seal.sealName);
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

void startDocument(QXmlStreamWriter &xml, const QString &root)
{
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeNamespace(Ofd::Namespace, Ofd::Prefix);
    xml.writeStartElement(Ofd::Namespace, root);
}

QByteArray rootXml(const OfficialDocument &document, bool withSignatures, const QDateTime &at)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    startDocument(xml, QStringLiteral("OFD"));
    xml.writeAttribute(QStringLiteral("Version"), QStringLiteral("1.0"));
    xml.writeAttribute(QStringLiteral("DocType"), QStringLiteral("OFD"));
    xml.writeStartElement(Ofd::Namespace, QStringLiteral("DocBody"));
    xml.writeStartElement(Ofd::Namespace, QStringLiteral("DocInfo"));
    xml.writeTextElement(Ofd::Namespace, QStringLiteral("DocID"), QUuid::createUuid().toString(QUuid::Id128));
    if (!document.title.isEmpty())
        xml.writeTextElement(Ofd::Namespace, QStringLiteral("Title"), document.title);
    if (!document.issuerName.isEmpty())
        xml.writeTextElement(Ofd::Namespace, QStringLiteral("Author"), document.issuerName);
    xml.writeTextElement(Ofd::Namespace, QStringLiteral("CreationDate"), at.date().toString(Qt::ISODate));
    xml.writeTextElement(Ofd::Namespace, QStringLiteral("Creator"), QStringLiteral("GovDesk"));
    xml.writeTextElement(Ofd::Namespace, QStringLiteral("CreatorVersion"), QStringLiteral(GOVDESK_VERSION));
    xml.writeEndElement(); // DocInfo
    xml.writeTextElement(Ofd::Namespace, QStringLiteral("DocRoot"), Ofd::DocumentPath);
    if (withSignatures)
        xml.writeTextElement(Ofd::Namespace, QStringLiteral("Signatures"), Ofd::SignaturesPath);
    xml.writeEndElement(); // DocBody
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

QByteArray documentXml(int maxUnitId, const QList<int> &pageIds, bool withDocumentRes)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    startDocument(xml, QStringLiteral("Document"));
    xml.writeStartElement(Ofd::Namespace, QStringLiteral("CommonData"));
    xml.writeTextElement(Ofd::Namespace, QStringLiteral("MaxUnitID"), QString::number(maxUnitId));
    xml.writeStartElement(Ofd::Namespace, QStringLiteral("PageArea"));
    xml.writeTextElement(Ofd::Namespace, QStringLiteral("PhysicalBox"),
                         Ofd::box(QRectF(0, 0, Page::Width, Page::Height)));
    xml.writeEndElement();
    xml.writeTextElement(Ofd::Namespace, QStringLiteral("PublicRes"), QStringLiteral("PublicRes.xml"));
    if (withDocumentRes)
        xml.writeTextElement(Ofd::Namespace, QStringLiteral("DocumentRes"),
                             QStringLiteral("DocumentRes.xml"));
    xml.writeEndElement(); // CommonData
    xml.writeStartElement(Ofd::Namespace, QStringLiteral("Pages"));
    for (qsizetype i = 0; i < pageIds.size(); ++i) {
        xml.writeStartElement(Ofd::Namespace, QStringLiteral("Page"));
        xml.writeAttribute(QStringLiteral("ID"), QString::number(pageIds.at(i)));
        xml.writeAttribute(QStringLiteral("BaseLoc"), Ofd::pageLocation(static_cast<int>(i)));
        xml.writeEndElement();
    }
    xml.writeEndElement(); // Pages
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

QByteArray publicResXml(const QList<OfdEmbeddedFont> &fonts)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    startDocument(xml, QStringLiteral("Res"));
    xml.writeAttribute(QStringLiteral("BaseLoc"), Ofd::ResFolder);
    xml.writeStartElement(Ofd::Namespace, QStringLiteral("Fonts"));
    for (const OfdEmbeddedFont &font : fonts) {
        xml.writeStartElement(Ofd::Namespace, QStringLiteral("Font"));
        xml.writeAttribute(QStringLiteral("ID"), QString::number(font.id));
        xml.writeAttribute(QStringLiteral("FontName"), font.fontName);
        xml.writeAttribute(QStringLiteral("FamilyName"), font.familyName);
        if (font.bold)
            xml.writeAttribute(QStringLiteral("Bold"), QStringLiteral("true"));
        xml.writeTextElement(Ofd::Namespace, QStringLiteral("FontFile"), font.fileName);
        xml.writeEndElement();
    }
    xml.writeEndElement(); // Fonts
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

struct SealPicture
{
    int id = 0;
    QString fileName;
    QByteArray png;
};

QByteArray documentResXml(const QList<SealPicture> &pictures)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    startDocument(xml, QStringLiteral("Res"));
    xml.writeAttribute(QStringLiteral("BaseLoc"), Ofd::ResFolder);
    xml.writeStartElement(Ofd::Namespace, QStringLiteral("MultiMedias"));
    for (const SealPicture &picture : pictures) {
        xml.writeStartElement(Ofd::Namespace, QStringLiteral("MultiMedia"));
        xml.writeAttribute(QStringLiteral("ID"), QString::number(picture.id));
        xml.writeAttribute(QStringLiteral("Type"), QStringLiteral("Image"));
        xml.writeAttribute(QStringLiteral("Format"), QStringLiteral("PNG"));
        xml.writeTextElement(Ofd::Namespace, QStringLiteral("MediaFile"), picture.fileName);
        xml.writeEndElement();
    }
    xml.writeEndElement(); // MultiMedias
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

QString describe(const OfdEmbeddedFont &font)
{
    return OfdExporter::tr("%1 %2: %n character(s) embedded, %3 KB", nullptr, font.characters)
        .arg(font.familyName, font.styleName)
        .arg((font.subset.size() + 1023) / 1024);
}

} // namespace

Core::Result<OfdExport> OfdExporter::write(const OfficialDocument &document, QIODevice &device,
                                           const OfdExportOptions &options)
{
    const QDateTime at = options.at.isValid() ? options.at.toUTC() : QDateTime::currentDateTimeUtc();
    const OfficialFonts fonts;
    const DocumentComposer composer(fonts);
    const QList<Page::ComposedPage> pages = options.header ? composer.compose(document, *options.header)
                                                           : composer.compose(document);
    const Signing signing = decideSigning(document, options);

    Ofd::Ids ids;
    QList<int> pageIds;
    for (qsizetype i = 0; i < pages.size(); ++i)
        pageIds.append(ids.next());
    // One picture per distinct seal (a document has one; its pages share the resource).
    QList<SealPicture> pictures;
    QHash<QString, int> pictureOf;
    std::optional<OfdStamp> stamp;
    QList<QList<int>> sealImages(pages.size());
    for (qsizetype i = 0; i < pages.size(); ++i) {
        for (const Page::PlacedSeal &seal : pages.at(i).seals) {
            const QString key = seal.organisation + QLatin1Char('\n') + seal.sealName;
            if (!pictureOf.contains(key)) {
                const int id = ids.next();
                pictures.append({id, QStringLiteral("seal_%1.png").arg(id), sealPicture(seal)});
                pictureOf.insert(key, static_cast<int>(pictures.size() - 1));
            }
            const SealPicture &picture = pictures.at(pictureOf.value(key));
            sealImages[i].append(picture.id);
            if (!stamp)
                stamp = OfdStamp{pageIds.at(i), seal.bounds, picture.png};
        }
    }

    OfdPackage package;
    OfdFonts embedded;
    const OfdTextRuns runs(fonts, PdfExporter::Resolution / 25.4);
    OfdContent content(runs, embedded, ids);
    QList<QByteArray> contents;
    for (qsizetype i = 0; i < pages.size(); ++i) {
        auto page = content.write(pages.at(i), sealImages.at(i));
        if (!page)
            return std::unexpected(page.error());
        contents.append(*page);
    }
    auto subsets = embedded.embed();
    if (!subsets)
        return std::unexpected(subsets.error());

    const bool signs = signing.key && stamp;
    QString unsignedReason = signing.reason;
    if (signing.key && !stamp)
        unsignedReason
            = tr("The document has no signature block to press the seal on, so the OFD is not signed.");
    package.add(Ofd::RootPath, rootXml(document, signs, at));
    package.add(Ofd::DocumentPath, documentXml(ids.last(), pageIds, !pictures.isEmpty()));
    package.add(Ofd::PublicResPath, publicResXml(*subsets));
    if (!pictures.isEmpty())
        package.add(Ofd::DocumentResPath, documentResXml(pictures));
    for (qsizetype i = 0; i < contents.size(); ++i)
        package.add(Ofd::DocumentFolder + QLatin1Char('/') + Ofd::pageLocation(static_cast<int>(i)),
                    contents.at(i));
    const QString res = Ofd::DocumentFolder + QLatin1Char('/') + Ofd::ResFolder + QLatin1Char('/');
    for (const OfdEmbeddedFont &font : std::as_const(*subsets))
        package.add(res + font.fileName, font.subset);
    for (const SealPicture &picture : std::as_const(pictures))
        package.add(res + picture.fileName, picture.png);
    if (signs)
        GD_TRY(OfdSignature::sign(package, *signing.key, *stamp, at));

    auto zip = package.toZip();
    if (!zip)
        return std::unexpected(zip.error());
    if (device.write(*zip) != zip->size())
        return Core::fail(Core::ErrorCode::Io,
                          tr("The OFD could not be written: %1").arg(device.errorString()));

    OfdExport result{static_cast<int>(pages.size()),
                     fonts.describe(),
                     {},
                     signs,
                     signs ? signing.key->sealName : QString(),
                     unsignedReason};
    for (const OfdEmbeddedFont &font : std::as_const(*subsets))
        result.embeddedFonts << describe(font);
    qCInfo(lcDocuments).noquote() << "OFD of" << pages.size() << "pages," << subsets->size()
                                  << "fonts embedded," << (signs ? "signed with" : "not signed")
                                  << (signs ? signing.key->sealId : QString());
    return result;
}

Core::Result<OfdExport> OfdExporter::write(const OfficialDocument &document, const QString &path,
                                           const OfdExportOptions &options)
{
    return AtomicFile::write(path, [&](QIODevice &file) { return write(document, file, options); });
}

} // namespace GovDesk::Documents
