// SecurityLevel and SecrecyPeriod: 密级和保密期限 of GB/T 9704-2012 (7.2.2), e.g. 「机密★1年」.
#pragma once

#include <QString>
#include <QStringView>
#include <optional>

namespace GovDesk::Documents {

// Payloads store the Chinese name (securityLevelName()). 公开 and 内部 are not state secrets:
// they carry no 密级 mark on the page and may travel through the exchange.
enum class SecurityLevel {
    Public,       // 公开 (no mark)
    Internal,     // 内部 (工作秘密: not a 国家秘密 level)
    Secret,       // 秘密
    Confidential, // 机密
    TopSecret,    // 绝密
};

// 秘密, 机密 or 绝密: a 国家秘密, which needs a 份号 and never travels on a non-classified network.
[[nodiscard]] bool isClassified(SecurityLevel level);

[[nodiscard]] QString securityLevelName(SecurityLevel level);
// An empty name is 公开: a document without a 密级 mark (payloads written before the field).
[[nodiscard]] std::optional<SecurityLevel> securityLevelFromName(QStringView name);

// 保密期限 as the 保密法 allows it to be written: a number of years or months, or 长期. Unset means
// the level's statutory default applies (绝密 30, 机密 20, 秘密 10 years), and the mark shows the
// level alone.
struct SecrecyPeriod
{
    enum class Unit { None, Years, Months, LongTerm };
    Unit unit = Unit::None;
    int amount = 0; // > 0 for Years and Months

    [[nodiscard]] bool isSet() const { return unit != Unit::None; }
    // 「1年」, 「6个月」, 「长期」; empty when unset.
    [[nodiscard]] QString toString() const;
    // Accepts what toString() writes (and an empty text: unset); nullopt for anything else.
    [[nodiscard]] static std::optional<SecrecyPeriod> fromString(QStringView text);
    [[nodiscard]] bool operator==(const SecrecyPeriod &) const = default;
};

// The 版头 mark: 「机密★1年」, 「秘密」 (no period), empty for 公开 and 内部.
[[nodiscard]] QString classificationMark(SecurityLevel level, const SecrecyPeriod &period);

} // namespace GovDesk::Documents
