// IndexNumberRule: an organisation's rule for 索引号, the number every proactively disclosed item
// carries — a small pattern such as 「{org}-{category}-{year}-{seq:4}」 (000014349-01-2026-0012) or
// 「{org}/{year}-{seq:5}」 (统一社会信用代码/2026-00012): validated, rendered and parsed here. The
// sequence itself will come from the sync server, as 发文字号 do (records().requestNumber()), so two
// offices never give out the same number.
#pragma once

#include "DisclosureCategories.h"
#include "Result.h"

namespace GovDesk::Disclosure {

struct IndexNumberParts
{
    QString organisation; // 统一社会信用代码 or 组织机构代码
    std::optional<DisclosureCategory> category;
    int year = 0;
    int sequence = 0;
};

class IndexNumberRule
{
    Q_DECLARE_TR_FUNCTIONS(GovDesk::Disclosure::IndexNumberRule)
public:
    // Fields: {org}, {category}, {year}, {seq:N} (N = 1–9 digits, zero-padded). {year} and {seq:N}
    // are required, each field appears at most once; literal text between them is any visible
    // characters except braces and white space.
    [[nodiscard]] static Core::Result<IndexNumberRule> fromPattern(const QString &pattern);
    [[nodiscard]] static QString defaultPattern()
    {
        return QStringLiteral("{org}-{category}-{year}-{seq:4}");
    }

    [[nodiscard]] QString pattern() const { return m_pattern; }
    [[nodiscard]] int sequenceWidth() const { return m_sequenceWidth; }
    [[nodiscard]] bool usesOrganisation() const;
    [[nodiscard]] bool usesCategory() const;

    // Refuses what the pattern cannot hold: a sequence too wide for N digits, a missing or invalid
    // organisation code, a missing category.
    [[nodiscard]] Core::Result<QString> format(const IndexNumberParts &parts) const;
    [[nodiscard]] Core::Result<IndexNumberParts> parse(const QString &number) const;
    // The number as the server's numbered series fills it in (NumberRequest::format): every field
    // but the sequence written, which becomes {number:N}; {year} stays for the request's year.
    [[nodiscard]] Core::Result<QString> requestFormat(const IndexNumberParts &parts) const;

private:
    enum class Field { Literal, Organisation, Category, Year, Sequence };
    struct Token
    {
        Field field;
        QString literal;
    };

    QString m_pattern;
    QList<Token> m_tokens;
    int m_sequenceWidth = 0;
};

} // namespace GovDesk::Disclosure
