// ServerView: what the server holds for an organisation, read over HTTPS with Qt's network stack
// (not the client code under test): every record visible to a user, through /v1/sync/pull.
#pragma once

#include "Result.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace GovDesk::Test {

class SyncServerFixture;

struct StoredRecord
{
    QString collection;
    QString recordId;
    qint64 revision = 0;
    bool deleted = false;
    QString owner;
    QStringList recipients;
    QJsonObject payload;
};

struct ServerView
{
    QHash<QString, StoredRecord> records; // by "collection/recordId"
    int appearances = 0;                  // changes received over all pages (== records.size() when nothing repeats)
    int pages = 0;

    [[nodiscard]] static QString key(const QString &collection, const QString &recordId)
    {
        return collection + QLatin1Char('/') + recordId;
    }
    [[nodiscard]] const StoredRecord *find(const QString &collection, const QString &recordId) const
    {
        const auto it = records.constFind(key(collection, recordId));
        return it == records.constEnd() ? nullptr : &*it;
    }
    [[nodiscard]] int count(const QString &collection, bool includeDeleted = true) const;
};

// Signs `user` in (default password) and pulls from the empty cursor until hasMore is false.
[[nodiscard]] Core::Result<ServerView> readServer(SyncServerFixture &server, const QString &user, int pageLimit = 1000);

} // namespace GovDesk::Test
