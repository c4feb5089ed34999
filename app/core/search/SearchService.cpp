#include "SearchService.h"

#include "Logging.h"
#include "search/SearchHighlighter.h"
#include "search/SearchRanking.h"
#include "search/SearchTokenizer.h"
#include "store/Database.h"
#include "store/Transaction.h"

#include <sqlcipher/sqlite3.h>

#include <algorithm>
#include <cstring>
#include <functional>
#include <vector>

namespace GovDesk::Core {

namespace {

// Title hits count five times a body hit: enough for a single title hit to beat a body that
// repeats the term (BM25 caps a column's term frequency at k1 + 1 = 2.2 times one hit).
constexpr double TitleWeight = 5.0;
constexpr double BodyWeight = 1.0;

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
// tokens when it deletes the row or rebuilds the index.
void tokensFunction(sqlite3_context *context, int /*argc*/, sqlite3_value **argv)
{
    const void *text = sqlite3_value_text16(argv[0]);
    if (!text) {
        sqlite3_result_null(context);
        return;
    }
    const QString tokens = SearchTokenizer::indexText(
        QStringView(static_cast<const char16_t *>(text), sqlite3_value_bytes16(argv[0]) / 2));
    sqlite3_result_text16(context, tokens.utf16(), static_cast<int>(tokens.size() * 2), SQLITE_TRANSIENT);
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

struct Candidate
{
    qint64 id = 0;
    double score = 0.0;
};

// Up to MaxCandidates matches of the query's expression, best first. The index yields the newest
// first (order=DESC) and stops at the cut; a module or type filter applies before the cut, so
// that it never hides matches. No join without a filter: ranking reads only the index.
Result<std::vector<Candidate>> rankedCandidates(Database &db, const QString &expression, const SearchQuery &query)
{
    QString sql = QStringLiteral("SELECT search_index.docid, matchinfo(search_index, 'pcaly') FROM search_index");
    QStringList filterValues;
    if (query.modules.isEmpty() && query.types.isEmpty()) {
        sql += QStringLiteral(" WHERE search_index MATCH ?1 LIMIT ?2");
    } else {
        QStringList conditions;
        const auto anyOf = [&](const QString &column, const QStringList &values) {
            if (values.isEmpty())
                return;
            QStringList parameters;
            for (const QString &value : values) {
                filterValues << value;
                parameters << QStringLiteral("?%1").arg(filterValues.size() + 2);
            }
            conditions << QStringLiteral("s.%1 IN (%2)").arg(column, parameters.join(QStringLiteral(", ")));
        };
        anyOf(QStringLiteral("module"), query.modules);
        anyOf(QStringLiteral("type"), query.types);
        // CROSS JOIN keeps the index as the outer loop (SQLite would otherwise start from the
        // filter and run the MATCH once per row); the narrow covering index makes each lookup
        // read a fraction of the pages a lookup of the whole row would.
        sql += QStringLiteral(" CROSS JOIN search_documents AS s INDEXED BY search_documents_scope"
                              " ON s.id = search_index.docid WHERE search_index MATCH ?1 AND %1 LIMIT ?2")
                   .arg(conditions.join(QStringLiteral(" AND ")));
    }
    auto select = db.prepare(sql);
    if (!select)
        return std::unexpected(select.error());
    select->bind(1, expression).bind(2, SearchService::MaxCandidates);
    for (qsizetype i = 0; i < filterValues.size(); ++i)
        select->bind(static_cast<int>(i + 3), filterValues.at(i));

    std::vector<Candidate> candidates;
    const double weights[] = {TitleWeight, BodyWeight};
    for (;;) {
        auto row = select->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        // Copied into words: a blob's buffer carries no alignment promise.
        const QByteArray info = select->blob(1);
        std::vector<quint32> words(static_cast<std::size_t>(info.size()) / sizeof(quint32));
        std::memcpy(words.data(), info.constData(), words.size() * sizeof(quint32));
        candidates.push_back({select->int64(0), Internal::bm25(words, weights).value_or(0.0)});
    }
    // Equal scores: the newest first.
    std::sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
        return a.score != b.score ? a.score > b.score : a.id > b.id;
    });
    return candidates;
}

QDateTime fromStored(const Statement &statement, int column)
{
    return statement.isNull(column) ? QDateTime() : QDateTime::fromMSecsSinceEpoch(statement.int64(column), Qt::UTC);
}

} // namespace

SearchService::SearchService(Database &db)
    : m_db(db)
{
    const int rc = sqlite3_create_function_v2(db.handle(), "govdesk_search_tokens", 1,
                                              SQLITE_UTF16 | SQLITE_DETERMINISTIC, nullptr, tokensFunction,
                                              nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) // only out of memory; every write to the index will then fail
        qCWarning(lcSearch) << "cannot register govdesk_search_tokens:" << sqlite3_errstr(rc);
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
        auto insert = m_db.prepare(QStringLiteral(
            "INSERT INTO search_documents (module, type, record_id, updated_at, title, body)"
            " VALUES (?1, ?2, ?3, ?4, ?5, ?6)"));
        if (!insert)
            return std::unexpected(insert.error());
        auto addToIndex = m_db.prepare(QStringLiteral(
            "INSERT INTO search_index (docid, title, body) SELECT rowid, title, body FROM search_tokens WHERE rowid = ?1"));
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
            insert->bind(5, document.title).bind(6, document.body.isNull() ? QStringLiteral("") : document.body);
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
    auto candidates = rankedCandidates(m_db, expression, query);
    if (!candidates)
        return std::unexpected(candidates.error());

    auto fetch = m_db.prepare(QStringLiteral(
        "SELECT module, type, record_id, title, body, updated_at FROM search_documents WHERE id = ?1"));
    if (!fetch)
        return std::unexpected(fetch.error());
    const SearchHighlighter highlighter(query.text);
    QList<SearchHit> hits;
    for (const Candidate &candidate : *candidates) {
        fetch->bind(1, candidate.id);
        auto row = fetch->step();
        if (!row)
            return std::unexpected(row.error());
        if (*row) {
            const QString title = fetch->text(3);
            hits.append(SearchHit{fetch->text(0), fetch->text(1), fetch->text(2), title,
                                  highlighter.snippet(fetch->text(4)), highlighter.highlight(title),
                                  candidate.score, fromStored(*fetch, 5)});
            if (hits.size() == query.limit)
                break;
        }
        fetch->reset();
    }
    qCDebug(lcSearch) << "search:" << candidates->size() << "candidates," << hits.size() << "hits";
    return hits;
}

Result<qint64> SearchService::documentCount() const
{
    return m_db.queryInt(QStringLiteral("SELECT count(*) FROM search_documents"));
}

} // namespace GovDesk::Core
