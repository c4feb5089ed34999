#include "ServerView.h"

#include "SyncServerFixture.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace GovDesk::Test {

int ServerView::count(const QString &collection, bool includeDeleted) const
{
    int n = 0;
    for (const StoredRecord &record : records)
        n += record.collection == collection && (includeDeleted || !record.deleted) ? 1 : 0;
    return n;
}

Core::Result<ServerView> readServer(SyncServerFixture &server, const QString &user, int pageLimit)
{
    auto grant = server.signIn(user);
    if (!grant)
        return std::unexpected(grant.error());
    const QString token = grant->value(QStringLiteral("accessToken")).toString();
    ServerView view;
    QString cursor;
    for (;;) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("cursor"), cursor);
        query.addQueryItem(QStringLiteral("limit"), QString::number(pageLimit));
        const HttpReply reply = server.request("GET", QStringLiteral("/v1/sync/pull?") + query.toString(QUrl::FullyEncoded),
                                               {}, token, {}, 60000);
        if (reply.status != 200)
            return Core::fail(Core::ErrorCode::Io, QStringLiteral("pull answered %1 (%2): %3")
                                                       .arg(reply.status)
                                                       .arg(reply.errorString, QString::fromUtf8(reply.body.left(500))));
        const QJsonObject page = reply.json();
        ++view.pages;
        const QJsonArray changes = page.value(QStringLiteral("changes")).toArray();
        for (const QJsonValue &value : changes) {
            const QJsonObject change = value.toObject();
            StoredRecord record;
            record.collection = change.value(QStringLiteral("collection")).toString();
            record.recordId = change.value(QStringLiteral("recordId")).toString();
            record.revision = change.value(QStringLiteral("revision")).toInteger();
            record.deleted = change.value(QStringLiteral("deleted")).toBool();
            record.owner = change.value(QStringLiteral("owner")).toString();
            for (const QJsonValue &recipient : change.value(QStringLiteral("recipients")).toArray())
                record.recipients << recipient.toString();
            record.payload = change.value(QStringLiteral("payload")).toObject();
            view.records.insert(ServerView::key(record.collection, record.recordId), record);
            ++view.appearances;
        }
        cursor = page.value(QStringLiteral("cursor")).toString();
        if (!page.value(QStringLiteral("hasMore")).toBool())
            return view;
    }
}

} // namespace GovDesk::Test
