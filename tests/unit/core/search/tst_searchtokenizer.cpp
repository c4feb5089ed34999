// Tests SearchTokenizer: Han bigrams, words, normalisation, and MATCH expressions safe from injection.
#include "search/SearchTokenizer.h"

#include <QTest>

using namespace GovDesk::Core;

namespace {

QStringList words(const char *spaceSeparated)
{
    return QString::fromUtf8(spaceSeparated).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

class TestSearchTokenizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void indexTokens_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("tokens");
        QTest::newRow("Han run: bigrams, then the boundary at its end")
            << QStringLiteral("全省森林防火工作会议") << words("全省 省森 森林 林防 防火 火工 工作 作会 会议 议·");
        QTest::newRow("document number")
            << QStringLiteral("桂政发〔2014〕12号") << words("桂政 政发 发·2014 2014 12 12·号 号·");
        QTest::newRow("one-character runs") << QStringLiteral("第1号") << words("第·1 1 1·号 号·");
        QTest::newRow("punctuation ends a run")
            << QStringLiteral("各市、县人民政府：") << words("各市 市·县 县人 人民 民政 政府 府·");
        QTest::newRow("standard number, letters apart from digits")
            << QStringLiteral("GB/T 9704-2012《党政机关公文格式》")
            << words("gb t 9704 2012 2012·党 党政 政机 机关 关公 公文 文格 格式 式·");
        QTest::newRow("letters glued to digits split like spaced ones")
            << QStringLiteral("GB50010-2010") << words("gb 50010 2010");
        QTest::newRow("em dash and lower case") << QStringLiteral("SL 323—2011") << words("sl 323 2011");
        QTest::newRow("full-width letters, digits, space")
            << QStringLiteral("ＧＢ／Ｔ　９７０４－２０１２") << words("gb t 9704 2012");
        QTest::newRow("circled number") << QStringLiteral("①加强领导") << words("1 1·加 加强 强领 领导 导·");
        QTest::newRow("parenthesised ideograph") << QStringLiteral("㈠总体要求") << words("一·总 总体 体要 要求 求·");
        QTest::newRow("ideographic zero is Han") << QStringLiteral("二〇一四年") << words("二〇 〇一 一四 四年 年·");
        QTest::newRow("supplementary-plane Han") << QStringLiteral("𠀀𠀁字") << words("𠀀𠀁 𠀁字 字·");
        QTest::newRow("only punctuation") << QStringLiteral("，。！？……《》〔〕") << QStringList();
        QTest::newRow("empty") << QString() << QStringList();
    }

