#include "OrganisationCode.h"

#include <array>

namespace GovDesk::Disclosure {

namespace {

// GB 32100: 31 characters, without I, O, S, V, Z (too easily misread).
const QLatin1String CreditAlphabet("0123456789ABCDEFGHJKLMNPQRTUWXY");

int organisationValue(QChar c)
{
    if (c >= u'0' && c <= u'9')
        return c.unicode() - u'0';
    if (c >= u'A' && c <= u'Z')
        return c.unicode() - u'A' + 10;
    return -1;
}

} // namespace

QChar OrganisationCode::creditCodeCheck(QStringView first17)
{
    if (first17.size() != 17)
        return {};
    // Weight of position i: 3^i mod 31.
    static constexpr std::array<int, 17> weights
        = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    int sum = 0;
    for (qsizetype i = 0; i < 17; ++i) {
        const qsizetype value = CreditAlphabet.indexOf(first17.at(i));
        if (value < 0)
            return {};
        sum += int(value) * weights.at(std::size_t(i));
    }
    return CreditAlphabet.at((31 - sum % 31) % 31);
}

QChar OrganisationCode::organisationCodeCheck(QStringView first8)
{
    if (first8.size() != 8)
        return {};
    static constexpr std::array<int, 8> weights = {3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (qsizetype i = 0; i < 8; ++i) {
        const int value = organisationValue(first8.at(i));
        if (value < 0)
            return {};
        sum += value * weights.at(std::size_t(i));
    }
    const int check = 11 - sum % 11;
    return check == 10 ? QChar(u'X') : QChar(u'0' + check % 11);
}

bool OrganisationCode::isCreditCode(QStringView code)
{
    if (code.size() != 18)
        return false;
    const QChar check = creditCodeCheck(code.first(17));
    return !check.isNull() && check == code.at(17);
}

bool OrganisationCode::isOrganisationCode(QStringView code)
{
    if (code.size() != 9)
        return false;
    const QChar check = organisationCodeCheck(code.first(8));
    return !check.isNull() && check == code.at(8);
}

bool OrganisationCode::isValid(QStringView code)
{
    return isCreditCode(code) || isOrganisationCode(code);
}

} // namespace GovDesk::Disclosure
