#include "IndexNumberRule.h"

#include "OrganisationCode.h"

#include <QRegularExpression>
#include <algorithm>

namespace GovDesk::Disclosure {

using Core::ErrorCode;
using Core::fail;

namespace {

constexpr int MinYear = 1949;
constexpr int MaxYear = 9999;
constexpr int MaxSequenceWidth = 9;

int maxSequence(int width)
{
    int max = 1;
    for (int i = 0; i < width; ++i)
        max *= 10;
    return max - 1;
}

} // namespace

Core::Result<IndexNumberRule> IndexNumberRule::fromPattern(const QString &pattern)
{
    IndexNumberRule rule;
    rule.m_pattern = pattern;
    static const QRegularExpression sequenceField(QStringLiteral("^seq:([1-9])$"));
    int seen = 0; // bit per field
    const auto bit = [](Field field) {
        return 1 << int(field);
    };
    for (qsizetype i = 0; i < pattern.size();) {
        const QChar c = pattern.at(i);
        if (c == u'{') {
            const qsizetype close = pattern.indexOf(u'}', i);
            if (close < 0)
                //: 索引号规则「%1」中有未闭合的「{」。
                return fail(ErrorCode::InvalidArgument,
                            tr("The 索引号 pattern 「%1」 has an unclosed 「{」.").arg(pattern));
            const QString name = pattern.mid(i + 1, close - i - 1);
            Field field = Field::Literal;
            if (name == u"org")
                field = Field::Organisation;
            else if (name == u"category")
                field = Field::Category;
            else if (name == u"year")
                field = Field::Year;
            else if (const auto match = sequenceField.match(name); match.hasMatch()) {
                field = Field::Sequence;
                rule.m_sequenceWidth = match.captured(1).toInt();
            } else {
                //: 索引号规则中的字段「{%1}」无效：可用 {org}、{category}、{year}、{seq:N}（N 为 1–9 位）。
                return fail(
                    ErrorCode::InvalidArgument,
                    tr("Unknown field 「{%1}」 in the 索引号 pattern: use {org}, {category}, {year} and "
                       "{seq:N} (N from 1 to %2).")
                        .arg(name)
                        .arg(MaxSequenceWidth));
            }
            if (seen & bit(field))
                //: 索引号规则中的字段「{%1}」出现了不止一次。
                return fail(ErrorCode::InvalidArgument,
                            tr("The field 「{%1}」 appears more than once in the 索引号 pattern.").arg(name));
            seen |= bit(field);
            rule.m_tokens.append({field, {}});
            i = close + 1;
            continue;
        }
        if (c == u'}' || c.isSpace() || !c.isPrint())
            //: 索引号规则「%1」的第 %2 个字符无效（不能含「}」、空白或不可见字符）。
            return fail(
                ErrorCode::InvalidArgument,
                tr("Character %2 of the 索引号 pattern 「%1」 is not allowed (no 「}」, space or invisible "
                   "characters).")
                    .arg(pattern)
                    .arg(i + 1));
        if (rule.m_tokens.isEmpty() || rule.m_tokens.last().field != Field::Literal)
            rule.m_tokens.append({Field::Literal, {}});
        rule.m_tokens.last().literal.append(c);
        ++i;
    }
    if (!(seen & bit(Field::Year)) || !(seen & bit(Field::Sequence)))
        //: 索引号规则须含 {year} 和 {seq:N}：流水号按年度编排。
        return fail(ErrorCode::InvalidArgument,
                    tr("A 索引号 pattern needs {year} and {seq:N}: sequence numbers run per year."));
    return rule;
}

bool IndexNumberRule::usesOrganisation() const
{
    return std::any_of(m_tokens.begin(), m_tokens.end(),
                       [](const Token &t) { return t.field == Field::Organisation; });
}

bool IndexNumberRule::usesCategory() const
{
    return std::any_of(m_tokens.begin(), m_tokens.end(),
                       [](const Token &t) { return t.field == Field::Category; });
}

Core::Result<QString> IndexNumberRule::format(const IndexNumberParts &parts) const
{
    if (usesOrganisation() && !OrganisationCode::isValid(parts.organisation))
        //: 机构代码「%1」不是有效的统一社会信用代码或组织机构代码。
        return fail(ErrorCode::InvalidArgument,
                    tr("「%1」 is not a valid 统一社会信用代码 or 组织机构代码.").arg(parts.organisation));
    if (usesCategory() && !parts.category)
        //: 此索引号须有主动公开类别。
        return fail(ErrorCode::InvalidArgument, tr("This 索引号 needs a disclosure category."));
    if (parts.year < MinYear || parts.year > MaxYear)
        //: 年份 %1 无效。
        return fail(ErrorCode::InvalidArgument, tr("The year %1 is not valid.").arg(parts.year));
    if (parts.sequence < 1 || parts.sequence > maxSequence(m_sequenceWidth))
        //: 流水号 %1 超出范围（1–%2）。
        return fail(ErrorCode::InvalidArgument, tr("The sequence number %1 is out of range (1–%2).")
                                                    .arg(parts.sequence)
                                                    .arg(maxSequence(m_sequenceWidth)));
    QString number;
    for (const Token &token : m_tokens) {
        switch (token.field) {
        case Field::Literal:
            number += token.literal;
            break;
        case Field::Organisation:
            number += parts.organisation;
            break;
        case Field::Category:
            number += DisclosureCategories::code(*parts.category);
            break;
        case Field::Year:
            number += QString::number(parts.year);
            break;
        case Field::Sequence:
            number += QStringLiteral("%1").arg(parts.sequence, m_sequenceWidth, 10, QLatin1Char('0'));
            break;
        }
    }
    return number;
}

Core::Result<IndexNumberParts> IndexNumberRule::parse(const QString &number) const
{
    // Only {org} varies in length (9 or 18), so the pattern reads back unambiguously.
    QString expression = QStringLiteral("^");
    for (const Token &token : m_tokens) {
        switch (token.field) {
        case Field::Literal:
            expression += QRegularExpression::escape(token.literal);
            break;
        case Field::Organisation:
            expression += QStringLiteral("(?<org>[0-9A-Z]{18}|[0-9A-Z]{9})");
            break;
        case Field::Category:
            expression += QStringLiteral("(?<category>[0-9]{2})");
            break;
        case Field::Year:
            expression += QStringLiteral("(?<year>[0-9]{4})");
            break;
        case Field::Sequence:
            expression += QStringLiteral("(?<seq>[0-9]{%1})").arg(m_sequenceWidth);
            break;
        }
    }
    expression += u'$';
    const QRegularExpressionMatch match = QRegularExpression(expression).match(number.trimmed());
    if (!match.hasMatch())
        //: 「%1」不符合索引号规则「%2」。
        return fail(ErrorCode::InvalidArgument,
                    tr("「%1」 does not follow the 索引号 pattern 「%2」.").arg(number, m_pattern));

    IndexNumberParts parts{.organisation = match.captured(u"org"),
                           .year = match.captured(u"year").toInt(),
                           .sequence = match.captured(u"seq").toInt()};
    if (usesCategory()) {
        parts.category = DisclosureCategories::fromCode(match.captured(u"category"));
        if (!parts.category)
            //: 索引号「%1」中的类别代码「%2」未定义。
            return fail(ErrorCode::InvalidArgument, tr("The category code 「%2」 in 「%1」 is not defined.")
                                                        .arg(number, match.captured(u"category")));
    }
    GD_TRY(format(parts)); // the same checks as for a new number: check characters, ranges
    return parts;
}

} // namespace GovDesk::Disclosure

namespace GovDesk::Disclosure {

Core::Result<QString> IndexNumberRule::requestFormat(const IndexNumberParts &parts) const
{
    IndexNumberParts checked = parts;
    checked.sequence = 1;
    GD_TRY(format(checked)); // organisation, category and year as for a real number
    QString text;
    for (const Token &token : m_tokens) {
        switch (token.field) {
        case Field::Literal:
            text += token.literal;
            break;
        case Field::Organisation:
            text += parts.organisation;
            break;
        case Field::Category:
            text += DisclosureCategories::code(*parts.category);
            break;
        case Field::Year:
            text += QStringLiteral("{year}");
            break;
        case Field::Sequence:
            text += QStringLiteral("{number:%1}").arg(m_sequenceWidth);
            break;
        }
    }
    return text;
}

} // namespace GovDesk::Disclosure
