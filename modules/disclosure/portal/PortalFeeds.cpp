#include "PortalFeeds.h"

#include "PortalMustache.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace GovDesk::Disclosure {

using namespace Mustache;

PortalFeeds::PortalFeeds(const PortalColumns &columns)
    : m_columns(columns)
{
}

QString PortalFeeds::timestampOf(const QString &date)
{
    // The dates are the organisation's calendar days: midnight in China (UTC+8, no daylight saving).
    const QDate parsed = QDate::fromString(date, Qt::ISODate);
    return parsed.isValid() ? parsed.toString(Qt::ISODate) + QStringLiteral("T00:00:00+08:00") : QString();
}

QString PortalFeeds::summaryOf(const PortalItem &item)
{
    const QString text = item.paragraphs().join(QLatin1Char(' '));
    return text.size() > SummaryLength ? text.left(SummaryLength) + QChar(0x2026) : text;
}

QByteArray PortalFeeds::atom(const PortalSite &site, const PortalLinks &links) const
{
    const QString epoch = QStringLiteral("1970-01-01T00:00:00Z");
    mu::data entries(mu::data::type::list);
    for (qsizetype i = 0; i < qMin(site.items.size(), qsizetype(FeedEntries)); ++i) {
        const PortalItem &item = site.items.at(i);
        const QString updated = timestampOf(item.date());
        mu::data entry;
        entry.set("title", text(item.title));
        entry.set("id", text(links.item(item.recordId)));
        entry.set("href", text(links.item(item.recordId)));
        entry.set("updated", text(updated.isEmpty() ? epoch : updated));
        entry.set("category", text(item.category));
        entry.set("categoryName", text(m_columns.categoryName(item.category)));
        if (const QString summary = summaryOf(item); !summary.isEmpty())
            entry.set("summary", text(summary));
        entries.push_back(entry);
    }
    // The feed changes when its newest entry does (site.items is sorted newest first).
    const QString updated = site.items.isEmpty() ? QString() : timestampOf(site.items.first().date());
    mu::data context;
    context.set("organisation", text(site.organisationName));
    context.set("siteId", text(links.root));
    context.set("site", text(links.root));
    context.set("self", text(links.feed()));
    context.set("updated", text(updated.isEmpty() ? epoch : updated));
    context.set("entries", entries);
    return QByteArray::fromStdString(render(QStringLiteral("feed.atom"), context));
}

std::optional<QByteArray> PortalFeeds::itemsJson(const PortalSite &site, const PortalLinks &links,
                                                 int page) const
{
    const int total = int(site.items.size());
    const int pages = qMax(1, (total + JsonPageSize - 1) / JsonPageSize);
    if (page < 1 || page > pages)
        return std::nullopt;
    QJsonArray items;
    for (int i = (page - 1) * JsonPageSize; i < qMin(total, page * JsonPageSize); ++i) {
        const PortalItem &item = site.items.at(i);
        QJsonArray attachments;
        for (const PortalAttachment &attachment : item.attachments)
            attachments.append(
                QJsonObject{{QStringLiteral("name"), attachment.name},
                            {QStringLiteral("size"), attachment.size},
                            {QStringLiteral("sha256"), attachment.sha256},
                            {QStringLiteral("url"), links.attachment(item.recordId, attachment.sha256)}});
        const PortalColumn &column = m_columns.columnOf(item.category);
        QJsonObject entry{{QStringLiteral("id"), item.recordId},
                          {QStringLiteral("indexNumber"), item.indexNumber},
                          {QStringLiteral("title"), item.title},
                          {QStringLiteral("category"), item.category},
                          {QStringLiteral("categoryName"), m_columns.categoryName(item.category)},
                          {QStringLiteral("column"), column.id},
                          {QStringLiteral("columnName"), column.name},
                          {QStringLiteral("publisher"), item.publisher},
                          {QStringLiteral("writtenOn"), item.writtenOn},
                          {QStringLiteral("publishedOn"), item.publishedOn},
                          {QStringLiteral("keywords"), QJsonArray::fromStringList(item.keywords)},
                          {QStringLiteral("summary"), summaryOf(item)},
                          {QStringLiteral("url"), links.item(item.recordId)},
                          {QStringLiteral("attachments"), attachments}};
        if (!item.validity.isEmpty())
            entry.insert(QStringLiteral("validity"), item.validity);
        items.append(entry);
    }
    QJsonObject answer{
        {QStringLiteral("organisation"), QJsonObject{{QStringLiteral("id"), site.organisationId},
                                                     {QStringLiteral("name"), site.organisationName},
                                                     {QStringLiteral("url"), links.root}}},
        {QStringLiteral("page"), page},
        {QStringLiteral("pages"), pages},
        {QStringLiteral("pageSize"), JsonPageSize},
        {QStringLiteral("total"), total},
        {QStringLiteral("items"), items}};
    if (page < pages)
        answer.insert(QStringLiteral("next"), links.json() + QStringLiteral("?page=%1").arg(page + 1));
    return QJsonDocument(answer).toJson(QJsonDocument::Compact);
}

} // namespace GovDesk::Disclosure
