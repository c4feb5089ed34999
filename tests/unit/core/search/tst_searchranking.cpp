// Tests the BM25 ranking over FTS4 matchinfo 'pcaly' (phrases, columns, averages, lengths, hits).
#include "search/SearchRanking.h"

#include <QTest>

#include <vector>

using namespace GovDesk::Core::Internal;

namespace {

// One phrase over (title, body).
struct Row
{
    quint32 averageTitle = 20;
    quint32 averageBody = 400;
    quint32 title = 20;
    quint32 body = 400;
    quint32 titleHits = 0;
    quint32 bodyHits = 0;

    std::vector<quint32> matchinfo() const
    {
        return {1, 2, averageTitle, averageBody, title, body, titleHits, bodyHits};
    }
};

constexpr double Weights[] = {5.0, 1.0};

double rank(const Row &row)
{
    return bm25(row.matchinfo(), Weights).value();
}

} // namespace

class TestSearchRanking : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusesOtherLayouts()
    {
        std::vector<quint32> words = Row().matchinfo();
        QVERIFY(bm25(words, Weights).has_value());
        words.pop_back();
        QVERIFY(!bm25(words, Weights).has_value());
        QVERIFY(!bm25(std::vector<quint32>{1}, Weights).has_value());
        QVERIFY(!bm25({}, Weights).has_value());
    }

    void ordersAsBm25()
    {
        QCOMPARE(rank(Row{}), 0.0);
        const double titleOnce = rank(Row{.titleHits = 1});
        const double bodyOnce = rank(Row{.bodyHits = 1});
        const double bodyThrice = rank(Row{.bodyHits = 3});
        QVERIFY(bodyThrice > bodyOnce);
        QVERIFY(titleOnce > bodyThrice);
        QVERIFY(rank(Row{.titleHits = 1, .bodyHits = 1}) > titleOnce);
        // Saturation: the tenth occurrence adds little, and never reaches a title hit.
        QVERIFY(rank(Row{.bodyHits = 10}) < titleOnce);
        // The same hit counts less in a longer text.
        QVERIFY(rank(Row{.body = 4000, .bodyHits = 1}) < bodyOnce);
        QVERIFY(rank(Row{.title = 60, .titleHits = 1}) < titleOnce);
        // A title three times the average length still outranks any body.
        QVERIFY(rank(Row{.title = 60, .titleHits = 1}) > rank(Row{.body = 40, .bodyHits = 20}));
    }

    void sumsOverPhrases()
    {
        // Two phrases: the first in the title, the second in the body.
        const std::vector<quint32> both{2, 2, 20, 400, 20, 400, 1, 0, 0, 1};
        QCOMPARE(bm25(both, Weights).value(), rank(Row{.titleHits = 1}) + rank(Row{.bodyHits = 1}));
        // Missing weights count 1.
        QCOMPARE(bm25(Row{.titleHits = 1}.matchinfo(), {}).value(), rank(Row{.titleHits = 1}) / 5.0);
    }

    void lengthNormalisationPerColumn()
    {
        // A long title against a tiny average (most entries have none, as with document numbers):
        // with b = 0 its length does not count, and one hit weighs exactly the column weight.
        const Row row{.averageTitle = 1, .title = 7, .titleHits = 1};
        const double noNormalisation[] = {0.0};
        QCOMPARE(bm25(row.matchinfo(), Weights, noNormalisation).value(), 5.0);
        QVERIFY(bm25(row.matchinfo(), Weights).value() < 2.0); // 11 / 7.6
        // Missing entries keep the usual 0.75.
        QCOMPARE(bm25(Row{.bodyHits = 1}.matchinfo(), Weights, noNormalisation).value(),
                 rank(Row{.bodyHits = 1}));
    }
};

QTEST_GUILESS_MAIN(TestSearchRanking)
#include "tst_searchranking.moc"
