// Tests RedHeaderTemplate: the standard's figures per format, the 文种 → format mapping, reading
// JSON strictly (the server, the admin) and leniently (the client), validation naming the field,
// and choosing an organisation's template for a type (an override before its format's).
#include "TestProfile.h"
#include "sync/RedHeaderTemplate.h"

#include <QTest>

using namespace GovDesk::Core;

class TestRedHeaderTemplate : public QObject
{
    Q_OBJECT

    static QString problem(const QJsonObject &json)
    {
        auto read = RedHeaderTemplate::fromJson(json, RedHeaderTemplate::Reading::Strict);
        return read ? QString() : read.error().message;
    }

private slots:
    void typesTakeTheirFormat()
    {
        QCOMPARE(formatForType(u"函"), DocumentFormat::Letter);
        QCOMPARE(formatForType(u"命令"), DocumentFormat::Order);
        QCOMPARE(formatForType(u"命令（令）"), DocumentFormat::Order);
        QCOMPARE(formatForType(u"纪要"), DocumentFormat::Minutes);
        QCOMPARE(documentTypeNames().size(), 15);
        int files = 0;
        for (const QString &type : documentTypeNames())
            files += formatForType(type) == DocumentFormat::File ? 1 : 0;
        QCOMPARE(files, 12); // every other type is laid out as a 文件
        for (const DocumentFormat format :
             {DocumentFormat::File, DocumentFormat::Letter, DocumentFormat::Order, DocumentFormat::Minutes})
            QCOMPARE(formatFromId(formatId(format)), format);
        QVERIFY(!formatFromId(u"telegram"));
    }

    void theStandardsFigures()
    {
        // GB/T 9704-2012 7.2.3 and 7.2.6: 35 mm under the 版心's top (37 mm), a rule across it.
        const RedHeaderTemplate file
            = RedHeaderTemplate::standard(DocumentFormat::File, QStringLiteral("柳州市人民政府办公室文件"));
        QCOMPARE(file.markTop, 72.0);
        QCOMPARE(file.separator.style, RedHeaderRule::Style::Single);
        QCOMPARE(file.separator.length, 0.0); // the 版心's width
        QCOMPARE(file.separatorGap, 4.0);
        QCOMPARE(file.footerRule.style, RedHeaderRule::Style::None);
        QCOMPARE(file.markPointSize, 0.0); // fit the 版心
        // 10.1: 30 mm under the page's top; double lines 170 mm long, 4 mm under the mark and 20 mm
        // over the page's foot, 上粗下细 then 上细下粗.
        const RedHeaderTemplate letter
            = RedHeaderTemplate::standard(DocumentFormat::Letter, QStringLiteral("柳州市水利局"));
        QCOMPARE(letter.markTop, 30.0);
        QCOMPARE(letter.separator.style, RedHeaderRule::Style::ThickThin);
        QCOMPARE(letter.footerRule.style, RedHeaderRule::Style::ThinThick);
        QCOMPARE(letter.separator.length, 170.0);
        QCOMPARE(letter.footerRule.length, 170.0);
        QCOMPARE(letter.footerRuleBottom, 20.0);
        QVERIFY(letter.separator.thickness > letter.separator.thinThickness);
        QCOMPARE(letter.separator.height(), 1.0 + 0.6 + 0.35);
        // 10.2: 20 mm under the 版心's top, no rule; 10.3: 35 mm.
        const RedHeaderTemplate order
            = RedHeaderTemplate::standard(DocumentFormat::Order, QStringLiteral("鹿寨县人民政府令"));
        QCOMPARE(order.markTop, 57.0);
        QCOMPARE(order.separator.style, RedHeaderRule::Style::None);
        QCOMPARE(RedHeaderTemplate::standard(DocumentFormat::Minutes, QStringLiteral("纪要")).markTop, 72.0);
        for (const RedHeaderTemplate &header : {file, letter, order})
            GD_VERIFY(header.validate());
    }

