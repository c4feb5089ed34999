#include "DocumentNumber.h"

#include <array>

namespace GovDesk::Documents {

namespace {

using Defect = DocumentNumberError::Defect;

constexpr char16_t YearOpen = u'〔';
constexpr char16_t YearClose = u'〕';

// Brackets people type for the year instead of the 六角括号, by the opening one.
constexpr std::array<std::pair<char16_t, char16_t>, 6> WrongPairs{{
    {u'(', u')'},
    {u'（', u'）'},
    {u'[', u']'},
    {u'［', u'］'},
    {u'【', u'】'},
    {u'〖', u'〗'},
}};

bool isOpening(QChar c)
{
    if (c == QChar(YearOpen))
        return true;
    for (const auto &[open, close] : WrongPairs) {
        if (c == QChar(open))
            return true;
    }
    return false;
}

bool isClosing(QChar c)
{
    if (c == QChar(YearClose))
        return true;
    for (const auto &[open, close] : WrongPairs) {
        if (c == QChar(close))
            return true;
    }
    return false;
}

// Full-width digits as ASCII; everything else unchanged.
QString foldDigits(QStringView text)
{
    QString folded = text.toString();
    for (QChar &c : folded) {
        if (c.unicode() >= u'０' && c.unicode() <= u'９')
            c = QChar(u'0' + (c.unicode() - u'０'));
    }
    return folded;
}

bool allDigits(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

std::unexpected<DocumentNumberError> refuse(Defect defect, QString found = {})
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("GovDesk::Documents::DocumentNumber", text);
    };
    QString message;
    switch (defect) {
    case Defect::Empty:
        message = tr("The document number is empty.");
        break;
    case Defect::MissingPrefix:
        message = tr("The document number must begin with the issuing authority's code, as in "
                     "「桂政发〔2014〕12号」.");
        break;
    case Defect::MissingYearBrackets:
        message = tr("The year of the document number must be enclosed in hexagonal brackets 〔〕, as in "
                     "「桂政发〔2014〕12号」.");
        break;
    case Defect::WrongBrackets:
        message = tr("The year of the document number is enclosed in %1; only the hexagonal brackets 〔〕 "
                     "are allowed.")
                      .arg(found);
        break;
    case Defect::YearForm:
        message = tr("The year of the document number must have four digits (found 「%1」).").arg(found);
        break;
    case Defect::OrdinalSequence:
        message = tr("The sequence number must not be preceded by 「第」: write 「12号」, not 「第12号」.");
        break;
    case Defect::MissingSequence:
        message = tr("The document number has no sequence number after the year.");
        break;
    case Defect::LeadingZero:
        message = tr("The sequence number must be a positive number without leading zeros (found 「%1」).")
                      .arg(found);
        break;
    case Defect::SequenceForm:
        message = tr("The sequence number must be written in Arabic digits (found 「%1」).").arg(found);
        break;
    case Defect::MissingHao:
        message = tr("The document number must end with 「号」.");
        break;
    case Defect::TrailingText:
        message = tr("The document number must end with 「号」; 「%1」 follows it.").arg(found);
        break;
    }
    return std::unexpected(DocumentNumberError{defect, std::move(found), std::move(message)});
}

} // namespace

DocumentNumber::DocumentNumber(QString prefix, int year, int sequence)
    : m_prefix(std::move(prefix))
    , m_year(year)
    , m_sequence(sequence)
{
}

QString DocumentNumber::toString() const
{
    if (isPending())
        return {};
    return m_prefix + QChar(YearOpen) + QString::number(m_year) + QChar(YearClose)
           + QString::number(m_sequence) + QStringLiteral("号");
}

QString DocumentNumber::displayText() const
{
    //: 待编号 — registered, the number not yet allocated by the server
    return isPending() ? tr("Not yet numbered") : toString();
}

std::expected<DocumentNumber, DocumentNumberError> DocumentNumber::parse(QStringView input)
{
    const QString text = foldDigits(input.trimmed());
    if (text.isEmpty())
        return refuse(Defect::Empty);

    qsizetype open = -1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (isOpening(text.at(i))) {
            open = i;
            break;
        }
    }
    if (open < 0) {
        // 「桂政发2014 12号」: a year typed without any brackets.
        return refuse(Defect::MissingYearBrackets);
    }
    const QString prefix = text.left(open).trimmed();
    if (prefix.isEmpty())
        return refuse(Defect::MissingPrefix);

    qsizetype close = -1;
    for (qsizetype i = open + 1; i < text.size(); ++i) {
        if (isClosing(text.at(i))) {
            close = i;
            break;
        }
    }
    if (close < 0)
        return refuse(Defect::MissingYearBrackets);
    if (text.at(open) != QChar(YearOpen) || text.at(close) != QChar(YearClose))
        return refuse(Defect::WrongBrackets, QString(text.at(open)) + text.at(close));

    const QString year = text.mid(open + 1, close - open - 1);
    if (year.size() != 4 || !allDigits(year))
        return refuse(Defect::YearForm, year);

    const QString rest = text.mid(close + 1);
    const qsizetype hao = rest.indexOf(QStringLiteral("号"));
    if (hao < 0)
        return refuse(Defect::MissingHao);
    if (hao != rest.size() - 1)
        return refuse(Defect::TrailingText, rest.mid(hao + 1));
    QString sequence = rest.left(hao).trimmed();
    if (sequence.startsWith(QStringLiteral("第")))
        return refuse(Defect::OrdinalSequence);
    if (sequence.isEmpty())
        return refuse(Defect::MissingSequence);
    if (!allDigits(sequence))
        return refuse(Defect::SequenceForm, sequence);
    if (sequence.startsWith(QLatin1Char('0')))
        return refuse(Defect::LeadingZero, sequence);
    bool ok = false;
    const int number = sequence.toInt(&ok);
    if (!ok)
        return refuse(Defect::SequenceForm, sequence);
    return DocumentNumber(prefix, year.toInt(), number);
}

} // namespace GovDesk::Documents
