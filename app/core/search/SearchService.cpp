#include "SearchService.h"

#include "Logging.h"
#include "search/SearchHighlighter.h"
#include "search/SearchRanking.h"
#include "search/SearchTokenizer.h"
#include "store/Database.h"
#include "store/Transaction.h"

#include <algorithm>
#include <cstring>
#include <functional>
#include <span>
#include <sqlcipher/sqlite3.h>
#include <unordered_map>
#include <vector>

namespace GovDesk::Core {

namespace {

// Title hits count five times a body hit: enough for a single title hit to beat a body that
// repeats the term (BM25 caps a column's term frequency at k1 + 1 = 2.2 times one hit).
constexpr double TitleWeight = 5.0;
constexpr double BodyWeight = 1.0;
// A document number is a few rare tokens that name one document: a hit there outweighs a title
// hit (someone typing 12号 or 桂政发 is looking for that document, not for a text quoting it).
constexpr double NumberWeight = 10.0;

// Runs `work` in a transaction, which inside a caller's transaction is a savepoint: the index
// entry commits with the module's record, and a failure undoes only this work.
Result<> inTransaction(Database &db, const std::function<Result<>()> &work)
{
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return std::unexpected(transaction.error());
    GD_TRY(work());
    return transaction->commit();
}

// govdesk_search_tokens(text): the view search_tokens calls it, so FTS4 can re-read any row's
// tokens when it deletes the row or rebuilds the index. govdesk_search_key(text): the lookup key
// of a title or document number, for migrations that recompute the stored keys.
template<QString (*Transform)(QStringView)>
void textFunction(sqlite3_context *context, int /*argc*/, sqlite3_value **argv)
{
    const void *text = sqlite3_value_text16(argv[0]);
    if (!text) {
        sqlite3_result_null(context);
        return;
    }
    const QString result
        = Transform(QStringView(static_cast<const char16_t *>(text), sqlite3_value_bytes16(argv[0]) / 2));
    sqlite3_result_text16(context, result.utf16(), static_cast<int>(result.size() * 2), SQLITE_TRANSIENT);
}

// Registers the functions the view and the migrations call, on this connection (again is harmless).
void registerFunctions(Database &db)
{
    for (auto [name, function] :
         {std::pair{"govdesk_search_tokens", &textFunction<&SearchTokenizer::indexText>},
          std::pair{"govdesk_search_key", &textFunction<&SearchTokenizer::key>}}) {
        const int rc = sqlite3_create_function_v2(db.handle(), name, 1, SQLITE_UTF16 | SQLITE_DETERMINISTIC,
                                                  nullptr, function, nullptr, nullptr, nullptr);
        if (rc != SQLITE_OK) // only out of memory; every write to the index will then fail
            qCWarning(lcSearch) << "cannot register" << name << ":" << sqlite3_errstr(rc);
    }
}

// NULL for an empty number: the column's index then skips entries without one.
QString numberKey(QStringView number)
{
    const QString key = SearchTokenizer::key(number);
    return key.isEmpty() ? QString() : key;
}

// Takes entries out of the search, with statements prepared once for a whole batch.
struct Removal
{
    Statement find;
    Statement unindex;
    Statement erase;

    static Result<Removal> prepare(Database &db)
    {
        Removal removal;
        for (auto [statement, sql] : {std::pair{&removal.find, "SELECT id FROM search_documents WHERE module = ?1 AND record_id = ?2"},
                                      std::pair{&removal.unindex, "DELETE FROM search_index WHERE docid = ?1"},
                                      std::pair{&removal.erase, "DELETE FROM search_documents WHERE id = ?1"}}) {
            auto prepared = db.prepare(QString::fromLatin1(sql));
            if (!prepared)
                return std::unexpected(prepared.error());
            *statement = std::move(*prepared);
        }
        return removal;
    }

