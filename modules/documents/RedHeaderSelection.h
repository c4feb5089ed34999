// RedHeaderSelection: which 套红 template lays out a 公文 — its issuing organisation's template for
// its 文种, from the directory the sync keeps — and, where the organisation has none, the
// standard's layout with the document's own 发文机关标志 (issuerMark).
#pragma once

#include "DocumentHandling.h"
#include "OfficialDocument.h"
#include "sync/SyncTypes.h"

#include <optional>

namespace GovDesk::Core {
class ModuleContext;
}

namespace GovDesk::Documents {

class RedHeaderSelection
{
public:
    // The template of `organisationId` in `directory` for the document's type; else fallback().
    [[nodiscard]] static std::optional<Core::RedHeaderTemplate>
    choose(const QList<Core::OrganisationEntry> &directory, const QString &organisationId,
           const OfficialDocument &document);

    // The issuing organisation of a loaded document: the record's owner (set by the server); for
    // a draft not yet synced the account's organisation; without either (the demo) the directory's
    // organisation whose name is the 发文机关署名.
    [[nodiscard]] static QString issuingOrganisation(const QList<Core::OrganisationEntry> &directory,
                                                     const QString &owner, const QString &accountOrganisation,
                                                     const OfficialDocument &document);
    [[nodiscard]] static std::optional<Core::RedHeaderTemplate>
    forDocument(const Core::ModuleContext &context, const LoadedDocument &loaded);

    // No template: the standard's template of the type's format with the document's issuerMark,
    // which is all a document keeps of its red header (older servers, an organisation outside the
    // directory); nullopt when it has no issuerMark either — no mark is printed then.
    [[nodiscard]] static std::optional<Core::RedHeaderTemplate> fallback(const OfficialDocument &document);
};

} // namespace GovDesk::Documents