    void indexTokens()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, tokens);
        QCOMPARE(SearchTokenizer::indexTokens(text), tokens);
        QCOMPARE(SearchTokenizer::indexText(text), tokens.join(QLatin1Char(' ')));
    }

    void unitsPointIntoTheSourceText()
    {
        const QString text = QStringLiteral("关于ＧＢ１２, 𠀀字");
        const QList<SearchUnit> units = SearchTokenizer::units(text);
        QCOMPARE(units.size(), 6);
        const auto check = [&](qsizetype i, const QString &normalised, qsizetype begin, qsizetype end, bool han,
                               bool continuesRun) {
            QCOMPARE(units.at(i).text, normalised);
            QCOMPARE(units.at(i).begin, begin);
            QCOMPARE(units.at(i).end, end);
            QCOMPARE(units.at(i).han, han);
            QCOMPARE(units.at(i).continuesRun, continuesRun);
        };
        check(0, QStringLiteral("关"), 0, 1, true, false);
        check(1, QStringLiteral("于"), 1, 2, true, true);
        check(2, QStringLiteral("gb"), 2, 4, false, false);
        check(3, QStringLiteral("12"), 4, 6, false, false);
        check(4, QStringLiteral("𠀀"), 8, 10, true, false);
        check(5, QStringLiteral("字"), 10, 11, true, true);
    }

    void queryExpression_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("expression");
        QTest::newRow("Han term: bigrams only") << QStringLiteral("森林防火") << QStringLiteral("\"森林 林防 防火\"");
        QTest::newRow("two characters") << QStringLiteral("会议") << QStringLiteral("\"会议\"");
        QTest::newRow("one character: prefix") << QStringLiteral("火") << QStringLiteral("\"火*\"");
        // The boundary token holds both: 12 before it and the text after the term do not matter.
        QTest::newRow("number then one character") << QStringLiteral("12号") << QStringLiteral("\"12·号\"");
        QTest::newRow("full-width number") << QStringLiteral("１２号") << QStringLiteral("\"12·号\"");
        QTest::newRow("one character between numbers")
            << QStringLiteral("2014年12") << QStringLiteral("\"2014·年 年·12\"");
        QTest::newRow("issuing-body prefix") << QStringLiteral("桂政发") << QStringLiteral("\"桂政 政发\"");
        // A Han run followed by more must end where the document's run ends: a boundary token.
        QTest::newRow("Han run before a number")
            << QStringLiteral("政发〔2014〕") << QStringLiteral("\"政发 发·2014\"");
        QTest::newRow("one character before a number")
            << QStringLiteral("发2014") << QStringLiteral("\"发·2014\"");
        QTest::newRow("two Han runs") << QStringLiteral("森林，防火") << QStringLiteral("\"森林 林·防 防火\"");
        QTest::newRow("whole document number")
            << QStringLiteral("桂政发〔2014〕12号") << QStringLiteral("\"桂政 政发 发·2014 2014 12 12·号\"");
        QTest::newRow("terms are ANDed")
            << QStringLiteral("森林防火  会议") << QStringLiteral("\"森林 林防 防火\" \"会议\"");
        QTest::newRow("ideographic space separates terms")
            << QStringLiteral("ＧＢ／Ｔ　９７０４") << QStringLiteral("\"gb t\" \"9704\"");
        QTest::newRow("duplicate terms once") << QStringLiteral("防火 防火") << QStringLiteral("\"防火\"");
        QTest::newRow("latin words lower-cased") << QStringLiteral("SL323") << QStringLiteral("\"sl 323\"");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("whitespace") << QStringLiteral(" \t\n　") << QString();
        QTest::newRow("punctuation only") << QStringLiteral("，。！ 《》 ……") << QString();
    }

    void queryExpression()
    {
        QFETCH(QString, query);
        QFETCH(QString, expression);
        QCOMPARE(SearchTokenizer::queryExpression(query), expression);
    }

    // Whatever is typed, FTS4 sees only quoted phrases of letters, digits and Han characters.
    void queryExpressionCannotCarrySyntax_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("expression");
        QTest::newRow("quote, OR, star") << QStringLiteral("\" OR *") << QStringLiteral("\"or\"");
        QTest::newRow("NEAR") << QStringLiteral("森林 NEAR 防火") << QStringLiteral("\"森林\" \"near\" \"防火\"");
        QTest::newRow("NEAR/3") << QStringLiteral("森林 NEAR/3 防火") << QStringLiteral("\"森林\" \"near 3\" \"防火\"");
        QTest::newRow("minus") << QStringLiteral("-森林") << QStringLiteral("\"森林\"");
        QTest::newRow("column filter") << QStringLiteral("title:防火") << QStringLiteral("\"title·防 防火\"");
        QTest::newRow("unbalanced quote") << QStringLiteral("\"森林") << QStringLiteral("\"森林\"");
        QTest::newRow("trailing star on a word") << QStringLiteral("gb*") << QStringLiteral("\"gb\"");
        QTest::newRow("parentheses") << QStringLiteral("(森林 OR 水情)")
                                     << QStringLiteral("\"森林\" \"or\" \"水情\"");
        QTest::newRow("only syntax") << QStringLiteral("\" * - ( ) :") << QString();
    }

    void queryExpressionCannotCarrySyntax()
    {
        QFETCH(QString, query);
        QFETCH(QString, expression);
        QCOMPARE(SearchTokenizer::queryExpression(query), expression);
    }

    void queryTermsKeepUnitsForHighlighting()
    {
        const auto terms = SearchTokenizer::queryTerms(QStringLiteral("１２号  森林 12号"));
        QCOMPARE(terms.size(), 2);
        QCOMPARE(terms.at(0).size(), 2);
        QCOMPARE(terms.at(0).at(0).text, QStringLiteral("12"));
        QCOMPARE(terms.at(0).at(1).text, QStringLiteral("号"));
        QCOMPARE(terms.at(1).size(), 2);
        QVERIFY(terms.at(1).at(1).continuesRun);
    }
};

QTEST_GUILESS_MAIN(TestSearchTokenizer)
#include "tst_searchtokenizer.moc"
