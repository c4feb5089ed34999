// Measures SearchService's recall@10 and MRR on a set of Chinese government documents and queries.
#include "TestProfile.h"
#include "search/SearchService.h"
#include "store/Database.h"
#include "store/MigrationRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>
#include <optional>

using namespace GovDesk::Core;
using namespace GovDesk::Test;

namespace {

struct Figures
{
    double recallSum = 0.0;
    double reciprocalRankSum = 0.0;
    int queries = 0;

    void add(double recall, double reciprocalRank)
    {
        recallSum += recall;
        reciprocalRankSum += reciprocalRank;
        ++queries;
    }
    [[nodiscard]] double recall() const { return queries ? recallSum / queries : 0.0; }
    [[nodiscard]] double mrr() const { return queries ? reciprocalRankSum / queries : 0.0; }
};

} // namespace

class TestSearchRecall : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::optional<SearchService> m_search;
    QJsonArray m_queries;

private Q_SLOTS:
    void initTestCase()
    {
        QFile file(QStringLiteral(GOVDESK_SEARCH_CORPUS));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject corpus = QJsonDocument::fromJson(file.readAll()).object();
        m_queries = corpus.value(QStringLiteral("queries")).toArray();
        const QJsonArray documents = corpus.value(QStringLiteral("documents")).toArray();
        QVERIFY(documents.size() >= 200);
        QVERIFY(m_queries.size() >= 60);

        m_dir = std::make_unique<QTemporaryDir>();
        auto db = openWithSchema(m_dir->filePath(QStringLiteral("recall.gddb")), SearchService::MigrationOwner,
                                 SearchService::migrations(), true);
        GD_VERIFY(db);
        m_db = std::move(*db);
        m_search.emplace(*m_db);
        QList<SearchDocument> batch;
        QSet<std::pair<QString, QString>> types;
        // Oldest first, as a module indexes its records (the newest wins ties).
        QList<QJsonObject> sorted;
        for (const QJsonValue &value : documents)
            sorted << value.toObject();
        std::stable_sort(sorted.begin(), sorted.end(), [](const QJsonObject &a, const QJsonObject &b) {
            return a.value(QStringLiteral("updatedAt")).toString() < b.value(QStringLiteral("updatedAt")).toString();
        });
        for (const QJsonObject &document : std::as_const(sorted)) {
            const QString module = document.value(QStringLiteral("module")).toString();
            const QString type = document.value(QStringLiteral("type")).toString();
            if (!types.contains({module, type})) {
                types.insert({module, type});
                GD_VERIFY(m_search->registerType({module, type, type}));
            }
            batch << SearchDocument{module,
                                    type,
                                    document.value(QStringLiteral("id")).toString(),
                                    document.value(QStringLiteral("title")).toString(),
                                    document.value(QStringLiteral("body")).toString(),
                                    QDateTime::fromString(document.value(QStringLiteral("updatedAt")).toString(), Qt::ISODate),
                                    document.value(QStringLiteral("documentNumber")).toString()};
        }
        GD_VERIFY(m_search->index(batch));
    }

    // recall@10: the share of a query's relevant documents among the first ten hits, out of at
    // most ten (a broad query with 60 relevant documents can show only ten). MRR: 1 / the rank of
    // the first relevant hit, 0 when none is in the first ten.
    //
    // Thresholds: every query names documents a clerk would expect on the first page, so the
    // search should find nearly all of them (recall@10 ≥ 0.95), and put one of them first for
    // almost every query (MRR ≥ 0.9); each kind of query must stay above 0.85 on both, so that a
    // regression in one kind (traditional script, numbers, no-space) cannot hide in the average.
    void recallAndMrr()
    {
        Figures all;
        QMap<QString, Figures> byKind;
        QStringList misses;
        for (const QJsonValue &value : std::as_const(m_queries)) {
            const QJsonObject query = value.toObject();
            const QString text = query.value(QStringLiteral("query")).toString();
            QSet<QString> relevant;
            for (const QJsonValue &id : query.value(QStringLiteral("relevant")).toArray())
                relevant.insert(id.toString());
            auto hits = m_search->search(SearchQuery{text, {}, {}, 10});
            GD_VERIFY(hits);
            int found = 0;
            double reciprocalRank = 0.0;
            for (qsizetype rank = 0; rank < hits->size(); ++rank) {
                if (!relevant.contains(hits->at(rank).recordId))
                    continue;
                ++found;
                if (reciprocalRank == 0.0)
                    reciprocalRank = 1.0 / static_cast<double>(rank + 1);
            }
            // GOVDESK_RECALL_DUMP=<query> shows what a query ranks, when a figure drops.
            if (qEnvironmentVariable("GOVDESK_RECALL_DUMP") == text) {
                for (const SearchHit &hit : std::as_const(*hits))
                    qInfo().noquote() << hit.recordId << hit.score << hit.title << hit.matchedFields;
            }
            const double recall = static_cast<double>(found) / std::min<qsizetype>(relevant.size(), 10);
            const QString kind = query.value(QStringLiteral("kind")).toString();
            all.add(recall, reciprocalRank);
            byKind[kind].add(recall, reciprocalRank);
            if (recall < 1.0 || reciprocalRank < 1.0)
                misses << QStringLiteral("%1 [%2] recall %3 rr %4").arg(text, kind).arg(recall, 0, 'f', 2).arg(reciprocalRank, 0, 'f', 2);
        }
        for (const QString &miss : std::as_const(misses))
            qInfo().noquote() << "imperfect:" << miss;
        for (auto it = byKind.cbegin(); it != byKind.cend(); ++it) {
            qInfo().noquote() << QStringLiteral("%1: %2 queries, recall@10 %3, MRR %4")
                                     .arg(it.key())
                                     .arg(it->queries)
                                     .arg(it->recall(), 0, 'f', 3)
                                     .arg(it->mrr(), 0, 'f', 3);
            QVERIFY2(it->recall() >= 0.85 && it->mrr() >= 0.85, qPrintable(it.key()));
        }
        qInfo().noquote() << QStringLiteral("all: %1 queries, recall@10 %2, MRR %3")
                                 .arg(all.queries)
                                 .arg(all.recall(), 0, 'f', 3)
                                 .arg(all.mrr(), 0, 'f', 3);
        QVERIFY(all.recall() >= 0.95);
        QVERIFY(all.mrr() >= 0.90);
    }
};

QTEST_GUILESS_MAIN(TestSearchRecall)
#include "tst_searchrecall.moc"