    Result<> run(const QString &module, const QString &recordId)
    {
        find.bind(1, module).bind(2, recordId);
        auto found = find.step();
        if (!found)
            return std::unexpected(found.error());
        const qint64 id = *found ? find.int64(0) : 0;
        find.reset();
        if (!*found)
            return {};
        // Out of the index first: FTS4 reads the tokens to remove through the view.
        for (Statement *statement : {&unindex, &erase}) {
            statement->bind(1, id);
            GD_TRY(statement->exec());
            statement->reset();
        }
        return {};
    }
};

// Which fields of an entry a query matched (bits in FTS4 column order).
enum FieldBit : unsigned { TitleBit = 1, BodyBit = 2, NumberBit = 4 };
constexpr double ColumnWeights[] = {TitleWeight, BodyWeight, NumberWeight};
// A query of single characters (汛, 林) is a broad browse, not a number lookup: the 汛 of every
// 桂水汛〔…〕 must not outrank titles about 防汛. Its number hits weigh like body hits.
constexpr double OneCharacterColumnWeights[] = {TitleWeight, BodyWeight, BodyWeight};
// Numbers are all about as long, and most entries have none (which makes their average length
// useless): no length normalisation for them.
constexpr double LengthNormalisation[] = {0.75, 0.75, 0.0};
// How far apart (in units) the bigrams of a near match may be: 电子政务工作会议 has two between
// 政务 and 会议; a whole clause between them is no longer the phrase typed.
constexpr qsizetype MaxNearGap = 6;

// The tiers of search(): a key hit beats every phrase hit, which beats every near match. Scores
// of one tier are BM25 sums far below TierStep.
enum Tier { Near = 0, Phrase = 1, Exact = 2 };
constexpr double TierStep = 10000.0;

struct Candidate
{
    qint64 id = 0;
    double score = 0.0;
    int tier = Near;
    unsigned fields = 0;
    qsizetype looseQuery = -1; // a near match: the index of the loose query that found it
};

// "s.module IN (?3, ?4) AND s.type IN (?5) AND s.module NOT IN (?6)" for the query's filters, numbering parameters from
// `firstParameter`; empty without filters.
QString filterCondition(const SearchQuery &query, int firstParameter, QStringList &values)
{
    QStringList conditions;
    const auto anyOf = [&](const QString &column, const QStringList &list) {
        if (list.isEmpty())
            return;
        QStringList parameters;
        for (const QString &value : list) {
            values << value;
            parameters << QStringLiteral("?%1").arg(firstParameter + values.size() - 1);
        }
        conditions << QStringLiteral("s.%1 IN (%2)").arg(column, parameters.join(QStringLiteral(", ")));
    };
    anyOf(QStringLiteral("module"), query.modules);
    anyOf(QStringLiteral("type"), query.types);
    if (!query.excludedModules.isEmpty()) {
        QStringList parameters;
        for (const QString &value : query.excludedModules) {
            values << value;
            parameters << QStringLiteral("?%1").arg(firstParameter + values.size() - 1);
        }
        conditions << QStringLiteral("s.module NOT IN (%1)").arg(parameters.join(QStringLiteral(", ")));
    }
    return conditions.join(QStringLiteral(" AND "));
}

// Up to MaxCandidates matches of the query's expression, with their BM25 score and matched
// fields. The index yields the newest first (order=DESC) and stops at the cut; a module or type
// filter applies before the cut, so that it never hides matches. No join without a filter:
// ranking reads only the index.
Result<std::vector<Candidate>> rankedCandidates(Database &db, const QString &expression,
                                                const SearchQuery &query, int tier, std::span<const double> weights,
                                                qsizetype looseQuery = -1)
{
    QString sql
        = QStringLiteral("SELECT search_index.docid, matchinfo(search_index, 'pcaly') FROM search_index");
    QStringList filterValues;
    const QString filter = filterCondition(query, 3, filterValues);
    if (filter.isEmpty()) {
        sql += QStringLiteral(" WHERE search_index MATCH ?1 LIMIT ?2");
    } else {
        // CROSS JOIN keeps the index as the outer loop (SQLite would otherwise start from the
        // filter and run the MATCH once per row); the narrow covering index makes each lookup
        // read a fraction of the pages a lookup of the whole row would.
        sql += QStringLiteral(" CROSS JOIN search_documents AS s INDEXED BY search_documents_scope"
                              " ON s.id = search_index.docid WHERE search_index MATCH ?1 AND %1 LIMIT ?2")
                   .arg(filter);
    }
    auto select = db.prepare(sql);
    if (!select)
        return std::unexpected(select.error());
    select->bind(1, expression).bind(2, SearchService::MaxCandidates);
    for (qsizetype i = 0; i < filterValues.size(); ++i)
        select->bind(static_cast<int>(i + 3), filterValues.at(i));

    std::vector<Candidate> candidates;
    GD_TRY(select->forEachRow([&](const Statement &) {
        // Copied into words: a blob's buffer carries no alignment promise.
        const QByteArray info = select->blob(1);
        std::vector<quint32> words(static_cast<std::size_t>(info.size()) / sizeof(quint32));
        std::memcpy(words.data(), info.constData(), words.size() * sizeof(quint32));
        Candidate candidate{select->int64(0),
                            Internal::bm25(words, weights, LengthNormalisation).value_or(0.0), tier, 0,
                            looseQuery};
        if (words.size() >= 2) {
            const std::size_t phrases = words[0];
            const std::size_t columns = words[1];
            for (std::size_t p = 0; p < phrases; ++p)
                for (std::size_t c = 0; c < columns && c < 3; ++c)
                    if (2 + 2 * columns + p * columns + c < words.size()
                        && words[2 + 2 * columns + p * columns + c] > 0)
                        candidate.fields |= 1u << c;
        }
        candidates.push_back(candidate);
    }));
    return candidates;
}

// Entries whose whole title or document number has the query's key (an index lookup each, so
// that no number of newer matches can push them out).
Result<std::vector<Candidate>> keyMatches(Database &db, const QString &key, const SearchQuery &query)
{
    QStringList filterValues;
    const QString filter = filterCondition(query, 3, filterValues);
    auto select = db.prepare(
        QStringLiteral(
            "SELECT s.id, s.title_key = ?1, s.number_key IS ?1 FROM search_documents AS s WHERE s.id IN ("
            "SELECT id FROM search_documents WHERE title_key = ?1"
            " UNION ALL SELECT id FROM search_documents WHERE number_key = ?1)%1 ORDER BY s.id DESC LIMIT ?2")
            .arg(filter.isEmpty() ? QString() : QStringLiteral(" AND ") + filter));
    if (!select)
        return std::unexpected(select.error());
    select->bind(1, key).bind(2, SearchService::MaxCandidates);
    for (qsizetype i = 0; i < filterValues.size(); ++i)
        select->bind(static_cast<int>(i + 3), filterValues.at(i));
    std::vector<Candidate> matches;
    GD_TRY(select->forEachRow([&](const Statement &) {
        matches.push_back(
            {select->int64(0), 0.0, Exact,
             (select->int64(1) ? unsigned(TitleBit) : 0u) | (select->int64(2) ? unsigned(NumberBit) : 0u)});
    }));
    return matches;
}

// Candidates of several passes, each entry once in its best tier with its best score.
class CandidateSet
{
public:
    void add(const std::vector<Candidate> &candidates)
    {
        for (const Candidate &candidate : candidates) {
            const auto [it, inserted] = m_index.try_emplace(candidate.id, m_candidates.size());
            if (inserted) {
                m_candidates.push_back(candidate);
                continue;
            }
            Candidate &known = m_candidates[it->second];
            known.fields |= candidate.fields;
            if (candidate.tier == known.tier)
                known.score = std::max(known.score, candidate.score);
            else if (candidate.tier < known.tier && known.score == 0.0)
                known.score = candidate.score; // a key hit keeps the BM25 of its phrase match
        }
    }

