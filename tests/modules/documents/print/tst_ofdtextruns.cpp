// Tests OfdTextRuns against how PageRenderer draws the PDF: grid lines glyph by glyph (advance
// at the PDF's pixel size plus the spacing), other lines as Qt shapes them, characters the face
// lacks in the fallback face Qt picks, characters no font has refused by name.
#include "OfdTextRuns.h"
#include "OfficialPage.h"
#include "PdfExporter.h"
#include "TestProfile.h"

#include <QFontDatabase>
#include <QFontMetricsF>
#include <QTest>

using namespace GovDesk::Documents;

namespace {

constexpr double DotsPerMillimetre = PdfExporter::Resolution / 25.4;

QFont deviceFont(const OfficialFonts &fonts, FontRole role, double pointSize)
{
    QFont font = fonts.font(role, pointSize);
    font.setPixelSize(qRound(pointSize * Page::MillimetresPerPoint * DotsPerMillimetre));
    return font;
}

} // namespace

class TestOfdTextRuns : public QObject
{
    Q_OBJECT

private slots:
    void gridLinesStepByAdvancePlusSpacing()
    {
        const OfficialFonts fonts;
        const OfdTextRuns runs(fonts, DotsPerMillimetre);
        const Page::PlacedText line{FontRole::Body, OfficialFonts::SizeNo3,
                                    QStringLiteral("当前正值春季森林防火关键期，"), QPointF(39.1429, 201.69),
                                    -0.0726};
        auto placed = runs.place(line);
        GD_VERIFY(placed);
        QCOMPARE(placed->size(), 1);
        const OfdGlyphRun &run = placed->constFirst();
        QCOMPARE(run.text, line.text);
        QCOMPARE(run.baseline, line.origin.y());
        QCOMPARE(run.face.familyName(), fonts.family(FontRole::Body));
        // PageRenderer: the raw font at the device's pixel size, glyph advances plus spacing.
        const QRawFont raw = QRawFont::fromFont(deviceFont(fonts, FontRole::Body, OfficialFonts::SizeNo3));
        const QList<QPointF> advances = raw.advancesForGlyphIndexes(raw.glyphIndexesForString(line.text));
        double x = line.origin.x();
        for (qsizetype i = 0; i < advances.size(); ++i) {
            QVERIFY2(qAbs(run.x.at(i) - x) < 1e-9,
                     qPrintable(QStringLiteral("%1: %2 vs %3").arg(i).arg(run.x.at(i)).arg(x)));
            x += advances.at(i).x() / DotsPerMillimetre + line.spacing;
        }
        QVERIFY(qAbs(run.size - 267 / DotsPerMillimetre) < 1e-9); // 16 pt at 1200 dpi, whole pixels
        QVERIFY(run.ascent > 0 && run.descent > 0);
    }

    void otherLinesAsQtShapesThem()
    {
        const OfficialFonts fonts;
        const OfdTextRuns runs(fonts, DotsPerMillimetre);
        const Page::PlacedText line{FontRole::PageNumber, OfficialFonts::SizeNo4, QStringLiteral("— 12 —"),
                                    QPointF(33.57, 276.1), 0};
        auto placed = runs.place(line);
        GD_VERIFY(placed);
        QCOMPARE(placed->size(), 1);
        const QFontMetricsF metrics(deviceFont(fonts, FontRole::PageNumber, OfficialFonts::SizeNo4));
        for (qsizetype i = 0; i < line.text.size(); ++i) {
            const double expected
                = line.origin.x() + metrics.horizontalAdvance(line.text.left(i)) / DotsPerMillimetre;
            QVERIFY2(
                qAbs(placed->constFirst().x.at(i) - expected) < 0.01,
                qPrintable(
                    QStringLiteral("%1: %2 vs %3").arg(i).arg(placed->constFirst().x.at(i)).arg(expected)));
        }
    }

    void takesFallbackFacesForCharactersTheFaceLacks()
    {
        const OfficialFonts fonts;
        const QRawFont body = QRawFont::fromFont(fonts.font(FontRole::Body));
        // A character the body face lacks and some installed font has.
        char32_t missing = 0;
        for (const char32_t candidate : {U'ʬ', U'₿', U'Ꙩ', U'⛄', U'Ꞵ', U'ᚠ'}) {
            if (body.supportsCharacter(candidate))
                continue;
            for (const QString &family : QFontDatabase::families()) {
                if (QRawFont::fromFont(QFont(family)).supportsCharacter(candidate)) {
                    missing = candidate;
                    break;
                }
            }
            if (missing)
                break;
        }
        if (!missing)
            QSKIP("no installed font has a character the body face lacks");
        const QString text = QStringLiteral("森林") + QString::fromUcs4(&missing, 1) + QStringLiteral("防火");
        const OfdTextRuns runs(fonts, DotsPerMillimetre);
        auto placed = runs.place({FontRole::Body, OfficialFonts::SizeNo3, text, QPointF(28, 60), -0.07});
        GD_VERIFY(placed);
        QCOMPARE(placed->size(), 3);
        QCOMPARE(placed->at(1).text, QString::fromUcs4(&missing, 1));
        QVERIFY(placed->at(1).face.supportsCharacter(missing));
        QVERIFY(placed->at(1).face.familyName() != body.familyName());
        QCOMPARE(placed->at(2).face.familyName(), body.familyName());
        // One line still: each run starts where the one before ends.
        QVERIFY(qAbs(placed->at(1).x.constFirst()
                     - (placed->at(0).x.constLast() + placed->at(0).advances.constLast() - 0.07))
                < 1e-9);
    }

    void refusesCharactersNoFontHas()
    {
        const OfficialFonts fonts;
        const OfdTextRuns runs(fonts, DotsPerMillimetre);
        const QString text = QStringLiteral("森林") + QChar(0x0378) + QStringLiteral("防火");
        auto placed = runs.place({FontRole::Body, OfficialFonts::SizeNo3, text, QPointF(28, 60), 0});
        QVERIFY(!placed);
        QVERIFY(placed.error().message.contains(QChar(0x0378)));
    }
};

QTEST_MAIN(TestOfdTextRuns)
#include "tst_ofdtextruns.moc"
