#include "ApplicantType.h"

namespace GovDesk::Disclosure {

namespace {

struct Entry
{
    ApplicantType type;
    const char16_t *key;
    const char16_t *name;
};

constexpr Entry Entries[] = {
    {ApplicantType::NaturalPerson, u"natural_person", u"自然人"},
    {ApplicantType::Commercial, u"commercial", u"商业企业"},
    {ApplicantType::Research, u"research", u"科研机构"},
    {ApplicantType::SocialWelfare, u"social_welfare", u"社会公益组织"},
    {ApplicantType::LegalService, u"legal_service", u"法律服务机构"},
    {ApplicantType::Other, u"other", u"其他"},
};

} // namespace

QList<ApplicantType> ApplicantTypes::all()
{
    QList<ApplicantType> types;
    for (const Entry &entry : Entries)
        types.append(entry.type);
    return types;
}

QString ApplicantTypes::key(ApplicantType type)
{
    return QString::fromUtf16(Entries[int(type)].key);
}

std::optional<ApplicantType> ApplicantTypes::fromKey(QStringView key)
{
    for (const Entry &entry : Entries) {
        if (key == QStringView(entry.key))
            return entry.type;
    }
    return std::nullopt;
}

QString ApplicantTypes::name(ApplicantType type)
{
    return QString::fromUtf16(Entries[int(type)].name);
}

} // namespace GovDesk::Disclosure