    void jsonRoundTripsAndMissingFieldsTakeTheFormatsFigures()
    {
        RedHeaderTemplate letter
            = RedHeaderTemplate::standard(DocumentFormat::Letter, QStringLiteral("柳州市人民政府办公室"));
        letter.documentTypes = {QStringLiteral("函"), QStringLiteral("意见")};
        letter.colour = QStringLiteral("#C00000");
        letter.markPointSize = 30;
        auto read = RedHeaderTemplate::fromJson(letter.toJson(), RedHeaderTemplate::Reading::Strict);
        GD_VERIFY(read);
        letter.documentTypes.sort();
        QCOMPARE(*read, letter);
        QCOMPARE(read->key(), QStringLiteral("letter:函,意见"));

        // The smallest template: a format and a mark; 令 stands for 命令, colours are upper case.
        auto small = RedHeaderTemplate::fromJson(
            {{QStringLiteral("format"), QStringLiteral("order")},
             {QStringLiteral("markText"), QStringLiteral(" 鹿寨县人民政府令 ")},
             {QStringLiteral("colour"), QStringLiteral("#e60012")},
             {QStringLiteral("documentTypes"), QJsonArray{QStringLiteral("令")}}},
            RedHeaderTemplate::Reading::Strict);
        GD_VERIFY(small);
        RedHeaderTemplate expected
            = RedHeaderTemplate::standard(DocumentFormat::Order, QStringLiteral("鹿寨县人民政府令"));
        expected.documentTypes = {QStringLiteral("命令")};
        QCOMPARE(*small, expected);
    }

    void strictReadingNamesTheFieldLenientSkipsUnknownOnes()
    {
        const QJsonObject good
            = RedHeaderTemplate::standard(DocumentFormat::File, QStringLiteral("柳州市水利局文件")).toJson();
        auto with = [&](const QString &key, const QJsonValue &value) {
            QJsonObject json = good;
            json.insert(key, value);
            return json;
        };
        QCOMPARE(problem(with(QStringLiteral("markSize"), 30)), QStringLiteral("Unknown field markSize."));
        QCOMPARE(problem(with(QStringLiteral("markTop"), QStringLiteral("72"))),
                 QStringLiteral("markTop must be a number."));
        QCOMPARE(problem(with(QStringLiteral("markTop"), 2)),
                 QStringLiteral("markTop must be from 5 to 150, not 2."));
        QCOMPARE(problem(with(QStringLiteral("markPointSize"), 5)),
                 QStringLiteral("markPointSize must be 0 or from 10 to 72, not 5."));
        QCOMPARE(problem(with(QStringLiteral("colour"), QStringLiteral("red"))),
                 QStringLiteral("colour must be #RRGGBB (such as #E60012), not RED."));
        QCOMPARE(problem(with(QStringLiteral("markText"), QStringLiteral("柳州市\n水利局"))),
                 QStringLiteral("markText must be one line of printable characters."));
        QCOMPARE(problem(with(QStringLiteral("markText"), QString(41, QChar(0x56fd)))),
                 QStringLiteral("markText must have at most 40 characters, not 41."));
        QCOMPARE(problem(with(QStringLiteral("documentTypes"),
                              QJsonArray{QStringLiteral("通知"), QStringLiteral("通知")})),
                 QStringLiteral("documentTypes names 通知 twice."));
        QVERIFY(problem(with(QStringLiteral("documentTypes"), QJsonArray{QStringLiteral("简报")}))
                    .startsWith(QStringLiteral("documentTypes: 简报 is not one of the 15 文种")));
        QCOMPARE(problem(with(QStringLiteral("separator"), QJsonObject{{QStringLiteral("thickness"), 9}})),
                 QStringLiteral("separator.thickness must be from 0.05 to 3, not 9."));
        QCOMPARE(problem(with(QStringLiteral("footerRule"), QJsonObject{{QStringLiteral("colour"), 1}})),
                 QStringLiteral("Unknown field footerRule.colour."));
        QCOMPARE(problem(with(QStringLiteral("format"), QStringLiteral("memo"))),
                 QStringLiteral("format must be one of file, letter, order, minutes, not memo."));
        QJsonObject noFormat = good;
        noFormat.remove(QStringLiteral("format"));
        QVERIFY(!problem(noFormat).isEmpty());

        // A newer server's field: the client reads the template anyway; a bad value it does not.
        auto lenient = RedHeaderTemplate::fromJson(
            with(QStringLiteral("markFamily"), QStringLiteral("方正小标宋简体")),
            RedHeaderTemplate::Reading::Lenient);
        GD_VERIFY(lenient);
        QCOMPARE(lenient->markText, QStringLiteral("柳州市水利局文件"));
        QVERIFY(!RedHeaderTemplate::fromJson(with(QStringLiteral("markTop"), 900),
                                             RedHeaderTemplate::Reading::Lenient));
    }