    [[nodiscard]] qsizetype size() const { return static_cast<qsizetype>(m_candidates.size()); }

    // Best first; equal scores: the newest first.
    [[nodiscard]] std::vector<Candidate> ranked() const
    {
        std::vector<Candidate> ranked = m_candidates;
        std::sort(ranked.begin(), ranked.end(), [](const Candidate &a, const Candidate &b) {
            if (a.tier != b.tier)
                return a.tier > b.tier;
            return a.score != b.score ? a.score > b.score : a.id > b.id;
        });
        return ranked;
    }

private:
    std::vector<Candidate> m_candidates;
    std::unordered_map<qint64, std::size_t> m_index;
};

QDateTime fromStored(const Statement &statement, int column)
{
    return statement.isNull(column) ? QDateTime() : QDateTime::fromMSecsSinceEpoch(statement.int64(column), Qt::UTC);
}

} // namespace

SearchService::SearchService(Database &db)
    : m_db(db)
{
    registerFunctions(db);
}

QList<Migration> SearchService::migrations()
{
    // The FTS4 table indexes tokens but stores nothing: it reads a row's tokens through the view
    // when it has to (deleting a row, 'rebuild'), so the text is stored once, in search_documents.
    // Hence the order of every change: out of the index first, while the view still shows the
    // old text. A tokenizer change needs only a migration running 'rebuild'.
    // order=DESC: the index yields newest entries first, and stops early (see MaxCandidates).
    // prefix="3": a one-character query ("火*", three bytes of UTF-8) reads one prefix list
    // instead of merging the lists of every bigram starting with that character.
    return {
        Migration{1, QStringLiteral("search documents and FTS4 index"), QStringLiteral(R"sql(
CREATE TABLE search_documents (
    id INTEGER PRIMARY KEY,
    module TEXT NOT NULL,
    type TEXT NOT NULL,
    record_id TEXT NOT NULL,
    updated_at INTEGER,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    UNIQUE (module, record_id)
);
CREATE INDEX search_documents_scope ON search_documents (id, module, type);
CREATE VIEW search_tokens AS
    SELECT id AS rowid, govdesk_search_tokens(title) AS title, govdesk_search_tokens(body) AS body
    FROM search_documents;
CREATE VIRTUAL TABLE search_index USING fts4(title, body, content="search_tokens", order=DESC, prefix="3");
)sql")},
        // The document number as a column of its own, lookup keys of whole titles and numbers,
        // and traditional characters folded to simplified ones by the tokenizer. FTS4 cannot add
        // a column, so the index is made anew and rebuilt from the view (about a minute at
        // 100,000 entries, once). The view and the keys use the tokenizer of this build: a later
        // tokenizer change rebuilds and recomputes the keys the same way.
        Migration{2, QStringLiteral("search: document numbers, title keys, simplified folding"),
                  QStringLiteral(R"sql(
DROP TABLE search_index;
DROP VIEW search_tokens;
ALTER TABLE search_documents ADD COLUMN document_number TEXT NOT NULL DEFAULT '';
ALTER TABLE search_documents ADD COLUMN title_key TEXT;
ALTER TABLE search_documents ADD COLUMN number_key TEXT;
CREATE INDEX search_documents_title_key ON search_documents (title_key);
CREATE INDEX search_documents_number_key ON search_documents (number_key);
CREATE VIEW search_tokens AS
    SELECT id AS rowid, govdesk_search_tokens(title) AS title, govdesk_search_tokens(body) AS body,
           govdesk_search_tokens(document_number) AS document_number
    FROM search_documents;
CREATE VIRTUAL TABLE search_index USING fts4(title, body, document_number, content="search_tokens", order=DESC, prefix="3");
)sql"),
                  // In code: the session runs migrations before it constructs the services, so
                  // the functions the keys and the rebuild call are registered here.
                  [](Database &db) -> Result<> {
                      registerFunctions(db);
                      return db.execute(
                          QStringLiteral("UPDATE search_documents SET title_key = govdesk_search_key(title);"
                                         "INSERT INTO search_index (search_index) VALUES ('rebuild');"));
                  }},
    };
}

Result<> SearchService::registerType(const SearchType &type)
{
    if (type.module.isEmpty() || type.type.isEmpty())
        return fail(ErrorCode::InvalidArgument, tr("A search type needs a module and a type name."));
    // The same declaration again is harmless: modules initialise again after a demo reset or a
    // lock/unlock of the session. A different label for the same type is a conflict.
    if (const SearchType *same = findType(type.module, type.type)) {
        if (same->label == type.label)
            return {};
        return fail(ErrorCode::AlreadyExists, tr("The search type \"%1\" of \"%2\" is registered twice.")
                                                  .arg(type.type, type.module));
    }
    m_types.append(type);
    return {};
}

QList<SearchType> SearchService::registeredTypes() const
{
    return m_types;
}

const SearchType *SearchService::findType(const QString &module, const QString &type) const
{
    const auto found = std::find_if(m_types.cbegin(), m_types.cend(),
                                    [&](const SearchType &t) { return t.module == module && t.type == type; });
    return found == m_types.cend() ? nullptr : &*found;
}

Result<> SearchService::index(const SearchDocument &document)
{
    return index(QList<SearchDocument>{document});
}

Result<> SearchService::index(const QList<SearchDocument> &documents)
{
    for (const SearchDocument &document : documents) {
        if (!findType(document.module, document.type))
            return fail(ErrorCode::InvalidArgument,
                        tr("\"%1\" cannot be added to the search: its type is not registered.").arg(document.title),
                        QStringLiteral("unregistered search type %1/%2").arg(document.module, document.type));
        if (document.recordId.isEmpty())
            return fail(ErrorCode::InvalidArgument,
                        tr("\"%1\" cannot be added to the search: it has no id.").arg(document.title));
    }
    if (documents.isEmpty())
        return {};
    return inTransaction(m_db, [&]() -> Result<> {
        auto removal = Removal::prepare(m_db);
        if (!removal)
            return std::unexpected(removal.error());
        auto insert
            = m_db.prepare(QStringLiteral("INSERT INTO search_documents (module, type, record_id, "
                                          "updated_at, title, body, document_number, title_key, number_key)"
                                          " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"));
        if (!insert)
            return std::unexpected(insert.error());
        auto addToIndex = m_db.prepare(QStringLiteral(
            "INSERT INTO search_index (docid, title, body, document_number)"
            " SELECT rowid, title, body, document_number FROM search_tokens WHERE rowid = ?1"));
        if (!addToIndex)
            return std::unexpected(addToIndex.error());
        for (const SearchDocument &document : documents) {
            // A replaced entry gets a new id, which makes it the newest (see MaxCandidates).
            GD_TRY(removal->run(document.module, document.recordId));
            insert->bind(1, document.module).bind(2, document.type).bind(3, document.recordId);
            if (document.updatedAt.isValid())
                insert->bind(4, document.updatedAt.toMSecsSinceEpoch());
            else
                insert->bindNull(4);
            // A title-only record (no body) is normal; the column is NOT NULL for the tokenizer view.
            insert->bind(5, document.title)
                .bind(6, document.body.isNull() ? QStringLiteral("") : document.body);
            insert->bind(7, document.documentNumber.isNull() ? QStringLiteral("") : document.documentNumber);
            insert->bind(8, SearchTokenizer::key(document.title));
            if (const QString key = numberKey(document.documentNumber); key.isNull())
                insert->bindNull(9);
            else
                insert->bind(9, key);
            GD_TRY(insert->exec());
            insert->reset();
            addToIndex->bind(1, m_db.lastInsertRowId());
            GD_TRY(addToIndex->exec());
            addToIndex->reset();
        }
        return {};
    });
}

Result<> SearchService::remove(const QString &module, const QString &recordId)
{
    return inTransaction(m_db, [&]() -> Result<> {
        auto removal = Removal::prepare(m_db);
        if (!removal)
            return std::unexpected(removal.error());
        return removal->run(module, recordId);
    });
}

Result<QList<SearchHit>> SearchService::search(const SearchQuery &query) const
{
    if (query.limit <= 0)
        return fail(ErrorCode::InvalidArgument, tr("The number of search results must be positive."),
                    QStringLiteral("limit %1").arg(query.limit));
    const QString expression = SearchTokenizer::queryExpression(query.text);
    if (expression.isEmpty())
        return QList<SearchHit>{};

    CandidateSet candidates;
    auto exact = keyMatches(m_db, SearchTokenizer::key(query.text), query);
    if (!exact)
        return std::unexpected(exact.error());
    candidates.add(*exact);
    const QList<QList<SearchUnit>> terms = SearchTokenizer::queryTerms(query.text);
    const bool oneCharacterTerms = std::all_of(terms.cbegin(), terms.cend(), [](const QList<SearchUnit> &term) {
        return term.size() == 1 && term.first().han;
    });
    const std::span<const double> weights = oneCharacterTerms ? std::span<const double>(OneCharacterColumnWeights)
                                                              : std::span<const double>(ColumnWeights);
    auto phrase = rankedCandidates(m_db, expression, query, Phrase, weights);
    if (!phrase)
        return std::unexpected(phrase.error());
    candidates.add(*phrase);
    // Near matches only rank below the others: not worth a lookup when those fill the page.
    QStringList nearPieces;
    QList<SearchTokenizer::LooseQuery> looseQueries;
    if (candidates.size() < query.limit) {
        looseQueries = SearchTokenizer::looseQueries(query.text);
        for (qsizetype i = 0; i < looseQueries.size(); ++i) {
            auto near = rankedCandidates(m_db, looseQueries.at(i).expression, query, Near, weights, i);
            if (!near)
                return std::unexpected(near.error());
            candidates.add(*near);
            nearPieces << looseQueries.at(i).highlightQuery;
        }
    }
    // A near match needs each loosened term's bigrams in the order typed, close together, within
    // one field: checked on the text, for the hits shown only.
    const auto inOrder = [&](const Candidate &candidate, const QStringList &fields) {
        if (candidate.tier != Near || candidate.looseQuery < 0)
            return true;
        const QList<QStringList> &groups = looseQueries.at(candidate.looseQuery).orderedPieces;
        return std::all_of(groups.cbegin(), groups.cend(), [&](const QStringList &pieces) {
            return std::any_of(fields.cbegin(), fields.cend(), [&](const QString &field) {
                return SearchTokenizer::occursInOrder(field, pieces, MaxNearGap);
            });
        });
    };

    auto fetch = m_db.prepare(QStringLiteral("SELECT module, type, record_id, title, body, updated_at, "
                                             "document_number FROM search_documents WHERE id = ?1"));
    if (!fetch)
        return std::unexpected(fetch.error());
    const SearchHighlighter highlighter(query.text);
    const SearchHighlighter nearHighlighter(nearPieces.join(QLatin1Char(' ')));
    const std::vector<Candidate> ranked = candidates.ranked();
    QList<SearchHit> hits;
    for (const Candidate &candidate : ranked) {
        fetch->bind(1, candidate.id);
        auto row = fetch->step();
        if (!row)
            return std::unexpected(row.error());
        if (*row && inOrder(candidate, {fetch->text(3), fetch->text(4), fetch->text(6)})) {
            const SearchHighlighter &marks = candidate.tier == Near ? nearHighlighter : highlighter;
            const QString title = fetch->text(3);
            const QString body = fetch->text(4);
            unsigned fields = candidate.fields;
            // A key hit beyond the phrase candidates: whether its body matches too is not known.
            if (candidate.tier == Exact && !(fields & BodyBit) && !marks.matches(body).isEmpty())
                fields |= BodyBit;
            QStringList matchedFields;
            if (fields & TitleBit)
                matchedFields << QLatin1String(SearchHit::TitleField);
            if (fields & BodyBit)
                matchedFields << QLatin1String(SearchHit::BodyField);
            if (fields & NumberBit)
                matchedFields << QLatin1String(SearchHit::DocumentNumberField);
            hits.append(SearchHit{fetch->text(0), fetch->text(1), fetch->text(2), title, marks.snippet(body),
                                  marks.highlight(title), candidate.tier * TierStep + candidate.score,
                                  fromStored(*fetch, 5), fetch->text(6), matchedFields});
            if (hits.size() == query.limit)
                break;
        }
        fetch->reset();
    }
    qCDebug(lcSearch) << "search:" << exact->size() << "exact," << phrase->size() << "phrase,"
                      << candidates.size() << "candidates," << hits.size() << "hits";
    return hits;
}

Result<qint64> SearchService::documentCount() const
{
    return m_db.queryInt(QStringLiteral("SELECT count(*) FROM search_documents"));
}

} // namespace GovDesk::Core
