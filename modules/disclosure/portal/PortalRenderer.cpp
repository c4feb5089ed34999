#include "PortalRenderer.h"

#include "PortalMustache.h"

namespace GovDesk::Disclosure {

using namespace Mustache;

namespace {

mu::data entryList(const PortalColumns &site, const QList<const PortalItem *> &items,
                   const PortalLinks &links, qsizetype from, qsizetype count)
{
    mu::data list(mu::data::type::list);
    for (qsizetype i = from; i < qMin(items.size(), from + count); ++i) {
        const PortalItem &item = *items.at(i);
        mu::data entry;
        entry.set("title", text(item.title));
        entry.set("href", text(links.item(item.recordId)));
        entry.set("date", text(item.date()));
        // 待编号: the number is allocated on publication, so a published item always has one.
        entry.set("indexNumber", text(item.indexNumber.isEmpty() ? site.word(QStringLiteral("unnumbered"))
                                                                 : item.indexNumber));
        list.push_back(entry);
    }
    return list;
}

} // namespace

QString formatFileSize(qint64 bytes)
{
    if (bytes < 1024)
        return QStringLiteral("%1 B").arg(bytes);
    if (bytes < 1024 * 1024)
        return QStringLiteral("%1 KB").arg(double(bytes) / 1024, 0, 'f', 1);
    return QStringLiteral("%1 MB").arg(double(bytes) / (1024 * 1024), 0, 'f', 1);
}

// "—" where the contract allows a field to be absent (a preview of an item not yet published).
QString PortalRenderer::orAbsent(const QString &value) const
{
    return value.isEmpty() ? m_columns.word(QStringLiteral("absent")) : value;
}

PortalRenderer::PortalRenderer(const PortalColumns &columns)
    : m_columns(columns)
{
}

QByteArray PortalRenderer::stylesheet()
{
    return PortalTemplates::file(QStringLiteral("style.css"));
}

QList<const PortalItem *> PortalRenderer::itemsOf(const PortalSite &site, const PortalColumn &column) const
{
    QList<const PortalItem *> items;
    for (const PortalItem &item : site.items) {
        if (m_columns.columnOf(item.category).id == column.id)
            items.append(&item);
    }
    return items;
}

QByteArray PortalRenderer::page(const Frame &frame, const std::string &content) const
{
    mu::data context;
    context.set("title", text(frame.title));
    if (!frame.organisation.isEmpty())
        context.set("organisation", text(frame.organisation));
    context.set("stylesheet", text(frame.stylesheet));
    context.set("content", mu::data(content));
    mu::data crumbs(mu::data::type::list);
    for (const Crumb &crumb : frame.crumbs) {
        mu::data entry;
        entry.set("name", text(crumb.name));
        entry.set("href", text(crumb.href));
        crumbs.push_back(entry);
    }
    context.set("crumbs", crumbs);
    context.set("hasNav", frame.links != nullptr);
    if (frame.links) {
        context.set("root", text(frame.links->root));
        context.set("feed", text(frame.links->feed()));
        context.set("homeCurrent", frame.home);
        mu::data nav(mu::data::type::list);
        for (const PortalColumn &column : m_columns.all()) {
            mu::data entry;
            entry.set("name", text(column.name));
            entry.set("href", text(frame.links->column(column.id)));
            entry.set("current", column.id == frame.currentColumn);
            nav.push_back(entry);
        }
        context.set("nav", nav);
    }
    return QByteArray::fromStdString(render(QStringLiteral("layout.html"), context));
}

PortalRenderer::Frame PortalRenderer::frameFor(const PortalSite &site, const PortalLinks &links,
                                               const QString &title) const
{
    Frame frame;
    frame.title = title;
    frame.organisation = site.organisationName;
    frame.links = &links;
    frame.stylesheet = links.stylesheet;
    if (!links.home.isEmpty())
        frame.crumbs.append({m_columns.word(QStringLiteral("portal")), links.home});
    frame.crumbs.append({site.organisationName, links.root});
    return frame;
}

QByteArray PortalRenderer::portalsPage(const QList<Listing> &organisations, const QString &prefix) const
{
    mu::data context;
    mu::data list(mu::data::type::list);
    for (const Listing &listing : organisations) {
        mu::data entry;
        entry.set("name", text(listing.name));
        entry.set("href", text(PortalLinks::forOrganisation(prefix, listing.organisationId).root));
        entry.set("count", text(QString::number(listing.published)));
        list.push_back(entry);
    }
    context.set("organisations", list);
    context.set("hasOrganisations", !organisations.isEmpty());
    Frame frame;
    frame.title = m_columns.word(QStringLiteral("portal"));
    frame.stylesheet = prefix + QStringLiteral("style.css");
    return page(frame, render(QStringLiteral("portals.html"), context));
}

QByteArray PortalRenderer::organisationPage(const PortalSite &site, const PortalLinks &links) const
{
    mu::data columns(mu::data::type::list);
    for (const PortalColumn &column : m_columns.all()) {
        mu::data entry;
        entry.set("name", text(column.name));
        entry.set("href", text(links.column(column.id)));
        entry.set("isGuide", column.kind == PortalColumn::Kind::Guide);
        if (column.kind == PortalColumn::Kind::Items) {
            const QList<const PortalItem *> items = itemsOf(site, column);
            entry.set("entries", entryList(m_columns, items, links, 0, HomeEntries));
            entry.set("hasEntries", !items.isEmpty());
        } else if (column.kind == PortalColumn::Kind::Reports) {
            mu::data reports(mu::data::type::list);
            for (const PortalReport &report : site.reports) {
                if (reports.list_value().size() >= size_t(HomeEntries))
                    break;
                mu::data row;
                row.set("title", text(report.title));
                row.set("href", text(links.report(report.year)));
                row.set("date", text(report.publishedOn));
                reports.push_back(row);
            }
            entry.set("entries", reports);
            entry.set("hasEntries", !site.reports.isEmpty());
        }
        columns.push_back(entry);
    }
    mu::data context;
    context.set("organisation", text(site.organisationName));
    context.set("columns", columns);
    context.set("feed", text(links.feed()));
    context.set("json", text(links.json()));
    Frame frame = frameFor(site, links, m_columns.word(QStringLiteral("home")));
    frame.crumbs.removeLast(); // the page itself
    frame.home = true;
    return page(frame, render(QStringLiteral("organisation.html"), context));
}

std::optional<QByteArray> PortalRenderer::columnPage(const PortalSite &site, const PortalLinks &links,
                                                     const QString &columnId, int pageNumber) const
{
    const PortalColumn *column = m_columns.find(columnId);
    if (!column || pageNumber < 1)
        return std::nullopt;
    if (column->kind == PortalColumn::Kind::Guide)
        return pageNumber == 1 ? guidePage(site, links, *column) : std::nullopt;
    if (column->kind == PortalColumn::Kind::Reports)
        return pageNumber == 1 ? reportsPage(site, links, *column) : std::nullopt;

    const QList<const PortalItem *> items = itemsOf(site, *column);
    const int pages = qMax(1, int((items.size() + PageSize - 1) / PageSize));
    if (pageNumber > pages)
        return std::nullopt;
    mu::data context;
    context.set("column", text(column->name));
    context.set("entries",
                entryList(m_columns, items, links, qsizetype(pageNumber - 1) * PageSize, PageSize));
    context.set("hasEntries", !items.isEmpty());
    if (pages > 1) {
        mu::data paging;
        paging.set("page", text(QString::number(pageNumber)));
        paging.set("pages", text(QString::number(pages)));
        paging.set("total", text(QString::number(items.size())));
        if (pageNumber > 1)
            paging.set("previous", text(links.column(column->id, pageNumber - 1)));
        if (pageNumber < pages)
            paging.set("next", text(links.column(column->id, pageNumber + 1)));
        context.set("paging", paging);
    }
    Frame frame = frameFor(site, links, column->name);
    frame.currentColumn = column->id;
    return page(frame, render(QStringLiteral("column.html"), context));
}

std::optional<QByteArray> PortalRenderer::guidePage(const PortalSite &site, const PortalLinks &links,
                                                    const PortalColumn &column) const
{
    mu::data context;
    context.set("organisation", text(site.organisationName));
    Frame frame = frameFor(site, links, column.name);
    frame.currentColumn = column.id;
    return page(frame, render(QStringLiteral("guide.html"), context));
}

std::optional<QByteArray> PortalRenderer::reportsPage(const PortalSite &site, const PortalLinks &links,
                                                      const PortalColumn &column) const
{
    mu::data entries(mu::data::type::list);
    for (const PortalReport &report : site.reports) {
        mu::data entry;
        entry.set("title", text(report.title));
        entry.set("href", text(links.report(report.year)));
        entry.set("date", text(report.publishedOn));
        entries.push_back(entry);
    }
    mu::data context;
    context.set("column", text(column.name));
    context.set("entries", entries);
    context.set("hasEntries", !site.reports.isEmpty());
    Frame frame = frameFor(site, links, column.name);
    frame.currentColumn = column.id;
    return page(frame, render(QStringLiteral("reports.html"), context));
}

QByteArray PortalRenderer::itemPage(const QString &organisationName, const PortalItem &item,
                                    const PortalLinks &links) const
{
    mu::data context;
    context.set("indexNumber", text(item.indexNumber.isEmpty() ? m_columns.word(QStringLiteral("unnumbered"))
                                                               : item.indexNumber));
    const QString categoryName = m_columns.categoryName(item.category);
    context.set("categoryName", text(orAbsent(categoryName)));
    context.set("publisher", text(orAbsent(item.publisher)));
    context.set("writtenOn", text(orAbsent(item.writtenOn)));
    context.set("publishedOn", text(orAbsent(item.publishedOn)));
    context.set("title", text(item.title));
    if (!item.documentNumber.isEmpty())
        context.set("documentNumber", text(item.documentNumber));
    context.set("keywords",
                text(orAbsent(item.keywords.join(m_columns.word(QStringLiteral("keywordSeparator"))))));
    // 有效性 belongs to 规范性文件 (category 01) only, as the contract says.
    context.set("hasValidity", !item.validity.isEmpty());
    context.set("validity", text(item.validity));
    context.set("paragraphs", paragraphs(item.paragraphs()));
    mu::data attachments(mu::data::type::list);
    for (const PortalAttachment &attachment : item.attachments) {
        mu::data entry;
        entry.set("name", text(attachment.name.isEmpty() ? attachment.sha256.left(12) : attachment.name));
        entry.set("href", text(links.attachment(item.recordId, attachment.sha256)));
        entry.set("size", text(formatFileSize(attachment.size)));
        attachments.push_back(entry);
    }
    context.set("attachments", attachments);
    context.set("hasAttachments", !item.attachments.isEmpty());

    PortalSite site;
    site.organisationName = organisationName;
    Frame frame = frameFor(site, links, item.title);
    const PortalColumn &column = m_columns.columnOf(item.category);
    frame.currentColumn = column.id;
    frame.crumbs.append({column.name, links.column(column.id)});
    return page(frame, render(QStringLiteral("item.html"), context));
}

std::optional<QByteArray> PortalRenderer::reportPage(const PortalSite &site, const PortalLinks &links,
                                                     int year) const
{
    const PortalReport *report = site.report(year);
    if (!report)
        return std::nullopt;
    mu::data sections(mu::data::type::list);
    for (const PortalReportSection &section : report->sections) {
        mu::data sectionData;
        sectionData.set("heading", text(section.heading));
        sectionData.set("paragraphs", paragraphs(paragraphsOf(section.text)));
        mu::data tables(mu::data::type::list);
        for (const PortalReportTable &table : section.tables) {
            mu::data tableData;
            if (!table.caption.isEmpty())
                tableData.set("caption", text(table.caption));
            tableData.set("columns", paragraphs(table.columns));
            mu::data rows(mu::data::type::list);
            for (const QStringList &row : table.rows) {
                mu::data rowData;
                rowData.set("cells", paragraphs(row));
                rows.push_back(rowData);
            }
            tableData.set("rows", rows);
            tables.push_back(tableData);
        }
        sectionData.set("tables", tables);
        sections.push_back(sectionData);
    }
    mu::data context;
    context.set("title", text(report->title));
    context.set("publishedOn", text(orAbsent(report->publishedOn)));
    context.set("sections", sections);
    Frame frame = frameFor(site, links, report->title);
    for (const PortalColumn &column : m_columns.all()) {
        if (column.kind == PortalColumn::Kind::Reports) {
            frame.currentColumn = column.id;
            frame.crumbs.append({column.name, links.column(column.id)});
        }
    }
    return page(frame, render(QStringLiteral("report.html"), context));
}

QByteArray PortalRenderer::notFoundPage(const QString &stylesheet) const
{
    Frame frame;
    frame.title = m_columns.word(QStringLiteral("notFound"));
    frame.stylesheet = stylesheet;
    return page(frame, render(QStringLiteral("notfound.html"), mu::data()));
}

} // namespace GovDesk::Disclosure
