// PortalFeeds: the portal for machines — an Atom feed of the latest published items and a paged
// JSON list for new-media channels (政务微博, 政务微信). Same rule as the pages: the caller passes
// only public records.
#pragma once

#include "PortalColumns.h"
#include "PortalLinks.h"
#include "PortalRecords.h"

#include <QByteArray>
#include <optional>

namespace GovDesk::Disclosure {

class PortalFeeds
{
public:
    static constexpr int FeedEntries = 50;
    static constexpr int JsonPageSize = 20;
    static constexpr int SummaryLength = 200; // characters of the body's start

    explicit PortalFeeds(const PortalColumns &columns = PortalColumns::shipped());

    // `links` should be absolute: feed readers resolve nothing.
    [[nodiscard]] QByteArray atom(const PortalSite &site, const PortalLinks &links) const;
    // {"organisation", "page", "pages", "pageSize", "total", "items": [...], "next"?}; nullopt past the last
    // page.
    [[nodiscard]] std::optional<QByteArray> itemsJson(const PortalSite &site, const PortalLinks &links,
                                                      int page) const;

    // RFC 3339 of a yyyy-MM-dd date at midnight China time; empty when it is not a date.
    [[nodiscard]] static QString timestampOf(const QString &date);
    [[nodiscard]] static QString summaryOf(const PortalItem &item);

private:
    PortalColumns m_columns;
};

} // namespace GovDesk::Disclosure
