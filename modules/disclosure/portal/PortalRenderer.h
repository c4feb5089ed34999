// PortalRenderer: the HTML pages of the public 政府信息公开 portal, from templates/ (Mustache, every
// value HTML-escaped). Given parsed payloads and where the site is, it returns bytes; it decides
// nothing about visibility — the caller hands it only what is public (PortalItem::isPublic), or,
// in the desktop's preview, the draft being previewed. Safe to use from several threads.
#pragma once

#include "PortalColumns.h"
#include "PortalLinks.h"
#include "PortalRecords.h"

#include <QByteArray>
#include <QList>
#include <optional>

namespace GovDesk::Disclosure {

class PortalRenderer
{
public:
    static constexpr int PageSize = 20;   // entries of a column page
    static constexpr int HomeEntries = 6; // entries per column on the organisation's page

    // One organisation on the list of portals.
    struct Listing
    {
        QString organisationId;
        QString name;
        int published = 0;
    };

    explicit PortalRenderer(const PortalColumns &columns = PortalColumns::shipped());

    [[nodiscard]] const PortalColumns &columns() const { return m_columns; }

    // The portals of every organisation with published information; `prefix` is where they are.
    [[nodiscard]] QByteArray portalsPage(const QList<Listing> &organisations, const QString &prefix) const;
    // The organisation's home page: each column with its latest entries.
    [[nodiscard]] QByteArray organisationPage(const PortalSite &site, const PortalLinks &links) const;
    // Page `page` (from 1) of a column; nullopt for an unknown column or a page past the last.
    [[nodiscard]] std::optional<QByteArray> columnPage(const PortalSite &site, const PortalLinks &links,
                                                       const QString &columnId, int page) const;
    // An item's page: the metadata table (索引号, 分类, 发布机构, 成文日期, 发布日期, 主题词, 有效性),
    // its body and attachments. Also the desktop's preview of an item, with its own links.
    [[nodiscard]] QByteArray itemPage(const QString &organisationName, const PortalItem &item,
                                      const PortalLinks &links) const;
    // The year's annual report (政府信息公开工作年度报告); nullopt when none is published.
    [[nodiscard]] std::optional<QByteArray> reportPage(const PortalSite &site, const PortalLinks &links,
                                                       int year) const;
    // The one answer for anything that is not public, whatever the reason.
    [[nodiscard]] QByteArray notFoundPage(const QString &stylesheet) const;
    [[nodiscard]] static QByteArray stylesheet();

    // The site's items in the column (newest first, as the site is sorted).
    [[nodiscard]] QList<const PortalItem *> itemsOf(const PortalSite &site, const PortalColumn &column) const;

private:
    struct Crumb
    {
        QString name;
        QString href;
    };
    struct Frame
    {
        QString title;
        QString organisation;
        const PortalLinks *links = nullptr; // null: no column navigation
        QString stylesheet;
        QString currentColumn; // id, or empty
        bool home = false;
        QList<Crumb> crumbs;
    };

    [[nodiscard]] QByteArray page(const Frame &frame, const std::string &content) const;
    [[nodiscard]] std::optional<QByteArray> guidePage(const PortalSite &site, const PortalLinks &links,
                                                      const PortalColumn &column) const;
    [[nodiscard]] std::optional<QByteArray> reportsPage(const PortalSite &site, const PortalLinks &links,
                                                        const PortalColumn &column) const;
    [[nodiscard]] QString orAbsent(const QString &value) const;
    [[nodiscard]] Frame frameFor(const PortalSite &site, const PortalLinks &links,
                                 const QString &title) const;

    PortalColumns m_columns;
};

// "12.3 KB" (the sizes an attachment list shows).
[[nodiscard]] QString formatFileSize(qint64 bytes);

} // namespace GovDesk::Disclosure
