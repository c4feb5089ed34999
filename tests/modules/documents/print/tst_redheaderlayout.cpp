// Tests the 版头 of each GB/T 9704 format as DocumentComposer lays it out from a 套红 template,
// in millimetres against the standard's figures: 文件 (7.2.3–7.2.6), 信函 (10.1), 命令 (10.2) and
// 纪要 (10.3); and which template a document gets (its organisation's for its type, else its own
// 发文机关标志).
#include "../DocumentSamples.h"
#include "DocumentComposer.h"
#include "RedHeaderLayout.h"
#include "RedHeaderSelection.h"
#include "TestProfile.h"

#include <QGuiApplication>
#include <QTest>

using namespace GovDesk::Core;
using namespace GovDesk::Documents;
using namespace GovDesk::Documents::Page;

namespace {

constexpr double Tolerance = 0.01; // mm

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

// The top and foot edges of a text's characters (the ideographic em box).
double topOf(const PlacedText &text)
{
    return text.origin.y() - EmAbove * emHeight(text.pointSize);
}

double footOf(const PlacedText &text)
{
    return text.origin.y() + EmBelow * emHeight(text.pointSize);
}

double upperEdge(const PlacedRule &rule)
{
    return rule.from.y() - rule.thickness / 2;
}

double lowerEdge(const PlacedRule &rule)
{
    return rule.from.y() + rule.thickness / 2;
}

int gridLineOf(double baseline)
{
    return static_cast<int>((baseline - Top) / LinePitch);
}

bool near(double a, double b)
{
    return qAbs(a - b) < Tolerance;
}

} // namespace

class TestRedHeaderLayout : public QObject
{
    Q_OBJECT

    OfficialFonts m_fonts;

    QList<ComposedPage> compose(const OfficialDocument &document, const RedHeaderTemplate &header) const
    {
        return DocumentComposer(m_fonts).compose(document, header);
    }

private slots:
    void theFileFormat()
    {
        RedHeaderTemplate header
            = RedHeaderTemplate::standard(DocumentFormat::File, QStringLiteral("柳州市人民政府办公室文件"));
        header.colour = QStringLiteral("#C00000");
        const ComposedPage first = compose(GovDesk::Test::fireNotice(), header).first();
        const PlacedText *mark = findText(first, header.markText);
        QVERIFY(mark);
        // 7.2.3: the mark's top 35 mm under the 版心's, centred, no wider than the 版心, red.
        QVERIFY2(near(topOf(*mark), Top + 35), qPrintable(QString::number(topOf(*mark))));
        QCOMPARE(mark->color, QColor(QStringLiteral("#C00000")));
        QCOMPARE(mark->role, FontRole::IssuerMark);
        const DocumentComposer composer(m_fonts);
        const double markWidth = composer.width(FontRole::IssuerMark, mark->text, mark->pointSize);
        QVERIFY(markWidth <= TextWidth + Tolerance);
        QVERIFY(near(mark->origin.x() + markWidth / 2, Left + TextWidth / 2));
        QVERIFY(mark->pointSize <= header.markMaxPointSize);
        // 7.2.4: the 发文字号 two lines under the mark; 7.2.6: the rule 4 mm under it, as wide as
        // the 版心, in the template's colour.
        const PlacedText *number = findText(first, QStringLiteral("柳政办发〔2026〕12号"));
        QVERIFY(number);
        QVERIFY(topOf(*number) >= footOf(*mark) + 2 * LinePitch - LinePitch);
        QCOMPARE(gridLineOf(number->origin.y()) - gridLineOf(mark->origin.y()), 3);
        QCOMPARE(first.rules.size(), 1);
        const PlacedRule &rule = first.rules.first();
        QVERIFY2(near(upperEdge(rule), footOf(*number) + 4),
                 qPrintable(QString::number(upperEdge(rule) - footOf(*number))));
        QCOMPARE(rule.from.x(), Left);
        QCOMPARE(rule.length, TextWidth);
        QCOMPARE(rule.thickness, 0.5);
        QCOMPARE(rule.color, QColor(QStringLiteral("#C00000")));
        // 7.3.1: the title two lines under the rule.
        const PlacedText *title = startingWith(first, QStringLiteral("柳州市人民政府办公室关于"));
        QVERIFY(title && topOf(*title) > lowerEdge(rule) + LinePitch);
    }

