// Tests OfdFonts with the faces OfficialFonts picks: one ID per face whatever the size, subsets
// holding exactly the characters used (read back with QRawFont), small beside the whole face,
// named as the face names itself.
#include "OfdFonts.h"
#include "OfficialFonts.h"
#include "TestProfile.h"

#include <QTest>

using namespace GovDesk::Documents;

class TestOfdFonts : public QObject
{
    Q_OBJECT

private slots:
    void oneIdPerFace()
    {
        const OfficialFonts fonts;
        Ofd::Ids ids;
        OfdFonts embedded;
        const QRawFont body = QRawFont::fromFont(fonts.font(FontRole::Body));
        const QRawFont bodyLarge = QRawFont::fromFont(fonts.font(FontRole::Body, 22));
        const QRawFont title = QRawFont::fromFont(fonts.font(FontRole::Title));
        const int id = embedded.idOf(body, ids);
        QCOMPARE(embedded.idOf(bodyLarge, ids), id);
        QVERIFY(embedded.idOf(title, ids) != id); // bold (the 小标宋 stand-in), another face
        QCOMPARE(ids.last(), 2);
    }

    void embedsSubsetsOfTheCharactersUsed()
    {
        const OfficialFonts fonts;
        Ofd::Ids ids;
        OfdFonts embedded;
        const QRawFont body = QRawFont::fromFont(fonts.font(FontRole::Body));
        const QRawFont kai = QRawFont::fromFont(fonts.font(FontRole::Heading2));
        const QString text = QStringLiteral("柳州市人民政府办公室关于做好2026年春季森林防火工作的通知（一）");
        const int bodyId = embedded.idOf(body, ids);
        const int kaiId = embedded.idOf(kai, ids);
        embedded.use(bodyId, text);
        embedded.use(kaiId, QStringLiteral("（一）加强巡查"));
        auto subsets = embedded.embed();
        GD_VERIFY(subsets);
        QCOMPARE(subsets->size(), 2);
        for (const OfdEmbeddedFont &font : std::as_const(*subsets)) {
            const QRawFont loaded(font.subset, 12);
            QVERIFY2(loaded.isValid(), qPrintable(font.fileName));
            const QString used = font.id == bodyId ? text : QStringLiteral("（一）加强巡查");
            for (const char32_t c : used.toUcs4())
                QVERIFY2(loaded.supportsCharacter(c), qPrintable(QString::fromUcs4(&c, 1)));
            QVERIFY(!loaded.supportsCharacter(U'龘'));
            QVERIFY(!loaded.supportsCharacter(U'鹿'));
            const QList<uint> codePoints = used.toUcs4();
            QCOMPARE(font.characters,
                     static_cast<int>(QSet<uint>(codePoints.cbegin(), codePoints.cend()).size()));
            QVERIFY2(font.subset.size() * 50 < font.fullSize, qPrintable(QStringLiteral("%1: %2 of %3 bytes")
                                                                             .arg(font.fileName)
                                                                             .arg(font.subset.size())
                                                                             .arg(font.fullSize)));
            QCOMPARE(font.familyName, font.id == bodyId ? body.familyName() : kai.familyName());
            QVERIFY(!font.fontName.isEmpty());
            QVERIFY(!font.fontName.contains(QLatin1Char(' '))); // a PostScript name
            QVERIFY(font.fileName.startsWith(QStringLiteral("font_%1.").arg(font.id)));
        }
        // Noto CJK has CFF outlines (.otf); AR PL UKai, where installed, TrueType ones.
        if (body.familyName().startsWith(QStringLiteral("Noto")))
            QVERIFY(subsets->at(0).fileName.endsWith(QStringLiteral(".otf")));
        if (kai.familyName() == QStringLiteral("AR PL UKai CN"))
            QVERIFY(subsets->at(1).fileName.endsWith(QStringLiteral(".ttf")));
    }
};

QTEST_MAIN(TestOfdFonts)
#include "tst_ofdfonts.moc"
