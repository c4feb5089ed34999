// Tests OfdExporter by reading its packages back with libzip and QXmlStreamReader: the package's
// structure (OFD.xml → Document.xml, MaxUnitID, PageArea, one page per composed page), text at
// the composed positions, every character in the embedded subset it names, the seal's picture,
// when the package is signed and when not (and why), and failures that leave nothing behind.
#include "../DocumentSamples.h"
#include "../SealSamples.h"
#include "DocumentComposer.h"
#include "OfdExporter.h"
#include "OfdSignatureVerifier.h"
#include "OfdTestReader.h"
#include "SealVerifier.h"
#include "TestProfile.h"

#include <QBuffer>
#include <QImage>
#include <QRawFont>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace GovDesk::Documents;
namespace Reading = GovDesk::Test::OfdReading;

namespace {

const QDateTime ExportedAt(QDate(2026, 3, 2), QTime(8, 0, 0), Qt::UTC);

OfficialDocument longNotice()
{
    OfficialDocument document = GovDesk::Test::fireNotice();
    QStringList body;
    for (int i = 0; i < 8; ++i)
        body << QStringLiteral("各地要压实森林防火责任，加强野外火源管控。").repeated(6);
    document.body = QStringLiteral("当前正值春季森林防火关键期。\n一、压实责任\n（一）加强巡查\n")
                    + body.join(QLatin1Char('\n'));
    return document;
}

struct Exported
{
    GovDesk::Core::Result<OfdExport> result;
    QHash<QString, QByteArray> files;
    QByteArray zip;
};

Exported exportOfd(const OfficialDocument &document, const OfdExportOptions &options = {})
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    OfdExportOptions withTime = options;
    if (!withTime.at.isValid())
        withTime.at = ExportedAt;
    Exported exported{OfdExporter::write(document, buffer, withTime), {}, buffer.data()};
    exported.files = Reading::unzip(buffer.data());
    return exported;
}

QString pagePath(const QHash<QString, QByteArray> &files, int index)
{
    const QStringList locations = Reading::attributes(files.value(QStringLiteral("Doc_0/Document.xml")),
                                                      u"Page", QStringLiteral("BaseLoc"));
    return QStringLiteral("Doc_0/") + locations.value(index);
}

// Font ID → the embedded file's bytes, from PublicRes.xml.
QHash<int, QByteArray> embeddedFonts(const QHash<QString, QByteArray> &files)
{
    QHash<int, QByteArray> fonts;
    const QByteArray publicRes = files.value(QStringLiteral("Doc_0/PublicRes.xml"));
    const QStringList ids = Reading::attributes(publicRes, u"Font", QStringLiteral("ID"));
    const QStringList fontFiles = Reading::texts(publicRes, u"FontFile");
    for (qsizetype i = 0; i < ids.size() && i < fontFiles.size(); ++i)
        fonts.insert(ids.at(i).toInt(), files.value(QStringLiteral("Doc_0/Res/") + fontFiles.at(i)));
    return fonts;
}

} // namespace

