#include "SearchTokenizer.h"

#include <QChar>

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
