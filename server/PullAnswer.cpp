#include "PullAnswer.h"

#include "JsonText.h"

namespace GovDesk::Server {

namespace {

// A default page (100 changes of about 600 bytes) fits without growing.
constexpr std::size_t InitialCapacity = 80 * 1024;

void appendJson(std::string &out, QByteArrayView stored, std::string_view empty)
{
    if (stored.isEmpty())
        out += empty;
    else
        out.append(stored.data(), static_cast<std::size_t>(stored.size()));
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
    appendJson(m_body, change.payloadJson, "{}");
    m_body += ",\"recipients\":";
    appendJson(m_body, change.recipientsJson, "[]");
    m_body += ",\"recordId\":";
    JsonText::appendString(m_body, change.recordId);
    m_body += ",\"revision\":";
    m_body += std::to_string(change.revision);
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
    response.body = QByteArray(m_body.data(), static_cast<qsizetype>(m_body.size()));
    return response;
}

} // namespace GovDesk::Server
