// Tests DocumentComposer: the GB/T 9704 page — 28 characters a line and 22 lines a page, the
// 版头's positions, paragraphs indented two characters, closing punctuation never starting a
// line, page numbers odd right / even left, and the 版记 at the foot of the last, even page.
#include "../DocumentSamples.h"
#include "DocumentComposer.h"

#include <QGuiApplication>
#include <QTest>

using namespace GovDesk::Documents;
using namespace GovDesk::Documents::Page;

namespace {

// A document of `paragraphs` paragraphs of 300 characters each: several pages of 正文.
OfficialDocument longDocument(int paragraphs)
{
    OfficialDocument document = GovDesk::Test::fireNotice();
    QStringList body;
    for (int i = 0; i < paragraphs; ++i)
        body << QStringLiteral("各地要压实森林防火责任，加强野外火源管控。").repeated(15);
    document.body = body.join(QLatin1Char('\n'));
    return document;
}

const PlacedText *findText(const ComposedPage &page, const QString &text)
{
    for (const PlacedText &placed : page.texts) {
        if (placed.text == text)
            return &placed;
    }
    return nullptr;
}

const PlacedText *startingWith(const ComposedPage &page, const QString &prefix)
{
    for (const PlacedText &placed : page.texts) {
        if (placed.text.startsWith(prefix))
            return &placed;
    }
    return nullptr;
}

} // namespace

class TestDocumentComposer : public QObject
{
    Q_OBJECT

