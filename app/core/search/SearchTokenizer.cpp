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

// Consecutive units that FTS4 sees as one run: a Han run, or a single word.
struct Run
{
    qsizetype first = 0;
    qsizetype last = 0; // inclusive
};

QList<Run> runsOf(const QList<SearchUnit> &units)
{
    QList<Run> runs;
    for (qsizetype i = 0; i < units.size(); ++i) {
        if (units.at(i).continuesRun && !runs.isEmpty())
            runs.last().last = i;
        else
            runs.append(Run{i, i});
    }
    return runs;
}

// A term's tokens as one FTS4 phrase. A Han run that another run follows must end where the
// document's run ends, so it takes the run-final unigram too; a term ending in a single Han
// character matches it anywhere in a run, as a prefix ("号*" finds 号文 and 号).
QString phraseFor(const QList<SearchUnit> &units)
{
    QStringList tokens;
    bool prefix = false;
    const QList<Run> runs = runsOf(units);
    for (qsizetype r = 0; r < runs.size(); ++r) {
        const Run run = runs.at(r);
        const bool lastRun = r == runs.size() - 1;
        for (qsizetype i = run.first; i < run.last; ++i)
            tokens << units.at(i).text + units.at(i + 1).text;
        if (run.first == run.last || !lastRun)
            tokens << units.at(run.last).text;
        prefix = lastRun && run.first == run.last && units.at(run.last).han;
    }
    return QLatin1Char('"') + tokens.join(QLatin1Char(' ')) + (prefix ? QStringLiteral("*\"") : QStringLiteral("\""));
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
    const QList<SearchUnit> all = units(text);
    QStringList tokens;
    tokens.reserve(all.size());
    for (const Run run : runsOf(all)) {
        for (qsizetype i = run.first; i < run.last; ++i)
            tokens << all.at(i).text + all.at(i + 1).text;
        tokens << all.at(run.last).text;
    }
    return tokens;
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