    void theMarksSizeIsTheTemplatesButNeverWiderThanTheTextArea()
    {
        RedHeaderTemplate header
            = RedHeaderTemplate::standard(DocumentFormat::File, QStringLiteral("柳州市水利局文件"));
        header.markPointSize = 30;
        const DocumentComposer composer(m_fonts);
        PageWriter writer(composer);
        RedHeaderLayout layout(composer, writer);
        QCOMPARE(layout.markPointSize(header), 30.0);
        header.markPointSize = 0; // fit: 8 characters fit at the largest size allowed
        QCOMPARE(layout.markPointSize(header), header.markMaxPointSize);
        header.markText = QStringLiteral("广西壮族自治区柳州市人民政府办公室文件"); // 19 characters
        header.markPointSize = 60;
        const double size = layout.markPointSize(header);
        QVERIFY(size < 60);
        const double width = composer.width(FontRole::IssuerMark, header.markText, size);
        QVERIFY2(width <= TextWidth && width > TextWidth - 1, qPrintable(QString::number(width)));
    }

    void theLetterFormat()
    {
        const RedHeaderTemplate header
            = RedHeaderTemplate::standard(DocumentFormat::Letter, QStringLiteral("柳州市人民政府办公室"));
        OfficialDocument letter = GovDesk::Test::waterLetter();
        letter.body = QStringList(30, letter.body).join(QLatin1Char('\n')); // a second page
        const QList<ComposedPage> pages = compose(letter, header);
        QVERIFY(pages.size() >= 2);
        const ComposedPage &first = pages.first();
        const PlacedText *mark = findText(first, header.markText);
        QVERIFY(mark);
        // 10.1: the mark's top 30 mm under the page's top edge, centred.
        QVERIFY2(near(topOf(*mark), 30), qPrintable(QString::number(topOf(*mark))));
        // 4 mm under it a red double line 上粗下细, 170 mm long and centred; 20 mm over the page's
        // foot one 上细下粗.
        QCOMPARE(first.rules.size(), 4);
        const PlacedRule &thick = first.rules.at(0);
        const PlacedRule &thin = first.rules.at(1);
        QVERIFY(near(upperEdge(thick), footOf(*mark) + 4));
        QVERIFY(thick.thickness > thin.thickness);
        QVERIFY(near(upperEdge(thin), lowerEdge(thick) + header.separator.gap));
        for (const PlacedRule &rule : first.rules) {
            QCOMPARE(rule.length, 170.0);
            QVERIFY(near(rule.from.x() + rule.length / 2, Left + TextWidth / 2));
            QCOMPARE(rule.color, Red);
        }
        const PlacedRule &footThin = first.rules.at(2);
        const PlacedRule &footThick = first.rules.at(3);
        QVERIFY(footThin.thickness < footThick.thickness);
        QVERIFY(near(lowerEdge(footThick), Height - 20));
        QVERIFY(near(upperEdge(footThick), lowerEdge(footThin) + header.footerRule.gap));
        // 紧急程度 flush left under the double line, 7/8 of a 3号 character from it; the 发文字号
        // flush right on the same line.
        const PlacedText *urgency = findText(first, QStringLiteral("加急"));
        const PlacedText *number = findText(first, QStringLiteral("柳政办函〔2026〕8号"));
        QVERIFY(urgency && number);
        QCOMPARE(urgency->origin.x(), Left);
        QVERIFY(near(topOf(*urgency) - lowerEdge(thin), 7.0 / 8.0 * emHeight(16)));
        QCOMPARE(number->origin.y(), urgency->origin.y());
        const DocumentComposer composer(m_fonts);
        QVERIFY(near(number->origin.x() + composer.width(FontRole::Body, number->text), Left + TextWidth));
        // The title two lines from the last element above it.
        const PlacedText *title = startingWith(first, QStringLiteral("柳州市人民政府办公室关于"));
        QVERIFY(title);
        QCOMPARE(gridLineOf(title->origin.y()) - gridLineOf(number->origin.y()), 2);
        // No page number on the first page; the next are numbered as usual.
        QCOMPARE(first.number, 0);
        QVERIFY(!startingWith(first, QStringLiteral("— ")));
        QCOMPARE(pages.at(1).number, 2);
        QVERIFY(findText(pages.at(1), QStringLiteral("— 2 —")));
        // 版记 without 印发机关, 印发日期 or rules.
        const ComposedPage &last = pages.last();
        QVERIFY(startingWith(last, QStringLiteral("抄送：市生态环境局")));
        QVERIFY(!findText(last, QStringLiteral("2026年3月2日印发")));
        for (const PlacedRule &rule : last.rules)
            QVERIFY(rule.color != Qt::black);
        // A one-page letter keeps its 版记 on that page, odd or not.
        const QList<ComposedPage> short_ = compose(GovDesk::Test::waterLetter(), header);
        QCOMPARE(short_.size(), 1);
        QVERIFY(startingWith(short_.first(), QStringLiteral("抄送：市生态环境局")));
    }

