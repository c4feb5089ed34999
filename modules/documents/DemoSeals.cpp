#include "DemoSeals.h"

#include "crypto/Sm2CertificateIssuer.h"

namespace GovDesk::Documents {

namespace {

struct DemoOrganisation
{
    const char *id;
    const char *name;
};

// As the demo server has them (server/DemoData.cpp), so ids and names match its seals' subjects.
const DemoOrganisation Organisations[] = {{"gx-lz-gov", "柳州市人民政府办公室"},
                                          {"gx-lz-forestry", "柳州市林业和园林局"},
                                          {"gx-lz-water", "柳州市水利局"},
                                          {"gx-lz-luzhai", "鹿寨县人民政府"},
                                          {"gx-lz-court", "柳州市中级人民法院"}};

} // namespace

Core::Result<DemoSeals> DemoSeals::create(const QDateTime &now)
{
    // From a year back: the demo's oldest documents are sealed weeks before the demo is made.
    const QDateTime from = now.toUTC().addYears(-1);
    const QDateTime until = now.toUTC().addYears(10);
    auto authority = Core::Sm2CertificateIssuer::createAuthority({QStringLiteral("GovDesk 演示印章CA"),
                                                                  QStringLiteral("GovDesk demo"),
                                                                  QStringLiteral("演示，仅供培训")},
                                                                 from, until);
    if (!authority)
        return std::unexpected(authority.error());
    DemoSeals seals;
    for (const DemoOrganisation &organisation : Organisations) {
        const QString id = QString::fromUtf8(organisation.id);
        const QString name = QString::fromUtf8(organisation.name);
        auto issued = Core::Sm2CertificateIssuer::issue(*authority, {name, id, {}}, from, until);
        if (!issued)
            return std::unexpected(issued.error());
        seals.m_seals.insert(name, {.sealId = QString::fromLatin1(SealIdPrefix) + id,
                                    .sealName = name,
                                    .organisationId = id,
                                    .certificatePem = issued->certificatePem,
                                    .privateKeyPem = issued->privateKeyPem,
                                    .authorityCertificatePem = authority->certificatePem});
    }
    return seals;
}

std::optional<SealKeyMaterial> DemoSeals::sealOf(const QString &organisationName) const
{
    const auto found = m_seals.constFind(organisationName);
    if (found == m_seals.cend())
        return std::nullopt;
    return *found;
}

bool DemoSeals::isDemoSeal(const QString &sealId)
{
    return sealId.startsWith(QLatin1StringView(SealIdPrefix));
}

} // namespace GovDesk::Documents