    OfficialFonts m_fonts;

private slots:
    void twentyEightCharactersFillALine()
    {
        const DocumentComposer composer(m_fonts);
        const QString line = QStringLiteral("国").repeated(CharactersPerLine);
        QCOMPARE(qRound(composer.width(FontRole::Body, line) * 100), qRound(TextWidth * 100));
        const QStringList lines
            = composer.breakLines(FontRole::Body, line + QStringLiteral("国"), TextWidth, TextWidth);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.first().size(), CharactersPerLine);
        // Two characters in for a paragraph's first line: 26 fit there.
        const QStringList indented
            = composer.breakLines(FontRole::Body, line, TextWidth - 2 * CharacterPitch, TextWidth);
        QCOMPARE(indented.first().size(), CharactersPerLine - 2);
    }

    void closingPunctuationNeverStartsALine()
    {
        const DocumentComposer composer(m_fonts);
        const QString text = QStringLiteral("国").repeated(CharactersPerLine) + QStringLiteral("。下一句");
        const QStringList lines = composer.breakLines(FontRole::Body, text, TextWidth, TextWidth);
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.first().endsWith(QStringLiteral("。")));
        QCOMPARE(lines.at(1), QStringLiteral("下一句"));
    }

    void theHeaderSitsWhereTheStandardPutsIt()
    {
        const QList<ComposedPage> pages = DocumentComposer(m_fonts).compose(GovDesk::Test::fireNotice());
        QVERIFY(!pages.isEmpty());
        const ComposedPage &first = pages.first();
        const PlacedText *mark = findText(first, QStringLiteral("柳州市人民政府办公室文件"));
        QVERIFY(mark);
        QCOMPARE(mark->color, Red);
        QVERIFY(mark->origin.y() > Top + 35); // its top edge 35 mm under the 版心's
        QVERIFY(mark->origin.x() >= Left - 0.01);
        const PlacedText *urgency = findText(first, QStringLiteral("加急"));
        QVERIFY(urgency);
        QCOMPARE(urgency->origin.x(), Left); // top left, flush
        const PlacedText *number = findText(first, QStringLiteral("柳政办发〔2026〕12号"));
        QVERIFY(number);
        QVERIFY(number->origin.y() > mark->origin.y() + 2 * LinePitch);
        // A downward document's number is centred; the red rule 4 mm under it spans the 版心.
        const DocumentComposer composer(m_fonts);
        const double numberWidth = composer.width(FontRole::Body, number->text);
        QVERIFY(qAbs(number->origin.x() + numberWidth / 2 - (Left + TextWidth / 2)) < 0.5);
        QCOMPARE(first.rules.first().color, Red);
        QCOMPARE(first.rules.first().length, TextWidth);
        QVERIFY(first.rules.first().from.y() > number->origin.y());
        // Title under the rule, then 主送 flush left with a full-width colon.
        const PlacedText *title = startingWith(first, QStringLiteral("柳州市人民政府办公室关于"));
        QVERIFY(title);
        QCOMPARE(title->role, FontRole::Title);
        QVERIFY(title->origin.y() > first.rules.first().from.y() + 2 * LinePitch - 1);
        const PlacedText *recipients = startingWith(first, QStringLiteral("各县、区人民政府"));
        QVERIFY(recipients);
        QCOMPARE(recipients->origin.x(), Left);
        QVERIFY(recipients->text.endsWith(QStringLiteral("：")));
        const PlacedText *body = startingWith(first, QStringLiteral("当前正值"));
        QVERIFY(body);
        QCOMPARE(body->origin.x(), Left + 2 * CharacterPitch);
    }

    void anUpwardDocumentNamesItsSignerOnTheNumbersLine()
    {
        OfficialDocument request = GovDesk::Test::luzhaiRequestDraft();
        request.documentNumber = QStringLiteral("鹿政呈〔2026〕3号");
        request.signers = {QStringLiteral("李明")};
        const ComposedPage first = DocumentComposer(m_fonts).compose(request).first();
        const PlacedText *number = findText(first, request.documentNumber);
        const PlacedText *signer = findText(first, QStringLiteral("李明"));
        QVERIFY(number && signer);
        QCOMPARE(number->origin.x(), Left + CharacterPitch); // left, one character in
        QCOMPARE(signer->origin.y(), number->origin.y());
        QCOMPARE(signer->role, FontRole::Heading2); // the names in 楷体
        QVERIFY(findText(first, QStringLiteral("签发人：")));
    }

    void aPendingNumberSaysSo()
    {
        const ComposedPage first
            = DocumentComposer(m_fonts).compose(GovDesk::Test::luzhaiRequestDraft()).first();
        QVERIFY(findText(first, QStringLiteral("〔待编号〕")));
    }

    void pagesHoldTwentyTwoLinesAndAreNumbered()
    {
        const QList<ComposedPage> pages = DocumentComposer(m_fonts).compose(longDocument(40));
        QVERIFY(pages.size() >= 10);
        for (const ComposedPage &page : pages) {
            for (const PlacedText &text : page.texts) {
                if (text.role == FontRole::PageNumber && text.text.startsWith(QStringLiteral("—")))
                    continue;
                QVERIFY2(text.origin.y() < Top + TextHeight, qPrintable(text.text));
                QVERIFY2(text.origin.x() + 0.01 >= Left, qPrintable(text.text));
            }
            if (page.number == 0)
                continue;
            const PlacedText *number = findText(page, QStringLiteral("— %1 —").arg(page.number));
            QVERIFY(number);
            QVERIFY(number->origin.y() > Top + TextHeight + PageNumberGap);
            if (page.number % 2 == 1)
                QVERIFY(number->origin.x() > Left + TextWidth / 2); // odd: right
            else
                QCOMPARE(number->origin.x(), Left + CharacterPitch); // even: left, one character in
        }
        // A full body page has its 22 lines and no more.
        int bodyLines = 0;
        for (const PlacedText &text : pages.at(2).texts)
            bodyLines += text.role == FontRole::Body ? 1 : 0;
        QCOMPARE(bodyLines, LinesPerPage);
    }

    void theRecordClosesTheLastEvenPage()
    {
        for (const int paragraphs : {1, 2, 3, 5, 8}) {
            const QList<ComposedPage> pages = DocumentComposer(m_fonts).compose(longDocument(paragraphs));
            QCOMPARE(pages.size() % 2, 0);
            const ComposedPage &last = pages.last();
            const PlacedText *copyTo = startingWith(last, QStringLiteral("抄送："));
            QVERIFY2(copyTo, qPrintable(QString::number(paragraphs)));
            const PlacedText *printed = startingWith(last, QStringLiteral("2026年2月28日印发"));
            QVERIFY(printed);
            // The last rule lies on the 版心's lower edge; the 印发 line just above it.
            QCOMPARE(last.rules.last().from.y(), Top + TextHeight);
            QCOMPARE(last.rules.last().thickness, RecordRuleThick);
            QVERIFY(printed->origin.y() > Top + TextHeight - LinePitch);
            QVERIFY(copyTo->origin.y() < printed->origin.y());
            QCOMPARE(copyTo->origin.x(), Left + CharacterPitch);
        }
    }

    void theSealIsPressedOverTheSignature()
    {
        OfficialDocument sealed = GovDesk::Test::fireNotice();
        sealed.seal.sealed = true;
        const QList<ComposedPage> pages = DocumentComposer(m_fonts).compose(sealed);
        const auto withSeal
            = std::ranges::find_if(pages, [](const ComposedPage &page) { return !page.seals.isEmpty(); });
        QVERIFY(withSeal != pages.end());
        const ComposedPage &page = *withSeal;
        QCOMPARE(page.seals.size(), 1);
        const PlacedSeal &seal = page.seals.first();
        QCOMPARE(seal.bounds.width(), SealDiameter);
        QCOMPARE(seal.organisation, QStringLiteral("柳州市人民政府办公室"));
        const PlacedText *date = findText(page, QStringLiteral("2026年2月27日"));
        const PlacedText *name = startingWith(page, QStringLiteral("柳州市人民政府办公室")); // the 署名 line
        QVERIFY(date && name);
        // The date four characters from the right, the seal centred on it and over both lines.
        const DocumentComposer composer(m_fonts);
        QVERIFY(qAbs(date->origin.x() + composer.width(FontRole::Body, date->text)
                     - (Left + TextWidth - 4 * CharacterPitch))
                < 0.01);
        QVERIFY(qAbs(seal.bounds.center().x()
                     - (date->origin.x() + composer.width(FontRole::Body, date->text) / 2))
                < 0.01);
        QVERIFY(seal.bounds.top() < date->origin.y() && seal.bounds.bottom() > date->origin.y());
        QVERIFY(seal.bounds.center().y() < date->origin.y());
        // Unsealed: no seal.
        for (const ComposedPage &unsealed : DocumentComposer(m_fonts).compose(GovDesk::Test::fireNotice()))
            QVERIFY(unsealed.seals.isEmpty());
    }

    void headingsTakeTheirTypefaces()
    {
        OfficialDocument document = GovDesk::Test::fireNotice();
        document.body = QStringLiteral("一、总体要求\n（一）压实责任\n各地要落实责任。");
        const ComposedPage first = DocumentComposer(m_fonts).compose(document).first();
        QCOMPARE(findText(first, QStringLiteral("一、总体要求"))->role, FontRole::Heading1);
        QCOMPARE(findText(first, QStringLiteral("（一）压实责任"))->role, FontRole::Heading2);
        QCOMPARE(findText(first, QStringLiteral("各地要落实责任。"))->role, FontRole::Body);
    }

    void fontsSayWhatTheyUsed()
    {
        const QStringList used = m_fonts.describe();
        QCOMPARE(used.size(), 7);
        // This machine has the free fallbacks (install-deps.sh), not the government fonts.
        QVERIFY(!m_fonts.family(FontRole::Body).isEmpty());
        QVERIFY(OfficialFonts::preferences(FontRole::Body).contains(m_fonts.family(FontRole::Body)));
        QVERIFY(OfficialFonts::preferences(FontRole::Heading2).contains(QStringLiteral("AR PL UKai CN")));
    }
};

QTEST_MAIN(TestDocumentComposer)
#include "tst_documentcomposer.moc"
