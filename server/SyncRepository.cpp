#include "SyncRepository.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace GovDesk::Server {

Result<ChangePage> SyncRepository::changes(const QString &organisationId, qint64 afterSeq, int limit,
                                           const QStringList &hiddenCollections)
{
    ChangePage page;
    auto hasMore
        = visitChanges(organisationId, afterSeq, limit, hiddenCollections, [&page](const ChangeView &change) {
              RecordState record;
              record.collection = QString::fromUtf8(change.collection);
              record.recordId = QString::fromUtf8(change.recordId);
              record.owner = QString::fromUtf8(change.owner);
              for (const QJsonValue &recipient :
                   QJsonDocument::fromJson(change.recipientsJson.toByteArray()).array())
                  record.recipients << recipient.toString();
              record.revision = change.revision;
              record.deleted = change.deleted;
              record.payload = QJsonDocument::fromJson(change.payloadJson.toByteArray()).object();
              record.updatedAt = QString::fromUtf8(change.updatedAt);
              record.seq = change.seq;
              page.changes.append(std::move(record));
          });
    if (!hasMore)
        return std::unexpected(hasMore.error());
    page.hasMore = *hasMore;
    return page;
}

} // namespace GovDesk::Server
