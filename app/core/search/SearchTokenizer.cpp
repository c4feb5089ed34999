#include "SearchTokenizer.h"

#include "search/SimplifiedChinese.h"

#include <QChar>
#include <algorithm>

namespace GovDesk::Core {

namespace {

// Splits a text into units while remembering where each came from in the source.
class UnitBuilder
{
public:
    void add(char32_t c, qsizetype begin, qsizetype end)
    {
        if (QChar::script(c) == QChar::Script_Han) {
            flushWord();
            c = SimplifiedChinese::of(c);
            m_units.append(SearchUnit{QString::fromUcs4(&c, 1), begin, end, true, m_previousHan});
            m_previousHan = true;
            return;
        }
        m_previousHan = false;
        const WordKind kind = QChar::isLetter(c) ? Letters : QChar::isNumber(c) ? Digits : None;
        if (kind != m_wordKind)
            flushWord();
        if (kind == None)
            return;
        if (m_word.isEmpty())
            m_wordBegin = begin;
        m_word.append(QString::fromUcs4(&c, 1));
        m_wordEnd = end;
        m_wordKind = kind;
    }

    QList<SearchUnit> finish()
    {
        flushWord();
        return std::move(m_units);
    }

private:
    enum WordKind { None, Letters, Digits };

    void flushWord()
    {
        if (!m_word.isEmpty())
            m_units.append(SearchUnit{m_word, m_wordBegin, m_wordEnd, false, false});
        m_word.clear();
        m_wordKind = None;
    }