class TestOfdExporter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void writesAValidPackage()
    {
        const OfficialDocument document = longNotice();
        const Exported exported = exportOfd(document);
        GD_VERIFY(exported.result);
        QVERIFY(!exported.files.isEmpty());
        const OfficialFonts fonts;
        const QList<Page::ComposedPage> pages = DocumentComposer(fonts).compose(document);
        QCOMPARE(exported.result->pageCount, pages.size());
        QCOMPARE(exported.result->fonts.size(), 7);
        QVERIFY(!exported.result->embeddedFonts.isEmpty());

        // GOVDESK_KEEP_OFD=<folder> keeps the package for a look in an OFD reader.
        if (const QString keep = qEnvironmentVariable("GOVDESK_KEEP_OFD"); !keep.isEmpty()) {
            QFile kept(QDir(keep).filePath(QStringLiteral("documents-notice.ofd")));
            QVERIFY(kept.open(QIODevice::WriteOnly));
            kept.write(exported.zip);
        }

        for (auto it = exported.files.cbegin(); it != exported.files.cend(); ++it) {
            if (it.key().endsWith(QStringLiteral(".xml")))
                QVERIFY2(Reading::isOfdXml(*it), qPrintable(it.key()));
        }
        const QByteArray root = exported.files.value(QStringLiteral("OFD.xml"));
        QCOMPARE(Reading::texts(root, u"DocRoot"), QStringList{QStringLiteral("Doc_0/Document.xml")});
        QCOMPARE(Reading::texts(root, u"Title"), QStringList{document.title});
        QVERIFY(Reading::texts(root, u"Signatures").isEmpty()); // not sealed: nothing to sign
        QCOMPARE(Reading::attributes(root, u"OFD", QStringLiteral("Version")),
                 QStringList{QStringLiteral("1.0")});

        const QByteArray documentXml = exported.files.value(QStringLiteral("Doc_0/Document.xml"));
        QCOMPARE(Reading::texts(documentXml, u"PhysicalBox"), QStringList{QStringLiteral("0 0 210 297")});
        QCOMPARE(Reading::texts(documentXml, u"PublicRes"), QStringList{QStringLiteral("PublicRes.xml")});
        const QStringList pageIds = Reading::attributes(documentXml, u"Page", QStringLiteral("ID"));
        QCOMPARE(pageIds.size(), pages.size());
        for (int i = 0; i < pages.size(); ++i)
            QVERIFY2(exported.files.contains(pagePath(exported.files, i)),
                     qPrintable(pagePath(exported.files, i)));

        // IDs: unique across the document, and MaxUnitID at least the largest.
        const int maxUnitId = Reading::texts(documentXml, u"MaxUnitID").value(0).toInt();
        QSet<int> seen;
        for (auto it = exported.files.cbegin(); it != exported.files.cend(); ++it) {
            if (!it.key().endsWith(QStringLiteral(".xml")) || it.key() == QStringLiteral("OFD.xml"))
                continue;
            for (const QString &id : Reading::attributes(*it, u"", QStringLiteral("ID"))) {
                if (it.key().contains(QStringLiteral("Page_")) || it.key().contains(QStringLiteral("Res.xml"))
                    || it.key() == QStringLiteral("Doc_0/Document.xml")) {
                    QVERIFY2(!seen.contains(id.toInt()), qPrintable(QStringLiteral("ID %1 twice").arg(id)));
                    seen.insert(id.toInt());
                    QVERIFY2(id.toInt() >= 1 && id.toInt() <= maxUnitId, qPrintable(id));
                }
            }
        }
        QVERIFY2(seen.size() > 50, qPrintable(QString::number(seen.size())));

        // The fonts: each in PublicRes.xml with names and a file under Res/.
        const QByteArray publicRes = exported.files.value(QStringLiteral("Doc_0/PublicRes.xml"));
        QCOMPARE(Reading::attributes(publicRes, u"Res", QStringLiteral("BaseLoc")),
                 QStringList{QStringLiteral("Res")});
        const QStringList families = Reading::attributes(publicRes, u"Font", QStringLiteral("FamilyName"));
        QVERIFY(!families.isEmpty());
        for (const QString &family : fonts.families())
            QVERIFY2(families.contains(family),
                     qPrintable(family + QStringLiteral(" not in ") + families.join(u',')));
        QCOMPARE(Reading::attributes(publicRes, u"Font", QStringLiteral("FontName")).size(), families.size());
        for (const QString &file : Reading::texts(publicRes, u"FontFile"))
            QVERIFY2(exported.files.value(QStringLiteral("Doc_0/Res/") + file).size() > 1000,
                     qPrintable(file));
    }

    void placesTextWhereTheComposerPutIt()
    {
        const OfficialDocument document = longNotice();
        const Exported exported = exportOfd(document);
        GD_VERIFY(exported.result);
        const OfficialFonts fonts;
        const DocumentComposer composer(fonts);
        const QList<Page::ComposedPage> pages = composer.compose(document);
        int checkedGridSteps = 0;
        for (int p = 0; p < pages.size(); ++p) {
            const Reading::PageContent content
                = Reading::readPage(exported.files.value(pagePath(exported.files, p)));
            qsizetype next = 0;
            for (const Page::PlacedText &placed : pages.at(p).texts) {
                // A line is one text object per face; concatenated they are the line.
                QVERIFY2(next < content.texts.size(), qPrintable(placed.text));
                const Reading::TextObject &first = content.texts.at(next);
                QString joined;
                QList<double> xs;
                while (next < content.texts.size() && joined.size() < placed.text.size()) {
                    joined += content.texts.at(next).text;
                    xs += content.texts.at(next).characterX();
                    ++next;
                }
                QCOMPARE(joined, placed.text);
                const QString where = QStringLiteral("page %1 「%2」").arg(p + 1).arg(placed.text);
                QVERIFY2(qAbs(first.origin().x() - placed.origin.x()) < 0.01,
                         qPrintable(
                             where
                             + QStringLiteral(" x %1 vs %2").arg(first.origin().x()).arg(placed.origin.x())));
                QVERIFY2(qAbs(first.origin().y() - placed.origin.y()) < 0.01,
                         qPrintable(
                             where
                             + QStringLiteral(" y %1 vs %2").arg(first.origin().y()).arg(placed.origin.y())));
                // The size is the PDF's: whole pixels at 1200 dpi, within half a pixel of the points.
                QVERIFY2(qAbs(first.size - placed.pointSize * Page::MillimetresPerPoint) < 0.011,
                         qPrintable(where + QStringLiteral(" size %1").arg(first.size)));
                QCOMPARE(first.fill,
                         placed.color == Page::Red ? QStringLiteral("230 0 18") : QStringLiteral("0 0 0"));
                QCOMPARE(xs.size(), placed.text.toUcs4().size());
                // Characters advance by their width plus the grid spacing: Han characters of a
                // grid line sit one grid step (156 mm / 28) apart, as in the PDF.
                if (placed.spacing != 0) {
                    for (qsizetype i = 1; i < xs.size(); ++i) {
                        const QChar before = placed.text.at(i - 1);
                        if (before.script() != QChar::Script_Han || placed.text.size() != xs.size())
                            continue;
                        QVERIFY2(qAbs(xs.at(i) - xs.at(i - 1) - Page::CharacterPitch) < 0.01,
                                 qPrintable(where + QStringLiteral(" step %1").arg(xs.at(i) - xs.at(i - 1))));
                        ++checkedGridSteps;
                    }
                }
                // The line ends where the composer measured it (rounding of pixel sizes aside).
                const double measured = composer.width(placed.role, placed.text, placed.pointSize);
                const double lastStep = composer.width(placed.role, placed.text.right(1), placed.pointSize);
                QVERIFY2(qAbs(xs.constLast() + lastStep - (placed.origin.x() + measured)) < 0.3,
                         qPrintable(where
                                    + QStringLiteral(" ends at %1, composer %2")
                                          .arg(xs.constLast() + lastStep)
                                          .arg(placed.origin.x() + measured)));
            }
            QCOMPARE(next, content.texts.size());
            // Rules as stroked paths: the red separator on page 1, the 版记's rules on the last.
            QCOMPARE(content.paths.size(), pages.at(p).rules.size());
            for (qsizetype r = 0; r < content.paths.size(); ++r) {
                const Page::PlacedRule &rule = pages.at(p).rules.at(r);
                const Reading::PathObject &path = content.paths.at(r);
                QVERIFY(qAbs(path.boundary.left() - rule.from.x()) < 0.001);
                QVERIFY(qAbs(path.boundary.center().y() - rule.from.y()) < 0.001);
                QVERIFY(qAbs(path.boundary.width() - rule.length) < 0.001);
                QVERIFY(qAbs(path.lineWidth - rule.thickness) < 0.001);
                QCOMPARE(path.stroke,
                         rule.color == Page::Red ? QStringLiteral("230 0 18") : QStringLiteral("0 0 0"));
                QVERIFY(path.data.startsWith(QStringLiteral("M 0 ")));
            }
        }
        QVERIFY2(checkedGridSteps > 200, qPrintable(QString::number(checkedGridSteps)));
    }

    void embedsEveryCharacterInASubset()
    {
        const OfficialDocument document = longNotice();
        const Exported exported = exportOfd(document);
        GD_VERIFY(exported.result);
        const QHash<int, QByteArray> fontFiles = embeddedFonts(exported.files);
        QHash<int, QRawFont> subsets;
        for (auto it = fontFiles.cbegin(); it != fontFiles.cend(); ++it) {
            QRawFont subset(*it, 12);
            QVERIFY2(subset.isValid(), qPrintable(QStringLiteral("font %1 does not load").arg(it.key())));
            subsets.insert(it.key(), subset);
        }
        int characters = 0;
        for (int p = 0; p < exported.result->pageCount; ++p) {
            const Reading::PageContent content
                = Reading::readPage(exported.files.value(pagePath(exported.files, p)));
            for (const Reading::TextObject &text : content.texts) {
                QVERIFY2(subsets.contains(text.font), qPrintable(QStringLiteral("font %1").arg(text.font)));
                for (const char32_t c : text.text.toUcs4()) {
                    QVERIFY2(subsets.value(text.font).supportsCharacter(c),
                             qPrintable(QStringLiteral("U+%1 (%2) missing from font %3")
                                            .arg(uint(c), 4, 16, QLatin1Char('0'))
                                            .arg(QString::fromUcs4(&c, 1))
                                            .arg(text.font)));
                    ++characters;
                }
            }
        }
        QVERIFY(characters > 500);
        // Subsets: the used characters only, a small fraction of the whole face.
        const OfficialFonts fonts;
        const QRawFont body = QRawFont::fromFont(fonts.font(FontRole::Body));
        const qsizetype fullOutlines = body.fontTable("CFF ").size() + body.fontTable("glyf").size();
        QVERIFY(fullOutlines > 1000000);
        for (auto it = fontFiles.cbegin(); it != fontFiles.cend(); ++it) {
            QVERIFY2(it->size() < fullOutlines / 20,
                     qPrintable(QStringLiteral("font %1: %2 bytes").arg(it.key()).arg(it->size())));
            QVERIFY(!subsets.value(it.key()).supportsCharacter(U'龘'));
        }
    }

    void showsTheSealAndSignsOnlyWithTheDocumentsOwnSeal()
    {
        const GovDesk::Core::Sm2Credential authority = GovDesk::Test::sealAuthority();
        const SealKeyMaterial seal = GovDesk::Test::officeSeal(authority);
        auto sealed = DocumentSealer::seal(GovDesk::Test::fireNotice(), seal, GovDesk::Test::SealClerk,
                                           GovDesk::Test::SealCaStart.addDays(40));
        GD_VERIFY(sealed);

        // The sealing organisation's desktop: signed, and the signature verifies.
        const Exported signedExport = exportOfd(*sealed, {seal, ExportedAt});
        GD_VERIFY(signedExport.result);
        QVERIFY(signedExport.result->isSigned);
        QVERIFY(signedExport.result->unsignedReason.isEmpty());
        QCOMPARE(Reading::texts(signedExport.files.value(QStringLiteral("OFD.xml")), u"Signatures"),
                 QStringList{QStringLiteral("Doc_0/Signs/Signatures.xml")});
        auto verification = OfdSignatureVerifier::verify(signedExport.zip, seal.authorityCertificatePem);
        GD_VERIFY(verification);
        QVERIFY2(verification->isValid(), qPrintable(verification->signatures.value(0).problems.join(u';')));
        QVERIFY(verification->uncoveredFiles.isEmpty());

        // The seal's picture on the signature page, as an image resource.
        const QByteArray documentRes = signedExport.files.value(QStringLiteral("Doc_0/DocumentRes.xml"));
        const QStringList media = Reading::texts(documentRes, u"MediaFile");
        QCOMPARE(media.size(), 1);
        QCOMPARE(Reading::attributes(documentRes, u"MultiMedia", QStringLiteral("Format")),
                 QStringList{QStringLiteral("PNG")});
        const QImage picture
            = QImage::fromData(signedExport.files.value(QStringLiteral("Doc_0/Res/") + media.first()));
        QVERIFY(!picture.isNull());
        QVERIFY(picture.width() >= 400);
        QCOMPARE(picture.pixelColor(picture.width() / 2, picture.height() / 2).red(),
                 230);                                 // the star's centre
        QCOMPARE(picture.pixelColor(2, 2).alpha(), 0); // transparent around
        const QList<Page::ComposedPage> pages = DocumentComposer(OfficialFonts()).compose(*sealed);
        int images = 0;
        for (int p = 0; p < pages.size(); ++p) {
            const Reading::PageContent content
                = Reading::readPage(signedExport.files.value(pagePath(signedExport.files, p)));
            QCOMPARE(content.images.size(), pages.at(p).seals.size());
            for (qsizetype i = 0; i < content.images.size(); ++i) {
                const QRectF expected = pages.at(p).seals.at(i).bounds;
                QVERIFY(qAbs(content.images.at(i).boundary.left() - expected.left()) < 0.001);
                QVERIFY(qAbs(content.images.at(i).boundary.top() - expected.top()) < 0.001);
                QCOMPARE(content.images.at(i).ctm, QStringLiteral("42 0 0 42 0 0"));
                QCOMPARE(
                    content.images.at(i).resource,
                    Reading::attributes(documentRes, u"MultiMedia", QStringLiteral("ID")).value(0).toInt());
                // The stamp annotation on the same page, in the same place.
                const QString pageId
                    = Reading::attributes(signedExport.files.value(QStringLiteral("Doc_0/Document.xml")),
                                          u"Page", QStringLiteral("ID"))
                          .value(p);
                QCOMPARE(verification->signatures.value(0).stampPage, pageId.toInt());
                QVERIFY(qAbs(verification->signatures.value(0).stampBoundary.left() - expected.left())
                        < 0.001);
                ++images;
            }
        }
        QCOMPARE(images, 1);

        // Received from elsewhere (no seal on this computer): the picture, no Signs/, and why.
        const Exported received = exportOfd(*sealed);
        GD_VERIFY(received.result);
        QVERIFY(!received.result->isSigned);
        QVERIFY(!received.result->unsignedReason.isEmpty());
        QVERIFY(Reading::texts(received.files.value(QStringLiteral("OFD.xml")), u"Signatures").isEmpty());
        for (const QString &path : received.files.keys())
            QVERIFY2(!path.startsWith(QStringLiteral("Doc_0/Signs")), qPrintable(path));
        QVERIFY(received.files.contains(QStringLiteral("Doc_0/Res/") + media.first()));
        auto unsignedCheck = OfdSignatureVerifier::verify(received.zip);
        GD_VERIFY(unsignedCheck);
        QVERIFY(!unsignedCheck->isValid());

        // Another organisation's seal on this computer: not used.
        const SealKeyMaterial other = GovDesk::Test::officeSeal(authority);
        const Exported otherExport = exportOfd(*sealed, {other, ExportedAt});
        GD_VERIFY(otherExport.result);
        QVERIFY(!otherExport.result->isSigned);
        QVERIFY(otherExport.result->unsignedReason.contains(other.sealName));

        // Changed since 用印: never re-signed, even with the right key.
        OfficialDocument changed = *sealed;
        changed.body += QStringLiteral("另：各单位须于3月1日前上报。");
        const Exported changedExport = exportOfd(changed, {seal, ExportedAt});
        GD_VERIFY(changedExport.result);
        QVERIFY(!changedExport.result->isSigned);
        SealVerification tampered;
        tampered.status = SealStatus::Tampered;
        QVERIFY2(changedExport.result->unsignedReason.contains(tampered.statusText()),
                 qPrintable(changedExport.result->unsignedReason));
    }

    void refusesCharactersNoFontHas()
    {
        OfficialDocument document = GovDesk::Test::fireNotice();
        document.body += QString(QChar(0x0378)); // unassigned: in no font
        const QString path = m_dir.filePath(QStringLiteral("missing.ofd"));
        auto written = OfdExporter::write(document, path);
        QVERIFY(!written);
        QVERIFY2(written.error().message.contains(QChar(0x0378)), qPrintable(written.error().message));
        QVERIFY(!QFile::exists(path));
    }

    void aFailedExportLeavesNothingBehind()
    {
        const QString path = m_dir.filePath(QStringLiteral("missing-folder/notice.ofd"));
        auto written = OfdExporter::write(GovDesk::Test::fireNotice(), path);
        QVERIFY(!written);
        QVERIFY(!written.error().message.isEmpty());
        QVERIFY(!QFile::exists(path));

        const QString good = m_dir.filePath(QStringLiteral("notice.ofd"));
        GD_VERIFY(OfdExporter::write(GovDesk::Test::fireNotice(), good));
        QFile file(good);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(4).startsWith("PK"));
    }
};

QTEST_MAIN(TestOfdExporter)
#include "tst_ofdexporter.moc"
