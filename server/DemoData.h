// DemoData: a realistic data set for trainers (serve --demo): four Liuzhou offices, their staff
// (password "govdesk-demo") and documents, water readings and a disclosure item routed between them.
#pragma once

#include "Clock.h"
#include "OpApplier.h"
#include "PasswordHasher.h"
#include "SyncRepository.h"

namespace GovDesk::Server {

class DemoData
{
public:
    static constexpr const char *Password = "govdesk-demo";

    // Seeds only a server without organisations; true when it seeded.
    [[nodiscard]] static Result<bool> seedIfEmpty(SyncRepository &repository, OpApplier &applier,
                                                  const PasswordHasher &hasher);
    // The 套红 templates of the demo organisations (Core::OrganisationDirectory::demoDirectory(),
    // which the client's demo profile shows too), for each that has none yet: a data directory
    // seeded before templates existed gets them at the next `serve --demo`. The number added.
    [[nodiscard]] static Result<int> addTemplates(SyncRepository &repository);
    // An electronic seal (SM2 key and certificate under the server's seal CA) for every
    // organisation, so that trainers can show 用印 and its verification.
    [[nodiscard]] static Result<> issueSeals(SyncRepository &repository, const Clock &clock);
    // Stable ids, so that training material can name records.
    [[nodiscard]] static QString recordId(const QString &name);
};

} // namespace GovDesk::Server