    QList<SearchUnit> m_units;
    QString m_word;
    qsizetype m_wordBegin = 0;
    qsizetype m_wordEnd = 0;
    WordKind m_wordKind = None;
    bool m_previousHan = false;
};

// The common blocks of CJK Unified Ideographs are stable under NFKC and case folding; skipping
// normalisation for them (and for ASCII) keeps indexing fast on Chinese text.
bool needsNormalisation(char32_t c)
{
    return c >= 0x80 && !(c >= 0x4E00 && c <= 0x9FFF) && !(c >= 0x3400 && c <= 0x4DBF);
}

// Joins a unit with the one after a run boundary. Never part of a unit (it is punctuation), and
// FTS4's simple tokenizer keeps every non-ASCII character inside a token.
constexpr QChar BoundaryMark(u'\u00B7');

// The tokens of a unit sequence. A Han character contributes the bigram with the next character
// of its run or, at the end of its run, a boundary token naming what follows ("发·2014", "议·请",
// "议·" at the end of the text). A word contributes itself and, when Han follows, a boundary
// token too ("12·号"). Every Han character thus starts exactly one token, and a run boundary is a
// token of its own instead of the very common run-final character: a document number
// (桂政发〔2014〕12号) is a phrase of rare tokens, cheap to look up.
//
// A query term leaves out the token of its last Han character, which depends on the text after
// the term; the phrase's other tokens already hold that character.
QStringList tokensOf(const QList<SearchUnit> &units, bool query)
{
    QStringList tokens;
    tokens.reserve(units.size() + 8);
    for (qsizetype i = 0; i < units.size(); ++i) {
        const SearchUnit &unit = units.at(i);
        const SearchUnit *next = i + 1 < units.size() ? &units.at(i + 1) : nullptr;
        if (!unit.han) {
            tokens << unit.text;
            if (next && next->han)
                tokens << unit.text + BoundaryMark + next->text;
        } else if (next && next->continuesRun) {
            tokens << unit.text + next->text;
        } else if (next || !query) {
            tokens << unit.text + BoundaryMark + (next ? next->text : QString());
        }
    }
    return tokens;
}

// A term as one FTS4 phrase. A term of one Han character is a prefix: "火*" finds 火 at the
// start of every bigram (火灾) and boundary token (火·各).
QString phraseFor(const QList<SearchUnit> &units)
{
    if (units.size() == 1 && units.first().han)
        return QLatin1Char('"') + units.first().text + QStringLiteral("*\"");
    QStringList tokens = tokensOf(units, true);
    // At the ends of a phrase a word beside its own boundary token adds nothing ("12·号" always
    // follows the token 12, "发·2014" is always followed by 2014) but the long list of a common
    // number: leave it out.
    if (tokens.size() > 1 && tokens.at(1).startsWith(tokens.first() + BoundaryMark))
        tokens.removeFirst();
    if (tokens.size() > 1 && tokens.at(tokens.size() - 2).endsWith(BoundaryMark + tokens.last()))
        tokens.removeLast();
    return QLatin1Char('"') + tokens.join(QLatin1Char(' ')) + QLatin1Char('"');
}

// The loose forms of one term: for a term that is a single run of at least four Han characters,
// its bigrams without overlap, in both alignments (电子政务会议 → 电子 政务 会议 | 子政 务会), so
// that words typed together match with other words between them (电子政务工作会议). A character
// left over at either end is dropped: on its own it would be a prefix lookup of a whole
// character's postings. Any other term is only its exact phrase.
QList<QStringList> looseFormsOf(const QList<SearchUnit> &term)
{
    constexpr qsizetype MinLooseRun = 4;
    const bool oneRun
        = term.size() >= MinLooseRun && std::all_of(term.cbegin(), term.cend(), [&](const SearchUnit &unit) {
              return unit.han && (&unit == &term.first() || unit.continuesRun);
          });
    if (!oneRun)
        return {{phraseFor(term)}};
    QList<QStringList> forms;
    for (qsizetype alignment : {0, 1}) {
        QStringList chunks;
        for (qsizetype i = alignment; i + 1 < term.size(); i += 2)
            chunks << term.at(i).text + term.at(i + 1).text;
        if (chunks.size() >= 2)
            forms << chunks;
    }
    return forms;
}

// A term's units written back as one term that tokenizes to the same units: a mark between two
// words or two runs of Han characters, where the source had something that separated them.
QString textOf(const QList<SearchUnit> &term)
{
    QString text;
    for (qsizetype i = 0; i < term.size(); ++i) {
        const SearchUnit &unit = term.at(i);
        if (i > 0 && unit.han == term.at(i - 1).han && !unit.continuesRun)
            text += QLatin1Char('-');
        text += unit.text;
    }
    return text;
}

} // namespace

QList<SearchUnit> SearchTokenizer::units(QStringView text)
{
    UnitBuilder builder;
    for (qsizetype i = 0; i < text.size();) {
        const qsizetype begin = i;
        char32_t c = text.at(i).unicode();
        ++i;
        if (QChar::isHighSurrogate(c) && i < text.size() && text.at(i).isLowSurrogate())
            c = QChar::surrogateToUcs4(static_cast<char16_t>(c), text.at(i++).unicode());
        if (!needsNormalisation(c)) {
            builder.add(c < 0x80 ? QChar::toLower(c) : c, begin, i);
            continue;
        }
        // Full-width forms, circled numbers, compatibility ideographs … become their plain
        // equivalents; all resulting characters keep the source span of the original one.
        const QString normalised = QString::fromUcs4(&c, 1).normalized(QString::NormalizationForm_KC).toLower();
        for (const char32_t n : normalised.toUcs4())
            builder.add(n, begin, i);
    }
    return builder.finish();
}

QStringList SearchTokenizer::indexTokens(QStringView text)
{
    return tokensOf(units(text), false);
}

QString SearchTokenizer::indexText(QStringView text)
{
    return indexTokens(text).join(QLatin1Char(' '));
}

QString SearchTokenizer::key(QStringView text)
{
    QStringList parts;
    for (const SearchUnit &unit : units(text))
        parts << unit.text;
    return parts.join(QLatin1Char(' '));
}

QList<QList<SearchUnit>> SearchTokenizer::queryTerms(QStringView userQuery)
{
    QList<QList<SearchUnit>> terms;
    QStringList phrases;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= userQuery.size(); ++i) {
        if (i < userQuery.size() && !userQuery.at(i).isSpace())
            continue;
        QList<SearchUnit> term = units(userQuery.mid(start, i - start));
        start = i + 1;
        if (term.isEmpty())
            continue;
        const QString phrase = phraseFor(term);
        if (phrases.contains(phrase))
            continue;
        phrases << phrase;
        terms << term;
    }
    return terms;
}

