// Tests SearchTokenizer: Han bigrams, words, normalisation, and MATCH expressions safe from injection.
#include "search/SearchTokenizer.h"
#include "search/SimplifiedChinese.h"

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

    void traditionalFoldsToSimplified()
    {
        QVERIFY(SimplifiedChinese::available());
        QCOMPARE(SearchTokenizer::indexTokens(QStringLiteral("電子政務會議")),
                 SearchTokenizer::indexTokens(QStringLiteral("电子政务会议")));
        QCOMPARE(SearchTokenizer::indexTokens(QStringLiteral("關於做好森林防火工作的通知")),
                 SearchTokenizer::indexTokens(QStringLiteral("关于做好森林防火工作的通知")));
        // Per character, so a part of a text folds like the whole (乾 alone and inside 乾淨).
        QCOMPARE(SearchTokenizer::indexTokens(QStringLiteral("乾淨")), words("干净 净·"));
        QCOMPARE(SearchTokenizer::indexTokens(QStringLiteral("乾")), words("干·"));
        // Simplified text and the other scripts are left alone.
        QCOMPARE(SearchTokenizer::indexText(QStringLiteral("汛限水位")),
                 QStringLiteral("汛限 限水 水位 位·"));
        // Spans still point at the characters as written.
        const QList<SearchUnit> units = SearchTokenizer::units(QStringLiteral("（電務）"));
        QCOMPARE(units.size(), 2);
        QCOMPARE(units.at(0).text, QStringLiteral("电"));
        QCOMPARE(units.at(1).begin, 2);
        QCOMPARE(units.at(1).end, 3);
    }

    void keysIgnorePunctuationWidthAndScript()
    {
        QCOMPARE(SearchTokenizer::key(QStringLiteral("桂政发〔2014〕12号")),
                 QStringLiteral("桂 政 发 2014 12 号"));
        QCOMPARE(SearchTokenizer::key(QStringLiteral("桂政發［２０１４］１２號")),
                 QStringLiteral("桂 政 发 2014 12 号"));
        QCOMPARE(SearchTokenizer::key(QStringLiteral("关于印发《电子政务标准化指南》的通知")),
                 SearchTokenizer::key(QStringLiteral("關於印發電子政務標準化指南的通知")));
        QVERIFY(SearchTokenizer::key(QStringLiteral("，。")).isEmpty());
    }

    void looseQueries_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expressions");
        QTest::addColumn<QStringList>("highlightQueries");
        QTest::newRow("six characters: both alignments")
            << QStringLiteral("电子政务会议")
            << QStringList({QStringLiteral(R"("电子" "政务" "会议")"), QStringLiteral(R"("子政" "务会")")})
            << QStringList({QStringLiteral("电子 政务 会议"), QStringLiteral("子政 务会")});
        QTest::newRow("four characters: one alignment has a single bigram")
            << QStringLiteral("防汛会议") << QStringList{QStringLiteral(R"("防汛" "会议")")}
            << QStringList{QStringLiteral("防汛 会议")};
        QTest::newRow("traditional folds first")
            << QStringLiteral("電子政務") << QStringList{QStringLiteral(R"("电子" "政务")")}
            << QStringList{QStringLiteral("电子 政务")};
        QTest::newRow("other terms stay phrases")
            << QStringLiteral("防汛会议 12号") << QStringList{QStringLiteral(R"("防汛" "会议" "12·号")")}
            << QStringList{QStringLiteral("防汛 会议 12号")};
        QTest::newRow("short terms have no loose form")
            << QStringLiteral("森林 防火") << QStringList() << QStringList();
        QTest::newRow("words have no loose form")
            << QStringLiteral("GB/T 9704") << QStringList() << QStringList();
        QTest::newRow("a run interrupted by punctuation is two runs")
            << QStringLiteral("电子、政务") << QStringList() << QStringList();
    }

    void looseQueries()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, expressions);
        QFETCH(QStringList, highlightQueries);
        QStringList gotExpressions;
        QStringList gotHighlights;
        for (const SearchTokenizer::LooseQuery &loose : SearchTokenizer::looseQueries(query)) {
            gotExpressions << loose.expression;
            gotHighlights << loose.highlightQuery;
        }
        QCOMPARE(gotExpressions, expressions);
        QCOMPARE(gotHighlights, highlightQueries);
    }

    void looseQueriesKeepTheOrderTyped()
    {
        const QList<SearchTokenizer::LooseQuery> loose
            = SearchTokenizer::looseQueries(QStringLiteral("防汛会议 电子政务"));
        QCOMPARE(loose.size(), 1);
        QCOMPARE(loose.first().orderedPieces,
                 QList<QStringList>({QStringList({QStringLiteral("防汛"), QStringLiteral("会议")}),
                                     QStringList({QStringLiteral("电子"), QStringLiteral("政务")})}));
    }

    void occursInOrder_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("expected");
        QTest::newRow("adjacent") << QStringLiteral("电子政务会议纪要") << true;
        QTest::newRow("words between") << QStringLiteral("全区电子政务工作会议") << true;
        QTest::newRow("traditional text") << QStringLiteral("電子政務工作會議") << true;
        QTest::newRow("other order") << QStringLiteral("会议讨论了电子政务") << false;
        QTest::newRow("too far apart")
            << QStringLiteral("电子政务外网建设方案已经印发，下一步召开会议") << false;
        QTest::newRow("a later start fits")
            << QStringLiteral("电子政务外网建设方案已印发。电子政务专题会议") << true;
    }

    void occursInOrder()
    {
        QFETCH(QString, text);
        QFETCH(bool, expected);
        const QStringList pieces{QStringLiteral("电子"), QStringLiteral("政务"), QStringLiteral("会议")};
        QCOMPARE(SearchTokenizer::occursInOrder(text, pieces, 6), expected);
    }

    void looseQueriesAreCapped()
    {
        QCOMPARE(
            SearchTokenizer::looseQueries(QStringLiteral("电子政务会议 森林防火工作 防汛抗旱指挥")).size(),
            SearchTokenizer::MaxLooseQueries);
    }
};

QTEST_GUILESS_MAIN(TestSearchTokenizer)
#include "tst_searchtokenizer.moc"
