#include "PersonalDataChecker.h"

#include <algorithm>
#include <array>

namespace GovDesk::Disclosure {

namespace {

// Full-width forms are common in Chinese documents typed with an IME.
bool isDigit(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c.unicode() >= 0xFF10 && c.unicode() <= 0xFF19);
}

int digitValue(QChar c)
{
    return c.unicode() >= 0xFF10 ? c.unicode() - 0xFF10 : c.unicode() - u'0';
}

bool isCheckX(QChar c)
{
    return c == u'X' || c == u'x' || c.unicode() == 0xFF38 || c.unicode() == 0xFF58;
}

bool isLatinLetter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z') || (u >= 0xFF21 && u <= 0xFF3A)
           || (u >= 0xFF41 && u <= 0xFF5A);
}

bool isWordChar(QChar c)
{
    return isDigit(c) || isLatinLetter(c);
}

// Characters that glue digit groups into one number or code: 12.50, 000014349-0201-2026-0012, 2026/12.
bool isJoiner(QChar c)
{
    return c == u'.' || c == u'-' || c == u'/' || c == u'_' || c.unicode() == 0xFF0E || c.unicode() == 0xFF0D
           || c.unicode() == 0xFF0F;
}

// 元, 万元, ¥: an amount, whatever its digits look like.
bool isCurrency(QChar c)
{
    return c == u'元' || c == u'万' || c == u'亿' || c == u'¥' || c.unicode() == 0xFFE5 || c == u'$';
}

// Labels of numbers that are not personal data, looked for just before a mobile or 15-digit candidate
// (the 18-digit form carries a check digit and a birth date, which is evidence enough).
const std::array<QStringView, 11> NotPersonalLabels
    = {u"注册号", u"账号",   u"帐号", u"卡号",     u"订单号", u"索引号",
       u"文号",   u"流水号", u"税号", u"许可证号", u"批准号"};
constexpr qsizetype LabelWindow = 10;

// GB/T 2260 province codes, and 81–83 for the residence permits of Hong Kong, Macao and Taiwan residents.
bool isProvince(int code)
{
    static constexpr std::array<int, 35> provinces
        = {11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43,
           44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83};
    return std::find(provinces.begin(), provinces.end(), code) != provinces.end();
}

int number(QStringView digits)
{
    int value = 0;
    for (QChar c : digits)
        value = value * 10 + digitValue(c);
    return value;
}

bool plausibleBirth(int year, int month, int day, QDate today)
{
    const QDate birth(year, month, day);
    return birth.isValid() && birth >= QDate(1900, 1, 1) && birth <= today;
}

bool allDigits(QStringView text)
{
    return std::all_of(text.begin(), text.end(), isDigit);
}

bool isOldIdCardNumber(QStringView number15, QDate today)
{
    return number15.size() == 15 && allDigits(number15) && isProvince(number(number15.first(2)))
           && plausibleBirth(1900 + number(number15.sliced(6, 2)), number(number15.sliced(8, 2)),
                             number(number15.sliced(10, 2)), today);
}

bool isMobileNumber(QStringView digits)
{
    return digits.size() == 11 && allDigits(digits) && digitValue(digits.at(0)) == 1
           && digitValue(digits.at(1)) >= 3;
}

QString normalized(QStringView text)
{
    QString result;
    for (QChar c : text) {
        if (isDigit(c))
            result.append(QChar(u'0' + digitValue(c)));
        else if (isCheckX(c))
            result.append(u'X');
    }
    return result;
}

class Scanner
{
public:
    Scanner(const QString &text, QDate today)
        : m_text(text)
        , m_today(today)
    {
    }

    QList<PersonalDataFinding> run()
    {
        const qsizetype n = m_text.size();
        for (qsizetype i = 0; i < n;) {
            if (!isDigit(m_text.at(i))) {
                ++i;
                continue;
            }
            qsizetype end = i;
            while (end < n && isDigit(m_text.at(end)))
                ++end;
            consider(i, end);
            i = end;
        }
        return m_findings;
    }

private:
    QChar at(qsizetype i) const { return i >= 0 && i < m_text.size() ? m_text.at(i) : QChar(); }

    void consider(qsizetype start, qsizetype end)
    {
        const qsizetype length = end - start;
        const QStringView run = QStringView(m_text).sliced(start, length);
        if (length == 17 && isCheckX(at(end)))
            return add(PersonalDataKind::IdCardNumber, start, end + 1, false);
        if (length == 18)
            return add(PersonalDataKind::IdCardNumber, start, end, false);
        if (length == 15)
            return add(PersonalDataKind::IdCardNumber, start, end, true);
        if (length == 11)
            return add(PersonalDataKind::MobileNumber, start, end, true);
        // +8613800138000: the country code is not part of the number.
        if (length == 13 && at(start - 1) == u'+' && number(run.first(2)) == 86)
            return add(PersonalDataKind::MobileNumber, start + 2, end, true, true);
        if (length == 3)
            considerGrouped(start, end);
    }

