// PullAnswer: the body of GET /v1/sync/pull, written change by change while the repository reads
// them, so a page of stored changes becomes bytes without a record object or a QJsonObject between.
#pragma once

#include "SyncRepository.h"

#include <QByteArray>
#include <QStringView>

namespace GovDesk::Server {

class PullAnswer
{
public:
    PullAnswer();

    // SyncApi::recordJson()'s fields of the change, with recipients and payload spliced in as stored.
    void append(const ChangeView &change);
    [[nodiscard]] bool isEmpty() const { return m_count == 0; }
    [[nodiscard]] qint64 lastSeq() const { return m_lastSeq; }
    // {"changes":[…],"cursor":…,"hasMore":…}: byte for byte what QJsonDocument would write.
    [[nodiscard]] QByteArray finish(QStringView cursor, bool hasMore) &&;

private:
    QByteArray m_body;
    int m_count = 0;
    qint64 m_lastSeq = 0;
};

} // namespace GovDesk::Server
