#include "PortalApi.h"

#include "LogSafe.h"
#include "ServerLogging.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QUrl>

namespace GovDesk::Server {

using namespace Disclosure;

namespace {

const QString Prefix = QStringLiteral("/portal/");
const QString ItemCollection = QStringLiteral("disclosure.item");
const QString ReportCollection = QStringLiteral("disclosure.report");

ApiResponse bytes(QByteArray body, const QByteArray &contentType, int status = 200)
{
    ApiResponse response;
    response.status = status;
    response.contentType = contentType;
    response.body = std::move(body);
    return response;
}

// ?page=N: a positive integer, 1 when absent; 0 for anything else (then the page is not found).
int pageOf(const ApiRequest &request)
{
    if (!request.query.hasQueryItem(QStringLiteral("page")))
        return 1;
    bool ok = false;
    const int page = request.query.queryItemValue(QStringLiteral("page")).toInt(&ok);
    return ok && page > 0 ? page : 0;
}

QByteArray contentTypeOf(const QString &fileName)
{
    static const QHash<QString, QByteArray> Types{
        {QStringLiteral("pdf"), "application/pdf"},
        {QStringLiteral("ofd"), "application/ofd"},
        {QStringLiteral("doc"), "application/msword"},
        {QStringLiteral("docx"), "application/vnd.openxmlformats-officedocument.wordprocessingml.document"},
        {QStringLiteral("xls"), "application/vnd.ms-excel"},
        {QStringLiteral("xlsx"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"},
        {QStringLiteral("wps"), "application/vnd.ms-works"},
        {QStringLiteral("zip"), "application/zip"},
        {QStringLiteral("txt"), "text/plain; charset=utf-8"},
        {QStringLiteral("csv"), "text/csv; charset=utf-8"},
        {QStringLiteral("png"), "image/png"},
        {QStringLiteral("jpg"), "image/jpeg"},
        {QStringLiteral("jpeg"), "image/jpeg"}};
    const QString suffix = fileName.section(QLatin1Char('.'), -1).toLower();
    return fileName.contains(QLatin1Char('.')) ? Types.value(suffix, "application/octet-stream")
                                               : QByteArray("application/octet-stream");
}

// attachment; filename="ascii fallback"; filename*=UTF-8''<percent-encoded> (RFC 6266).
QByteArray contentDisposition(const QString &fileName)
{
    QByteArray ascii;
    for (const QChar ch : fileName)
        ascii += ch.unicode() >= 0x20 && ch.unicode() < 0x7f && ch != QLatin1Char('"')
                         && ch != QLatin1Char('\\')
                     ? char(ch.unicode())
                     : '_';
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + QUrl::toPercentEncoding(fileName);
}

} // namespace

PortalApi::PortalApi(SyncRepository &repository, BlobStore &blobs)
    : m_repository(repository)
    , m_blobs(blobs)
{
}

bool PortalApi::handles(const QString &path)
{
    return path == QStringLiteral("/portal") || path.startsWith(Prefix);
}

QString PortalApi::absolutePrefix(const ApiRequest &request)
{
    // The client's own Host header only shapes its own answer; still, only a plain host[:port].
    static const QRegularExpression Host(
        QStringLiteral("^[A-Za-z0-9.\\-]+(:[0-9]{1,5})?$|^\\[[0-9A-Fa-f:.]+\\](:[0-9]{1,5})?$"));
    const QString host = QString::fromLatin1(request.header("host"));
    return Host.match(host).hasMatch() ? QStringLiteral("https://") + host + Prefix : Prefix;
}

ApiResponse PortalApi::notFound() const
{
    return bytes(m_renderer.notFoundPage(Prefix + QStringLiteral("style.css")), "text/html; charset=utf-8",
                 404);
}

ApiResponse PortalApi::handle(const ApiRequest &request)
{
    const bool head = request.method == "HEAD";
    ApiResponse response;
    if (request.method != "GET" && !head) {
        response = bytes("Only GET and HEAD.\n", "text/plain; charset=utf-8", 405);
        response.headers.emplaceBack("Allow", "GET, HEAD");
    } else if (auto routed = route(request)) {
        response = std::move(*routed);
    } else {
        qCWarning(lcSyncd).noquote() << "portal:" << Core::logSafe(routed.error().fullText());
        response = bytes("Internal server error; try again later.\n", "text/plain; charset=utf-8", 500);
    }
    // Pages are small: an ETag of the bytes lets browsers revalidate cheaply. no-cache makes them
    // ask every time, so a withdrawal is visible at once.
    if (response.status == 200 && !response.streamsBody()) {
        const QByteArray tag
            = '"' + QCryptographicHash::hash(response.body, QCryptographicHash::Sha256).toHex().left(32)
              + '"';
        response.headers.emplaceBack("ETag", tag);
        if (request.header("if-none-match") == tag) {
            response.status = 304;
            response.body.clear();
        }
    }
    response.headers.emplaceBack("Cache-Control", "no-cache");
    response.headers.emplaceBack("Content-Security-Policy",
                                 "default-src 'self'; base-uri 'none'; form-action 'none'");
    response.headers.emplaceBack("X-Content-Type-Options", "nosniff");
    response.headers.emplaceBack("Referrer-Policy", "same-origin");
    response.omitBody = head;
    return response;
}

Result<ApiResponse> PortalApi::route(const ApiRequest &request)
{
    const QString &path = request.path;
    if (path == QStringLiteral("/portal") || path == Prefix) {
        auto items = m_repository.liveRecords(ItemCollection, {});
        if (!items)
            return std::unexpected(items.error());
        auto organisations = m_repository.organisations();
        if (!organisations)
            return std::unexpected(organisations.error());
        QList<PortalRenderer::Listing> listings;
        for (const Organisation &organisation : std::as_const(*organisations)) {
            const auto published = std::ranges::count_if(*items, [&](const RecordState &record) {
                return record.owner == organisation.id && PortalItem::isPublic(record.payload);
            });
            if (published > 0)
                listings.append({organisation.id, organisation.name, int(published)});
        }
        return bytes(m_renderer.portalsPage(listings, Prefix), "text/html; charset=utf-8");
    }
    if (path == Prefix + QStringLiteral("style.css"))
        return bytes(PortalRenderer::stylesheet(), "text/css; charset=utf-8");
    const QString rest = path.mid(Prefix.size());
    const qsizetype slash = rest.indexOf(QLatin1Char('/'));
    if (slash <= 0)
        return notFound();
    return routeOrganisation(request, rest.left(slash), rest.mid(slash + 1));
}

Result<ApiResponse> PortalApi::routeOrganisation(const ApiRequest &request, const QString &organisationId,
                                                 const QString &rest)
{
    static const QRegularExpression Column(QStringLiteral("^column/([a-z0-9_-]+)/?$"));
    static const QRegularExpression Report(QStringLiteral("^report/([0-9]{4})$"));
    static const QRegularExpression File(QStringLiteral("^item/(.+)/files/([0-9a-f]{64})$"));
    static const QRegularExpression Item(QStringLiteral("^item/(.+)$"));

    auto loaded = site(organisationId);
    if (!loaded)
        return std::unexpected(loaded.error());
    if (!*loaded) // no such organisation, or nothing published: no portal either way
        return notFound();
    const PortalSite &published = **loaded;
    const PortalLinks links = PortalLinks::forOrganisation(Prefix, organisationId);
    const QByteArray html = "text/html; charset=utf-8";

    if (rest.isEmpty())
        return bytes(m_renderer.organisationPage(published, links), html);
    if (rest == QStringLiteral("style.css"))
        return bytes(PortalRenderer::stylesheet(), "text/css; charset=utf-8");
    if (rest == QStringLiteral("feed.atom"))
        return bytes(
            m_feeds.atom(published, PortalLinks::forOrganisation(absolutePrefix(request), organisationId)),
            "application/atom+xml; charset=utf-8");
    if (rest == QStringLiteral("items.json")) {
        auto json = m_feeds.itemsJson(published,
                                      PortalLinks::forOrganisation(absolutePrefix(request), organisationId),
                                      pageOf(request));
        return json ? bytes(*json, "application/json") : notFound();
    }
    if (const auto match = Column.match(rest); match.hasMatch()) {
        auto page = m_renderer.columnPage(published, links, match.captured(1), pageOf(request));
        return page ? bytes(*page, html) : notFound();
    }
    if (const auto match = Report.match(rest); match.hasMatch()) {
        auto page = m_renderer.reportPage(published, links, match.captured(1).toInt());
        return page ? bytes(*page, html) : notFound();
    }
    if (const auto match = File.match(rest); match.hasMatch()) {
        const PortalItem *item = published.item(match.captured(1));
        if (!item || !item->hasAttachment(match.captured(2)))
            return notFound();
        return attachment(*item, match.captured(2));
    }
    if (const auto match = Item.match(rest); match.hasMatch()) {
        const PortalItem *item = published.item(match.captured(1));
        return item ? bytes(m_renderer.itemPage(published.organisationName, *item, links), html) : notFound();
    }
    return notFound();
}

Result<std::optional<PortalSite>> PortalApi::site(const QString &organisationId)
{
    auto organisation = m_repository.organisation(organisationId);
    if (!organisation)
        return std::unexpected(organisation.error());
    if (!*organisation)
        return std::optional<PortalSite>();
    auto items = m_repository.liveRecords(ItemCollection, organisationId);
    if (!items)
        return std::unexpected(items.error());
    auto reports = m_repository.liveRecords(ReportCollection, organisationId);
    if (!reports)
        return std::unexpected(reports.error());
    PortalSite site;
    site.organisationId = organisationId;
    site.organisationName = (*organisation)->name;
    for (const RecordState &record : std::as_const(*items)) {
        if (PortalItem::isPublic(record.payload))
            site.items.append(PortalItem::fromPayload(record.recordId, record.payload));
    }
    for (const RecordState &record : std::as_const(*reports)) {
        if (PortalReport::isPublic(record.payload))
            site.reports.append(PortalReport::fromPayload(record.recordId, record.payload));
    }
    if (site.isEmpty())
        return std::optional<PortalSite>();
    site.sort();
    return std::optional<PortalSite>(std::move(site));
}

Result<ApiResponse> PortalApi::attachment(const PortalItem &item, const QString &sha256)
{
    auto info = m_repository.blob(sha256);
    if (!info)
        return std::unexpected(info.error());
    if (!*info || !(*info)->complete)
        return notFound();
    QString name;
    for (const PortalAttachment &attachment : item.attachments) {
        if (attachment.sha256 == sha256)
            name = attachment.name;
    }
    ApiResponse response;
    response.contentType = contentTypeOf(name);
    auto stream = m_blobs.read(sha256, 0, (*info)->size);
    if (!stream)
        return std::unexpected(stream.error());
    response.stream = std::move(*stream);
    response.streamLength = (*info)->size;
    response.headers.emplaceBack("Content-Disposition", contentDisposition(name.isEmpty() ? sha256 : name));
    return response;
}

} // namespace GovDesk::Server
