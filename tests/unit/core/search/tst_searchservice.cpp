// Tests SearchService on an encrypted database with real official-document text.
#include "TestProfile.h"
#include "search/SearchService.h"
#include "search/SearchTokenizer.h"
#include "store/Database.h"
#include "store/MigrationRunner.h"
#include "store/Transaction.h"

#include <QFile>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace GovDesk::Core;
using namespace GovDesk::Test;

namespace {

const QString Documents = QStringLiteral("documents");
const QString Water = QStringLiteral("water");
const QString Court = QStringLiteral("court");

SearchDocument outgoingNotice()
{
    return {Documents, QStringLiteral("outgoing"), QStringLiteral("doc-2014-12"),
            QStringLiteral("广西壮族自治区人民政府关于做好2014年森林防火工作的通知"),
            QStringLiteral("桂政发〔2014〕12号\n\n各市、县人民政府，自治区人民政府各组成部门、各直属机构：\n"
                           "为切实做好2014年森林防火工作，有效预防和扑救森林火灾，保护森林资源和人民群众生命财产安全，"
                           "现就有关事项通知如下：\n一、提高认识，落实森林防火责任制。"),
            QDateTime(QDate(2014, 2, 20), QTime(9, 0), Qt::UTC)};
}

SearchDocument standardCircular()
{
    return {Documents, QStringLiteral("incoming"), QStringLiteral("doc-2002-76"),
            QStringLiteral("关于印发《电子政务标准化指南》的通知"),
            QStringLiteral("国标委工一〔2002〕76号\n各有关单位：现将《电子政务标准化指南》印发给你们，请认真贯彻执行。"
                           "公文格式按照GB/T 9704-2012《党政机关公文格式》执行。"),
            QDateTime(QDate(2002, 11, 5), QTime(10, 30), Qt::UTC)};
}

SearchDocument meetingMinutes()
{
    return {Documents, QStringLiteral("incoming"), QStringLiteral("doc-2014-minutes"),
            QStringLiteral("全省森林防火工作会议纪要"),
            QStringLiteral("3月5日，自治区林业厅在南宁召开全省森林防火工作会议，总结2013年工作，部署2014年任务。"),
            QDateTime(QDate(2014, 3, 6), QTime(8, 0), Qt::UTC)};
}

SearchDocument floodReport()
{
    return {Water, QStringLiteral("report"), QStringLiteral("wr-2014-07"),
            QStringLiteral("关于报送2014年主汛期水情的报告"),
            QStringLiteral("按照SL 323—2011《实时雨水情数据库表结构与标识符》要求，现将主汛期水情报告如下："
                           "7月以来，西江干流水位持续上涨，龙滩水库水位超过汛限水位1.2米。"
                           "据林业部门通报，降雨后森林防火形势趋缓。"),
            QDateTime(QDate(2014, 7, 18), QTime(16, 0), Qt::UTC)};
}

SearchDocument civilJudgment()
{
    return {Court, QStringLiteral("case"), QStringLiteral("case-2014-12"),
            QStringLiteral("（2014）桂民一终字第12号民事判决书"),
            QStringLiteral("上诉人因林地承包合同纠纷一案，不服南宁市中级人民法院（2013）南市民一初字第45号民事判决，"
                           "向本院提起上诉。本院依法组成合议庭审理了本案。"),
            QDateTime(QDate(2014, 9, 1), QTime(14, 0), Qt::UTC)};
}

QStringList recordIds(const QList<SearchHit> &hits)
{
    QStringList ids;
    for (const SearchHit &hit : hits)
        ids << hit.recordId;
    return ids;
}

} // namespace

