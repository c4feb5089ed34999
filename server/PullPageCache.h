// PullPageCache: finished pull answers, kept while nothing has changed since they were written.
//
// The clients of one organisation that are up to date ask for the same page — the same cursor
// under the same roles — every time they sync, and after a document goes out to many offices
// they all fetch the same few changes. A page depends only on (organisation, scope of hidden
// collections, cursor, page size) and on the records, and every change to a record moves the
// change sequence on; so an answer written while the sequence stood at N is the answer for as
// long as it stands at N. The sequence is read from the database, so several instances sharing
// one database stay correct.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <mutex>
#include <optional>

namespace GovDesk::Server {

struct PullPageKey
{
    QString organisationId;
    QString scopeTag;
    qint64 afterSeq = 0;
    int pageSize = 0;

    [[nodiscard]] QString text() const;
};

class PullPageCache
{
public:
    // At most `maxBytes` of answers (0: nothing is kept).
    explicit PullPageCache(qint64 maxBytes);

    // The answer written for `key` while the change sequence stood at `latestSeq`.
    [[nodiscard]] std::optional<QByteArray> find(const PullPageKey &key, qint64 latestSeq) const;
    // Keeps `body`, written for `key` after the sequence was read as `latestSeq`: whatever it
    // holds is at least that recent. Answers of an older sequence go; the oldest go first when
    // the bytes are over the limit.
    void insert(const PullPageKey &key, qint64 latestSeq, const QByteArray &body);

    [[nodiscard]] qint64 bytes() const;
    [[nodiscard]] int count() const;

private:
    void clear();

    const qint64 m_maxBytes;
    mutable std::mutex m_mutex;
    qint64 m_seq = -1; // the sequence every kept answer was written at
    QHash<QString, QByteArray> m_answers;
    QList<QString> m_order; // oldest first
    qint64 m_bytes = 0;
};

} // namespace GovDesk::Server
