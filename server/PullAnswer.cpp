#include "PullAnswer.h"

#include "JsonText.h"

namespace GovDesk::Server {

namespace {

// A default page (100 changes of about 600 bytes) fits without growing.
constexpr qsizetype InitialCapacity = 80 * 1024;

QByteArrayView jsonOr(QByteArrayView stored, QByteArrayView empty)
{
    return stored.isEmpty() ? empty : stored;
}

} // namespace

PullAnswer::PullAnswer()
{
    m_body.reserve(InitialCapacity);
    m_body += "{\"changes\":[";
}

void PullAnswer::append(const ChangeView &change)
{
    // Keys in QJsonObject's sorted order, as recordJson() would be written.
    m_body += m_count > 0 ? ",{\"collection\":" : "{\"collection\":";
    JsonText::appendString(m_body, change.collection);
    m_body += change.deleted ? ",\"deleted\":true,\"owner\":" : ",\"deleted\":false,\"owner\":";
    JsonText::appendString(m_body, change.owner);
    m_body += ",\"payload\":";
    m_body += jsonOr(change.payloadJson, "{}");
    m_body += ",\"recipients\":";
    m_body += jsonOr(change.recipientsJson, "[]");
    m_body += ",\"recordId\":";
    JsonText::appendString(m_body, change.recordId);
    m_body += ",\"revision\":";
    m_body += QByteArray::number(change.revision);
    m_body += ",\"updatedAt\":";
    JsonText::appendString(m_body, change.updatedAt);
    m_body += '}';
    ++m_count;
    m_lastSeq = change.seq;
}

ApiResponse PullAnswer::finish(QStringView cursor, bool hasMore) &&
{
    m_body += "],\"cursor\":";
    JsonText::appendString(m_body, cursor);
    m_body += hasMore ? ",\"hasMore\":true}" : ",\"hasMore\":false}";
    ApiResponse response;
    response.contentType = "application/json";
    response.body = std::move(m_body);
    return response;
}

} // namespace GovDesk::Server
