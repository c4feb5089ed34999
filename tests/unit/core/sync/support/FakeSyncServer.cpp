#include "FakeSyncServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMutexLocker>
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
    m_accounts.insert(user, {password, organisation, name.isEmpty() ? user : name});
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

HttpResponse FakeSyncServer::route(const HttpRequest &request)
{
    const QString path = request.url.path();
    QJsonParseError parseError;
    const QJsonObject body = QJsonDocument::fromJson(request.body, &parseError).object();
    if (path == QLatin1StringView("/v1/info"))
        return FakeTransport::json(200, {{QStringLiteral("protocol"), 1},
                                         {QStringLiteral("server"), QStringLiteral("fake")},
                                         {QStringLiteral("version"), QStringLiteral("0.0.1")},
                                         {QStringLiteral("limits"), QJsonObject{{QStringLiteral("maxPushOps"), 500}}}});
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
                           {QStringLiteral("roles"), QJsonArray{QStringLiteral("clerk")}},
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

} // namespace GovDesk::Test
