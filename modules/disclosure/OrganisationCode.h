// OrganisationCode: an organisation's code as it appears in 索引号 — the 18-character 统一社会信用代码
// (GB 32100-2015, check character mod 31) or the older 9-character 组织机构代码 (GB 11714, check
// character mod 11), upper case, without the hyphen the latter is often printed with.
#pragma once

#include <QString>

namespace GovDesk::Disclosure {

class OrganisationCode
{
public:
    [[nodiscard]] static bool isValid(QStringView code);
    [[nodiscard]] static bool isCreditCode(QStringView code);       // 统一社会信用代码
    [[nodiscard]] static bool isOrganisationCode(QStringView code); // 组织机构代码
    // The check characters for the code without its last character; null if it cannot have one.
    [[nodiscard]] static QChar creditCodeCheck(QStringView first17);
    [[nodiscard]] static QChar organisationCodeCheck(QStringView first8);
};

} // namespace GovDesk::Disclosure