QString SearchTokenizer::queryExpression(QStringView userQuery)
{
    QStringList phrases;
    for (const QList<SearchUnit> &term : queryTerms(userQuery))
        phrases << phraseFor(term);
    return phrases.join(QLatin1Char(' '));
}

} // namespace GovDesk::Core

namespace GovDesk::Core {

QList<SearchTokenizer::LooseQuery> SearchTokenizer::looseQueries(QStringView userQuery)
{
    const QList<QList<SearchUnit>> terms = queryTerms(userQuery);
    bool anyLoose = false;
    // The cartesian product of the terms' forms, capped: each is a query of its own.
    QList<LooseQuery> queries{LooseQuery{}};
    for (const QList<SearchUnit> &term : terms) {
        const QList<QStringList> forms = looseFormsOf(term);
        const bool loose
            = forms.size() != 1 || forms.first().size() != 1 || forms.first().first() != phraseFor(term);
        anyLoose = anyLoose || loose;
        QList<LooseQuery> product;
        for (const LooseQuery &query : std::as_const(queries)) {
            for (const QStringList &form : forms) {
                if (product.size() == MaxLooseQueries)
                    break;
                LooseQuery next = query;
                if (loose)
                    next.orderedPieces << form;
                for (const QString &chunk : form) {
                    if (loose) {
                        next.expression += (next.expression.isEmpty() ? QString() : QStringLiteral(" "))
                                           + QLatin1Char('"') + chunk + QLatin1Char('"');
                        next.highlightQuery
                            += (next.highlightQuery.isEmpty() ? QString() : QStringLiteral(" ")) + chunk;
                    } else {
                        next.expression
                            += (next.expression.isEmpty() ? QString() : QStringLiteral(" ")) + chunk;
                    }
                }
                if (!loose)
                    next.highlightQuery
                        += (next.highlightQuery.isEmpty() ? QString() : QStringLiteral(" ")) + textOf(term);
                product << next;
            }
        }
        queries = product;
    }
    if (!anyLoose || terms.isEmpty())
        return {};
    return queries;
}

} // namespace GovDesk::Core

namespace GovDesk::Core {

namespace {

// Whether `piece` occurs in `units` starting at `at`: the same texts, Han characters adjacent
// within a run where the piece's are.
bool occursAt(const QList<SearchUnit> &units, qsizetype at, const QList<SearchUnit> &piece)
{
    if (at + piece.size() > units.size())
        return false;
    for (qsizetype j = 0; j < piece.size(); ++j) {
        const SearchUnit &unit = units.at(at + j);
        if (unit.text != piece.at(j).text || (j > 0 && piece.at(j).continuesRun && !unit.continuesRun))
            return false;
    }
    return true;
}

} // namespace

bool SearchTokenizer::occursInOrder(QStringView text, const QStringList &pieces, qsizetype maxGap)
{
    if (pieces.isEmpty())
        return true;
    const QList<SearchUnit> textUnits = units(text);
    QList<QList<SearchUnit>> pieceUnits;
    for (const QString &piece : pieces)
        pieceUnits << units(piece);
    // Every start of the first piece; after it, the earliest next piece within the gap is always
    // the best choice (it ends earliest).
    for (qsizetype start = 0; start < textUnits.size(); ++start) {
        if (!occursAt(textUnits, start, pieceUnits.first()))
            continue;
        qsizetype end = start + pieceUnits.first().size();
        bool all = true;
        for (qsizetype k = 1; k < pieceUnits.size() && all; ++k) {
            all = false;
            for (qsizetype at = end; at <= end + maxGap && at < textUnits.size(); ++at) {
                if (occursAt(textUnits, at, pieceUnits.at(k))) {
                    end = at + pieceUnits.at(k).size();
                    all = true;
                    break;
                }
            }
        }
        if (all)
            return true;
    }
    return false;
}

} // namespace GovDesk::Core