    void anOrganisationsSetAndTheChoiceForAType()
    {
        const RedHeaderTemplate file
            = RedHeaderTemplate::standard(DocumentFormat::File, QStringLiteral("柳州市人民政府办公室文件"));
        const RedHeaderTemplate letter
            = RedHeaderTemplate::standard(DocumentFormat::Letter, QStringLiteral("柳州市人民政府办公室"));
        RedHeaderTemplate bulletin
            = RedHeaderTemplate::standard(DocumentFormat::File, QStringLiteral("柳州市人民政府办公室通报"));
        bulletin.documentTypes = {QStringLiteral("通报")};
        // An override may take another format: this office sends its 意见 as letters.
        RedHeaderTemplate opinion = letter;
        opinion.documentTypes = {QStringLiteral("意见")};
        const QList<RedHeaderTemplate> set{file, letter, bulletin, opinion};
        GD_VERIFY(RedHeaderTemplates::validateSet(set));
        QCOMPARE(RedHeaderTemplates::select(set, u"通知"), file);
        QCOMPARE(RedHeaderTemplates::select(set, u"通报"), bulletin);
        QCOMPARE(RedHeaderTemplates::select(set, u"函"), letter);
        QCOMPARE(RedHeaderTemplates::select(set, u"意见"), opinion);
        QVERIFY(!RedHeaderTemplates::select(set, u"纪要"));        // no 纪要 template, none of its format
        QVERIFY(!RedHeaderTemplates::select({bulletin}, u"通知")); // an override serves its types only

        // Two of a key, or a type in two templates: which would apply is not clear.
        QCOMPARE(RedHeaderTemplates::validateSet({file, file}).error().message,
                 QStringLiteral("Two templates are file; an organisation has one of each."));
        RedHeaderTemplate twice = letter;
        twice.documentTypes = {QStringLiteral("通报"), QStringLiteral("函")};
        QCOMPARE(RedHeaderTemplates::validateSet({bulletin, twice}).error().message,
                 QStringLiteral("通报 has a template already (file:通报); remove that one first."));

        // A list: strictly, one bad template fails it; leniently, it is left out and named.
        QJsonArray json = RedHeaderTemplates::toJson(set);
        json.insert(1, QJsonObject{{QStringLiteral("format"), QStringLiteral("letter")}});
        QCOMPARE(RedHeaderTemplates::fromJson(json, RedHeaderTemplate::Reading::Strict).error().message,
                 QStringLiteral("Template 2: markText (the 发文机关标志) must not be empty."));
        QStringList skipped;
        auto lenient = RedHeaderTemplates::fromJson(json, RedHeaderTemplate::Reading::Lenient, &skipped);
        GD_VERIFY(lenient);
        QCOMPARE(*lenient, set);
        QCOMPARE(skipped.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestRedHeaderTemplate)
#include "tst_redheadertemplate.moc"
