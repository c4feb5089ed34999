// Tests SearchHighlighter: which stretches of a text match, snippet windows, and HTML safety.
#include "search/SearchHighlighter.h"

#include <QTest>

using namespace GovDesk::Core;

class TestSearchHighlighter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void highlight_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("html");
        QTest::newRow("bigram phrase inside a longer run")
            << QStringLiteral("森林防火") << QStringLiteral("全省森林防火工作会议")
            << QStringLiteral("全省<mark>森林防火</mark>工作会议");
        QTest::newRow("every occurrence") << QStringLiteral("火") << QStringLiteral("防火与火灾")
                                          << QStringLiteral("防<mark>火</mark>与<mark>火</mark>灾");
        QTest::newRow("number across the bracket")
            << QStringLiteral("政发2014") << QStringLiteral("桂政发〔2014〕12号")
            << QStringLiteral("桂<mark>政发〔2014</mark>〕12号");
        QTest::newRow("full-width text, half-width query")
            << QStringLiteral("12号") << QStringLiteral("桂政发〔２０１４〕１２号")
            << QStringLiteral("桂政发〔２０１４〕<mark>１２号</mark>");
        QTest::newRow("case-insensitive words")
            << QStringLiteral("gb/t") << QStringLiteral("依据GB/T 9704-2012")
            << QStringLiteral("依据<mark>GB/T</mark> 9704-2012");
        QTest::newRow("adjacent terms merge into one mark")
            << QStringLiteral("森林 防火") << QStringLiteral("森林防火")
            << QStringLiteral("<mark>森林防火</mark>");
        // Han characters are adjacent only within a run, as in the index.
        QTest::newRow("no match across punctuation")
            << QStringLiteral("防火") << QStringLiteral("森林防，火灾") << QStringLiteral("森林防，火灾");
        QTest::newRow("HTML is escaped")
            << QStringLiteral("通知") << QStringLiteral("<script>alert(\"通知\")</script> & 通知")
            << QStringLiteral("&lt;script&gt;alert(&quot;<mark>通知</mark>&quot;)&lt;/script&gt; &amp; <mark>通知</mark>");
        QTest::newRow("line breaks become one space")
            << QStringLiteral("通知") << QStringLiteral("关于\r\n\r\n通知") << QStringLiteral("关于 <mark>通知</mark>");
        QTest::newRow("empty query marks nothing")
            << QString() << QStringLiteral("<b>森林</b>") << QStringLiteral("&lt;b&gt;森林&lt;/b&gt;");
    }

    void highlight()
    {
        QFETCH(QString, query);
        QFETCH(QString, text);
        QFETCH(QString, html);
        QCOMPARE(SearchHighlighter(query).highlight(text), html);
    }

    void matchesAreSortedAndMerged()
    {
        const SearchHighlighter highlighter(QStringLiteral("林防 森林 会议"));
        const QList<SearchHighlighter::Match> expected{{2, 5}, {8, 10}};
        QCOMPARE(highlighter.matches(QStringLiteral("全省森林防火工作会议")), expected);
    }

    void snippetShowsTheDensestWindow()
    {
        const QString filler(100, QChar(u'的'));
        const QString text = QStringLiteral("汛限水位") + filler + QStringLiteral("超过汛限水位，降至汛限水位以下") + filler;
        const QString snippet = SearchHighlighter(QStringLiteral("汛限水位")).snippet(text, 40);
        QVERIFY(snippet.startsWith(QStringLiteral("…")));
        QVERIFY(snippet.endsWith(QStringLiteral("…")));
        QCOMPARE(snippet.count(QStringLiteral("<mark>汛限水位</mark>")), 2);
        QVERIFY(snippet.contains(QStringLiteral("超过<mark>汛限水位</mark>，降至<mark>汛限水位</mark>以下")));
        // 40 characters of text plus two ellipses, besides the tags.
        QString plain = snippet;
        plain.remove(QStringLiteral("<mark>")).remove(QStringLiteral("</mark>"));
        QCOMPARE(plain.size(), 42);
    }

    void snippetWithoutMatchShowsTheStart()
    {
        const QString text = QStringLiteral("各市、县人民政府，自治区人民政府各组成部门、各直属机构：现将有关事项通知如下。");
        QCOMPARE(SearchHighlighter(QStringLiteral("水情")).snippet(text, 10), QStringLiteral("各市、县人民政府，自…"));
        QCOMPARE(SearchHighlighter(QStringLiteral("水情")).snippet(QStringLiteral("短文")), QStringLiteral("短文"));
    }

    void snippetNearTheEndStaysFull()
    {
        const QString text = QString(50, QChar(u'的')) + QStringLiteral("防汛");
        const QString snippet = SearchHighlighter(QStringLiteral("防汛")).snippet(text, 20);
        QCOMPARE(snippet, QStringLiteral("…") + QString(18, QChar(u'的')) + QStringLiteral("<mark>防汛</mark>"));
    }

    void snippetNeverSplitsASurrogatePair()
    {
        // 𠀀 is two UTF-16 units; a window edge falling between them moves outwards.
        QString text;
        for (int i = 0; i < 40; ++i)
            text += QStringLiteral("𠀀");
        text += QStringLiteral("防汛");
        const QString snippet = SearchHighlighter(QStringLiteral("防汛")).snippet(text, 21);
        QString plain = snippet;
        plain.remove(QStringLiteral("<mark>")).remove(QStringLiteral("</mark>")).remove(QStringLiteral("…"));
        QVERIFY(!plain.front().isLowSurrogate());
        QVERIFY(plain.endsWith(QStringLiteral("防汛")));
        QCOMPARE(plain.toUcs4().size(), 12); // 10 whole 𠀀 and 防汛
    }
};

QTEST_GUILESS_MAIN(TestSearchHighlighter)
#include "tst_searchhighlighter.moc"
