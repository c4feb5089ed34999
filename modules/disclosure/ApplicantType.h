// ApplicantType: who asked (申请人情况), in the six columns of the annual report's section 三
// (国办公开办函〔2021〕30号): 自然人 and the five kinds of 法人或其他组织.
#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace GovDesk::Disclosure {

// Stored by key ("natural_person" …); the order is the report's column order.
enum class ApplicantType { NaturalPerson, Commercial, Research, SocialWelfare, LegalService, Other };

class ApplicantTypes
{
public:
    [[nodiscard]] static QList<ApplicantType> all();
    [[nodiscard]] static QString key(ApplicantType type);
    [[nodiscard]] static std::optional<ApplicantType> fromKey(QStringView key);
    // The report's column heading. Chinese whatever the UI language: it is printed in the annual
    // report and on 告知书, official documents in Chinese.
    [[nodiscard]] static QString name(ApplicantType type);
    // 法人或其他组织: every column but 自然人.
    [[nodiscard]] static bool isOrganisation(ApplicantType type)
    {
        return type != ApplicantType::NaturalPerson;
    }
};

} // namespace GovDesk::Disclosure
