#include "RedHeaderSelection.h"

#include "module/ModuleContext.h"

namespace GovDesk::Documents {

std::optional<Core::RedHeaderTemplate>
RedHeaderSelection::choose(const QList<Core::OrganisationEntry> &directory, const QString &organisationId,
                           const OfficialDocument &document)
{
    for (const Core::OrganisationEntry &organisation : directory) {
        if (organisation.id != organisationId || organisationId.isEmpty())
            continue;
        if (auto header = Core::RedHeaderTemplates::select(organisation.redHeaders, typeName(document.type)))
            return header;
        break;
    }
    return fallback(document);
}

QString RedHeaderSelection::issuingOrganisation(const QList<Core::OrganisationEntry> &directory,
                                                const QString &owner, const QString &accountOrganisation,
                                                const OfficialDocument &document)
{
    if (!owner.isEmpty())
        return owner;
    if (!accountOrganisation.isEmpty())
        return accountOrganisation;
    for (const Core::OrganisationEntry &organisation : directory) {
        if (!document.issuerName.isEmpty() && organisation.name == document.issuerName)
            return organisation.id;
    }
    return {};
}

std::optional<Core::RedHeaderTemplate> RedHeaderSelection::forDocument(const Core::ModuleContext &context,
                                                                       const LoadedDocument &loaded)
{
    // An unreadable directory is no reason to show nothing: the document's own mark then.
    const QList<Core::OrganisationEntry> directory
        = context.organisations().value_or(QList<Core::OrganisationEntry>{});
    // A received document is its sender's: only the owner names it (the account is the receiver).
    const QString account = loaded.isReceived() ? QString() : context.account().organisationId;
    return choose(directory, issuingOrganisation(directory, loaded.owner, account, loaded.document),
                  loaded.document);
}

std::optional<Core::RedHeaderTemplate> RedHeaderSelection::fallback(const OfficialDocument &document)
{
    if (document.issuerMark.trimmed().isEmpty())
        return std::nullopt;
    return Core::RedHeaderTemplate::standard(Core::formatForType(typeName(document.type)),
                                             document.issuerMark.trimmed());
}

} // namespace GovDesk::Documents
