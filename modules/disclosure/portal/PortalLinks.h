// PortalLinks: the URLs of one organisation's portal. Every page links below `root`, so the server
// gives "/portal/<org>/" (or an absolute URL, for feeds) and the desktop's preview its own base.
#pragma once

#include <QString>

namespace GovDesk::Disclosure {

struct PortalLinks
{
    QString root;       // ends with '/'
    QString stylesheet; // root + "style.css" unless set otherwise
    QString home;       // the list of every organisation's portal; empty in a preview

    // `prefix` is where the portals are ("/portal/" or "https://host:port/portal/").
    [[nodiscard]] static PortalLinks forOrganisation(const QString &prefix, const QString &organisationId);
    // A site rooted at `root`, e.g. the preview's base URL.
    [[nodiscard]] static PortalLinks at(const QString &root);

    [[nodiscard]] QString column(const QString &columnId, int page = 1) const;
    [[nodiscard]] QString item(const QString &recordId) const;
    [[nodiscard]] QString attachment(const QString &recordId, const QString &sha256) const;
    [[nodiscard]] QString report(int year) const;
    [[nodiscard]] QString feed() const;
    [[nodiscard]] QString json() const;
};

// One path segment, percent-encoded (record and organisation ids may hold any character).
[[nodiscard]] QString pathSegment(const QString &text);

} // namespace GovDesk::Disclosure
