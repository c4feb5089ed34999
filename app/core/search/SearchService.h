// SearchService: the one full-text search of all modules (FTS4 over Han bigrams and words).
#pragma once

#include "Result.h"
#include "store/MigrationRunner.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace GovDesk::Core {

class Database;

// What a module indexes, e.g. {"documents", "incoming", 收文}. The label is translated by the
// module and shown in the filter of the search view.
struct SearchType
{
    QString module;
    QString type;
    QString label;
};

struct SearchDocument
{
    QString module;
    QString type;
    QString recordId; // the module's own id; with module, it identifies the entry
    QString title;
    QString body;
    QDateTime updatedAt; // shown with the hit
    // 发文字号 such as 桂政发〔2014〕12号, when the record has one: a field of its own that weighs
    // most, and an exact number finds its document however many others match.
    QString documentNumber;
};

struct SearchQuery
{
    // As typed: terms separated by spaces, all must match. Exact phrases rank first; a term of
    // four or more Han characters also finds near matches, ranked after them (see search()).
    QString text;
    QStringList modules; // any of these; empty: all modules
    QStringList types;   // any of these; empty: all types
    int limit = 20;
    // None of these (modules the account may not open); last, so positional initialisers stay.
    QStringList excludedModules;
};

// A hit is opened by the shell through the module's open(recordId).
struct SearchHit
{
    QString module;
    QString type;
    QString recordId;
    QString title;
    QString snippetHtml; // part of the body, HTML-escaped, matches in <mark>…</mark>
    QString titleHtml;   // the whole title, likewise
    double score = 0.0;  // higher is better; only comparable within one search
    QDateTime updatedAt;
    QString documentNumber;    // as indexed (original script), empty when there is none
    QStringList matchedFields; // where the query matched: any of SearchHit::TitleField, BodyField,
                               // DocumentNumberField

    static constexpr const char *TitleField = "title";
    static constexpr const char *BodyField = "body";
    static constexpr const char *DocumentNumberField = "documentNumber";
};

class SearchService
{
    Q_DECLARE_TR_FUNCTIONS(SearchService)
public:
    static constexpr const char *MigrationOwner = "core.search";
    // A query matching more entries ranks only the most recently indexed ones: this bounds the
    // time of broad queries (one character, 人民政府) however large the index grows.
    static constexpr int MaxCandidates = 1000;

    // Registers on this connection the SQL function through which the index reads tokens
    // (govdesk_search_tokens); construct the service before running its migrations.
    explicit SearchService(Database &db);

    [[nodiscard]] static QList<Migration> migrations();

    // A module declares what it indexes (in its initialize()); only registered types can be
    // indexed. Searching needs no registration: the CLI finds entries without loading modules,
    // and the shell decides what to show of hits whose module is not loaded.
    [[nodiscard]] Result<> registerType(const SearchType &type);
    [[nodiscard]] QList<SearchType> registeredTypes() const;

    // Inserts or replaces the entry (module, recordId); either way it becomes the most recently
    // indexed one, which wins ties (so index old records oldest first). Joins the caller's
    // transaction when one is open, so that a module can save a record and its entry atomically.
    [[nodiscard]] Result<> index(const SearchDocument &document);
    // All or nothing.
    [[nodiscard]] Result<> index(const QList<SearchDocument> &documents);
    // Removing an entry that does not exist succeeds: modules call this on every delete.
    [[nodiscard]] Result<> remove(const QString &module, const QString &recordId);

    // Best hits first, in three tiers: entries whose whole title or document number is the query
    // (found by key, however many newer entries match), then entries with the exact phrases (the
    // newest MaxCandidates of them ranked), then near matches (see SearchTokenizer::looseQueries;
    // looked for only when the first two tiers fill less than the limit). Within a tier BM25, a
    // title hit weighing five body hits and a document-number hit ten; ties: last indexed first.
    // A query without anything searchable (empty, only punctuation) has no hits.
    [[nodiscard]] Result<QList<SearchHit>> search(const SearchQuery &query) const;
    [[nodiscard]] Result<qint64> documentCount() const;

private:
    [[nodiscard]] const SearchType *findType(const QString &module, const QString &type) const;

    Database &m_db;
    QList<SearchType> m_types;
};

} // namespace GovDesk::Core
