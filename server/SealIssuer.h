// SealIssuer: issues electronic seals — the server's seal CA (made once) and one SM2 seal key and
// certificate per organisation (made once; asking again answers the same seal).
#pragma once

#include "Clock.h"
#include "SyncRepository.h"

namespace GovDesk::Server {

class SealIssuer
{
public:
    static constexpr int AuthorityYears = 20;
    static constexpr int SealYears = 5;

    SealIssuer(SyncRepository &repository, const Clock &clock);

    struct Issued
    {
        OrganisationSeal seal;
        bool created = false; // false: the organisation had its seal already
    };

    // The organisation's seal, created with the CA when missing, in one transaction.
    [[nodiscard]] Result<Issued> issue(const QString &organisationId);

private:
    [[nodiscard]] Result<SealAuthority> authority();

    SyncRepository &m_repository;
    const Clock &m_clock;
};

} // namespace GovDesk::Server