    void theOrderFormat()
    {
        const RedHeaderTemplate header
            = RedHeaderTemplate::standard(DocumentFormat::Order, QStringLiteral("鹿寨县人民政府令"));
        const ComposedPage first = compose(GovDesk::Test::luzhaiOrder(), header).first();
        const PlacedText *mark = findText(first, header.markText);
        QVERIFY(mark);
        // 10.2: the mark's top 20 mm under the 版心's, centred; the 令号 centred two lines under it,
        // the 正文 two lines under the 令号; no rule, no title.
        QVERIFY2(near(topOf(*mark), Top + 20), qPrintable(QString::number(topOf(*mark))));
        QVERIFY(first.rules.isEmpty());
        const PlacedText *number = findText(first, QStringLiteral("第3号"));
        QVERIFY(number);
        const DocumentComposer composer(m_fonts);
        QVERIFY(near(number->origin.x() + composer.width(FontRole::Body, number->text) / 2,
                     Left + TextWidth / 2));
        QCOMPARE(gridLineOf(number->origin.y()) - gridLineOf(mark->origin.y()), 3);
        const PlacedText *body = startingWith(first, QStringLiteral("《鹿寨县山洪灾害防御办法》"));
        QVERIFY(body);
        QCOMPARE(gridLineOf(body->origin.y()) - gridLineOf(number->origin.y()), 3);
        QVERIFY(!findText(first, QStringLiteral("鹿寨县山洪灾害防御办法")));
    }

    void theMinutesFormat()
    {
        const RedHeaderTemplate header = RedHeaderTemplate::standard(
            DocumentFormat::Minutes, QStringLiteral("柳州市人民政府常务会议纪要"));
        const OfficialDocument minutes = GovDesk::Test::executiveMinutes();
        const ComposedPage first = compose(minutes, header).first();
        const PlacedText *mark = findText(first, header.markText);
        QVERIFY(mark);
        QVERIFY(near(topOf(*mark), Top + 35)); // 10.3
        QCOMPARE(mark->color, Red);
        // 出席 one line under the 正文, two characters in, in 黑体; the names after the colon in 仿宋,
        // a continued line under the first name; then 请假 and 列席 on lines of their own.
        const PlacedText *body = startingWith(first, QStringLiteral("2026年3月9日"));
        const PlacedText *present = findText(first, QStringLiteral("出席："));
        const PlacedText *excused = findText(first, QStringLiteral("请假："));
        const PlacedText *attending = findText(first, QStringLiteral("列席："));
        QVERIFY(body && present && excused && attending);
        QCOMPARE(present->role, FontRole::Heading1);
        QCOMPARE(present->origin.x(), Left + 2 * CharacterPitch);
        QVERIFY(gridLineOf(present->origin.y()) - gridLineOf(body->origin.y()) >= 2);
        const DocumentComposer composer(m_fonts);
        const double namesX = Left + 2 * CharacterPitch + composer.width(FontRole::Heading1, present->text);
        const PlacedText *names = startingWith(first, QStringLiteral("张伟、王芳"));
        QVERIFY(names);
        QCOMPARE(names->role, FontRole::Body);
        QCOMPARE(names->origin.x(), namesX);
        QCOMPARE(names->origin.y(), present->origin.y());
        const PlacedText *continued = startingWith(first, QStringLiteral("市政府办公室、"));
        QVERIFY(continued || startingWith(first, QStringLiteral("部门")));
        int namesLines = 0;
        for (const PlacedText &text : first.texts)
            namesLines += text.origin.x() == namesX && text.role == FontRole::Body ? 1 : 0;
        QVERIFY(namesLines >= 4); // 出席 over two lines, 请假, 列席
        QCOMPARE(gridLineOf(excused->origin.y()) - gridLineOf(present->origin.y()), namesLines - 2);
        QCOMPARE(gridLineOf(attending->origin.y()) - gridLineOf(excused->origin.y()), 1);
    }

