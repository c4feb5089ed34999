#include "PullAnswer.h"

#include "JsonText.h"

namespace GovDesk::Server {

namespace {

using JsonText::appendRaw;
using JsonText::appendString;

// A default page (100 changes of about 600 bytes) fits without growing.
constexpr qsizetype InitialCapacity = 80 * 1024;

void appendJson(QByteArray &out, QByteArrayView stored, QByteArrayView empty)
{
    appendRaw(out, stored.isEmpty() ? empty : stored);
}

} // namespace

PullAnswer::PullAnswer()
{
    m_body.reserve(InitialCapacity);
    appendRaw(m_body, "{\"changes\":[");
}

void PullAnswer::append(const ChangeView &change)
{
    // Keys in QJsonObject's sorted order, as recordJson() would be written.
    appendRaw(m_body, m_count > 0 ? ",{\"collection\":" : "{\"collection\":");
    appendString(m_body, change.collection);
    appendRaw(m_body, change.deleted ? ",\"deleted\":true,\"owner\":" : ",\"deleted\":false,\"owner\":");
    appendString(m_body, change.owner);
    appendRaw(m_body, ",\"payload\":");
    appendJson(m_body, change.payloadJson, "{}");
    appendRaw(m_body, ",\"recipients\":");
    appendJson(m_body, change.recipientsJson, "[]");
    appendRaw(m_body, ",\"recordId\":");
    appendString(m_body, change.recordId);
    appendRaw(m_body, ",\"revision\":");
    appendRaw(m_body, QByteArray::number(change.revision));
    appendRaw(m_body, ",\"updatedAt\":");
    appendString(m_body, change.updatedAt);
    m_body += '}';
    ++m_count;
    m_lastSeq = change.seq;
}

QByteArray PullAnswer::finish(QStringView cursor, bool hasMore) &&
{
    appendRaw(m_body, "],\"cursor\":");
    appendString(m_body, cursor);
    appendRaw(m_body, hasMore ? ",\"hasMore\":true}" : ",\"hasMore\":false}");
    return std::move(m_body);
}

} // namespace GovDesk::Server
