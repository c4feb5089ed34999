#include "PortalLinks.h"

#include <QUrl>

namespace GovDesk::Disclosure {

QString pathSegment(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

PortalLinks PortalLinks::forOrganisation(const QString &prefix, const QString &organisationId)
{
    PortalLinks links = at(prefix + pathSegment(organisationId) + QLatin1Char('/'));
    links.home = prefix;
    return links;
}

PortalLinks PortalLinks::at(const QString &root)
{
    PortalLinks links;
    links.root = root.endsWith(QLatin1Char('/')) ? root : root + QLatin1Char('/');
    links.stylesheet = links.root + QStringLiteral("style.css");
    return links;
}

QString PortalLinks::column(const QString &columnId, int page) const
{
    const QString path = root + QStringLiteral("column/") + pathSegment(columnId) + QLatin1Char('/');
    return page > 1 ? path + QStringLiteral("?page=%1").arg(page) : path;
}

QString PortalLinks::item(const QString &recordId) const
{
    return root + QStringLiteral("item/") + pathSegment(recordId);
}

QString PortalLinks::attachment(const QString &recordId, const QString &sha256) const
{
    return item(recordId) + QStringLiteral("/files/") + sha256;
}

QString PortalLinks::report(int year) const
{
    return root + QStringLiteral("report/%1").arg(year);
}

QString PortalLinks::feed() const
{
    return root + QStringLiteral("feed.atom");
}

QString PortalLinks::json() const
{
    return root + QStringLiteral("items.json");
}

} // namespace GovDesk::Disclosure
