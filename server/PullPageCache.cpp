#include "PullPageCache.h"

namespace GovDesk::Server {

QString PullPageKey::text() const
{
    return QStringLiteral("%1\n%2\n%3\n%4").arg(organisationId, scopeTag).arg(afterSeq).arg(pageSize);
}

PullPageCache::PullPageCache(qint64 maxBytes)
    : m_maxBytes(maxBytes)
{
}

std::optional<QByteArray> PullPageCache::find(const PullPageKey &key, qint64 latestSeq) const
{
    const std::scoped_lock lock(m_mutex);
    if (latestSeq != m_seq)
        return std::nullopt;
    const auto found = m_answers.constFind(key.text());
    if (found == m_answers.cend())
        return std::nullopt;
    return *found;
}

void PullPageCache::insert(const PullPageKey &key, qint64 latestSeq, const QByteArray &body)
{
    if (body.size() > m_maxBytes)
        return;
    const std::scoped_lock lock(m_mutex);
    // A request that read the sequence before a later change finished after it: keeping its
    // answer would drop the newer ones for an older sequence.
    if (latestSeq < m_seq)
        return;
    if (latestSeq > m_seq) {
        clear();
        m_seq = latestSeq;
    }
    const QString text = key.text();
    if (m_answers.contains(text))
        return; // written twice at the same sequence: the same answer
    while (m_bytes + body.size() > m_maxBytes && !m_order.isEmpty())
        m_bytes -= m_answers.take(m_order.takeFirst()).size();
    m_answers.insert(text, body);
    m_order.append(text);
    m_bytes += body.size();
}

qint64 PullPageCache::bytes() const
{
    const std::scoped_lock lock(m_mutex);
    return m_bytes;
}

int PullPageCache::count() const
{
    const std::scoped_lock lock(m_mutex);
    return static_cast<int>(m_answers.size());
}

void PullPageCache::clear()
{
    m_answers.clear();
    m_order.clear();
    m_bytes = 0;
}

} // namespace GovDesk::Server