    void aDocumentGetsItsOrganisationsTemplateForItsType()
    {
        RedHeaderTemplate bulletin
            = RedHeaderTemplate::standard(DocumentFormat::File, QStringLiteral("柳州市人民政府办公室通报"));
        bulletin.documentTypes = {QStringLiteral("通报")};
        const QList<OrganisationEntry> directory{
            {QStringLiteral("gx-lz-gov"),
             QStringLiteral("柳州市人民政府办公室"),
             {RedHeaderTemplate::standard(DocumentFormat::Letter, QStringLiteral("柳州市人民政府办公室")),
              bulletin}},
            {QStringLiteral("gx-lz-water"), QStringLiteral("柳州市水利局"), {}}};
        OfficialDocument document = GovDesk::Test::fireNotice();
        document.issuerMark = QStringLiteral("柳州市人民政府办公室（旧标志）");

        document.type = DocumentType::Bulletin;
        QCOMPARE(RedHeaderSelection::choose(directory, QStringLiteral("gx-lz-gov"), document), bulletin);
        document.type = DocumentType::Letter;
        QCOMPARE(RedHeaderSelection::choose(directory, QStringLiteral("gx-lz-gov"), document)->format,
                 DocumentFormat::Letter);
        // No template for its type (通知), or an organisation without templates: the document's
        // own mark on the standard's layout of the type's format.
        document.type = DocumentType::Notice;
        QCOMPARE(RedHeaderSelection::choose(directory, QStringLiteral("gx-lz-gov"), document),
                 RedHeaderTemplate::standard(DocumentFormat::File, document.issuerMark));
        QCOMPARE(RedHeaderSelection::choose(directory, QStringLiteral("gx-lz-water"), document),
                 RedHeaderSelection::fallback(document));
        document.issuerMark.clear();
        QVERIFY(!RedHeaderSelection::choose(directory, QStringLiteral("gx-lz-water"), document));
        // No mark at all: nothing red on the page, the 份号 and 紧急程度 still there.
        const ComposedPage first = DocumentComposer(m_fonts).compose(document, std::nullopt).first();
        for (const PlacedText &text : first.texts)
            QCOMPARE(text.color, QColor(Qt::black));
        QVERIFY(first.rules.isEmpty());
        QVERIFY(findText(first, QStringLiteral("加急")));

        // Who issued it: the record's owner, else the account's organisation, else the directory's
        // organisation named as 发文机关署名 (the demo, which has neither).
        document.issuerName = QStringLiteral("柳州市水利局");
        QCOMPARE(
            RedHeaderSelection::issuingOrganisation(directory, QStringLiteral("gx-lz-gov"), {}, document),
            QStringLiteral("gx-lz-gov"));
        QCOMPARE(
            RedHeaderSelection::issuingOrganisation(directory, {}, QStringLiteral("gx-lz-gov"), document),
            QStringLiteral("gx-lz-gov"));
        QCOMPARE(RedHeaderSelection::issuingOrganisation(directory, {}, {}, document),
                 QStringLiteral("gx-lz-water"));
    }

    void withoutTheDirectoryTheDocumentsOwnMarkIsUsed()
    {
        const OfficialDocument letter = GovDesk::Test::waterLetter();
        const QList<ComposedPage> plain = DocumentComposer(m_fonts).compose(letter);
        const QList<ComposedPage> explicitFallback
            = DocumentComposer(m_fonts).compose(letter, RedHeaderSelection::fallback(letter));
        QCOMPARE(plain.size(), explicitFallback.size());
        QCOMPARE(plain.first().texts.size(), explicitFallback.first().texts.size());
        QCOMPARE(plain.first().rules.size(), 4); // a 函 takes the 信函格式 with its double lines
        QCOMPARE(plain.first().number, 0);
    }
};

QTEST_MAIN(TestRedHeaderLayout)
#include "tst_redheaderlayout.moc"
