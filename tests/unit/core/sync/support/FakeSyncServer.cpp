#include "FakeSyncServer.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QUrlQuery>

namespace GovDesk::Test {

using namespace Core;

namespace {

QString bearer(const HttpRequest &request)
{
    for (const auto &[name, value] : request.headers) {
        if (name.compare("Authorization", Qt::CaseInsensitive) == 0 && value.startsWith("Bearer "))
            return QString::fromUtf8(value.mid(7));
    }
    return {};
}

QByteArray headerOf(const HttpRequest &request, QByteArrayView name)
{
    for (const auto &[key, value] : request.headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QStringList toStrings(const QJsonArray &array)
{
    QStringList list;
    for (const QJsonValue &value : array)
        list << value.toString();
    return list;
}

} // namespace

FakeSyncServer::FakeSyncServer(std::function<QDateTime()> clock)
    : m_clock(clock ? std::move(clock) : std::function<QDateTime()>([] { return QDateTime::currentDateTimeUtc(); }))
{
}

void FakeSyncServer::addUser(const QString &user, const QString &password, const QString &organisation,
                             const QString &name)
{
    QMutexLocker locker(&m_mutex);
    m_accounts.insert(user, {password, organisation, name.isEmpty() ? user : name, {QStringLiteral("clerk")}});
}

void FakeSyncServer::setRoles(const QString &user, const QStringList &roles)
{
    QMutexLocker locker(&m_mutex);
    m_accounts[user].roles = roles;
}

void FakeSyncServer::setSealAuthority(const QByteArray &certificatePem)
{
    QMutexLocker locker(&m_mutex);
    m_sealAuthority = certificatePem;
}

void FakeSyncServer::setSeal(const QString &organisation, const QJsonObject &answer)
{
    QMutexLocker locker(&m_mutex);
    m_seals.insert(organisation, answer);
}

HttpResponse FakeSyncServer::sealRoute(const QString &user, bool authority) const
{
    if (authority) {
        if (m_sealAuthority.isEmpty())
            return FakeTransport::error(404, QStringLiteral("not_found"));
        return FakeTransport::json(200, {{QStringLiteral("certificate"), QString::fromLatin1(m_sealAuthority)}});
    }
    const Account account = m_accounts.value(user);
    if (!account.roles.contains(QStringLiteral("signer")))
        return FakeTransport::error(403, QStringLiteral("forbidden"));
    const auto seal = m_seals.constFind(account.organisation);
    if (seal == m_seals.cend())
        return FakeTransport::error(404, QStringLiteral("not_found"));
    return FakeTransport::json(200, *seal);
}

void FakeSyncServer::injectFault(Fault fault, int count, const QString &pathPrefix, int retryAfterSeconds)
{
    QMutexLocker locker(&m_mutex);
    m_faults.append({fault, count, pathPrefix, retryAfterSeconds});
}

void FakeSyncServer::rejectCollection(const QString &collection)
{
    QMutexLocker locker(&m_mutex);
    m_rejectedCollections << collection;
}

void FakeSyncServer::expireAccessTokens()
{
    QMutexLocker locker(&m_mutex);
    for (auto &entry : m_accessTokens)
        entry.second = m_clock().addSecs(-1);
}

void FakeSyncServer::revokeRefreshTokens()
{
    QMutexLocker locker(&m_mutex);
    m_refreshTokens.clear();
}

QString FakeSyncServer::key(const QString &collection, const QString &recordId)
{
    return collection + QLatin1Char('\n') + recordId;
}

void FakeSyncServer::serverPut(const QString &collection, const QString &recordId, const QJsonObject &payload,
                               const QString &owner, const QStringList &recipients, bool deleted)
{
    QMutexLocker locker(&m_mutex);
    Record &record = m_records[key(collection, recordId)];
    record.revision += 1;
    record.payload = deleted ? QJsonObject() : payload;
    record.deleted = deleted;
    record.owner = owner;
    record.recipients = recipients;
    record.changeSeq = ++m_changeSeq;
}

std::optional<FakeSyncServer::Record> FakeSyncServer::record(const QString &collection, const QString &recordId) const
{
    QMutexLocker locker(&m_mutex);
    const auto found = m_records.constFind(key(collection, recordId));
    if (found == m_records.cend())
        return std::nullopt;
    return *found;
}

int FakeSyncServer::recordCount() const
{
    QMutexLocker locker(&m_mutex);
    return static_cast<int>(m_records.size());
}

int FakeSyncServer::timesApplied(const QString &opId) const
{
    QMutexLocker locker(&m_mutex);
    return m_applied.value(opId);
}

int FakeSyncServer::requestCount(const QString &path) const
{
    QMutexLocker locker(&m_mutex);
    return m_requests.value(path);
}

FakeTransport::Handler FakeSyncServer::handler()
{
    return [this](const HttpRequest &request) { return handle(request); };
}

std::optional<FakeSyncServer::PendingFault> FakeSyncServer::takeFault(const QString &path)
{
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        PendingFault &pending = m_faults[i];
        if (!pending.pathPrefix.isEmpty() && !path.startsWith(pending.pathPrefix))
            continue;
        PendingFault taken = pending;
        if (--pending.count <= 0)
            m_faults.removeAt(i);
        return taken;
    }
    return std::nullopt;
}

HttpResponse FakeSyncServer::handle(const HttpRequest &request)
{
    QMutexLocker locker(&m_mutex);
    const QString path = request.url.path();
    m_requests[path] += 1;
    const auto fault = takeFault(path);
    if (fault) {
        switch (fault->fault) {
        case Fault::Status500:
            return FakeTransport::error(500, QStringLiteral("internal"));
        case Fault::Status503:
            return FakeTransport::error(503, QStringLiteral("unavailable"), fault->retryAfter);
        case Fault::Status429:
            return FakeTransport::error(429, QStringLiteral("rate_limited"), fault->retryAfter);
        case Fault::Timeout:
            return FakeTransport::failure(TransportError::Kind::Timeout, QStringLiteral("timed out"));
        case Fault::TokenExpired:
            return FakeTransport::error(401, QStringLiteral("token_expired"));
        case Fault::BadRequest:
            return FakeTransport::error(400, QStringLiteral("bad_value"));
        case Fault::TooLarge:
            return FakeTransport::error(413, QStringLiteral("too_large"));
        case Fault::Drop:
        case Fault::Truncate:
            break; // processed first, below
        }
    }
    HttpResponse response = route(request);
    if (fault && fault->fault == Fault::Drop)
        return FakeTransport::failure(TransportError::Kind::Network, QStringLiteral("connection reset"));
    if (fault && fault->fault == Fault::Truncate)
        response.body.truncate(response.body.size() / 2);
    return response;
}

void FakeSyncServer::setOrganisations(const std::optional<QList<Core::OrganisationEntry>> &organisations)
{
    QMutexLocker lock(&m_mutex);
    m_organisations = organisations;
}

HttpResponse FakeSyncServer::route(const HttpRequest &request)
{
    const QString path = request.url.path();
    QJsonParseError parseError;
    const QJsonObject body = QJsonDocument::fromJson(request.body, &parseError).object();
    if (path == QLatin1StringView("/v1/info"))
        return FakeTransport::json(200, {{QStringLiteral("protocol"), 1},
                                         {QStringLiteral("server"), QStringLiteral("fake")},
                                         {QStringLiteral("version"), QStringLiteral("0.0.1")},
                                         {QStringLiteral("limits"), QJsonObject{{QStringLiteral("maxPushOps"), 500},
                                                                                  {QStringLiteral("maxBlobBytes"), m_maxBlobBytes},
                                                                                  {QStringLiteral("blobChunkBytes"), m_blobChunkBytes}}}});
    if (path == QLatin1StringView("/v1/auth/sign-in"))
        return signIn(body);
    if (path == QLatin1StringView("/v1/auth/refresh"))
        return refresh(body);

    const auto access = m_accessTokens.constFind(bearer(request));
    if (access == m_accessTokens.cend())
        return FakeTransport::error(401, QStringLiteral("token_invalid"));
    if (access->second <= m_clock())
        return FakeTransport::error(401, QStringLiteral("token_expired"));
    const QString user = access->first;
    if (path == QLatin1StringView("/v1/auth/sign-out")) {
        m_accessTokens.remove(bearer(request));
        return FakeTransport::raw(204, {});
    }
    if (path == QLatin1StringView("/v1/sync/push"))
        return push(user, body);
    if (path == QLatin1StringView("/v1/sync/pull"))
        return pull(user, request);
    if (path == QLatin1StringView("/v1/seal") || path == QLatin1StringView("/v1/seal/authority"))
        return sealRoute(user, path.endsWith(QLatin1StringView("/authority")));
    if (path == QLatin1StringView("/v1/organisations")) {
        if (!m_organisationsJson.isEmpty())
            return FakeTransport::json(200, {{QStringLiteral("organisations"), m_organisationsJson}});
        if (!m_organisations)
            return FakeTransport::error(404, QStringLiteral("not_found"));
        QJsonArray items;
        for (const Core::OrganisationEntry &entry : std::as_const(*m_organisations)) {
            QJsonObject item{{QStringLiteral("id"), entry.id}, {QStringLiteral("name"), entry.name}};
            if (!entry.redHeaders.isEmpty()) // as an older server: no field at all
                item.insert(QStringLiteral("redHeaders"), Core::RedHeaderTemplates::toJson(entry.redHeaders));
            items.append(item);
        }
        return FakeTransport::json(200, {{QStringLiteral("organisations"), items}});
    }
    static const QRegularExpression BlobPath(QStringLiteral("^/v1/blobs/([0-9a-f]{64})(/status)?$"));
    if (const auto blob = BlobPath.match(path); blob.hasMatch())
        return blobRoute(request, blob.captured(1), !blob.captured(2).isEmpty());
    return FakeTransport::error(404, QStringLiteral("not_found"));
}

HttpResponse FakeSyncServer::signIn(const QJsonObject &body)
{
    const QString user = body.value(QLatin1StringView("user")).toString();
    const auto account = m_accounts.constFind(user);
    if (account == m_accounts.cend() || account->password != body.value(QLatin1StringView("password")).toString())
        return FakeTransport::error(401, QStringLiteral("bad_credentials"));
    return issueTokens(user);
}

HttpResponse FakeSyncServer::refresh(const QJsonObject &body)
{
    const QString token = body.value(QLatin1StringView("refreshToken")).toString();
    const auto found = m_refreshTokens.constFind(token);
    if (found == m_refreshTokens.cend())
        return FakeTransport::error(401, QStringLiteral("token_invalid"));
    const QString user = *found;
    m_refreshTokens.remove(token); // rotation: the old one stops working
    return issueTokens(user);
}

HttpResponse FakeSyncServer::issueTokens(const QString &user)
{
    const Account account = m_accounts.value(user);
    const QString access = QStringLiteral("access-%1").arg(++m_tokenSerial);
    const QString refreshToken = QStringLiteral("refresh-%1").arg(m_tokenSerial);
    const QDateTime expires = m_clock().addSecs(3600);
    m_accessTokens.insert(access, {user, expires});
    m_refreshTokens.insert(refreshToken, user);
    return FakeTransport::json(
        200, {{QStringLiteral("accessToken"), access},
              {QStringLiteral("expiresAt"), expires.toUTC().toString(Qt::ISODate)},
              {QStringLiteral("refreshToken"), refreshToken},
              {QStringLiteral("user"),
               QJsonObject{{QStringLiteral("id"), user},
                           {QStringLiteral("name"), account.name},
                           {QStringLiteral("roles"), QJsonArray::fromStringList(account.roles)},
                           {QStringLiteral("organisation"),
                            QJsonObject{{QStringLiteral("id"), account.organisation},
                                        {QStringLiteral("name"), account.organisation}}},
                           {QStringLiteral("futureField"), true}}}});
}

QJsonObject FakeSyncServer::recordJson(const QString &recordKey, const Record &record) const
{
    const QStringList parts = recordKey.split(QLatin1Char('\n'));
    return {{QStringLiteral("collection"), parts.value(0)},
            {QStringLiteral("recordId"), parts.value(1)},
            {QStringLiteral("revision"), record.revision},
            {QStringLiteral("deleted"), record.deleted},
            {QStringLiteral("owner"), record.owner},
            {QStringLiteral("recipients"), QJsonArray::fromStringList(record.recipients)},
            {QStringLiteral("payload"), record.payload},
            {QStringLiteral("updatedAt"), QStringLiteral("2026-11-26T08:30:00Z")}};
}

HttpResponse FakeSyncServer::push(const QString &user, const QJsonObject &body)
{
    const QString organisation = m_accounts.value(user).organisation;
    QJsonArray results;
    for (const QJsonValue &value : body.value(QLatin1StringView("ops")).toArray()) {
        const QJsonObject op = value.toObject();
        const QString opId = op.value(QLatin1StringView("opId")).toString();
        const QString collection = op.value(QLatin1StringView("collection")).toString();
        const QString recordKey = key(collection, op.value(QLatin1StringView("recordId")).toString());
        if (const auto previous = m_ops.constFind(opId); previous != m_ops.cend()) {
            QJsonObject duplicate{{QStringLiteral("opId"), opId},
                                  {QStringLiteral("status"), QStringLiteral("duplicate")},
                                  {QStringLiteral("originalStatus"), previous->status}};
            if (previous->status == QLatin1StringView("applied"))
                duplicate.insert(QStringLiteral("revision"), previous->revision);
            else
                duplicate.insert(QStringLiteral("reason"), QJsonObject{{QStringLiteral("code"), previous->reasonCode},
                                                                       {QStringLiteral("message"), QStringLiteral("no")}});
            results.append(duplicate);
            continue;
        }
        if (m_rejectedCollections.contains(collection)) {
            m_ops.insert(opId, {QStringLiteral("rejected"), 0, QStringLiteral("forbidden")});
            results.append(QJsonObject{{QStringLiteral("opId"), opId},
                                       {QStringLiteral("status"), QStringLiteral("rejected")},
                                       {QStringLiteral("reason"),
                                        QJsonObject{{QStringLiteral("code"), QStringLiteral("forbidden")},
                                                    {QStringLiteral("message"),
                                                     QStringLiteral("records of another organisation")}}}});
            continue;
        }
        const qint64 base = op.value(QLatin1StringView("baseRevision")).toInteger();
        const auto existing = m_records.constFind(recordKey);
        const qint64 current = existing == m_records.cend() ? 0 : existing->revision;
        if (base != current) {
            QJsonObject server = recordJson(recordKey, existing == m_records.cend() ? Record{} : *existing);
            server.remove(QStringLiteral("collection"));
            server.remove(QStringLiteral("recordId"));
            results.append(QJsonObject{{QStringLiteral("opId"), opId},
                                       {QStringLiteral("status"), QStringLiteral("conflict")},
                                       {QStringLiteral("server"), server}});
            continue;
        }
        Record &record = m_records[recordKey];
        record.revision = current + 1;
        record.deleted = op.value(QLatin1StringView("deleted")).toBool();
        record.payload = op.value(QLatin1StringView("payload")).toObject();
        if (record.owner.isEmpty())
            record.owner = organisation;
        if (op.contains(QLatin1StringView("recipients")))
            record.recipients = toStrings(op.value(QLatin1StringView("recipients")).toArray());
        record.changeSeq = ++m_changeSeq;
        m_ops.insert(opId, {QStringLiteral("applied"), record.revision, {}});
        m_applied[opId] += 1;
        results.append(QJsonObject{{QStringLiteral("opId"), opId},
                                   {QStringLiteral("status"), QStringLiteral("applied")},
                                   {QStringLiteral("revision"), record.revision}});
    }
    return FakeTransport::json(200, {{QStringLiteral("results"), results}});
}

HttpResponse FakeSyncServer::pull(const QString &user, const HttpRequest &request)
{
    const QString organisation = m_accounts.value(user).organisation;
    const QUrlQuery query(request.url);
    const qint64 cursor = query.queryItemValue(QStringLiteral("cursor")).toLongLong();
    int limit = query.queryItemValue(QStringLiteral("limit")).toInt();
    if (limit <= 0)
        limit = 500;
    QList<QPair<qint64, QString>> visible;
    for (auto it = m_records.cbegin(); it != m_records.cend(); ++it) {
        if (it->changeSeq > cursor && (it->owner == organisation || it->recipients.contains(organisation)))
            visible.append({it->changeSeq, it.key()});
    }
    std::sort(visible.begin(), visible.end());
    QJsonArray changes;
    qint64 last = cursor;
    for (qsizetype i = 0; i < visible.size() && i < limit; ++i) {
        changes.append(recordJson(visible.at(i).second, m_records.value(visible.at(i).second)));
        last = visible.at(i).first;
    }
    return FakeTransport::json(200, {{QStringLiteral("changes"), changes},
                                     {QStringLiteral("cursor"), QString::number(last)},
                                     {QStringLiteral("hasMore"), visible.size() > limit}});
}

void FakeSyncServer::setBlobLimits(qint64 maxBlobBytes, qint64 blobChunkBytes)
{
    QMutexLocker locker(&m_mutex);
    m_maxBlobBytes = maxBlobBytes;
    m_blobChunkBytes = blobChunkBytes;
}

void FakeSyncServer::damageNextBlobChunks(int count)
{
    QMutexLocker locker(&m_mutex);
    m_damageChunks = count;
}

QString FakeSyncServer::serverPutBlob(const QByteArray &bytes)
{
    QMutexLocker locker(&m_mutex);
    const QString sha256 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    m_blobs.insert(sha256, {bytes.size(), bytes, true});
    return sha256;
}

void FakeSyncServer::damageStoredBlob(const QString &sha256)
{
    QMutexLocker locker(&m_mutex);
    Blob &blob = m_blobs[sha256];
    if (!blob.bytes.isEmpty())
        blob.bytes[blob.bytes.size() / 2] = char(blob.bytes.at(blob.bytes.size() / 2) ^ 0x5a);
}

void FakeSyncServer::setIgnoreRanges(bool ignore)
{
    QMutexLocker locker(&m_mutex);
    m_ignoreRanges = ignore;
}

std::optional<QByteArray> FakeSyncServer::blobBytes(const QString &sha256) const
{
    QMutexLocker locker(&m_mutex);
    const auto found = m_blobs.constFind(sha256);
    if (found == m_blobs.cend())
        return std::nullopt;
    return found->bytes;
}

bool FakeSyncServer::blobComplete(const QString &sha256) const
{
    QMutexLocker locker(&m_mutex);
    return m_blobs.value(sha256).complete;
}

HttpResponse FakeSyncServer::blobRoute(const HttpRequest &request, const QString &sha256, bool status)
{
    if (status && request.method == "GET") {
        const auto found = m_blobs.constFind(sha256);
        if (found == m_blobs.cend())
            return FakeTransport::error(404, QStringLiteral("not_found"));
        return FakeTransport::json(200, {{QStringLiteral("size"), found->size},
                                         {QStringLiteral("received"), found->bytes.size()},
                                         {QStringLiteral("complete"), found->complete}});
    }
    if (!status && request.method == "PUT")
        return blobUpload(request, sha256);
    if (!status && request.method == "GET")
        return blobDownload(request, sha256);
    return FakeTransport::error(404, QStringLiteral("not_found"));
}

HttpResponse FakeSyncServer::blobUpload(const HttpRequest &request, const QString &sha256)
{
    const QUrlQuery query(request.url);
    if (!query.hasQueryItem(QStringLiteral("offset")) || !query.hasQueryItem(QStringLiteral("size")))
        return FakeTransport::error(400, QStringLiteral("missing_field"));
    const qint64 offset = query.queryItemValue(QStringLiteral("offset")).toLongLong();
    const qint64 size = query.queryItemValue(QStringLiteral("size")).toLongLong();
    if (size > m_maxBlobBytes || request.body.size() > m_blobChunkBytes)
        return FakeTransport::error(413, QStringLiteral("too_large"));
    if (offset + request.body.size() > size)
        return FakeTransport::error(400, QStringLiteral("bad_value"));
    Blob &blob = m_blobs[sha256];
    if (blob.complete)
        return FakeTransport::json(200, {{QStringLiteral("complete"), true}, {QStringLiteral("received"), blob.size}});
    if (blob.size != size) {
        if (offset != 0 && !blob.bytes.isEmpty())
            return FakeTransport::error(400, QStringLiteral("bad_value"));
        blob = Blob{size, {}, false};
    }
    if (offset != blob.bytes.size()) {
        HttpResponse conflict = FakeTransport::error(409, QStringLiteral("blob_offset"));
        QJsonObject body = QJsonDocument::fromJson(conflict.body).object();
        QJsonObject error = body.value(QStringLiteral("error")).toObject();
        error.insert(QStringLiteral("received"), blob.bytes.size());
        body.insert(QStringLiteral("error"), error);
        conflict.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        return conflict;
    }
    QByteArray chunk = request.body;
    if (m_damageChunks > 0 && !chunk.isEmpty()) {
        --m_damageChunks;
        chunk[0] = char(chunk.at(0) ^ 0x01);
    }
    blob.bytes += chunk;
    if (blob.bytes.size() < blob.size)
        return FakeTransport::json(200, {{QStringLiteral("complete"), false}, {QStringLiteral("received"), blob.bytes.size()}});
    if (QString::fromLatin1(QCryptographicHash::hash(blob.bytes, QCryptographicHash::Sha256).toHex()) != sha256) {
        m_blobs.remove(sha256); // the partial upload is discarded
        return FakeTransport::error(422, QStringLiteral("blob_hash_mismatch"));
    }
    blob.complete = true;
    return FakeTransport::json(200, {{QStringLiteral("complete"), true}, {QStringLiteral("received"), blob.size}});
}

HttpResponse FakeSyncServer::blobDownload(const HttpRequest &request, const QString &sha256)
{
    const auto found = m_blobs.constFind(sha256);
    if (found == m_blobs.cend() || !found->complete)
        return FakeTransport::error(404, QStringLiteral("not_found"));
    const QByteArray range = headerOf(request, "Range");
    if (range.isEmpty() || m_ignoreRanges)
        return FakeTransport::raw(200, found->bytes);
    static const QRegularExpression Pattern(QStringLiteral("^bytes=(\\d+)-(\\d*)$"));
    const auto match = Pattern.match(QString::fromLatin1(range));
    const qint64 size = found->bytes.size();
    const qint64 first = match.captured(1).toLongLong();
    const qint64 last = match.captured(2).isEmpty() ? size - 1 : std::min(match.captured(2).toLongLong(), size - 1);
    if (!match.hasMatch() || first >= size || last < first)
        return FakeTransport::error(416, QStringLiteral("bad_value"));
    return FakeTransport::raw(206, found->bytes.mid(first, last - first + 1),
                              {qMakePair(QByteArray("Content-Range"),
                                         QStringLiteral("bytes %1-%2/%3").arg(first).arg(last).arg(size).toLatin1())});
}

} // namespace GovDesk::Test