class TestSearchService : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::optional<SearchService> m_search;

    QList<SearchHit> find(const QString &text, QStringList modules = {}, QStringList types = {}, int limit = 20)
    {
        auto hits = m_search->search(SearchQuery{text, std::move(modules), std::move(types), limit});
        if (!hits) {
            // Marks the test failed, so that an error never passes for "no hits".
            QTest::qFail(qPrintable(hits.error().fullText()), __FILE__, __LINE__);
            return {};
        }
        return *hits;
    }

    QStringList findIds(const QString &text) { return recordIds(find(text)); }

    qint64 count() { return m_search->documentCount().value_or(-1); }

    // Term → (documents, occurrences) as the FTS4 index holds them. (FTS4's 'integrity-check'
    // reports order=DESC tables as corrupt in SQLite 3.15, so the tests compare statistics.)
    QMap<QString, std::pair<qint64, qint64>> indexedTerms()
    {
        QMap<QString, std::pair<qint64, qint64>> terms;
        if (!m_db->execute(QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_terms USING fts4aux(main, search_index)")))
            return terms;
        auto statement = m_db->prepare(QStringLiteral("SELECT term, documents, occurrences FROM temp.search_terms WHERE col = '*'"));
        if (!statement)
            return terms;
        for (auto row = statement->step(); row && *row; row = statement->step())
            terms.insert(statement->text(0), {statement->int64(1), statement->int64(2)});
        return terms;
    }

    // The same statistics computed from the text in search_documents.
    QMap<QString, std::pair<qint64, qint64>> storedTerms()
    {
        QMap<QString, std::pair<qint64, qint64>> terms;
        auto statement
            = m_db->prepare(QStringLiteral("SELECT title, body, document_number FROM search_documents"));
        if (!statement)
            return terms;
        for (auto row = statement->step(); row && *row; row = statement->step()) {
            QMap<QString, qint64> occurrences;
            for (const QString &token : SearchTokenizer::indexTokens(statement->text(0))
                                            + SearchTokenizer::indexTokens(statement->text(1))
                                            + SearchTokenizer::indexTokens(statement->text(2)))
                ++occurrences[token];
            for (auto it = occurrences.cbegin(); it != occurrences.cend(); ++it) {
                terms[it.key()].first += 1;
                terms[it.key()].second += it.value();
            }
        }
        return terms;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto db = Database::open(m_dir->filePath(QStringLiteral("profile.gddb")), testKey(), {.create = true});
        GD_VERIFY(db);
        m_db = std::move(*db);
        m_search.emplace(*m_db);
        MigrationRunner runner;
        GD_VERIFY(runner.add(QString::fromLatin1(SearchService::MigrationOwner), SearchService::migrations()));
        GD_VERIFY(runner.run(*m_db));
        for (const SearchType &type : {SearchType{Documents, QStringLiteral("outgoing"), QStringLiteral("发文")},
                                       SearchType{Documents, QStringLiteral("incoming"), QStringLiteral("收文")},
                                       SearchType{Water, QStringLiteral("report"), QStringLiteral("水情报告")},
                                       SearchType{Court, QStringLiteral("case"), QStringLiteral("案件")}})
            GD_VERIFY(m_search->registerType(type));
        GD_VERIFY(m_search->index(QList<SearchDocument>{outgoingNotice(), standardCircular(), meetingMinutes(),
                                                        floodReport(), civilJudgment()}));
    }

    void cleanup()
    {
        m_search.reset();
        m_db.reset();
        m_dir.reset();
    }

    void bigramPhraseFindsLongerRuns()
    {
        // Title hits first (the shorter title ranks higher), then the body-only hit.
        QCOMPARE(findIds(QStringLiteral("森林防火")),
                 QStringList({QStringLiteral("doc-2014-minutes"), QStringLiteral("doc-2014-12"), QStringLiteral("wr-2014-07")}));
        QCOMPARE(findIds(QStringLiteral("防火工作会议")), QStringList{QStringLiteral("doc-2014-minutes")});
        QCOMPARE(findIds(QStringLiteral("电子政务")), QStringList{QStringLiteral("doc-2002-76")});
        QVERIFY(findIds(QStringLiteral("防火森林")).isEmpty()); // the characters, but not in this order
    }

    void documentNumbers()
    {
        QCOMPARE(findIds(QStringLiteral("桂政发")), QStringList{QStringLiteral("doc-2014-12")});
        QCOMPARE(findIds(QStringLiteral("桂政发〔2014〕12号")), QStringList{QStringLiteral("doc-2014-12")});
        QCOMPARE(findIds(QStringLiteral("政发2014")), QStringList{QStringLiteral("doc-2014-12")});
        QCOMPARE(findIds(QStringLiteral("第12号")), QStringList{QStringLiteral("case-2014-12")});
        QCOMPARE(findIds(QStringLiteral("76号")), QStringList{QStringLiteral("doc-2002-76")});
        // 12号 is in the title of the judgment and the body of the notice.
        QCOMPARE(findIds(QStringLiteral("12号")),
                 QStringList({QStringLiteral("case-2014-12"), QStringLiteral("doc-2014-12")}));
    }

    void fullWidthAndMixedScripts()
    {
        QCOMPARE(findIds(QStringLiteral("１２号")), findIds(QStringLiteral("12号")));
        QCOMPARE(findIds(QStringLiteral("ＧＢ／Ｔ　９７０４")), QStringList{QStringLiteral("doc-2002-76")});
        QCOMPARE(findIds(QStringLiteral("gb/t 9704-2012")), QStringList{QStringLiteral("doc-2002-76")});
        QCOMPARE(findIds(QStringLiteral("GB/T9704")), QStringList{QStringLiteral("doc-2002-76")});
        QCOMPARE(findIds(QStringLiteral("SL323")), QStringList{QStringLiteral("wr-2014-07")});
        QCOMPARE(findIds(QStringLiteral("sl 323—2011")), QStringList{QStringLiteral("wr-2014-07")});
        QVERIFY(findIds(QStringLiteral("9704-2011")).isEmpty());
    }

    void termsAreAnded()
    {
        QCOMPARE(findIds(QStringLiteral("森林防火 水位")), QStringList{QStringLiteral("wr-2014-07")});
        QCOMPARE(findIds(QStringLiteral("林业 会议")), QStringList{QStringLiteral("doc-2014-minutes")});
        QVERIFY(findIds(QStringLiteral("森林防火 判决")).isEmpty());
    }

    void emptyQueriesFindNothingWithoutError()
    {
        for (const QString &query : {QString(), QStringLiteral("   "), QStringLiteral("\t　\n"),
                                     QStringLiteral("，。！？"), QStringLiteral("《》〔〕……")}) {
            auto hits = m_search->search(SearchQuery{query});
            GD_VERIFY(hits);
            QVERIFY(hits->isEmpty());
        }
    }

    void oneCharacterQueries()
    {
        // 火 starts bigrams (火灾, 火工) and is nowhere the end of a run here.
        QCOMPARE(findIds(QStringLiteral("火")).size(), 3);
        QCOMPARE(findIds(QStringLiteral("判")), QStringList{QStringLiteral("case-2014-12")});
        // 号 always follows a number here: it is found through the boundary tokens 12·号, 号·.
        QCOMPARE(findIds(QStringLiteral("号")).size(), 3);
        GD_VERIFY(m_search->index(SearchDocument{Documents, QStringLiteral("incoming"), QStringLiteral("doc-agenda"),
                                                 QStringLiteral("关于召开防汛专题会议"), QStringLiteral("请准时参加。"), {}}));
        // 议 ends the runs 专题会议 and 工作会议, and starts the bigram 议庭 of 合议庭.
        QCOMPARE(findIds(QStringLiteral("议")).size(), 3);
        QVERIFY(findIds(QStringLiteral("议")).contains(QStringLiteral("doc-agenda")));
        QVERIFY(findIds(QStringLiteral("议")).contains(QStringLiteral("case-2014-12")));
        QCOMPARE(findIds(QStringLiteral("加")), QStringList{QStringLiteral("doc-agenda")}); // 参加。
    }

    void titleHitOutranksBodyRepetitions()
    {
        GD_VERIFY(m_search->index(QList<SearchDocument>{
            {Water, QStringLiteral("report"), QStringLiteral("wr-body"), QStringLiteral("关于西江水情的报告"),
             QStringLiteral("做好防汛抗旱工作。防汛抗旱物资已到位，防汛抗旱队伍已集结。"), {}},
            {Water, QStringLiteral("report"), QStringLiteral("wr-title"), QStringLiteral("关于做好防汛抗旱工作的通知"),
             QStringLiteral("请各地认真落实。"), {}}}));
        QCOMPARE(findIds(QStringLiteral("防汛抗旱")), QStringList({QStringLiteral("wr-title"), QStringLiteral("wr-body")}));
    }

    void moreOccurrencesRankHigher()
    {
        // Same title; the body with three occurrences is even the longer one.
        GD_VERIFY(m_search->index(QList<SearchDocument>{
            {Water, QStringLiteral("report"), QStringLiteral("wr-once"), QStringLiteral("水库调度情况"),
             QStringLiteral("龙滩水库水位超过汛限水位，岩滩水库正常，百色水库正常，请加强值班。"), {}},
            {Water, QStringLiteral("report"), QStringLiteral("wr-thrice"), QStringLiteral("水库调度情况"),
             QStringLiteral("龙滩水库超过汛限水位，岩滩水库超汛限水位，百色水库近汛限水位，请加强值班。"), {}}}));
        const QList<SearchHit> hits = find(QStringLiteral("汛限水位"));
        QCOMPARE(recordIds(hits).mid(0, 2), QStringList({QStringLiteral("wr-thrice"), QStringLiteral("wr-once")}));
        QVERIFY(hits.at(0).score > hits.at(1).score);
    }

    void lastIndexedWinsATie()
    {
        const auto notice = [](const QString &id) {
            return SearchDocument{Documents, QStringLiteral("incoming"), id, QStringLiteral("关于开展安全生产大检查的通知"),
                                  QStringLiteral("请各单位自查。"), {}};
        };
        GD_VERIFY(m_search->index(QList<SearchDocument>{notice(QStringLiteral("first")), notice(QStringLiteral("second"))}));
        QList<SearchHit> hits = find(QStringLiteral("安全生产"));
        QCOMPARE(recordIds(hits), QStringList({QStringLiteral("second"), QStringLiteral("first")}));
        QCOMPARE(hits.at(0).score, hits.at(1).score);
        // Re-indexing (an edit) makes an entry the newest.
        GD_VERIFY(m_search->index(notice(QStringLiteral("first"))));
        QCOMPARE(findIds(QStringLiteral("安全生产")), QStringList({QStringLiteral("first"), QStringLiteral("second")}));
    }

    void broadQueriesRankTheNewestCandidates()
    {
        // The oldest entry has the term in its title, but more than MaxCandidates newer entries
        // contain it too: only those are ranked.
        QList<SearchDocument> batch;
        for (int i = 0; i <= SearchService::MaxCandidates; ++i)
            batch << SearchDocument{Water, QStringLiteral("report"), QStringLiteral("daily-%1").arg(i),
                                    QStringLiteral("水情日报第%1期").arg(i), QStringLiteral("今日各站水位正常。"), {}};
        GD_VERIFY(m_search->index(batch));
        QCOMPARE(count(), 5 + SearchService::MaxCandidates + 1);
        const QList<SearchHit> hits = find(QStringLiteral("水位"), {}, {}, 5);
        QCOMPARE(hits.size(), 5);
        QVERIFY(!recordIds(hits).contains(QStringLiteral("wr-2014-07")));
        // A narrower query still finds it.
        QCOMPARE(findIds(QStringLiteral("汛限水位")), QStringList{QStringLiteral("wr-2014-07")});
        // A filter applies before the cut: the old court case is found among many water reports.
        QCOMPARE(recordIds(find(QStringLiteral("号"), {Court})), QStringList{QStringLiteral("case-2014-12")});
    }

    void exactTitleBeyondTheCutComesFirst()
    {
        // The oldest entry's whole title is the query; more than MaxCandidates newer entries
        // contain it too. Found by its key, it still ranks first, and so does an exact number.
        GD_VERIFY(m_search->index(SearchDocument{Water,
                                                 QStringLiteral("report"),
                                                 QStringLiteral("old-daily"),
                                                 QStringLiteral("水情日报"),
                                                 QStringLiteral("各站水位正常。"),
                                                 {},
                                                 QStringLiteral("桂水文〔2009〕1号")}));
        QList<SearchDocument> batch;
        for (int i = 0; i <= SearchService::MaxCandidates; ++i)
            batch << SearchDocument{Water,
                                    QStringLiteral("report"),
                                    QStringLiteral("daily-%1").arg(i),
                                    QStringLiteral("第%1期水情日报").arg(i),
                                    QStringLiteral("今日各站水位正常，见桂水文〔2009〕1号。"),
                                    {}};
        GD_VERIFY(m_search->index(batch));
        QList<SearchHit> hits = find(QStringLiteral("水情日报"), {}, {}, 5);
        QCOMPARE(hits.size(), 5);
        QCOMPARE(hits.first().recordId, QStringLiteral("old-daily"));
        QVERIFY(hits.first().score > hits.at(1).score);
        QCOMPARE(hits.first().matchedFields, QStringList{QStringLiteral("title")});
        // Traditional characters and full-width punctuation make the same key.
        QCOMPARE(find(QStringLiteral("水情日報"), {}, {}, 1).first().recordId, QStringLiteral("old-daily"));
        hits = find(QStringLiteral("桂水文［2009］1號"), {}, {}, 3);
        QCOMPARE(hits.first().recordId, QStringLiteral("old-daily"));
        QCOMPARE(hits.first().matchedFields, QStringList{QStringLiteral("documentNumber")});
        // Filters apply to the key lookup too.
        QVERIFY(
            !recordIds(find(QStringLiteral("水情日报"), {Documents})).contains(QStringLiteral("old-daily")));
    }

    void noSpaceQueriesFindNearMatchesAfterExactOnes()
    {
        GD_VERIFY(m_search->index(QList<SearchDocument>{{Documents,
                                                         QStringLiteral("incoming"),
                                                         QStringLiteral("near"),
                                                         QStringLiteral("关于召开全区电子政务工作会议的通知"),
                                                         QStringLiteral("请各单位派员参加。"),
                                                         {}},
                                                        {Documents,
                                                         QStringLiteral("incoming"),
                                                         QStringLiteral("exact"),
                                                         QStringLiteral("电子政务会议纪要"),
                                                         QStringLiteral("会议听取了各单位汇报。"),
                                                         {}},
                                                        {Documents,
                                                         QStringLiteral("incoming"),
                                                         QStringLiteral("partial"),
                                                         QStringLiteral("电子政务外网建设方案"),
                                                         QStringLiteral("按照统一部署推进。"),
                                                         {}}}));
        // The exact phrase first; the near match after; 电子政务 alone without 会议 is not a match.
        const QList<SearchHit> hits = find(QStringLiteral("电子政务会议"));
        QCOMPARE(recordIds(hits), QStringList({QStringLiteral("exact"), QStringLiteral("near")}));
        QVERIFY(hits.at(0).score > hits.at(1).score);
        QCOMPARE(hits.at(1).titleHtml,
                 QStringLiteral("关于召开全区<mark>电子政务</mark>工作<mark>会议</mark>的通知"));
        QCOMPARE(hits.at(1).matchedFields, QStringList{QStringLiteral("title")});
        // The other alignment: 子政 务会 are not in the text, but 政务 会议 are.
        QVERIFY(findIds(QStringLiteral("子政务会议")).contains(QStringLiteral("near")));
        // Near matches are not looked for when exact ones fill the page.
        QCOMPARE(recordIds(find(QStringLiteral("电子政务会议"), {}, {}, 1)),
                 QStringList{QStringLiteral("exact")});
        // A short term stays exact: 防火森林 has the characters but not the phrase.
        QVERIFY(findIds(QStringLiteral("防火森林")).isEmpty());
    }

    void traditionalAndSimplifiedFindEachOther()
    {
        GD_VERIFY(m_search->index(SearchDocument{Documents,
                                                 QStringLiteral("incoming"),
                                                 QStringLiteral("hk-notice"),
                                                 QStringLiteral("關於加強電子政務網絡安全的通知"),
                                                 QStringLiteral("各區政府：請認真貫徹執行。"),
                                                 {}}));
        QCOMPARE(findIds(QStringLiteral("网络安全")), QStringList{QStringLiteral("hk-notice")});
        QStringList ids = findIds(QStringLiteral("電子政務"));
        ids.sort();
        QCOMPARE(ids, QStringList({QStringLiteral("doc-2002-76"), QStringLiteral("hk-notice")}));
        QCOMPARE(findIds(QStringLiteral("森林防火")), findIds(QStringLiteral("森林防火")));
        QCOMPARE(findIds(QStringLiteral("森林防火")).size(), 3);
        ids = findIds(QStringLiteral("貫徹执行"));
        ids.sort();
        QCOMPARE(ids, QStringList({QStringLiteral("doc-2002-76"), QStringLiteral("hk-notice")}));
        // The text is shown as written, the match marked on it.
        const QList<SearchHit> hits = find(QStringLiteral("网络安全"));
        QCOMPARE(hits.first().title, QStringLiteral("關於加強電子政務網絡安全的通知"));
        QCOMPARE(hits.first().titleHtml, QStringLiteral("關於加強電子政務<mark>網絡安全</mark>的通知"));
    }

    void documentNumberIsAFieldOfItsOwn()
    {
        const SearchDocument numbered{Documents,
                                      QStringLiteral("outgoing"),
                                      QStringLiteral("numbered"),
                                      QStringLiteral("关于进一步加强水土保持工作的意见"),
                                      QStringLiteral("各市、县人民政府：水土保持是生态文明建设的重要内容。"),
                                      {},
                                      QStringLiteral("桂政发〔2015〕12号")};
        GD_VERIFY(m_search->index(numbered));
        // The exact number: only its own document has it whole (the notice quotes 〔2014〕12号).
        QList<SearchHit> hits = find(QStringLiteral("桂政发〔2015〕12号"));
        QCOMPARE(recordIds(hits), QStringList{QStringLiteral("numbered")});
        QCOMPARE(hits.first().documentNumber, numbered.documentNumber);
        QCOMPARE(hits.first().matchedFields, QStringList{QStringLiteral("documentNumber")});
        // 12号 is in three entries: the number field outweighs the judgment's title and the body.
        hits = find(QStringLiteral("12号"));
        QCOMPARE(recordIds(hits), QStringList({QStringLiteral("numbered"), QStringLiteral("case-2014-12"),
                                               QStringLiteral("doc-2014-12")}));
        QCOMPARE(hits.at(0).matchedFields, QStringList{QStringLiteral("documentNumber")});
        QCOMPARE(hits.at(1).matchedFields, QStringList{QStringLiteral("title")});
        QCOMPARE(hits.at(2).matchedFields, QStringList{QStringLiteral("body")});
        QCOMPARE(find(QStringLiteral("水土保持")).first().matchedFields,
                 QStringList({QStringLiteral("title"), QStringLiteral("body")}));
        // Removing and re-indexing keep index and text in step, the number column included.
        GD_VERIFY(m_search->index(numbered));
        GD_VERIFY(m_search->remove(Documents, QStringLiteral("numbered")));
        QVERIFY(!findIds(QStringLiteral("12号")).contains(QStringLiteral("numbered")));
        QCOMPARE(indexedTerms(), storedTerms());
    }

    void migrationTwoRebuildsAnExistingIndex()
    {
        // A profile indexed by version 1 (two columns, no folding): after migrating, its entries
        // are found by traditional and simplified queries and by their exact titles. Migrated on
        // a connection without the service, as Session does (its functions are then missing).
        cleanup();
        m_dir = std::make_unique<QTemporaryDir>();
        const QString path = m_dir->filePath(QStringLiteral("old.gddb"));
        auto db = Database::open(path, testKey(), {.create = true});
        GD_VERIFY(db);
        m_db = std::move(*db);
        m_search.emplace(*m_db); // version 1's rebuild reads tokens through the function
        MigrationRunner versionOne;
        GD_VERIFY(versionOne.add(QString::fromLatin1(SearchService::MigrationOwner),
                                 SearchService::migrations().mid(0, 1)));
        GD_VERIFY(versionOne.run(*m_db));
        GD_VERIFY(m_db->execute(
            QStringLiteral("INSERT INTO search_documents (module, type, record_id, title, body) VALUES"
                           " ('documents', 'incoming', 'tw', '關於電子政務工作會議的通知', '請準時出席。'),"
                           " ('documents', 'incoming', 'cn', '防汛抗旱', '做好防汛抗旱工作。');"
                           "INSERT INTO search_index (search_index) VALUES ('rebuild');")));
        m_search.reset();
        m_db.reset();
        db = Database::open(path, testKey(), {});
        GD_VERIFY(db);
        m_db = std::move(*db);
        MigrationRunner all;
        GD_VERIFY(all.add(QString::fromLatin1(SearchService::MigrationOwner), SearchService::migrations()));
        GD_VERIFY(all.run(*m_db));
        m_search.emplace(*m_db);
        QCOMPARE(findIds(QStringLiteral("电子政务会议")), QStringList{QStringLiteral("tw")});
        QCOMPARE(findIds(QStringLiteral("防汛抗旱")), QStringList{QStringLiteral("cn")});
        QCOMPARE(find(QStringLiteral("防汛抗旱")).first().score,
                 find(QStringLiteral("防汛抗旱")).first().score);
        QVERIFY(find(QStringLiteral("防汛抗旱")).first().score >= 20000.0); // the exact-title tier
        QCOMPARE(indexedTerms(), storedTerms());
    }

    void hitCarriesWhatTheShellNeeds()
    {
        const QList<SearchHit> hits = find(QStringLiteral("判决书"));
        QCOMPARE(hits.size(), 1);
        const SearchHit &hit = hits.first();
        QCOMPARE(hit.module, Court);
        QCOMPARE(hit.type, QStringLiteral("case"));
        QCOMPARE(hit.recordId, QStringLiteral("case-2014-12"));
        QCOMPARE(hit.title, civilJudgment().title);
        QCOMPARE(hit.titleHtml, QStringLiteral("（2014）桂民一终字第12号民事<mark>判决书</mark>"));
        QCOMPARE(hit.updatedAt, civilJudgment().updatedAt);
        QVERIFY(hit.score > 0);
    }

    void snippetMarksAndEscapes()
    {
        const QList<SearchHit> water = find(QStringLiteral("汛限水位"));
        QCOMPARE(water.size(), 1);
        QVERIFY(water.first().snippetHtml.contains(QStringLiteral("超过<mark>汛限水位</mark>1.2米")));
        QVERIFY(water.first().snippetHtml.startsWith(QStringLiteral("…")));

        GD_VERIFY(m_search->index(SearchDocument{Documents, QStringLiteral("incoming"), QStringLiteral("doc-html"),
                                                 QStringLiteral("<b>信息公开</b>工作要点"),
                                                 QStringLiteral("<script>alert('信息公开')</script>"), {}}));
        const QList<SearchHit> hits = find(QStringLiteral("信息公开"));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().snippetHtml,
                 QStringLiteral("&lt;script&gt;alert('<mark>信息公开</mark>')&lt;/script&gt;"));
        QCOMPARE(hits.first().titleHtml, QStringLiteral("&lt;b&gt;<mark>信息公开</mark>&lt;/b&gt;工作要点"));
    }

    void filterByModuleAndType()
    {
        QCOMPARE(recordIds(find(QStringLiteral("森林防火"), {Water})), QStringList{QStringLiteral("wr-2014-07")});
        QCOMPARE(recordIds(find(QStringLiteral("森林防火"), {}, {QStringLiteral("incoming")})),
                 QStringList{QStringLiteral("doc-2014-minutes")});
        QCOMPARE(recordIds(find(QStringLiteral("森林防火"), {Documents, Water}, {QStringLiteral("outgoing"), QStringLiteral("report")})),
                 QStringList({QStringLiteral("doc-2014-12"), QStringLiteral("wr-2014-07")}));
        // Module and type filters combine with AND; the values within one with OR.
        QCOMPARE(recordIds(find(QStringLiteral("森林防火"), {Water}, {QStringLiteral("outgoing")})), QStringList());
        QVERIFY(find(QStringLiteral("森林防火"), {QStringLiteral("nosuch")}).isEmpty());
        QCOMPARE(find(QStringLiteral("森林防火"), {}, {}, 1).size(), 1);
        const auto zero = m_search->search(SearchQuery{QStringLiteral("森林防火"), {}, {}, 0});
        QVERIFY(!zero);
        QCOMPARE(zero.error().code, ErrorCode::InvalidArgument);
    }

    void reindexReplaces()
    {
        SearchDocument notice = outgoingNotice();
        notice.title = QStringLiteral("广西壮族自治区人民政府关于做好2014年防汛抗旱工作的通知");
        notice.body = QStringLiteral("桂政发〔2014〕13号");
        notice.type = QStringLiteral("incoming");
        GD_VERIFY(m_search->index(notice));
        QCOMPARE(count(), 5);
        QCOMPARE(findIds(QStringLiteral("防汛抗旱")), QStringList{QStringLiteral("doc-2014-12")});
        QCOMPARE(find(QStringLiteral("防汛抗旱")).first().type, QStringLiteral("incoming"));
        // The old tokens left the index with the old text.
        QVERIFY(findIds(QStringLiteral("扑救")).isEmpty());
        QVERIFY(!findIds(QStringLiteral("森林防火")).contains(QStringLiteral("doc-2014-12")));
        QCOMPARE(findIds(QStringLiteral("桂政发")), QStringList{QStringLiteral("doc-2014-12")});
        GD_VERIFY(m_search->index(notice));
        QCOMPARE(findIds(QStringLiteral("桂政发")).size(), 1);
        QCOMPARE(indexedTerms(), storedTerms());
        QVERIFY(!indexedTerms().contains(QStringLiteral("扑救")));
        QCOMPARE(indexedTerms().value(QStringLiteral("抗旱")), std::make_pair(qint64(1), qint64(1)));
    }

    void removeTakesItOut()
    {
        GD_VERIFY(m_search->remove(Court, QStringLiteral("case-2014-12")));
        QCOMPARE(count(), 4);
        QVERIFY(findIds(QStringLiteral("判决书")).isEmpty());
        QCOMPARE(findIds(QStringLiteral("12号")), QStringList{QStringLiteral("doc-2014-12")});
        GD_VERIFY(m_search->remove(Court, QStringLiteral("case-2014-12")));
        GD_VERIFY(m_search->remove(Water, QStringLiteral("case-2014-12"))); // same id, other module: nothing
        QCOMPARE(count(), 4);
        QCOMPARE(indexedTerms(), storedTerms());
    }

    void unregisteredTypesAreRefused()
    {
        SearchDocument stray = floodReport();
        stray.recordId = QStringLiteral("wr-stray");
        stray.type = QStringLiteral("forecast");
        const auto refused = m_search->index(stray);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::InvalidArgument);
        // A batch is all or nothing: the valid document before the stray one is not stored either.
        SearchDocument valid = floodReport();
        valid.recordId = QStringLiteral("wr-valid");
        QCOMPARE(m_search->index(QList<SearchDocument>{valid, stray}).error().code, ErrorCode::InvalidArgument);
        SearchDocument anonymous = floodReport();
        anonymous.recordId.clear();
        QCOMPARE(m_search->index(anonymous).error().code, ErrorCode::InvalidArgument);
        QCOMPARE(count(), 5);

        QCOMPARE(m_search->registerType({Water, QStringLiteral("report"), QStringLiteral("水情")}).error().code,
                 ErrorCode::AlreadyExists);
        GD_VERIFY(m_search->registerType({Water, QStringLiteral("report"), QStringLiteral("水情报告")})); // same again: no-op
        QCOMPARE(m_search->registerType({Water, QString(), QStringLiteral("水情")}).error().code,
                 ErrorCode::InvalidArgument);
        QCOMPARE(m_search->registeredTypes().size(), 4);
        QCOMPARE(m_search->registeredTypes().at(2).label, QStringLiteral("水情报告"));
    }

    void searchingNeedsNoRegistration()
    {
        // As in the CLI, which loads no modules: every entry is found, filters still apply.
        SearchService headless(*m_db);
        auto hits = headless.search(SearchQuery{QStringLiteral("12号")});
        GD_VERIFY(hits);
        QCOMPARE(recordIds(*hits), QStringList({QStringLiteral("case-2014-12"), QStringLiteral("doc-2014-12")}));
        hits = headless.search(SearchQuery{QStringLiteral("12号"), {Court}});
        GD_VERIFY(hits);
        QCOMPARE(recordIds(*hits), QStringList{QStringLiteral("case-2014-12")});
        QCOMPARE(headless.index(floodReport()).error().code, ErrorCode::InvalidArgument);
    }

    void injectionAttemptsAreHarmless_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("ids");
        const QStringList none;
        QTest::newRow("quote OR star") << QStringLiteral("\" OR *") << none;
        QTest::newRow("OR is a word") << QStringLiteral("森林防火 OR 判决书") << none;
        QTest::newRow("NEAR is a word") << QStringLiteral("森林 NEAR 防火") << none;
        QTest::newRow("minus is not NOT") << QStringLiteral("-桂政发") << QStringList{QStringLiteral("doc-2014-12")};
        QTest::newRow("column filter") << QStringLiteral("title:判决书") << none;
        QTest::newRow("unbalanced quote") << QStringLiteral("\"判决书") << QStringList{QStringLiteral("case-2014-12")};
        QTest::newRow("star alone") << QStringLiteral("*") << none;
        QTest::newRow("SQL") << QStringLiteral("'); DROP TABLE search_documents; --") << none;
    }

    void injectionAttemptsAreHarmless()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, ids);
        auto hits = m_search->search(SearchQuery{query});
        GD_VERIFY(hits);
        QCOMPARE(recordIds(*hits), ids);
        QCOMPARE(count(), 5);
    }

    void indexJoinsTheCallersTransaction()
    {
        SearchDocument draft = meetingMinutes();
        draft.recordId = QStringLiteral("doc-draft");
        draft.title = QStringLiteral("关于防范化解重大风险的意见（征求意见稿）");
        {
            auto transaction = Transaction::begin(*m_db);
            GD_VERIFY(transaction);
            GD_VERIFY(m_search->index(draft));
            QCOMPARE(findIds(QStringLiteral("征求意见稿")), QStringList{QStringLiteral("doc-draft")});
            transaction->rollback(); // the module's save failed: the entry goes with it
        }
        QVERIFY(findIds(QStringLiteral("征求意见稿")).isEmpty());
        QCOMPARE(count(), 5);
        QCOMPARE(indexedTerms(), storedTerms());
    }

    void tokensAreReadThroughTheView()
    {
        auto statement = m_db->prepare(QStringLiteral(
            "SELECT t.title FROM search_tokens AS t JOIN search_documents AS d ON d.id = t.rowid WHERE d.record_id = ?1"));
        GD_VERIFY(statement);
        statement->bind(1, QStringLiteral("case-2014-12"));
        QCOMPARE(statement->step().value(), true);
        QCOMPARE(statement->text(0), QStringLiteral("2014 2014·桂 桂民 民一 一终 终字 字第 第·12 12 12·号 号民 民事 事判 判决 决书 书·"));
        // Rebuilding from the view gives the same index.
        GD_VERIFY(m_db->execute(QStringLiteral("INSERT INTO search_index (search_index) VALUES ('rebuild')")));
        QCOMPARE(indexedTerms(), storedTerms());
        QCOMPARE(findIds(QStringLiteral("森林防火")).size(), 3);
    }

    void indexIsEncryptedOnDisk()
    {
        GD_VERIFY(m_db->checkpoint());
        QFile file(m_db->path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.size() > 4 * Database::PageSize);
        QVERIFY(!bytes.contains(QStringLiteral("森林防火").toUtf8()));
        QVERIFY(!bytes.contains(QStringLiteral("森林 林防").toUtf8()));
    }
};

QTEST_GUILESS_MAIN(TestSearchService)
#include "tst_searchservice.moc"