    // 138 0013 8000, 138-0013-8000: one separator, used twice.
    void considerGrouped(qsizetype start, qsizetype end)
    {
        const QChar separator = at(end);
        if (separator != u' ' && separator != u'-')
            return;
        const auto groupOfFour = [&](qsizetype from) {
            for (qsizetype i = from; i < from + 4; ++i) {
                if (!isDigit(at(i)))
                    return false;
            }
            return !isDigit(at(from + 4));
        };
        if (groupOfFour(end + 1) && at(end + 5) == separator && groupOfFour(end + 6))
            add(PersonalDataKind::MobileNumber, start, end + 10, true);
    }

    bool standsAlone(qsizetype start, qsizetype end, bool afterCountryCode) const
    {
        const QChar before = at(start - 1);
        const QChar after = at(end);
        const bool prefixed = afterCountryCode || hasCountryCodeBefore(start);
        if (!prefixed) {
            if (isWordChar(before) || isCurrency(before))
                return false;
            if (isJoiner(before) && isDigit(at(start - 2)))
                return false;
        }
        if (isWordChar(after) || isCurrency(after))
            return false;
        return !(isJoiner(after) && isDigit(at(end + 1)));
    }

    bool hasCountryCodeBefore(qsizetype start) const
    {
        const QStringView before = QStringView(m_text).first(start);
        return before.endsWith(u"+86-") || before.endsWith(u"+86 ") || before.endsWith(u"+86");
    }

    bool labelledAsSomethingElse(qsizetype start) const
    {
        qsizetype from = std::max<qsizetype>(0, start - LabelWindow);
        const qsizetype lineStart = m_text.lastIndexOf(u'\n', start - 1);
        if (lineStart >= from)
            from = lineStart + 1;
        const QStringView window = QStringView(m_text).sliced(from, start - from);
        return std::any_of(NotPersonalLabels.begin(), NotPersonalLabels.end(),
                           [&](QStringView label) { return window.contains(label); });
    }

    void add(PersonalDataKind kind, qsizetype start, qsizetype end, bool checkLabel,
             bool afterCountryCode = false)
    {
        if (!standsAlone(start, end, afterCountryCode))
            return;
        const QString digits = normalized(QStringView(m_text).sliced(start, end - start));
        bool valid = false;
        QString masked;
        if (kind == PersonalDataKind::IdCardNumber) {
            valid = digits.size() == 18 ? PersonalDataChecker::isIdCardNumber(digits, m_today)
                                        : isOldIdCardNumber(digits, m_today);
            masked = digits.first(6) + QString(digits.size() - 10, u'*') + digits.last(4);
        } else {
            valid = isMobileNumber(digits);
            masked = digits.first(3) + QStringLiteral("****") + digits.last(4);
        }
        if (!valid || (checkLabel && labelledAsSomethingElse(start)))
            return;
        PersonalDataFinding finding{.kind = kind, .offset = start, .length = end - start, .masked = masked};
        locate(finding);
        m_findings.append(finding);
    }

    // Findings come in text order: the line count moves forward only.
    void locate(PersonalDataFinding &finding)
    {
        for (; m_scanned < finding.offset; ++m_scanned) {
            const QChar c = m_text.at(m_scanned);
            if (c == u'\n' || (c == u'\r' && at(m_scanned + 1) != u'\n')) {
                ++m_line;
                m_lineStart = m_scanned + 1;
            }
        }
        finding.line = m_line;
        finding.column = int(finding.offset - m_lineStart) + 1;
    }

    const QString &m_text;
    QDate m_today;
    QList<PersonalDataFinding> m_findings;
    qsizetype m_scanned = 0;
    qsizetype m_lineStart = 0;
    int m_line = 1;
};

} // namespace

QList<PersonalDataFinding> PersonalDataChecker::scan(const QString &text, QDate today)
{
    return Scanner(text, today).run();
}

QChar PersonalDataChecker::idCheckCharacter(QStringView first17)
{
    if (first17.size() != 17 || !allDigits(first17))
        return {};
    // ISO 7064 MOD 11-2: weight 2^(17−i) mod 11 for the i-th digit.
    static constexpr std::array<int, 17> weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (qsizetype i = 0; i < 17; ++i)
        sum += digitValue(first17.at(i)) * weights.at(std::size_t(i));
    return QLatin1String("10X98765432").at(sum % 11);
}

bool PersonalDataChecker::isIdCardNumber(QStringView number18, QDate today)
{
    if (number18.size() != 18)
        return false;
    const QStringView body = number18.first(17);
    const QChar check = idCheckCharacter(body);
    if (check.isNull() || !isProvince(number(body.first(2)))
        || !plausibleBirth(number(body.sliced(6, 4)), number(body.sliced(10, 2)), number(body.sliced(12, 2)),
                           today))
        return false;
    const QChar last = number18.at(17);
    return check == u'X' ? isCheckX(last) : (isDigit(last) && digitValue(last) == check.digitValue());
}

QString PersonalDataChecker::kindName(PersonalDataKind kind)
{
    switch (kind) {
    case PersonalDataKind::IdCardNumber:
        //: 居民身份证号码
        return tr("ID card number");
    case PersonalDataKind::MobileNumber:
        //: 手机号码
        return tr("Mobile phone number");
    }
    return {};
}

} // namespace GovDesk::Disclosure
