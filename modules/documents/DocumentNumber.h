// DocumentNumber: 发文字号 「机关代字〔年份〕序号号」, e.g. 桂政发〔2014〕12号 (GB/T 9704-2012 7.2.5).
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>
#include <expected>

namespace GovDesk::Documents {

// Why a text is not a 发文字号. Callers branch on the defect; the message is shown.
struct DocumentNumberError
{
    enum class Defect {
        Empty,
        MissingPrefix, // no 机关代字 before the year
        MissingYearBrackets,
        WrongBrackets,   // () （） [] ［］ 【】 〖〗 or a mismatched pair instead of 〔〕
        YearForm,        // not four digits
        OrdinalSequence, // 「第12号」
        MissingSequence,
        LeadingZero,  // 「012号」, and 「0号」
        SequenceForm, // not digits
        MissingHao,   // no 号 at the end
        TrailingText, // something after 号
    };
    Defect defect = Defect::Empty;
    QString found;   // the offending part as written, e.g. 「【】」 for WrongBrackets
    QString message; // translated
};

// A registered number, or 「待编号」: a document not yet numbered (drafts, and registrations made
// offline that get their number from the server at the next sync).
class DocumentNumber
{
    Q_DECLARE_TR_FUNCTIONS(GovDesk::Documents::DocumentNumber)
public:
    DocumentNumber() = default; // 待编号
    DocumentNumber(QString prefix, int year, int sequence);

    [[nodiscard]] bool isPending() const { return m_sequence <= 0; }
    [[nodiscard]] QString prefix() const { return m_prefix; } // 机关代字, e.g. 桂政发
    [[nodiscard]] int year() const { return m_year; }
    [[nodiscard]] int sequence() const { return m_sequence; }

    // 「桂政发〔2014〕12号」; empty while pending (that is how payloads store it).
    [[nodiscard]] QString toString() const;
    // What a person sees: toString(), or 「待编号」 (translated) while pending.
    [[nodiscard]] QString displayText() const;

    // Full-width digits (１２) are read as the digits they are, since Chinese input methods type
    // them; toString() writes the standard's Arabic digits.
    [[nodiscard]] static std::expected<DocumentNumber, DocumentNumberError> parse(QStringView text);

    [[nodiscard]] bool operator==(const DocumentNumber &) const = default;

private:
    QString m_prefix;
    int m_year = 0;
    int m_sequence = 0;
};

} // namespace GovDesk::Documents
